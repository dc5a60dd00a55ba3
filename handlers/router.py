"""Questions about the plan: understand, answer, and remember the question for follow-ups."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from handlers import ask, chat_answers, plan_answers, today, xa_answers
from handlers.buttons import AskButton, ButtonData, PickButton
from handlers.evaluate import ask_unit, suggest
from handlers.intents import Intent
from handlers.replies import unit_label
from handlers.turn import Turn
from handlers.understand import PLACE_INTENTS, Parsed, resolve, understand
from store.plan_import import PROVINCE_CODE
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import Place

if TYPE_CHECKING:
    from handlers.context import Ctx

log = logging.getLogger(__name__)
MAX_MESSAGE = 1000
Answer = Callable[[Parsed, "Ctx", Translator, Place], Awaitable[Reply]]
COMMANDS = {
    "/xa": Intent.XA_OVERVIEW,
    "/huyen": Intent.AVERAGE,
    "/tieuchi": Intent.CRITERION_INFO,
    "/tinh": Intent.AVERAGE,
}
# Routing table, in order: intents that answer about one unit, and the unit they fall back to.
UNIT_ANSWERS: dict[Intent, Answer] = {
    Intent.XA_LACKING: xa_answers.lacking,
    Intent.XA_MET: xa_answers.met,
    Intent.XA_OVERVIEW: xa_answers.overview,
    Intent.AVERAGE: plan_answers.average,
    Intent.CRITERION_COUNT: plan_answers.criterion_count,
}
PROVINCE_DEFAULT = {Intent.AVERAGE, Intent.CRITERION_COUNT}
CONFIRM_BELOW = 0.93  # a name matched only this loosely is confirmed before answering


def _parsed_to_state(p: Parsed) -> dict[str, Any]:
    return {
        "intent": p.intent.value,
        "units": list(p.units),
        "criterion": p.criterion,
        "cset": p.cset,
        "group": p.group,
        "order": p.order,
    }


def _parsed_from_state(s: dict[str, Any]) -> Parsed:
    return Parsed(
        Intent(s["intent"]),
        tuple(s.get("units", ())),
        s.get("criterion"),
        s.get("cset"),
        s.get("group"),
        s.get("order"),
    )


async def answer(parsed: Parsed, ctx: Ctx, t: Translator) -> tuple[Reply, Parsed | None]:
    """Answer an understood question; also return what to remember as pending, if anything."""
    intent = parsed.intent
    places = [ctx.gazetteer.places[c] for c in parsed.units if c in ctx.gazetteer.places]
    if intent == Intent.GREET:
        return chat_answers.greet(t), None
    if intent == Intent.HELP:
        return _help(t), None
    if intent == Intent.RANKING:
        return await plan_answers.ranking(parsed, ctx, t), None
    if intent == Intent.CRITERION_INFO:
        return await plan_answers.criterion_info(parsed, ctx, t), None
    if intent == Intent.FUNDING:
        return await plan_answers.funding(parsed, ctx, t), None
    if intent == Intent.TARGETS:
        return await plan_answers.targets(parsed, ctx, t), None
    if intent == Intent.GROUP_MEMBERS:
        return await plan_answers.groups(parsed, ctx, t, places[0] if places else None), None
    if intent in UNIT_ANSWERS:
        return await _unit_answer(parsed, ctx, t, places)
    district_places = [(p.code, p.name) for p in places if p.kind == "district"]
    return chat_answers.fallback(t, district_places), None


async def _unit_answer(
    parsed: Parsed, ctx: Ctx, t: Translator, places: list[Place]
) -> tuple[Reply, Parsed | None]:
    intent = parsed.intent
    if len(places) > 1:
        typed = next((m.text for m in parsed.mentions if m.places), places[0].name)
        return plan_answers.choose_unit(t, places, typed), parsed
    if not places:
        if parsed.unknown_name:
            return suggest(ctx, t, parsed.unknown_name, parsed.suggestions), parsed
        if intent in PROVINCE_DEFAULT:
            places = [plan_answers.province_place(ctx)]
        else:
            commune = intent in (Intent.XA_LACKING, Intent.XA_MET, Intent.XA_OVERVIEW)
            return ask_unit(t, commune), None
    place = places[0]
    if parsed.score < CONFIRM_BELOW:
        return _confirm(t, place), dataclasses.replace(parsed, score=1.0)
    if intent == Intent.CRITERION_COUNT and place.kind not in ("district", "province"):
        intent = Intent.XA_MET if parsed.criterion is not None else Intent.XA_OVERVIEW
        parsed = dataclasses.replace(parsed, intent=intent)
    if intent in (Intent.XA_LACKING, Intent.XA_MET, Intent.XA_OVERVIEW) and place.kind in (
        "district",
        "province",
    ):
        if place.kind == "province":
            return await plan_answers.average(parsed, ctx, t, place), None
        return await plan_answers.district_criteria(parsed, ctx, t, place), None
    if intent == Intent.AVERAGE and place.kind not in ("district", "province"):
        district = ctx.gazetteer.places.get(place.parent_code or PROVINCE_CODE)
        place = district or plan_answers.province_place(ctx)
    return await UNIT_ANSWERS[intent](parsed, ctx, t, place), None


def _confirm(t: Translator, place: Place) -> Reply:
    text = t._("Did you mean {unit}?").format(unit=unit_label(place))
    return Reply(
        text,
        (Choice(unit_label(place), PickButton(place.code).pack()),),
        data={"candidates": [{"code": place.code, "name": place.name}]},
    )


def _from_button(data: ButtonData, pending: Parsed | None) -> Parsed | None:
    if isinstance(data, PickButton) and pending is not None:
        return dataclasses.replace(pending, units=(data.code,), mentions=(), suggestions=())
    if isinstance(data, AskButton) and data.kind in Intent._value2member_map_:
        return Parsed(Intent(data.kind), (data.code,) if data.code else ())
    return None


def _from_command(text: str, ctx: Ctx) -> Parsed | None:
    word, _, arg = text.strip().partition(" ")
    word = word.split("@", 1)[0].lower()
    if word in ("/start", "/help"):
        return Parsed(Intent.HELP if word == "/help" else Intent.GREET)
    if word not in COMMANDS:
        return None
    intent = COMMANDS[word]
    if word == "/tinh":
        return Parsed(intent, (PROVINCE_CODE,))
    if not arg.strip():
        return Parsed(intent, (), score=0.0)
    parsed = understand(arg, ctx.gazetteer)
    if word == "/tieuchi":
        digits = "".join(ch for ch in arg if ch.isdigit())
        number = int(digits) if digits else parsed.criterion
        return Parsed(intent, criterion=number, cset=parsed.cset)
    want = PLACE_INTENTS[intent]
    return dataclasses.replace(parsed, intent=intent, units=resolve(parsed.mentions, want))


def _command_menu(t: Translator, ctx: Ctx, intent: Intent) -> Reply:
    if intent == Intent.CRITERION_INFO:
        return Reply(
            t._("Which criterion? Send /tieuchi NUMBER, e.g. /tieuchi 5."),
            (Choice(t._("List all criteria"), AskButton(Intent.CRITERION_INFO).pack()),),
        )
    if intent == Intent.AVERAGE:
        districts = [p for p in ctx.gazetteer.places.values() if p.kind == "district"]
        return Reply(
            t._("Which district?"),
            tuple(Choice(p.name, AskButton(Intent.AVERAGE, p.code).pack()) for p in districts),
        )
    return Reply(t._("Which xã? Send /xa NAME, e.g. /xa Nhân Lý."))


def _remembered(state: dict[str, Any], key: str) -> Parsed | None:
    """The question the chat remembers under key ('last' or 'pending'), if any."""
    return _parsed_from_state(state[key]) if key in state else None


async def question(turn: Turn, text: str) -> list[Reply]:
    """Answer a typed question (or a follow-up to the last one)."""
    t = turn.t
    if not text.strip():
        return [chat_answers.empty(t)]
    if len(text) > MAX_MESSAGE:
        return [chat_answers.too_long(t, len(text))]
    about_today = await today.answer(turn, text)
    if about_today is not None:
        return about_today
    return today.with_today_line(await ask.answer(turn), turn)


async def command(turn: Turn, text: str) -> list[Reply]:
    """Answer /start, /help, /xa, /huyen, /tieuchi, /tinh (and an unknown command with help)."""
    word, _, argument = text.strip().partition(" ")
    if word.split("@", 1)[0].lower() == "/huyen" and argument.strip():
        return await ask.answer(turn)  # a district's overview
    parsed = _from_command(text, turn.ctx)
    if parsed is None:
        return [_help(turn.t)]
    if parsed.score == 0.0:
        return [_command_menu(turn.t, turn.ctx, parsed.intent)]
    return today.with_today_line(await _answer_and_remember(turn, parsed), turn)


async def button(turn: Turn, data: ButtonData) -> list[Reply]:
    """Answer a pressed choice: a unit among several, or a question offered as a button."""
    if isinstance(data, PickButton) and ask.takes_pick(turn.state):
        return today.with_today_line(await ask.answer(turn), turn)
    parsed = _from_button(data, _remembered(turn.state, "pending"))
    if parsed is None:
        return [Reply(turn.t._("That choice has expired; please ask again."))]
    return today.with_today_line(await _answer_and_remember(turn, parsed), turn)


async def _answer_and_remember(turn: Turn, parsed: Parsed) -> list[Reply]:
    """Answer, and remember the question (and a pending choice) for follow-ups."""
    reply, new_pending = await answer(parsed, turn.ctx, turn.t)
    remember = parsed.intent not in (Intent.UNKNOWN, Intent.GREET, Intent.HELP) or new_pending
    if remember:
        new_state: dict[str, Any] = {"last": _parsed_to_state(parsed)}
        if new_pending is not None:
            new_state["pending"] = _parsed_to_state(new_pending)
        if "flow" in turn.state:
            new_state["flow"] = turn.state["flow"]  # a question asked in the middle of a report
        turn.state.clear()
        turn.state.update(new_state)
    return [dataclasses.replace(reply, intent=parsed.intent.value)]


def _help(t: Translator) -> Reply:
    """What can be asked, with the commands of the routing table."""
    from handlers.routing import help_lines  # the table lists this module's handlers

    return chat_answers.help_reply(t, help_lines(t))
