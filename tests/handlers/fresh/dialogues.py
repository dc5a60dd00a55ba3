"""Fresh rows asked as the last message of a real chat of two to four messages, written apart.

Real users do not ask one full question: they ask, then change one thing ("còn Bình Gia?",
"năm 2023 thì sao", "tiêu chí 5 thì sao", "xã nào thấp nhất?"), correct themselves ("à không,
ý em là ...", "nhầm, Cao Lộc cơ"), point back ("xã đó", "huyện này", "cái đó", "nó"), ask for
more ("kể tên ra", "chi tiết hơn", "còn gì nữa không"), say thanks or "ok" between questions,
start a new topic that must not inherit the old unit, switch between the 2023 plan and the
units of today (after 1 July 2025), and, when registered, say "xã em" / "huyện em".

Each row is the LAST message; `before` holds the earlier messages of the same chat. Every
figure is computed from the transcribed plan, the source in a comment: "PLn <xã>" is appendix
n's row for that xã (store/data/kh18_2023/phu_luc_N.tsv); "PL6 tc k <district>" is appendix 6,
criterion k's row, that district's column (plan 2023), over the district's size ("Cộng" ÷
average: TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18, Bắc Sơn 17, Văn Quan 16, Cao Lộc 20,
Lộc Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23); "PL6 avg" / "PL7 avg" the last row of
appendix 6 / 7; today's units are store/data/langson_2025_old_to_new.csv and
langson_units_2025-07_new.csv (65 units, 61 xã); headline targets headline_targets.csv; funding
funding.csv. The 2022 count of criterion 5 (71) is the seed's line 27: "thêm 10 xã ..., nâng
tổng số ... lên 81/181".
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

# Registered senders (tests/handlers/test_fresh_questions.py `sender`): 2023 units by GSO code.
_NHAN_LY = "xa_official:06496"  # Xã Nhân Lý, Huyện Chi Lăng
_LAM_CA = "xa_official:06640"  # Xã Lâm Ca, Huyện Đình Lập
_CHI_LANG = "district_officer:187"
_CAO_LOC = "district_officer:183"
_NHAN_LY_NEW = "xa_official:06496@2025-07-01"  # the new Xã Nhân Lý (Bắc Thủy, Mai Sao, ...)

_XA = "xa_met|xa_overview"
_BECAME = "today_became|today_where"
_MEMBERS = "group_members|list"
# an overview of a district opens with its average: it answers "còn huyện X?" after an average
_AVG = "average|district_overview"

_CHANGE_ONE: tuple[F, ...] = (
    # ------------------------------------------- a follow-up that changes the unit
    F(
        "còn Bình Gia?",
        "average",
        ("10,72",),
        before=("bình quân tiêu chí huyện Văn Lãng là bao nhiêu",),
    ),  # PL6 avg
    F(
        "thế huyện Văn Quan thì sao",
        "average",
        ("12,25",),
        before=("Bắc Sơn bình quân đạt bao nhiêu tiêu chí vậy",),
    ),  # PL6 avg
    F(
        "còn bên Hữu Lũng thì sao ạ",
        "average",
        ("14,13",),
        before=("cho em hỏi bq tiêu chí huyện Chi Lăng",),
    ),  # PL6 avg
    F(
        "thế Tràng Định?",
        "average",
        ("13,24",),
        before=("huyện Lộc Bình bình quân mấy tiêu chí/xã",),
    ),  # PL6 avg
    F(
        "con dinh lap thi sao", "average", ("17,40",), before=("bq tieu chi huyen cao loc",)
    ),  # PL6 avg
    F(
        "còn thành phố", "average", ("19,00",), before=("bình quân tiêu chí huyện Hữu Lũng",)
    ),  # PL6 avg
    F(
        "thế còn toàn tỉnh thì bao nhiêu", "average", ("13,38",), before=("bq tc Đình Lập",)
    ),  # PL6 avg
    F(
        "ok. thế còn huyện Văn Lãng",
        _AVG,
        ("13,38",),
        lacks=("13,24",),
        before=("bq tc Tràng Định",),
    ),  # PL6 avg
    F("the con h. Loc Binh", "average", ("11,89",), before=("bq tc h. trang dinh",)),  # PL6 avg
    # PL6 tc 2: Văn Lãng 10/16, Bình Gia 4/18
    F(
        "còn Bình Gia thì mấy xã",
        "criterion_count",
        ("4/18",),
        before=("tiêu chí giao thông huyện Văn Lãng có bao nhiêu xã đạt",),
    ),
    F(
        "thế huyện Văn Quan",
        "criterion_count",
        ("10/16",),
        before=("tc 5 huyện Bắc Sơn được mấy xã",),
    ),  # PL6 tc 5
    F(
        "thế còn bên Cao Lộc?",
        "criterion_count",
        ("3/20",),
        before=("tiêu chí 17 môi trường Lộc Bình bao nhiêu xã đạt",),
    ),  # PL6 tc 17
    F(
        "Đình Lập thì sao anh",
        "criterion_count",
        ("9/10",),
        before=("tiêu chí thu nhập huyện Tràng Định mấy xã đạt",),
    ),  # PL6 tc 10
    F(
        "toàn tỉnh thì sao",
        "criterion_count",
        ("87/181",),
        before=("tc 13 Hữu Lũng bao nhiêu xã đạt",),
    ),  # PL6 tc 13
    F(
        "con huyen van lang",
        "criterion_count",
        ("8/16",),
        before=("tc 17 huyen binh gia bn xa dat",),
    ),  # PL6 tc 17
    F(
        "ok vậy còn Bắc Sơn",
        "criterion_count",
        ("12/17",),
        before=("tc 15 Văn Quan mấy xã đạt", "ok"),
    ),  # PL6 tc 15
    # PL6 tc 10: Tràng Định 9/21, Lộc Bình 9/19 = 47,4%
    F(
        "còn huyện Lộc Bình thì bao nhiêu phần trăm",
        "criterion_count",
        ("47,4%",),
        before=("tc 10 Tràng Định đạt bao nhiêu %",),
    ),
    # PL1 Kháng Chiến lacks 10 (2,3,4,5,6,12,13,15,17,18); PL4 Tân Minh lacks 12
    F(
        "xã Kháng Chiến thì sao",
        "xa_lacking",
        ("10/19",),
        before=("xã Tân Minh thiếu những tiêu chí nào",),
    ),
    # PL5 Chiến Thắng meets 10 (lacks 9), Quyết Thắng meets 8
    F(
        "x. Chiến Thắng chi lăng thì sao",
        "xa_lacking",
        ("9/19",),
        lacks=("11/19",),
        before=("x. Quyết Thắng thiếu tc nào",),
    ),
    F(
        "còn Hoa Thám thì sao", _XA, ("Hoa Thám", "Bình Gia"), before=("Trấn Ninh đạt mấy tc",)
    ),  # PL5
    # PL2 nâng cao: Điềm He 5, Tân Văn 7
    F(
        "Tân Văn thì bao nhiêu",
        _XA,
        ("Tân Văn", "7/19"),
        before=("xã Điềm He đạt mấy tiêu chí nâng cao",),
    ),
    # ------------------------------------------- a follow-up that changes the criterion
    F(
        "tiêu chí 5 thì sao",
        "criterion_count",
        ("4/20",),
        before=("huyện Cao Lộc tiêu chí 2 có bao nhiêu xã đạt",),
    ),  # PL6 tc 5
    F(
        "còn tc 6?", "criterion_count", ("3/16",), before=("tc 5 Văn Quan bao nhiêu xã đạt",)
    ),  # PL6 tc 6
    F(
        "thế tiêu chí y tế thì sao",
        "criterion_count",
        ("11/20",),
        before=("Cao Lộc có bao nhiêu xã đạt tiêu chí điện",),
    ),  # PL6 tc 15
    F(
        "tc 13 thì sao",
        "criterion_count",
        ("3/18",),
        before=("tiêu chí 11 nghèo đa chiều Bình Gia mấy xã đạt",),
    ),  # PL6 tc 13
    F(
        "vậy còn tiêu chí nhà ở",
        "criterion_count",
        ("139/181",),
        before=("toàn tỉnh có bao nhiêu xã đạt tiêu chí thông tin truyền thông",),
    ),  # PL6 tc 9
    F(
        "tiêu chí 15 thì sao",
        "criterion_count",
        ("10/10",),
        before=("tc 2 Đình Lập mấy xã đạt", "ok"),
    ),  # PL6 tc 15
    F(
        "thế tc 16 văn hóa", "criterion_count", ("9/18",), before=("tc 14 Bình Gia mấy xã đạt",)
    ),  # PL6 tc 16
    F(
        "dạ vâng, còn tiêu chí 9 thì sao ạ",
        "criterion_count",
        ("9/16",),
        before=("tc 8 Văn Quan có mấy xã đạt",),
    ),  # PL6 tc 9
    # three messages: the unit of the first holds through the second (PL6 tc 4 Bình Gia 15/18)
    F(
        "con tc 4 thi sao",
        "criterion_count",
        ("15/18",),
        before=("tc 2 huyen binh gia may xa dat", "con tc 3"),
    ),
    # ------------------------------------------- a follow-up that changes the year or the set
    F(
        "năm 2023 thì sao",
        "criterion_count",
        ("81/181",),
        before=("hết năm 2022 cả tỉnh có bao nhiêu xã đạt tiêu chí trường học",),
    ),  # PL6 tc 5
    F(
        "thế còn hết năm 2022",
        "average",
        ("13,05",),
        before=("kế hoạch 2023 bình quân tiêu chí 20 xã biên giới là bao nhiêu",),
    ),  # PL4
    F(
        "năm 2023 phấn đấu bao nhiêu",
        "average",
        ("16,65",),
        before=("bq tc các xã biên giới hết năm 2022",),
    ),  # PL4
    F(
        "còn kế hoạch năm 2023?",
        "average",
        ("12,6",),
        before=("10 xã đặc biệt khó khăn bình quân đạt mấy tiêu chí hết năm 2022",),
    ),  # PL5
    F(
        "thế năm 2024", "no_data", lacks=("11,80",), before=("bq tc huyện Cao Lộc",)
    ),  # no 2024 figure
    F(
        "năm 2025 thì sao ạ",
        "no_data",
        lacks=("81/181",),
        before=("tiêu chí 5 toàn tỉnh bao nhiêu xã đạt",),
    ),
    F(
        "thế nâng cao được bao nhiêu", "average", ("4,75",), before=("bq tc huyện Bình Gia",)
    ),  # PL7 avg
    F("Bắc Sơn thì sao nhỉ", "average", ("9,00",), before=("bq tc nâng cao Văn Quan",)),  # PL7 avg
    F(
        "vậy cả tỉnh nâng cao bình quân bao nhiêu",
        "average",
        ("8,99",),
        before=("bq tc nâng cao huyện Chi Lăng",),
    ),  # PL7 avg
    F(
        "thế tiêu chí đó theo bộ nâng cao thì bao nhiêu xã",
        "criterion_count",
        ("27",),
        before=("tc 2 toàn tỉnh bao nhiêu xã đạt",),
    ),  # PL7 tc 2
    F(
        "thế xã đặc biệt khó khăn thì sao",
        "average",
        ("8,8",),
        before=("bq tc xã biên giới hết 2022",),
    ),  # PL5
    F(
        "tính theo % đi", "criterion_count", ("44,8%",), before=("tc 5 toàn tỉnh bao nhiêu xã",)
    ),  # seed line 27
    # ------------------------------------------- "xã nào / huyện nào ... nhất" after a figure
    # PL4: the lowest border xã is Mẫu Sơn (Cao Lộc), 5; Hoa Thám is in PL5, not PL4
    F(
        "thế xã nào thấp nhất?",
        "ranking",
        ("Mẫu Sơn", "5"),
        lacks=("Hoa Thám",),
        before=("bq tc 20 xã biên giới",),
    ),
    F(
        "xã nào cao nhất",
        "ranking",
        ("Tân Hương", "19"),
        lacks=("Xuất Lễ",),
        before=("bình quân tiêu chí các xã đặc biệt khó khăn",),
    ),  # PL5
    F(
        "trong nhóm đó xã nào thấp nhất",
        "ranking",
        ("Hoa Thám",),
        lacks=("Mẫu Sơn",),
        before=("10 xã đbkk bq bao nhiêu tc",),
    ),  # PL5
    F(
        "vậy huyện nào thấp nhất?",
        "ranking",
        ("Bình Gia", "10,72"),
        before=("bq tc toàn tỉnh bao nhiêu",),
    ),  # PL6 avg
    # PL6 avg: the highest huyện (Thành phố is not a huyện) is Đình Lập, 17,40
    F(
        "cao nhất thì huyện nào",
        "ranking",
        ("Đình Lập", "17,40"),
        before=("bình quân tiêu chí của tỉnh",),
    ),
    # PL6 tc 17: Cao Lộc 3/20 is the fewest
    F(
        "huyện nào ít xã đạt nhất",
        "ranking",
        ("Cao Lộc",),
        before=("tc 17 toàn tỉnh có bao nhiêu xã đạt",),
    ),
    # PL6 tc 8: Hữu Lũng 23/23 is the most
    F(
        "huyện nào nhiều xã đạt nhất",
        "ranking",
        ("Hữu Lũng",),
        before=("tiêu chí thông tin và truyền thông cả tỉnh mấy xã đạt",),
    ),
    # PL1: of the 10 xã, Bảo Lâm and Hồng Phong meet 7, Lâm Ca 11
    F(
        "trong 10 xã đó xã nào thấp nhất",
        "ranking",
        ("Bảo Lâm", "Hồng Phong"),
        lacks=("Mẫu Sơn",),
        before=("10 xã phấn đấu đạt chuẩn ntm năm 2023 là những xã nào",),
    ),
    F(
        "xã nào nhiều nhất",
        "ranking",
        ("Lâm Ca", "11"),
        lacks=("Tân Hương",),
        before=("danh sách 10 xã phấn đấu đạt chuẩn năm 2023",),
    ),
    F(
        "xếp hạng đầy đủ luôn",
        "ranking",
        ("Bình Gia", "Đình Lập", "Hữu Lũng", "Cao Lộc"),
        before=("huyện nào bq tc cao nhất",),
    ),  # PL6 avg
    # PL6 avg below the province's 13,38: Tràng Định, Bình Gia, Văn Quan, Cao Lộc, Lộc Bình
    F(
        "những huyện nào dưới mức bình quân tỉnh",
        "ranking|list",
        ("Tràng Định", "Bình Gia", "Văn Quan", "Cao Lộc", "Lộc Bình"),
        lacks=("Đình Lập",),
        before=("bq tc toàn tỉnh",),
    ),
    F(
        "so với huyện Bình Gia thì sao",
        "compare",
        ("15,29", "10,72"),
        before=("bq tc huyện Bắc Sơn",),
    ),  # PL6 avg
    # "đó thì" right after a unit or a criterion (PL6 tc 15 Đình Lập 10/10, tc 17 Chi Lăng 11/18)
    F(
        "huyện đó thì có mấy xã đạt tiêu chí 15",
        "criterion_count",
        ("10/10",),
        before=("Bắc Xa thuộc huyện nào",),
    ),
    F(
        "tiêu chí đó thì huyện Chi Lăng bao nhiêu xã đạt",
        "criterion_count",
        ("11/18",),
        before=("tc 17 Hữu Lũng mấy xã đạt",),
    ),
    # four messages: the unit holds across a thank-you and an aside (PL6 tc 12 Hữu Lũng)
    F(
        "còn tc 12 thì sao",
        "criterion_count",
        ("18/23",),
        before=("tc 15 Hữu Lũng bao nhiêu xã", "ok cảm ơn", "à cho hỏi thêm"),
    ),
    F(
        "chênh nhau bao nhiêu",
        "compare",
        ("4,57",),
        before=("so sánh bq tc Bắc Sơn với Bình Gia",),
    ),  # 15,29 - 10,72
)

_CORRECTIONS: tuple[F, ...] = (
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
        _AVG,
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
        "à không, Mẫu Sơn Cao Lộc", _XA, ("5/19",), before=("xã Mẫu Sơn đạt bao nhiêu tiêu chí",)
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

_POINTING: tuple[F, ...] = (
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
        _BECAME,
        ("Thái Bình",),
        before=("Lâm Ca đạt bao nhiêu tc",),
    ),  # 2025 map
    F(
        "chỗ đó giờ là xã gì", _BECAME, ("Quốc Việt",), before=("Đào Viên thiếu mấy tc",)
    ),  # 2025 map
    F(
        "xã đó bây giờ thuộc xã nào",
        _BECAME,
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
        _MEMBERS,
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
        _MEMBERS,
        ("Tân Tiến",),
        lacks=("Hoa Thám",),
        before=("danh sách xã đặc biệt khó khăn",),
    ),  # PL5 TT1
)

_MORE: tuple[F, ...] = (
    # ------------------------------------------- "kể tên ra", "chi tiết hơn", "còn gì nữa"
    F(
        "kể tên ra",
        _MEMBERS,
        ("Đội Cấn", "Đào Viên", "Quốc Khánh", "Tân Minh"),
        lacks=("Xuất Lễ",),
        before=("Tràng Định có mấy xã biên giới",),
    ),  # PL4
    F(
        "những xã nào",
        _MEMBERS,
        ("Bắc Xa", "Bính Xá"),
        lacks=("Xuất Lễ",),
        before=("huyện Đình Lập có bao nhiêu xã biên giới",),
    ),  # PL4
    F(
        "liệt kê giúp em các xã đó",
        _MEMBERS,
        ("Tân Tiến", "Quyết Thắng"),
        before=("có bao nhiêu xã đặc biệt khó khăn",),
    ),  # PL5
    F(
        "ghi rõ tên từng xã giúp em",
        _MEMBERS,
        ("Thượng Cường", "Khánh Xuân", "Điềm He", "Tân Văn", "Châu Sơn"),
        before=("năm 2023 có mấy xã phấn đấu đạt nâng cao",),
    ),  # PL2
    F(
        "cụ thể những xã nào",
        _MEMBERS,
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
        _XA,
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
        _XA,
        ("17/19",),
        before=("xã Đội Cấn năm 2023 phấn đấu những tiêu chí nào",),
    ),  # PL4 TT6
    F(
        "còn xã nào ở Lộc Bình",
        _MEMBERS,
        ("Tú Mịch", "Mẫu Sơn"),
        lacks=("Xuất Lễ",),
        before=("các xã biên giới huyện Cao Lộc",),
    ),  # PL4
    F(
        "còn Văn Lãng",
        _MEMBERS,
        ("Tân Mỹ", "Trùng Khánh"),
        lacks=("Xuất Lễ",),
        before=("xã biên giới của Cao Lộc gồm những xã nào",),
    ),  # PL4
)

_THANKS: tuple[F, ...] = (
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

_NEW_TOPIC: tuple[F, ...] = (
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
        ("15",),
        lacks=("Bắc Sơn",),
        before=("tc 13 Bình Gia mấy xã đạt", "còn Bắc Sơn"),
    ),  # headline
    F(
        "xã Tân Hương đạt chuẩn chưa",
        _XA,
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

_PLAN_AND_TODAY: tuple[F, ...] = (
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
        _XA,
        ("11/19",),
        before=("xã Thái Bình bây giờ gồm những xã nào",),
    ),  # PL1 TT6
    F(
        "còn Đồng Tiến giờ thuộc xã nào",
        _BECAME,
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
        _AVG,
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
        _XA,
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
        _BECAME,
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

_REGISTERED: tuple[F, ...] = (
    # ------------------------------------------- "xã em", "huyện em" of a registered official
    F(
        "xã em đạt mấy tiêu chí rồi", _XA, ("Nhân Lý", "10/19"), before=("chào bot",), who=_NHAN_LY
    ),  # PL1 TT1
    F(
        "còn huyện em bình quân bao nhiêu",
        "average",
        ("Chi Lăng", "14,61"),
        before=("xã em còn thiếu tiêu chí nào",),
        who=_NHAN_LY,
    ),  # PL6 avg
    F(
        "huyện em tiêu chí giao thông có mấy xã đạt",
        "criterion_count",
        ("10/18",),
        before=("xã em đạt tiêu chí giao thông chưa",),
        who=_NHAN_LY,
    ),  # PL6 tc 2
    F(
        "so với xã Lâm Ca thì xã em hơn hay kém",
        "compare",
        ("Nhân Lý", "Lâm Ca"),
        before=("xã em đạt bao nhiêu tiêu chí",),
        who=_NHAN_LY,
    ),  # PL1
    F(
        "năm 2023 xã em phấn đấu những tiêu chí nào",
        "targets|xa_lacking",
        ("2, 4, 5, 6, 7, 10, 13, 15, 17",),
        before=("dạ em chào anh",),
        who=_NHAN_LY,
    ),  # PL1 TT1
    F(
        "vậy xã em còn thiếu mấy cái",
        "xa_lacking",
        ("Nhân Lý", "9/19"),
        before=("tiêu chí 2 là gì",),
        who=_NHAN_LY,
    ),  # PL1 TT1
    F(
        "xã em giờ thuộc xã mới nào", _BECAME, ("Thái Bình",), before=("chào anh",), who=_LAM_CA
    ),  # 2025 map
    F(
        "thế còn xã em thì sao",
        "xa_lacking",
        ("Lâm Ca", "8/19"),
        before=("xã Nhân Lý thiếu tc gì",),
        who=_LAM_CA,
    ),  # PL1 TT6
    F(
        "còn huyện em thì xếp thứ mấy",
        "ranking",
        ("Đình Lập",),
        before=("huyện em bq bao nhiêu tc",),
        who=_LAM_CA,
    ),  # PL6 avg
    F(
        "huyện em thì sao",
        "average",
        ("Đình Lập", "17,40"),
        before=("bq tc toàn tỉnh",),
        who=_LAM_CA,
    ),  # PL6 avg
    F(
        "huyện em có mấy xã đạt tiêu chí y tế",
        "criterion_count",
        ("11/18",),
        before=("chào bot",),
        who=_CHI_LANG,
    ),  # PL6 tc 15
    F(
        "thế còn nâng cao",
        "average",
        ("12,25",),
        before=("bình quân tiêu chí huyện em",),
        who=_CHI_LANG,
    ),  # PL7 avg
    F(
        "huyện em xã nào trong kế hoạch đạt chuẩn 2023",
        _MEMBERS + "|targets",
        ("Nhân Lý",),
        lacks=("Lâm Ca",),
        before=("chào bot",),
        who=_CHI_LANG,
    ),  # PL1
    F(
        "huyện em có mấy xã biên giới",
        "group_members|count",
        ("Xuất Lễ", "Bảo Lâm"),
        lacks=("Đội Cấn",),
        before=("bq tc huyện em",),
        who=_CAO_LOC,
    ),  # PL4
    F(
        "xã nào ở huyện em thấp nhất",
        "ranking",
        ("Mẫu Sơn",),
        lacks=("Hoa Thám",),
        before=("huyện em bình quân bao nhiêu tc",),
        who=_CAO_LOC,
    ),  # PL4 TT1
    F(
        "thế xã em gồm những xã cũ nào",
        "today_made_of",
        ("Bắc Thủy", "Mai Sao", "Lâm Sơn"),
        before=("chào anh",),
        who=_NHAN_LY_NEW,
    ),
    F(
        "hồi 2022 thì xã Nhân Lý cũ đạt mấy tc",
        _XA,
        ("10/19",),
        before=("xã em gồm những xã nào",),
        who=_NHAN_LY_NEW,
    ),  # PL1 TT1
)

ROWS: tuple[F, ...] = (
    _CHANGE_ONE
    + _CORRECTIONS
    + _POINTING
    + _MORE
    + _THANKS
    + _NEW_TOPIC
    + _PLAN_AND_TODAY
    + _REGISTERED
)

_CORRECT_UNIT = (
    "a correction naming another unit ('à nhầm, em hỏi X', 'ý là X', 'không, ý anh là cả tỉnh')"
    " is parsed as a new question: the previous measure is dropped and an overview answers"
)
_CORRECT_CRITERION = (
    "a correction naming another criterion ('không phải, tiêu chí 6 cơ', 'à quên, ý em hỏi"
    " tiêu chí 8') is read as 'what is criterion N' (criterion_info), the unit and count dropped"
)
_NANG_CAO = (
    "'nâng cao' after an average with other words around it ('thế nâng cao được bao nhiêu',"
    " 'ý em là nâng cao chứ ...') lists the nâng cao set (criterion_info), the district dropped"
)
_CORRECT_OTHER = (
    "other corrections: 'nhầm, năm 2022 chứ không phải 2023' is not understood, 'không phải X,"
    " Y cơ' compares X and Y, and 'mới' of 'mới đúng' (is right) is read as 'the new unit'"
)
_ASK_MORE = (
    "asking for more after an answer ('kể tên ra', 'những xã nào', 'chi tiết hơn', 'cụ thể là"
    " những tiêu chí nào', 'còn ... nữa không') has no follow-up: unknown, help or a province"
    " ranking of criteria; 'kể tên' is even taken for a unit name ('Ke Ten')"
)
_RANK_SCOPE = (
    "'xã nào thấp/cao nhất' after a group's average or list (border, đbkk, the 10 xã of PL1)"
    " ranks every xã of appendices 1-5, not the group; 'dưới mức bình quân' is not a filter"
)
_DO_THI = (
    "desk.CHART_MARKS matches 'do thi' (đồ thị) inside 'đó thì' / 'đó thiếu' with no word"
    " boundary, so 'huyện đó thì ...' and 'xã đó thiếu ...' get a chart"
)
_TODAY_POINTER = (
    "a pointer to the new unit after a today_became answer ('nó/xã mới đó gồm ...', 'xã mới đó"
    " giờ đạt ...', 'giờ xã <reused name>') repeats became, takes 'Moi' for a name, or answers"
    " the 2023 xã of that name"
)
_OWN_FOLLOW = (
    "'xã em' / 'huyện em' in a follow-up or with 'mấy cái' is not resolved to the sender's unit:"
    " the previous unit or the province answers, or the bot asks which xã"
)
_FILLER = (
    "a filler around a follow-up ('ok vậy còn X', 'thế huyện X', an aside 'à cho hỏi thêm'"
    " answered as targets) breaks it: a district overview answers, the criterion is lost"
)
_GROUP_FOLLOW = (
    "a follow-up changing the year or the group of a group average ('năm 2023 phấn đấu bao"
    " nhiêu', 'thế xã đặc biệt khó khăn thì sao') answers the plan's targets or the member list"
)
_TWO_UNITS = (
    "a question about the two units just asked or compared ('chênh nhau bao nhiêu', 'hai xã"
    " đó') finds no unit: the chat context keeps one unit, not the pair"
)
_NEW_MEASURE = "a pronoun with a new measure ('nó là gì thế') keeps the previous measure"

# Rows the bot answers wrong: text -> its general cause.
GAPS: dict[str, str] = {
    text: cause
    for cause, texts in (
        (
            _CORRECT_UNIT,
            (
                "à nhầm, em hỏi xã Lâm Ca",
                "à em nhầm, Long Đống bên Bắc Sơn",
                "em hỏi nhầm, ý là xã Thanh Long ở Văn Lãng",
                "không, ý anh là cả tỉnh",
                "à không, em muốn hỏi huyện Đình Lập",
            ),
        ),
        (
            _CORRECT_CRITERION,
            (
                "không phải, tiêu chí 6 cơ",
                "à không phải tiêu chí 7, tiêu chí 17",
                "à quên, ý em hỏi tiêu chí 8",
                "à không, ý em là tiêu chí 15 y tế",
            ),
        ),
        (
            _CORRECT_OTHER,
            (
                "nhầm, năm 2022 chứ không phải 2023",
                "không phải Hồng Phong Bình Gia, Hồng Phong Cao Lộc cơ",
                "nhầm huyện, Văn Lãng mới đúng",
            ),
        ),
        (
            _ASK_MORE,
            (
                "kể tên ra",
                "những xã nào",
                "ghi rõ tên từng xã giúp em",
                "cụ thể những xã nào",
                "chi tiết hơn được không",
                "chi tiết từng tiêu chí được không",
                "kể tên các tiêu chí còn thiếu",
                "cụ thể là những tiêu chí nào",
                "còn tiêu chí nào nữa không",
            ),
        ),
        (
            _RANK_SCOPE,
            (
                "thế xã nào thấp nhất?",
                "xã nào cao nhất",
                "trong 10 xã đó xã nào thấp nhất",
                "xã nào nhiều nhất",
                "những huyện nào dưới mức bình quân tỉnh",
            ),
        ),
        (
            _DO_THI,
            (
                "huyện đó thì có mấy xã đạt tiêu chí 15",
                "tiêu chí đó thì huyện Chi Lăng bao nhiêu xã đạt",
                "thế cả huyện đó thì sao",
                "hồi năm 2023 thì xã đó thiếu tiêu chí nào",
            ),
        ),
        (
            _TODAY_POINTER,
            (
                "nó gồm những xã cũ nào",
                "xã mới đó gồm những xã nào",
                "xã mới đó giờ đạt bao nhiêu tiêu chí",
                "thế giờ xã Thiện Tân đạt bao nhiêu tc",
            ),
        ),
        (
            _OWN_FOLLOW,
            (
                "vậy xã em còn thiếu mấy cái",
                "thế còn xã em thì sao",
                "huyện em thì sao",
                "thế còn nâng cao",
            ),
        ),
        (_FILLER, ("thế huyện Văn Quan", "ok vậy còn Bắc Sơn", "còn tc 12 thì sao")),
        (_GROUP_FOLLOW, ("năm 2023 phấn đấu bao nhiêu", "thế xã đặc biệt khó khăn thì sao")),
        (
            _NANG_CAO,
            ("thế nâng cao được bao nhiêu", "ý em là nâng cao chứ không phải thường"),
        ),
        (_TWO_UNITS, ("chênh nhau bao nhiêu", "hai xã đó xã nào nhiều hơn")),
        (_NEW_MEASURE, ("nó là gì thế",)),
    )
    for text in texts
}
