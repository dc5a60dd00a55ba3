"""Reminder schedules and their runs (one run per schedule and fire time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from store.db import Database, Row, first, transaction

AUDIENCES = ("xa_due", "district_late", "province_table", "department_due", "weekly_digest")


@dataclass(frozen=True)
class Schedule:
    """When to remind whom: a cron-like day/month/hour/minute in local time."""

    id: int
    name: str
    audience: str
    month: str
    day: str
    hour: int
    minute: int
    units: tuple[str, ...]
    message: str
    paused: bool
    weekday: str = "*"  # cron day_of_week: '*' (any), 'mon', ...

    def describe(self) -> str:
        """'day 20 of every month at 08:00' style summary (for lists and logs)."""
        if self.weekday != "*":
            return f"every {self.weekday} at {self.hour:02d}:{self.minute:02d}"
        months = "every month" if self.month == "*" else f"months {self.month}"
        day = "the last day" if self.day == "last" else f"day {self.day}"
        return f"{day} of {months} at {self.hour:02d}:{self.minute:02d}"


_SELECT = (
    "SELECT id, name, audience, month, day, hour, minute, units, message, paused, weekday"
    " FROM schedule"
)


def _schedule(row: Row) -> Schedule:
    units = tuple(u for u in str(row[7]).split(",") if u)
    return Schedule(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        int(row[5]),
        int(row[6]),
        units,
        str(row[8]),
        bool(row[9]),
        str(row[10]),
    )


async def all_schedules(db: Database) -> list[Schedule]:
    """Return every schedule, paused or not."""
    return [_schedule(r) for r in await db.fetch_all(_SELECT + " ORDER BY id")]


async def find_schedule(db: Database, key: str) -> Schedule | None:
    """Return a schedule by id or name."""
    column = "id" if key.isdigit() else "name"
    row = first(await db.fetch_all(f"{_SELECT} WHERE {column} = ?", (key,)))
    return _schedule(row) if row else None


async def add_schedule(
    db: Database,
    *,
    name: str,
    audience: str,
    day: str,
    hour: int,
    minute: int,
    month: str = "*",
    units: tuple[str, ...] = (),
    message: str = "",
    weekday: str = "*",
    now: datetime,
) -> Schedule:
    """Add a schedule; the name must be new."""
    async with transaction(db):
        await db.execute(
            "INSERT INTO schedule (name, audience, month, day, hour, minute, units, message,"
            " weekday, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                audience,
                month,
                day,
                hour,
                minute,
                ",".join(units),
                message,
                weekday,
                _stamp(now),
            ),
        )
    found = await find_schedule(db, name)
    assert found is not None
    return found


async def set_paused(db: Database, schedule_id: int, paused: bool, now: datetime) -> None:
    """Pause or resume a schedule."""
    async with transaction(db):
        await db.execute(
            "UPDATE schedule SET paused = ?, updated_at = ? WHERE id = ?",
            (int(paused), _stamp(now), schedule_id),
        )


async def schedules_version(db: Database) -> str:
    """A value that changes whenever any schedule changes (to rebuild the timer jobs)."""
    row = first(await db.fetch_all("SELECT count(*), max(updated_at) FROM schedule"))
    return f"{row[0]}:{row[1]}" if row else ""


async def start_run(
    db: Database,
    schedule_id: int,
    fire_time: str,
    period: str,
    now: datetime,
    *,
    manual: bool = False,
) -> int | None:
    """Record a run (inside the caller's transaction); None if it happened before."""
    run_id = await db.fetch_value(
        "INSERT INTO reminder_run (schedule_id, fire_time, period, started_at, manual)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (schedule_id, fire_time) DO NOTHING RETURNING id",
        (schedule_id, fire_time, period, _stamp(now), int(manual)),
    )
    return None if run_id is None else int(run_id)


async def set_recipients(db: Database, run_id: int, count: int) -> None:
    """Note how many people a run queued messages for (inside the caller's transaction)."""
    await db.execute("UPDATE reminder_run SET recipients = ? WHERE id = ?", (count, run_id))


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
