"""Understanding: every utterance of the table gives its expected intent and entities."""

from __future__ import annotations

import pytest

from handlers.gazetteer import Gazetteer
from handlers.intents import Intent
from handlers.understand import understand
from tests.handlers.utterances import UTTERANCES, U


def test_table_is_large_and_valid() -> None:
    """The table has at least 600 distinct utterances over every intent but followup-only."""
    assert len(UTTERANCES) >= 600
    assert len({u.text for u in UTTERANCES}) == len(UTTERANCES)
    assert {u.intent for u in UTTERANCES} == {i.value for i in Intent}


@pytest.mark.parametrize("u", UTTERANCES, ids=[u.text[:40] for u in UTTERANCES])
def test_utterance(u: U, gazetteer: Gazetteer) -> None:
    """An utterance maps to the intent, units, criterion, set, group and order expected."""
    p = understand(u.text, gazetteer)
    assert (p.intent.value, sorted(p.units), p.criterion, p.cset, p.group, p.order) == (
        u.intent,
        sorted(u.units),
        u.criterion,
        u.cset,
        u.group,
        u.order,
    )


def test_tone_placement_does_not_matter(gazetteer: Gazetteer) -> None:
    """Thụy and Thuỵ, Hòa and Hoà name the same units."""
    for a, b in (("Thụy Hùng Văn Lãng", "Thuỵ Hùng Văn Lãng"), ("xã Hòa Cư", "xã Hoà Cư")):
        assert understand(a, gazetteer).units == understand(b, gazetteer).units != ()


def test_diacritics_separate_names_that_fold_together(gazetteer: Gazetteer) -> None:
    """Typed with diacritics, Tân Thanh is not Tân Thành; typed without, both are asked about."""
    assert understand("Tân Thanh còn thiếu gì", gazetteer).units == ("06166",)
    assert len(understand("tan thanh con thieu gi", gazetteer).units) == 4


def test_very_long_input_is_cut_and_still_understood(gazetteer: Gazetteer) -> None:
    """A 5,000-character message does not break or slow the matcher."""
    p = understand("Xã Nhân Lý còn thiếu tiêu chí nào? " + "a" * 5000, gazetteer)
    assert p.intent == Intent.XA_LACKING and p.units == ("06496",)
