"""Questions about today's units: read as the table says, and answered with dates and sources."""

from __future__ import annotations

from datetime import date

import pytest

from bot.context import Ctx
from handlers.buttons import TodayButton
from handlers.parse import parse
from handlers.today import for_the_plan
from handlers.today_words import read
from store.people import create_invite
from store.timeline import Timeline
from tests.conftest import ask
from tests.handlers.today_table import TODAY_UTTERANCES, T
from tests.handlers.utterances import UTTERANCES

TODAY = date(2026, 11, 29)
PERIOD_START = {"2023": None, "2025": date(2025, 7, 1)}


def _key_of(tl: Timeline, name: str, period: str) -> list[str]:
    """The units of a name and period; 'Mẫu Sơn (Cao Lộc)': of that district only."""
    name, _, district = name.removesuffix(")").partition(" (")
    return sorted(
        u.key
        for u in tl.units.values()
        if (
            (u.name.split(" ", 1)[1] == name and u.valid_from == PERIOD_START[period])
            or (u.name == f"Thị trấn {name}" and u.valid_from == PERIOD_START[period])
        )
        and (not district or tl.units[u.parent_key or ""].name.endswith(district))
    )


@pytest.mark.parametrize("u", TODAY_UTTERANCES, ids=[u.text[:40] for u in TODAY_UTTERANCES])
def test_today_utterance(u: T, ctx: Ctx) -> None:
    """Each question is read as the kind the table gives, about the units it names."""
    q = read(u.text, ctx.timeline, TODAY)
    if u.kind is None:
        assert q is None
        return
    assert q is not None and q.kind.value == u.kind
    want = sorted({k for name, period in u.units for k in _key_of(ctx.timeline, name, period)})
    assert sorted(q.keys) == want


def test_only_the_plans_questions_skip_the_reading_of_time(ctx: Ctx) -> None:
    """The reader of time is skipped only for questions it would leave to the plan: every
    question of today's table that is about time passes the gate, and no question of either
    table that the gate keeps for the plan is one the reader would have claimed."""
    gaz, tl = ctx.gazetteer, ctx.timeline
    for u in TODAY_UTTERANCES:
        if u.kind is not None:
            assert not for_the_plan(u.text, parse(u.text, gaz)), u.text
    texts = [u.text for u in TODAY_UTTERANCES] + [u.text for u in UTTERANCES]
    kept = [text for text in texts if for_the_plan(text, parse(text, gaz))]
    assert len(kept) > 300  # the common question (a 2023 name, no word of time) is kept
    assert [text for text in kept if read(text, tl, TODAY) is not None] == []


async def test_tinh_bac_says_tam_gia_then_khuat_xa(ctx: Ctx) -> None:
    """Tĩnh Bắc: into Tam Gia on 01/12/2024, into Khuất Xá on 01/07/2025, with resolutions."""
    reply = await ask(ctx, "tinh bac gio thuoc xa nao")
    lines = reply.text.splitlines()
    assert "01/12/2024" in lines[1] and "Xã Tam Gia" in lines[1] and "1246/NQ-UBTVQH15" in lines[1]
    assert (
        "01/07/2025" in lines[2] and "Xã Khuất Xá" in lines[2] and "1672/NQ-UBTVQH15" in lines[2]
    )
    assert "Nay thuộc Xã Khuất Xá (từ 01/07/2025)." in lines
    assert (
        lines[-1]
        == "Cùng sáp nhập với: Xã Tam Gia (Huyện Lộc Bình), Xã Khuất Xá (Huyện Lộc Bình)."
    )


async def test_a_split_names_every_piece(ctx: Ctx) -> None:
    """Bính Xá went in parts to Đình Lập and Kiên Mộc; both are named, neither is guessed."""
    reply = await ask(ctx, "Bính Xá được chia về đâu?")
    assert "Nay đã được chia" in reply.text
    assert "Xã Đình Lập" in reply.text and "Xã Kiên Mộc" in reply.text


async def test_new_xa_lists_what_it_was_formed_from(ctx: Ctx) -> None:
    """The new Khuất Xá: Tam Gia (with Tĩnh Bắc since December 2024) and the old Khuất Xá."""
    reply = await ask(ctx, "xã Khuất Xá mới gồm những xã nào?")
    assert "được thành lập từ 2 đơn vị" in reply.text
    assert "Xã Tam Gia (Huyện Lộc Bình)" in reply.text and "Xã Tĩnh Bắc" in reply.text
    assert "1672/NQ-UBTVQH15" in reply.text


async def test_a_command_with_a_name_only_today_has_answers_todays_unit(ctx: Ctx) -> None:
    """'/xa Ba Sơn': Ba Sơn exists only since 1 July 2025 (Cao Lâu, Xuất Lễ, Mẫu Sơn of Cao
    Lộc), so the command answers it as the typed name does, not a 2023 name like it."""
    reply = await ask(ctx, "/xa Ba Sơn")
    assert reply.intent == "today_made_of" and "Cao Lâu" in reply.text, reply.text
    plan = await ask(ctx, "/xa Nhân Lý")
    assert plan.intent == "xa_overview" and "10/19" in plan.text


async def test_how_many_units_today_is_counted_from_the_roster(ctx: Ctx) -> None:
    """65 units (61 xã, 4 phường) since 01/07/2025, beside the plan's 181 xã."""
    reply = await ask(ctx, "Lạng Sơn bây giờ có bao nhiêu xã, phường?")
    assert "65 đơn vị cấp xã (61 xã, 4 phường, 0 thị trấn), từ 01/07/2025" in reply.text
    assert "Kế hoạch năm 2023 tính 181 xã" in reply.text


async def test_a_new_xa_shows_each_predecessor_as_history_never_a_sum(ctx: Ctx) -> None:
    """Ba Sơn's criteria: each old xã's 2022 status as history; no figure for Ba Sơn itself."""
    reply = await ask(ctx, "Ba Sơn còn thiếu tiêu chí nào")
    text = reply.text
    assert "chưa có hiện trạng tiêu chí riêng" in text
    assert "Xã Cao Lâu (Huyện Cao Lộc): đạt 9/19 tiêu chí (tính đến 31/12/2022)" in text
    assert "Xã Xuất Lễ (Huyện Cao Lộc): đạt 19/19" in text
    assert "Xã Mẫu Sơn (Huyện Cao Lộc): đạt 5/19" in text
    assert "33/57" not in text and "Xã Ba Sơn: đạt" not in text
    assert "Không cộng gộp" in text


async def test_the_plan_answers_the_2023_unit_and_adds_one_line_on_today(ctx: Ctx) -> None:
    """Nhân Lý's 2023 figures as before, then one line: today in the new Nhân Lý."""
    reply = await ask(ctx, "Xã Nhân Lý còn thiếu tiêu chí nào?")
    lines = reply.text.splitlines()
    assert lines[0] == "Xã Nhân Lý (Huyện Chi Lăng) còn thiếu 9/19 tiêu chí xã nông thôn mới:"
    assert lines[-2].startswith("Nguồn: hiện trạng hết năm 2022")
    assert lines[-1] == "Nay thuộc Xã Nhân Lý (từ 01/07/2025)."
    assert reply.intent == "xa_lacking"


async def test_a_name_of_two_units_is_asked_and_the_pick_answered(ctx: Ctx) -> None:
    """'Nhân Lý ở đâu': the old and the new unit are offered; picking the old tells its fate."""
    reply = await ask(ctx, "nhan ly o dau")
    assert len(reply.choices) == 2
    old = next(c for c in reply.choices if "Huyện Chi Lăng" in c.label)
    picked = await ask(ctx, button=old.data)
    assert picked.text.startswith("Xã Nhân Lý (Huyện Chi Lăng) không còn (đến 30/06/2025)")
    assert "Nay thuộc Xã Nhân Lý (từ 01/07/2025)." in picked.text


async def test_a_forged_pick_changes_nothing(ctx: Ctx) -> None:
    """A pick naming no unit gets the polite expired-choice answer."""
    reply = await ask(ctx, button=TodayButton("became", "99999@2030-01-01").pack())
    assert "hết hạn" in reply.text or "expired" in reply.text


def test_no_question_of_the_2023_table_is_taken_from_the_plan(ctx: Ctx) -> None:
    """Every utterance of the plan's table stays the plan's: the today reader claims none."""
    claimed = [u.text for u in UTTERANCES if read(u.text, ctx.timeline, TODAY) is not None]
    assert claimed == []


async def test_commands_and_picks_also_say_what_a_2023_xa_is_today(ctx: Ctx) -> None:
    """/xa Tĩnh Bắc and a pick among the two Mẫu Sơn end with the line on today."""
    command = await ask(ctx, "/xa Tĩnh Bắc")
    assert command.text.splitlines()[-1] == "Nay thuộc Xã Khuất Xá (từ 01/07/2025)."
    choose = await ask(ctx, "Mẫu Sơn còn thiếu tiêu chí nào", chat="m")
    cao_loc = next(c for c in choose.choices if "Cao Lộc" in c.label)
    picked = await ask(ctx, button=cao_loc.data, chat="m")
    assert picked.text.splitlines()[-1] == "Nay thuộc Xã Ba Sơn (từ 01/07/2025)."


@pytest.mark.parametrize(
    "then", ["bây giờ sáp nhập vào đâu rồi", "gio no thuoc xa nao roi", "h nó là xã gì"]
)
async def test_what_became_of_the_xa_asked_before(ctx: Ctx, then: str) -> None:
    """A question about today naming no unit after a xã: that xã (Tĩnh Bắc → Khuất Xá)."""
    await ask(ctx, "Tĩnh Bắc đạt mấy tiêu chí", chat="b")
    reply = await ask(ctx, then, chat="b")
    assert reply.intent == "today_became" and "Khuất Xá" in reply.text, reply.text


async def test_a_follow_up_after_an_answer_about_today_keeps_its_unit(ctx: Ctx) -> None:
    """'xã đó gồm những xã nào' after 'Tĩnh Bắc giờ thuộc xã nào': the unit that answer was
    about (1672/NQ-UBTVQH15: today's Khuất Xá is Tam Gia and Khuất Xá)."""
    await ask(ctx, "Khuất Xá mới gồm những xã nào", chat="k")
    reply = await ask(ctx, "còn xã đó thuộc nhóm mấy", chat="k")
    assert reply.intent == "today_group" and "Khuất Xá" in reply.text, reply.text


@pytest.mark.parametrize(
    ("name", "district", "into"),
    # langson_2025_old_to_new.csv: Hòa Bình (Chi Lăng) → Vạn Linh; Mẫu Sơn (Cao Lộc) → Ba Sơn.
    [("hoa binh", "chi lang", "Vạn Linh"), ("Mẫu Sơn", "Cao Lộc", "Ba Sơn")],
)
async def test_a_reused_name_with_its_district_is_that_one(
    ctx: Ctx, name: str, district: str, into: str
) -> None:
    """A name several xã had, with the district typed after it: only that xã's story."""
    reply = await ask(ctx, f"xã {name} {district} bây giờ thuộc xã nào")
    assert reply.intent == "today_became" and into in reply.text, reply.text
    assert reply.text.count("không còn") == 1, reply.text


async def test_xa_em_of_an_official_of_a_new_xa_is_that_xa(ctx: Ctx) -> None:
    """An official registered on today's Ba Sơn (Cao Lâu, Xuất Lễ, Mẫu Sơn of Cao Lộc since
    1 July 2025): 'xã em gồm những xã cũ nào' is about Ba Sơn; the deadline stays the rule."""
    code = await create_invite(ctx.db, "xa_official", "06196@2025-07-01", ctx.clock())
    signed = await ask(ctx, f"/dangky {code}", chat="bs", user="u-bs")
    assert signed.intent == "registered", signed.text
    made_of = await ask(ctx, "xã em gồm những xã cũ nào", chat="bs", user="u-bs")
    assert made_of.intent == "today_made_of" and "Cao Lâu" in made_of.text, made_of.text
    rule = await ask(ctx, "báo cáo tháng của xã em hạn cuối ngày nào", chat="bs", user="u-bs")
    assert rule.intent == "report_how", rule.text


async def test_the_count_of_units_names_each_step(ctx: Ctx) -> None:
    """Today 61 xã; from 1 December 2024 175 xã (194 units: units_2024-12 roster); the plan's
    181 xã (200 units): 120 fewer xã than the plan."""
    reply = await ask(ctx, "năm 2023 tỉnh có bao nhiêu đơn vị hành chính cấp xã, giờ còn mấy")
    assert reply.intent == "today_count", reply.text
    assert all(n in reply.text for n in ("61 xã", "194", "175", "200", "120")), reply.text


@pytest.mark.parametrize("text", ["hạn nộp báo cáo của xã Khuất Xá", "xã Ba Sơn nộp bc chưa"])
async def test_reporting_about_a_xa_of_today_is_reporting(ctx: Ctx, text: str) -> None:
    """A question on reports that names a xã of today is about reporting, not the xã's story."""
    reply = await ask(ctx, text)
    assert not reply.intent.startswith("today_"), reply.text


async def test_a_new_xas_history_names_what_its_predecessors_aimed_at(ctx: Ctx) -> None:
    """Ba Sơn's predecessors: Cao Lâu (PL4 TT3: 9/19, aims at 18), Mẫu Sơn (PL4 TT1: 15)."""
    reply = await ask(ctx, "các xã cũ hợp thành Ba Sơn năm 2023 phấn đấu tiêu chí nào")
    assert reply.intent == "today_history", reply.text
    assert "phấn đấu: 18" in reply.text and "phấn đấu: 15" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "others"),
    # langson_units_2025-07_new.csv: Đoàn Kết from Khánh Long, Đoàn Kết, Cao Minh; Tân Tiến
    # from Tân Tiến, Tân Yên, Kim Đồng (all of Tràng Định)
    [
        ("xã Khánh Long được ghép với những xã nào", ("Đoàn Kết", "Cao Minh")),
        ("tan yen trang dinh gio gop voi xa nao", ("Tân Tiến", "Kim Đồng")),
    ],
)
async def test_what_became_of_a_xa_names_the_xa_it_merged_with(
    ctx: Ctx, text: str, others: tuple[str, ...]
) -> None:
    reply = await ask(ctx, text)
    assert reply.intent == "today_became", reply.text
    merged = next(line for line in reply.text.splitlines() if line.startswith("Cùng sáp nhập"))
    assert all(name in merged for name in others), reply.text
