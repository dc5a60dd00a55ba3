"""Reviewing field reports: notices to reviewers, /choduyet, approve or reject, /lichsu."""

from __future__ import annotations

import dataclasses
from collections import Counter
from urllib.parse import urlsplit

from handlers import rights
from handlers.access import Action, allowed, scope
from handlers.buttons import ReviewButton
from handlers.flow_state import RejectFlow, Starter
from handlers.flows import keep
from handlers.registration import forbidden
from handlers.replies import criterion_text, met_word
from handlers.turn import Turn
from handlers.update_2026 import criteria_names
from store.db import transaction
from store.outbox import enqueue
from store.people import Address, addresses, people_with_role
from store.people_in_time import assigned_reviewers
from store.reports import (
    AlreadyReviewed,
    Evidence,
    ReportView,
    get_report,
    history,
    pending_reports,
    record_review,
)
from store.units import get_place
from vocab.clean import clean_line, clean_text
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.roles import Role

MAX_LISTED = 10
MIN_REASON = 3


def _criterion(turn: Turn, t: Translator, view: ReportView) -> str:
    name = criteria_names(turn, view.set_code).get(view.criterion)
    text = criterion_text(t, name, view.set_code, view.criterion)
    return f"{text}, {view.indicator}" if view.indicator else text


def summary(turn: Turn, t: Translator, view: ReportView) -> str:
    """Describe a report in a few lines, in one reader's language."""
    lines = [
        t._("Report #{id}: {unit}").format(id=view.id, unit=turn.unit_name(view.unit_code)),
        t._("Criterion: {criterion}").format(criterion=_criterion(turn, t, view)),
        t._("Status: {old} → {new}").format(
            old=met_word(t, view.was_met), new=met_word(t, view.met)
        ),
        t._("Sent by {name} on {when}").format(
            name=clean_line(view.reporter) or f"#{view.reporter_id}",
            when=turn.when(view.created_at),
        ),
    ]
    note = clean_text(view.note)
    if note:  # the reporter's words, each line marked so none passes for a field of the card
        lines.append(t._("Note (the reporter's words):"))
        lines.extend(f"» {line}" for line in note.split("\n") if line)
    if view.evidence:
        lines.append(t._("Evidence: {n} file(s)").format(n=len(view.evidence)))
    return "\n".join(lines)


def outcome_line(turn: Turn, t: Translator, view: ReportView) -> str:
    """Say whether a report is waiting, approved or rejected, by whom and when."""
    if view.pending:
        return t._("Waiting for review.")
    who, when = clean_line(view.reviewer) or f"#{view.reviewer_id}", turn.when(view.reviewed_at)
    if view.approved:
        return t._("Approved by {who} on {when}.").format(who=who, when=when)
    return t._("Rejected by {who} on {when}: {reason}").format(
        who=who, when=when, reason=clean_line(view.reason)
    )


def _review_choices(t: Translator, view: ReportView) -> tuple[Choice, ...]:
    return (
        Choice(t._("Approve #{id}").format(id=view.id), ReviewButton("ok", str(view.id)).pack()),
        Choice(t._("Reject #{id}").format(id=view.id), ReviewButton("no", str(view.id)).pack()),
    )


async def _conflicts(turn: Turn, view: ReportView) -> list[ReportView]:
    others = await pending_reports(turn.ctx.db, [view.unit_code])
    return [
        o
        for o in others
        if o.id != view.id and (o.set_code, o.criterion) == (view.set_code, view.criterion)
    ]


def _conflict_line(t: Translator, others: list[ReportView]) -> str:
    listed = ", ".join(f"#{o.id} ({met_word(t, o.met)})" for o in others)
    return t._("Conflict: other reports on the same criterion are waiting too: {listed}.").format(
        listed=listed
    )


def _shown_on(evidence: Evidence, channel: str) -> bool:
    """Say whether a photo can be shown on a channel: one sent there, or any public URL (Zalo
    gives its photos as URLs, which Telegram and Zalo can both send; a file id is one app's)."""
    scheme = urlsplit(evidence.ref).scheme
    return evidence.channel == channel or scheme in ("http", "https")


async def review_card(turn: Turn, t: Translator, view: ReportView, channel: str) -> list[Reply]:
    """The reviewer's view of a report: summary, conflicts, evidence and the two buttons."""
    text = summary(turn, t, view)
    others = await _conflicts(turn, view)
    if others:
        text += "\n⚠ " + _conflict_line(t, others)
    photos = [e for e in view.evidence if e.kind == "photo" and _shown_on(e, channel)]
    documents = [e for e in view.evidence if e.kind == "document" and e.channel == channel]
    elsewhere = len(view.evidence) - len(photos) - len(documents)
    if elsewhere:
        text += "\n" + t._(
            "{n} file(s) were sent on another app and cannot be shown here."
        ).format(n=elsewhere)
    extra = [Reply("", image=p.ref, intent="evidence") for p in photos[1:]]
    extra += [
        Reply("", document=d.ref, intent="evidence") for d in documents[1 if not photos else 0 :]
    ]
    card = Reply(
        text,
        _review_choices(t, view),
        image=photos[0].ref if photos else None,
        document=documents[0].ref if documents and not photos else None,
        intent="review_card",
        data={"report": view.id, "conflicts": [o.id for o in others]},
    )
    return [*extra, card]


async def _reviewers(turn: Turn, view: ReportView) -> list[Address]:
    assigned = await assigned_reviewers(turn.ctx.db, view.unit_code)
    if assigned:  # reviewers the province assigned to this xã (ntm-bot reviewers assign)
        return await addresses(turn.ctx.db, assigned)
    place = turn.place(view.unit_code) or await get_place(turn.ctx.db, view.unit_code)
    district = place.parent_code if place and place.parent_code else view.unit_code
    people = await people_with_role(turn.ctx.db, (Role.DISTRICT_OFFICER,), (district,))
    if not people:
        province = turn.place(district)
        province_code = province.parent_code if province and province.parent_code else district
        people = await people_with_role(
            turn.ctx.db, (Role.PROVINCE_COORDINATOR,), (province_code,)
        )
    return await addresses(turn.ctx.db, [p.id for p in people])


async def notify_reviewers(turn: Turn, report_id: int) -> int:
    """Queue the review card for the xã's district officers (else the coordinators).

    Runs inside the caller's transaction; returns how many people were notified.
    """
    view = await get_report(turn.ctx.db, report_id)
    if view is None:
        return 0
    targets = await _reviewers(turn, view)
    for address in targets:
        t = turn.ctx.i18n.get(address.language)
        cards = await review_card(turn, t, view, address.channel)
        for index, card in enumerate(cards):
            await enqueue(
                turn.ctx.db,
                dedupe_key=f"report:{report_id}:review:{address.person_id}:{index}",
                channel=address.channel,
                chat_id=address.chat_id,
                person_id=address.person_id,
                kind="notice",
                reply=card,
                now=turn.stamp,
            )
    return len(targets)


async def pending(turn: Turn) -> list[Reply]:
    """Handle '/choduyet': the reports waiting in the reviewer's area, oldest first."""
    t, person = turn.t, turn.person
    if person is None or not allowed(person, Action.PENDING):
        return [forbidden(turn)]
    waiting = await pending_reports(turn.ctx.db, scope(person, turn.ctx.gazetteer.places))
    if not waiting:
        return [
            Reply(
                t._("No reports are waiting for review."), intent="pending", data={"reports": []}
            )
        ]
    lines = [t._("Reports waiting for review ({n}):").format(n=len(waiting))]
    keys = Counter((v.unit_code, v.set_code, v.criterion) for v in waiting)
    for view in waiting[:MAX_LISTED]:
        flag = " ⚠" if keys[(view.unit_code, view.set_code, view.criterion)] > 1 else ""
        lines.append(
            f"#{view.id}{flag} {turn.unit_name(view.unit_code)}: {view.set_code} "
            f"{view.criterion}, {met_word(t, view.was_met)} → {met_word(t, view.met)}"
        )
    if len(waiting) > MAX_LISTED:
        lines.append(t._("… and {n} more.").format(n=len(waiting) - MAX_LISTED))
    if any(count > 1 for count in keys.values()):
        lines.append(t._("⚠ marks reports that conflict with another on the same criterion."))
    choices = tuple(
        Choice(t._("Open #{id}").format(id=v.id), ReviewButton("show", str(v.id)).pack())
        for v in waiting[:MAX_LISTED]
    )
    return [
        Reply(
            "\n".join(lines), choices, intent="pending", data={"reports": [v.id for v in waiting]}
        )
    ]


async def on_button(turn: Turn, action: str, value: str) -> list[Reply]:
    """Handle 'rv:show|ok|no:ID'."""
    t = turn.t
    view = await get_report(turn.ctx.db, int(value)) if value.isdigit() else None
    # A report that does not exist is answered as one the person may not see: numbers of
    # reports outside one's area cannot be probed.
    if view is None or not allowed(turn.person, Action.REVIEW, turn.place(view.unit_code)):
        return [forbidden(turn)]
    if not view.pending:
        return [
            Reply(
                summary(turn, t, view) + "\n" + outcome_line(turn, t, view), intent="review_done"
            )
        ]
    if action == "show":
        return await review_card(turn, t, view, turn.incoming.channel)
    if action == "ok":
        return [await decide(turn, view, approved=True, reason="")]
    if action == "no":
        assert turn.person is not None  # allowed() above
        keep(turn, RejectFlow(view.id, Starter.of(turn.person)))
        return [
            Reply(
                t._(
                    "Why is report #{id} rejected? Type the reason (the reporter will see it),"
                    " or /huy to cancel."
                ).format(id=view.id),
                intent="review_reason",
            )
        ]
    return [Reply(t._("That choice has expired; please ask again."), intent="review")]


async def on_reason(turn: Turn, flow: RejectFlow) -> Reply:
    """Take the typed reason of a rejection."""
    t = turn.t
    dropped = rights.recheck(turn, flow, entitled=True)
    if dropped is not None:
        return dropped  # whether the right to review holds is checked below
    reason = clean_line(turn.incoming.text or "")
    if len(reason) < MIN_REASON:
        return Reply(
            t._("Please type a reason of a few words, or /huy to cancel."), intent="review_reason"
        )
    turn.state.pop("flow", None)
    view = await get_report(turn.ctx.db, flow.report)
    if view is None or not allowed(turn.person, Action.REVIEW, turn.place(view.unit_code)):
        return forbidden(turn)
    if not view.pending:
        return Reply(
            summary(turn, t, view) + "\n" + outcome_line(turn, t, view), intent="review_done"
        )
    return await decide(turn, view, approved=False, reason=reason[:500])


async def decide(turn: Turn, view: ReportView, *, approved: bool, reason: str) -> Reply:
    """Record the review (and, if approved, the new status) and queue the reporter's notice."""
    t, ctx = turn.t, turn.ctx
    assert turn.person is not None
    try:
        async with transaction(ctx.db):
            await record_review(
                ctx.db, view, turn.person.id, approved, reason, turn.now, turn.local_date()
            )
            done = dataclasses.replace(  # the review just recorded: no need to read it back
                view,
                reviewer_id=turn.person.id,
                reviewer=turn.person.name,
                approved=approved,
                reason=reason,
                reviewed_at=turn.stamp,
            )
            await _notify_reporter(turn, done)
    except AlreadyReviewed:
        earlier = await get_report(ctx.db, view.id)
        assert earlier is not None
        return Reply(
            summary(turn, t, earlier) + "\n" + outcome_line(turn, t, earlier),
            intent="review_done",
        )
    ctx.outbox_nudge.wake()
    if approved:
        text = t._("Approved #{id}. {unit}: {criterion} is now {state} (as of {date}).").format(
            id=view.id,
            unit=turn.unit_name(view.unit_code),
            criterion=_criterion(turn, t, view),
            state=met_word(t, view.met),
            date=turn.local_date(),
        )
    else:
        text = t._("Rejected #{id}. The reporter will be told the reason.").format(id=view.id)
    return Reply(
        text + "\n" + t._("The reporter has been notified."),
        intent="reviewed",
        data={"report": view.id, "approved": approved},
    )


async def _notify_reporter(turn: Turn, view: ReportView) -> None:
    for address in await addresses(turn.ctx.db, [view.reporter_id]):
        t = turn.ctx.i18n.get(address.language)
        await enqueue(
            turn.ctx.db,
            dedupe_key=f"report:{view.id}:outcome",
            channel=address.channel,
            chat_id=address.chat_id,
            person_id=address.person_id,
            kind="notice",
            reply=Reply(
                summary(turn, t, view) + "\n" + outcome_line(turn, t, view), intent="outcome"
            ),
            now=turn.stamp,
        )


async def report_history(turn: Turn, unit_code: str) -> Reply:
    """The full report history of one xã, oldest first."""
    t = turn.t
    views = await history(turn.ctx.db, unit_code)
    name = turn.unit_name(unit_code)
    if not views:
        return Reply(
            t._("No field reports have been recorded for {unit}.").format(unit=name),
            intent="history",
            data={"reports": []},
        )
    blocks = [t._("Report history of {unit} ({n}):").format(unit=name, n=len(views))]
    for view in views:
        blocks.append(summary(turn, t, view) + "\n" + outcome_line(turn, t, view))
    return Reply("\n\n".join(blocks), intent="history", data={"reports": [v.id for v in views]})
