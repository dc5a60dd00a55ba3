"""Units in time: the three rosters with their dates, and what became of each unit."""

from __future__ import annotations

from datetime import date

from bot.context import Ctx
from store.timeline import Timeline
from store.timeline_import import load_units_in_time

COMMUNE_KINDS = ("xa", "phuong", "thi_tran")


def _communes(timeline: Timeline, day: date) -> list[str]:
    return [u.key for u in timeline.valid_on(day) if u.kind in COMMUNE_KINDS]


def _kinds(timeline: Timeline, day: date, kind: str) -> int:
    return sum(1 for u in timeline.valid_on(day) if u.kind == kind)


def _key(timeline: Timeline, name: str, day: date) -> str:
    hits = [u.key for u in timeline.valid_on(day) if u.name == name]
    assert len(hits) == 1, (name, day, hits)
    return hits[0]


def test_each_period_has_its_roster(ctx: Ctx) -> None:
    """200 units (181 xã) in 2023, 194 (175 xã) from December 2024, 65 (61 xã) from July 2025."""
    tl = ctx.timeline
    assert len(_communes(tl, date(2023, 1, 18))) == 200
    assert _kinds(tl, date(2023, 1, 18), "xa") == 181
    assert len(_communes(tl, date(2024, 12, 1))) == 194
    assert _kinds(tl, date(2024, 12, 1), "xa") == 175
    assert len(_communes(tl, date(2025, 6, 30))) == 194
    assert len(_communes(tl, date(2025, 7, 1))) == 65
    assert _kinds(tl, date(2025, 7, 1), "xa") == 61
    assert _kinds(tl, date(2025, 7, 1), "phuong") == 4


def test_the_hierarchy_is_by_date(ctx: Ctx) -> None:
    """Districts exist until 30 June 2025; since 1 July 2025 every unit sits in the province."""
    tl = ctx.timeline
    assert _kinds(tl, date(2025, 6, 30), "district") == 11
    assert _kinds(tl, date(2025, 7, 1), "district") == 0
    assert {tl.units[k].parent_key for k in _communes(tl, date(2025, 7, 1))} == {"20"}
    assert {tl.units[k].parent_key for k in _communes(tl, date(2025, 6, 30))} <= {
        u.key for u in tl.units.values() if u.kind == "district"
    }


def test_a_code_is_two_units_at_two_dates(ctx: Ctx) -> None:
    """06040 is Xã Đại Đồng until 30 Nov 2024, Thị trấn Thất Khê until 30 June 2025, then the
    new Xã Thất Khê."""
    tl = ctx.timeline
    by_code = sorted(
        (u.valid_from or date.min, u.name) for u in tl.units.values() if u.gso_code == "06040"
    )
    assert [name for _, name in by_code] == ["Xã Đại Đồng", "Thị trấn Thất Khê", "Xã Thất Khê"]


def _path(tl: Timeline, key: str) -> list[list[tuple[str, str]]]:
    """Each step's destinations (name, share) from a unit onwards, following whole moves."""
    steps = []
    while went := tl.went_to(key):
        steps.append([(tl.units[s.to_key].name, s.share) for s in went])
        if len(went) > 1:
            break
        key = went[0].to_key
    return steps


def test_tinh_bac_went_to_tam_gia_then_khuat_xa(ctx: Ctx) -> None:
    """Tĩnh Bắc: whole into Tam Gia on 1 Dec 2024, then into the new Khuất Xá on 1 July 2025."""
    tl = ctx.timeline
    assert _path(tl, "06574") == [[("Xã Tam Gia", "whole")], [("Xã Khuất Xá", "whole")]]
    assert [s.effective for s in tl.went_to("06574")] == [date(2024, 12, 1)]


def test_splits_are_kept_with_their_shares(ctx: Ctx) -> None:
    """Đại Đồng (part to Thất Khê, rest to Đội Cấn); Bính Xá and Kiên Mộc split in 2025."""
    tl = ctx.timeline
    assert sorted(_path(tl, "06040")[0]) == [
        ("Thị trấn Thất Khê", "part"),
        ("Xã Đội Cấn", "rest"),
    ]
    assert sorted(_path(tl, "06622")[0]) == [("Xã Kiên Mộc", "part"), ("Xã Đình Lập", "part")]
    assert sorted(_path(tl, "06625")[0]) == [("Xã Châu Sơn", "part"), ("Xã Kiên Mộc", "part")]


def test_names_that_mean_two_things(ctx: Ctx) -> None:
    """The new Nhân Lý is four old xã; old Mẫu Sơn (Cao Lộc) went into Ba Sơn, not the new
    Mẫu Sơn."""
    tl = ctx.timeline
    new_nhan_ly = _key(tl, "Xã Nhân Lý", date(2025, 7, 1))
    assert new_nhan_ly != "06496" and tl.units[new_nhan_ly].gso_code == "06496"
    assert sorted(tl.units[s.from_key].name for s in tl.came_from(new_nhan_ly)) == [
        "Xã Bắc Thủy",
        "Xã Lâm Sơn",
        "Xã Mai Sao",
        "Xã Nhân Lý",
    ]
    assert _path(tl, "06238") == [[("Xã Ba Sơn", "whole")]]
    assert _path(tl, "06532") == [[("Xã Mẫu Sơn", "whole")]]


def test_every_unit_that_ceased_says_what_became_of_it(ctx: Ctx) -> None:
    """Every commune that is no longer valid has at least one succession."""
    tl = ctx.timeline
    gone = [u for u in tl.units.values() if u.valid_to is not None and u.kind in COMMUNE_KINDS]
    assert len(gone) == 200 + 1  # the 200 of 2023 and the recoded Thất Khê of 2024-2025
    assert [u.name for u in gone if not tl.went_to(u.key)] == []


async def test_the_plan_still_sees_its_200_units_and_loading_twice_changes_nothing(
    ctx: Ctx,
) -> None:
    """The 2023 plan's name index keeps the 2023 roster; the loader runs once."""
    assert len(ctx.gazetteer.places) == 1 + 11 + 200
    assert await load_units_in_time(ctx.db) is False
    rows = await ctx.db.fetch_all("SELECT count(*) FROM unit")
    assert next(iter(rows))[0] == 1 + 11 + 200 + 1 + 65
