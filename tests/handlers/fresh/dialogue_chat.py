"""Dialogue rows (see dialogues.py): thanks, new topics, the plan and today, "xã em".

The sources of the figures are named in dialogues.py's docstring and beside each row.
"""

from __future__ import annotations

from tests.handlers.fresh.dialogue_follow import (
    AVG,
    BECAME,
    CAO_LOC,
    CHI_LANG,
    LAM_CA,
    MEMBERS,
    NHAN_LY,
    NHAN_LY_NEW,
    XA,
)
from tests.handlers.fresh.row import F

THANKS: tuple[F, ...] = (
    # ------------------------------------------- a thank-you or "ok" between or after questions
    F(
        "còn Lộc Bình",
        "average",
        ("11,89",),
        before=("bq tc huyện Cao Lộc bao nhiêu", "ok cảm ơn bot"),
    ),  # PL6 avg
    F(
        "thế còn xã Bắc Xa",
        "xa_lacking",
        ("5/19",),
        before=("xã Bính Xá thiếu tiêu chí nào", "dạ em cảm ơn"),
    ),  # PL4 TT10
    F(
        "thế còn Chi Lăng ạ",
        "criterion_count",
        ("10/18",),
        before=("tiêu chí 10 huyện Bắc Sơn bao nhiêu xã đạt", "cảm ơn nhé"),
    ),  # PL6
    F(
        "hay quá, còn xã Đồng Tiến thì thiếu gì",
        "xa_lacking",
        ("11/19",),
        before=("Long Đống thiếu gì",),
    ),  # PL1 TT3
    F(
        "cảm ơn bạn, cho hỏi thêm tổng vốn năm 2023 là bao nhiêu",
        "funding",
        ("5.103",),
        before=("bq tc toàn tỉnh",),
    ),  # funding.csv
    F("oki em cảm ơn", "greet", before=("bq tc toàn tỉnh",)),
    F("vâng ạ", "greet", before=("tc 5 Chi Lăng bao nhiêu xã đạt",)),
    F("thanks bot nhé", "greet", before=("xã Nhân Lý thiếu gì", "còn Lâm Ca")),
    F("oki cảm ơn bot nha", "greet", before=("Quốc Khánh thiếu những tc nào",)),
    F("dạ e hiểu rồi ạ", "greet", before=("tiêu chí 18 là gì",)),
    F("👍 tks bot", "greet", before=("bq tc Hữu Lũng",)),
    F("ok a, để e báo lại lãnh đạo", "greet", before=("xã Hội Hoan thiếu tiêu chí nào",)),
)

NEW_TOPIC: tuple[F, ...] = (
    # ------------------------------------------- a new question after a follow-up: no old unit
    F(
        "tỉnh có bao nhiêu xã biên giới",
        "group_members|count",
        ("20",),
        lacks=("Lâm Ca",),
        before=("Nhân Lý thiếu gì", "còn Lâm Ca"),
    ),  # PL4
    F(
        "tiêu chí 17 là gì vậy",
        "criterion_info",
        ("Môi trường",),
        lacks=("Cao Lộc",),
        before=("bq tc Lộc Bình", "còn Cao Lộc thì sao"),
    ),
    F(
        "bình quân tiêu chí cả tỉnh bao nhiêu",
        "average",
        ("13,38",),
        lacks=("10,72",),
        before=("tc 2 Văn Lãng bao nhiêu xã đạt", "còn Bình Gia"),
    ),  # PL6
    F(
        "tổng vốn thực hiện chương trình năm 2023",
        "funding",
        ("5.103",),
        lacks=("Hữu Lũng",),
        before=("bq tc Chi Lăng", "thế Hữu Lũng"),
    ),  # funding.csv
    F(
        "xã Hội Hoan thiếu những tiêu chí nào",
        "xa_lacking",
        ("11/19",),
        lacks=("Đình Lập",),
        before=("tc 10 Tràng Định mấy xã", "Đình Lập thì sao"),
    ),  # PL5 TT8
    F(
        "năm 2023 tỉnh phấn đấu thêm mấy xã đạt chuẩn nông thôn mới",
        "targets|count",
        ("10",),
        lacks=("Văn Quan",),
        before=("bq tc Bắc Sơn", "còn Văn Quan"),
    ),  # headline
    F(
        "huyện nào có bình quân thấp nhất",
        "ranking",
        ("Bình Gia", "10,72"),
        lacks=("Đào Viên",),
        before=("xã Đào Viên thiếu tc gì", "xã đó thuộc huyện nào"),
    ),  # PL6
    F(
        "tiêu chí 5 toàn tỉnh có bao nhiêu xã đạt",
        "criterion_count",
        ("81/181",),
        lacks=("4/20",),
        before=("tc 17 Cao Lộc", "tc 5 thì sao"),
    ),  # PL6 tc 5
    F(
        "danh sách 10 xã đặc biệt khó khăn",
        "group_members",
        ("Tân Tiến", "Quyết Thắng"),
        lacks=("Tú Mịch",),
        before=("Lộc Bình có mấy xã biên giới", "kể tên ra"),
    ),  # PL5
    F(
        "huyện Đình Lập có mấy xã",
        "count",
        ("10",),
        lacks=("Lâm Ca",),
        before=("Lâm Ca thiếu gì",),
    ),  # 174 ÷ 17,40
    F(
        "hướng dẫn em cách báo cáo tháng",
        "report_how",
        lacks=("Hữu Lũng",),
        before=("bq tc Hữu Lũng", "còn Lộc Bình"),
    ),
    F(
        "bot làm được những gì",
        "help|about",
        lacks=("Lâm Ca",),
        before=("Lâm Ca thiếu gì", "xã đó giờ thuộc xã nào"),
    ),
    F(
        "tiêu chí 11 gồm những gì",
        "criterion_info",
        ("Nghèo",),
        lacks=("Bắc Sơn",),
        before=("bq tc Bắc Sơn", "nâng cao thì sao"),
    ),
    F(
        "OCOP năm 2023 mục tiêu bao nhiêu sản phẩm",
        "targets",
        ("OCOP", "15 sản phẩm"),
        lacks=("Bắc Sơn",),
        before=("tc 13 Bình Gia mấy xã đạt", "còn Bắc Sơn"),
    ),  # headline
    F(
        "xã Tân Hương đạt chuẩn chưa",
        XA,
        ("19/19",),
        lacks=("10,72",),
        before=("Hoa Thám thiếu gì", "thế huyện đó bq bao nhiêu"),
    ),  # PL5 TT3
    F(
        "xã Quốc Khánh còn thiếu tiêu chí nào",
        "xa_lacking",
        ("4/19",),
        lacks=("Cao Lộc",),
        before=("tc 5 Cao Lộc", "còn tc 6"),
    ),  # PL4 TT8
    F(
        "mục tiêu năm 2023 tổng số xã đạt chuẩn là bao nhiêu",
        "targets|count",
        ("95",),
        lacks=("Tràng Định",),
        before=("bq tc Tràng Định", "xếp thứ mấy"),
    ),  # headline
)

PLAN_AND_TODAY: tuple[F, ...] = (
    # ------------------------------------------- between the 2023 plan and today's units
    # the new Xã Thái Bình: Thị trấn NT Thái Bình, Xã Thái Bình, Xã Lâm Ca
    F(
        "xã mới đó gồm những xã nào",
        "today_made_of",
        ("Thái Bình", "Lâm Ca"),
        before=("Lâm Ca giờ thuộc xã nào",),
    ),
    F(
        "thế năm 2022 Lâm Ca đạt mấy tiêu chí",
        XA,
        ("11/19",),
        before=("xã Thái Bình bây giờ gồm những xã nào",),
    ),  # PL1 TT6
    F(
        "còn Đồng Tiến giờ thuộc xã nào",
        BECAME,
        ("Thiện Tân",),
        before=("Lâm Ca nay thuộc xã nào",),
    ),  # 2025 map
    # the new Xã Điềm He: Trấn Ninh (PL5), Liên Hội (PL1), Điềm He (PL2)
    F(
        "trong các xã cũ đó xã nào có trong kế hoạch 2023",
        "today_history|today_made_of|today_coverage",
        ("Liên Hội", "Trấn Ninh"),
        before=("xã Điềm He hiện nay gồm những xã nào",),
    ),
    F(
        "hồi năm 2023 thì xã đó thiếu tiêu chí nào",
        "xa_lacking",
        ("9/19",),
        before=("Long Đống bây giờ thuộc xã nào",),
    ),  # PL1 TT4
    F(
        "bây giờ thì sao",
        "today_became|today_where|today_history",
        ("Đồng Đăng",),
        before=("xã Bảo Lâm năm 2022 đạt mấy tc",),
    ),  # 2025 map
    F(
        "xã mới đó giờ đạt bao nhiêu tiêu chí",
        "today_history",
        ("Bảo Lâm", "7/19"),
        before=("Bảo Lâm bây giờ thuộc xã nào",),
    ),  # PL1 TT5
    F(
        "thế còn theo kế hoạch 2023 huyện Cao Lộc cũ",
        AVG,
        ("11,80",),
        before=("Đồng Đăng bây giờ gồm những xã nào",),
    ),  # PL6 avg
    F(
        "thế tỉnh bây giờ có bao nhiêu xã",
        "today_count",
        ("61",),
        before=("năm 2023 tỉnh có bao nhiêu xã",),
    ),
    F(
        "thế năm 2023 thì có bao nhiêu xã",
        "count|today_count",
        ("181",),
        before=("hiện nay Lạng Sơn có bao nhiêu xã",),
    ),  # units 2023
    F(
        "còn năm 2023 thì huyện Hữu Lũng có mấy xã",
        "count",
        ("23",),
        before=("bây giờ Lạng Sơn có bao nhiêu xã",),
    ),  # 325 ÷ 14,13
    F(
        "xã Tân Thành mới gồm những xã nào",
        "today_made_of",
        ("Hòa Lạc", "Hòa Sơn"),
        before=("xã Tân Thành huyện Hữu Lũng năm 2022 đạt mấy tiêu chí",),
    ),
    F(
        "còn Nhân Lý cũ năm 2022 đạt mấy",
        XA,
        ("10/19",),
        before=("xã Nhân Lý bây giờ gồm mấy xã cũ",),
    ),  # PL1 TT1
    F(
        "Quốc Việt mới có những xã cũ nào",
        "today_made_of",
        ("Đào Viên",),
        before=("Đào Viên thiếu mấy tiêu chí",),
    ),
    F(
        "kháng chiến mới thì gồm những xã nào",
        "today_made_of",
        ("Tân Minh", "Trung Thành"),
        before=("xã Kháng Chiến thiếu những tiêu chí nào",),
    ),
    F(
        "xã Hội Hoan hiện nay gồm những xã nào",
        "today_made_of",
        ("Gia Miễn",),
        before=("Hội Hoan năm 2022 đạt mấy tc",),
    ),
    F(
        "còn Thanh Long thì giờ về đâu",
        BECAME,
        ("Thụy Hùng",),
        before=("Hội Hoan bây giờ thuộc xã nào",),
    ),
    F(
        "thế giờ xã Thiện Tân đạt bao nhiêu tc",
        "today_history",
        ("Đồng Tiến",),
        before=("Đồng Tiến Hữu Lũng giờ thuộc xã nào",),
    ),  # PL1 TT3
    # the new Xã Ba Sơn: Cao Lâu, Xuất Lễ, Mẫu Sơn (Cao Lộc); PL4 TT3 Cao Lâu meets 9
    F(
        "thế 2023 xã Cao Lâu thiếu gì",
        "xa_lacking",
        ("10/19",),
        before=("xã Ba Sơn bây giờ gồm những xã nào",),
    ),
    # criteria_2026_2030.csv: 10 criteria
    F(
        "thế theo bộ tiêu chí mới 2026-2030 thì có mấy tiêu chí",
        "today_new_set",
        ("10",),
        before=("Nhân Lý đạt mấy tc",),
    ),
)

REGISTERED: tuple[F, ...] = (
    # ------------------------------------------- "xã em", "huyện em" of a registered official
    F(
        "xã em đạt mấy tiêu chí rồi", XA, ("Nhân Lý", "10/19"), before=("chào bot",), who=NHAN_LY
    ),  # PL1 TT1
    F(
        "còn huyện em bình quân bao nhiêu",
        "average",
        ("Chi Lăng", "14,61"),
        before=("xã em còn thiếu tiêu chí nào",),
        who=NHAN_LY,
    ),  # PL6 avg
    F(
        "huyện em tiêu chí giao thông có mấy xã đạt",
        "criterion_count",
        ("10/18",),
        before=("xã em đạt tiêu chí giao thông chưa",),
        who=NHAN_LY,
    ),  # PL6 tc 2
    F(
        "so với xã Lâm Ca thì xã em hơn hay kém",
        "compare",
        ("Nhân Lý", "Lâm Ca"),
        before=("xã em đạt bao nhiêu tiêu chí",),
        who=NHAN_LY,
    ),  # PL1
    F(
        "năm 2023 xã em phấn đấu những tiêu chí nào",
        "targets|xa_lacking",
        ("2, 4, 5, 6, 7, 10, 13, 15, 17",),
        before=("dạ em chào anh",),
        who=NHAN_LY,
    ),  # PL1 TT1
    F(
        "vậy xã em còn thiếu mấy cái",
        "xa_lacking",
        ("Nhân Lý", "9/19"),
        before=("tiêu chí 2 là gì",),
        who=NHAN_LY,
    ),  # PL1 TT1
    F(
        "xã em giờ thuộc xã mới nào", BECAME, ("Thái Bình",), before=("chào anh",), who=LAM_CA
    ),  # 2025 map
    F(
        "thế còn xã em thì sao",
        "xa_lacking",
        ("Lâm Ca", "8/19"),
        before=("xã Nhân Lý thiếu tc gì",),
        who=LAM_CA,
    ),  # PL1 TT6
    F(
        "còn huyện em thì xếp thứ mấy",
        "ranking",
        ("Đình Lập", "17,40"),
        before=("huyện em bq bao nhiêu tc",),
        who=LAM_CA,
    ),  # PL6 avg
    F(
        "huyện em thì sao",
        "average",
        ("Đình Lập", "17,40"),
        before=("bq tc toàn tỉnh",),
        who=LAM_CA,
    ),  # PL6 avg
    F(
        "huyện em có mấy xã đạt tiêu chí y tế",
        "criterion_count",
        ("11/18",),
        before=("chào bot",),
        who=CHI_LANG,
    ),  # PL6 tc 15
    F(
        "thế còn nâng cao",
        "average",
        ("12,25",),
        before=("bình quân tiêu chí huyện em",),
        who=CHI_LANG,
    ),  # PL7 avg
    F(
        "huyện em xã nào trong kế hoạch đạt chuẩn 2023",
        MEMBERS + "|targets",
        ("Nhân Lý",),
        lacks=("Lâm Ca",),
        before=("chào bot",),
        who=CHI_LANG,
    ),  # PL1
    F(
        "huyện em có mấy xã biên giới",
        "group_members|count",
        ("Xuất Lễ", "Bảo Lâm"),
        lacks=("Đội Cấn",),
        before=("bq tc huyện em",),
        who=CAO_LOC,
    ),  # PL4
    F(
        "xã nào ở huyện em thấp nhất",
        "ranking",
        ("Mẫu Sơn",),
        lacks=("Hoa Thám",),
        before=("huyện em bình quân bao nhiêu tc",),
        who=CAO_LOC,
    ),  # PL4 TT1
    F(
        "thế xã em gồm những xã cũ nào",
        "today_made_of",
        ("Bắc Thủy", "Mai Sao", "Lâm Sơn"),
        before=("chào anh",),
        who=NHAN_LY_NEW,
    ),
    F(
        "hồi 2022 thì xã Nhân Lý cũ đạt mấy tc",
        XA,
        ("10/19",),
        before=("xã em gồm những xã nào",),
        who=NHAN_LY_NEW,
    ),  # PL1 TT1
)
