"""The console transport: a local chat through the same handlers, choices as a numbered list."""

from __future__ import annotations

import asyncio
import logging
from typing import TextIO

from bot.config import Settings
from bot.context import open_ctx
from handlers.messages import Choice, Incoming, Reply
from handlers.router import handle

log = logging.getLogger(__name__)
QUIT_WORDS = {"thoat", "thoát", "quit", "exit", "/quit"}


def render(reply: Reply) -> str:
    """Render a reply as plain text with its choices numbered."""
    lines = [reply.text]
    lines += [f"  {i}. {c.label}" for i, c in enumerate(reply.choices, start=1)]
    return "\n".join(lines)


def to_incoming(line: str, choices: tuple[Choice, ...], number: int) -> Incoming:
    """Turn a typed line into a message, or a button press when it picks a listed choice."""
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return Incoming(
            "console", "console", "console", str(number), button=choices[int(text) - 1].data
        )
    return Incoming("console", "console", "console", str(number), text)


async def chat(settings: Settings, stdin: TextIO, stdout: TextIO) -> int:
    """Read questions line by line and print the answers until end of input."""
    loop = asyncio.get_running_loop()
    async with open_ctx(settings) as ctx:
        choices: tuple[Choice, ...] = ()
        number = 0
        while True:
            stdout.write("> ")
            stdout.flush()
            line = await loop.run_in_executor(None, stdin.readline)
            if not line or line.strip().casefold() in QUIT_WORDS:
                stdout.write("\n")
                return 0
            number += 1
            try:
                replies = await handle(to_incoming(line, choices, number), ctx)
            except Exception:
                log.exception("console: failed to answer %r", line[:200])
                replies = [
                    Reply(ctx.i18n.get(None)._("Sorry, something went wrong; please try again."))
                ]
            for reply in replies:
                stdout.write(render(reply) + "\n")
            choices = replies[-1].choices if replies else ()
