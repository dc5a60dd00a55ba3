"""Exports and charts on the command line: `ntm-bot export|chart KIND ... -o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from bot.cli_admin import _one_unit
from bot.config import Settings
from bot.context import open_ctx
from handlers.export_files import format_of, write_export
from handlers.export_kinds import NoData, Request, build
from handlers.export_tables import CHART_KINDS, KINDS, STATES, Span, parse_span
from store.plan_import import PROVINCE_CODE


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `export` and `chart` to the ntm-bot parser."""
    e = sub.add_parser("export", help="export a table as .xlsx, .csv or .json (from -o)")
    e.add_argument("kind", choices=KINDS)
    e.add_argument("--unit", help="unit code or name (default: the province)")
    e.add_argument("--period", help="YYYY-MM, YYYY-QN or YYYY (default: this month)")
    e.add_argument("--state", choices=STATES, default="all", help="review state (reports)")
    e.add_argument("-o", "--output", required=True, type=Path, help="FILE.xlsx|.csv|.json")
    c = sub.add_parser("chart", help="draw a chart as PNG (its caption is printed)")
    c.add_argument("kind", choices=CHART_KINDS)
    c.add_argument("--unit", help="unit code or name (default: the province)")
    c.add_argument("--period", help="YYYY-MM, YYYY-QN or YYYY (completeness: the last month)")
    c.add_argument("-o", "--output", required=True, type=Path, help="FILE.png")


def _period(text: str | None, out: TextIO) -> tuple[bool, Span | None]:
    """Read --period (absent: None); say so and return False when it cannot be read."""
    if not text:
        return True, None
    try:
        return True, parse_span(text)
    except ValueError:
        out.write(f"Unknown period {text!r}: use YYYY-MM, YYYY-QN or YYYY.\n")
        return False, None


async def export(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Write one export to a file; say what was written, or why nothing was."""
    try:
        fmt = format_of(args.output)
    except ValueError:
        out.write("The output file must end in .xlsx, .csv or .json.\n")
        return 2
    readable, span = _period(args.period, out)
    if not readable:
        return 2
    async with open_ctx(settings) as ctx:
        unit = _one_unit(ctx, args.unit, "any", out) if args.unit else PROVINCE_CODE
        if unit is None:
            return 2
        t = ctx.i18n.get(settings.locale)
        try:
            made = await build(
                ctx, t, Request(args.kind, unit, span, args.state), None, ctx.clock()
            )
        except NoData:
            out.write("Nothing to export: no data for this unit and period.\n")
            return 1
        partial = args.output.with_name(args.output.name + ".part")
        with partial.open("wb") as f:
            await write_export(made.export, fmt, f, t)
        partial.replace(args.output)
    out.write(f"Wrote {args.output} ({made.size} rows, {fmt}).\n")
    return 0


async def chart(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Draw one chart into a PNG file and print its caption."""
    from handlers import charts  # matplotlib only for this command

    if args.output.suffix.lower() != ".png":
        out.write("The output file must end in .png.\n")
        return 2
    readable, span = _period(args.period, out)
    if not readable:
        return 2
    async with open_ctx(settings) as ctx:
        code = _one_unit(ctx, args.unit, "any", out) if args.unit else PROVINCE_CODE
        if code is None:
            return 2
        t = ctx.i18n.get(settings.locale)
        try:
            drawn = await charts.make_chart(
                ctx, t, args.kind, ctx.gazetteer.places[code], span, ctx.clock()
            )
        except NoData:
            out.write("Nothing to draw: no data for this unit and period.\n")
            return 1
    args.output.write_bytes(drawn.png)
    out.write(drawn.caption + "\n")
    return 0
