"""The console transport: a local chat through the same handlers, choices as a numbered list."""

from __future__ import annotations

import asyncio
import logging
from typing import TextIO

from bot.answering import apology
from bot.config import Settings
from bot.context import open_ctx
from bot.menu import Menus, numbered
from handlers.routing import handle
from vocab.messages import Incoming, Reply

log = logging.getLogger(__name__)
QUIT_WORDS = {"thoat", "thoát", "quit", "exit", "/quit"}
CHANNEL = CHAT = "console"


def render(reply: Reply) -> str:
    """Render a reply as plain text with its choices numbered (a file by name and size)."""
    text = reply.text
    if reply.attachment is not None:
        text += f"\n[{reply.attachment.filename}, {len(reply.attachment.data)} bytes]"
    return numbered(text, reply.choices)


async def chat(settings: Settings, stdin: TextIO, stdout: TextIO) -> int:
    """Read questions line by line and print the answers until end of input."""
    loop = asyncio.get_running_loop()
    async with open_ctx(settings) as ctx:
        menus = Menus(ctx.db, CHANNEL, ctx.clock)
        number = 0
        while True:
            stdout.write("> ")
            stdout.flush()
            line = await loop.run_in_executor(None, stdin.readline)
            if not line or line.strip().casefold() in QUIT_WORDS:
                stdout.write("\n")
                return 0
            number += 1
            incoming = Incoming(CHANNEL, CHAT, CHAT, str(number), line.strip())
            try:
                replies = await handle(await menus.resolve(incoming), ctx)
            except Exception:
                log.exception("console: failed to answer %r", line[:200])
                replies = [Reply(apology(ctx.i18n.get(None)), intent="error")]
            replies = await menus.answered(CHAT, replies)
            for reply in replies:
                stdout.write(render(reply) + "\n")
