"""Answers about the 2026-2030 xã set: its criteria, a criterion's indicators and targets per
xã group, and a xã's group; what is not loaded yet is said, never made up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from store.criteria_sets import (
    INDICATORS_2026,
    SET_2026,
    SOURCE_2026,
    Indicator,
    criteria_of,
    facts_2026,
    group_of,
    groups_count,
    indicators_of,
)
from vocab.i18n import Translator
from vocab.messages import Reply

if TYPE_CHECKING:
    from handlers.context import Ctx

IN_FORCE = "15/02/2026"


def target_text(t: Translator, indicator: Indicator, group: int | None) -> str:
    """An indicator's target for a group, or its three targets when the group is not known."""
    if group is not None:
        return t._("group {g}: {target}").format(g=group, target=indicator.targets.get(group, "?"))
    return "; ".join(
        t._("group {g}: {target}").format(g=g, target=indicator.targets.get(g, "?"))
        for g in (1, 2, 3)
    )


def _facts(t: Translator, about: str) -> list[str]:
    """What is known of the xã groups or of the tier above the standard, with its source."""
    facts = facts_2026()
    if about == "groups":
        lines = [t._("The xã groups (each criterion has targets per group):")]
        lines += [
            t._("• Group {g}: {text}").format(g=g, text=facts[f"group_{g}"].text)
            for g in (1, 2, 3)
        ]
        lines.append(t._("Source: {source}.").format(source=facts["group_1"].source))
        return lines
    if about == "tiers":
        tier = facts["higher_tier"]
        return [
            t._(
                "No separate advanced (nâng cao) or model (kiểu mẫu) set is issued for"
                " 2026-2030; the tier above the standard is the pilot of {tier}."
            ).format(tier=tier.text),
            t._("Source: {source}.").format(source=tier.source),
        ]
    return []


async def new_set(
    ctx: Ctx, t: Translator, criterion: int | None, today: date, about: str = ""
) -> Reply:
    """The 2026-2030 set's criteria (or one criterion's indicators), with what is not loaded;
    what is known of the xã groups or the higher tier when asked (`about`)."""
    reply = await _new_set(ctx, t, criterion, today)
    extra = _facts(t, about)
    return replace(reply, text="\n".join([*extra, reply.text])) if extra else reply


async def _new_set(ctx: Ctx, t: Translator, criterion: int | None, today: date) -> Reply:
    criteria = dict(await criteria_of(ctx.db, SET_2026))
    indicators = await indicators_of(ctx.db, SET_2026)
    head = t._("The national xã NTM criteria 2026-2030 ({source}, in force from {day}):").format(
        source=SOURCE_2026, day=IN_FORCE
    )
    if criterion is not None and criterion in criteria:
        lines = [head, f"{criterion}. {criteria[criterion]}"]
        mine = [i for i in indicators if i.criterion == criterion]
        lines += [f"• {i.code} {i.name}: {target_text(t, i, None)}" for i in mine]
        if not mine:
            lines.append(
                t._(
                    "Not loaded yet: the indicators of criterion {n} and their targets per xã"
                    " group (load them with ntm-bot import-criteria)."
                ).format(n=criterion)
            )
        return Reply("\n".join(lines), data={"set": SET_2026, "criterion": criterion})
    lines = [head] + [f"{n}. {name}" for n, name in sorted(criteria.items())]
    lines.append(
        t._("Indicators loaded: {n}/{total}.").format(n=len(indicators), total=INDICATORS_2026)
    )
    if len(indicators) < INDICATORS_2026:
        lines.append(
            t._(
                "Not loaded yet: the remaining indicators and their targets for xã groups 1, 2"
                " and 3 (load them with ntm-bot import-criteria)."
            )
        )
    xa = sum(1 for u in ctx.timeline.valid_on(today) if u.kind == "xa")
    lines.append(
        t._("Xã with a group: {n}/{total}.").format(
            n=await groups_count(ctx.db, SET_2026), total=xa
        )
    )
    return Reply("\n".join(lines), data={"set": SET_2026, "indicators": len(indicators)})


async def xa_group(ctx: Ctx, t: Translator, key: str) -> Reply:
    """A xã's group under the 2026-2030 set, or that none is loaded."""
    unit = ctx.timeline.units[key]
    group = await group_of(ctx.db, key, SET_2026)
    if group is None:
        text = t._(
            "{unit}: no xã group loaded yet for the 2026-2030 set (ntm-bot import-groups)."
        ).format(unit=unit.name)
    else:
        text = t._("{unit}: xã group {g} under the 2026-2030 set.").format(unit=unit.name, g=group)
    return Reply(text, data={"unit": key, "set": SET_2026, "group": group})
