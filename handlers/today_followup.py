"""Follow-ups to an answer about today's units, in the chat's words: 'xã đó gồm những xã nào'
after what became of a xã (the unit it is in today), 'còn các xã cũ thì sao' after what a new
xã is made of, 'kể tên giúp em' after a count, 'thế còn Trùng Khánh' (the same of another)."""

from __future__ import annotations

from typing import Any

from handlers import today
from handlers.query import Measure, Query
from handlers.today_cues import LIST_CUES
from handlers.today_words import TodayKind, TodayQuestion, again, read
from handlers.turn import Turn
from vocab.messages import Reply
from vocab.text import fold, has_phrase

TODAY = "q_today"  # the chat's last answer about today: its kind, units, kind of unit counted


def remember(state: dict[str, Any], reply: Reply) -> None:
    """Keep what an answer about today spoke of: today's units for a unit that became one."""
    data = reply.data if isinstance(reply.data, dict) else {}
    kind = (reply.intent or "").removeprefix("today_")
    units = [str(u) for u in data.get("now") or data.get("units") or ()]
    state[TODAY] = {"k": kind, "u": units, "a": str(data.get("about") or "")}


def _last(state: dict[str, Any]) -> tuple[TodayKind, tuple[str, ...], str] | None:
    last = state.get(TODAY)
    if not isinstance(last, dict) or last.get("k") not in TodayKind._value2member_map_:
        return None
    return TodayKind(last["k"]), tuple(str(u) for u in last.get("u") or ()), str(last.get("a"))


async def answer(turn: Turn, text: str, q: Query) -> list[Reply] | None:
    """Answer a follow-up to the chat's last answer about today, or None (not one)."""
    last = _last(turn.state)
    if last is None:
        return None
    kind, units, counted = last
    tl, day = turn.ctx.timeline, today.today_of(turn.ctx, turn.now)
    lists = has_phrase(f" {fold(text)} ", LIST_CUES)
    asked = None
    if q.mentions and q.measure == Measure.FOLLOWUP:  # 'thế còn Trùng Khánh'
        asked = read(text, tl, day) or again(text, tl, day, kind)
    elif kind == TodayKind.NEW_SET and q.criterion is not None and (q.point_back or q.elliptical):
        asked = TodayQuestion(TodayKind.NEW_SET, criterion=q.criterion)  # 'còn tiêu chí 10'
    elif not q.mentions and (q.point_back or q.elliptical or lists):
        asked = read(text, tl, day, units)
        if asked is None and lists and kind in (TodayKind.COUNT, TodayKind.LIST):
            asked = TodayQuestion(TodayKind.LIST, about=counted)  # 'kể tên giúp em'
    return None if asked is None else await today.reply_to(turn, asked)
