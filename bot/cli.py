"""The ntm-bot command: ask, chat, run, import-status, invite, users, history."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot import cli_admin, cli_export, cli_today
from bot.config import Settings
from bot.console import chat
from bot.context import Ctx, open_ctx
from handlers.routing import handle
from store.db import DatabaseTooNew, DatabaseUnwritable
from vocab.messages import Incoming, Reply

log = logging.getLogger(__name__)


def _reply_json(reply: Reply) -> str:
    body: dict[str, Any] = {
        "intent": reply.intent,
        "text": reply.text,
        "data": reply.data,
    }
    if reply.choices:
        body["choices"] = [{"label": c.label, "data": c.data} for c in reply.choices]
    return json.dumps(body, ensure_ascii=False)


async def _ask_one(ctx: Ctx, question: str, number: int, language: str) -> Reply:
    incoming = Incoming("cli", "cli", "cli", str(number), question, language=language)
    try:
        replies = await handle(incoming, ctx)
    except Exception:
        log.exception("failed to answer %r", question[:200])
        t = ctx.i18n.get(language)
        return Reply(t._("Sorry, something went wrong; please try again."), intent="error")
    return replies[0]


async def ask(
    settings: Settings, question: str, as_json: bool, language: str, stdin: TextIO, stdout: TextIO
) -> int:
    """Answer one question, or one per line of standard input when the question is '-'."""
    async with open_ctx(settings) as ctx:
        questions = (line.rstrip("\n") for line in stdin) if question == "-" else [question]
        for number, q in enumerate(questions):
            reply = await _ask_one(ctx, q, number, language)
            if as_json:
                stdout.write(_reply_json(reply) + "\n")
            else:
                stdout.write(reply.text + "\n")
                for i, choice in enumerate(reply.choices, start=1):
                    stdout.write(f"  {i}. {choice.label}\n")
            stdout.flush()
    return 0


async def import_status(
    settings: Settings, path: Path, dry_run: bool, stdout: TextIO, period: str | None = None
) -> int:
    """Import per-xã status from a CSV or XLSX file (all rows or none) and print the report."""
    from store.status_import import import_csv

    async with open_ctx(settings) as ctx:
        report = await import_csv(
            ctx.db,
            path,
            dry_run=dry_run,
            now=ctx.clock().isoformat(timespec="seconds"),
            period=period,
            timeline=ctx.timeline,
        )
    stdout.write(report.describe() + "\n")
    return 0 if report.ok else 1


def run(settings: Settings, stdout: TextIO) -> int:
    """Serve Telegram and/or Zalo, by which tokens are set; else offer the console chat."""
    if settings.telegram_token or settings.zalo_token or settings.zalo_oa_app_id:
        from bot.serve import run as serve

        return serve(settings)
    stdout.write(
        "Neither TELEGRAM_BOT_TOKEN nor ZALO_BOT_TOKEN is set, so the bot opens a local"
        " console chat instead.\n"
        "To serve Telegram: create a bot with @BotFather, then\n"
        "  TELEGRAM_BOT_TOKEN=123456:ABC... ntm-bot run\n"
        "To serve Zalo: create a bot with the Zalo Bot Manager, then\n"
        "  ZALO_BOT_TOKEN=1234567890:abc... ntm-bot run   (both tokens: both channels)\n"
        "To serve a Zalo Official Account: set ZALO_OA_APP_ID and the other ZALO_OA_* settings\n"
        "  (see the README)\n"
        "Type your questions below (Ctrl-D or 'thoát' to quit).\n"
    )
    return asyncio.run(chat(settings, sys.stdin, stdout))


def parser() -> argparse.ArgumentParser:
    """Build the command-line parser."""
    p = argparse.ArgumentParser(prog="ntm-bot", description="NTM Lạng Sơn chatbot")
    sub = p.add_subparsers(dest="command")
    a = sub.add_parser("ask", help="answer one question ('-' reads one per line from stdin)")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="print one JSON object per answer")
    a.add_argument("--lang", default="vi", help="reply language: vi (default) or en")
    sub.add_parser("chat", help="interactive console chat")
    sub.add_parser("run", help="serve Telegram and/or Zalo (console chat when no token is set)")
    i = sub.add_parser("import-status", help="import per-xã status from a CSV or XLSX file")
    i.add_argument("csv", type=Path)
    i.add_argument(
        "--period", help="the period the rows report, e.g. 2026 (default: as_of's year)"
    )
    i.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    cli_admin.add_parsers(sub)
    cli_today.add_parsers(sub)
    cli_export.add_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ntm-bot command line; a database it cannot use is one log line and status 1."""
    args = parser().parse_args(argv)
    settings = Settings.from_env()
    logging.basicConfig(
        level=settings.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return _command(args, settings)
    except (DatabaseUnwritable, DatabaseTooNew) as exc:
        log.error("%s", exc)
        return 1


def _command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "ask":
        return asyncio.run(
            ask(settings, args.question, args.json, args.lang, sys.stdin, sys.stdout)
        )
    if args.command == "chat":
        return asyncio.run(chat(settings, sys.stdin, sys.stdout))
    if args.command == "import-status":
        return asyncio.run(
            import_status(settings, args.csv, args.dry_run, sys.stdout, args.period)
        )
    admin = {
        "invite": cli_admin.invite,
        "users": cli_admin.users,
        "history": cli_admin.history,
        "reminders": cli_admin.reminders,
        "db": cli_admin.database,
        "export": cli_export.export,
        "chart": cli_export.chart,
    }
    if args.command in admin:
        return asyncio.run(admin[args.command](settings, args, sys.stdout))
    if args.command in cli_today.COMMANDS:
        return asyncio.run(cli_today.COMMANDS[args.command](settings, args, sys.stdout))
    return run(settings, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
