"""ntm-bot commands for today's Lạng Sơn: import-criteria, import-groups (and later remaps)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers.remap import remap
from handlers.update_2026 import REFORM
from store.criteria_import import find_today, import_criteria, import_groups, today_xa
from store.criteria_sets import SET_2026
from store.people import get_person
from store.people_in_time import all_assignments, assign_reviewer, unassign_reviewer
from store.plan_period import import_plan
from vocab.places import Place, bare_name
from vocab.roles import Role
from vocab.text import fold

Command = Callable[[Settings, argparse.Namespace, TextIO], Coroutine[Any, Any, int]]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the commands of this module to the ntm-bot parser."""
    c = sub.add_parser(
        "import-criteria",
        help="load a criteria set's indicators and targets per xã group (CSV or XLSX)",
    )
    c.add_argument("file", type=Path)
    c.add_argument("--set", default=SET_2026, help=f"criteria set (default {SET_2026})")
    c.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    g = sub.add_parser("import-groups", help="set each xã's group 1/2/3 (CSV or XLSX)")
    g.add_argument("file", type=Path)
    g.add_argument("--set", default=SET_2026, help=f"criteria set (default {SET_2026})")
    g.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    pl = sub.add_parser("import-plan", help="a plan for a year: each xã's target criteria")
    pl.add_argument("file", type=Path)
    pl.add_argument("--period", help="the plan's year, e.g. 2026 (else the period column)")
    pl.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    r = sub.add_parser("reviewers", help="assign reviewers to a xã of today (else: coordinators)")
    r.add_argument("action", choices=("assign", "remove", "list"))
    r.add_argument("--unit", help="a xã of today, by name or key (assign, remove)")
    r.add_argument("--person", type=int, help="a coordinator's or administrator's id")


async def criteria(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Load indicators and group targets (all rows or none) and print the report."""
    async with open_ctx(settings) as ctx:
        now = ctx.clock().isoformat(timespec="seconds")
        report = await import_criteria(
            ctx.db, args.file, dry_run=args.dry_run, now=now, set_code=args.set
        )
    stdout.write(report.describe() + "\n")
    return 0 if report.ok else 1


async def plan(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Load a plan for a period (all rows or none) and print the report."""
    async with open_ctx(settings) as ctx:
        report = await import_plan(
            ctx.db,
            args.file,
            ctx.timeline,
            dry_run=args.dry_run,
            now=ctx.clock().isoformat(timespec="seconds"),
            period=args.period,
        )
    stdout.write(report.describe() + "\n")
    return 0 if report.ok else 1


async def groups(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Set xã groups for today's xã (all rows or none) and print the report."""
    async with open_ctx(settings) as ctx:
        moment = ctx.clock()
        report = await import_groups(
            ctx.db,
            args.file,
            ctx.timeline,
            day=moment.astimezone(ZoneInfo(settings.timezone)).date(),
            dry_run=args.dry_run,
            now=moment.isoformat(timespec="seconds"),
            set_code=args.set,
        )
    stdout.write(report.describe() + "\n")
    return 0 if report.ok else 1


async def remap_users(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Move people of units that ceased onto today's units; report each and the unplaced."""
    async with open_ctx(settings) as ctx:
        moment = ctx.clock()
        day = moment.astimezone(ZoneInfo(settings.timezone)).date()
        at = moment.isoformat(timespec="seconds")
        _, text = await remap(ctx.db, ctx.timeline, day, at, dry_run=args.dry_run)
    stdout.write(text + "\n")
    return 0


def unit_of_today(ctx: Ctx, text: str) -> str | None:
    """A unit valid today named by its key ('06196@2025-07-01') or as the only xã of today
    with that name; None otherwise."""
    day = ctx.clock().astimezone(ZoneInfo(ctx.settings.timezone)).date()
    unit = ctx.timeline.units.get(text.strip())
    if unit is not None:
        return unit.key if unit.valid_on(day) else None
    found = find_today(ctx.timeline, today_xa(ctx.timeline, day), text)
    return found if isinstance(found, str) else None


def district_note(ctx: Ctx, role: str) -> str:
    """A line for a district officer's invite once districts ceased, else ''."""
    day = ctx.clock().astimezone(ZoneInfo(ctx.settings.timezone)).date()
    if role != Role.DISTRICT_OFFICER or day < REFORM:
        return ""
    return (
        "Note: districts ceased on 30/06/2025; a district officer reviews only reports of the"
        " plan's xã of that district (periods before July 2025). Reports of today's xã go to"
        " the coordinators or to reviewers assigned with `ntm-bot reviewers assign`.\n"
    )


def named_exactly(places: list[Place], text: str) -> bool:
    """Tell whether one of the plan's units found for a name has exactly that name."""
    typed = fold(bare_name(text.strip()))
    return any(fold(bare_name(p.name)) == typed for p in places)


REVIEWER_ROLES = (Role.PROVINCE_COORDINATOR, Role.ADMIN)


async def reviewers(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Assign, remove or list the reviewers of today's xã."""
    async with open_ctx(settings) as ctx:
        tl = ctx.timeline
        if args.action == "list":
            found = await all_assignments(ctx.db)
            stdout.writelines(
                f"{tl.units[u].name if u in tl.units else u}: #{p}\n" for u, p in found
            )
            stdout.write(f"{len(found)} assignments.\n")
            return 0
        moment = ctx.clock()
        day = moment.astimezone(ZoneInfo(settings.timezone)).date()
        unit = find_today(tl, today_xa(tl, day), args.unit or "")
        if not isinstance(unit, str):
            stdout.write(f"No single xã of today is called {args.unit!r}.\n")
            return 1
        person = await get_person(ctx.db, args.person or 0)
        if person is None or person.revoked or person.role not in REVIEWER_ROLES:
            stdout.write(f"#{args.person} is not an active coordinator or administrator.\n")
            return 1
        if args.action == "assign":
            done = await assign_reviewer(ctx.db, unit, person.id, moment.isoformat())
        else:
            done = await unassign_reviewer(ctx.db, unit, person.id)
        state = "done" if done else "nothing to change"
        stdout.write(f"{args.action} #{person.id} for {tl.units[unit].name}: {state}.\n")
    return 0


COMMANDS: dict[str, Command] = {
    "import-criteria": criteria,
    "import-groups": groups,
    "import-plan": plan,
    "reviewers": reviewers,
}
