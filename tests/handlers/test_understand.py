"""Understanding: every utterance of the table is parsed into its expected intent and entities.

The table states each question as an intent with its entities (the label a reply carries); the
set and group are stated only where the kind of question takes them.
"""

from __future__ import annotations

import pytest

from handlers.gazetteer import Gazetteer
from handlers.intents import Intent, intent_of
from handlers.parse import parse
from tests.handlers.utterances import UTTERANCES, U

# Kinds of question whose answer takes no criteria set, and those that take a programme group.
NO_SET = {
    Intent.ABOUT,
    Intent.XA_OVERVIEW,
    Intent.GROUP_MEMBERS,
    Intent.FUNDING,
    Intent.TARGETS,
    Intent.GREET,
    Intent.HELP,
    Intent.DISTRICT_OVERVIEW,
    Intent.NO_DATA,
    Intent.REPORT_HOW,
    Intent.TASKS,
}
WITH_GROUP = {Intent.GROUP_MEMBERS, Intent.RANKING, Intent.AVERAGE, Intent.COUNT}


def understood(
    text: str, gaz: Gazetteer
) -> tuple[str, list[str], int | None, str | None, str | None, str | None]:
    """What the parser made of a question, in the table's terms."""
    q = parse(text, gaz)
    intent = intent_of(q)
    return (
        intent.value,
        sorted(q.units),
        q.criterion,
        None if intent in NO_SET else q.cset,
        q.group if intent in WITH_GROUP else None,
        q.rank.order if q.rank is not None else None,
    )


def test_table_is_large_and_valid() -> None:
    """The table has at least 600 distinct utterances over every intent but followup-only."""
    assert len(UTTERANCES) >= 600
    assert len({u.text for u in UTTERANCES}) == len(UTTERANCES)
    assert {u.intent for u in UTTERANCES} == {i.value for i in Intent}


@pytest.mark.parametrize("u", UTTERANCES, ids=[u.text[:40] for u in UTTERANCES])
def test_utterance(u: U, gazetteer: Gazetteer) -> None:
    """An utterance maps to the intent, units, criterion, set, group and order expected."""
    assert understood(u.text, gazetteer) == (
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
        assert parse(a, gazetteer).units == parse(b, gazetteer).units != ()


def test_diacritics_separate_names_that_fold_together(gazetteer: Gazetteer) -> None:
    """Typed with diacritics, Tân Thanh is not Tân Thành; typed without, both are asked about."""
    assert parse("Tân Thanh còn thiếu gì", gazetteer).units == ("06166",)
    assert len(parse("tan thanh con thieu gi", gazetteer).units) == 4


def test_very_long_input_is_cut_and_still_understood(gazetteer: Gazetteer) -> None:
    """A 5,000-character message does not break or slow the matcher."""
    q = parse("Xã Nhân Lý còn thiếu tiêu chí nào? " + "a" * 5000, gazetteer)
    assert intent_of(q) == Intent.XA_LACKING and q.units == ("06496",)


def test_a_slip_in_a_question_word_is_undone(gazetteer: Gazetteer) -> None:
    """'bìn quân' is 'bình quân', 'thiếuu' is 'thiếu'; a name's word is left to name_repair."""
    assert intent_of(parse("bìn quân tc huyện hữu lũng", gazetteer)) == Intent.AVERAGE
    assert intent_of(parse("xa tan minh thieuu tc gi", gazetteer)) == Intent.XA_LACKING
    assert parse("Thụy Hùngg Văn Lãng", gazetteer).units == ("06136",)
