"""The national bench roster is realistic: every generated name its own, status for each xã."""

from __future__ import annotations

import random

from bench.national import (
    NTM_CRITERIA,
    make_roster,
    national_questions,
    slip,
    status_rows,
)
from vocab.text import fold


def test_every_generated_name_is_unique_once_folded() -> None:
    """Districts and xã of a small roster never share a name, nor take a name already used."""
    roster = make_roster(30, 600, taken=frozenset({"tan hoa", "binh minh"}))
    names = [fold(n) for _, n in roster.districts] + [fold(n) for _, n, _ in roster.communes]
    assert len(names) == 630 == len(set(names))
    assert not {"tan hoa", "binh minh"} & set(names)
    assert not set(names) & {fold(n) for n in roster.unused}
    assert {d for _, _, d in roster.communes} == {c for c, _ in roster.districts}


def test_each_xa_gets_a_status_row_per_criterion() -> None:
    """The status import gets 19 NTM rows for every generated xã, nothing else."""
    roster = make_roster(3, 40)
    rows = status_rows(roster)
    per_unit = {r["unit"] for r in rows}
    assert per_unit == {code for code, _, _ in roster.communes}
    assert len(rows) == 40 * NTM_CRITERIA
    assert {r["met"] for r in rows} == {"0", "1"}


def test_questions_come_in_three_kinds_and_slips_differ_from_the_name() -> None:
    """Exact, slipped and unknown names are all asked; a slip never spells the name."""
    roster = make_roster(5, 100)
    kinds = national_questions(roster, count=36)
    assert set(kinds.values()) == {"exact", "slip", "unknown"}
    rng = random.Random(1)
    for _, name, _ in roster.communes[:50]:
        assert slip(name, rng) != fold(name)
