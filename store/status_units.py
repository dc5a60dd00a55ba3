"""Find the xã a status row names on the day it holds for: by key, code or name, among the
units of every period, each name normalised once; say why when none or several fit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from store.db import Database
from store.timeline import Timeline
from vocab.places import bare_name
from vocab.text import canon, fold, has_diacritics


@dataclass(frozen=True)
class UnitRow:
    """A unit as the importer sees it: key, official code, names, kind and dates."""

    key: str
    gso: str
    name: str
    kind: str
    parent: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        """Tell whether the unit existed on that day."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or self.valid_to >= day
        )


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


class UnitFinder:
    """Every unit indexed once by key, official code and folded name; lookups are cached."""

    def __init__(self, rows: list[UnitRow], timeline: Timeline) -> None:
        self.timeline = timeline
        self.by_key = {r.key: r for r in rows}
        self.by_gso: dict[str, list[UnitRow]] = {}
        self.by_name: dict[str, list[UnitRow]] = {}
        for r in rows:
            self.by_gso.setdefault(r.gso, []).append(r)
            self.by_name.setdefault(fold(bare_name(r.name)), []).append(r)
        self._cache: dict[tuple[str, date], tuple[str | None, str]] = {}

    def find(self, text: str, day: date) -> tuple[str | None, str]:
        """Return (key, '') of the xã the cell names on that day, or (None, reason)."""
        cell = (text.strip(), day)
        if cell not in self._cache:
            self._cache[cell] = self._find(cell[0], day)
        return self._cache[cell]

    def _candidates(self, text: str) -> list[UnitRow]:
        if text in self.by_key:
            return [self.by_key[text]]
        if text in self.by_gso:
            return self.by_gso[text]
        name, _, district = text.partition(",")
        hits = self.by_name.get(fold(bare_name(name.strip())), [])
        if has_diacritics(name):
            hits = [r for r in hits if canon(bare_name(r.name)) == canon(bare_name(name.strip()))]
        if district.strip():
            hits = [r for r in hits if _same(r.parent, district)]
        return hits

    def _find(self, text: str, day: date) -> tuple[str | None, str]:
        found = self._candidates(text)
        xa = [r for r in found if r.kind == "xa"]
        if found and not xa:
            return None, f"mã {text} không phải là xã"
        valid = [r for r in xa if r.valid_on(day)]
        if len(valid) == 1:
            return valid[0].key, ""
        if len(valid) > 1:
            return None, f"có {len(valid)} xã tên '{text}': ghi mã xã hoặc 'Tên xã, Tên huyện'"
        if not xa:
            return None, f"không tìm thấy xã '{text}'"
        return None, self._why_not(xa, day)

    def _then(self, key: str, day: date) -> set[str]:
        """The units a unit had become by a day (every piece of a split)."""
        found, todo = set(), [key]
        while todo:
            current = todo.pop()
            unit = self.timeline.units.get(current)
            went = self.timeline.went_to(current)
            if unit is not None and (unit.valid_on(day) or not went):
                found.add(current)
            else:
                todo += [s.to_key for s in went]
        return found

    def _why_not(self, xa: list[UnitRow], day: date) -> str:
        gone = [r for r in xa if r.valid_to is not None and r.valid_to < day]
        if gone:
            r = max(gone, key=lambda u: u.valid_to or date.min)
            into = sorted(self.timeline.units[k].name for k in self._then(r.key, day))
            now = f" (nay thuộc {', '.join(into)})" if into else ""
            return f"{r.name} ({r.parent}) không còn sau {r.valid_to:%d/%m/%Y}{now}"
        r = xa[0]
        return f"{r.name} chỉ có từ {r.valid_from:%d/%m/%Y}, chưa có vào ngày {day:%d/%m/%Y}"


def _same(official: str, typed: str) -> bool:
    a, b = bare_name(official.strip()), bare_name(typed.strip())
    return canon(a) == canon(b) if has_diacritics(b) else fold(a) == fold(b)


async def unit_finder(db: Database, timeline: Timeline) -> UnitFinder:
    """Build the finder from every unit in the database (with its dates where it has them)."""
    rows = await db.fetch_all(
        "SELECT u.code, coalesce(s.gso_code, u.code), u.name, u.kind, coalesce(p.name, ''),"
        " s.valid_from, s.valid_to FROM unit u LEFT JOIN unit p ON p.code = u.parent_code"
        " LEFT JOIN unit_span s ON s.code = u.code"
    )
    units = [
        UnitRow(str(k), str(g), str(n), str(kind), str(p), _day(a), _day(b))
        for k, g, n, kind, p, a, b in rows
    ]
    return UnitFinder(units, timeline)
