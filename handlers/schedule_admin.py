"""Reminder schedules for coordinators (/lich) and each person's own switch (/nhacnho)."""

from __future__ import annotations

from handlers.access import Action, allowed
from handlers.registration import forbidden
from handlers.reminders import run_schedule
from handlers.turn import Turn
from store.people import DIGEST_ROLES, Person, set_digest, set_reminders
from store.schedules import Schedule, all_schedules, find_schedule, set_paused
from vocab.i18n import Translator
from vocab.messages import Reply
from vocab.text import fold


def audience_label(t: Translator, audience: str) -> str:
    """Say in words who a schedule reminds."""
    labels = {
        "xa_due": t._("communes that have not reported this month"),
        "district_late": t._("district officers: their communes that are late"),
        "province_table": t._("province coordinators: the completeness table"),
        "department_due": t._("departments that have not reported this quarter"),
        "weekly_digest": t._("district officers and coordinators: the week's digest"),
    }
    return labels.get(audience, audience)


def when_label(t: Translator, schedule: Schedule) -> str:
    """Say in words when a schedule fires."""
    if schedule.weekday != "*":
        return t._("every {weekday}, {hour:02d}:{minute:02d}").format(
            weekday=weekday_label(t, schedule.weekday),
            hour=schedule.hour,
            minute=schedule.minute,
        )
    day = (
        t._("the last day")
        if schedule.day == "last"
        else t._("day {day}").format(day=schedule.day)
    )
    months = (
        t._("of every month")
        if schedule.month == "*"
        else t._("of months {months}").format(months=schedule.month)
    )
    return f"{day} {months}, {schedule.hour:02d}:{schedule.minute:02d}"


def weekday_label(t: Translator, weekday: str) -> str:
    """'thứ Hai' for 'mon'; other cron fields as they are."""
    names = {
        "mon": t._("Monday"),
        "tue": t._("Tuesday"),
        "wed": t._("Wednesday"),
        "thu": t._("Thursday"),
        "fri": t._("Friday"),
        "sat": t._("Saturday"),
        "sun": t._("Sunday"),
    }
    return names.get(weekday, weekday)


def schedule_line(turn: Turn, schedule: Schedule) -> str:
    """One line per schedule: name, when, who, paused."""
    paused = " " + turn.t._("(paused)") if schedule.paused else ""
    who = audience_label(turn.t, schedule.audience)
    return f"• {schedule.name}: {when_label(turn.t, schedule)} → {who}{paused}"


async def schedules(turn: Turn, argument: str) -> Reply:
    """Handle '/lich [tamdung|tieptuc|chay NAME]'."""
    t = turn.t
    if not allowed(turn.person, Action.MANAGE_PEOPLE):
        return forbidden(turn)
    verb, _, name = argument.strip().partition(" ")
    if not verb:
        found = await all_schedules(turn.ctx.db)
        lines = [t._("Reminder schedules (Vietnam time):")] + [
            schedule_line(turn, s) for s in found
        ]
        lines.append(
            t._(
                "Pause, resume or run one now: /lich tamdung NAME, /lich tieptuc NAME,"
                " /lich chay NAME"
            )
        )
        return Reply(
            "\n".join(lines), intent="schedules", data={"schedules": [s.name for s in found]}
        )
    schedule = await find_schedule(turn.ctx.db, name.strip())
    if schedule is None or verb not in ("tamdung", "tieptuc", "chay"):
        return Reply(
            t._("No such schedule or action. Send /lich to see the list."), intent="schedules"
        )
    if verb == "chay":
        queued = await run_schedule(turn.ctx, schedule, turn.now, manual=True)
        return Reply(
            t._("Ran {name} now: {n} reminders queued.").format(name=schedule.name, n=queued or 0),
            intent="schedule_ran",
            data={"queued": queued or 0},
        )
    await set_paused(turn.ctx.db, schedule.id, verb == "tamdung", turn.now)
    text = t._("Paused {name}.") if verb == "tamdung" else t._("Resumed {name}.")
    return Reply(text.format(name=schedule.name), intent="schedule_paused")


async def my_reminders(turn: Turn, argument: str) -> Reply:
    """Handle '/nhacnho bat|tat': a person turns their reminders on or off."""
    t, person = turn.t, turn.person
    if person is None:
        return forbidden(turn)
    word = argument.strip().lower()
    verb, _, what = word.partition(" ")
    if fold(what).replace(" ", "") in ("tonghop", "digest"):
        return await _my_digest(turn, person, verb)
    if word in ("tat", "tắt", "off"):
        await set_reminders(turn.ctx.db, person.id, False)
        return Reply(
            t._("Reminders are off for you. Send /nhacnho bat to turn them back on."),
            intent="reminders_off",
        )
    if word in ("bat", "bật", "on"):
        await set_reminders(turn.ctx.db, person.id, True)
        return Reply(t._("Reminders are on for you."), intent="reminders_on")
    state = t._("on") if person.reminders else t._("off")
    text = t._("Your reminders are {state}. Send /nhacnho tat or /nhacnho bat.").format(
        state=state
    )
    if person.role in DIGEST_ROLES:
        digest = t._("on") if person.digest else t._("off")
        text += "\n" + t._(
            "The weekly digest is {state}: /nhacnho tat tonghop or /nhacnho bat tonghop."
        ).format(state=digest)
    return Reply(text, intent="reminders")


async def _my_digest(turn: Turn, person: Person, verb: str) -> Reply:
    """Turn a person's weekly digest on or off ('/nhacnho tat tonghop')."""
    t = turn.t
    if fold(verb) not in ("tat", "bat", "on", "off"):
        return Reply(t._("Send /nhacnho tat tonghop or /nhacnho bat tonghop."), intent="reminders")
    on = fold(verb) in ("bat", "on")
    await set_digest(turn.ctx.db, person.id, on)
    if on:
        return Reply(t._("The weekly digest is on for you."), intent="digest_on")
    return Reply(
        t._("The weekly digest is off for you. Send /nhacnho bat tonghop to turn it back on."),
        intent="digest_off",
    )
