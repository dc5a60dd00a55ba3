"""Who has reported for a period: per district and for the province, on time or late."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from handlers.completeness_units import Asked, asked_units
from handlers.lexicon import REPORT_WORDS, phrases_of
from handlers.periods import Period, mentioned, period_of
from handlers.turn import Turn
from handlers.update_2026 import REFORM
from store.period_reports import Submission, submissions
from store.plan_import import PROVINCE_CODE
from vocab.i18n import Translator, day_text
from vocab.messages import Reply
from vocab.places import Place
from vocab.text import fold, has_phrase

if TYPE_CHECKING:
    from handlers.context import Ctx

FIRST_CHANGE = date(2024, 12, 1)  # six xã merged (1246/NQ-UBTVQH15)
QUESTION_MARKS = (
    "chua bao cao",
    "da bao cao",
    "tien do bao cao",
    "tinh hinh bao cao",
    "chua nop bao cao",
    "chua gui bao cao",
    "bao cao chua",
    "nop bao cao chua",
    "gui bao cao chua",
    "chua bc",
    "da bc",
    "bc chua",
    "chua nop bc",
    "nop bc chua",
    "gui bc",
    "tien do thang",
    "tinh hinh nop",
    "tinh hinh bc",
    "tien do bc",
    "tien do nop",
    "cham nop",
    "nop cham",
    "nop muon",
    "nop tre",
    "report tien do",
    "nop dung han",
    "not reported",
    "have reported",
    "has reported",
    "tong hop tuan nay",
)
# Words that ask who ('xã nào nộp muộn') beside a word of reporting, not the rule.
WHICH_XA = ("xa nao", "nhung xa", "bao nhieu xa", "may xa", "cac xa", "ds xa", "which communes")
# A figure of the plan asked 'báo cáo giúp anh …', or turning the weekly summary off: not who
# has reported.
_NOT_WHO = re.compile(r"\b(?:tieu chi|tc) ?\d|\bdat\b|\b(?:tat|bat)\b|\bdung (?:nhac|gui)\b")
# 'xã Ba Sơn gửi báo cáo tháng này chưa (ạ)': whether a report came, asked at the end.
_DONE_YET = re.compile(r"\b(?:bao cao|bc|nop|gui)\b(?: \w+){0,6} chua(?: \w+)?$")


@dataclass(frozen=True)
class DistrictTally:
    """How many of a district's xã reported for a period, and which did not."""

    district: Place
    expected: int
    reported: int
    on_time: int
    missing: tuple[Place, ...]


def is_question(text: str) -> bool:
    """Say whether a message asks who has reported ('xã nào chưa báo cáo?', 'xã em nộp báo cáo
    tháng này chưa'), not how to report, the rules, or a figure of the plan."""
    folded = fold(text)
    padded = f" {folded} "
    which_xa = has_phrase(padded, WHICH_XA)
    reporting = which_xa and has_phrase(padded, REPORT_WORDS)
    asked = reporting or has_phrase(padded, QUESTION_MARKS) or _DONE_YET.search(folded)
    if text.startswith("/") or not asked:
        return False
    if has_phrase(padded, phrases_of("how")) or _NOT_WHO.search(folded):
        return False  # how to report: the help
    asks_rules = has_phrase(padded, phrases_of("rule"))
    return not asks_rules or which_xa


def _on_time(turn: Turn, found: Submission, period: Period) -> bool:
    return turn.local_day(found.first_at) <= period.due


def _units_of(ctx: Ctx, period: Period) -> list[Place] | None:
    """The units valid on the period's first day once they differ from the plan's (the
    December 2024 mergers; since July 2025 no districts: the province's xã of that day); None
    for the plan's own units."""
    day = period.first_day
    if day < FIRST_CHANGE:
        return None
    tl = ctx.timeline
    units = [u for u in tl.valid_on(day) if u.kind != "province"]
    province = ctx.gazetteer.places.get(PROVINCE_CODE)
    top = Place(
        PROVINCE_CODE, province.name if province else PROVINCE_CODE, "district", None, None
    )
    places = [] if day < REFORM else [top]
    for u in units:
        parent = tl.units.get(u.parent_key or "")
        parent_name = parent.name if parent is not None else top.name
        places.append(Place(u.key, u.name, u.kind, u.parent_key, parent_name))
    return places


def expected_communes(ctx: Ctx, period: Period, unit: Place) -> set[str]:
    """The xã a unit expects monthly reports from in a period: the plan's xã of the unit, or
    once units changed the xã valid on the period's first day (a district ceased in July 2025
    then expects none)."""
    since_reform = _units_of(ctx, period)
    if since_reform is None:
        places = ctx.gazetteer.places.values()
        return {
            p.code
            for p in places
            if p.kind == "xa" and (unit.kind == "province" or p.parent_code == unit.code)
        } | ({unit.code} if unit.kind == "xa" else set())
    valid = [p for p in since_reform if p.kind == "xa"]
    if unit.kind == "province":
        return {p.code for p in valid}
    return {p.code for p in valid if unit.code in (p.code, p.parent_code)}


def tallies(
    turn: Turn, period: Period, done: Mapping[str, Submission], district: str | None = None
) -> list[DistrictTally]:
    """Count each district's xã (or one district's) among the month's submissions; since
    July 2025, the xã of that day in one province-wide row."""
    places = _units_of(turn.ctx, period) or turn.ctx.gazetteer.places.values()
    districts = sorted(
        (p for p in places if p.kind == "district" and (district is None or p.code == district)),
        key=lambda p: p.code,
    )
    result = []
    for d in districts:
        communes = sorted(
            (p for p in places if p.parent_code == d.code and p.kind == "xa"), key=lambda p: p.code
        )
        if not communes:
            continue
        reported = [c for c in communes if c.code in done]
        result.append(
            DistrictTally(
                d,
                len(communes),
                len(reported),
                sum(1 for c in reported if _on_time(turn, done[c.code], period)),
                tuple(c for c in communes if c.code not in done),
            )
        )
    return result


def tally_line(t: Translator, tally: DistrictTally, period: Period) -> str:
    """'Huyện Tràng Định: 15/21 xã đã báo cáo tháng 11/2023 (71,4%), 12 đúng hạn'."""
    return t._(
        "{district}: {reported}/{expected} communes reported for {period} ({pct}),"
        " {on_time} on time"
    ).format(
        district=tally.district.name,
        reported=tally.reported,
        expected=tally.expected,
        period=period.label(t),
        pct=t.pct(tally.reported, tally.expected),
        on_time=tally.on_time,
    )


def province_text(t: Translator, rows: list[DistrictTally], period: Period) -> str:
    """The completeness table: one line per district, then the province's total."""
    expected = sum(r.expected for r in rows)
    reported = sum(r.reported for r in rows)
    on_time = sum(r.on_time for r in rows)
    lines = [
        t._("Reports for {period} (due {due}):").format(
            period=period.label(t), due=day_text(period.due)
        )
    ]
    lines += ["• " + tally_line(t, r, period) for r in rows]
    lines.append(
        t._("Province: {reported}/{expected} communes ({pct}), {on_time} on time.").format(
            reported=reported, expected=expected, pct=t.pct(reported, expected), on_time=on_time
        )
    )
    return "\n".join(lines)


def district_text(t: Translator, tally: DistrictTally, period: Period) -> str:
    """One district's line and the xã that have not reported."""
    lines = [tally_line(t, tally, period) + "."]
    if tally.missing:
        names = ", ".join(p.name.removeprefix("Xã ") for p in tally.missing)
        lines.append(
            t._("Not reported yet ({n}): {names}.").format(n=len(tally.missing), names=names)
        )
    return "\n".join(lines)


async def answer(turn: Turn) -> Reply:
    """Answer a question about reporting progress for a month, a district or one xã."""
    t = turn.t
    text = turn.incoming.text or ""
    today: date = turn.local_day()
    period = mentioned(text, "monthly", today) or period_of("monthly", today)
    asked = await asked_units(turn, text, period)
    data = {"period": period.code}
    done = await submissions(turn.ctx.db, "monthly", period.code)
    if asked.former is not None:
        return _former_district(turn, asked, period, done)
    place = turn.place(asked.communes[0]) if len(asked.communes) == 1 else None
    if place is not None:
        found = done.get(place.code)
        if found is None:
            said = t._("{unit} has not sent its report for {period} yet (due {due}).")
        else:
            said = t._("{unit} sent its report for {period} on {when} ({timing}).")
        timing = t._("on time") if found and _on_time(turn, found, period) else t._("late")
        reply_text = said.format(
            unit=turn.unit_name(place.code),
            period=period.label(t),
            due=day_text(period.due),
            when=turn.when(found.first_at) if found else "",
            timing=timing,
        )
        return Reply(
            reply_text,
            intent="completeness",
            data={**data, "unit": place.code, "reported": found is not None},
        )
    district = asked.district
    rows = tallies(turn, period, done, district)
    if district is not None and rows:
        return Reply(
            district_text(t, rows[0], period),
            intent="completeness",
            data={
                **data,
                "district": district,
                "reported": rows[0].reported,
                "expected": rows[0].expected,
                "on_time": rows[0].on_time,
                "missing": [p.code for p in rows[0].missing],
            },
        )
    return Reply(
        province_text(t, rows, period),
        intent="completeness",
        data={
            **data,
            "reported": sum(r.reported for r in rows),
            "expected": sum(r.expected for r in rows),
        },
    )


def _former_district(
    turn: Turn, asked: Asked, period: Period, done: Mapping[str, Submission]
) -> Reply:
    """A district asked about a month since July 2025: the xã of today on its former land."""
    t = turn.t
    district = turn.place(asked.former or "")
    name = district.name if district is not None else asked.former or ""
    communes = [p for p in (turn.place(c) for c in asked.communes) if p is not None]
    reported = [c for c in communes if c.code in done]
    tally = DistrictTally(
        Place(asked.former or "", name, "district", None, None),
        len(communes),
        len(reported),
        sum(1 for c in reported if _on_time(turn, done[c.code], period)),
        tuple(c for c in communes if c.code not in done),
    )
    gone = t._(
        "{district} no longer exists since {day}; the xã of today on its former land:"
    ).format(district=name, day=day_text(REFORM))
    return Reply(
        f"{gone}\n{district_text(t, tally, period)}",
        intent="completeness",
        data={"period": period.code, "former": asked.former, "expected": tally.expected},
    )
