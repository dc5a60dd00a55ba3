"""Numbered menus for channels without buttons: choices listed as 1., 2., ... and "2" picks one.

The menu last shown in a chat is kept in the database, so a number typed after a restart still
picks what the user saw.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import aiosqlite

from bot.answering import NOT_READ, Answerer, Kind
from bot.flood import Verdict
from handlers.buttons import AskButton, parse
from handlers.flows import is_step_button
from store.conversation import load_state
from store.menus import ShownMenu, load_menu, save_menu, shown_menu
from vocab.i18n import Translator
from vocab.messages import Choice, Incoming, Reply

# A number typed this soon after the bot pushed a new menu (a review card, a reminder) over
# another one may have been meant for the one before: it is asked again rather than acted on.
FRESH = timedelta(seconds=15)


def numbered(text: str, choices: Sequence[Choice], hint: str = "") -> str:
    """Return text followed by the choices numbered from 1 (and the hint, if any)."""
    lines = [text, *(f"  {i}. {c.label}" for i, c in enumerate(choices, start=1))]
    if hint and choices:
        lines.append(hint)
    return "\n".join(lines)


def reply_hint(t: Translator, count: int) -> str:
    """Tell the user how to pick from a menu of count choices."""
    if count == 1:
        return t._("Reply 1 to choose it.")
    return t._("Reply with a number from 1 to {n} to choose.").format(n=count)


def typed_number(text: str) -> int | None:
    """Return the number a message consists of ("2", " 2. ", "2)"), or None."""
    typed = text.strip().rstrip(".)").strip()
    return int(typed) if typed.isascii() and typed.isdigit() and len(typed) < 4 else None


def choose_again(t: Translator, choices: tuple[Choice, ...]) -> Reply:
    """Show a just-pushed menu again, saying that a number typed now was not acted on."""
    text = t._(
        "A new message has just arrived, so your number may have been meant for the list"
        " before it. Nothing was done; please choose again:"
    )
    return Reply(text, choices, intent="menu_again")


def pick(text: str, choices: Sequence[Choice]) -> Choice | None:
    """Return the choice a typed number names, or None."""
    number = typed_number(text)
    if number is None or not 1 <= number <= len(choices):
        return None
    return choices[number - 1]


def is_suggestion(data: str) -> bool:
    """Say whether a choice only suggests a further question (nothing waits for it)."""
    return isinstance(parse(data), AskButton)


class Menus:
    """The numbered menus of one channel, stored per chat."""

    def __init__(
        self, db: aiosqlite.Connection, channel: str, clock: Callable[[], datetime]
    ) -> None:
        self.db = db
        self.channel = channel
        self.clock = clock

    async def pick_or_ask(self, incoming: Incoming, t: Translator) -> Incoming | Reply:
        """Resolve a typed number (see resolve), or ask again if it would pick from a menu the
        bot pushed moments ago over another: the user may have been answering the one before
        (approving another report than the one they read)."""
        if incoming.button is None and typed_number(incoming.text) is not None:
            menu = await shown_menu(self.db, self.channel, incoming.chat_id)
            if menu and menu.replaced and pick(incoming.text, menu.choices) and self._fresh(menu):
                return choose_again(t, menu.choices)
        return await self.resolve(incoming)

    def _fresh(self, menu: ShownMenu) -> bool:
        """Say whether a menu was shown less than FRESH ago."""
        return self.clock() - datetime.fromisoformat(menu.shown_at) < FRESH

    async def resolve(self, incoming: Incoming) -> Incoming:
        """Turn a typed number that picks from the chat's menu into that choice's button."""
        if incoming.button is not None or typed_number(incoming.text) is None:
            return incoming
        choice = pick(incoming.text, await load_menu(self.db, self.channel, incoming.chat_id))
        if choice is None:
            return incoming
        return dataclasses.replace(incoming, text="", button=choice.data)

    async def answered(self, chat_id: str, replies: Sequence[Reply]) -> list[Reply]:
        """Remember the menu of the last reply to a user's message (none clears the old one);
        return the replies as they are to be shown.

        A reply saying the message was not read (a sticker, too fast, a failure) answers
        nothing, so the menu stays; so does the menu of a report's open step when a question
        asked in the middle of the report is answered: the step can still be picked by number,
        and the answer's own suggestions (further questions) are shown without numbers. A
        choice the answer needs (which of two units) still takes the numbers.
        """
        shown = list(replies)
        if not replies or all(reply.intent in NOT_READ for reply in replies):
            return shown
        choices = replies[-1].choices
        if all(is_suggestion(c.data) for c in choices) and await self._report_step_shown(chat_id):
            shown[-1] = dataclasses.replace(replies[-1], choices=())
            return shown  # a question asked in the middle of a report: its step is still open
        await self._save(chat_id, choices)
        return shown

    async def _report_step_shown(self, chat_id: str) -> bool:
        """Say whether the chat's menu is the open step of a report still in progress."""
        menu = await load_menu(self.db, self.channel, chat_id)
        if not menu or not all(is_step_button(c.data) for c in menu):
            return False
        return "flow" in await load_state(self.db, self.channel, chat_id)

    async def shown(self, chat_id: str, reply: Reply) -> None:
        """Remember the menu of a message the bot started; one without choices keeps the old."""
        if reply.choices:
            await self._save(chat_id, reply.choices, pushed=True)

    async def started(self, chat_id: str, reply: Reply) -> Reply:
        """Return a message the bot starts as it is to be shown, its menu remembered.

        In the middle of a report its choices are left out (the text says what to send
        instead): a reminder's "1" must not replace the report's open step, whose "1" the
        user may be about to type.
        """
        if reply.choices and await self._report_step_shown(chat_id):
            return dataclasses.replace(reply, choices=())
        await self.shown(chat_id, reply)
        return reply

    async def _save(
        self, chat_id: str, choices: tuple[Choice, ...], *, pushed: bool = False
    ) -> None:
        now = self.clock().isoformat(timespec="seconds")
        await save_menu(self.db, self.channel, chat_id, choices, now, pushed=pushed)


async def answer_picking(
    menus: Menus,
    answerer: Answerer,
    incoming: Incoming,
    t: Translator,
    kind: Kind,
    key: str,
    what: str,
    verdict: Verdict,
) -> list[Reply]:
    """Answer a message on a channel with numbered menus (see Answerer.answer for the rest):
    a typed number picks from the chat's menu, or is asked again if the bot pushed that menu
    over another moments ago."""
    if verdict is Verdict.ALLOW:  # otherwise the message is not read: nothing to pick
        picked = await menus.pick_or_ask(incoming, t)
        if isinstance(picked, Reply):
            return [picked]
        incoming = picked
    return await answerer.answer(incoming, kind, key, what, verdict)
