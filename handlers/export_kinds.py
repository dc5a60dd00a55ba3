"""The four exports: status, plan (appendix 6), reporting completeness, field reports."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from handlers.export_tables import (
    Cell,
    Column,
    ColumnKind,
    Export,
    Refused,
    Span,
    Table,
    check_scope,
    communes_in,
    month_span,
    rows_of,
)
from handlers.replies import met_word, unit_label
from store.criteria import all_criteria
from store.people import Person
from store.period_reports import submissions
from store.plan_import import PLAN, PROVINCE_CODE
from store.reports import ReportView, reports_between
from store.status import StatusItem
from store.status_rows import statuses_as_of, units_with_status
from vocab.i18n import Translator, day_text
from vocab.places import COMMUNE_KINDS, Place

if TYPE_CHECKING:
    from handlers.context import Ctx

SET = "ntm"
INT, DEC, DATE = ColumnKind.INT, ColumnKind.DECIMAL, ColumnKind.DATE


class NoData(Exception):
    """The export would hold no data: say so instead of sending an empty sheet."""


@dataclass(frozen=True)
class Request:
    """What a leader asked for: a kind, a unit (code), a period and a review state."""

    kind: str
    unit_code: str = PROVINCE_CODE
    span: Span | None = None
    state: str = "all"


@dataclass(frozen=True)
class Made:
    """An export built for someone: the tables and how many data rows they will stream."""

    export: Export
    size: int


def _local_day(stamp: str, zone: ZoneInfo) -> date | None:
    return datetime.fromisoformat(stamp).astimezone(zone).date() if stamp else None


def _bounds(span: Span, zone: ZoneInfo) -> tuple[str, str]:
    """The UTC stamps [start, end) of a span of local days."""
    start = datetime.combine(span.first, time(), zone)
    end = datetime.combine(span.last + timedelta(days=1), time(), zone)
    utc = ZoneInfo("UTC")
    return (
        start.astimezone(utc).isoformat(timespec="seconds"),
        end.astimezone(utc).isoformat(timespec="seconds"),
    )


async def build(
    ctx: Ctx, t: Translator, request: Request, person: Person | None, now: datetime
) -> Made:
    """Build an export the person may see; raise Refused, NoData or LookupError (unit)."""
    unit = ctx.gazetteer.places.get(request.unit_code)
    if unit is None:
        raise LookupError(request.unit_code)
    check_scope(person, request.kind, unit)
    zone = ZoneInfo(ctx.settings.timezone)
    today = now.astimezone(zone).date()
    if request.kind == "plan":
        made = await _plan(ctx, t, unit)
    elif request.kind == "status":
        made = await _status(ctx, t, unit, request.span, today)
    elif request.kind == "completeness":
        made = await _completeness(ctx, t, unit, request.span or month_span(today), zone)
    elif request.kind == "reports":
        made = await _reports(ctx, t, unit, request.span or month_span(today), request.state)
    else:
        raise Refused(request.kind)
    made.export.made_at = now.astimezone(zone)
    return made


def _export(kind: str, title: str, unit: Place, code: str, label: str, source: str) -> Export:
    return Export(kind, title, unit.code, unit_label(unit), code, label, source, datetime.min)


def _place_columns(t: Translator) -> tuple[Column, ...]:
    return (
        Column("code", t._("Code"), width=8),
        Column("district", t._("District"), width=18),
        Column("commune", t._("Commune"), width=20),
    )


# status


def _sources_text(t: Translator, items: tuple[StatusItem, ...]) -> str:
    """'KH 18/KH-UBND …, TT 1 (31/12/2022): TC 1-19; field report #5 (20/11/2023): TC 2'."""
    groups: dict[tuple[str, str], list[int]] = {}
    for item in items:
        label = item.source
        if item.source_kind == "report":
            label = t._("field report {source}").format(source=item.source)
        groups.setdefault((label, item.as_of), []).append(item.criterion)
    return "; ".join(
        t._("{source} ({day}): criteria {numbers}").format(
            source=label,
            day=day_text(date.fromisoformat(day)),
            numbers=", ".join(str(n) for n in numbers),
        )
        for (label, day), numbers in groups.items()
    )


async def _status(ctx: Ctx, t: Translator, unit: Place, span: Span | None, today: date) -> Made:
    as_of = span.last if span else today
    scope, code = {"province": ("", ""), "district": ("district", unit.code)}.get(
        unit.kind, ("unit", unit.code)
    )
    if not await units_with_status(ctx.db, SET, as_of.isoformat(), scope, code):
        raise NoData("status")
    numbers = [c.number for c in await all_criteria(ctx.db) if c.set_code == SET]
    communes = communes_in(ctx.gazetteer.places.values(), unit)
    met_text, unmet_text = met_word(t, True), met_word(t, False)

    async def rows() -> AsyncIterator[tuple[Cell, ...]]:
        stream = statuses_as_of(ctx.db, SET, as_of.isoformat(), scope, code)
        pending = await anext(stream, None)
        for place in communes:
            while pending is not None and pending.unit_code < place.code:
                pending = await anext(stream, None)
            items: tuple[StatusItem, ...] = ()
            if pending is not None and pending.unit_code == place.code:
                items = pending.items
            by_number = {i.criterion: i for i in items}
            cells: list[Cell] = [place.code, place.parent_name or "", place.name]
            cells += [
                (met_text if by_number[n].met else unmet_text) if n in by_number else None
                for n in numbers
            ]
            newest = max((i.as_of for i in items), default="")
            cells += [
                sum(1 for i in items if i.met) if items else None,
                len(items),
                _sources_text(t, items) if items else t._("no status recorded"),
                date.fromisoformat(newest) if newest else None,
            ]
            yield tuple(cells)

    names = {n: ctx.plan.criterion_detail(SET, n).name for n in numbers}
    columns = (
        *_place_columns(t),
        *(Column(f"c{n}", f"{n}. {names[n]}", width=10) for n in numbers),
        Column("met", t._("Criteria met"), INT, 9),
        Column("known", t._("Criteria with data"), INT, 9),
        Column("sources", t._("Source of each figure"), width=60),
        Column("as_of", t._("Data as of"), DATE, 11),
    )
    label = t._("as of {day}").format(day=day_text(as_of))
    export = _export(
        "status",
        t._("Criteria status of communes (New Rural criteria)"),
        unit,
        span.code if span else as_of.isoformat(),
        label,
        t._(
            "status at the end of 2022 from {plan}, appendices 1-5; later changes from"
            " status imports and approved field reports"
        ).format(plan=PLAN),
    )
    note = t._("Empty cell: no status recorded for that criterion.")
    export.tables.append(Table(t._("Status"), export.title, columns, rows(), note))
    return Made(export, len(communes))


# plan (appendix 6)


async def _plan(ctx: Ctx, t: Translator, unit: Place) -> Made:
    places = ctx.gazetteer.places
    if unit.kind == "province":
        districts = sorted(
            (p for p in places.values() if p.kind == "district"), key=lambda p: p.code
        )
        shown = [d for d in districts if ctx.plan.xa_count(d.code)]
    else:
        district = unit if unit.kind == "district" else places.get(unit.parent_code or "")
        shown = [district] if district else []
    numbers = [c.number for c in await all_criteria(ctx.db) if c.set_code == SET]
    rows: list[tuple[Cell, ...]] = []
    for place in [*shown, *([unit] if unit.kind == "province" else [])]:
        average = ctx.plan.average(SET, place.code)
        counts = [ctx.plan.criterion_count(SET, n, place.code).planned for n in numbers]
        rows.append(
            (
                place.code,
                place.name,
                *counts,
                average.total,
                average.divisor,
                round(average.value, 2),
                average.printed,
            )
        )
    names = {n: ctx.plan.criterion_detail(SET, n).name for n in numbers}
    columns = (
        Column("code", t._("Code"), width=8),
        Column("unit", t._("District"), width=22),
        *(Column(f"c{n}", f"{n}. {names[n]}", INT, 10) for n in numbers),
        Column("total", t._("Total criteria"), INT, 10),
        Column("communes", t._("Communes"), INT, 8),
        Column("average", t._("Average criteria per commune"), DEC, 10),
        Column("printed_average", t._("Average as printed in the plan"), width=10),
    )
    export = _export(
        "plan",
        t._("2023 plan: communes meeting each New Rural criterion, by district"),
        unit,
        "2023",
        t._("2023 plan"),
        f"{PLAN}, Phụ lục 6",
    )
    note = t._(
        "Average = total criteria / communes (computed); the plan's printed average is shown"
        " beside it."
    )
    export.tables.append(Table(t._("Appendix 6"), export.title, columns, rows_of(rows), note))
    return Made(export, len(rows))


# completeness


async def _completeness(ctx: Ctx, t: Translator, unit: Place, span: Span, zone: ZoneInfo) -> Made:
    communes = communes_in(ctx.gazetteer.places.values(), unit)
    codes = {c.code for c in communes}
    months = span.months()
    done = {m.code: await submissions(ctx.db, "monthly", m.code) for m in months}
    if not any(code in codes for found in done.values() for code in found):
        raise NoData("completeness")
    yes, no = t._("yes"), t._("no")

    def row(month_code: str, due: date, place: Place) -> tuple[Cell, ...]:
        found = done[month_code].get(place.code)
        if found is None:
            return (month_code, place.code, place.parent_name or "", place.name, no, *[None] * 4)
        first = _local_day(found.first_at, zone)
        return (
            month_code,
            place.code,
            place.parent_name or "",
            place.name,
            yes,
            first,
            _local_day(found.latest_at, zone),
            t._("on time") if first is not None and first <= due else t._("late"),
            found.version,
        )

    rows = [row(m.code, m.due, c) for m in months for c in communes]
    columns = (
        Column("period", t._("Month"), width=9),
        *_place_columns(t),
        Column("reported", t._("Reported"), width=10),
        Column("first_sent", t._("First sent"), DATE, 11),
        Column("last_sent", t._("Last sent"), DATE, 11),
        Column("timing", t._("On time"), width=10),
        Column("version", t._("Version"), INT, 8),
    )
    export = _export(
        "completeness",
        t._("Monthly reporting completeness"),
        unit,
        span.code,
        span.label(t),
        t._("monthly reports received by the bot (on time: first version by the month's end)"),
    )
    export.tables.append(Table(t._("Completeness"), export.title, columns, rows_of(rows)))
    return Made(export, len(rows))


# field reports


def _state_word(t: Translator, report: ReportView) -> str:
    if report.approved is None:
        return t._("pending")
    return t._("approved") if report.approved else t._("rejected")


async def _reports(ctx: Ctx, t: Translator, unit: Place, span: Span, state: str) -> Made:
    zone = ZoneInfo(ctx.settings.timezone)
    start, end = _bounds(span, zone)
    codes = None if unit.kind == "province" else [c.code for c in communes_in_any(ctx, unit)]
    found = await reports_between(ctx.db, start, end, codes, state)
    if not found:
        raise NoData("reports")
    places = ctx.gazetteer.places

    def row(r: ReportView) -> tuple[Cell, ...]:
        place = places.get(r.unit_code)
        detail = ctx.plan.criterion_detail(r.set_code, r.criterion)
        return (
            r.id,
            _local_day(r.created_at, zone),
            place.parent_name if place and place.parent_name else "",
            r.unit_code,
            place.name if place else r.unit_code,
            r.criterion,
            detail.name,
            met_word(t, r.met),
            met_word(t, r.was_met),
            r.reporter,
            r.note,
            len(r.evidence),
            _state_word(t, r),
            r.reviewer,
            _local_day(r.reviewed_at, zone),
            r.reason,
        )

    columns = (
        Column("id", t._("Report"), INT, 7),
        Column("sent", t._("Sent"), DATE, 11),
        Column("district", t._("District"), width=18),
        Column("code", t._("Code"), width=8),
        Column("commune", t._("Commune"), width=20),
        Column("criterion", t._("Criterion"), INT, 8),
        Column("criterion_name", t._("Criterion name"), width=22),
        Column("reported", t._("Reported as"), width=10),
        Column("before", t._("Before"), width=10),
        Column("reporter", t._("Reporter"), width=16),
        Column("note", t._("Note"), width=30),
        Column("evidence", t._("Evidence files"), INT, 8),
        Column("state", t._("Review"), width=11),
        Column("reviewer", t._("Reviewer"), width=16),
        Column("reviewed", t._("Reviewed on"), DATE, 11),
        Column("reason", t._("Reason"), width=24),
    )
    title = t._("Field reports and their review")
    if state != "all":
        title += f" ({_state_filter(t, state)})"
    export = _export(
        "reports", title, unit, span.code, span.label(t), t._("field reports recorded by the bot")
    )
    rows = rows_of(row(r) for r in found)
    export.tables.append(Table(t._("Field reports"), title, columns, rows))
    return Made(export, len(found))


def _state_filter(t: Translator, state: str) -> str:
    return {"approved": t._("approved"), "pending": t._("pending"), "rejected": t._("rejected")}[
        state
    ]


def communes_in_any(ctx: Ctx, unit: Place) -> list[Place]:
    """The communes of a unit, thị trấn and phường included (field reports name any)."""
    if unit.kind in COMMUNE_KINDS:
        return [unit]
    return [p for p in ctx.gazetteer.places.values() if p.parent_code == unit.code]
