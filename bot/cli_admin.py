"""Administrator commands: invite, users list|revoke, history, reminders."""

from __future__ import annotations

import argparse
from typing import TextIO

from bot import cli_today
from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers.access import role_label
from handlers.registration import describe_person
from handlers.reminders import run_schedule
from handlers.review import report_history
from handlers.schedule_admin import audience_label, when_label
from handlers.turn import Turn
from handlers.workflows import units_named
from store.db import connect
from store.migrate import schema_version
from store.people import ROLES, create_invite, get_person, list_people, revoke
from store.plan_import import load_bundled
from store.schedules import (
    AUDIENCES,
    Schedule,
    add_schedule,
    all_schedules,
    find_schedule,
    set_paused,
)
from vocab.messages import Incoming
from vocab.roles import Role


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the administrator commands to the ntm-bot parser."""
    i = sub.add_parser("invite", help="make a one-time registration code (printed last)")
    i.add_argument("--role", choices=ROLES, help="the new person's role (not with --person)")
    i.add_argument("--unit", help="unit code or name, e.g. 06490 or 'Nhân Lý' (not with --person)")
    i.add_argument("--days", type=int, default=7, help="days the code stays valid (default 7)")
    i.add_argument("--person", type=int, help="bind another app to this existing person id")
    i.add_argument("--org", default="", help="the department's name (role department)")
    u = sub.add_parser("users", help="list or revoke registered people")
    u.add_argument("action", choices=("list", "revoke", "remap"))
    u.add_argument("id", nargs="?", type=int, help="person id (revoke)")
    u.add_argument("--all", action="store_true", help="list revoked people too")
    u.add_argument("--dry-run", action="store_true", help="remap: report, change nothing")
    h = sub.add_parser("history", help="the report history of a commune")
    h.add_argument("unit", help="commune code or name")
    d = sub.add_parser("db", help="upgrade the database schema and load the bundled data")
    d.add_argument("action", choices=("upgrade",))
    r = sub.add_parser("reminders", help="list, add, pause, resume or run reminder schedules")
    r.add_argument("action", choices=("list", "add", "pause", "resume", "run-now"))
    r.add_argument("name", nargs="?", help="schedule name or id")
    r.add_argument("--audience", choices=AUDIENCES, help="who is reminded (add)")
    r.add_argument("--day", help="day of month: 1-31, 'last', or a cron day field (add)")
    r.add_argument("--hour", type=int, default=8, help="hour, local time (add; default 8)")
    r.add_argument("--minute", type=int, default=0)
    r.add_argument("--month", default="*", help="cron month field, e.g. 3,6,9,12 (add)")
    r.add_argument("--weekday", default="*", help="cron day of week, e.g. mon (add; --day '*')")
    r.add_argument("--units", default="", help="comma-separated unit codes (add; default all)")
    r.add_argument("--message", default="", help="an extra line before the reminder (add)")


def _turn(ctx: Ctx, language: str = "vi") -> Turn:
    incoming = Incoming("cli", "cli", "cli", "0", language=language)
    return Turn(incoming, ctx, ctx.i18n.get(language), {}, None, ctx.clock())


def _one_unit(ctx: Ctx, text: str, want: str, out: TextIO) -> str | None:
    places = units_named(ctx.gazetteer, text, want)
    today = cli_today.unit_of_today(ctx, text) if want != "district" else None
    if today is not None and not cli_today.named_exactly(places, text):
        return today  # a unit of today by its key, or by a name the plan's units lack
    if len(places) == 1:
        return places[0].code
    if not places:
        out.write(f"No unit matches {text!r}; give its official code (e.g. 06490) or name.\n")
    else:
        out.write(f"{text!r} matches several units; give the code:\n")
        out.writelines(f"  {p.code}  {p.name} ({p.parent_name or '-'})\n" for p in places)
    return None


async def invite(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Print a new invite code on the last line."""
    async with open_ctx(settings) as ctx:
        turn = _turn(ctx, "en")
        if args.person is not None:
            person = await get_person(ctx.db, args.person)
            if person is None or person.revoked:
                out.write(f"No active person #{args.person}.\n")
                return 1
            role, unit = person.role, person.unit_code
        elif not args.role or not args.unit:
            out.write("A new person's invite needs --role and --unit (or --person ID).\n")
            return 2
        else:
            role = args.role
            want = (
                "commune"
                if role == Role.XA_OFFICIAL
                else "district"
                if role == Role.DISTRICT_OFFICER
                else "any"
            )
            found = _one_unit(ctx, args.unit, want, out)
            if found is None:
                return 1
            unit = found
        if role == Role.DEPARTMENT and not args.org and args.person is None:
            out.write("A department invite needs --org, e.g. --org 'Sở Xây dựng'.\n")
            return 1
        code = await create_invite(
            ctx.db, role, unit, ctx.clock(), days=args.days, person_id=args.person, org=args.org
        )
        out.write(cli_today.district_note(ctx, role))
        out.write(
            f"Invite for a {role_label(turn.t, role)} of {turn.unit_name(unit)},"
            f" single use, valid {args.days} days. The person sends: /dangky {code}\n"
        )
        out.write(code + "\n")
    return 0


async def users(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """List people, or revoke one."""
    if args.action == "remap":
        return await cli_today.remap_users(settings, args, out)
    async with open_ctx(settings) as ctx:
        turn = _turn(ctx, "en")
        if args.action == "revoke":
            if args.id is None:
                out.write("Give the person id: ntm-bot users revoke ID\n")
                return 2
            target = await get_person(ctx.db, args.id)
            if target is None or not await revoke(ctx.db, args.id, "cli", ctx.clock()):
                out.write(f"No active person #{args.id}.\n")
                return 1
            out.write(f"Revoked #{target.id} {describe_person(turn, target)}.\n")
            return 0
        found = await list_people(ctx.db, include_revoked=args.all)
        for person, channels in found:
            revoked = " (revoked)" if person.revoked else ""
            out.write(f"#{person.id} {describe_person(turn, person)} [{channels}]{revoked}\n")
        out.write(f"{len(found)} people.\n")
    return 0


async def history(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Print a commune's report history."""
    async with open_ctx(settings) as ctx:
        unit = _one_unit(ctx, args.unit, "commune", out)
        if unit is None:
            return 1
        out.write((await report_history(_turn(ctx), unit)).text + "\n")
    return 0


async def reminders(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """Manage reminder schedules; a running bot picks changes up within a minute."""
    async with open_ctx(settings) as ctx:
        turn = _turn(ctx, "en")
        if args.action == "list":
            for s in await all_schedules(ctx.db):
                paused = " (paused)" if s.paused else ""
                units = f" units {','.join(s.units)}" if s.units else ""
                out.write(
                    f"#{s.id} {s.name}: {when_label(turn.t, s)} -> "
                    f"{audience_label(turn.t, s.audience)}{units}{paused}\n"
                )
            return 0
        if not args.name:
            out.write("Give the schedule's name: ntm-bot reminders ACTION NAME\n")
            return 2
        if args.action == "add":
            return await _add(ctx, args, out)
        schedule = await find_schedule(ctx.db, args.name)
        if schedule is None:
            out.write(f"No schedule {args.name!r}; see ntm-bot reminders list.\n")
            return 1
        if args.action == "run-now":
            queued = await run_schedule(ctx, schedule, ctx.clock(), manual=True)
            if queued is None:
                out.write(f"{schedule.name} already ran this minute; nothing queued again.\n")
            else:
                out.write(f"{schedule.name}: {queued} reminders queued for sending.\n")
            return 0
        await set_paused(ctx.db, schedule.id, args.action == "pause", ctx.clock())
        out.write(f"{schedule.name}: {'paused' if args.action == 'pause' else 'resumed'}.\n")
    return 0


async def _add(ctx: Ctx, args: argparse.Namespace, out: TextIO) -> int:
    if not args.audience or not args.day:
        out.write("A new schedule needs --audience and --day.\n")
        return 2
    units = tuple(u.strip() for u in args.units.split(",") if u.strip())
    unknown = [u for u in units if u not in ctx.gazetteer.places]
    if unknown:
        out.write(f"Unknown unit codes: {', '.join(unknown)}\n")
        return 1
    if await find_schedule(ctx.db, args.name) is not None:
        out.write(f"A schedule named {args.name!r} exists already.\n")
        return 1
    draft = Schedule(
        0,
        args.name,
        args.audience,
        args.month,
        args.day,
        args.hour,
        args.minute,
        units,
        "",
        False,
        args.weekday,
    )
    from bot.scheduler import trigger  # APScheduler only for this command (a fifth of start-up)

    try:
        trigger(draft, ctx.settings.timezone)
    except ValueError as exc:
        out.write(f"Not a valid schedule: {exc}\n")
        return 1
    schedule = await add_schedule(
        ctx.db,
        name=args.name,
        audience=args.audience,
        day=args.day,
        hour=args.hour,
        minute=args.minute,
        month=args.month,
        units=units,
        message=args.message,
        weekday=args.weekday,
        now=ctx.clock(),
    )
    when = when_label(ctx.i18n.get("en"), schedule)
    out.write(f"Added #{schedule.id} {schedule.name}: {when}.\n")
    return 0


async def database(settings: Settings, args: argparse.Namespace, stdout: TextIO) -> int:
    """Apply the migrations the database lacks and load the bundled data if it is missing.

    What `ntm-bot run` does on starting; safe while other processes start or run.
    """
    async with connect(settings.database) as db:
        loaded = await load_bundled(db)
        version = await schema_version(db)
    stdout.write(
        f"database schema version {version}; bundled data "
        + ("loaded now" if loaded else "already loaded")
        + "\n"
    )
    return 0
