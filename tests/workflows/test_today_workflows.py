"""Workflows on today's units: an official of a new xã is named by it, and without districts
the xã's reports go to the province coordinators, or to the reviewers assigned to that xã."""

from __future__ import annotations

from datetime import date

from bot.context import Ctx
from store.criteria_import import find_today, today_xa
from store.people_in_time import assign_reviewer
from tests.workflows.conftest import PROVINCE, Person, registered

DAY = date(2026, 11, 29)


def _today(ctx: Ctx, name: str) -> str:
    key = find_today(ctx.timeline, today_xa(ctx.timeline, DAY), name)
    assert isinstance(key, str)
    return key


async def _report(official: Person) -> int:
    start = await official.one("/capnhat")
    assert start.data == {"step": "set"} and "Xã Ba Sơn" in start.text and "@" not in start.text
    await official.one(button="up:set:ntm")
    await official.one(button="up:crit:2")
    await official.one(button="up:met:1")
    await official.one("Ghi chú")
    await official.one(button="flow:next")
    sent = await official.one(button="up:ok")
    assert sent.intent == "update_sent"
    return int(sent.data["report"])


async def _notified(ctx: Ctx) -> list[str]:
    rows = await ctx.db.execute_fetchall("SELECT chat_id FROM outbox ORDER BY id")
    return [str(r[0]) for r in rows]


async def test_a_new_xa_reports_to_the_coordinators(ctx: Ctx) -> None:
    """No district since July 2025: a Ba Sơn report goes to every province coordinator."""
    official = await registered(ctx, "u-xa", "xa_official", _today(ctx, "Ba Sơn"))
    await registered(ctx, "u-tinh-1", "province_coordinator", PROVINCE)
    await registered(ctx, "u-tinh-2", "province_coordinator", PROVINCE)
    await _report(official)
    assert sorted(await _notified(ctx)) == ["chat-u-tinh-1", "chat-u-tinh-2"]


async def test_an_assigned_reviewer_gets_the_xas_reports_alone(ctx: Ctx) -> None:
    """With a reviewer assigned to Ba Sơn (ntm-bot reviewers assign), only they are told."""
    ba_son = _today(ctx, "Ba Sơn")
    official = await registered(ctx, "u-xa", "xa_official", ba_son)
    await registered(ctx, "u-tinh-1", "province_coordinator", PROVINCE)
    await registered(ctx, "u-tinh-2", "province_coordinator", PROVINCE)
    second = int(next(iter(await ctx.db.execute_fetchall("SELECT max(id) FROM person")))[0])
    assert await assign_reviewer(ctx.db, ba_son, second, "2026-11-29T00:00:00+00:00")
    await _report(official)
    assert await _notified(ctx) == ["chat-u-tinh-2"]
