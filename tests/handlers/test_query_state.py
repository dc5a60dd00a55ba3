"""A Query survives the conversation state (JSON) unchanged, and bad state reads as none."""

from __future__ import annotations

import json

from handlers.gazetteer import Gazetteer
from handlers.parse import parse
from handlers.query import from_state, to_state


def test_queries_round_trip_through_json(gazetteer: Gazetteer) -> None:
    """Every field the follow-ups need comes back equal after JSON."""
    for text in (
        "trừ thành phố, 3 huyện có ít xã đạt tiêu chí 13 nhất",
        "bao nhiêu xã đạt dưới 8 tiêu chí",
        "Hồng Phong còn thiếu tiêu chí nâng cao nào năm 2023",
        "mục tiêu năm 2025",
        "huyện đứng thứ 2",
        "bình quân tiêu chí của 20 xã biên giới",
    ):
        q = parse(text, gazetteer)
        assert from_state(json.loads(json.dumps(to_state(q)))) == q, text


def test_state_of_another_shape_reads_as_none() -> None:
    """Old or damaged state never raises: it is simply not a query."""
    states: tuple[object, ...] = (None, {}, {"m": "nonsense"}, {"m": "met", "r": [1]}, [], "x")
    for state in states:
        assert from_state(state) is None
