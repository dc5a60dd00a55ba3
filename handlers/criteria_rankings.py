"""Rankings of criteria: by the xã planned to meet them in 2023 (a district or the province),
bounded by a count or a share, or by the xã section I.2 adds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.group_figures import is_bound, within
from handlers.plan_answers import figure_set
from handlers.query import Filter, Query, Rank
from handlers.replies import plan_source
from store.plan import APPENDIX_OF_SET, CriterionCount
from store.plan_import import PLAN, PROVINCE_CODE
from vocab.i18n import Translator
from vocab.messages import Reply

if TYPE_CHECKING:
    from handlers.context import Ctx


def rank_criteria(q: Query, ctx: Ctx, t: Translator, district: str | None) -> Reply:
    """Rank the criteria by the xã planned to meet them in 2023, in a district or the province."""
    r = q.rank
    assert r is not None
    set_code = figure_set(q)
    unit = district or PROVINCE_CODE
    place = ctx.gazetteer.places[unit]
    names = ctx.gazetteer.criteria_of(set_code)
    counts = [(ctx.plan.criterion_count(set_code, n, unit), n) for n in names]
    if r.by == "increase":
        return _rank_criteria_by_increase(t, r, place.name, names, counts)
    every = len(counts)
    if q.filter is not None and is_bound(q.filter):
        counts = [(c, n) for c, n in counts if within(q.filter, _count_or_share(q, c))]
    counts.sort(
        key=lambda cn: (cn[0].planned, cn[1]) if r.order == "min" else (-cn[0].planned, cn[1])
    )
    shown = counts[: r.limit or len(counts)]
    head = t._("Criteria with the fewest xã planned to meet them (2023 plan), {unit}:")
    if r.order == "max":
        head = t._("Criteria with the most xã planned to meet them (2023 plan), {unit}:")
    lines = [head.format(unit=place.name)]
    if q.filter is not None and is_bound(q.filter):
        lines.append(_criteria_bound(t, q.filter, len(counts), every))
    lines += [
        f"{i}. {n}. {names[n]}: {c.planned}/{c.of_total} ({t.pct(c.planned, c.of_total)})"
        for i, (c, n) in enumerate(shown, 1)
    ]
    lines.append(plan_source(t, APPENDIX_OF_SET[set_code]))
    return Reply(
        "\n".join(lines),
        data={"order": r.order, "criteria": [{"n": n, "count": c.planned} for c, n in shown]},
    )


def _count_or_share(q: Query, c: CriterionCount) -> float:
    """A criterion's figure a bound is read on: the xã meeting it, or their share in percent."""
    share = q.filter is not None and q.filter.on == "share"
    return 100 * c.planned / (c.of_total or 1) if share else float(c.planned)


def _criteria_bound(t: Translator, f: Filter, n: int, every: int) -> str:
    """Say the bound the criteria were chosen by ('dưới 50% xã đạt') and how many passed."""
    if f.on == "share":
        words = {
            "below": t._("met by fewer than {value} percent of the xã"),
            "above": t._("met by more than {value} percent of the xã"),
            "at_least": t._("met by at least {value} percent of the xã"),
        }
    else:
        words = {
            "below": t._("met by fewer than {value} xã"),
            "above": t._("met by more than {value} xã"),
            "at_least": t._("met by at least {value} xã"),
        }
    said = words[f.kind].format(value=f.value)
    return t._("Criteria {bound} (2023 plan): {n} of {all}.").format(bound=said, n=n, all=every)


def _rank_criteria_by_increase(
    t: Translator,
    r: Rank,
    unit: str,
    names: dict[int, str],
    counts: list[tuple[CriterionCount, int]],
) -> Reply:
    """Rank the criteria by the xã the plan adds in 2023 (section I.2 states it for the
    province's NTM criteria only); the criteria it states no addition for are named."""
    known = [(c, n) for c, n in counts if c.added is not None]
    if not known:
        text = t._(
            "KH 18 states the xã added per criterion in 2023 only for the province's NTM"
            " criteria (section I.2)."
        )
        return Reply(text, data={"order": r.order, "criteria": []})
    known.sort(key=lambda cn: ((cn[0].added or 0) * (1 if r.order == "min" else -1), cn[1]))
    head = t._("Criteria by xã added in 2023 (2023 plan against the end of 2022), {unit}:")
    lines = [head.format(unit=unit)]
    lines += [
        t._("{i}. {n}. {name}: +{added} xã, to {planned}/{of}").format(
            i=i, n=n, name=names[n], added=c.added, planned=c.planned, of=c.of_total
        )
        for i, (c, n) in enumerate(known[: r.limit or len(known)], 1)
    ]
    unstated = [str(n) for c, n in counts if c.added is None]
    if unstated:
        lines.append(
            t._("KH 18 states no addition for criteria {numbers}.").format(
                numbers=", ".join(unstated)
            )
        )
    lines.append(t._("Source: plan {plan}, section I.2.").format(plan=PLAN))
    shown = known[: r.limit or len(known)]
    return Reply(
        "\n".join(lines),
        data={"order": r.order, "criteria": [{"n": n, "added": c.added} for c, n in shown]},
    )
