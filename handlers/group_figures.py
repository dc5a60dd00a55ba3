"""Questions over the xã of a programme group (appendices 1-5): bounds, two groups at once.

Each listed xã has its row in its appendix: the criteria met at the end of 2022 and those it aims
to complete in 2023. A bound is read on the criteria met or still lacking, in the period asked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from handlers.query import Filter, Period, Query
from handlers.replies import set_label, unit_label
from handlers.xa_answers import group_label
from store.plan import APPENDIX_OF_SET
from store.plan_import import PLAN, PROVINCE_CODE
from vocab.i18n import Translator
from vocab.messages import Reply
from vocab.places import Place

if TYPE_CHECKING:
    from handlers.context import Ctx

BOUNDS = ("below", "above", "at_least")  # the filter kinds that bound a figure by a number
GROUP_SETS = {"nang_cao_2023": "nang_cao", "kieu_mau_2023": "kieu_mau"}  # else the NTM set
APPENDIX_OF_GROUP = {
    "ntm_2023": 1,
    "nang_cao_2023": 2,
    "kieu_mau_2023": 3,
    "bien_gioi": 4,
    "dbkk": 5,
}


def within(f: Filter, n: float, bound: float | None = None) -> bool:
    """Tell whether a figure meets a bound ('dưới 8': n < 8), by the filter's number or the
    bound given; other filters admit all."""
    limit = f.value if bound is None else bound
    if limit is None or f.kind not in BOUNDS:
        return True
    if f.kind == "below":
        return n < limit
    return n > limit if f.kind == "above" else n >= limit


def is_bound(f: Filter | None) -> bool:
    """Tell whether a filter bounds the criteria of a xã by a number."""
    return f is not None and f.kind in BOUNDS and f.value is not None


@dataclass(frozen=True)
class XaRow:
    """A listed xã's figures in its appendix: criteria met at the end of 2022, aimed in 2023."""

    code: str
    appendix: int
    met: int
    planned: int
    size: int

    def value(self, q: Query) -> int:
        """The figure a question bounds: met (or lacking), at the end of 2022 or planned."""
        met = self.planned if planned(q) else self.met
        lacking = q.filter is not None and q.filter.on == "lacking"
        return self.size - met if lacking else met


def group_codes(ctx: Ctx, q: Query, district: str | None = None) -> list[str]:
    """The xã of the group asked (and of the second group, if any), in the plan's order."""
    codes = [c for c, _, _ in ctx.plan.group_members(q.group or "", district)]
    if q.also_group:
        both = {c for c, _, _ in ctx.plan.group_members(q.also_group, district)}
        codes = [c for c in codes if c in both]
    return codes


def group_rows(ctx: Ctx, q: Query, district: str | None = None) -> list[XaRow]:
    """The rows of a group's xã in the group's criteria set (those with a printed count)."""
    set_code = GROUP_SETS.get(q.group or "", "ntm")
    size = ctx.gazetteer.set_size(set_code)
    appendix = APPENDIX_OF_GROUP.get(q.group or "")
    rows = []
    for code in group_codes(ctx, q, district):
        entries = [e for e in ctx.plan.plan_entries(code) if e.set_code == set_code]
        entries.sort(key=lambda e: e.appendix != appendix)  # the group's own appendix first
        entry = entries[0] if entries else None
        if entry is None or entry.met_count is None:
            continue
        planned = min(size, entry.met_count + (entry.target_count or 0))
        rows.append(XaRow(code, entry.appendix, entry.met_count, planned, size))
    return rows


def planned(q: Query) -> bool:
    """Tell whether the figures asked are the 2023 plan's (met plus the 2023 targets)."""
    return q.period == Period.PLAN_2023


def group_title(t: Translator, q: Query, district: Place | None = None) -> str:
    """Name the xã asked: a group, the xã in two groups, within a district if given."""
    title = group_label(t, q.group or "")
    if q.also_group:
        title = t._("communes in both {first} and {second}").format(
            first=title, second=group_label(t, q.also_group)
        )
    return title + (" — " + district.name if district is not None else "")


def group_source(t: Translator, q: Query) -> str:
    """Name the appendices of the groups asked and the period read."""
    groups = (q.group or "", q.also_group or "")
    appendices = sorted({APPENDIX_OF_GROUP[g] for g in groups if g in APPENDIX_OF_GROUP})
    if planned(q):
        text = t._(
            "Source: {plan}, appendix {appendix}: criteria met at the end of 2022 plus the"
            " 2023 targets, per xã."
        )
    else:
        text = t._("Source: {plan}, appendix {appendix}: criteria met at the end of 2022, per xã.")
    return text.format(plan=PLAN, appendix=", ".join(map(str, appendices)) or "1-5")


def _bound_words(t: Translator, f: Filter) -> str:
    """Say a bound in words: 'fewer than 10 criteria met', 'still lacking more than 10'."""
    words = {
        "lacking": {
            "below": t._("still lacking fewer than {n} criteria"),
            "above": t._("still lacking more than {n} criteria"),
            "at_least": t._("still lacking at least {n} criteria"),
        },
        "share": {
            "below": t._("with fewer than {n} percent of the criteria met"),
            "above": t._("with more than {n} percent of the criteria met"),
            "at_least": t._("with at least {n} percent of the criteria met"),
        },
        "average": {
            "below": t._("below the province's average"),
            "above": t._("above the province's average"),
            "at_least": t._("at or above the province's average"),
        },
    }.get(f.on)
    if words is None:
        words = {
            "below": t._("with fewer than {n} criteria met"),
            "above": t._("with more than {n} criteria met"),
            "at_least": t._("with at least {n} criteria met"),
        }
    return words[f.kind].format(n=f.value)


def _measured(r: XaRow, q: Query) -> float:
    """A xã's figure as the bound reads it: a number of criteria, or their share in percent."""
    share = q.filter is not None and q.filter.on == "share"
    return 100 * r.value(q) / r.size if share else r.value(q)


def _province_average(q: Query, ctx: Ctx, t: Translator) -> tuple[float, str] | None:
    """The province's average a group's xã are compared with, and a line saying it: printed
    for the 2023 plan only (appendix 6 or 7), so each xã's 2023 plan is compared."""
    set_code = GROUP_SETS.get(q.group or "", "ntm")
    if set_code not in APPENDIX_OF_SET:
        return None
    avg = ctx.plan.average(set_code, PROVINCE_CODE).value
    if q.period == Period.END_2022:
        line = t._(
            "KH 18 prints the province's average for the 2023 plan only ({value} criteria per"
            " xã, appendix {appendix}), none for the end of 2022: each xã's 2023 plan is compared."
        )
    else:
        line = t._(
            "Province average, 2023 plan: {value} criteria per xã (appendix {appendix}); each"
            " xã's 2023 plan is compared."
        )
    return avg, line.format(value=t.dec(avg), appendix=APPENDIX_OF_SET[set_code])


def bounded(q: Query, ctx: Ctx, t: Translator, district: Place | None = None) -> Reply:
    """Count and list a group's xã within a bound on the criteria met or lacking, on their
    share of the set, or on the province's average."""
    f = q.filter
    assert f is not None
    title = group_title(t, q, district)
    rows = group_rows(ctx, q, district.code if district is not None else None)
    data: dict[str, object] = {"group": q.group, "also_group": q.also_group}
    if not rows:
        return Reply(t._("KH 18 lists no xã of {group}.").format(group=title), data=data)
    lines = []
    limit = None
    if f.on == "average":
        reference = _province_average(q, ctx, t)
        if reference is None:
            text = t._("KH 18 has no province average for {set}.").format(
                set=set_label(t, GROUP_SETS.get(q.group or "", "ntm"))
            )
            return Reply(text, data=data)
        limit, line = reference
        lines.append(line)
        q = replace(q, period=Period.PLAN_2023)
    elif planned(q) and all(r.planned >= r.size for r in rows):
        q = replace(q, period=Period.END_2022)  # 'xã về đích 2023': all aim at every criterion
    chosen = [r for r in rows if within(f, _measured(r, q), limit)]
    chosen.sort(key=lambda r: r.value(q) if f.kind == "below" else -r.value(q))
    if planned(q):
        head = t._("{group}: {count}/{n} xã {bound} if their 2023 targets are met ({share})")
    else:
        head = t._("{group}: {count}/{n} xã {bound} at the end of 2022 ({share})")
    share = t.pct(len(chosen), len(rows))
    bound = _bound_words(t, f)
    said = head.format(group=title, count=len(chosen), n=len(rows), bound=bound, share=share)
    lines.insert(0, said + (":" if chosen else "."))
    lines += [_row_line(ctx, t, r, q) for r in chosen]
    lines.append(group_source(t, q))
    data |= {
        "filter": [f.kind, f.value, f.on],
        "count": len(chosen),
        "of": len(rows),
        "xa": [r.code for r in chosen],
    }
    return Reply("\n".join(lines), data=data)


def both_groups(q: Query, ctx: Ctx, t: Translator, district: Place | None = None) -> Reply:
    """List the xã that are in two groups at once, with the criteria each has met."""
    rows = group_rows(ctx, q, district.code if district is not None else None)
    codes = group_codes(ctx, q, district.code if district is not None else None)
    lines = [
        t._("{title}: {count} xã").format(title=group_title(t, q, district), count=len(codes))
    ]
    by_code = {r.code: r for r in rows}
    for code in codes:
        row = by_code.get(code)
        lines.append(
            _row_line(ctx, t, row, q)
            if row is not None
            else f"• {unit_label(ctx.gazetteer.places[code])}"
        )
    if not codes:
        lines.append(t._("No xã is in both groups."))
    lines.append(group_source(t, q))
    return Reply(
        "\n".join(lines),
        data={"group": q.group, "also_group": q.also_group, "members": codes},
    )


def _row_line(ctx: Ctx, t: Translator, r: XaRow, q: Query) -> str:
    """One xã of a group with its figure: met (or lacking) of the set's criteria."""
    label = unit_label(ctx.gazetteer.places[r.code])
    if q.filter is not None and q.filter.on == "lacking":
        return "• " + t._("{xa}: lacking {n}/{size}").format(xa=label, n=r.value(q), size=r.size)
    return f"• {label}: {r.value(q)}/{r.size}"
