"""/baocao: the periodic report — xã monthly (progress on this year's targets), departments
quarterly — with a note and files, confirmed before it is recorded; corrections are new
versions until the period locks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from handlers import rights
from handlers.buttons import PeriodButton
from handlers.flow_state import PeriodFlow, PeriodStep, Starter
from handlers.flows import (
    CONFIRM_WORDS,
    MAX_NOTE,
    add_note,
    attach,
    cancel_choice,
    files,
    flow_key,
    keep,
    notes_prompt,
)
from handlers.periods import Period, mentioned, parse_code, period_of
from handlers.registration import describe_person, forbidden
from handlers.turn import Turn
from store.db import transaction
from store.people import Person
from store.period_reports import insert_period_report, submission
from store.status import current_status
from vocab.clean import clean_text
from vocab.i18n import day_text
from vocab.messages import Choice, Reply
from vocab.roles import Role
from vocab.text import fold

PROGRESS = ("done", "ongoing", "not_started")
PROGRESS_WORDS = {"xong": "done", "da xong": "done", "dang lam": "ongoing", "chua": "not_started"}


def progress_label(turn: Turn, value: str) -> str:
    """Name a progress level in the reader's language."""
    t = turn.t
    labels = {
        "done": t._("completed"),
        "ongoing": t._("in progress"),
        "not_started": t._("not started"),
    }
    return labels.get(value, value)


def reporter_of(turn: Turn) -> tuple[str, str] | None:
    """Return (kind, reporter key) for the person, or None if they do not report."""
    person = turn.person
    if person is None or person.revoked:
        return None
    if person.role == Role.XA_OFFICIAL:
        return "monthly", person.unit_code
    if person.role == Role.DEPARTMENT:
        return "quarterly", department_key(person)
    return None


def department_key(person: Person) -> str:
    """How a department's reports are keyed: 'org:' and its name."""
    return f"org:{person.org or person.name}"


def reporter_name(turn: Turn, reporter: str) -> str:
    """A reporter key in words: the xã's name, or the department's."""
    return (
        reporter.removeprefix("org:") if reporter.startswith("org:") else turn.unit_name(reporter)
    )


async def open_targets(turn: Turn, unit_code: str) -> list[tuple[str, int]]:
    """The (set, criterion) a xã aims to complete this year and has not met yet."""
    targets: list[tuple[str, int]] = []
    for entry in turn.ctx.plan.plan_entries(unit_code):
        met = {
            i.criterion
            for i in await current_status(turn.ctx.db, unit_code, entry.set_code)
            if i.met
        }
        for _, number in entry.targets:
            if (
                number is not None
                and number not in met
                and (entry.set_code, number) not in targets
            ):
                targets.append((entry.set_code, number))
    return targets


async def start(turn: Turn, argument: str = "", note: str = "") -> Reply:
    """Start the report for the current (or named) period; `note`: a report typed out,
    kept as its note."""
    t = turn.t
    found = reporter_of(turn)
    if found is None:
        if turn.person is not None:
            return Reply(
                t._(
                    "Periodic reports are sent by commune officials (monthly) and departments"
                    " (quarterly). As {who}, you can follow them: “tiến độ báo cáo tháng này”."
                ).format(who=describe_person(turn, turn.person)),
                intent="forbidden",
            )
        return forbidden(turn)
    kind, reporter = found
    today = turn.local_day()
    period = mentioned(argument, kind, today) if argument else None
    period = period or period_of(kind, today)
    refusal = _closed(turn, period, today)
    if refusal is not None:
        return refusal
    targets = await open_targets(turn, reporter) if kind == "monthly" else []
    flow = PeriodFlow(
        key=flow_key(turn),
        by=Starter.of(turn.person) if turn.person else None,
        period=period.code,
        reporter=reporter,
        targets=tuple(targets),
        step=PeriodStep.PROGRESS,
        note=clean_text(note)[:MAX_NOTE],
    )
    earlier = await submission(turn.ctx.db, kind, period.code, reporter)
    intro = t._("Report of {reporter} for {period} (due {due}).").format(
        reporter=reporter_name(turn, reporter),
        period=period.label(t),
        due=day_text(period.due),
    )
    if earlier is not None:
        intro += "\n" + t._(
            "You already sent it on {when}; this will be correction number {n}."
        ).format(when=turn.when(earlier.first_at), n=earlier.version + 1)
    return await _next(turn, flow, intro)


def _closed(turn: Turn, period: Period, today: date) -> Reply | None:
    t = turn.t
    if period.first_day > today:
        return Reply(
            t._("{period} has not started yet.").format(period=period.label(t)),
            intent="period_closed",
        )
    if today >= period.locks:
        return Reply(
            t._(
                "{period} was closed on {date}; reports and corrections are no longer accepted."
                " Please contact your district."
            ).format(period=period.label(t), date=day_text(period.locks)),
            intent="period_closed",
        )
    return None


def _answered(flow: PeriodFlow, value: str) -> PeriodFlow:
    """The flow with the pending target's progress answered."""
    target = flow.pending_target()
    assert target is not None
    return replace(flow, progress=(*flow.progress, (f"{target[0]}:{target[1]}", value)))


async def _next(turn: Turn, flow: PeriodFlow, said: str = "") -> Reply:
    flow = flow.advanced()
    keep(turn, flow)
    t = turn.t
    target = flow.pending_target()
    if target is not None:
        set_code, number = target
        name = turn.ctx.gazetteer.criterion_name(set_code, number) or "?"
        done = len(flow.progress) + 1
        text = t._("Target {i}/{n}: criterion {number} ({name}). How far is it?").format(
            i=done, n=len(flow.targets), number=number, name=name
        )
        choices = tuple(
            Choice(progress_label(turn, p), PeriodButton("p", p).pack()) for p in PROGRESS
        )
        return Reply(
            (said + "\n" + text).strip(),
            (*choices, cancel_choice(turn)),
            intent="flow_step",
            data={"step": "progress", "criterion": number, "set": set_code},
        )
    if flow.step is PeriodStep.NOTES:
        text = t._(
            "Write the report: results, difficulties, proposals (one or more messages), and"
            " attach photos or documents if any. When done, press “Continue”."
        )
        return notes_prompt(turn, text, said)
    return _confirm(turn, flow, said)


def _confirm(turn: Turn, flow: PeriodFlow, said: str = "") -> Reply:
    t = turn.t
    period = parse_code(flow.period)
    lines = [
        t._("Please check, then send:"),
        t._("Report of {reporter} for {period}").format(
            reporter=reporter_name(turn, flow.reporter), period=period.label(t)
        ),
    ]
    progress = dict(flow.progress)
    for set_code, number in flow.targets:
        value = progress.get(f"{set_code}:{number}", "")
        name = turn.ctx.gazetteer.criterion_name(set_code, number) or "?"
        lines.append(f"• {number}. {name}: {progress_label(turn, value)}")
    lines.append(t._("Note: {note}").format(note=flow.note or "—"))
    lines.append(t._("Evidence: {n} file(s)").format(n=len(flow.files)))
    if progress.get("done") is None and any(v == "done" for v in progress.values()):
        lines.append(t._("To have a completed criterion recognised, also send /capnhat for it."))
    return Reply(
        (said + "\n" + "\n".join(lines)).strip(),
        (Choice(t._("Send report"), PeriodButton("ok").pack()), cancel_choice(turn)),
        intent="period_confirm",
        data={"step": "confirm"},
    )


def _recheck(turn: Turn, flow: PeriodFlow) -> Reply | None:
    """Drop the flow if its person no longer sends this report (see handlers.rights)."""
    entitled = reporter_of(turn) == (parse_code(flow.period).kind, flow.reporter)
    return rights.recheck(turn, flow, entitled)


async def on_button(turn: Turn, flow: PeriodFlow, action: str, value: str) -> Reply:
    """Take a button press of the report flow."""
    dropped = _recheck(turn, flow)
    if dropped is not None:
        return dropped
    if action == "p" and value in PROGRESS and flow.step is PeriodStep.PROGRESS:
        flow = _answered(flow, value)
    elif action == "next" and flow.step is PeriodStep.NOTES:
        if not flow.note.strip() and not flow.targets and not flow.files:
            return await _next(turn, flow, turn.t._("Please write something before continuing."))
        flow = replace(flow, step=PeriodStep.CONFIRM)
    elif action == "ok" and flow.step is PeriodStep.CONFIRM:
        return await submit(turn, flow)
    else:
        return Reply(turn.t._("That choice has expired; please ask again."), intent="period")
    return await _next(turn, flow)


async def on_message(turn: Turn, flow: PeriodFlow) -> Reply:
    """Take typed progress, the report's text, or a file."""
    dropped = _recheck(turn, flow)
    if dropped is not None:
        return dropped
    incoming = turn.incoming
    text = (incoming.text or "").strip()
    words = fold(text)
    if incoming.photo or incoming.document:
        flow, said = attach(turn, flow)
        return await _next(turn, flow, said)
    if flow.step is PeriodStep.PROGRESS:
        value = PROGRESS_WORDS.get(words)
        if value is None:
            return await _next(
                turn, flow, turn.t._("Please answer with one of the choices, or /huy to cancel.")
            )
        return await _next(turn, _answered(flow, value))
    if flow.step is PeriodStep.CONFIRM and words in CONFIRM_WORDS:
        return await submit(turn, flow)
    if flow.step is PeriodStep.NOTES and text:
        flow, said = add_note(turn, flow, text)
        return await _next(turn, flow, said)
    return await _next(
        turn, flow, turn.t._("Please answer with one of the choices, or /huy to cancel.")
    )


async def submit(turn: Turn, flow: PeriodFlow) -> Reply:
    """Record the report (a new version if one was sent before)."""
    t = turn.t
    assert turn.person is not None
    period = parse_code(flow.period)
    today = turn.local_day()
    refusal = _closed(turn, period, today)
    turn.state.pop("flow", None)
    if refusal is not None:
        return refusal
    async with transaction(turn.ctx.db):
        version = await insert_period_report(
            turn.ctx.db,
            kind=period.kind,
            period=period.code,
            reporter=flow.reporter,
            flow_key=flow.key,
            person_id=turn.person.id,
            progress=dict(flow.progress),
            note=flow.note,
            channel=turn.incoming.channel,
            attachments=files(turn, flow),
            now=turn.now,
        )
    if version is None:
        return Reply(t._("This report was already recorded."), intent="period_sent")
    first = await submission(turn.ctx.db, period.kind, period.code, flow.reporter)
    on_time = first is not None and turn.local_day(first.first_at) <= period.due
    timing = t._("on time") if on_time else t._("late")
    text = t._("Recorded: report of {reporter} for {period}, version {n} ({timing}).").format(
        reporter=reporter_name(turn, flow.reporter),
        period=period.label(t),
        n=version,
        timing=timing,
    )
    return Reply(
        text,
        intent="period_sent",
        data={"period": period.code, "version": version, "on_time": on_time},
    )
