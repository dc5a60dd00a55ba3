"""A question in, replies out: typed, as a command (/xa, /huyen, /tieuchi, /tinh) or a button.

Every question is read once into a Query (handlers.parse), follow-ups and clarifications are
resolved against the one the chat asked before, and handlers.evaluate answers it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from handlers import chat_answers, compound, today, today_followup
from handlers.buttons import AskButton, ButtonData, PickButton
from handlers.evaluate import evaluate
from handlers.follow_up import (
    NO_QUESTION,
    follow,
    of_the_kind,
    picked,
    ranks_within,
    status_of_the_last_xa,
)
from handlers.gazetteer import Gazetteer
from handlers.intents import Intent, intent_of
from handlers.parse import parse, respelled
from handlers.parse_units import PROVINCE, scope_of
from handlers.query import (
    LAST,
    PENDING,
    Measure,
    Query,
    Scope,
    from_state,
    to_state,
    with_units,
)
from handlers.today_followup import TODAY
from handlers.today_words import asks_what_became
from handlers.turn import Turn
from vocab.messages import Incoming, Reply
from vocab.text import command_word

if TYPE_CHECKING:
    from handlers.context import Ctx

MAX_MESSAGE = 1000
# A command is a question with its first words given: (the words, what it asks).
COMMAND_QUESTIONS = {
    "/xa": ("xã", Measure.OVERVIEW),
    "/huyen": ("huyện", Measure.OVERVIEW),
    "/tieuchi": ("tiêu chí", Measure.INFO),
}
# A question offered as a button names its kind as an intent (kept in buttons already sent).
_ASKED = {
    Intent.XA_LACKING: Measure.LACKING,
    Intent.XA_MET: Measure.MET,
    Intent.XA_OVERVIEW: Measure.OVERVIEW,
    Intent.AVERAGE: Measure.AVERAGE,
    Intent.CRITERION_INFO: Measure.INFO,
}


# What a short follow-up may ask of the last question's units: 'bao nhiêu %', 'bottom 3', 'bn xã?'.
_ELLIPTIC_MEASURES = (Measure.SHARE, Measure.RANK, Measure.COUNT)


async def question(turn: Turn, text: str) -> list[Reply]:
    """Answer a typed question (or a follow-up to the last one)."""
    t = turn.t
    if not text.strip():
        return [chat_answers.empty(t)]
    if len(text) > MAX_MESSAGE:
        return [chat_answers.too_long(t, len(text))]
    gaz, names = turn.ctx.gazetteer, turn.ctx.timeline.name_words
    text = compound.without_fates(compound.without_asides(text), turn.ctx.timeline)
    text = respelled(text, gaz, names)  # '… (nay thuộc X)', '… nay là X đạt mấy tc'
    q = parse(text, gaz)
    asked = compound.parts(text, q, turn.ctx.gazetteer)
    if asked is None:
        return await _one(turn, text, q)
    replies = [
        reply
        for piece, part in asked
        for reply in await _one(turn, piece, part, () if part.mentions else part.units)
    ]
    said = replies[0]
    for reply in replies[1:]:
        said = replace(said, text=_joined(said.text, reply.text), choices=reply.choices)
    return [said]


async def _one(turn: Turn, text: str, q: Query, pointed: tuple[str, ...] = ()) -> list[Reply]:
    """Answer one question: about units in time, or the plan's (with today's line);
    `pointed`: the unit a part of a message that names none is about."""
    follows = TODAY in turn.state and not pointed  # a part of a message has its own unit
    followed = await today_followup.answer(turn, text, q) if follows else None
    if followed is not None:  # 'xã đó gồm những xã nào' after 'Tĩnh Bắc giờ thuộc xã nào'
        _remember_today(turn, followed)
        return followed
    if not pointed and q.own and not q.units:  # 'xã em', 'huyện em': the sender's own
        q, pointed = _of_own_unit(q, await _own_code(turn), turn.ctx.gazetteer)
    if not pointed and not q.mentions and (q.point_back or asks_what_became(text)):
        pointed = _pointed_at(turn.state)  # 'xã đó giờ thuộc đâu', 'giờ thuộc xã nào'?
    about_today = await today.answer(turn, text, q, pointed)
    if about_today is not None:
        _remember_today(turn, about_today)
        return about_today
    return await today.after_plan(await answer(turn, q), turn, text, q)


def _remember_today(turn: Turn, replies: list[Reply]) -> None:
    """Keep the units an answer about today was about, for 'xã đó gồm những xã nào'."""
    today_followup.remember(turn.state, replies[0])
    data = replies[0].data if isinstance(replies[0].data, dict) else {}
    units = data.get("units") or ([data["unit"]] if isinstance(data.get("unit"), str) else [])
    if units:
        turn.state.pop(PENDING, None)
        keys = tuple(str(u) for u in units)
        turn.state[LAST] = to_state(Query(Measure.OVERVIEW, keys, Scope.COMMUNE))


async def command(turn: Turn, text: str) -> list[Reply]:
    """Answer /start, /help, /xa, /huyen, /tieuchi, /tinh (and an unknown command with help)."""
    word, argument = command_word(text)
    if word == "/start":
        return [chat_answers.greet(turn.t)]
    if word in COMMAND_QUESTIONS and not argument:
        return [chat_answers.command_menu(turn.t, turn.ctx.gazetteer.places.values(), word)]
    if word not in COMMAND_QUESTIONS and word != "/tinh":
        return [_help(turn)]
    q = _command_query(text, turn.ctx.gazetteer)
    if word in ("/xa", "/huyen"):  # a name only today has is today's unit, as when typed
        named = f"{COMMAND_QUESTIONS[word][0]} {argument}"
        about_today = await today.answer(turn, named, q, ())
        if about_today is not None:
            return about_today
    return today.with_today_line(await answer(turn, q), turn)


async def button(turn: Turn, data: ButtonData) -> list[Reply]:
    """Answer a pressed choice: a unit among several, or a question offered as a button."""
    pick = isinstance(data, PickButton) and PENDING in turn.state
    if pick or (isinstance(data, AskButton) and data.kind in _ASKED):
        return today.with_today_line(await answer(turn, pressed=data), turn)
    return [Reply(turn.t._("That choice has expired; please ask again."))]


async def _own_code(turn: Turn) -> tuple[str, ...]:
    """The sender's own unit, if registered on one (of the plan or of today)."""
    person = await turn.sender()
    code = person.unit_code if person is not None else ""
    return (code,) if code and code != PROVINCE else ()


def _of_own_unit(q: Query, own: tuple[str, ...], gaz: Gazetteer) -> tuple[Query, tuple[str, ...]]:
    """'xã em', 'huyện em' from a registered sender: the question about their unit (its
    district for 'huyện em'), and the unit pointed at; unchanged for anyone else."""
    place = gaz.places.get(own[0]) if own else None
    if place is not None and q.parent:
        district = place.code if place.kind == "district" else place.parent_code
        if district and district in gaz.places:
            return replace(with_units(q, (district,)), scope=Scope.DISTRICT, parent=False), (
                district,
            )
        return q, ()
    if place is not None:
        return replace(with_units(q, own), scope=scope_of(own[0])), own
    return q, own  # a unit of today: the reader of time answers it


def _joined(said: str, more: str) -> str:
    """Add a further answer to one already given, without the lines it repeats."""
    seen = set(said.splitlines())
    new = [line for line in more.splitlines() if line not in seen]
    return f"{said}\n\n" + "\n".join(new) if new else said


def _pointed_at(state: dict[str, Any]) -> tuple[str, ...]:
    """The unit of the chat's last question (for one that names none and points back)."""
    last = from_state(state.get(LAST))
    return last.units if last is not None and len(last.units) == 1 else ()


def _help(turn: Turn) -> Reply:
    """The help, led by the command a mistyped one most likely is ('/capnhap': /capnhat?)."""
    from handlers.routing import help_lines, near_command  # the table lists this module

    reply = chat_answers.help_reply(turn.t, help_lines(turn.t))
    text = turn.incoming.text or ""
    near = near_command(text) if text.startswith("/") else None
    if near is None or command_word(text)[0] == near:
        return reply
    return replace(
        reply, text=turn.t._("Did you mean {command}?").format(command=near) + "\n" + reply.text
    )


async def answer(
    turn: Turn, typed: Query | None = None, pressed: ButtonData | None = None
) -> list[Reply]:
    """Answer one question and remember it for follow-ups: a typed one as parsed, a pressed
    button, or a command."""
    incoming, ctx, t, state = turn.incoming, turn.ctx, turn.t, turn.state
    previous = from_state(state.get(LAST))
    pending = from_state(state.get(PENDING))
    query = _query(incoming, ctx, previous, pending, typed, pressed)
    role = None
    if query.measure == Measure.REPORT_HOW:
        person = await turn.sender()
        role = person.role if person is not None else None
    reply, new_pending = await evaluate(query, ctx, t, role)
    if new_pending is None and query.criterion is not None and query.measure != Measure.COMPARE:
        for other in query.more_criteria:  # 'tc 2 và tc 5': each asked the same way
            also, _ = await evaluate(replace(query, criterion=other), ctx, t, role)
            reply = replace(reply, text=_joined(reply.text, also.text))
    new_state: dict[str, Any] = {LAST: to_state(query)}
    if new_pending is not None:
        new_state[PENDING] = to_state(new_pending)
    if "flow" in state:
        new_state["flow"] = state["flow"]  # a question asked in the middle of a report
    keep = query.measure not in (Measure.UNKNOWN, Measure.GREET, Measure.HELP)
    if keep or new_pending is not None:  # the routing table saves it if it changed
        state.clear()
        state.update(new_state)
    intent = intent_of(query)
    return [replace(reply, intent=intent.value if intent != Intent.FOLLOWUP else "unknown")]


def _query(
    incoming: Incoming,
    ctx: Ctx,
    previous: Query | None,
    pending: Query | None,
    typed: Query | None,
    pressed: ButtonData | None,
) -> Query:
    if isinstance(pressed, PickButton) and pending is not None:
        return with_units(pending, (pressed.code,))
    if isinstance(pressed, AskButton):
        units = (pressed.code,) if pressed.code else ()
        return Query(
            _ASKED[Intent(pressed.kind)], units, scope_of(units[0]) if units else Scope.NONE
        )
    text = (incoming.text or "").strip()
    if text.startswith("/"):
        return typed or _command_query(text, ctx.gazetteer)
    q = typed or parse(text, ctx.gazetteer)
    answered = _of_pending(text, q, pending, ctx) if pending is not None else None
    if answered is not None:
        return answered
    if previous is not None and q.elliptical:  # 'Bình Gia?', 'hết 2022?', 'nc?', 'bottom 3'
        kin = of_the_kind(previous, q.units, ctx.gazetteer)
        if kin is not None:
            said = q.measure if q.measure in _ELLIPTIC_MEASURES else Measure.FOLLOWUP
            scope = scope_of(kin[0]) if kin else q.scope
            return follow(
                previous, replace(q, measure=said, units=kin, scope=scope), ctx.gazetteer
            )
    compare_with = q.measure == Measure.COMPARE and len(q.units) == 1 and not q.more_criteria
    within = q.measure == Measure.RANK and previous is not None and ranks_within(previous, q)
    if q.measure == Measure.RANK and status_of_the_last_xa(previous, q):  # 'đạt những tc nào'
        q = replace(q, measure=Measure.MET, point_back=True)
    if previous is not None and (
        q.measure == Measure.FOLLOWUP or q.point_back or compare_with or within
    ):  # 'xã nào cao nhất' after a group's figure: within the group
        return follow(previous, q, ctx.gazetteer)
    return q


def _of_pending(text: str, q: Query, pending: Query, ctx: Ctx) -> Query | None:
    """The question waiting for a unit, answered: one of several ('ở Hữu Lũng'), or the name
    it asked for; None if the message asks something else."""
    if len(pending.units) > 1:
        chosen = picked(text, q, pending, ctx)
        return with_units(pending, chosen) if chosen else None
    just_a_name = q.criterion is None and q.cset is None and q.group is None
    if not pending.units and q.units and just_a_name and q.measure in NO_QUESTION:
        return replace(with_units(pending, q.units), scope=q.scope)  # the name asked for
    return None


def _command_query(text: str, gaz: Gazetteer) -> Query:
    """Read '/xa Nhân Lý' as the question 'xã Nhân Lý' asking an overview; /tinh the province."""
    word, argument = command_word(text)
    if word not in COMMAND_QUESTIONS:  # /tinh
        return Query(Measure.AVERAGE, (PROVINCE,), Scope.PROVINCE)
    words, asks = COMMAND_QUESTIONS[word]
    q = parse(f"{words} {argument}", gaz)
    return replace(q, measure=asks) if q.units or asks == Measure.INFO else q
