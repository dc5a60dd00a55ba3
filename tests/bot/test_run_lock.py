"""The start-up locks: one serving process per database and per channel token."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bot.config import Settings
from bot.run_lock import AlreadyRunning, lock_paths, run_lock

TOKEN = "123456:RUN-lock-token-never-in-a-path"


@pytest.fixture(autouse=True)
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Token locks live in this test's own temporary directory."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


def test_one_database_and_one_token_are_served_once(tmp_path: Path) -> None:
    """While one holder runs, another on the same database, or with the same token on another
    database, is refused with a message naming the holder; afterwards it may start."""
    first = Settings(db_path=str(tmp_path / "a.db"), telegram_token=TOKEN)
    same_db = Settings(db_path=str(tmp_path / "a.db"))
    same_token = Settings(db_path=str(tmp_path / "b.db"), telegram_token=TOKEN)
    with run_lock(first):
        with pytest.raises(AlreadyRunning, match="already serving the database"):
            run_lock(same_db).__enter__()
        with pytest.raises(AlreadyRunning, match="already serving this Telegram bot") as refused:
            run_lock(same_token).__enter__()
        assert TOKEN not in str(refused.value) and "pid" in str(refused.value)
    with run_lock(same_token):
        pass
    assert all(TOKEN not in str(path) for path, _ in lock_paths(first))
