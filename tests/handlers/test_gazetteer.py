"""The name index: exact, repaired, ambiguous and unknown names, and fuzzy = a full scan."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from bench.national import make_roster, slip, typo
from handlers.gazetteer import FUZZY_ACCEPT, FUZZY_SUGGEST, REPAIRED_SCORE, Gazetteer
from handlers.name_index import NameIndex
from vocab.places import Place
from vocab.text import canon, canon_word, fold, fold_word, words


def _find(gaz: Gazetteer, text: str) -> list[tuple[str, bool, list[str]]]:
    typed = words(text)
    found = gaz.find([canon_word(w) for w in typed], [fold_word(w) for w in typed])
    return [(m.text, m.exact, sorted(p.code for p in m.places)) for m in found]


@pytest.fixture(scope="module")
def national() -> Gazetteer:
    """A gazetteer of 3,000 generated xã in 150 districts, every name unique."""
    roster = make_roster(150, 3000)
    places = [Place("20", "Tỉnh Lạng Sơn", "province", None, None)]
    places += [
        Place(c, f"Huyện {n}", "district", "20", "Tỉnh Lạng Sơn") for c, n in roster.districts
    ]
    places += [Place(c, f"Xã {n}", "xa", d, None) for c, n, d in roster.communes]
    return Gazetteer(places, [])


def test_exact_name_is_found_exact(gazetteer: Gazetteer) -> None:
    """A name typed right is one exact mention, with or without diacritics."""
    assert _find(gazetteer, "Xã Nhân Lý còn thiếu gì") == [(canon("nhân lý"), True, ["06496"])]
    assert _find(gazetteer, "nhan ly con thieu gi") == [("nhan ly", True, ["06496"])]


def test_repaired_name_is_found_not_exact(gazetteer: Gazetteer) -> None:
    """A Telex leftover is repaired to the one unit it means, marked not exact."""
    assert _find(gazetteer, "Nhaan Lys còn thiếu gì") == [("nhaan lys", False, ["06496"])]


def test_ambiguous_name_gives_every_unit(gazetteer: Gazetteer) -> None:
    """A name of several units gives them all, exact or repaired, so the answer asks."""
    codes = ["06103", "06274", "06397", "06508"]
    assert _find(gazetteer, "hoa binh") == [("hoa binh", True, codes)]
    assert _find(gazetteer, "hoa2 bi2nh") == [("hoa2 bi2nh", False, codes)]


def test_unknown_name_finds_nothing_and_gets_suggestions(gazetteer: Gazetteer) -> None:
    """An unknown name is no mention, no fuzzy match, and the nearest names are suggested."""
    assert _find(gazetteer, "xa nhan lxyz") == []
    assert gazetteer.fuzzy("nhan lxyz") == (0.0, [])
    assert "06496" in [p.code for p in gazetteer.suggest("nhan lxyz")]
    assert gazetteer.fuzzy("qwerty uiop") == (0.0, [])


def test_fuzzy_typo_scores_below_repairs(gazetteer: Gazetteer) -> None:
    """A dropped letter is a fuzzy match; a repaired slip scores REPAIRED_SCORE."""
    score, places = gazetteer.fuzzy("nhan lya")
    assert FUZZY_ACCEPT <= score < 100 and [p.code for p in places] == ["06496"]
    assert gazetteer.fuzzy("nhan lys")[0] == REPAIRED_SCORE


def _queries(names: list[str], count: int, seed: int) -> list[str]:
    """Typos, slips, real names, other names' halves joined and random letters."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        name = rng.choice(names)
        kind = k % 5
        if kind == 0:
            out.append(typo(name, rng))
        elif kind == 1:
            out.append(fold(slip(name, rng)))
        elif kind == 2:
            out.append(name)
        elif kind == 3:
            out.append(f"{name.split()[0]} {rng.choice(names).split()[-1]}")
        else:
            size = rng.randint(4, 16)
            out.append("".join(rng.choice("abcdeghiklmnopqrstuvxy ") for _ in range(size)))
    return out


@pytest.mark.parametrize("cutoff", [FUZZY_ACCEPT, 80.0, 95.0, 70.0])
def test_index_gives_the_same_best_matches_as_a_full_scan(
    national: Gazetteer, cutoff: float
) -> None:
    """On 600 queries the index returns exactly what rapidfuzz over every name returns."""
    index = national.index
    for query in _queries(national.names, 600, seed=int(cutoff)):
        full = process.extract(
            query, national.names, scorer=fuzz.ratio, limit=8, score_cutoff=cutoff
        )
        assert index.near(query, cutoff, 8) == [(n, s) for n, s, _ in full], query


def test_index_narrows_the_scan(national: Gazetteer) -> None:
    """For typical typos the index hands rapidfuzz a small share of the names."""
    index = national.index
    rng = random.Random(5)
    sizes = []
    for name in rng.sample(national.names, 200):
        pool = index.candidates(typo(name, rng), FUZZY_ACCEPT)
        assert pool is not None
        sizes.append(len(pool))
    assert sum(sizes) / len(sizes) < len(national.names) / 10


def test_short_keys_fall_back_to_a_full_scan() -> None:
    """A key too short for its pieces (or a low cutoff) scans every name, and still finds."""
    index = NameIndex(["an son", "ba be", "bac son"], scan_below=0)
    assert NameIndex(["an son", "ba be", "bac son"]).candidates("bac sn", FUZZY_ACCEPT) is None
    assert index.candidates("bac sn", 50.0) is None
    assert index.candidates("bac sn", FUZZY_ACCEPT) == ["bac son"]
    assert [n for n, _ in index.near("bac sn", 50.0, 8)] == ["bac son", "an son", "ba be"]


def test_gazetteer_fuzzy_matches_a_full_scan(national: Gazetteer) -> None:
    """Gazetteer.fuzzy on spans no repair explains equals a full scan's best score and names."""
    for query in _queries(national.names, 300, seed=9):
        tokens = query.split()
        if len(query) < 4 or national.repaired(tokens, tokens):
            continue  # a repaired slip, scored REPAIRED_SCORE (tested in test_name_repair)
        full = process.extract(
            query, national.names, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_ACCEPT
        )
        score, places = national.fuzzy(query)
        if not full:
            assert (score, places) == (0.0, []), query
            continue
        best = full[0][1]
        expected = [p for n, s, _ in full if s == best for p in national.by_name[n]]
        assert (score, places) == (best, expected), query


def test_suggestions_hold_the_name_behind_a_typo(national: Gazetteer) -> None:
    """For a typo'd name the true name is among the three suggestions, as with a full scan."""
    rng = random.Random(11)
    missed = []
    units = [n for n in national.names if national.by_name[n][0].kind != "province"]
    for name in rng.sample(units, 150):
        query = typo(name, rng)
        suggested = {fold(p.name.split(" ", 1)[1]) for p in national.suggest(query)}
        full = process.extract(
            query, national.names, scorer=fuzz.WRatio, limit=6, score_cutoff=FUZZY_SUGGEST
        )
        if name in [n for n, _, _ in full[:3]] and name not in suggested:
            missed.append(query)
    assert missed == []


def test_exact_names_take_their_words_before_any_repair(gazetteer: Gazetteer) -> None:
    """'Ddoongf Tân Thành': Tân Thành is exact, so 'Ddoongf Tân' is not repaired to Đồng Tân."""
    found = _find(gazetteer, "Ddoongf Tân Thành")
    assert found == [(canon("tân thành"), True, ["06250", "06379", "06442"])]
    assert _find(gazetteer, "Ddoongf Taan") == [("ddoongf taan", False, ["06424"])]


def test_name_typed_closed_up_is_found_repaired(gazetteer: Gazetteer) -> None:
    """'nhanly', 'h.caoloc': a name typed without its space is found, marked not literal."""
    assert _find(gazetteer, "nhanly con thieu gi") == [("nhanly", False, ["06496"])]
    assert _find(gazetteer, "binh quan h.caoloc") == [("caoloc", False, ["183"])]
    assert _find(gazetteer, "x.maison") == []  # no name closes up to it
