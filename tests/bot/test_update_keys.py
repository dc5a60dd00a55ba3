"""Processed update keys in SQLite: an update is first-time once, across restarts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import Settings
from bot.context import open_ctx
from store.updates import first_time, forget_before


async def test_first_time_once_per_channel_and_survives_reopen(tmp_path: Path) -> None:
    """A key is new once per channel; after reopening the database it is still known."""
    settings = Settings(db_path=str(tmp_path / "ntm.db"))
    async with open_ctx(settings) as ctx:
        assert await first_time(ctx.db, "telegram", "m:42:7") is True
        assert await first_time(ctx.db, "telegram", "m:42:7") is False
        assert await first_time(ctx.db, "zalo", "m:42:7") is True
    async with open_ctx(settings) as ctx:
        assert await first_time(ctx.db, "telegram", "m:42:7") is False
        row = await ctx.db.fetch_one("PRAGMA user_version")
        assert row is not None and row[0] >= 2


async def test_forget_before_removes_only_old_keys_of_the_channel(tmp_path: Path) -> None:
    """Pruning drops a channel's keys older than the cut-off and nothing else."""
    now = datetime(2025, 3, 1, tzinfo=UTC)
    async with open_ctx(Settings(db_path=str(tmp_path / "ntm.db"))) as ctx:
        await first_time(ctx.db, "telegram", "old", now - timedelta(days=9))
        await first_time(ctx.db, "telegram", "new", now - timedelta(days=1))
        await first_time(ctx.db, "zalo", "old", now - timedelta(days=9))
        assert await forget_before(ctx.db, "telegram", now - timedelta(days=7)) == 1
        assert await first_time(ctx.db, "telegram", "old") is True
        assert await first_time(ctx.db, "telegram", "new") is False
        assert await first_time(ctx.db, "zalo", "old") is False
