"""Several workers: a configuration that only works for one process is refused, each worker
paces at its share, and two workers of one bot do not refuse each other's locks."""

from __future__ import annotations

from dataclasses import replace

from bot.config import Settings
from bot.run_lock import lock_paths
from bot.workers import problems, share

PG = "postgresql://ntm@127.0.0.1:5432/ntm"


def test_one_worker_needs_nothing_more() -> None:
    """The default (one process, SQLite, polling, made-up secrets) is fine."""
    assert problems(Settings(telegram_token="1:x")) == []


def test_several_workers_need_postgresql_webhooks_and_shared_secrets() -> None:
    """Two workers on SQLite, polling Telegram, with no shared secrets: each gap is named."""
    said = " ".join(problems(Settings(telegram_token="1:x", zalo_token="2:y", workers=2)))
    for needed in (
        "NTM_DATABASE_URL",
        "TELEGRAM_WEBHOOK_SECRET",
        "ZALO_WEBHOOK_SECRET",
        "NTM_INVITE_SECRET",
    ):
        assert needed in said
    ready = Settings(
        telegram_token="1:x",
        workers=2,
        worker=2,
        database_url=PG,
        webhook_url="https://bot.example.vn/tg",
        webhook_secret="s" * 32,
        invite_secret="k" * 32,
    )
    assert problems(ready) == []
    assert "NTM_WORKER" in " ".join(problems(replace(ready, worker=3)))


def test_each_worker_sends_its_share() -> None:
    """Three workers at 30 a second send 10 each, and space a chat's messages three times as
    far apart, so together they keep the limits."""
    assert share(Settings(send_rate=30, chat_interval=1.0, group_rate=20, workers=3)) == (
        10,
        3.0,
        6,
    )
    assert share(Settings(send_rate=30)) == (30, 1.0, 20)


def test_workers_hold_locks_of_their_own_number() -> None:
    """Worker 1 and worker 2 of one bot lock different files; the same number, the same."""
    one = Settings(telegram_token="1:x", database_url=PG, workers=2, worker=1)
    two = replace(one, worker=2)
    assert {p for p, _ in lock_paths(one)}.isdisjoint({p for p, _ in lock_paths(two)})
    assert lock_paths(one) == lock_paths(replace(two, worker=1))
