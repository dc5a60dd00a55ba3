"""How many units there are today, and which: beside the 2023 plan's count and December 2024's."""

from __future__ import annotations

from datetime import date

from store.timeline import PLAN_DAY, Timeline
from vocab.i18n import Translator, day_text
from vocab.messages import Reply
from vocab.places import COMMUNE_KINDS

FIRST_MERGE = date(2024, 12, 1)  # six units merged (1246/NQ-UBTVQH15)


def count(t: Translator, tl: Timeline, today: date) -> list[str]:
    """Count today's commune-level units by kind, beside the plan's and December 2024's."""
    units = [u for u in tl.valid_on(today) if u.kind in COMMUNE_KINDS]
    kinds = {k: sum(1 for u in units if u.kind == k) for k in COMMUNE_KINDS}
    districts = sum(1 for u in tl.valid_on(today) if u.kind == "district")
    start = since(tl, today)
    lines = [
        t._(
            "Tỉnh Lạng Sơn has {n} commune-level units today ({xa} xã, {phuong} phường,"
            " {tt} thị trấn), since {day}."
        ).format(
            n=len(units),
            xa=kinds["xa"],
            phuong=kinds["phuong"],
            tt=kinds["thi_tran"],
            day=day_text(start),
        )
    ]
    if districts == 0:
        lines.append(t._("There is no district level any more."))
    plan = [u for u in tl.valid_on(PLAN_DAY) if u.kind in COMMUNE_KINDS]
    plan_xa = sum(1 for u in plan if u.kind == "xa")
    lines.append(
        t._("The 2023 plan counts {xa} xã ({n} commune-level units in {d} districts).").format(
            xa=plan_xa,
            n=len(plan),
            d=sum(1 for u in tl.valid_on(PLAN_DAY) if u.kind == "district"),
        )
    )
    between = [u for u in tl.valid_on(FIRST_MERGE) if u.kind in COMMUNE_KINDS]
    if today > FIRST_MERGE and len(between) != len(plan):
        lines.append(
            t._("From {day} (six units merged): {n} commune-level units, {xa} xã.").format(
                day=day_text(FIRST_MERGE),
                n=len(between),
                xa=sum(1 for u in between if u.kind == "xa"),
            )
        )
    if plan_xa > kinds["xa"]:
        lines.append(t._("Against the 2023 plan: {n} fewer xã.").format(n=plan_xa - kinds["xa"]))
    lines.append(t._("Source: resolution 1672/NQ-UBTVQH15 (units since 01/07/2025)."))
    return lines


def since(tl: Timeline, today: date) -> date:
    """The day today's commune-level units began (the last reorganisation)."""
    units = [u for u in tl.valid_on(today) if u.kind in COMMUNE_KINDS]
    return max((u.valid_from for u in units if u.valid_from), default=PLAN_DAY)


def listed(t: Translator, tl: Timeline, today: date, kind: str) -> list[str]:
    """Name today's commune-level units of one kind ('' for every kind), by name."""
    units = [u for u in tl.valid_on(today) if u.kind in COMMUNE_KINDS and kind in ("", u.kind)]
    units.sort(key=lambda u: (u.kind != "phuong", u.name))
    start = since(tl, today)
    lines = [
        t._("Commune-level units today ({n}, since {day}):").format(
            n=len(units), day=day_text(start)
        )
    ]
    lines += [f"• {u.name}" for u in units]
    lines.append(t._("Source: resolution 1672/NQ-UBTVQH15 (units since 01/07/2025)."))
    return lines


def reply(t: Translator, tl: Timeline, today: date, listing: bool, kind: str) -> Reply:
    """Answer how many units there are today, or which (`kind`: the kind asked, '' for all)."""
    lines = listed(t, tl, today, kind) if listing else count(t, tl, today)
    return Reply("\n".join(lines), data={"today": today.isoformat(), "about": kind})
