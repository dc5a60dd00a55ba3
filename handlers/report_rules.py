"""How reporting works, said from the rules the bot applies: periods, due days, the lock,
the reminder schedules stored, and the commands."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from handlers.periods import LOCK_DAYS, period_of
from handlers.report_how import topic_line
from handlers.schedule_admin import when_label
from handlers.today import today_of
from store.schedules import all_schedules
from vocab.i18n import Translator, day_text
from vocab.messages import Reply

if TYPE_CHECKING:
    from handlers.context import Ctx

XA_REMINDERS = "xa_due"  # the audience of the reminders xã get before their report is due


async def answer(ctx: Ctx, t: Translator, topic: str | None = None) -> Reply:
    """Say when reports are due, until when they are taken and corrected, when reminders go
    out (the schedules stored now) and which commands report; dates of the current period;
    and a line on what the question is about (`topic`: registering, approval, …)."""
    today = today_of(ctx, ctx.clock())
    month, quarter = period_of("monthly", today), period_of("quarterly", today)
    last_day = month.locks - timedelta(days=1)
    lines = [
        t._("How reporting works:"),
        t._(
            "• Xã report every month with /baocao; it is due on the month's last day"
            " ({period}: {due})."
        ).format(period=month.label(t), due=day_text(month.due)),
        t._(
            "• Late reports and corrections (send /baocao again) are taken until {days} days"
            " after the due day ({period}: until {last}); then the period is locked."
        ).format(days=LOCK_DAYS, period=month.label(t), last=day_text(last_day)),
        t._(
            "• The monthly report: progress on this year's targets, a note and files; you"
            " confirm it before it is recorded."
        ),
        t._("• Departments report every quarter ({period}: due {due}).").format(
            period=quarter.label(t), due=day_text(quarter.due)
        ),
    ]
    schedules = [s for s in await all_schedules(ctx.db) if s.audience == XA_REMINDERS]
    running = [s for s in schedules if not s.paused]
    if running:
        when = "; ".join(when_label(t, s) for s in running)
        lines.append(
            t._("• Reminders to xã that have not reported: {when} (Vietnam time).").format(
                when=when
            )
        )
    else:
        lines.append(t._("• No reminder schedule for xã is running now."))
    lines += [
        t._("• Your own reminders off or on: /nhacnho tat, /nhacnho bat."),
        t._(
            "• A criterion met: /capnhat, with a photo or file as evidence; it counts once a"
            " reviewer approves it."
        ),
    ]
    about = topic_line(t, topic)
    lines += [f"• {about}"] if about else []
    return Reply(
        "\n".join(lines),
        data={
            "period": month.code,
            "due": month.due.isoformat(),
            "last_day": last_day.isoformat(),
            "reminders": [s.name for s in running],
        },
    )
