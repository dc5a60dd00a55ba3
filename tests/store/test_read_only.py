"""A database the bot cannot write stops any command with one clear line and status 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.process import ROOT


def _cli(db: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NTM_DB": str(db), "NTM_LOG_LEVEL": "INFO", **extra}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=60,
    )


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    """A loaded database its user cannot write (chmod; chattr +i as root, who ignores modes)."""
    db = tmp_path / "ro.db"
    assert _cli(db, "ask", "tc 5").returncode == 0
    for extra in (tmp_path / "ro.db-wal", tmp_path / "ro.db-shm"):
        extra.unlink(missing_ok=True)
    as_root = os.geteuid() == 0
    if as_root:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(db)]).returncode:
            pytest.skip("cannot make a file read-only for root here")
    else:
        db.chmod(0o444)
        tmp_path.chmod(0o555)
    try:
        yield db
    finally:
        if as_root:
            subprocess.run([str(shutil.which("chattr")), "-i", str(db)], check=True)
        else:
            tmp_path.chmod(0o755)
            db.chmod(0o644)


def test_a_read_only_database_is_one_clear_line(read_only_db: Path) -> None:
    """`ask` and `run` (serving Telegram) on a read-only database: status 1, one log line
    naming the file and what to do, no traceback."""
    telegram = {"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_URL": "http://127.0.0.1:9/bot"}
    for args, env in ((("ask", "Nhân Lý"), {}), (("run",), telegram)):
        done = _cli(read_only_db, *args, **env)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        errors = [line for line in done.stderr.splitlines() if " ERROR " in line]
        assert len(errors) == 1, done.stderr
        assert str(read_only_db) in errors[0] and "write" in errors[0]
