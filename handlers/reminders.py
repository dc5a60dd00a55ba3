"""Scheduled reminders as domain functions with an injected clock.

due_runs(ctx, now) says which schedules should have fired (within a grace period) and have
not run; run_schedule() records the run and queues one outbox message per person who still
owes something, in one transaction, so a run happens once and every message is kept.
APScheduler only calls these (bot/scheduler.py), and hands in its cron arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from handlers import digest
from handlers.buttons import PeriodButton
from handlers.completeness import district_text, province_text, tallies
from handlers.period_flow import department_key, reporter_name
from handlers.periods import Period, period_of
from handlers.turn import Turn
from store.db import transaction
from store.outbox import REMINDER_PRIORITY, enqueue
from store.people import Address, Person, addresses, reminder_targets
from store.period_reports import Submission, submissions
from store.schedules import Schedule, all_schedules, set_recipients, start_run
from vocab.i18n import day_text
from vocab.messages import Choice, Incoming, Reply
from vocab.roles import Role

if TYPE_CHECKING:
    from handlers.context import Ctx

DEFAULT_GRACE = timedelta(hours=12)
# The schedule's latest fire time in (now - grace, now], if any: the timer's cron arithmetic,
# handed in by the delivery layer (bot/scheduler.py) so the domain does not import it.
LatestFire = Callable[[Schedule, str, datetime, timedelta], datetime | None]


@dataclass(frozen=True)
class Notice:
    """One reminder for one person, where to send it."""

    person: Person
    address: Address
    reply: Reply


async def due_runs(
    ctx: Ctx, now: datetime, latest_fire: LatestFire, grace: timedelta = DEFAULT_GRACE
) -> list[tuple[Schedule, datetime]]:
    """Schedules (not paused) whose latest fire time within the grace period may not have run."""
    due = []
    for schedule in await all_schedules(ctx.db):
        if schedule.paused:
            continue
        fire = latest_fire(schedule, ctx.settings.timezone, now, grace)
        if fire is not None:
            due.append((schedule, fire))
    return due


def period_for(schedule: Schedule, fire: datetime) -> Period:
    """The period a run is about: the current month or quarter, or the month just ended."""
    day = fire.date()
    if schedule.audience == "department_due":
        return period_of("quarterly", day)
    if schedule.audience == "xa_due":
        return period_of("monthly", day)
    return period_of("monthly", day - timedelta(days=1))


def _turn(ctx: Ctx, language: str, now: datetime) -> Turn:
    incoming = Incoming("scheduler", "", "", "", language=language)
    return Turn(incoming, ctx, ctx.i18n.get(language), {}, None, now)


async def notices(
    ctx: Ctx, schedule: Schedule, period: Period, now: datetime, fire: datetime | None = None
) -> list[Notice]:
    """Who still owes something for the period, and what to tell them (in their language)."""
    if schedule.audience == "weekly_digest":
        found = await digest.recipients(ctx, schedule.units, fire or now, now)
        return [Notice(person, address, reply) for person, address, reply in found]
    roles = {
        "xa_due": Role.XA_OFFICIAL,
        "district_late": Role.DISTRICT_OFFICER,
        "province_table": Role.PROVINCE_COORDINATOR,
        "department_due": Role.DEPARTMENT,
    }
    people = await reminder_targets(ctx.db, roles[schedule.audience], schedule.units)
    kind = "quarterly" if schedule.audience == "department_due" else "monthly"
    done = await submissions(ctx.db, kind, period.code)
    where = {a.person_id: a for a in await addresses(ctx.db, [p.id for p in people])}
    result = []
    for person in people:
        address = where.get(person.id)
        if address is None:
            continue
        reply = _message(_turn(ctx, address.language, now), schedule, period, person, done)
        if reply is None:
            continue
        if schedule.message:
            reply = Reply(schedule.message + "\n" + reply.text, reply.choices, intent=reply.intent)
        result.append(Notice(person, address, reply))
    return result


def _message(
    turn: Turn, schedule: Schedule, period: Period, person: Person, done: Mapping[str, Submission]
) -> Reply | None:
    t = turn.t
    if schedule.audience in ("xa_due", "department_due"):
        reporter = person.unit_code if schedule.audience == "xa_due" else department_key(person)
        if reporter in done:
            return None
        text = t._(
            "Reminder: the report of {unit} for {period} has not been sent yet. It is due on"
            " {due}; send it with /baocao."
        ).format(
            unit=reporter_name(turn, reporter),
            period=period.label(t),
            due=day_text(period.due),
        )
        return Reply(
            text,
            (Choice(t._("Send the report"), PeriodButton("start").pack()),),
            intent="reminder",
        )
    if schedule.audience == "district_late":
        rows = tallies(turn, period, done, person.unit_code)
        if not rows or not rows[0].missing:
            return None
        return Reply(district_text(t, rows[0], period), intent="reminder")
    rows = tallies(turn, period, done)
    return Reply(province_text(t, rows, period), intent="reminder")


async def run_schedule(
    ctx: Ctx, schedule: Schedule, fire: datetime, *, manual: bool = False
) -> int | None:
    """Record a run of a schedule for a fire time and queue its reminders, once.

    Returns how many reminders were queued, or None if this run happened before.
    """
    now = ctx.clock()
    local_fire = fire.astimezone(ZoneInfo(ctx.settings.timezone))
    period = period_for(schedule, local_fire)
    stamp = now.isoformat(timespec="seconds")
    async with transaction(ctx.db):
        run_id = await start_run(
            ctx.db,
            schedule.id,
            local_fire.isoformat(timespec="minutes"),
            period.code,
            now,
            manual=manual,
        )
        if run_id is None:
            return None
        queued = 0
        for notice in await notices(ctx, schedule, period, now, local_fire):
            queued += await enqueue(
                ctx.db,
                dedupe_key=f"run:{run_id}:person:{notice.person.id}",
                channel=notice.address.channel,
                chat_id=notice.address.chat_id,
                person_id=notice.person.id,
                kind="reminder",
                reply=notice.reply,
                now=stamp,
                priority=REMINDER_PRIORITY,
            )
        await set_recipients(ctx.db, run_id, queued)
    ctx.outbox_nudge.wake()
    return queued


async def run_due(
    ctx: Ctx, latest_fire: LatestFire, grace: timedelta = DEFAULT_GRACE
) -> dict[str, int]:
    """Run every schedule that is due now and has not run; return queued counts by name."""
    ran = {}
    for schedule, fire in await due_runs(ctx, ctx.clock(), latest_fire, grace):
        queued = await run_schedule(ctx, schedule, fire)
        if queued is not None:
            ran[schedule.name] = queued
    return ran
