"""Registration by one-time invite code, and managing registered people (/nguoidung, /thuhoi)."""

from __future__ import annotations

import re
from datetime import timedelta

from handlers.access import Action, allowed, role_label
from handlers.buttons import PeopleButton
from handlers.turn import Turn
from store.people import Person, Redeemed, get_person, list_people, recent_failures, redeem, revoke
from vocab.clean import clean_line
from vocab.messages import Choice, Reply
from vocab.roles import Role
from vocab.text import fold

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES = 5  # refused codes per account in the window before we stop checking


# A registration code as the bot makes them ('ABCDE-FGHJK', store.people.new_code), typed
# beside 'đăng ký' or 'mã' in a message instead of after /dangky.
_CODE = re.compile(r"\b([A-Za-z0-9]{5}-[A-Za-z0-9]{5})\b")
_CODE_WORDS = ("dang ky", "dangky", "ma ", "register", "code")


def code_in(text: str) -> str | None:
    """Return the registration code a typed message gives ('đăng ký ABCDE-FGHJK'), if any."""
    match = _CODE.search(text)
    if match is None or not any(word in fold(text) for word in _CODE_WORDS):
        return None
    return match.group(1).upper()


def describe_person(turn: Turn, person: Person) -> str:
    """'Nguyễn Văn A, commune official of Xã Nhân Lý (Huyện Văn Lãng)'."""
    who = clean_line(person.name) or turn.t._("(no name)")  # names stored before cleaning
    return turn.t._("{name}, {role} of {unit}").format(
        name=who, role=role_label(turn.t, person.role), unit=turn.unit_name(person.unit_code)
    )


def what_you_can_do(turn: Turn, person: Person) -> str:
    """List the commands a role uses."""
    t = turn.t
    lines = [t._("Ask questions as before, e.g. “xã Nhân Lý còn thiếu tiêu chí nào?”")]
    if person.role == Role.XA_OFFICIAL:
        lines.append(t._("/capnhat: report that a criterion is now met (or no longer met)"))
    if allowed(person, Action.PENDING):
        lines.append(t._("/choduyet: reports waiting for your review"))
    lines.append(t._("/lichsu NAME: the report history of a commune"))
    if allowed(person, Action.MANAGE_PEOPLE):
        lines.append(t._("/nguoidung: registered people; /thuhoi ID: revoke one"))
    return "\n".join(f"• {line}" for line in lines)


async def register(turn: Turn, argument: str) -> Reply:
    """Handle '/dangky CODE'."""
    t, incoming = turn.t, turn.incoming
    code = argument.strip()
    if not code:
        if turn.person is not None:
            text = t._("You are registered as {who}.").format(
                who=describe_person(turn, turn.person)
            )
            return Reply(text + "\n" + what_you_can_do(turn, turn.person), intent="register")
        return Reply(
            t._(
                "To register, send /dangky followed by the code your district or the province"
                " gave you, e.g. /dangky ABCDE-FGHJK."
            ),
            intent="register",
        )
    since = turn.now - FAILURE_WINDOW
    failures = await recent_failures(turn.ctx.db, incoming.channel, incoming.user_id, since)
    if failures >= MAX_FAILURES:
        return Reply(
            t._(
                "Too many wrong codes. Please wait 15 minutes, then try again with the code"
                " exactly as you received it."
            ),
            intent="register_refused",
            data={"reason": "slowed"},
        )
    outcome, person = await redeem(
        turn.ctx.db,
        code,
        channel=incoming.channel,
        user_id=incoming.user_id,
        chat_id=incoming.chat_id,
        language=incoming.language,
        name=clean_line(incoming.user_name),
        now=turn.now,
    )
    if outcome is Redeemed.OK and person is not None:
        turn.person = person
        text = t._("Welcome! You are registered as {who}.").format(
            who=describe_person(turn, person)
        )
        return Reply(
            text + "\n" + what_you_can_do(turn, person),
            intent="registered",
            data={"person": person.id, "role": person.role, "unit": person.unit_code},
        )
    return Reply(
        _refusal(turn, outcome, person), intent="register_refused", data={"reason": outcome.value}
    )


def _refusal(turn: Turn, outcome: Redeemed, current: Person | None) -> str:
    t = turn.t
    if outcome is Redeemed.ALREADY and current is not None:
        return t._(
            "This account is already registered as {who}. To change it, ask an administrator"
            " to revoke the current registration first."
        ).format(who=describe_person(turn, current))
    reasons = {
        Redeemed.UNKNOWN: t._("This code is not valid. Please check it and send: /dangky CODE."),
        Redeemed.USED: t._("This code has already been used. Please ask for a new one."),
        Redeemed.EXPIRED: t._("This code has expired. Please ask for a new one."),
        Redeemed.REVOKED: t._("This code was cancelled. Please ask for a new one."),
    }
    return reasons.get(outcome, reasons[Redeemed.UNKNOWN])


async def people(turn: Turn) -> Reply:
    """Handle '/nguoidung': list registered people, for coordinators and administrators."""
    t = turn.t
    if not allowed(turn.person, Action.MANAGE_PEOPLE):
        return forbidden(turn)
    found = await list_people(turn.ctx.db)
    if not found:
        return Reply(t._("No one is registered yet."), intent="people")
    lines = [t._("Registered people ({n}):").format(n=len(found))]
    lines += [f"#{p.id} {describe_person(turn, p)} [{channels}]" for p, channels in found]
    lines.append(t._("To revoke someone: /thuhoi ID"))
    return Reply("\n".join(lines), intent="people", data={"people": [p.id for p, _ in found]})


async def ask_revoke(turn: Turn, argument: str) -> Reply:
    """Handle '/thuhoi ID': ask for confirmation first."""
    t = turn.t
    if not allowed(turn.person, Action.MANAGE_PEOPLE):
        return forbidden(turn)
    digits = argument.strip().lstrip("#")
    target = await get_person(turn.ctx.db, int(digits)) if digits.isdigit() else None
    if target is None or target.revoked:
        return Reply(
            t._("No active registration with that number. Send /nguoidung to see the list."),
            intent="revoke",
        )
    return Reply(
        t._(
            "Revoke the registration of #{id} {who}? They keep their history but can no longer"
            " report or review."
        ).format(id=target.id, who=describe_person(turn, target)),
        (
            Choice(t._("Revoke"), PeopleButton("revoke", str(target.id)).pack()),
            Choice(t._("Keep"), PeopleButton("keep").pack()),
        ),
        intent="revoke_confirm",
    )


async def on_button(turn: Turn, action: str, value: str) -> Reply:
    """Handle the revoke confirmation buttons."""
    t = turn.t
    if not allowed(turn.person, Action.MANAGE_PEOPLE) or turn.person is None:
        return forbidden(turn)
    if action == "revoke" and value.isdigit():
        target = await get_person(turn.ctx.db, int(value))
        by = f"person #{turn.person.id}"
        if target is not None and await revoke(turn.ctx.db, target.id, by, turn.now):
            return Reply(
                t._("Revoked: #{id} {who}.").format(
                    id=target.id, who=describe_person(turn, target)
                ),
                intent="revoked",
            )
        return Reply(t._("That registration was already revoked."), intent="revoked")
    return Reply(t._("Nothing was changed."), intent="revoke_kept")


def forbidden(turn: Turn) -> Reply:
    """Refuse an action the person may not do, saying how to get the right."""
    t = turn.t
    if turn.person is None:
        text = t._(
            "Only registered officials can do this. If you are one, send /dangky with the code"
            " your district or the province gave you. Anyone can ask questions."
        )
    else:
        text = t._("As {who}, you cannot do this. Nothing was changed.").format(
            who=describe_person(turn, turn.person)
        )
    return Reply(text, intent="forbidden")
