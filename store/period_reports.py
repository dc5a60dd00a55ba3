"""Periodic reports (xã monthly, departments quarterly): append-only, one version per send."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from store.db import Database, first
from store.reports import Evidence


@dataclass(frozen=True)
class Submission:
    """A reporter's report for one period: the latest version, and when the first came."""

    reporter: str
    version: int
    first_at: str
    latest_at: str
    person_id: int
    progress: dict[str, str]
    note: str


async def submissions(db: Database, kind: str, period: str) -> dict[str, Submission]:
    """Return every reporter's latest report of a period, by reporter."""
    rows = await db.fetch_all(
        "SELECT r.reporter, r.version, f.created_at, r.created_at, r.person_id, r.progress,"
        " r.note FROM period_report r"
        " JOIN period_report f ON f.kind = r.kind AND f.period = r.period"
        "  AND f.reporter = r.reporter AND f.version = 1"
        " WHERE r.kind = ? AND r.period = ? AND r.version = (SELECT max(version)"
        "  FROM period_report m WHERE m.kind = r.kind AND m.period = r.period"
        "  AND m.reporter = r.reporter)",
        (kind, period),
    )
    return {
        str(row[0]): Submission(
            str(row[0]),
            int(row[1]),
            str(row[2]),
            str(row[3]),
            int(row[4]),
            json.loads(row[5]),
            str(row[6]),
        )
        for row in rows
    }


async def submission(db: Database, kind: str, period: str, reporter: str) -> Submission | None:
    """Return one reporter's latest report of a period, if any."""
    return (await submissions(db, kind, period)).get(reporter)


async def insert_period_report(
    db: Database,
    *,
    kind: str,
    period: str,
    reporter: str,
    flow_key: str,
    person_id: int,
    progress: dict[str, str],
    note: str,
    channel: str,
    attachments: tuple[Evidence, ...],
    now: datetime,
) -> int | None:
    """Add the next version of a report (inside the caller's transaction).

    Returns the version, or None if this flow was recorded before.
    """
    row = first(
        await db.fetch_all("SELECT version FROM period_report WHERE flow_key = ?", (flow_key,))
    )
    if row is not None:
        return None
    latest = first(
        await db.fetch_all(
            "SELECT coalesce(max(version), 0) FROM period_report"
            " WHERE kind = ? AND period = ? AND reporter = ?",
            (kind, period, reporter),
        )
    )
    version = int(latest[0]) + 1 if latest else 1
    report_id = await db.fetch_value(
        "INSERT INTO period_report (kind, period, reporter, version, flow_key, person_id,"
        " progress, note, channel, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        (
            kind,
            period,
            reporter,
            version,
            flow_key,
            person_id,
            json.dumps(progress, ensure_ascii=False, sort_keys=True),
            note,
            channel,
            now.isoformat(timespec="seconds"),
        ),
    )
    await db.execute_many(
        "INSERT INTO period_attachment (report_id, kind, channel, ref, name)"
        " VALUES (?, ?, ?, ?, ?)",
        [(report_id, e.kind, e.channel, e.ref, e.name) for e in attachments],
    )
    return version
