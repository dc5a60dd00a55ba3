"""/capnhat: a xã official reports a criterion met or not met, step by step, then confirms.

The flow lives in the chat's saved state (state['flow']), so it survives a restart; it
expires after flows.FLOW_TIMEOUT without an answer. Nothing is recorded before the confirmation,
and a confirmation delivered twice records one report (the flow's key is unique).
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace

from handlers import review, rights, update_2026
from handlers.access import Action, allowed
from handlers.buttons import UpdateButton
from handlers.flow_state import Starter, UpdateFlow, UpdateStep
from handlers.flows import (
    CONFIRM_WORDS,
    add_note,
    attach,
    cancel_choice,
    files,
    flow_key,
    keep,
    notes_prompt,
)
from handlers.registration import describe_person, forbidden
from handlers.replies import criterion_text, met_word, set_label
from handlers.turn import Turn
from handlers.typed import SET_WORDS, ReportPhrase
from store.criteria_sets import SET_2026
from store.db import transaction
from store.reports import NewReport, insert_report, report_for_flow
from store.status import current_status
from vocab.messages import Choice, Reply
from vocab.text import fold

YES_MET = ("da dat", "dat", "dat roi", "roi", "co")
NOT_MET = ("chua dat", "khong dat", "chua", "khong", "khong con dat")


async def start(turn: Turn, preset: ReportPhrase | None = None) -> Reply:
    """Start a report for the official's own xã, with what they already said."""
    person = turn.person
    unit = turn.place(person.unit_code) if person else None
    if person is None or not allowed(person, Action.REPORT, unit):
        if person is not None and allowed(person, Action.PENDING):
            return Reply(
                turn.t._(
                    "Reports are sent by commune officials for their own commune. As {who},"
                    " you review them: /choduyet."
                ).format(who=describe_person(turn, person)),
                intent="forbidden",
            )
        return forbidden(turn)
    sets = update_2026.report_sets(turn, person.unit_code)
    cset = (preset.set if preset.set in sets else sets[0]) if preset else None
    criterion = preset.criterion if preset else None
    if criterion is not None and criterion not in update_2026.criteria_names(turn, cset or ""):
        criterion = None
    flow = UpdateFlow(
        flow_key(turn), Starter.of(person), person.unit_code, UpdateStep.SET, cset, criterion
    )
    if cset is not None and criterion is not None:
        flow = replace(flow, indicators=await update_2026.indicator_codes(turn, cset, criterion))
    flow = flow.advanced()
    intro = turn.t._("Report for {unit}.").format(unit=turn.unit_name(person.unit_code))
    reply = await _next(turn, flow)
    if flow.criterion is not None and preset is not None and not flow.indicators:
        reply = await _set_met(turn, flow, preset.met)
    return dataclasses.replace(reply, text=intro + "\n" + reply.text)


async def on_button(turn: Turn, flow: UpdateFlow, action: str, value: str) -> Reply:
    """Take a button press of the flow."""
    t = turn.t
    dropped = _recheck(turn, flow)
    if dropped is not None:
        return dropped
    if action == "set" and value in update_2026.report_sets(turn, flow.unit):
        flow = replace(flow, set=value, criterion=None, met=None, indicators=(), indicator=None)
    elif action == "crit" and value.isdigit():
        flow = await _with_criterion(turn, flow, int(value))
    elif action == "ind" and value in flow.indicators:
        flow = replace(flow, indicator=value, met=None)
    elif action == "met" and value in ("0", "1"):
        return await _set_met(turn, flow, value == "1")
    elif action == "next" and flow.step is UpdateStep.EVIDENCE:
        flow = replace(flow, step=UpdateStep.CONFIRM)
    elif action == "ok" and flow.step is UpdateStep.CONFIRM:
        return await submit(turn, flow)
    else:
        return Reply(t._("That choice has expired; please ask again."), intent="update")
    return await _next(turn, flow)


async def on_message(turn: Turn, flow: UpdateFlow) -> Reply:
    """Take a typed answer, a photo or a document for the current step."""
    t, incoming = turn.t, turn.incoming
    dropped = _recheck(turn, flow)
    if dropped is not None:
        return dropped
    text = (incoming.text or "").strip()
    words = fold(text)
    if incoming.photo or incoming.document:
        flow, said = attach(turn, flow)
        return await _next(turn, flow, said)
    step = flow.step
    if step is UpdateStep.SET and SET_WORDS.get(words) in update_2026.report_sets(turn, flow.unit):
        flow = replace(flow, set=SET_WORDS[words])
    elif step is UpdateStep.CRITERION and words.isdigit():
        number = int(words)
        if number not in update_2026.criteria_names(turn, flow.set or ""):
            return await _next(
                turn, flow, t._("There is no criterion {n} in this set.").format(n=number)
            )
        flow = await _with_criterion(turn, flow, number)
    elif step is UpdateStep.INDICATOR and text in flow.indicators:
        flow = replace(flow, indicator=text)
    elif step is UpdateStep.MET and words in YES_MET + NOT_MET:
        return await _set_met(turn, flow, words in YES_MET)
    elif step is UpdateStep.EVIDENCE and text:
        flow, said = add_note(turn, flow, text)
        return _evidence_prompt(turn, flow, said)
    elif step is UpdateStep.CONFIRM and words in CONFIRM_WORDS:
        return await submit(turn, flow)
    else:
        return await _next(
            turn, flow, t._("Please answer with one of the choices, or /huy to cancel.")
        )
    return await _next(turn, flow)


async def _with_criterion(turn: Turn, flow: UpdateFlow, number: int) -> UpdateFlow:
    """The flow with a criterion chosen, and its indicators when the set has them loaded."""
    codes = await update_2026.indicator_codes(turn, flow.set or "", number)
    return replace(flow, criterion=number, met=None, indicators=codes, indicator=None)


def _recheck(turn: Turn, flow: UpdateFlow) -> Reply | None:
    """Drop the flow if its person may no longer report on its xã (see handlers.rights)."""
    entitled = allowed(turn.person, Action.REPORT, turn.place(flow.unit))
    return rights.recheck(turn, flow, entitled)


async def _set_met(turn: Turn, flow: UpdateFlow, met: bool) -> Reply:
    """Take the new status, unless it is what is already recorded."""
    before, _ = await was_met(turn, flow)
    if before is not None and before == met:
        said = turn.t._(
            "{criterion} is already recorded as {state}; there is nothing to change."
        ).format(
            criterion=_criterion(turn, flow),
            state=met_word(turn.t, before),
        )
        return await _next(turn, replace(flow, met=None), said)
    return await _next(turn, replace(flow, met=met))


async def _next(turn: Turn, flow: UpdateFlow, said: str = "") -> Reply:
    """Save the flow and ask for what is still missing."""
    flow = flow.advanced()
    keep(turn, flow)
    step = flow.step
    if step is UpdateStep.SET:
        reply = _ask_set(turn, flow)
    elif step is UpdateStep.CRITERION:
        reply = _ask_criterion(turn, flow)
    elif step is UpdateStep.INDICATOR:
        reply = await update_2026.ask_indicator(turn, flow)
    elif step is UpdateStep.MET:
        reply = await _ask_met(turn, flow)
    elif step is UpdateStep.EVIDENCE:
        before, _ = await was_met(turn, flow)
        recap = turn.t._("{criterion}: {old} → {new}.").format(
            criterion=_criterion(turn, flow),
            old=met_word(turn.t, before),
            new=met_word(turn.t, flow.met),
        )
        reply = _evidence_prompt(turn, flow, recap)
    else:
        reply = await _confirm(turn, flow)
    if said:
        reply = Reply(
            said + "\n" + reply.text, reply.choices, intent=reply.intent, data=reply.data
        )
    return reply


def _ask_set(turn: Turn, flow: UpdateFlow) -> Reply:
    t = turn.t
    choices = tuple(
        Choice(set_label(t, code), UpdateButton("set", code).pack())
        for code in update_2026.report_sets(turn, flow.unit)
    )
    return Reply(
        t._("Which set of criteria is the report about?"),
        (*choices, cancel_choice(turn)),
        intent="update_step",
        data={"step": "set"},
    )


def _ask_criterion(turn: Turn, flow: UpdateFlow) -> Reply:
    t = turn.t
    cset = flow.set or ""
    names = update_2026.criteria_names(turn, cset)
    choices = tuple(
        Choice(f"{n}. {name}", UpdateButton("crit", str(n)).pack())
        for n, name in sorted(names.items())
    )
    return Reply(
        t._("Which criterion ({set})? Choose one or type its number.").format(
            set=set_label(t, cset)
        ),
        (*choices, cancel_choice(turn)),
        intent="update_step",
        data={"step": "criterion"},
    )


async def was_met(turn: Turn, flow: UpdateFlow) -> tuple[bool | None, str]:
    """Return the criterion's current status and a phrase saying where it comes from."""
    if flow.set == SET_2026:
        return await update_2026.was_met_2026(turn, flow)
    items = await current_status(turn.ctx.db, flow.unit, flow.set or "")
    item = next((i for i in items if i.criterion == flow.criterion), None)
    if item is None:
        return None, turn.t._("no status recorded yet")
    state = met_word(turn.t, item.met)
    return item.met, turn.t._("{state} (as of {as_of})").format(state=state, as_of=item.as_of)


def _criterion(turn: Turn, flow: UpdateFlow) -> str:
    """The flow's criterion in words: 'criterion 2 (Giao thông), …'."""
    cset, number = flow.set or "", flow.criterion or 0
    name = update_2026.criteria_names(turn, cset).get(number)
    return criterion_text(turn.t, name, cset, number)


async def _ask_met(turn: Turn, flow: UpdateFlow) -> Reply:
    t = turn.t
    _, current = await was_met(turn, flow)
    text = t._("{criterion}. Now: {current}. What is its status now?").format(
        criterion=_criterion(turn, flow), current=current
    )
    if flow.indicator:
        text = await update_2026.target_line(turn, flow) + "\n" + text
    return Reply(
        text,
        (
            Choice(t._("Met"), UpdateButton("met", "1").pack()),
            Choice(t._("Not met"), UpdateButton("met", "0").pack()),
            cancel_choice(turn),
        ),
        intent="update_step",
        data={"step": "met"},
    )


def _evidence_prompt(turn: Turn, flow: UpdateFlow, said: str = "") -> Reply:
    keep(turn, flow)
    text = turn.t._(
        "Send a note (one message) and/or photos or documents as evidence. When done,"
        " press “Continue”."
    )
    return notes_prompt(turn, text, said)


async def _confirm(turn: Turn, flow: UpdateFlow) -> Reply:
    t = turn.t
    before, _ = await was_met(turn, flow)
    lines = [
        t._("Please check, then send:"),
        t._("Commune: {unit}").format(unit=turn.unit_name(flow.unit)),
        t._("Criterion: {criterion}").format(criterion=_criterion(turn, flow)),
        *([await update_2026.target_line(turn, flow)] if flow.indicator else []),
        t._("Status: {old} → {new}").format(
            old=met_word(turn.t, before), new=met_word(turn.t, flow.met)
        ),
        t._("Note: {note}").format(note=flow.note or "—"),
        t._("Evidence: {n} file(s)").format(n=len(flow.files)),
        (
            t._("Nothing changes until a reviewer of the province approves it.")
            if update_2026.of_today(turn, flow.unit)
            else t._("Nothing changes until your district officer approves it.")
        ),
    ]
    return Reply(
        "\n".join(lines),
        (Choice(t._("Send report"), UpdateButton("ok").pack()), cancel_choice(turn)),
        intent="update_confirm",
        data={"step": "confirm"},
    )


async def submit(turn: Turn, flow: UpdateFlow) -> Reply:
    """Record the report and queue the reviewers' notices, in one transaction."""
    t, ctx = turn.t, turn.ctx
    assert turn.person is not None and flow.set is not None and flow.criterion is not None
    before, _ = await was_met(turn, flow)
    report = NewReport(
        flow_key=flow.key,
        person_id=turn.person.id,
        unit_code=flow.unit,
        set_code=flow.set,
        criterion=flow.criterion,
        met=bool(flow.met),
        was_met=before,
        note=flow.note,
        channel=turn.incoming.channel,
        evidence=files(turn, flow),
        indicator=flow.indicator,
    )
    async with transaction(ctx.db):
        report_id = await insert_report(ctx.db, report, turn.now)
        reviewers = 0
        if report_id is not None:
            reviewers = await review.notify_reviewers(turn, report_id)
    turn.state.pop("flow", None)
    if report_id is None:
        earlier = await report_for_flow(ctx.db, flow.key)
        return Reply(
            t._("This report was already recorded as #{id}.").format(id=earlier),
            intent="update_sent",
            data={"report": earlier},
        )
    ctx.outbox_nudge.wake()
    text = t._("Report #{id} sent. It changes the commune's status once it is approved.").format(
        id=report_id
    )
    if not reviewers:
        text += "\n" + t._(
            "No reviewer is registered for your district yet; the report waits in the list"
            " (/choduyet) until one is."
        )
    else:
        text += "\n" + t._("You will be told the outcome here.")
    return Reply(text, intent="update_sent", data={"report": report_id, "reviewers": reviewers})
