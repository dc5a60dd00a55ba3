"""Dialogue rows (see dialogues.py): corrections, pointing back, asking for more.

The sources of the figures are named in dialogues.py's docstring and beside each row.
"""

from __future__ import annotations

from tests.handlers.fresh.dialogue_follow import AVG, BECAME, MEMBERS, NHAN_LY, XA
from tests.handlers.fresh.row import F

CORRECTIONS: tuple[F, ...] = (
    # Tân Thành is a xã of Cao Lộc, Bắc Sơn and Hữu Lũng (2023); none is in PL1-5
    F(
        "à không, ý em là xã Tân Thành huyện Hữu Lũng",
        "xa_lacking|no_data",
        ("Tân Thành", "Hữu Lũng"),
        lacks=("Cao Lộc",),
        before=("xã Tân Thành còn thiếu tiêu chí nào",),
    ),
    F(
        "nhầm, Cao Lộc cơ",
        "average",
        ("11,80",),
        lacks=("11,89",),
        before=("bình quân tiêu chí huyện Lộc Bình",),
    ),  # PL6 avg
    F(
        "à nhầm, em hỏi xã Lâm Ca",
        "xa_lacking",
        ("8/19",),
        lacks=("9/19",),
        before=("xã Nhân Lý còn thiếu những tiêu chí gì",),
    ),  # PL1
    F(
        "không phải, tiêu chí 6 cơ",
        "criterion_count",
        ("9/18",),
        lacks=("6/18",),
        before=("tiêu chí 5 Bình Gia bao nhiêu xã đạt",),
    ),  # PL6
    F(
        "sorry em gõ nhầm, ý em là huyện Bắc Sơn",
        AVG,
        ("15,29",),
        lacks=("10,72",),
        before=("bq tc huyện Bình Gia",),
    ),  # PL6 avg
    F(
        "ý em là Mẫu Sơn bên Lộc Bình",
        "xa_lacking",
        ("10/19",),
        before=("Mẫu Sơn còn thiếu tc nào",),
    ),  # PL4 TT14
    F(
        "à không, Mẫu Sơn Cao Lộc", XA, ("5/19",), before=("xã Mẫu Sơn đạt bao nhiêu tiêu chí",)
    ),  # PL4 TT1
    F(
        "nhầm, năm 2022 chứ không phải 2023",
        "criterion_count",
        ("71",),
        lacks=("81/181",),
        before=("tiêu chí 5 cả tỉnh kế hoạch 2023 bao nhiêu xã đạt",),
    ),  # seed 27
    F(
        "ấy chết nhầm, nâng cao cơ",
        "average",
        ("12,25",),
        lacks=("14,61",),
        before=("bình quân tiêu chí huyện Chi Lăng",),
    ),  # PL7 avg
    F(
        "à em nhầm, Long Đống bên Bắc Sơn",
        "xa_lacking",
        ("9/19",),
        before=("xã Long Đông thiếu tc gì",),
    ),  # PL1 TT4
    F(
        "không, ý anh là cả tỉnh",
        "criterion_count",
        ("90/181",),
        lacks=("9/19",),
        before=("tc 10 huyện Lộc Bình mấy xã",),
    ),  # PL6 tc 10
    F(
        "nhầm huyện, Văn Lãng mới đúng",
        "criterion_count",
        ("16/16",),
        lacks=("10/16",),
        before=("tiêu chí 12 huyện Văn Quan có mấy xã đạt",),
    ),  # PL6 tc 12
    F(
        "à không phải tiêu chí 7, tiêu chí 17",
        "criterion_count",
        ("11/18",),
        lacks=("17/18",),
        before=("tc 7 Chi Lăng có bao nhiêu xã đạt",),
    ),  # PL6
    F(
        "em hỏi nhầm, ý là xã Thanh Long ở Văn Lãng",
        "xa_lacking",
        ("10/19",),
        before=("Thanh Lòa thiếu tiêu chí nào",),
    ),  # PL1 TT8
    F(
        "à quên, ý em hỏi tiêu chí 8",
        "criterion_count",
        ("7/16",),
        before=("Văn Quan có bao nhiêu xã", "tc 9 Văn Quan mấy xã đạt"),
    ),  # PL6 tc 8
    F(
        "ý em là nâng cao chứ không phải thường",
        "average",
        ("7,43",),
        before=("bình quân tc Văn Lãng",),
    ),  # PL7 avg
    # Hồng Phong of Cao Lộc is not in PL1-5 (Hồng Phong of Bình Gia is PL1 TT10, lacks 12)
    F(
        "không phải Hồng Phong Bình Gia, Hồng Phong Cao Lộc cơ",
        "xa_lacking|no_data",
        ("Hồng Phong", "Cao Lộc"),
        lacks=("12/19",),
        before=("xã Hồng Phong bình gia còn thiếu gì",),
    ),
    F(
        "à không, ý em là tiêu chí 15 y tế",
        "criterion_count",
        ("11/19",),
        lacks=("3/19",),
        before=("Lộc Bình bao nhiêu xã đạt tiêu chí 5",),
    ),  # PL6
    F(
        "à không, em muốn hỏi huyện Đình Lập",
        "criterion_count",
        ("8/10",),
        lacks=("11/17",),
        before=("tc 13 huyện Bắc Sơn mấy xã đạt",),
    ),  # PL6 tc 13
)

POINTING: tuple[F, ...] = (
    # ------------------------------------------- "xã đó", "huyện này", "cái đó", "nó"
    F(
        "xã đó thuộc huyện nào",
        "xa_overview|xa_met|xa_lacking|today_where",
        ("Tràng Định",),
        before=("Đào Viên còn thiếu tiêu chí nào",),
    ),  # PL4 TT7
    F(
        "huyện này có bao nhiêu xã", "count", ("21",), before=("bq tc huyện Tràng Định",)
    ),  # 278 ÷ 13,24
    F(
        "cái đó là tiêu chí gì vậy",
        "criterion_info|criterion_count",
        ("Môi trường",),
        before=("tc 17 Cao Lộc bao nhiêu xã đạt",),
    ),  # criteria.csv
    F(
        "nó là gì thế", "criterion_info", ("sản xuất",), before=("tc 13 Bình Gia mấy xã đạt",)
    ),  # criteria.csv
    F(
        "xã đó giờ sáp nhập vào đâu rồi",
        BECAME,
        ("Thái Bình",),
        before=("Lâm Ca đạt bao nhiêu tc",),
    ),  # 2025 map
    F(
        "chỗ đó giờ là xã gì", BECAME, ("Quốc Việt",), before=("Đào Viên thiếu mấy tc",)
    ),  # 2025 map
    F(
        "xã đó bây giờ thuộc xã nào",
        BECAME,
        ("Điềm He",),
        before=("Liên Hội còn thiếu tiêu chí nào",),
    ),  # 2025 map
    # the new Xã Nhân Lý: Bắc Thủy, Mai Sao, Nhân Lý, Lâm Sơn (langson_units_2025-07_new.csv)
    F(
        "nó gồm những xã cũ nào",
        "today_made_of",
        ("Bắc Thủy", "Mai Sao", "Lâm Sơn"),
        before=("Lâm Sơn chi lăng giờ thuộc xã nào",),
    ),
    F(
        "huyện đó bình quân bao nhiêu tiêu chí",
        "average",
        ("14,13",),
        before=("xã Quyết Thắng đạt mấy tiêu chí",),
    ),  # PL5, PL6 avg
    F(
        "xã này còn thiếu những cái nào",
        "xa_lacking",
        ("7/19",),
        before=("xã Bính Xá đạt mấy tc",),
    ),  # PL4 TT11: 12 met
    F(
        "ở huyện đó có mấy xã đạt",
        "criterion_count",
        ("4/20",),
        before=("Bảo Lâm đạt tiêu chí trường học chưa",),
    ),  # PL6 tc 5
    F(
        "thế cả huyện đó thì sao",
        "average|district_overview",
        ("17,40",),
        before=("Bắc Xa còn thiếu tc gì",),
    ),  # PL6 avg
    F(
        "mấy xã đó là những xã nào",
        MEMBERS,
        ("Tú Mịch", "Yên Khoái", "Tam Gia"),
        lacks=("Đội Cấn",),
        before=("Lộc Bình có mấy xã biên giới",),
    ),  # PL4
    F(
        "xã đó đạt chuẩn chưa",
        "xa_met|xa_overview|xa_lacking",
        ("19/19",),
        before=("Tân Hương thuộc huyện nào",),
    ),  # PL5 TT3
    F(
        "tiêu chí đó cả tỉnh bao nhiêu xã đạt",
        "criterion_count",
        ("111/181",),
        before=("Lâm Ca đạt tiêu chí y tế chưa",),
    ),  # PL6 tc 15
    F(
        "Văn Quan có mấy xã đạt tiêu chí đó",
        "criterion_count",
        ("9/16",),
        before=("xã Trấn Ninh đạt tiêu chí y tế chưa",),
    ),  # PL6 tc 15
    # PL1: Nhân Lý 10, Lâm Ca 11
    F(
        "hai xã đó xã nào nhiều hơn",
        "compare|ranking",
        ("Lâm Ca", "11"),
        before=("Nhân Lý đạt mấy tc", "còn Lâm Ca"),
    ),
    F(
        "vậy xã đó cần thêm mấy tiêu chí nữa mới đạt chuẩn",
        "xa_lacking|count",
        ("8/19",),
        before=("Lâm Ca hết 2022 đạt bao nhiêu tc",),
    ),  # PL1
    F(
        "thế huyện đó bq bao nhiêu", "average", ("13,24",), before=("Kháng Chiến thiếu tc gì",)
    ),  # PL1, PL6 avg
    F(
        "thế xã đó có nằm trong danh sách biên giới không",
        "group_members|xa_overview|xa_met",
        ("Thụy Hùng",),
        before=("Thụy Hùng đạt mấy tiêu chí",),
    ),  # PL4 TT18
    F(
        "nhóm đó có xã nào thuộc Tràng Định không",
        MEMBERS,
        ("Tân Tiến",),
        lacks=("Hoa Thám",),
        before=("danh sách xã đặc biệt khó khăn",),
    ),  # PL5 TT1
)

MORE: tuple[F, ...] = (
    # ------------------------------------------- "kể tên ra", "chi tiết hơn", "còn gì nữa"
    F(
        "kể tên ra",
        MEMBERS,
        ("Đội Cấn", "Đào Viên", "Quốc Khánh", "Tân Minh"),
        lacks=("Xuất Lễ",),
        before=("Tràng Định có mấy xã biên giới",),
    ),  # PL4
    F(
        "những xã nào",
        MEMBERS,
        ("Bắc Xa", "Bính Xá"),
        lacks=("Xuất Lễ",),
        before=("huyện Đình Lập có bao nhiêu xã biên giới",),
    ),  # PL4
    F(
        "liệt kê giúp em các xã đó",
        MEMBERS,
        ("Tân Tiến", "Quyết Thắng"),
        before=("có bao nhiêu xã đặc biệt khó khăn",),
    ),  # PL5
    F(
        "ghi rõ tên từng xã giúp em",
        MEMBERS,
        ("Thượng Cường", "Khánh Xuân", "Điềm He", "Tân Văn", "Châu Sơn"),
        before=("năm 2023 có mấy xã phấn đấu đạt nâng cao",),
    ),  # PL2
    F(
        "cụ thể những xã nào",
        MEMBERS,
        ("Nhân Lý", "Hồng Phong", "Lâm Ca"),
        before=("năm 2023 tỉnh phấn đấu thêm bao nhiêu xã đạt chuẩn",),
    ),  # PL1
    F(
        "chi tiết hơn được không",
        "xa_met|xa_overview",
        ("10/19", "Quy hoạch"),
        before=("Nhân Lý đạt mấy tc",),
    ),  # PL1 TT1
    F(
        "chi tiết từng tiêu chí được không",
        "district_overview",
        ("Bình Gia", "4/18"),
        before=("bq tc huyện Bình Gia",),
    ),  # PL6 tc 2
    F(
        "kể tên các tiêu chí còn thiếu",
        "xa_lacking",
        ("Giao thông", "Y tế"),
        before=("Long Đống còn thiếu mấy tiêu chí",),
    ),  # PL1 TT4
    F(
        "cụ thể là những tiêu chí nào",
        XA,
        ("Quy hoạch", "Điện"),
        before=("xã Lâm Ca đạt bao nhiêu tiêu chí",),
    ),  # PL1 TT6
    # PL1 TT3 Đồng Tiến: 11 targets, 1, 2, 4, 5, 6, 7, 10, 13, 15, 17, 18
    F(
        "tên các tiêu chí đó là gì",
        "targets|xa_lacking",
        ("Quy hoạch", "Môi trường"),
        before=("Đồng Tiến năm 2023 phấn đấu mấy tiêu chí",),
    ),
    # PL5 TT7 Đồng Thắng: meets 9, so 10 are lacking
    F(
        "còn tiêu chí nào nữa không",
        "xa_lacking|targets",
        ("10/19",),
        before=("xã Đồng Thắng kế hoạch 2023 phấn đấu tiêu chí nào",),
    ),
    F(
        "thế còn thiếu gì nữa",
        "xa_lacking",
        ("2/19", "Giao thông"),
        before=("Đội Cấn đạt mấy tc rồi",),
    ),  # PL4 TT6
    F(
        "2022 đạt mấy",
        XA,
        ("17/19",),
        before=("xã Đội Cấn năm 2023 phấn đấu những tiêu chí nào",),
    ),  # PL4 TT6
    F(
        "còn xã nào ở Lộc Bình",
        MEMBERS,
        ("Tú Mịch", "Mẫu Sơn"),
        lacks=("Xuất Lễ",),
        before=("các xã biên giới huyện Cao Lộc",),
    ),  # PL4
    F(
        "còn Văn Lãng",
        MEMBERS,
        ("Tân Mỹ", "Trùng Khánh"),
        lacks=("Xuất Lễ",),
        before=("xã biên giới của Cao Lộc gồm những xã nào",),
    ),  # PL4
)

MORE_EXTRA: tuple[F, ...] = (
    # PL4 TT11 Bính Xá lacks 7: the list was whole, a correct reply says so again
    F(
        "còn gì nữa không",
        "xa_lacking|xa_overview",
        ("7/19",),
        before=("xã Bính Xá thiếu tiêu chí nào",),
    ),
    # the overview of Chi Lăng names its weakest criteria (PL6: 2, 5, 6 with 10/18)
    F(
        "chi tiết hơn",
        "district_overview",
        ("Chi Lăng", "Giao thông"),
        before=("bq tc huyện Chi Lăng",),
    ),
    # the province's 2022 count of criterion 9: seed line 37, "thêm 10 xã ... lên 139/181"
    F(
        "thế hết năm 2022 thì sao",
        "criterion_count",
        ("129",),
        before=("toàn tỉnh tiêu chí nhà ở bao nhiêu xã đạt",),
    ),
    F(
        "ừ, thế còn tiêu chí 2",
        "criterion_count",
        ("7/10",),
        before=("Đình Lập tiêu chí 5 bao nhiêu xã đạt",),
    ),  # PL6
    # Lâm Ca is in Đình Lập, whose border xã are Bắc Xa and Bính Xá (PL4 TT10-11)
    F(
        "huyện đấy có mấy xã biên giới",
        "group_members|count",
        ("Bắc Xa", "Bính Xá"),
        lacks=("Xuất Lễ",),
        before=("Lâm Ca thiếu gì",),
    ),
    F(
        "còn theo kế hoạch 2023 thì Lâm Ca thiếu gì",
        "xa_lacking",
        ("8/19",),
        before=("xã Thái Bình mới gồm những xã nào",),
    ),  # PL1 TT6
    # a new question from a registered official must not take their own xã (PL6 tc 2: 92/181)
    F(
        "thế tiêu chí 2 cả tỉnh được bao nhiêu xã đạt rồi",
        "criterion_count",
        ("92/181",),
        lacks=("Nhân Lý", "10/18"),
        before=("xã em còn thiếu tiêu chí nào",),
        who=NHAN_LY,
    ),
)

THAT: tuple[F, ...] = (
    # "đấy", the northern "đó" (PL6 avg Đình Lập; Tân Minh -> Xã Kháng Chiến in 2025)
    F(
        "thế huyện đấy bình quân mấy tiêu chí",
        "average",
        ("17,40",),
        before=("Bắc Xa thiếu tc gì",),
    ),
    F(
        "xã đấy giờ thuộc xã nào",
        BECAME,
        ("Kháng Chiến",),
        before=("Tân Minh còn thiếu tiêu chí nào",),
    ),
)
