"""How to report, by the asker's role, with what the question is about: registering, who
approves, where a report is sent, evidence, which command; figures from the rules applied."""

from __future__ import annotations

from handlers.registration import FAILURE_WINDOW, MAX_FAILURES
from store.people import INVITE_DAYS
from vocab.i18n import Translator
from vocab.messages import Reply
from vocab.roles import Role


def _by_role(t: Translator, role: str | None) -> str:
    """How the asker reports, by role."""
    if role == Role.XA_OFFICIAL:
        text = t._(
            "To report a criterion your xã has met, send /capnhat (or type e.g. 'tiêu chí 2 đã"
            " đạt'); for the monthly progress report send /baocao."
        )
    elif role in (Role.DISTRICT_OFFICER, Role.PROVINCE_COORDINATOR, Role.ADMIN):
        text = t._(
            "Xã officials report with /capnhat (a criterion met) and /baocao (monthly report);"
            " you review their reports with /choduyet."
        )
    elif role == Role.DEPARTMENT:
        text = t._("Send your quarterly report with /baocao.")
    else:
        text = t._(
            "Only registered officials can report: ask your administrator for a code and send"
            " /dangky CODE; then /capnhat (a criterion met) and /baocao (monthly report)."
        )
    return text


def topic_line(t: Translator, topic: str | None) -> str | None:
    """One line on what a question about reporting is about, or None."""
    if topic == "register":
        return t._(
            "Registering: ask your district or the province for a code and send /dangky CODE."
            " A code is for one person, works once and is valid {days} days; after {n} wrong"
            " codes in {minutes} minutes the bot stops checking for a while."
        ).format(days=INVITE_DAYS, n=MAX_FAILURES, minutes=FAILURE_WINDOW.seconds // 60)
    if topic == "approve":
        return t._(
            "A report counts once it is approved: by the reviewers the province assigned to the"
            " xã, else the xã's district officers, else the province coordinators (there are no"
            " districts since 01/07/2025). Reviewers see what waits with /choduyet."
        )
    if topic == "channel":
        return t._(
            "Reports are sent to the bot, in this chat (Telegram or Zalo): /baocao for the"
            " monthly report, /capnhat for a criterion met; the bot passes them to the reviewers."
        )
    if topic == "evidence":
        return t._(
            "/capnhat asks for a photo or a file as evidence; a monthly report (/baocao) may"
            " carry files too."
        )
    if topic == "commands":
        return t._(
            "/capnhat: one criterion now met (or no longer met), with evidence, reviewed on its"
            " own. /baocao: the month's progress on this year's targets, due on the month's last"
            " day."
        )
    return None


def answer(t: Translator, role: str | None, topic: str | None) -> Reply:
    """Say how to report, by the asker's role, and what the question is about."""
    line = topic_line(t, topic)
    text = _by_role(t, role) if line is None else f"{_by_role(t, role)}\n{line}"
    return Reply(text, data={"role": role, "topic": topic})
