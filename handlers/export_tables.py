"""Export tables, transport-neutral: columns, streamed rows, periods and who may see what.

An Export is what a leader asks for (kind, unit, period) with the tables that answer it; the
writers in handlers/export_files.py turn it into .xlsx, .csv or .json, the chat and the CLI
hand it on. Rows are an async iterator, so a national-size table never sits in memory.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from handlers.periods import Period
from store.people import Person
from vocab.i18n import Translator
from vocab.places import COMMUNE_KINDS, Place
from vocab.roles import PROVINCE_WIDE, Role

KINDS = ("status", "plan", "completeness", "reports")
CHART_KINDS = ("averages", "criteria", "completeness")
STATES = ("all", "approved", "pending", "rejected")
Cell = str | int | float | date | None


class ColumnKind(StrEnum):
    """How a column's values are typed and shown."""

    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"  # two decimals: 13,24
    PERCENT = "percent"  # a fraction shown as 71,4%
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """One column: a stable key (JSON, CSV), a header in the reader's language, a kind."""

    key: str
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 12


@dataclass
class Table:
    """One sheet: a title, columns and rows (streamed once)."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: AsyncIterator[tuple[Cell, ...]]
    note: str = ""


@dataclass
class Export:
    """What was asked, for which unit and period, from which source, made when; its tables."""

    kind: str
    title: str
    unit_code: str
    unit_name: str
    period_code: str
    period_label: str
    source: str
    made_at: datetime
    tables: list[Table] = field(default_factory=list)


async def rows_of(items: Iterable[tuple[Cell, ...]]) -> AsyncIterator[tuple[Cell, ...]]:
    """Stream rows already in memory (small tables)."""
    for item in items:
        yield item


@dataclass(frozen=True)
class Span:
    """A period to export: a month '2023-11', a quarter '2023-Q4' or a year '2023'."""

    code: str
    first: date
    last: date

    def months(self) -> list[Period]:
        """The months the span covers, in order."""
        return [
            Period("monthly", self.first.year, month)
            for month in range(self.first.month, self.last.month + 1)
        ]

    def label(self, t: Translator) -> str:
        """'tháng 11/2023', 'quý IV/2023' or 'năm 2023'."""
        if re.fullmatch(r"\d{4}", self.code):
            return t._("year {year}").format(year=self.code)
        kind = "quarterly" if "Q" in self.code else "monthly"
        number = int(self.code.split("-")[1].lstrip("Q"))
        return Period(kind, self.first.year, number).label(t)


_SPAN = re.compile(r"(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])))?")


def parse_span(text: str) -> Span:
    """Read 'YYYY-MM', 'YYYY-QN' or 'YYYY'; raise ValueError for anything else."""
    match = _SPAN.fullmatch(text.strip())
    if not match:
        raise ValueError(text)
    year = int(match.group(1))
    if match.group(2):
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(text)
        return Span(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month))
    if match.group(3):
        quarter = int(match.group(3))
        return Span(
            f"{year}-Q{quarter}",
            date(year, 3 * quarter - 2, 1),
            _month_end(year, 3 * quarter),
        )
    return Span(str(year), date(year, 1, 1), date(year, 12, 31))


def month_span(day: date) -> Span:
    """The month a day falls in."""
    return parse_span(f"{day.year}-{day.month:02d}")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


class Refused(Exception):
    """The person may not export this unit (or anything): say so, make no file."""


def default_unit(person: Person | None, province: str) -> str:
    """The unit an export covers when none is named: the person's own, or the province."""
    if person is None or person.role in (*PROVINCE_WIDE, Role.DEPARTMENT):
        return province
    return person.unit_code


def check_scope(person: Person | None, kind: str, unit: Place) -> None:
    """Refuse an export the person may not see: the same rules as /lichsu, by unit.

    The plan table is the province's printed plan: any registered person may export it.
    None stands for the command line (an administrator on the server).
    """
    if person is None:
        return
    if person.revoked:
        raise Refused(kind)
    if kind == "plan":
        return
    role, home = person.role, person.unit_code
    if role in PROVINCE_WIDE:
        return
    if role == Role.DISTRICT_OFFICER and (
        unit.code == home or (unit.kind in COMMUNE_KINDS and unit.parent_code == home)
    ):
        return
    if role == Role.XA_OFFICIAL and unit.code == home:
        return
    raise Refused(kind)


def communes_in(places: Iterable[Place], unit: Place) -> list[Place]:
    """The xã of a unit (the province, a district, or the xã itself), ordered by code."""
    if unit.kind in COMMUNE_KINDS:
        return [unit]
    return sorted(
        (
            p
            for p in places
            if p.kind == "xa" and (unit.kind == "province" or p.parent_code == unit.code)
        ),
        key=lambda p: p.code,
    )
