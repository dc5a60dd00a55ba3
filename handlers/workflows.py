"""The workflow steps the routing table points at: registration, field reports, review, history.

Each takes the turn (with the sender looked up) and the text after the command, or a parsed
button; flows change turn.state['flow'] and the routing table saves it. Workflows are for
private chats; in a group they ask to continue privately.
"""

from __future__ import annotations

from dataclasses import replace

from handlers import (
    ask,
    completeness,
    desk,
    flows,
    period_flow,
    registration,
    review,
    schedule_admin,
    typed,
    update_flow,
)
from handlers.access import Action, allowed
from handlers.buttons import (
    ActionButton,
    ButtonData,
    FlowButton,
    PeopleButton,
    PeriodButton,
    ReviewButton,
    UpdateButton,
)
from handlers.flow_state import PeriodFlow, PeriodStep, RejectFlow, UpdateFlow, UpdateStep
from handlers.gazetteer import Gazetteer
from handlers.parse import parse, units_in
from handlers.query import Measure
from handlers.registration import forbidden
from handlers.turn import Turn
from vocab.messages import Reply
from vocab.places import Place
from vocab.roles import Role


def before_step(turn: Turn, is_command: bool) -> list[Reply] | None:
    """Refuse group chats, and drop a flow that waited too long (a command may go on)."""
    t = turn.t
    if turn.incoming.is_group:
        return [Reply(t._("Please send this to me in a private chat."), intent="private_only")]
    flow = flows.current(turn)
    if "flow" in turn.state and (flow is None or flows.expired(flow, turn.now)):
        turn.state.pop("flow")
        if not is_command:
            text = t._(
                "The previous step waited more than 30 minutes and was cancelled; nothing"
                " was recorded. Please start again."
            )
            return [Reply(text, intent="flow_expired")]
    return None


async def expired_choice(turn: Turn, _argument: str = "") -> list[Reply]:
    """Answer a button that is foreign, stale or malformed."""
    return [Reply(turn.t._("That choice has expired; please ask again."), intent="expired")]


async def review_button(turn: Turn, data: ButtonData) -> list[Reply]:
    """Open, approve or reject a report."""
    assert isinstance(data, ReviewButton)
    return await review.on_button(turn, data.action, data.value)


async def people_button(turn: Turn, data: ButtonData) -> list[Reply]:
    """Revoke a registration, or keep it."""
    assert isinstance(data, PeopleButton)
    return [await registration.on_button(turn, data.action, data.value)]


async def flow_button(turn: Turn, data: ButtonData) -> list[Reply]:
    """A step of /capnhat or /baocao (or its 'Continue' and 'Cancel'), if that flow is open."""
    assert isinstance(data, ActionButton)
    flow = flows.current(turn)
    if isinstance(data, PeriodButton) and data.action == "start":
        return [await period_flow.start(turn)]
    if isinstance(data, FlowButton) and data.action == "cancel" and flow is not None:
        return [flows.cancel(turn)]
    if isinstance(flow, UpdateFlow) and isinstance(data, UpdateButton | FlowButton):
        return [await update_flow.on_button(turn, flow, data.action, data.value)]
    if isinstance(flow, PeriodFlow) and isinstance(data, PeriodButton | FlowButton):
        return [await period_flow.on_button(turn, flow, data.action, data.value)]
    return await expired_choice(turn)


async def in_flow(turn: Turn, _argument: str = "") -> list[Reply]:
    """A typed answer, photo or document for the open flow's step."""
    flow = flows.current(turn)
    text = turn.incoming.text or ""
    if flows.is_cancel(text):
        return [flows.cancel(turn)]
    if _aside(turn, flow, text):  # 'Nhân Lý thiếu mấy tc' while choosing: answered, flow kept
        note = turn.t._("Your report is still open: answer its question, or /huy to cancel.")
        return [replace(r, text=f"{r.text}\n{note}") for r in await ask.question(turn, text)]
    if isinstance(flow, RejectFlow):
        return [await review.on_reason(turn, flow)]
    if isinstance(flow, UpdateFlow):
        return [await update_flow.on_message(turn, flow)]
    if isinstance(flow, PeriodFlow):
        return [await period_flow.on_message(turn, flow)]
    return [flows.cancel(turn)]


# Steps that take a choice (not free text, a note or a file): a question typed there is asked.
_CHOICE_STEPS = frozenset(
    (
        UpdateStep.SET,
        UpdateStep.CRITERION,
        UpdateStep.INDICATOR,
        UpdateStep.MET,
        PeriodStep.CONFIRM,
    )
)


def _aside(turn: Turn, flow: object, text: str) -> bool:
    """Tell whether a typed message at a choice step is a question about a unit instead."""
    step = getattr(flow, "step", None)
    if step not in _CHOICE_STEPS or not text.strip():
        return False
    q = parse(text, turn.ctx.gazetteer)
    return bool(q.units) and q.measure not in (Measure.UNKNOWN, Measure.OVERVIEW, Measure.GREET)


async def completeness_question(turn: Turn, _argument: str = "") -> list[Reply]:
    """Who has reported this month (anyone may ask)."""
    return [await completeness.answer(turn)]


async def report_phrase(turn: Turn, text: str) -> list[Reply]:
    """'tiêu chí 2 đã đạt', 'tc 17 xong rồi nhé' starts a field report with what it says;
    a reviewer is told they review reports, an unregistered sender how to register."""
    preset = typed.report_phrase(text)
    if preset is None:
        q = parse(text, turn.ctx.gazetteer)  # the criterion by number or by name
        cset = q.cset if q.cset in typed.SET_WORDS.values() else None
        preset = typed.statement_of(q.criterion, cset, text)
    if turn.person is None:
        return [forbidden(turn)]
    return [await update_flow.start(turn, preset)]


async def desk_request(turn: Turn, text: str) -> list[Reply]:
    """A chart or an Excel file asked in words ('vẽ biểu đồ …', 'xuất excel …')."""
    kind = desk.wants(text)
    assert kind is not None  # the routing table asked desk.wants first
    return await desk.answer(turn, kind, text)


async def export(turn: Turn, argument: str) -> list[Reply]:
    """/xuat [what]: an Excel file."""
    return await desk.answer(turn, "export", argument)


async def chart(turn: Turn, argument: str) -> list[Reply]:
    """/bieudo [what]: a chart."""
    return await desk.answer(turn, "chart", argument)


async def register(turn: Turn, argument: str) -> list[Reply]:
    """/dangky CODE."""
    return [await registration.register(turn, argument)]


async def cancel(turn: Turn, _argument: str = "") -> list[Reply]:
    """/huy: drop the open flow, if any."""
    if "flow" in turn.state:
        return [flows.cancel(turn)]
    return [Reply(turn.t._("There is nothing to cancel."), intent="flow_cancelled")]


async def field_report(turn: Turn, argument: str) -> list[Reply]:
    """/capnhat [tiêu chí N đã đạt]."""
    preset = typed.report_phrase(argument) if argument else None
    return [await update_flow.start(turn, preset)]


async def typed_report(turn: Turn, text: str) -> list[Reply]:
    """A monthly report typed out: /baocao for its period, the text kept as its note."""
    return [await period_flow.start(turn, text, note=text)]


async def period_report(turn: Turn, argument: str) -> list[Reply]:
    """/baocao [period]."""
    return [await period_flow.start(turn, argument)]


async def pending(turn: Turn, _argument: str = "") -> list[Reply]:
    """/choduyet."""
    return await review.pending(turn)


async def history(turn: Turn, argument: str) -> list[Reply]:
    """/lichsu [XÃ]."""
    return [await _history(turn, argument)]


async def people(turn: Turn, _argument: str = "") -> list[Reply]:
    """/nguoidung."""
    return [await registration.people(turn)]


async def revoke(turn: Turn, argument: str) -> list[Reply]:
    """/thuhoi ID."""
    return [await registration.ask_revoke(turn, argument)]


async def my_reminders(turn: Turn, argument: str) -> list[Reply]:
    """/nhacnho [tat|bat]."""
    return [await schedule_admin.my_reminders(turn, argument)]


async def schedules(turn: Turn, argument: str) -> list[Reply]:
    """/lich [tamdung|tieptuc|chay NAME]."""
    return [await schedule_admin.schedules(turn, argument)]


async def _history(turn: Turn, argument: str) -> Reply:
    t, person = turn.t, turn.person
    if person is None:
        return forbidden(turn)
    if not argument:
        if person.role == Role.XA_OFFICIAL:
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
    return [gazetteer.places[c] for c in units_in(text, gazetteer, want) if c in gazetteer.places]


async def media_outside_flow(turn: Turn, _argument: str = "") -> list[Reply]:
    """A photo or file sent with no report open."""
    t, person = turn.t, turn.person
    if person is not None and person.role == Role.XA_OFFICIAL:
        text = t._(
            "Thank you for the file. To send it as evidence, start a report with /capnhat"
            " and send it when I ask for evidence."
        )
    else:
        text = t._(
            "Thank you for the file. I can only read text questions; photos are used as"
            " evidence in reports by registered commune officials."
        )
    return [Reply(text, intent="photo")]
