"""Dialogue rows (see dialogues.py): a follow-up that changes one thing, and the senders.

The sources of the figures are named in dialogues.py's docstring and beside each row.
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

# Registered senders (tests/handlers/test_fresh_questions.py `sender`): 2023 units by GSO code.
NHAN_LY = "xa_official:06496"  # Xã Nhân Lý, Huyện Chi Lăng
LAM_CA = "xa_official:06640"  # Xã Lâm Ca, Huyện Đình Lập
CHI_LANG = "district_officer:187"
CAO_LOC = "district_officer:183"
NHAN_LY_NEW = "xa_official:06496@2025-07-01"  # the new Xã Nhân Lý (Bắc Thủy, Mai Sao, ...)

XA = "xa_met|xa_overview"
BECAME = "today_became|today_where"
MEMBERS = "group_members|list"
# an overview of a district opens with its average: it answers "còn huyện X?" after an average
AVG = "average|district_overview"

CHANGE_ONE: tuple[F, ...] = (
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
        AVG,
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
        "còn Hoa Thám thì sao", XA, ("Hoa Thám", "Bình Gia"), before=("Trấn Ninh đạt mấy tc",)
    ),  # PL5
    # PL2 nâng cao: Điềm He 5, Tân Văn 7
    F(
        "Tân Văn thì bao nhiêu",
        XA,
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
        ("Cao Lộc", "3/20"),
        lacks=("10,72",),  # the district averages are not tc 17
        before=("tc 17 toàn tỉnh có bao nhiêu xã đạt",),
    ),
    # PL6 tc 8: Hữu Lũng 23/23 is the most
    F(
        "huyện nào nhiều xã đạt nhất",
        "ranking",
        ("Hữu Lũng", "23/23"),
        lacks=("10,72",),  # the district averages are not tc 8
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
