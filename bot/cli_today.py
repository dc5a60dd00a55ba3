"""ntm-bot commands for today's Lạng Sơn: import-criteria, import-groups (and later remaps)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.context import open_ctx
from store.criteria_import import import_criteria, import_groups
from store.criteria_sets import SET_2026

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


async def criteria(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Load indicators and group targets (all rows or none) and print the report."""
    async with open_ctx(settings) as ctx:
        now = ctx.clock().isoformat(timespec="seconds")
        report = await import_criteria(
            ctx.db, args.file, dry_run=args.dry_run, now=now, set_code=args.set
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


COMMANDS: dict[str, Command] = {"import-criteria": criteria, "import-groups": groups}
