"""'How do I report?' points to /capnhat and /baocao by the asker's role, and changes nothing."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.workflows.conftest import CHI_LANG, NHAN_LY, PROVINCE, Person, registered, snapshot


@pytest.mark.parametrize(
    ("role", "unit", "expected", "absent"),
    [
        ("xa_official", NHAN_LY, "/capnhat", "/dangky"),
        ("district_officer", CHI_LANG, "/choduyet", "/dangky"),
        ("department", PROVINCE, "/baocao", "/capnhat"),
    ],
)
async def test_how_to_report_by_role(
    ctx: Ctx, role: str, unit: str, expected: str, absent: str
) -> None:
    """Each role is told its own commands; nobody registered is asked to register."""
    person = await registered(ctx, f"u-{role}", role, unit)
    before = await snapshot(ctx)
    reply = await person.one("làm sao để báo cáo tiến độ?")
    assert reply.intent == "report_how"
    assert expected in reply.text and absent not in reply.text
    assert await snapshot(ctx) == before


async def test_how_to_report_when_not_registered(ctx: Ctx) -> None:
    """Someone not registered is told how to register first."""
    reply = await Person(ctx, "stranger").one("how do I report?")
    assert reply.intent == "report_how" and "/dangky" in reply.text


async def test_wanting_to_write_the_monthly_report_opens_it(ctx: Ctx) -> None:
    """'anh muốn nộp bc tháng' from a xã official opens /baocao at its first step."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    reply = await official.one("anh muốn nộp bc tháng này")
    assert reply.intent in ("period_confirm", "flow_step"), reply.text
