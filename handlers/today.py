"""Answers about today's units: what became of an old unit, what a new one is made of, how many
there are, and the criteria history of a new xã's predecessors; one line on today for the plan.

Every answer names its dates and its source (the resolutions behind the successions); figures
come from the bundled rosters and the stored status, never made up for a new unit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from handlers import criteria_2026, today_count, today_status, xa_answers
from handlers.buttons import ButtonData, TodayButton
from handlers.query import Query, asked_criteria
from handlers.today_words import TodayKind, TodayQuestion, asks_now, read, speaks_of_time
from handlers.turn import Turn
from store.status import current_status
from store.timeline import PLAN_DAY, Succession, TimedUnit, Timeline
from vocab.i18n import Translator, day_text
from vocab.messages import Choice, Reply
from vocab.places import COMMUNE_KINDS

if TYPE_CHECKING:
    from handlers.context import Ctx

HISTORY_SET = "ntm"
HISTORY_SET_SIZE = 19


def today_of(ctx: Ctx, now: datetime) -> date:
    """Return the date of a moment where the province is."""
    return now.astimezone(ZoneInfo(ctx.settings.timezone)).date()


def _share(t: Translator, share: str) -> str:
    labels = {"whole": t._("whole"), "part": t._("part"), "rest": t._("the rest")}
    return labels[share]


def label(tl: Timeline, unit: TimedUnit) -> str:
    """Name a unit with its district (before July 2025) or its dates (a unit of today)."""
    parent = tl.units.get(unit.parent_key or "")
    if parent is not None and parent.kind == "district":
        return f"{unit.name} ({parent.name})"
    return unit.name


def _dates(t: Translator, unit: TimedUnit) -> str:
    if unit.valid_to is None:
        return t._("since {day}").format(day=day_text(unit.valid_from or PLAN_DAY))
    return t._("until {day}").format(day=day_text(unit.valid_to))


def destinations(tl: Timeline, key: str, today: date) -> list[tuple[str, str]]:
    """Follow a unit's successions to the units valid today: (key, share) pairs."""
    found: list[tuple[str, str]] = []
    todo = [(key, "whole")]
    while todo:
        current, share = todo.pop(0)
        went = tl.went_to(current)
        if not went or tl.units[current].valid_on(today):
            found.append((current, share))
            continue
        for step in went:
            todo.append((step.to_key, share if step.share == "whole" else step.share))
    return found


def _step_line(t: Translator, tl: Timeline, step: Succession) -> str:
    text = t._("{day}: {unit} → {into} ({share}; {source})")
    return text.format(
        day=day_text(step.effective),
        share=_share(t, step.share),
        unit=label(tl, tl.units[step.from_key]),
        into=label(tl, tl.units[step.to_key]),
        source=step.source.split(" (")[0],
    )


def former_district_units(tl: Timeline, key: str, day: date) -> list[str]:
    """The units valid on a day that a district's units went to, by key (no districts since
    July 2025)."""
    communes = [u.key for u in tl.units.values() if u.parent_key == key]
    return sorted({k for c in communes for k, _ in destinations(tl, c, day)})


def _district_today(t: Translator, tl: Timeline, key: str, today: date) -> list[str]:
    unit = tl.units[key]
    ends = former_district_units(tl, key, today)
    lines = [
        t._("{unit} no longer exists ({dates}): there is no district level any more.").format(
            unit=unit.name, dates=_dates(t, unit)
        )
    ]
    lines.append(t._("Its communes are today in {n} units:").format(n=len(ends)))
    lines += [f"• {tl.units[k].name}" for k in ends]
    return lines


def _became(t: Translator, tl: Timeline, key: str, today: date) -> list[str]:
    unit = tl.units[key]
    if unit.kind == "district":
        return _district_today(t, tl, key, today)
    if unit.valid_on(today):
        return [
            t._("{unit} is a unit of today ({dates}).").format(
                unit=label(tl, unit), dates=_dates(t, unit)
            )
        ]
    lines = [
        t._("{unit} no longer exists ({dates}):").format(
            unit=label(tl, unit), dates=_dates(t, unit)
        )
    ]
    todo = [key]
    while todo:
        current = todo.pop(0)
        for step in tl.went_to(current):
            lines.append("• " + _step_line(t, tl, step))
            if not tl.units[step.to_key].valid_on(today):
                todo.append(step.to_key)
    lines.append(now_line(t, tl, key, today))
    return lines + _merged_with(t, tl, key, today)


def _merged_with(t: Translator, tl: Timeline, key: str, today: date) -> list[str]:
    """One line: the 2023 units an old unit shares its unit of today with ('sáp nhập với')."""
    ends = {k for k, _ in destinations(tl, key, today)}
    others = sorted({k for end in ends for k, _ in plan_units(tl, end)} - {key})
    if not others:
        return []
    names = ", ".join(label(tl, tl.units[k]) for k in others)
    return [t._("Merged with: {names}.").format(names=names)]


def now_line(t: Translator, tl: Timeline, key: str, today: date) -> str:
    """One line: where an old unit is today (split units name every piece)."""
    ends = destinations(tl, key, today)
    if len(ends) == 1:
        into = tl.units[ends[0][0]]
        return t._("Today: in {into} (since {day}).").format(
            into=into.name, day=day_text(into.valid_from or PLAN_DAY)
        )
    pieces = ", ".join(f"{_share(t, share)} → {tl.units[k].name}" for k, share in ends)
    return t._("Today: split ({pieces}).").format(pieces=pieces)


def _made_of(t: Translator, tl: Timeline, key: str, today: date) -> list[str]:
    unit = tl.units[key]
    if unit.kind == "district":
        return _district_today(t, tl, key, today)
    steps = tl.came_from(key)
    if not steps:
        return [
            t._("{unit} ({dates}) was not formed from other units.").format(
                unit=label(tl, unit), dates=_dates(t, unit)
            )
        ]
    lines = [
        t._("{unit} ({dates}) was formed from {n} units:").format(
            unit=label(tl, unit), dates=_dates(t, unit), n=len(steps)
        )
    ]
    for step in steps:
        share = "" if step.share == "whole" else f" ({_share(t, step.share)})"
        lines.append(f"• {label(tl, tl.units[step.from_key])}{share}")
        for earlier in tl.came_from(step.from_key):  # a merger before this one (December 2024)
            before = tl.units[earlier.from_key]
            if before.name == tl.units[step.from_key].name:
                text = t._("code {code} until {day}").format(
                    code=before.gso_code, day=day_text(before.valid_to or PLAN_DAY)
                )
                lines.append(f"  – {text}")
                continue
            text = t._("since {day} it includes {unit} ({share})").format(
                day=day_text(earlier.effective),
                unit=label(tl, tl.units[earlier.from_key]),
                share=_share(t, earlier.share),
            )
            lines.append(f"  – {text}")
    lines.append(t._("Source: {source}.").format(source=steps[0].source))
    return lines


def plan_units(tl: Timeline, key: str) -> list[tuple[str, str]]:
    """The 2023 units a unit was formed from, through every merger: (key, share) pairs."""
    found: list[tuple[str, str]] = []
    todo = [(key, "whole")]
    seen = set()
    while todo:
        current, share = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        unit = tl.units[current]
        if unit.valid_on(PLAN_DAY) and current != key:
            found.append((current, share))
        for step in tl.came_from(current):
            todo.append((step.from_key, step.share if step.share != "whole" else share))
    return sorted(found)


async def _history(t: Translator, ctx: Ctx, key: str) -> list[str]:
    tl = ctx.timeline
    unit = tl.units[key]
    lines = [
        t._(
            "{unit} ({dates}) has no status of its own yet. The history of the units it was"
            " formed from, as the 2023 plan records them (not a figure for {unit}):"
        ).format(unit=unit.name, dates=_dates(t, unit))
    ]
    for old_key, share in plan_units(tl, key):
        old = tl.units[old_key]
        items = await current_status(ctx.db, old_key, HISTORY_SET)
        part = "" if share == "whole" else f" ({_share(t, share)})"
        if not items:
            text = t._("the 2023 plan lists no criteria status for it")
            lines.append(f"• {label(tl, old)}{part}: {text}")
            continue
        met = [i.criterion for i in items if i.met]
        lacking = [str(i.criterion) for i in items if not i.met]
        as_of = day_text(date.fromisoformat(max(i.as_of for i in items)[:10]))
        text = t._("{met}/{size} criteria met as of {as_of}; lacking: {lacking}").format(
            met=len(met), size=HISTORY_SET_SIZE, as_of=as_of, lacking=", ".join(lacking) or "—"
        )
        entry = xa_answers.entry_for(ctx.plan.plan_entries(old_key), HISTORY_SET)
        if entry is not None and entry.targets:  # what the 2023 plan had it aim at
            aims = t._("2023 plan aims: {numbers}").format(numbers=xa_answers.target_text(entry))
            text = f"{text}; {aims}"
        lines.append(f"• {label(tl, old)}{part}: {text}")
    lines.append(
        t._("The old units' figures are not added up: {unit} is a new unit.").format(
            unit=unit.name
        )
    )
    return lines


def _ask(t: Translator, tl: Timeline, q: TodayQuestion) -> Reply:
    units = [tl.units[k] for k in q.keys]
    text = t._('"{name}" names several units; which one do you mean?').format(name=q.name)
    choices = tuple(
        Choice(f"{label(tl, u)}, {_dates(t, u)}", TodayButton(q.kind.value, u.key).pack())
        for u in units
    )
    return Reply(text, choices, data={"candidates": [u.key for u in units]})


async def _reply(q: TodayQuestion, ctx: Ctx, t: Translator, today: date) -> Reply:
    tl = ctx.timeline
    if q.kind in (TodayKind.COUNT, TodayKind.LIST):
        return today_count.reply(t, tl, today, q.kind == TodayKind.LIST, q.about)
    if q.kind == TodayKind.WHERE and len(q.keys) > 1:
        return _ask(t, tl, q)
    if q.kind == TodayKind.AVERAGE:
        return Reply("\n".join(await today_status.average_now(ctx, t, today)), data={})
    if q.kind == TodayKind.COVERAGE:
        return Reply("\n".join(await today_status.coverage_now(ctx, t, today)), data={})
    if q.kind == TodayKind.NEW_SET:
        return await criteria_2026.new_set(ctx, t, q.criterion, today, q.about)
    if q.kind == TodayKind.GROUP:
        return await criteria_2026.xa_group(ctx, t, q.keys[0])
    blocks = []
    for key in q.keys:
        if q.kind == TodayKind.MADE_OF:
            blocks.append(_made_of(t, tl, key, today))
        elif q.kind == TodayKind.HISTORY:
            own = await today_status.own_status(ctx, t, key)
            lines = own if own is not None else await _history(t, ctx, key)
            blocks.append(lines + await today_status.plan_lines(ctx, t, key))
        else:
            blocks.append(_became(t, tl, key, today))
    text = "\n\n".join("\n".join(lines) for lines in blocks)
    now = _spoken_of(q, tl, today)
    return Reply(text, data={"units": list(q.keys), "now": now, "today": today.isoformat()})


def _spoken_of(q: TodayQuestion, tl: Timeline, today: date) -> list[str]:
    """The units of today an answer spoke of: for a unit that became another, the units it is
    in today ('xã đó' after it), else the units asked."""
    if q.kind != TodayKind.BECAME:
        return list(q.keys)
    return [k for key in q.keys for k, _ in destinations(tl, key, today)]


def for_the_plan(text: str, q: Query) -> bool:
    """Tell a question the plan answers: it names 2023 units exactly and no word of time."""
    mentions = [m for m in q.mentions if m.places]  # not 'tính' (no 'tỉnh'), a name of nothing
    named = bool(mentions) and all(m.exact for m in mentions) and q.unknown_name is None
    return named and not speaks_of_time(text)


async def answer(
    turn: Turn, text: str, q: Query, pointed: tuple[str, ...] = ()
) -> list[Reply] | None:
    """Answer a question about units in time, or None when it is a question for the plan
    (`q`: the question as the plan's parser read it; `pointed`: the unit 'xã đó' means)."""
    if for_the_plan(text, q):
        return None
    today = today_of(turn.ctx, turn.now)
    pointed = pointed or (q.units if q.repaired and len(q.units) == 1 else ())  # 'Tus Mijch'
    asked = read(text, turn.ctx.timeline, today, pointed, asked_criteria(turn.state, q))
    return None if asked is None else await reply_to(turn, asked)


async def reply_to(turn: Turn, asked: TodayQuestion) -> list[Reply]:
    """Answer a question about units in time, as read."""
    reply = await _reply(asked, turn.ctx, turn.t, today_of(turn.ctx, turn.now))
    return [replace(reply, intent=f"today_{asked.kind.value}")]


async def button(turn: Turn, data: ButtonData) -> list[Reply]:
    """Answer a unit picked among the periods a name fits."""
    if (
        not isinstance(data, TodayButton)
        or data.key not in turn.ctx.timeline.units
        or data.kind not in TodayKind._value2member_map_
    ):
        return [Reply(turn.t._("That choice has expired; please ask again."))]
    kind = TodayKind(data.kind)
    kind = TodayKind.BECAME if kind == TodayKind.WHERE else kind
    today = today_of(turn.ctx, turn.now)
    reply = await _reply(TodayQuestion(kind, "", (data.key,)), turn.ctx, turn.t, today)
    return [replace(reply, intent=f"today_{kind.value}")]


# Figures of many units (counts, shares, averages, lists, rankings): asked 'now', the plan's
# answer is followed by what is known of today's units.
_FIGURES_OF_MANY = frozenset(("count", "share", "average", "list", "rank"))


async def after_plan(replies: list[Reply], turn: Turn, text: str, q: Query) -> list[Reply]:
    """Add to the plan's answer what today changes: a 2023 commune's unit of today, or, under
    figures of many units asked 'now', how many of today's xã have status of their own."""
    replies = with_today_line(replies, turn)
    if q.measure.value not in _FIGURES_OF_MANY or not asks_now(text) or len(replies) != 1:
        return replies
    day = today_of(turn.ctx, turn.now)
    coverage = (await today_status.coverage_now(turn.ctx, turn.t, day))[0]
    since = day_text(today_count.since(turn.ctx.timeline, day))
    note = turn.t._("Today's units (since {day}): {coverage}").format(day=since, coverage=coverage)
    return [replace(replies[0], text=f"{replies[0].text}\n{note}")]


def with_today_line(replies: list[Reply], turn: Turn) -> list[Reply]:
    """Add one line on what a 2023 commune is today to an answer about it."""
    tl, t, today = turn.ctx.timeline, turn.t, today_of(turn.ctx, turn.now)
    out = []
    for reply in replies:
        unit = reply.data.get("unit") if isinstance(reply.data, dict) else None
        code = unit.get("code") if isinstance(unit, dict) else unit
        old = tl.units.get(code) if isinstance(code, str) else None
        if old is None or old.kind not in COMMUNE_KINDS or old.valid_on(today):
            out.append(reply)
            continue
        line = now_line(t, tl, old.key, today)
        out.append(replace(reply, text=f"{reply.text}\n{line}"))
    return out
