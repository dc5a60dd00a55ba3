"""The in-memory plan snapshot answers exactly as the database queries it replaces."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store import plan, plan_text, status
from store.plan_import import PROVINCE_CODE
from store.plan_snapshot import load_plan_snapshot
from tests.conftest import ask

SETS = ("ntm", "nang_cao")


async def _codes(ctx: Ctx, where: str = "1") -> list[str]:
    return [
        str(c) for (c,) in await ctx.db.execute_fetchall(f"SELECT code FROM unit WHERE {where}")
    ]


async def _check_figures(ctx: Ctx) -> None:
    """Every figure of store.plan agrees with the snapshot, for every unit and criterion."""
    snap = ctx.plan
    units = [*await _codes(ctx), "no-such-unit"]
    for set_code in SETS:
        assert snap.district_averages(set_code) == await plan.district_averages(ctx.db, set_code)
        for unit in units:
            assert snap.average(set_code, unit) == await plan.average(ctx.db, set_code, unit)
        for unit in [PROVINCE_CODE, *await _codes(ctx, "kind = 'district'")]:
            assert snap.xa_count(unit) == await plan.xa_count(ctx.db, unit)
            for number in range(0, 21):
                assert snap.criterion_count(set_code, number, unit) == await plan.criterion_count(
                    ctx.db, set_code, number, unit
                )


async def test_figures_agree_with_the_database(ctx: Ctx) -> None:
    """Averages, rankings, counts and xã numbers are the database's, unit by unit."""
    await _check_figures(ctx)


async def test_plan_text_agrees_with_the_database(ctx: Ctx) -> None:
    """Facts, funding, district plans and criterion details are the database's."""
    snap = ctx.plan
    assert snap.facts() == await plan_text.facts(ctx.db)
    assert snap.funding() == await plan_text.funding(ctx.db)
    for unit in await _codes(ctx):
        assert snap.district_plan(unit) == await plan_text.district_plan(ctx.db, unit)
    for set_code, number in await ctx.db.execute_fetchall(
        "SELECT set_code, number FROM criterion"
    ):
        assert snap.criterion_detail(set_code, number) == await plan_text.criterion_detail(
            ctx.db, set_code, number
        )
    with pytest.raises(LookupError):
        snap.criterion_detail("ntm", 99)


async def test_plan_rows_and_groups_agree_with_the_database(ctx: Ctx) -> None:
    """Appendix rows with targets and flags, groups and their members are the database's."""
    snap = ctx.plan
    for unit in [*await _codes(ctx), "no-such-unit"]:
        assert snap.plan_entries(unit) == await status.plan_entries(ctx.db, unit)
        assert snap.groups_of(unit) == await status.groups_of(ctx.db, unit)
    groups = [
        str(g)
        for (g,) in await ctx.db.execute_fetchall("SELECT DISTINCT group_code FROM unit_group")
    ]
    districts = [None, *await _codes(ctx, "kind = 'district'")]
    assert len(groups) == 5
    for group in [*groups, "no-such-group"]:
        for district in districts:
            assert snap.group_members(group, district) == await status.group_members(
                ctx.db, group, district
            )


async def test_reload_names_picks_up_new_units_and_plan_rows(ctx: Ctx) -> None:
    """A district added with its appendix-6 counts is in the figures after reload_names."""
    await ctx.db.execute("BEGIN")
    await ctx.db.execute(
        "INSERT INTO unit VALUES ('9001', 'Huyện Thử', 'district', ?, 't')", (PROVINCE_CODE,)
    )
    await ctx.db.executemany(
        "INSERT INTO unit VALUES (?, ?, 'xa', '9001', 't')",
        [("90011", "Xã Thử Một"), ("90012", "Xã Thử Hai")],
    )
    await ctx.db.executemany(
        "INSERT INTO plan_district_count VALUES ('ntm', '9001', ?, 1, '1')",
        [(n,) for n in range(1, 20)],
    )
    await ctx.db.commit()
    assert ctx.plan.average("ntm", "9001").divisor == 0
    await ctx.reload_names()
    assert ctx.plan.average("ntm", "9001").value == 9.5
    assert ctx.plan.district_averages("ntm")[-1].unit_code == "9001"
    await _check_figures(ctx)
    reply = await ask(ctx, "huyện nào thấp nhất")
    assert reply.data["ranking"][0] == {"code": "9001", "average": 9.5}


async def test_a_fresh_load_equals_the_context_snapshot(ctx: Ctx) -> None:
    """Loading twice gives the same figures (the snapshot holds no per-process state)."""
    again = await load_plan_snapshot(ctx.db)
    assert again.district_averages("ntm") == ctx.plan.district_averages("ntm")
    assert again.plan_entries("06496") == ctx.plan.plan_entries("06496") != []
