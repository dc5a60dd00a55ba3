"""APScheduler jobs built from the database: real cron triggers, catch-up at start-up."""

from __future__ import annotations

import calendar
from zoneinfo import ZoneInfo

from bot.context import Ctx
from bot.scheduler import ReminderScheduler
from store.schedules import find_schedule, set_paused
from tests.workflows.conftest import VAN_AN, Clock, count, registered
from tests.workflows.test_cadence import local


async def test_jobs_follow_the_schedules_and_catch_up_once(ctx: Ctx) -> None:
    """Start-up catches up the 20th's run once; jobs carry real cron times; pausing drops one."""
    ctx.clock = Clock(local(2023, 11, 20, 9))
    await registered(ctx, "u-owes", "xa_official", VAN_AN)
    timer = ReminderScheduler(ctx)
    try:
        await timer.start()
        assert await count(ctx, "outbox") == 1
        assert await timer.fire("again") == {}
        assert await count(ctx, "outbox") == 1
        tz = ZoneInfo("Asia/Ho_Chi_Minh")
        twentieth = timer.scheduler.get_job("schedule:1").next_run_time.astimezone(tz)
        assert (twentieth.day, twentieth.hour, twentieth.minute) == (20, 8, 0)
        last = timer.scheduler.get_job("schedule:2").next_run_time.astimezone(tz)
        assert last.day == calendar.monthrange(last.year, last.month)[1] and last.hour == 8
        quarterly = timer.scheduler.get_job("schedule:5").next_run_time.astimezone(tz)
        assert quarterly.month in (3, 6, 9, 12) and quarterly.day == 20

        schedule = await find_schedule(ctx.db, "xa_ngay_20")
        assert schedule is not None
        await set_paused(ctx.db, schedule.id, True, local(2023, 11, 20, 10))
        await timer.resync()
        assert timer.scheduler.get_job("schedule:1") is None
        job = timer.scheduler.get_job("schedule:2")
        assert await job.func(*job.args) == {}  # the job's own call: nothing due on the 20th
    finally:
        timer.stop()
