"""Who may do what: every role against every action, inside and outside their unit.

A forbidden action gets a polite refusal and changes nothing; an allowed one does its work.
"""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store.people import revoke
from tests.workflows.conftest import (
    CHI_LANG,
    CITY,
    HOANG_DONG,
    NHAN_LY,
    PROVINCE,
    Person,
    registered,
    snapshot,
)
from vocab.messages import Reply

pytestmark = pytest.mark.usefixtures("clock")

ROLES: dict[str, tuple[str, str] | None] = {
    "stranger": None,
    "xa_nhan_ly": ("xa_official", NHAN_LY),
    "xa_hoang_dong": ("xa_official", HOANG_DONG),
    "huyen_chi_lang": ("district_officer", CHI_LANG),
    "huyen_thanh_pho": ("district_officer", CITY),
    "tinh": ("province_coordinator", PROVINCE),
    "admin": ("admin", PROVINCE),
    "department": ("department", PROVINCE),
    "revoked": ("xa_official", NHAN_LY),
}
# action -> the roles allowed to do it
ALLOWED = {
    "report": {"xa_nhan_ly", "xa_hoang_dong"},
    "review_nhan_ly": {"huyen_chi_lang", "tinh", "admin"},
    "review_hoang_dong": {"huyen_thanh_pho", "tinh", "admin"},
    "history_nhan_ly": {"xa_nhan_ly", "huyen_chi_lang", "tinh", "admin"},
    "history_hoang_dong": {"xa_hoang_dong", "huyen_thanh_pho", "tinh", "admin"},
    "pending": {"huyen_chi_lang", "huyen_thanh_pho", "tinh", "admin"},
    "list_people": {"tinh", "admin"},
    "revoke": {"tinh", "admin"},
}


async def _report(ctx: Ctx, reporter: Person) -> int:
    await reporter.one("/capnhat tiêu chí 2 đã đạt")
    await reporter.one(button="flow:next")
    sent = await reporter.one(button="up:ok")
    assert sent.intent == "update_sent"
    return int(sent.data["report"])


async def _actor(ctx: Ctx, role: str) -> Person:
    binding = ROLES[role]
    if binding is None:
        return Person(ctx, "actor")
    actor = await registered(ctx, "actor", binding[0], binding[1])
    if role == "revoked":
        rows = await ctx.db.fetch_all("SELECT max(id) FROM person")
        assert await revoke(ctx.db, int(next(iter(rows))[0]), "test", ctx.clock())
    return actor


async def _act(
    ctx: Ctx, actor: Person, action: str, reports: dict[str, int], target: int
) -> Reply:
    if action == "report":
        return (await actor.say("/capnhat"))[-1]
    if action.startswith("review_"):
        return (await actor.say(button=f"rv:ok:{reports[action.removeprefix('review_')]}"))[-1]
    if action == "history_nhan_ly":
        return await actor.one("/lichsu Nhân Lý")
    if action == "history_hoang_dong":
        return await actor.one("/lichsu Hoàng Đồng")
    if action == "pending":
        return await actor.one("/choduyet")
    if action == "list_people":
        return await actor.one("/nguoidung")
    return await actor.one(button=f"pp:revoke:{target}")


@pytest.mark.parametrize("action", sorted(ALLOWED))
@pytest.mark.parametrize("role", sorted(ROLES))
async def test_role_against_action(ctx: Ctx, role: str, action: str) -> None:
    """Each role may do exactly its allowed actions; refusals change nothing."""
    reporter_nl = await registered(ctx, "rep-nl", "xa_official", NHAN_LY)
    reporter_hd = await registered(ctx, "rep-hd", "xa_official", HOANG_DONG)
    reports = {
        "nhan_ly": await _report(ctx, reporter_nl),
        "hoang_dong": await _report(ctx, reporter_hd),
    }
    target = 1  # rep-nl's person id: the one a manager would revoke
    actor = await _actor(ctx, role)
    before = await snapshot(ctx)
    reply = await _act(ctx, actor, action, reports, target)
    after = await snapshot(ctx)
    if role in ALLOWED[action]:
        assert reply.intent != "forbidden", reply.text
        if action.startswith("review_"):
            assert reply.intent == "reviewed" and after["review"] == before["review"] + 1
            assert after["status"] == before["status"] + 1
        if action == "revoke":
            assert after["active_people"] == before["active_people"] - 1
        if action == "report":
            assert reply.data == {"step": "set"}
    else:
        assert reply.intent == "forbidden", reply.text
        assert any(hint in reply.text for hint in ("Không có gì thay đổi", "/dangky", "/choduyet"))
        assert after == before
