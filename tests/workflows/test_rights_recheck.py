"""Rights are checked again at every step that changes something, not only when a flow
starts: a person revoked, or registered again with another role or unit, in the middle of
/capnhat, /baocao or a rejection has the flow dropped, is told why, and nothing is recorded."""

from __future__ import annotations

import logging

import pytest

from bot.context import Ctx
from store.people import create_invite, revoke
from tests.workflows.conftest import (
    CHI_LANG,
    CITY,
    HOANG_DONG,
    NHAN_LY,
    PROVINCE,
    Person,
    count,
    registered,
    snapshot,
)

pytestmark = pytest.mark.usefixtures("clock")


async def _person_id(ctx: Ctx, user: str) -> int:
    rows = await ctx.db.fetch_all("SELECT max(person_id) FROM identity WHERE user_id = ?", (user,))
    return int(next(iter(rows))[0])


async def _revoke(ctx: Ctx, who: Person) -> None:
    assert await revoke(ctx.db, await _person_id(ctx, who.user), "test", ctx.clock())


async def _register_again(ctx: Ctx, who: Person, role: str, unit: str, org: str = "") -> None:
    """The same account registers with a new invite, for another role or unit."""
    code = await create_invite(ctx.db, role, unit, ctx.clock(), org=org)
    reply = await who.one(f"/dangky {code}")
    assert reply.intent == "registered", reply.text


async def _at_update_confirm(official: Person) -> None:
    await official.one("/capnhat tiêu chí 2 đã đạt")
    confirm = await official.one(button="flow:next")
    assert confirm.intent == "update_confirm", confirm.text


async def test_capnhat_sent_after_moving_to_another_xa_is_dropped(ctx: Ctx) -> None:
    """Nhân Lý's official reaches 'Gửi báo cáo', is revoked, registers for Hoàng Đồng and
    presses the old button: no report for Nhân Lý, no card to Chi Lăng, and a reason."""
    await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await _at_update_confirm(official)
    await _revoke(ctx, official)
    await _register_again(ctx, official, "xa_official", HOANG_DONG)
    before = await snapshot(ctx)
    reply = await official.one(button="up:ok")
    assert reply.intent == "flow_dropped", reply.text
    assert "đã thay đổi" in reply.text and "chưa có gì được ghi nhận" in reply.text
    assert await snapshot(ctx) == before
    assert await count(ctx, "field_report") == 0
    again = await official.one("gửi")  # the flow is gone: a typed 'send' records nothing
    assert again.intent != "update_sent"
    assert await count(ctx, "field_report") == 0


async def test_capnhat_step_after_a_role_change_is_dropped(ctx: Ctx) -> None:
    """A middle step (a typed note) is checked as well, not only the confirmation."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await official.one("/capnhat tiêu chí 2 đã đạt")
    await _revoke(ctx, official)
    await _register_again(ctx, official, "district_officer", CHI_LANG)
    reply = await official.one("Đã hoàn thành 3 km đường")
    assert reply.intent == "flow_dropped", reply.text
    assert await count(ctx, "field_report") == 0


async def test_baocao_sent_after_becoming_a_department_is_dropped(ctx: Ctx) -> None:
    """A monthly report started as Nhân Lý's official is not recorded once the account is a
    department's."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    step = await official.one("/baocao")
    while step.data.get("step") == "progress":
        step = await official.one(button="rp:p:ongoing")
    await official.one("Đã làm xong 3 km đường")
    assert (await official.one(button="flow:next")).intent == "period_confirm"
    await _revoke(ctx, official)
    await _register_again(ctx, official, "department", PROVINCE, org="Sở Xây dựng")
    reply = await official.one(button="rp:ok")
    assert reply.intent == "flow_dropped", reply.text
    assert await count(ctx, "period_report") == 0


async def test_revoked_person_pressing_send_gets_the_refusal(
    ctx: Ctx, caplog: pytest.LogCaptureFixture
) -> None:
    """A person revoked at the confirmation gets the refusal (how to register), the flow
    ends, nothing is recorded and nothing fails in the log."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await _at_update_confirm(official)
    await _revoke(ctx, official)
    with caplog.at_level(logging.WARNING):
        reply = await official.one(button="up:ok")
    assert reply.intent == "forbidden", reply.text
    assert "/dangky" in reply.text
    assert not [r for r in caplog.records if r.exc_info]
    assert await count(ctx, "field_report") == 0
    assert (await official.one("gửi")).intent != "update_sent"
    assert await count(ctx, "field_report") == 0


async def test_a_rejection_typed_after_a_role_change_is_dropped(ctx: Ctx) -> None:
    """A district officer presses 'Reject', is revoked and registers as the province
    coordinator: the reason typed next records no review under the new role."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    await _at_update_confirm(official)
    sent = await official.one(button="up:ok")
    report = int(sent.data["report"])
    asked = await officer.one(button=f"rv:no:{report}")
    assert asked.intent == "review_reason"
    await _revoke(ctx, officer)
    await _register_again(ctx, officer, "province_coordinator", PROVINCE)
    reply = await officer.one("Thiếu ảnh hiện trường")
    assert reply.intent == "flow_dropped", reply.text
    assert await count(ctx, "review") == 0


@pytest.mark.parametrize("action", ["show", "ok", "no"])
async def test_a_missing_report_answers_as_a_forbidden_one(ctx: Ctx, action: str) -> None:
    """A button naming a report that does not exist gets the very answer of one the person
    may not see, so report numbers cannot be probed."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await _at_update_confirm(official)
    report = int((await official.one(button="up:ok")).data["report"])
    for role, unit in (("district_officer", CITY), ("xa_official", HOANG_DONG)):
        other = await registered(ctx, f"u-{role}", role, unit)
        forbidden = await other.one(button=f"rv:{action}:{report}")
        missing = await other.one(button=f"rv:{action}:{report + 1000}")
        assert (missing.intent, missing.text) == (forbidden.intent, forbidden.text)
        assert forbidden.intent == "forbidden"
    stranger = Person(ctx, "u-stranger")
    forbidden = await stranger.one(button=f"rv:{action}:{report}")
    missing = await stranger.one(button=f"rv:{action}:{report + 1000}")
    assert (missing.intent, missing.text) == (forbidden.intent, forbidden.text)
