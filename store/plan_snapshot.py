"""The plan's figures held in memory: read once, answered without a database round trip.

Everything here comes from tables that `load_bundled` fills once and nothing changes while the
bot runs: units, criteria, appendices 1-7, section I-III text, programme groups. Per-xã status is
*not* here: it changes at run time (status import, field reports) and is always read from the
database. Whoever changes the tables held here must rebuild the snapshot (Ctx.reload_names).

Each method gives what the database function of the same name in store.plan, store.plan_text or
store.status returns; tests/store/test_plan_snapshot.py checks that they agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from store.db import Database
from store.plan import APPENDIX_OF_SET, Average, CriterionCount, CriterionDetail, FundingLine
from store.plan_import import PLAN, PROVINCE_CODE
from store.status import PlanEntry
from store.units import IN_PLAN


@dataclass(frozen=True)
class _Member:
    code: str
    name: str
    district_name: str
    district_code: str


class PlanSnapshot:
    """The static plan tables of one database, indexed for the answers."""

    def __init__(self) -> None:
        self._planned: dict[tuple[str, str, int], int] = {}
        self._set_totals: dict[str, int] = {}
        self._unit_totals: dict[tuple[str, str], int] = {}
        self._criterion_totals: dict[tuple[str, int], int] = {}
        self._xa_counts: dict[str, int] = {}
        self._xa_total = 0
        self._ntm_base: dict[str, int] = {}
        self._ntm_base_total = 0
        self._printed: dict[tuple[str, str, str], str] = {}
        self._province_added: dict[tuple[str, int], int | None] = {}
        self._rankings: dict[str, tuple[Average, ...]] = {}
        self._facts: dict[str, float] = {}
        self._funding: tuple[FundingLine, ...] = ()
        self._district_plans: dict[str, tuple[tuple[int, str], ...]] = {}
        self._details: dict[tuple[str, int], CriterionDetail] = {}
        self._entries: dict[str, tuple[PlanEntry, ...]] = {}
        self._groups: dict[str, tuple[str, ...]] = {}
        self._members: dict[str, tuple[_Member, ...]] = {}

    # store.plan

    def xa_count(self, unit_code: str) -> int:
        """Return the number of xã in a district, or in the province."""
        if unit_code == PROVINCE_CODE:
            return self._xa_total
        return self._xa_counts.get(unit_code, 0)

    def _divisor(self, set_code: str, unit_code: str) -> int:
        if set_code == "nang_cao":
            if unit_code == PROVINCE_CODE:
                return self._ntm_base_total
            return self._ntm_base.get(unit_code, 0)
        return self.xa_count(unit_code)

    def average(self, set_code: str, unit_code: str) -> Average:
        """Return the planned 2023 average criteria per xã of a district or of the province."""
        if unit_code == PROVINCE_CODE:
            total = self._set_totals.get(set_code, 0)
        else:
            total = self._unit_totals.get((set_code, unit_code), 0)
        return Average(
            unit_code,
            set_code,
            total,
            self._divisor(set_code, unit_code),
            self._printed.get((set_code, unit_code, "average")),
        )

    def district_averages(self, set_code: str) -> list[Average]:
        """Return every district's average, highest first."""
        return list(self._rankings.get(set_code, ()))

    def criterion_count(self, set_code: str, criterion: int, unit_code: str) -> CriterionCount:
        """Return the planned number of xã meeting a criterion in 2023, in a unit."""
        source = f"{PLAN}, Phụ lục {APPENDIX_OF_SET[set_code]}"
        added = None
        if unit_code == PROVINCE_CODE:
            planned = self._criterion_totals.get((set_code, criterion), 0)
            if (set_code, criterion) in self._province_added:
                added = self._province_added[(set_code, criterion)]
                source += ", mục I.2"
        else:
            planned = self._planned.get((set_code, unit_code, criterion), 0)
        return CriterionCount(
            unit_code, set_code, criterion, planned, self.xa_count(unit_code), added, source
        )

    def ntm_base(self, unit_code: str) -> int:
        """Return the xã meeting NTM at the end of 2022 in a district (derived from appendix 7)."""
        if unit_code == PROVINCE_CODE:
            return self._ntm_base_total
        return self._ntm_base.get(unit_code, 0)

    # store.plan_text

    def facts(self) -> dict[str, float]:
        """Return the headline targets by key."""
        return dict(self._facts)

    def funding(self) -> list[FundingLine]:
        """Return section III's lines, the total first."""
        return list(self._funding)

    def district_plan(self, district_code: str) -> list[tuple[int, str]]:
        """Return (criterion, kind) rows of a district's huyện NTM plan."""
        return list(self._district_plans.get(district_code, ()))

    def criterion_detail(self, set_code: str, number: int) -> CriterionDetail:
        """Return a criterion's name, group, source and 2023 target sentence."""
        detail = self._details.get((set_code, number))
        if detail is None:
            raise LookupError(f"no criterion {set_code} {number}")
        return detail

    # store.status (the plan's side of it; never the status itself)

    def plan_entries(self, unit_code: str) -> list[PlanEntry]:
        """Return the xã's rows in appendices 1-5 with their 2023 targets."""
        return list(self._entries.get(unit_code, ()))

    def groups_of(self, unit_code: str) -> list[str]:
        """Return the programme groups a unit belongs to."""
        return list(self._groups.get(unit_code, ()))

    def group_members(
        self, group_code: str, district_code: str | None = None
    ) -> list[tuple[str, str, str]]:
        """Return (code, name, district name) of a group's members, in the plan's order."""
        return [
            (m.code, m.name, m.district_name)
            for m in self._members.get(group_code, ())
            if district_code is None or m.district_code == district_code
        ]


async def load_plan_snapshot(db: Database) -> PlanSnapshot:  # noqa: C901 (one bulk query per table, in sequence)
    """Read the static plan tables in a few bulk queries, whatever the roster's size."""
    snap = PlanSnapshot()
    for set_code, district, criterion, planned in await db.fetch_all(
        "SELECT set_code, district_code, criterion, planned FROM plan_district_count"
    ):
        snap._planned[(set_code, district, criterion)] = planned
        snap._set_totals[set_code] = snap._set_totals.get(set_code, 0) + planned
        unit_key = (set_code, district)
        snap._unit_totals[unit_key] = snap._unit_totals.get(unit_key, 0) + planned
        criterion_key = (set_code, criterion)
        snap._criterion_totals[criterion_key] = (
            snap._criterion_totals.get(criterion_key, 0) + planned
        )
    for parent, count in await db.fetch_all(
        f"SELECT parent_code, count(*) FROM unit u WHERE kind = 'xa' AND {IN_PLAN}"
        " GROUP BY parent_code"
    ):
        snap._xa_total += count
        if parent is not None:
            snap._xa_counts[parent] = count
    for district, ntm_xa in await db.fetch_all(
        "SELECT district_code, ntm_xa FROM district_ntm_base"
    ):
        snap._ntm_base[district] = ntm_xa
        snap._ntm_base_total += ntm_xa
    for set_code, unit, what, text in await db.fetch_all(
        "SELECT set_code, unit_code, what, text FROM plan_printed"
    ):
        snap._printed[(set_code, unit, what)] = text
    for set_code, criterion, added in await db.fetch_all(
        "SELECT set_code, criterion, added FROM province_target"
    ):
        snap._province_added[(set_code, criterion)] = added
    snap._rankings = _rankings(snap)
    snap._facts = {
        str(k): float(v) for k, v in await db.fetch_all("SELECT key, value FROM plan_fact")
    }
    snap._funding = tuple(
        FundingLine(int(a), str(b), float(c), float(d))
        for a, b, c, d in await db.fetch_all(
            "SELECT line, label, amount, percent FROM funding ORDER BY line"
        )
    )
    plans: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for district, criterion, kind in await db.fetch_all(
        "SELECT district_code, criterion, kind FROM district_plan"
        " ORDER BY district_code, criterion, set_code, kind"
    ):
        plans[district].append((int(criterion), str(kind)))
    snap._district_plans = {k: tuple(v) for k, v in plans.items()}
    for set_code, number, name, group_name, source, quote in await db.fetch_all(
        "SELECT c.set_code, c.number, c.name, c.group_name, c.source, p.quote FROM criterion c"
        " LEFT JOIN province_target p ON p.set_code = c.set_code AND p.criterion = c.number"
    ):
        snap._details[(set_code, number)] = CriterionDetail(
            str(name), str(group_name), str(source), quote
        )
    snap._entries = await _plan_entries(db)
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for unit, group in await db.fetch_all(
        "SELECT unit_code, group_code FROM unit_group ORDER BY unit_code, group_code"
    ):
        groups[unit].append(str(group))
    snap._groups = {k: tuple(v) for k, v in groups.items()}
    members: defaultdict[str, list[_Member]] = defaultdict(list)
    for group, code, name, d_name, d_code in await db.fetch_all(
        "SELECT g.group_code, u.code, u.name, d.name, d.code FROM unit_group g"
        " JOIN unit u ON u.code = g.unit_code JOIN unit d ON d.code = u.parent_code"
        " ORDER BY g.group_code, g.position"
    ):
        members[group].append(_Member(str(code), str(name), str(d_name), str(d_code)))
    snap._members = {k: tuple(v) for k, v in members.items()}
    return snap


def _rankings(snap: PlanSnapshot) -> dict[str, tuple[Average, ...]]:
    """Every district's average per set, highest first (as store.plan.district_averages)."""
    found: defaultdict[str, list[Average]] = defaultdict(list)
    for (set_code, district), total in snap._unit_totals.items():
        divisors = snap._ntm_base if set_code == "nang_cao" else snap._xa_counts
        printed = snap._printed.get((set_code, district, "average"))
        found[set_code].append(
            Average(district, set_code, total, divisors.get(district, 0), printed)
        )
    return {
        s: tuple(sorted(averages, key=lambda a: (-a.value, a.unit_code)))
        for s, averages in found.items()
    }


async def _plan_entries(db: Database) -> dict[str, tuple[PlanEntry, ...]]:
    """Every unit's rows of appendices 1-5 with their targets (as store.status.plan_entries)."""
    targets: defaultdict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for row_id, item, criterion in await db.fetch_all(
        "SELECT plan_row_id, item, criterion FROM plan_target ORDER BY rowid"
    ):
        targets[row_id].append((str(item), criterion))
    entries: defaultdict[str, list[PlanEntry]] = defaultdict(list)
    for (
        row_id,
        unit,
        appendix,
        row_no,
        set_code,
        text,
        met,
        target,
        flags,
    ) in await db.fetch_all(
        "SELECT id, unit_code, appendix, row_no, set_code, source_text, met_count,"
        " target_count, flags FROM plan_row ORDER BY unit_code, appendix, id"
    ):
        entries[unit].append(
            PlanEntry(
                appendix,
                row_no,
                set_code,
                text,
                met,
                target,
                tuple(targets.get(row_id, ())),
                tuple(f for f in str(flags).split(";") if f),
            )
        )
    return {k: tuple(v) for k, v in entries.items()}
