"""Answers about one xã: what it lacks, what it has met, its overview."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from handlers.buttons import AskButton
from handlers.intents import Intent
from handlers.query import Query
from handlers.replies import (
    criteria_lines,
    flag_note,
    numbers_text,
    set_label,
    unit_label,
)
from store.plan_import import PLAN
from store.status import PlanEntry, StatusItem, current_status
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import Place, bare_name

if TYPE_CHECKING:
    from handlers.context import Ctx

GROUP_KEYS = ("ntm_2023", "nang_cao_2023", "kieu_mau_2023", "bien_gioi", "dbkk")


def group_label(t: Translator, group: str) -> str:
    """Name a programme group in the reader's language."""
    labels = {
        "ntm_2023": t._("communes aiming to meet the NTM standard in 2023 (appendix 1)"),
        "nang_cao_2023": t._("communes aiming for advanced NTM in 2023 (appendix 2)"),
        "kieu_mau_2023": t._("communes registered for model NTM in 2023 (appendix 3)"),
        "bien_gioi": t._("the 20 border communes (appendix 4)"),
        "dbkk": t._("the 10 especially disadvantaged communes (appendix 5)"),
    }
    return labels.get(group, group)


def _status_source(t: Translator, items: list[StatusItem]) -> str:
    """Name where the status comes from: the plan, then any later import or reviewed report."""
    plan = [i for i in items if i.source_kind == "plan"]
    lines = []
    if plan:
        lines.append(
            t._("Source: status at the end of 2022 as printed in {source}.").format(
                source=plan[0].source
            )
        )
    for item in sorted((i for i in items if i.source_kind != "plan"), key=lambda i: i.criterion):
        if item.source_kind == "report":
            text = t._(
                "Criterion {n}: from field report {source}, reviewed and approved, as of {as_of}."
            )
        else:
            text = t._("Criterion {n}: reported status as of {as_of} ({source}).")
        lines.append(text.format(n=item.criterion, source=item.source, as_of=item.as_of))
    return "\n".join(lines)


def _unknown_line(t: Translator, items: list[StatusItem], names: dict[int, str]) -> str:
    """Say which criteria have no recorded status (a xã known only through reports)."""
    known = {i.criterion for i in items}
    unknown = [n for n in sorted(names) if n not in known]
    if not unknown:
        return ""
    return "\n" + t._("No status recorded for criteria: {numbers}.").format(
        numbers=numbers_text(unknown)
    )


def entry_for(entries: list[PlanEntry], set_code: str) -> PlanEntry | None:
    """A xã's plan entry for one criteria set, if the plan lists it."""
    return next((e for e in entries if e.set_code == set_code), None)


def target_text(entry: PlanEntry) -> str:
    """The criteria a plan entry aims at in 2023, as printed ('2, 6, 11.15')."""
    return numbers_text(item for item, _ in entry.targets)


def _flags_text(t: Translator, entries: list[PlanEntry]) -> str:
    notes = [flag_note(t, f) for e in entries for f in e.flags]
    if not notes:
        return ""
    return "\n" + t._("Note: {notes}.").format(notes="; ".join(dict.fromkeys(notes)))


def _footer(
    t: Translator, items: list[StatusItem], entries: list[PlanEntry], set_code: str
) -> str:
    """End a status answer with its source and the plan's flags for that set."""
    flags = _flags_text(t, [e for e in entries if e.set_code == set_code])
    return "\n" + _status_source(t, items) + flags


def _no_data(t: Translator, place: Place, set_code: str) -> Reply:
    text = t._(
        "The 2023 plan does not list {set} criterion by criterion for {unit}: only the "
        "communes of appendices 1-5 have that detail, and no report has been recorded yet."
    ).format(set=set_label(t, set_code), unit=unit_label(place))
    choices: tuple[Choice, ...] = ()
    if place.parent_code and place.parent_name:
        text += "\n" + t._("You can ask for the district's average instead.")
        choices = (
            Choice(
                t._("Average of {district}").format(district=place.parent_name),
                AskButton(Intent.AVERAGE, place.parent_code or "").pack(),
            ),
        )
    return Reply(text, choices, data={"unit": _unit_data(place), "set": set_code})


def _unit_data(place: Place) -> dict[str, str | None]:
    return {"code": place.code, "name": place.name, "district": place.parent_name}


async def lacking(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """List the criteria a xã has not met yet, with its 2023 targets and the source."""
    set_code = q.cset or "ntm"
    items = await current_status(ctx.db, place.code, set_code)
    if not items:
        return _no_data(t, place, set_code)
    names = ctx.gazetteer.criteria_of(set_code)
    missing = [i.criterion for i in items if not i.met]
    entries = ctx.plan.plan_entries(place.code)
    lines = []
    if q.criterion is not None:
        met = q.criterion not in missing
        template = (
            t._("{unit} has met criterion {n} ({name}).")
            if met
            else t._("{unit} has not met criterion {n} ({name}) yet.")
        )
        lines.append(
            template.format(
                unit=unit_label(place), n=q.criterion, name=names.get(q.criterion, "?")
            )
        )
    if missing:
        lines.append(
            t._("{unit} still lacks {count}/{total} {set}:").format(
                unit=unit_label(place),
                count=len(missing),
                total=len(names),
                set=set_label(t, set_code),
            )
        )
        lines.append(criteria_lines(missing, names))
    else:
        lines.append(
            t._("{unit} has met all {total} {set}.").format(
                unit=unit_label(place), total=len(items), set=set_label(t, set_code)
            )
            if len(items) == len(names)
            else t._("{unit} has no criterion recorded as not met.").format(unit=unit_label(place))
        )
    entry = entry_for(entries, set_code)
    if entry is not None and entry.targets:
        lines.append(
            t._("2023 plan: aims to complete {count} criteria: {numbers}.").format(
                count=entry.target_count if entry.target_count is not None else len(entry.targets),
                numbers=target_text(entry),
            )
        )
    text = "\n".join(lines) + _unknown_line(t, items, names) + _footer(t, items, entries, set_code)
    return Reply(
        text,
        data={
            "unit": _unit_data(place),
            "set": set_code,
            "lacking": missing,
            "met": [i.criterion for i in items if i.met],
            "targets": [n for _, n in entry.targets if n is not None] if entry else [],
            "as_of": max(i.as_of for i in items),
        },
    )


async def met(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """List the criteria a xã has met, and how many."""
    set_code = q.cset or "ntm"
    items = await current_status(ctx.db, place.code, set_code)
    if not items:
        return _no_data(t, place, set_code)
    if q.criterion is not None:
        return await lacking(q, ctx, t, place)
    names = ctx.gazetteer.criteria_of(set_code)
    done = [i.criterion for i in items if i.met]
    if q.filter is not None and q.filter.kind == "standard" and len(done) < len(names):
        reply = await lacking(q, ctx, t, place)  # 'đạt chuẩn chưa': no, and what it lacks
        verdict = t._("Not yet: {unit} has met {count}/{total} {set}.").format(
            unit=unit_label(place), count=len(done), total=len(names), set=set_label(t, set_code)
        )
        return replace(reply, text=f"{verdict}\n{reply.text}")
    entries = ctx.plan.plan_entries(place.code)
    lines = [
        t._("{unit} has met {count}/{total} {set}:").format(
            unit=unit_label(place), count=len(done), total=len(names), set=set_label(t, set_code)
        ),
        criteria_lines(done, names) if done else "—",
    ]
    text = "\n".join(lines) + _unknown_line(t, items, names) + _footer(t, items, entries, set_code)
    return Reply(
        text,
        data={
            "unit": _unit_data(place),
            "set": set_code,
            "met": done,
            "count": len(done),
            "total": len(items),
        },
    )


async def overview(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Summarise a xã: district, programme groups, status per set, 2023 targets."""
    lines = [unit_label(place)]
    groups = ctx.plan.groups_of(place.code)
    for group in groups:
        lines.append("• " + group_label(t, group))
    entries = ctx.plan.plan_entries(place.code)
    sets_seen: list[str] = []
    for entry in entries:
        if entry.set_code in sets_seen:
            continue
        sets_seen.append(entry.set_code)
        items = await current_status(ctx.db, place.code, entry.set_code)
        done = sum(1 for i in items if i.met)
        lines.append(
            t._("{set}: {met}/{total} met; 2023 targets: {targets}.").format(
                set=set_label(t, entry.set_code),
                met=done,
                total=len(items),
                targets=target_text(entry) or "—",
            )
        )
    if not entries:
        lines.append(t._("The 2023 plan names this unit in none of its appendices 1-5."))
    else:
        lines.append(
            t._("Source: plan {plan}, appendices {list}.").format(
                plan=PLAN, list=numbers_text(e.appendix for e in entries)
            )
        )
    text = "\n".join(lines) + _flags_text(t, entries)
    choices: tuple[Choice, ...] = (
        (Choice(t._("Criteria still lacking"), AskButton(Intent.XA_LACKING, place.code).pack()),)
        if entries
        else ()
    )
    if place.parent_code and place.parent_name:
        choices += (
            Choice(
                t._("Average of {district}").format(district=bare_name(place.parent_name)),
                AskButton(Intent.AVERAGE, place.parent_code or "").pack(),
            ),
        )
    return Reply(
        text,
        choices,
        data={
            "unit": _unit_data(place),
            "groups": groups,
            "appendices": [e.appendix for e in entries],
        },
    )
