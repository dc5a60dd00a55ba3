"""The in-memory plan snapshot gives the figures the plan prints."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store.plan_import import PROVINCE_CODE
from store.plan_snapshot import load_plan_snapshot
from tests.conftest import ask

SETS = ("ntm", "nang_cao")


async def _printed(ctx: Ctx, what: str) -> list[tuple[str, str, str]]:
    """(set, unit, text) of the figures the plan prints, as stored beside the appendices."""
    rows = await ctx.db.fetch_all(
        "SELECT set_code, unit_code, text FROM plan_printed WHERE what = ?", (what,)
    )
    return [(str(s), str(u), str(t)) for s, u, t in rows]


def _number(printed: str) -> float:
    """Read a printed figure: '13,24' or '13.24' or '44,8%'."""
    return float(printed.rstrip("%").replace(",", "."))


def _count(printed: str) -> int:
    """Read a printed count, whose thousands the plan separates with a comma: '2,422'."""
    return int(printed.replace(",", "").replace(".", ""))


async def test_averages_and_totals_are_the_printed_ones(ctx: Ctx) -> None:
    """Every district's and the province's average and total equal appendix 6 and 7's rows."""
    averages = await _printed(ctx, "average")
    assert len(averages) == 24  # 11 districts and the province, for both sets
    for set_code, unit, text in averages:
        assert round(ctx.plan.average(set_code, unit).value, 2) == _number(text), (set_code, unit)
    for set_code, unit, text in await _printed(ctx, "total"):
        assert ctx.plan.average(set_code, unit).total == _count(text), (set_code, unit)


async def test_criterion_totals_are_the_printed_ones(ctx: Ctx) -> None:
    """The province's xã per criterion equal the appendices' 'Tổng cộng' row, for both sets."""
    for set_code in SETS:
        for number in range(1, 20):
            [(_, _, text)] = [
                r for r in await _printed(ctx, f"total_c{number}") if r[0] == set_code
            ]
            count = ctx.plan.criterion_count(set_code, number, PROVINCE_CODE)
            assert count.planned == _count(text), (set_code, number)


async def test_district_averages_are_ranked_and_complete(ctx: Ctx) -> None:
    """The ranking lists the 11 districts once each, highest first, with the same figures."""
    for set_code in SETS:
        ranking = ctx.plan.district_averages(set_code)
        assert len({a.unit_code for a in ranking}) == 11
        assert [a.value for a in ranking] == sorted((a.value for a in ranking), reverse=True)
        for entry in ranking:
            assert entry == ctx.plan.average(set_code, entry.unit_code)


async def test_groups_and_their_members(ctx: Ctx) -> None:
    """The plan's 20 border xã are one group; a member knows its groups; unknown units none."""
    border = ctx.plan.group_members("bien_gioi", None)
    assert len(border) == 20
    code = border[0][0]
    assert "bien_gioi" in ctx.plan.groups_of(code)
    assert ctx.plan.groups_of("no-such-unit") == []
    assert ctx.plan.group_members("no-such-group", None) == []
    with pytest.raises(LookupError):
        ctx.plan.criterion_detail("ntm", 99)


async def test_reload_names_picks_up_new_units_and_plan_rows(ctx: Ctx) -> None:
    """A district added with its appendix-6 counts is in the figures after reload_names."""
    async with ctx.db.transaction():
        await ctx.db.execute(
            "INSERT INTO unit VALUES ('9001', 'Huyện Thử', 'district', ?, 't')", (PROVINCE_CODE,)
        )
        await ctx.db.execute_many(
            "INSERT INTO unit VALUES (?, ?, 'xa', '9001', 't')",
            [("90011", "Xã Thử Một"), ("90012", "Xã Thử Hai")],
        )
        await ctx.db.execute_many(
            "INSERT INTO plan_district_count VALUES ('ntm', '9001', ?, 1, '1')",
            [(n,) for n in range(1, 20)],
        )
    assert ctx.plan.average("ntm", "9001").divisor == 0
    await ctx.reload_names()
    assert ctx.plan.average("ntm", "9001").value == 9.5
    assert ctx.plan.district_averages("ntm")[-1].unit_code == "9001"
    reply = await ask(ctx, "huyện nào thấp nhất")
    assert reply.data["ranking"][0] == {"code": "9001", "average": 9.5}


async def test_a_fresh_load_equals_the_context_snapshot(ctx: Ctx) -> None:
    """Loading twice gives the same figures (the snapshot holds no per-process state)."""
    again = await load_plan_snapshot(ctx.db)
    assert again.district_averages("ntm") == ctx.plan.district_averages("ntm")
    assert again.plan_entries("06496") == ctx.plan.plan_entries("06496") != []
