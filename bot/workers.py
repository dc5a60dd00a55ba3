"""Several `ntm-bot run` processes (workers) serving one bot on one PostgreSQL database.

What they share is in the database: one chat's turns take the chat's lock, the state is saved
with compare-and-swap, update keys answer an update once, outbox rows are leased one at a time
and reminder runs are unique per schedule and fire time. What each process keeps to itself is
made safe here: the send rate is split (each worker paces at its share, so together they never
exceed NTM_SEND_RATE), and a configuration that only works for one process is refused.
"""

from __future__ import annotations

from bot.config import Settings
from store.db import is_postgresql


def problems(settings: Settings) -> list[str]:
    """Say what stops this configuration from running as one of several workers (none: fine)."""
    if settings.workers == 1 and settings.worker == 1:
        return []
    found = []
    if not 1 <= settings.worker <= settings.workers:
        found.append(f"NTM_WORKER must be between 1 and NTM_WORKERS ({settings.workers})")
    if not (settings.database_url and is_postgresql(settings.database_url)):
        found.append("several workers need PostgreSQL: set NTM_DATABASE_URL=postgresql://...")
    if settings.telegram_token and not (settings.webhook_url and settings.webhook_secret):
        found.append(
            "several workers serve Telegram by webhook only, with one secret for all: set"
            " TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET"
        )
    if settings.zalo_token and not (settings.zalo_webhook_url and settings.zalo_webhook_secret):
        found.append(
            "several workers serve Zalo by webhook only, with one secret for all: set"
            " ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET"
        )
    if not (settings.invite_secret or settings.secret_file):
        found.append(
            "several workers must key invite codes alike: set NTM_INVITE_SECRET"
            " (or NTM_SECRET_FILE on a shared disk)"
        )
    return found


def share(settings: Settings) -> tuple[int, float, int]:
    """This worker's send limits: (messages a second, seconds between two messages to one
    chat, messages a minute to one group), so that all workers together keep the configured
    ones."""
    n = max(1, settings.workers)
    return (
        max(1, settings.send_rate // n),
        settings.chat_interval * n,
        max(1, settings.group_rate // n),
    )
