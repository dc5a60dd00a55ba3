"""Everything beyond questions: registration, field reports, review, history, people.

dispatch() looks at a message first; it returns None when the message is a question for
the answer core. Workflows are for private chats; in a group they ask to continue privately.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.i18n import Translator
from handlers import (
    completeness,
    desk,
    flows,
    period_flow,
    registration,
    review,
    schedule_admin,
    update_flow,
)
from handlers.access import Action, allowed
from handlers.gazetteer import Gazetteer, Place
from handlers.messages import Incoming, Reply
from handlers.registration import forbidden
from handlers.turn import Turn
from handlers.understand import resolve, understand
from store.people import person_for

if TYPE_CHECKING:
    from bot.context import Ctx

COMMANDS = (
    "/dangky",
    "/capnhat",
    "/baocao",
    "/choduyet",
    "/lichsu",
    "/huy",
    "/nguoidung",
    "/thuhoi",
    "/nhacnho",
    "/lich",
    desk.EXPORT_COMMAND,
    desk.CHART_COMMAND,
)
BUTTONS = ("up", "rp", "rv", "pp", "flow")
FLOWS = ("update", "period")


def _command(text: str) -> tuple[str, str]:
    word, _, argument = text.strip().partition(" ")
    return word.split("@", 1)[0].lower(), argument.strip()


def _is_ours(incoming: Incoming, state: dict[str, Any], preset: dict[str, Any] | None) -> bool:
    """Cheap test, before any database lookup, of whether a workflow should see the message."""
    if incoming.button is not None:
        return incoming.button.split(":", 1)[0] in BUTTONS
    text = incoming.text or ""
    if (incoming.photo or incoming.document) and not text.strip():
        return True
    if text.startswith("/"):
        return _command(text)[0] in COMMANDS
    return "flow" in state or preset is not None


async def dispatch(
    incoming: Incoming, ctx: Ctx, t: Translator, state: dict[str, Any]
) -> list[Reply] | None:
    """Handle a workflow message (changing state['flow'] as needed), or return None."""
    text = incoming.text or ""
    typed = incoming.button is None and not text.startswith("/")
    asked = desk.wants(text) if typed and "flow" not in state else None
    if asked is not None:
        person = await person_for(ctx.db, incoming.channel, incoming.user_id)
        return await desk.answer(Turn(incoming, ctx, t, state, person, ctx.clock()), asked, text)
    if typed and "flow" not in state and completeness.is_question(text):
        turn = Turn(incoming, ctx, t, state, None, ctx.clock())  # anyone may ask: no lookup
        return [await completeness.answer(turn)]
    preset = update_flow.report_phrase(text) if typed else None
    if not _is_ours(incoming, state, preset):
        return None
    now = ctx.clock()
    person = await person_for(ctx.db, incoming.channel, incoming.user_id)
    turn = Turn(incoming, ctx, t, state, person, now)
    if incoming.is_group:
        return [Reply(t._("Please send this to me in a private chat."), intent="private_only")]
    flow = state.get("flow")
    if flow is not None and flows.expired(flow, now):
        state.pop("flow")
        expired = Reply(
            t._(
                "The previous step waited more than 30 minutes and was cancelled; nothing"
                " was recorded. Please start again."
            ),
            intent="flow_expired",
        )
        if incoming.button is not None or not text.startswith("/"):
            return [expired]
        flow = None
    if incoming.button is not None:
        return await _button(turn, incoming.button, flow)
    if text.startswith("/"):
        return await _command_reply(turn, *_command(text))
    if flow is not None:
        return [await _in_flow(turn, flow)]
    if (incoming.photo or incoming.document) and not text.strip():
        return [_media_outside_flow(turn)]
    if preset is not None and person is not None and person.role == "xa_official":
        return [await update_flow.start(turn, preset)]
    if preset is not None and person is None:
        return [forbidden(turn)]
    return None


def _expired_choice(turn: Turn) -> list[Reply]:
    return [Reply(turn.t._("That choice has expired; please ask again."), intent="expired")]


async def _button(turn: Turn, data: str, flow: dict[str, Any] | None) -> list[Reply]:
    kind, _, rest = data.partition(":")
    action, _, value = rest.partition(":")
    if kind == "rv":
        return await review.on_button(turn, action, value)
    if kind == "pp":
        return [await registration.on_button(turn, action, value)]
    if kind == "rp" and action == "start":
        return [await period_flow.start(turn)]
    if kind == "flow" and action == "cancel" and flow is not None:
        return [flows.cancel(turn)]
    expected = {"up": "update", "rp": "period", "flow": flow.get("kind") if flow else None}
    if flow is None or flow.get("kind") != expected.get(kind) or flow["kind"] not in FLOWS:
        return _expired_choice(turn)
    if flow["kind"] == "update":
        return [await update_flow.on_button(turn, flow, action, value)]
    return [await period_flow.on_button(turn, flow, action, value)]


async def _in_flow(turn: Turn, flow: dict[str, Any]) -> Reply:
    if flows.is_cancel(turn.incoming.text or ""):
        return flows.cancel(turn)
    if flow.get("kind") == "reject":
        return await review.on_reason(turn, int(flow["report"]))
    if flow.get("kind") == "update":
        return await update_flow.on_message(turn, flow)
    if flow.get("kind") == "period":
        return await period_flow.on_message(turn, flow)
    return flows.cancel(turn)


async def _command_reply(turn: Turn, word: str, argument: str) -> list[Reply]:
    t = turn.t
    if word == "/dangky":
        return [await registration.register(turn, argument)]
    if word == "/huy":
        if "flow" in turn.state:
            return [flows.cancel(turn)]
        return [Reply(t._("There is nothing to cancel."), intent="flow_cancelled")]
    if word == "/capnhat":
        preset = update_flow.report_phrase(argument) if argument else None
        return [await update_flow.start(turn, preset)]
    if word == "/baocao":
        return [await period_flow.start(turn, argument)]
    if word == "/choduyet":
        return await review.pending(turn)
    if word == "/lichsu":
        return [await _history(turn, argument)]
    if word == "/nguoidung":
        return [await registration.people(turn)]
    if word == "/nhacnho":
        return [await schedule_admin.my_reminders(turn, argument)]
    if word == "/lich":
        return [await schedule_admin.schedules(turn, argument)]
    if word in (desk.EXPORT_COMMAND, desk.CHART_COMMAND):
        return await desk.answer(
            turn, "export" if word == desk.EXPORT_COMMAND else "chart", argument
        )
    return [await registration.ask_revoke(turn, argument)]


async def _history(turn: Turn, argument: str) -> Reply:
    t, person = turn.t, turn.person
    if person is None:
        return forbidden(turn)
    if not argument:
        if person.role == "xa_official":
            argument = turn.unit_name(person.unit_code)
        else:
            return Reply(
                t._("Which commune? Send /lichsu NAME, e.g. /lichsu Nhân Lý."), intent="history"
            )
    places = units_named(turn.ctx.gazetteer, argument, "commune")
    mine = [p for p in places if allowed(person, Action.HISTORY, p)]
    if len(mine) > 1:
        names = ", ".join(turn.unit_name(p.code) for p in mine)
        return Reply(
            t._("Several communes match: {names}. Please add the district.").format(names=names),
            intent="history",
        )
    if not mine:
        if places:
            return forbidden(turn)
        return Reply(
            t._('I found no commune called "{name}"; please check the name.').format(
                name=argument
            ),
            intent="history",
        )
    return await review.report_history(turn, mine[0].code)


def units_named(gazetteer: Gazetteer, text: str, want: str = "any") -> list[Place]:
    """Return the units a typed name or official code may mean ('Nhân Lý', '06490')."""
    code = text.strip()
    if code in gazetteer.places:
        return [gazetteer.places[code]]
    parsed = understand(text, gazetteer)
    return [gazetteer.places[c] for c in resolve(parsed.mentions, want) if c in gazetteer.places]


def _media_outside_flow(turn: Turn) -> Reply:
    t, person = turn.t, turn.person
    if person is not None and person.role == "xa_official":
        text = t._(
            "Thank you for the file. To send it as evidence, start a report with /capnhat"
            " and send it when I ask for evidence."
        )
    else:
        text = t._(
            "Thank you for the file. I can only read text questions; photos are used as"
            " evidence in reports by registered commune officials."
        )
    return Reply(text, intent="photo")
