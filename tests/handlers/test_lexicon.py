"""The lexicon files are well formed, and accents decide matches the way the README says."""

from __future__ import annotations

from handlers.lexicon import HERE, Lexicon, keys_of
from handlers.query import Measure
from vocab.text import canon_word, words

SLOTS = {
    "measure", "greet", "order", "order_head", "position", "set", "group", "period", "filter",
    "exclude", "followup", "refer", "topic", "figure", "kind", "which", "crit", "stop",
    "accent_only", "province_only", "member", "rise", "how", "act", "rule", "detail",
    "report_topic",
}  # fmt: skip


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_every_row_has_a_known_slot_and_a_phrase() -> None:
    """Three fields, a known slot, a measure that exists, no row twice."""
    rows = _rows("words.tsv")
    assert len(rows) > 400
    for row in rows:
        assert len(row) == 3 and row[0] in SLOTS and words(row[2]), row
        if row[0] == "measure":
            assert row[1] in {m.value for m in Measure}, row
    assert len({tuple(r) for r in rows}) == len(rows)
    for set_code, number, phrase in _rows("criteria_aliases.tsv"):
        assert set_code in ("ntm", "nang_cao") and 1 <= int(number) <= 19 and words(phrase)


def _scan(lex: Lexicon, text: str) -> list[str]:
    typed = words(text)
    keys, strict = keys_of(typed, [canon_word(w) for w in typed])
    return [f"{h.slot}:{h.value}" for h in lex.scan(keys, [False] * len(keys), strict)]


def test_accents_decide() -> None:
    """Typed accents must match; plain words fold, but not the accent-only ones."""
    lex = Lexicon(
        [
            ("measure", "funding", "tiền"),
            ("measure", "overview", "tiến độ"),
            ("measure", "met", "đạt"),
            ("crit", "number", "thứ"),
            ("accent_only", "-", "thứ"),
        ]
    )
    assert _scan(lex, "tiền") == ["measure:funding"]
    assert _scan(lex, "tiến độ") == ["measure:overview"]
    assert _scan(lex, "đất") == []
    assert _scan(lex, "dat") == ["measure:met"]
    assert _scan(lex, "tien do") == ["measure:overview"]
    assert _scan(lex, "thu nhập của xã") == []  # accented message: 'thu' is not 'thứ'
    assert _scan(lex, "tieu chi thu 5") == ["crit:number"]  # plain message: it may be
