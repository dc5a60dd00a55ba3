"""Administrator commands: invite, users list|revoke, history."""

from __future__ import annotations

import argparse
from typing import TextIO

from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers.access import role_label
from handlers.messages import Incoming
from handlers.registration import describe_person
from handlers.review import report_history
from handlers.turn import Turn
from handlers.workflows import units_named
from store.people import ROLES, create_invite, get_person, list_people, revoke


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the administrator commands to the ntm-bot parser."""
    i = sub.add_parser("invite", help="make a one-time registration code (printed last)")
    i.add_argument("--role", required=True, choices=ROLES)
    i.add_argument("--unit", required=True, help="unit code or name, e.g. 06490 or 'Nhân Lý'")
    i.add_argument("--days", type=int, default=7, help="days the code stays valid (default 7)")
    i.add_argument("--person", type=int, help="bind another app to this existing person id")
    u = sub.add_parser("users", help="list or revoke registered people")
    u.add_argument("action", choices=("list", "revoke"))
    u.add_argument("id", nargs="?", type=int, help="person id (revoke)")
    u.add_argument("--all", action="store_true", help="list revoked people too")
    h = sub.add_parser("history", help="the report history of a commune")
    h.add_argument("unit", help="commune code or name")


def _turn(ctx: Ctx, language: str = "vi") -> Turn:
    incoming = Incoming("cli", "cli", "cli", "0", language=language)
    return Turn(incoming, ctx, ctx.i18n.get(language), {}, None, ctx.clock())


def _one_unit(ctx: Ctx, text: str, want: str, out: TextIO) -> str | None:
    places = units_named(ctx.gazetteer, text, want)
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
        else:
            role = args.role
            want = (
                "commune"
                if role == "xa_official"
                else "district"
                if role == "district_officer"
                else "any"
            )
            found = _one_unit(ctx, args.unit, want, out)
            if found is None:
                return 1
            unit = found
        code = await create_invite(
            ctx.db, role, unit, ctx.clock(), days=args.days, person_id=args.person
        )
        out.write(
            f"Invite for a {role_label(turn.t, role)} of {turn.unit_name(unit)},"
            f" single use, valid {args.days} days. The person sends: /dangky {code}\n"
        )
        out.write(code + "\n")
    return 0


async def users(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    """List people, or revoke one."""
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
