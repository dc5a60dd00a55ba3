"""APScheduler (3.x) calls the reminder domain on each schedule's cron trigger.

Jobs are rebuilt from the database at start-up and whenever the schedules change (checked
every minute, so `ntm-bot reminders ...` from another process is picked up). A run missed
while the bot was down is caught up once at start-up, within the grace period; the
reminder_run table makes every run happen once, however often it is triggered.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.context import Ctx
from handlers.reminders import DEFAULT_GRACE, run_due
from store.schedules import Schedule, all_schedules, schedules_version

log = logging.getLogger(__name__)
RESYNC_SECONDS = 60


def trigger(schedule: Schedule, timezone: str) -> CronTrigger:
    """The schedule as an APScheduler cron trigger in local time ('last' day included)."""
    return CronTrigger(
        month=schedule.month,
        day=schedule.day,
        day_of_week=schedule.weekday,
        hour=schedule.hour,
        minute=schedule.minute,
        timezone=ZoneInfo(timezone),
    )


def latest_fire(
    schedule: Schedule, timezone: str, now: datetime, grace: timedelta
) -> datetime | None:
    """The schedule's latest fire time in (now - grace, now], if any."""
    cron = trigger(schedule, timezone)
    latest = None
    moment = cron.get_next_fire_time(None, now - grace)
    while moment is not None and moment <= now:
        latest = moment
        moment = cron.get_next_fire_time(moment, moment + timedelta(seconds=1))
    return latest


class ReminderScheduler:
    """The process's timer: one cron job per active schedule, plus a resync job."""

    def __init__(self, ctx: Ctx, grace: timedelta = DEFAULT_GRACE) -> None:
        self.ctx = ctx
        self.grace = grace
        self.version = ""
        self.scheduler = AsyncIOScheduler(timezone=ZoneInfo(ctx.settings.timezone))

    async def start(self) -> None:
        """Build the jobs, start the timer, and catch up on runs missed while down."""
        await self.rebuild()
        self.scheduler.add_job(
            self.resync, "interval", seconds=RESYNC_SECONDS, id="resync", coalesce=True
        )
        self.scheduler.start()
        await self.fire("start-up")

    async def rebuild(self) -> None:
        """Replace the schedule jobs with the database's schedules."""
        self.version = await schedules_version(self.ctx.db)
        for job in self.scheduler.get_jobs():
            if job.id.startswith("schedule:"):
                job.remove()
        for schedule in await all_schedules(self.ctx.db):
            if schedule.paused:
                continue
            try:
                cron = trigger(schedule, self.ctx.settings.timezone)
            except ValueError:
                log.exception("schedule %s is not valid; skipped", schedule.name)
                continue
            self.scheduler.add_job(
                self.fire,
                cron,
                args=[schedule.name],
                id=f"schedule:{schedule.id}",
                coalesce=True,
                max_instances=1,
                misfire_grace_time=int(self.grace.total_seconds()),
            )
        log.info("reminder schedules loaded: %d jobs", len(self.scheduler.get_jobs()))

    async def resync(self) -> None:
        """Rebuild the jobs if the schedules changed since the last build."""
        if await schedules_version(self.ctx.db) != self.version:
            await self.rebuild()

    async def fire(self, why: str) -> dict[str, int]:
        """Run whatever is due now (idempotent); log what was queued."""
        try:
            ran = await run_due(self.ctx, latest_fire, self.grace)
        except Exception:
            log.exception("reminder run failed (%s)", why)
            return {}
        for name, queued in ran.items():
            log.info("reminder schedule %s ran (%s): %d messages queued", name, why, queued)
        return ran

    def stop(self) -> None:
        """Stop the timer (queued messages stay in the outbox)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
