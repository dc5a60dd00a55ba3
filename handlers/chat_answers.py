"""Greeting, help, and the fallback that suggests what can be asked."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.buttons import AskButton
from handlers.intents import Intent
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import Place

EXAMPLES = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "Bình quân tiêu chí huyện Tràng Định?",
    "tc 5 có bao nhiêu xã đạt",
    "Huyện nào cao nhất?",
    "Các xã biên giới",
    "Tổng vốn 2023",
)


def examples(t: Translator) -> str:
    """List example questions, one a line."""
    return "\n".join(f"• {e}" for e in EXAMPLES)


def greet(t: Translator) -> Reply:
    """Say hello and what the bot can do."""
    text = t._("Hello! I answer questions about Lạng Sơn's 2023 New Rural (NTM) plan.") + "\n"
    text += t._("For example:") + "\n" + examples(t)
    return Reply(text, data={})


def thanks(t: Translator) -> Reply:
    """Answer a thank-you."""
    return Reply(t._("You're welcome! Ask me anything about the 2023 NTM plan."), data={})


def help_reply(t: Translator, commands: list[str]) -> Reply:
    """Explain what can be asked, with examples and the commands (from the routing table)."""
    text = "\n".join(
        [
            t._("You can ask, with or without diacritics:"),
            examples(t),
            *commands,
            t._("Reporting progress: “tháng này xã nào chưa báo cáo?”"),
            t._(
                "All figures come from plan 18/KH-UBND (18/01/2023) unless a report says "
                "otherwise."
            ),
        ]
    )
    return Reply(text, data={}, intent="help")


def fallback(t: Translator, places: list[tuple[str, str]] | None = None) -> Reply:
    """Say the question was not understood and suggest what can be asked."""
    text = t._("Sorry, I did not understand. You can ask, for example:") + "\n" + examples(t)
    choices: tuple[Choice, ...] = ()
    for code, name in places or []:
        choices += (
            Choice(
                t._("Average of {district}").format(district=name),
                AskButton(Intent.AVERAGE, code).pack(),
            ),
        )
    return Reply(text, choices, data={})


def too_long(t: Translator, length: int) -> Reply:
    """Ask for a shorter question."""
    text = t._("Your message is {n} characters long; please ask one short question, e.g.:")
    return Reply(text.format(n=length) + "\n" + examples(t), data={"length": length})


def empty(t: Translator) -> Reply:
    """Answer an empty message."""
    return Reply(t._("Please type a question, for example:") + "\n" + examples(t), data={})


def command_menu(t: Translator, places: Iterable[Place], word: str) -> Reply:
    """Answer /xa, /huyen or /tieuchi sent without its argument: what to send, or buttons."""
    if word == "/tieuchi":
        return Reply(
            t._("Which criterion? Send /tieuchi NUMBER, e.g. /tieuchi 5."),
            (Choice(t._("List all criteria"), AskButton(Intent.CRITERION_INFO).pack()),),
        )
    if word == "/huyen":
        districts = [p for p in places if p.kind == "district"]
        return Reply(
            t._("Which district?"),
            tuple(Choice(p.name, AskButton(Intent.AVERAGE, p.code).pack()) for p in districts),
        )
    return Reply(t._("Which xã? Send /xa NAME, e.g. /xa Nhân Lý."))
