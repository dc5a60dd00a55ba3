"""Field reports and their review: append-only; an approval adds one status row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from store.db import Database, IntegrityError, first


class AlreadyReviewed(Exception):
    """The report was reviewed before (by someone else, or by a repeated press)."""


@dataclass(frozen=True)
class Evidence:
    """A photo or document attached to a report, by the channel's file id."""

    kind: str
    channel: str
    ref: str
    name: str = ""


@dataclass(frozen=True)
class NewReport:
    """What a xã official confirmed."""

    flow_key: str
    person_id: int
    unit_code: str
    set_code: str
    criterion: int
    met: bool
    was_met: bool | None
    note: str
    channel: str
    evidence: tuple[Evidence, ...] = ()
    indicator: str | None = None  # under a set with indicators (2026-2030)


@dataclass(frozen=True)
class ReportView:
    """A report with its reporter, evidence and review, for reviewers and history."""

    id: int
    unit_code: str
    set_code: str
    criterion: int
    met: bool
    was_met: bool | None
    note: str
    created_at: str
    reporter_id: int
    reporter: str
    evidence: tuple[Evidence, ...]
    reviewer_id: int | None = None
    reviewer: str = ""
    approved: bool | None = None
    reason: str = ""
    reviewed_at: str = ""
    indicator: str | None = None

    @property
    def pending(self) -> bool:
        """Say whether no one has reviewed the report yet."""
        return self.approved is None


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


async def insert_report(db: Database, report: NewReport, now: datetime) -> int | None:
    """Insert a report and its evidence (no commit); None if its flow was recorded before."""
    # A replayed flow adds nothing (a conflicting insert would be refused: migration 009).
    if await report_for_flow(db, report.flow_key) is not None:
        return None
    report_id = await db.fetch_value(
        "INSERT INTO field_report (flow_key, person_id, unit_code, set_code, criterion, met,"
        " was_met, note, channel, created_at, indicator)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            report.flow_key,
            report.person_id,
            report.unit_code,
            report.set_code,
            report.criterion,
            int(report.met),
            None if report.was_met is None else int(report.was_met),
            report.note,
            report.channel,
            _stamp(now),
            report.indicator,
        ),
    )
    if report_id is None:
        return None
    report_id = int(report_id)
    await db.execute_many(
        "INSERT INTO evidence (report_id, kind, channel, ref, name) VALUES (?, ?, ?, ?, ?)",
        [(report_id, e.kind, e.channel, e.ref, e.name) for e in report.evidence],
    )
    return report_id


async def report_for_flow(db: Database, flow_key: str) -> int | None:
    """Return the id of the report a flow recorded, if any."""
    row = first(await db.fetch_all("SELECT id FROM field_report WHERE flow_key = ?", (flow_key,)))
    return int(row[0]) if row else None


_VIEW = (
    "SELECT r.id, r.unit_code, r.set_code, r.criterion, r.met, r.was_met, r.note, r.created_at,"
    " r.person_id, rp.name, v.person_id, coalesce(vp.name, ''), v.approved,"
    " coalesce(v.reason, ''), coalesce(v.reviewed_at, ''), r.indicator"
    " FROM field_report r JOIN person rp ON rp.id = r.person_id"
    " LEFT JOIN review v ON v.report_id = r.id LEFT JOIN person vp ON vp.id = v.person_id"
)


async def _views(db: Database, where: str, args: tuple[object, ...]) -> list[ReportView]:
    rows = await db.fetch_all(f"{_VIEW} WHERE {where}", args)
    ids = [int(row[0]) for row in rows]
    evidence: dict[int, list[Evidence]] = {i: [] for i in ids}
    if ids:
        marks = ", ".join("?" for _ in ids)
        for report_id, kind, channel, ref, name in await db.fetch_all(
            "SELECT report_id, kind, channel, ref, name FROM evidence"
            f" WHERE report_id IN ({marks})"
            " ORDER BY id",
            ids,
        ):
            evidence[int(report_id)].append(Evidence(kind, channel, ref, name))
    return [
        ReportView(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            int(r[3]),
            bool(r[4]),
            None if r[5] is None else bool(r[5]),
            str(r[6]),
            str(r[7]),
            int(r[8]),
            str(r[9]),
            tuple(evidence[int(r[0])]),
            None if r[10] is None else int(r[10]),
            str(r[11]),
            None if r[12] is None else bool(r[12]),
            str(r[13]),
            str(r[14]),
            None if r[15] is None else str(r[15]),
        )
        for r in rows
    ]


async def get_report(db: Database, report_id: int) -> ReportView | None:
    """Return one report with its evidence and review."""
    found = await _views(db, "r.id = ?", (report_id,))
    return found[0] if found else None


async def pending_reports(db: Database, unit_codes: list[str] | None = None) -> list[ReportView]:
    """Return reports nobody has reviewed, oldest first, optionally within some xã."""
    where = "v.report_id IS NULL"
    args: tuple[object, ...] = ()
    if unit_codes is not None:
        where += f" AND r.unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args = tuple(unit_codes)
    return await _views(db, where + " ORDER BY r.id", args)


async def history(db: Database, unit_code: str) -> list[ReportView]:
    """Return every report on a xã with its review, oldest first."""
    return await _views(db, "r.unit_code = ? ORDER BY r.id", (unit_code,))


async def record_review(
    db: Database,
    report: ReportView,
    reviewer_id: int,
    approved: bool,
    reason: str,
    now: datetime,
    as_of: str,
) -> int | None:
    """Record a review (no commit); an approval appends the new status as of a local date.

    Returns the new status row's id (None for a rejection)."""
    status_id: int | None = None
    if approved:
        status_id = await db.fetch_value(
            "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind, source,"
            " recorded_at, period, indicator) VALUES (?, ?, ?, ?, ?, 'report', ?, ?, ?, ?)"
            " RETURNING id",
            (
                report.unit_code,
                report.set_code,
                report.criterion,
                int(report.met),
                as_of,
                f"#{report.id}",  # source_kind says it is a field report
                _stamp(now),
                as_of[:4],  # the year the approved status holds for
                report.indicator,
            ),
        )
    try:
        await db.execute(
            "INSERT INTO review (report_id, person_id, approved, reason, status_id, reviewed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (report.id, reviewer_id, int(approved), reason, status_id, _stamp(now)),
        )
    except IntegrityError as exc:
        raise AlreadyReviewed(report.id) from exc
    return status_id


async def reports_between(
    db: Database,
    start: str,
    end: str,
    unit_codes: list[str] | None = None,
    state: str = "all",
) -> list[ReportView]:
    """Return reports sent in [start, end) (UTC stamps), in a review state, oldest first."""
    where = "r.created_at >= ? AND r.created_at < ?"
    args: tuple[object, ...] = (start, end)
    if unit_codes is not None:
        where += f" AND r.unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args += tuple(unit_codes)
    where += {
        "approved": " AND v.approved = 1",
        "rejected": " AND v.approved = 0",
        "pending": " AND v.report_id IS NULL",
    }.get(state, "")
    return await _views(db, where + " ORDER BY r.id", args)


async def approved_between(
    db: Database, start: str, end: str, unit_codes: list[str] | None = None
) -> list[ReportView]:
    """Return reports approved in [start, end) (UTC stamps), in order of approval."""
    where = "v.approved = 1 AND v.reviewed_at >= ? AND v.reviewed_at < ?"
    args: tuple[object, ...] = (start, end)
    if unit_codes is not None:
        where += f" AND r.unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args += tuple(unit_codes)
    return await _views(db, where + " ORDER BY v.reviewed_at, r.id", args)
