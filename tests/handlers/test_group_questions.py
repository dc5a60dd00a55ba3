"""Questions over the xã of a programme group and bounds relative to a share or an average.

Each capability is asked in several phrasings, with and without diacritics; the expected figures
are computed by hand from the transcribed plan (store/data/kh18_2023/phu_luc_N.tsv = PLN, and
ntm_xa_2022_by_district.csv = ntm), never taken from the bot. A xã's figure is its row's "Số
tiêu chí đã đạt" (end of 2022); "planned" adds its "Số tiêu chí phấn đấu" (2023 plan).
"""

from __future__ import annotations

import pytest

from bot.context import Ctx
from handlers.gazetteer import Gazetteer
from handlers.parse import parse
from handlers.query import Filter, from_state, to_state
from tests.conftest import ask
from tests.handlers.fresh.row import F
from tests.handlers.test_fresh_questions import failure

GROUP_BOUND: tuple[F, ...] = (
    # PL4 under 8: Mẫu Sơn (Cao Lộc) 5, Bảo Lâm 7, Tân Minh 7, Thụy Hùng 7 -> 4 of 20 (20,0 %);
    # Thanh Lòa has 8, not under
    F(
        "các xã biên giới có dưới 8 tiêu chí",
        "count",
        ("4/20", "20,0%", "Mẫu Sơn", "Bảo Lâm", "Tân Minh", "Thụy Hùng", "Phụ lục 4"),
        lacks=("Thanh Lòa", "Đào Viên"),
    ),
    # PL5 under 8: Tân Tiến 7, Hoa Thám 4 (as counted), Trấn Ninh 5 -> 3 of 10; Hội Hoan has 8
    F(
        "xa dbkk nao duoi 8 tieu chi",
        "count",
        ("3/10", "Hoa Thám", "Trấn Ninh", "Tân Tiến", "hết năm 2022", "Phụ lục 5"),
        lacks=("Hội Hoan", "Quyết Thắng"),
    ),
    # PL4 at least 15: Xuất Lễ, Tú Mịch, Yên Khoái, Tam Gia, Tân Mỹ, Tân Thanh, Trùng Khánh
    # (19), Đội Cấn 17, Quốc Khánh 15 -> 9 of 20; Bắc Xa has 14
    F(
        "mấy xã biên giới đạt từ 15 tiêu chí trở lên",
        "count",
        ("9/20", "45,0%", "Quốc Khánh", "Đội Cấn", "Trùng Khánh"),
        lacks=("Bắc Xa", "Bính Xá"),
    ),
    # PL1 above 9 at the end of 2022: Lâm Ca 11, Nhân Lý 10, Long Đống 10 -> 3 of 10 (every
    # candidate aims at all 19, so the year names the group, not the period)
    F(
        "xa ve dich 2023 nao tren 9 tc",
        "count",
        ("3/10", "Lâm Ca", "Nhân Lý", "Long Đống", "Phụ lục 1"),
        lacks=("Tĩnh Bắc", "Kháng Chiến"),
    ),
    # PL4, Tràng Định's four: Đội Cấn 17, Đào Viên 9, Quốc Khánh 15, Tân Minh 7 -> 2 of 4
    F(
        "xã biên giới huyện Tràng Định dưới 10 tiêu chí",
        "count",
        ("2/4", "Đào Viên", "Tân Minh", "Tràng Định"),
        lacks=("Đội Cấn", "Quốc Khánh", "Thụy Hùng"),
    ),
    # PL5 lacking (19 - met) more than 10: Hoa Thám 15, Trấn Ninh 14, Tân Tiến 12, Hội Hoan 11,
    # Quyết Thắng 11 -> 5 of 10; Cao Lâu, Tĩnh Bắc, Đồng Thắng lack 10, not more
    F(
        "xã đbkk nào còn thiếu trên 10 tiêu chí",
        "count",
        ("5/10", "Hoa Thám", "15/19", "Hội Hoan", "Quyết Thắng", "còn thiếu"),
        lacks=("Cao Lâu", "Đồng Thắng", "Tân Hương"),
    ),
    # PL4 planned for 2023 (met + targets) under 10: Mẫu Sơn (Cao Lộc) 5+1 = 6, Thanh Lòa
    # 8+1 = 9, Thụy Hùng 7+2 = 9 -> 3 of 20; Cao Lâu 9+1 = 10 is not under
    F(
        "xã biên giới nào dưới 10 tiêu chí năm 2023",
        "count",
        ("3/20", "6/19", "Thanh Lòa", "Thụy Hùng", "phấn đấu năm 2023"),
        lacks=("Cao Lâu", "Tân Minh"),
    ),
    # PL5 not meeting all 19, most first: Chiến Thắng 10; Tân Hương (19) is left out
    F(
        "xã đbkk nào chưa đạt chuẩn nhưng nhiều tiêu chí nhất",
        "ranking",
        ("1. Xã Chiến Thắng", "10/19"),
        lacks=("Tân Hương",),
    ),
)

GROUP_AND: tuple[F, ...] = (
    # PL5 and PL4 share Cao Lâu (PL5 TT5, PL4 TT3) only
    F(
        "xa dbkk nao cung la xa bien gioi",
        "group_members",
        ("1 xã", "Cao Lâu", "9/19", "Phụ lục 4, 5"),
        lacks=("Xuất Lễ", "Tân Tiến"),
    ),
    # PL1 and PL5 share Tĩnh Bắc (PL1 TT2, PL5 TT6) only
    F(
        "xã về đích nào thuộc diện đbkk",
        "group_members",
        ("1 xã", "Tĩnh Bắc", "Phụ lục 1, 5"),
        lacks=("Nhân Lý", "Cao Lâu"),
    ),
    # PL2's five (Thượng Cường, Khánh Xuân, Điềm He, Tân Văn, Châu Sơn) are none of PL4's
    F(
        "xa len nang cao nao la xa bien gioi",
        "group_members",
        ("0 xã", "Không có xã nào"),
        lacks=("Khánh Xuân", "Xuất Lễ"),
    ),
)

SHARE_OF_COUNT: tuple[F, ...] = (
    # ntm: Bắc Sơn 10 of 17 xã (PL6 260 / 15.29) -> 58,8 %
    F(
        "tỉ lệ xã đạt chuẩn nông thôn mới hết năm 2022 của huyện Bắc Sơn",
        "count",
        ("10 xã", "58,8%", "17 xã"),
    ),
    # PL5: only Tân Hương lists 19 -> 1/10 (10,0 %); with 2023 targets Tân Tiến (7+12) and
    # Tĩnh Bắc (9+10) too -> 3 (30,0 %)
    F("bao nhieu phan tram xa dbkk dat chuan", "count", ("1/10", "10,0%", "3 xã", "30,0%")),
    # I.1: 95 - 10 = 85 of 181 at the end of 2022 -> 47,0 %
    F("tỷ lệ xã đạt chuẩn NTM của tỉnh đến hết năm 2022", "count", ("85 xã", "47,0%")),
)

CANDIDATE_AVERAGE: tuple[F, ...] = (
    # PL1: 10+9+8+10+7+11+9+9+8+7 = 88 over 10 -> 8,80; all aim at 19 -> 19,00
    F(
        "bình quân tiêu chí của các xã phấn đấu đạt chuẩn năm 2023",
        "average",
        ("8,80", "19,00", "Phụ lục 1"),
        lacks=("13,38",),
    ),
    # PL2: 6+10+5+7+5 = 33 nâng cao criteria over 5 -> 6,60
    F(
        "trung binh tieu chi nang cao cua cac xa phan dau nang cao",
        "average",
        ("6,60", "Phụ lục 2"),
        lacks=("8,99",),
    ),
    # PL3: Đồng Ý and Hoàng Đồng met 1 of the 4 model conditions, aim at 3 more -> 1,00, 4,00
    F("bq điều kiện kiểu mẫu của 2 xã đăng ký", "average", ("1,00", "4,00", "Phụ lục 3")),
)

BOUND_RELATIVE: tuple[F, ...] = (
    # PL6 Tổng cộng above 90 % of 181 (over 162,9): rows 14 (181), 3 (177), 19 (177), 16
    # (164), 1 (163) -> 5 of 19; row 7 (159, 87,8 %) is not
    F(
        "tiêu chí nào có trên 90% số xã đạt",
        "ranking",
        ("5/19", "181/181", "164/181", "163/181"),
        lacks=("159/181", "157/181"),
    ),
    # PL6 Tổng cộng under 100 xã: rows 2 (92), 10 (90), 17 (90), 13 (87), 11 (83), 5 (81),
    # 6 (76) -> 7 of 19; row 15 (111) is not
    F(
        "tc nào dưới 100 xã đạt",
        "ranking",
        ("7/19", "92/181", "76/181"),
        lacks=("111/181",),
    ),
    # PL6: above the province's 13,38: TP 19,00, Đình Lập 17,40, Bắc Sơn 15,29, Chi Lăng
    # 14,61, Hữu Lũng 14,13; Văn Lãng equals it (13,38), Tràng Định 13,24 is under
    F(
        "huyen nao tren binh quan tinh",
        "ranking",
        ("13,38", "19,00", "17,40", "15,29", "14,61", "14,13"),
        lacks=("13,24", "Văn Lãng"),
    ),
    # PL7: under the province's 8,99: Cao Lộc 7,75, Văn Lãng 7,43, Lộc Bình 7,00, Bình Gia and
    # Văn Quan 4,75; Bắc Sơn and Đình Lập have 9,00
    F(
        "huyện nào có bq nâng cao dưới bq tỉnh",
        "ranking",
        ("8,99", "7,75", "7,43", "7,00", "4,75", "Phụ lục 7"),
        lacks=("Bắc Sơn", "Đình Lập", "12,25"),
    ),
)

# Bounds on a group's xã relative to a share of the set or to the province's average
XA_RELATIVE: tuple[F, ...] = (
    # PL5 under 50 % of 19 criteria (under 9,5): Hoa Thám 4, Trấn Ninh 5, Tân Tiến 7, Hội Hoan 8,
    # Quyết Thắng 8, Cao Lâu 9, Tĩnh Bắc 9, Đồng Thắng 9 -> 8 of 10; Chiến Thắng has 10
    F(
        "xa dbkk nao dat duoi 50% tieu chi",
        "count",
        ("8/10", "Đồng Thắng"),
        lacks=("Chiến Thắng",),
    ),
    # PL6 prints the province's average for 2023 only (13,38); PL4's 2023 plans under it:
    # Mẫu Sơn (Cao Lộc) 5+1 = 6, Thanh Lòa 8+1 = 9, Thụy Hùng 7+2 = 9, Cao Lâu 9+1 = 10
    F(
        "xã biên giới nào dưới bình quân toàn tỉnh hết năm 2022",
        "average",
        ("4/20", "13,38", "không có bình quân hết năm 2022", "Cao Lâu", "10/19"),
        lacks=("Bắc Xa", "Bính Xá"),
    ),
    # No province average for the model conditions (PL6, PL7 are NTM and nâng cao only)
    F("xa kieu mau nao duoi bq tinh", "average", ("KH 18 không có bình quân toàn tỉnh",)),
    # Bắc Sơn has no border xã in PL4
    F("xã biên giới huyện Bắc Sơn dưới 10 tiêu chí", "count", ("KH 18 không có xã nào",)),
)

GROUP_IN_DISTRICT: tuple[F, ...] = (
    F("xã nâng cao năm 2023 của huyện Lộc Bình", "group_members", ("Khánh Xuân", "1 xã")),  # PL2
    F("xa kieu mau 2023 o Bac Son", "group_members", ("Đồng Ý",), lacks=("Hoàng Đồng",)),  # PL3
)

# Follow-ups keep the group, the second group and the bound, and change the district or period
FOLLOW_UPS: tuple[F, ...] = (
    # PL4, Cao Lộc's five: Mẫu Sơn 5, Bảo Lâm 7, Thanh Lòa 8, Cao Lâu 9 under 10; Xuất Lễ 19
    F(
        "con Cao Loc?",
        "count",
        ("4/5", "Cao Lâu"),
        before=("xa bien gioi nao chua toi 10 tieu chi",),
        lacks=("Xuất Lễ", "Thụy Hùng"),
    ),
    # PL4 and PL5 in Cao Lộc: Cao Lâu
    F(
        "còn huyện Cao Lộc thì sao",
        "group_members",
        ("1 xã", "Cao Lâu", "Cao Lộc"),
        before=("xã nào vừa thuộc biên giới vừa thuộc đbkk",),
        lacks=("Mẫu Sơn",),
    ),
)

# What must not change: a plain group list, a group in a district, a district's average and
# ranking, a xã's status, the border target (section I.1).
UNCHANGED: tuple[F, ...] = (
    F("danh sách xã biên giới", "group_members", ("20 xã", "Trùng Khánh", "Mẫu Sơn")),
    F("xã biên giới huyện Văn Lãng", "group_members", ("5 xã", "Thụy Hùng"), lacks=("Đội Cấn",)),
    F("bình quân tiêu chí huyện Tràng Định", "average", ("13,24",)),
    F("huyện nào bình quân cao nhất", "ranking", ("19,00", "13,24", "10,72")),
    F("xa nhan ly con thieu tieu chi nao", "xa_lacking", ("9/19",)),
    F("xã Nhân Lý nâng cao 2023", "xa_overview", ("Nhân Lý",), lacks=("Thượng Cường",)),
)

TABLE = (
    GROUP_BOUND
    + GROUP_AND
    + SHARE_OF_COUNT
    + CANDIDATE_AVERAGE
    + BOUND_RELATIVE
    + XA_RELATIVE
    + GROUP_IN_DISTRICT
    + FOLLOW_UPS
    + UNCHANGED
)


@pytest.mark.parametrize("row", TABLE, ids=[r.text[:40] for r in TABLE])
async def test_group_question(ctx: Ctx, row: F) -> None:
    """Each phrasing gets a reply of its intent with the figures computed from the plan."""
    assert await failure(ctx, row, chat="groups") is None


async def test_bound_reply_data(ctx: Ctx) -> None:
    """A group's bound says how many of how many, and which xã, in its data."""
    reply = await ask(ctx, "xã biên giới nào dưới 10 tc năm 2022")
    # PL4 under 10 at the end of 2022: Mẫu Sơn (Cao Lộc) 5, Cao Lâu 9, Thanh Lòa 8, Bảo Lâm 7,
    # Đào Viên 9, Tân Minh 7, Mẫu Sơn (Lộc Bình) 9, Thụy Hùng 7, Thanh Long 9
    assert (reply.data["count"], reply.data["of"]) == (9, 20)
    assert reply.data["filter"] == ["below", 10, "met"]


@pytest.mark.parametrize(
    ("text", "group", "also", "filt"),
    [
        ("xa nao vua bien gioi vua dac biet kho khan", "bien_gioi", "dbkk", None),
        ("xa ve dich nao la xa bien gioi", "ntm_2023", "bien_gioi", None),
        ("xã về đích nào còn thiếu dưới 9 tc", "ntm_2023", None, Filter("below", 9, "lacking")),
        ("tc nao duoi 40 phan tram xa dat", None, None, Filter("below", 40, "share")),
        ("huyện nào dưới bình quân tỉnh", None, None, Filter("below", None, "average")),
        ("xã biên giới", "bien_gioi", None, None),
    ],
)
def test_group_reading(
    gazetteer: Gazetteer, text: str, group: str | None, also: str | None, filt: Filter | None
) -> None:
    """The groups, the second group and what a bound is on are read from the words."""
    q = parse(text, gazetteer)
    assert (q.group, q.also_group or None, q.filter) == (group, also, filt)
    kept = from_state(to_state(q))  # a follow-up keeps both groups and the bound's kind
    assert kept is not None
    assert (kept.group, kept.also_group or None, kept.filter) == (group, also, filt)
