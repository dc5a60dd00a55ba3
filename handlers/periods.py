"""Reporting periods: xã report monthly, departments quarterly; due dates, locks, labels."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from vocab.i18n import Translator
from vocab.text import fold

LOCK_DAYS = 10  # a period accepts reports and corrections until this many days after it is due
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    """One reporting period: '2023-11' (monthly) or '2023-Q4' (quarterly)."""

    kind: str  # 'monthly' or 'quarterly'
    year: int
    number: int  # month 1-12 or quarter 1-4

    @property
    def code(self) -> str:
        """The stored form: '2023-11' or '2023-Q4'."""
        if self.kind == "monthly":
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}-Q{self.number}"

    @property
    def first_day(self) -> date:
        """The period's first day."""
        month = self.number if self.kind == "monthly" else 3 * self.number - 2
        return date(self.year, month, 1)

    @property
    def due(self) -> date:
        """The last day of the period: reports sent by then are on time."""
        month = self.number if self.kind == "monthly" else 3 * self.number
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def locks(self) -> date:
        """The first day on which the period takes no more reports or corrections."""
        return self.due + timedelta(days=LOCK_DAYS + 1)

    def previous(self) -> Period:
        """The period before this one."""
        size = 12 if self.kind == "monthly" else 4
        if self.number == 1:
            return Period(self.kind, self.year - 1, size)
        return Period(self.kind, self.year, self.number - 1)

    def label(self, t: Translator) -> str:
        """'tháng 11/2023' or 'quý IV/2023' in the reader's language."""
        if self.kind == "monthly":
            return t._("month {month}/{year}").format(month=self.number, year=self.year)
        return t._("quarter {quarter}/{year}").format(
            quarter=ROMAN[self.number - 1], year=self.year
        )


def period_of(kind: str, day: date) -> Period:
    """The period a day falls in."""
    if kind == "monthly":
        return Period(kind, day.year, day.month)
    return Period(kind, day.year, (day.month - 1) // 3 + 1)


def parse_code(code: str) -> Period:
    """Read a stored period code back."""
    year, _, rest = code.partition("-")
    if rest.startswith("Q"):
        return Period("quarterly", int(year), int(rest[1:]))
    return Period("monthly", int(year), int(rest))


_MONTH = re.compile(r"\bthang (\d{1,2})(?:(?: nam)? (\d{4}))?\b|\b(\d{1,2}) (\d{4})\b")
_QUARTER = re.compile(r"\bquy (\d|i{1,3}|iv)(?:(?: nam)? (\d{4}))?\b")


# A period a message compares with ('so với tháng trước', 'giống tháng trước'), not its own.
_COMPARED = re.compile(r"\b(?:so voi|giong|giong nhu|nhu|hon|bang) (?:thang|quy) truoc\b")


def mentioned(text: str, kind: str, today: date) -> Period | None:
    """Find a period in a message: 'tháng 11', 'tháng 11/2023', 'tháng trước', 'quý 4'."""
    folded = _COMPARED.sub(" ", fold(text.replace("/", " ")))  # 'giống tháng trước': not it
    current = period_of(kind, today)
    if "truoc" in folded.split() and ("thang truoc" in folded or "quy truoc" in folded):
        return current.previous()
    if kind == "monthly":
        match = _MONTH.search(folded)
        if match:
            month = int(match.group(1) or match.group(3))
            year = int(match.group(2) or match.group(4) or today.year)
            if 1 <= month <= 12:
                return Period(kind, year, month)
    else:
        match = _QUARTER.search(folded)
        if match:
            raw = match.group(1)
            number = int(raw) if raw.isdigit() else ROMAN.index(raw.upper()) + 1
            if 1 <= number <= 4:
                return Period(kind, int(match.group(2) or today.year), number)
    if "nay" in folded.split() or "hien tai" in folded:
        return current
    return None
