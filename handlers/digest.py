"""The weekly digest: for each district officer and coordinator, the week in one message.

Reports received against expected this month, the xã late for the month before, statuses
changed by approved field reports, and a chart of monthly reporting. Queued through the outbox
by a schedule run (handlers/reminders.py), so it goes out once per fire time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from handlers.completeness import tallies
from handlers.export_kinds import NoData
from handlers.export_tables import communes_in, parse_span
from handlers.periods import period_of
from handlers.replies import met_word
from handlers.turn import Turn
from store.people import Address, Person, addresses, digest_targets
from store.period_reports import submissions
from store.plan_import import PROVINCE_CODE
from store.reports import approved_between
from vocab.i18n import Translator, day_text
from vocab.messages import Attachment, Incoming, Reply
from vocab.places import Place
from vocab.roles import Role

if TYPE_CHECKING:
    from handlers.context import Ctx

MAX_LISTED = 12  # late xã and status changes listed by name; the rest counted


def week_of(fire: date) -> tuple[date, date]:
    """The seven days before a fire day: Monday to Sunday for a Monday run."""
    return fire - timedelta(days=7), fire - timedelta(days=1)


def _utc(day: date, zone: str) -> str:
    moment = datetime.combine(day, datetime.min.time(), ZoneInfo(zone))
    return moment.astimezone(ZoneInfo("UTC")).isoformat(timespec="seconds")


def _names(places: list[Place]) -> str:
    shown = ", ".join(p.name.removeprefix("Xã ") for p in places[:MAX_LISTED])
    return shown + (" …" if len(places) > MAX_LISTED else "")


async def message(turn: Turn, unit: Place, fire: date) -> Reply:
    """The digest of one unit (a district, or the province) for the week before fire."""
    t, ctx = turn.t, turn.ctx
    first, last = week_of(fire)
    month = period_of("monthly", last)
    district = None if unit.kind == "province" else unit.code
    done = await submissions(ctx.db, "monthly", month.code)
    rows = tallies(turn, month, done, district)
    expected = sum(r.expected for r in rows)
    reported = sum(r.reported for r in rows)
    communes = {c.code for c in communes_in(ctx.gazetteer.places.values(), unit)}
    this_week = sum(
        1
        for code, found in done.items()
        if code in communes and first <= turn.local_day(found.first_at) <= last
    )
    lines = [
        t._("Weekly digest {first} – {last}, {unit}").format(
            first=first.strftime("%d/%m"), last=day_text(last), unit=unit.name
        ),
        "• "
        + t._(
            "Reports for {period}: {reported}/{expected} communes ({pct}), {week} received this"
            " week."
        ).format(
            period=month.label(t),
            reported=reported,
            expected=expected,
            pct=t.pct(reported, expected),
            week=this_week,
        ),
    ]
    before = month.previous()
    late = [
        p
        for r in tallies(turn, before, await submissions(ctx.db, "monthly", before.code), district)
        for p in r.missing
    ]
    if late:
        lines.append(
            "• "
            + t._("Late for {period} ({n} communes): {names}.").format(
                period=before.label(t), n=len(late), names=_names(late)
            )
        )
    else:
        lines.append(
            "• " + t._("Every commune reported for {period}.").format(period=before.label(t))
        )
    changed = await approved_between(
        ctx.db,
        _utc(first, ctx.settings.timezone),
        _utc(last + timedelta(days=1), ctx.settings.timezone),
        None if unit.kind == "province" else sorted(communes),
    )
    if changed:
        lines.append(
            "• " + t._("Statuses changed by approved field reports ({n}):").format(n=len(changed))
        )
        for view in changed[:MAX_LISTED]:
            lines.append(
                "  – "
                + t._("{unit}: criterion {n} {old} → {new} (report #{id})").format(
                    unit=turn.unit_name(view.unit_code),
                    n=view.criterion,
                    old=met_word(t, view.was_met),
                    new=met_word(t, view.met),
                    id=view.id,
                )
            )
    else:
        lines.append("• " + t._("No status changed by approved field reports this week."))
    data = {"unit": unit.code, "reported": reported, "expected": expected, "late": len(late)}
    data["changed"] = [v.id for v in changed]
    from handlers import charts  # matplotlib loads with the first chart

    try:
        drawn = await charts.make_chart(
            ctx, t, "completeness", unit, parse_span(month.code), turn.now
        )
    except NoData:
        lines.append(t._("No chart: no monthly report received in the last months."))
        return Reply("\n".join(lines), intent="digest", data=data)
    attachment = Attachment(drawn.png, drawn.filename, "photo", "image/png")
    return Reply("\n".join(lines), intent="digest", data=data, attachment=attachment)


async def recipients(
    ctx: Ctx, units: tuple[str, ...], fire: datetime, now: datetime
) -> list[tuple[Person, Address, Reply]]:
    """Each person who wants the digest, where to send it, and their unit's digest."""
    people = await digest_targets(ctx.db, units)
    where = {a.person_id: a for a in await addresses(ctx.db, [p.id for p in people])}
    made: dict[tuple[str, str], Reply] = {}
    result = []
    for person in people:
        address = where.get(person.id)
        if address is None:
            continue
        unit_code = PROVINCE_CODE if person.role != Role.DISTRICT_OFFICER else person.unit_code
        unit = ctx.gazetteer.places.get(unit_code)
        if unit is None:
            continue
        key = (unit_code, address.language)
        if key not in made:
            t: Translator = ctx.i18n.get(address.language)
            turn = Turn(Incoming("scheduler", "", "", ""), ctx, t, {}, None, now)
            made[key] = await message(turn, unit, fire.date())
        result.append((person, address, made[key]))
    return result
