"""Fresh questions from the province's NTM office and departments, looking figures up for reports.

Staff of the coordination office and of the sở (Nông nghiệp và Môi trường, Tài chính, Y tế,
Giáo dục và Đào tạo, Văn hóa, Công Thương, Xây dựng, Nội vụ, Tư pháp) ask, for a meeting or a
report: one criterion across the districts (the weakest, the share, who is ahead), the xã below a
number of criteria, the groups (biên giới, ĐBKK, the 10 xã of 2023, nâng cao, kiểu mẫu), the
2023 targets of section I.2 and appendix 7 and the funding of section III, two or three districts
compared, top and bottom N, the criterion their own department answers for (Sở Y tế -> tiêu chí
15), charts and exports asked in words, and what became of a district figure after the 2025
reorganisation. Often complete, polite sentences; sometimes terse.

Sources (store/data/): PL1-PL7 = kh18_2023/phu_luc_N.tsv; I.1 = headline_targets.csv; I.2 =
province_targets.csv (x/181 planned for 2023, "added" in 2023, so end-2022 = total - added) and
plan_i2_figures.csv; III = funding.csv; ntm = ntm_xa_2022_by_district.csv; II.6 =
huyen_plan.csv; today = langson_2025_old_to_new.csv and langson_units_2025-07_new.csv.
District sizes are PL6's "Cộng" ÷ its average: TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18,
Bắc Sơn 17, Văn Quan 16, Cao Lộc 20, Lộc Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23 (181).
Shares are rounded half up to one decimal with a comma (PL6 row 17 Lộc Bình 9/19 = 47,4%).
The xã "below N criteria" are those of PL1, PL4 and PL5 (the appendices that count the 19 xã
criteria; PL2 and PL3 count nâng cao and kiểu mẫu criteria).
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

_Y_TE = "department:20:Sở Y tế"
_GIAO_DUC = "department:20:Sở Giáo dục và Đào tạo"
_NN_MT = "department:20:Sở Nông nghiệp và Môi trường"
_TAI_CHINH = "department:20:Sở Tài chính"
_COORDINATOR = "province_coordinator:20"

_LIST = "ranking|list|count|group_members"
_TODAY = "today_made_of|today_where|today_became|today_history"

# General causes of the rows below that the bot gets wrong, most rows first.
NAMING_APPENDIX = (
    "naming the appendix ('theo phụ lục 6', 'phụ lục 7') turns the question into that"
    " appendix's ranking of districts: the unit asked (a district, the province) is dropped"
)
BOUND_WORDS = (
    "a bound in other words is not read: 'đúng 9 tiêu chí', '<5 tc', 'dưới một nửa số xã'"
    " (the ranking or list comes without the bound, or the criteria set is listed)"
)
I2_WORDS = (
    "a figure of section I.2 or III asked in its own words gets the headline targets or"
    " 'no per-district funding': 'cứng hóa … bao nhiêu km', 'cộng đồng dân cư đóng góp',"
    " 'tiêu chí nào không có chỉ tiêu tăng thêm'"
)
TODAY_DISTRICTS = (
    "after the 2025 reorganisation: 'còn bao nhiêu huyện' answers the 11 districts of 2023,"
    " 'theo xã mới' reads 'Moi' as a name, a group's xã are listed without what they are today"
)
PL1_WORDS = (
    "the 10 xã of appendix 1 named 'xã phấn đấu đạt chuẩn năm 2023' or 'đăng ký về đích'"
    " with 'thuộc huyện nào' / 'bình quân' get the NTM count or 'no per-xã data'"
)
DESK_WORDS = (
    "charts and exports asked in words: 'để đưa vào báo cáo' picks the reporting chart,"
    " 'cho xin file' is no export, a chart 'luôn' after a criterion forgets it, and no chart"
    " of nâng cao averages exists (the NTM one is sent)"
)
HOA_THAM_SLIP = (
    "the plan's slip (Hoa Thám counted 4 in PL5, 5 listed) is resolved silently to the list:"
    " 'dưới 5 tiêu chí' answers 0 xã without naming Hoa Thám or the printed 4"
)
DEPARTMENT = (
    "a department's words: 'Sở Giáo dục' is read as criterion 14 over the 'tiêu chí trường"
    " học' asked; 'tiêu chí của sở mình' from Sở Y tế is not criterion 15"
)
BAO_CAO_WORD = (
    "'báo cáo' in a sentence about figures ('trước tôi hay báo cáo tiêu chí 17 …') is read"
    " as how to report"
)
WORDS_AS_NAMES = (
    "words read as a place: 'thứ tự các' -> 'Tu Cac'; 'BG' beside 'VQ' is biên giới, not Bình Gia"
)
NC_AS_GROUP = (
    "'bình quân mỗi xã đạt bao nhiêu tiêu chí nâng cao' of a district averages the nâng cao"
    " candidates of PL2 (Tân Văn 7,00) instead of PL7's district average (4,75)"
)
STATEMENT = "'tc 16 toàn tỉnh tỷ lệ đạt' ends in 'đạt' and is taken for a field report"
SHARE_SIGN = "a leading '%' ('% xã ntm toàn tỉnh kh 2023') gets the overview without the share"
RESHAPE_LAST = (
    "a follow-up reshaping the last answer is not read: 'thêm Văn Quan nữa' after a"
    " comparison gives the district's overview, 'chỉ lấy 3 huyện đầu thôi' after a ranking is"
    " not understood"
)

GAPS: dict[str, str] = {
    "theo phụ lục 6 Hữu Lũng tiêu chí 1 bao nhiêu xã": NAMING_APPENDIX,
    "phụ lục 7 tiêu chí nâng cao y tế toàn tỉnh bao nhiêu xã": NAMING_APPENDIX,
    "bình quân tiêu chí nâng cao toàn tỉnh theo phụ lục 7": NAMING_APPENDIX,
    "những xã đang đạt đúng 9 tiêu chí": BOUND_WORDS,
    "xã <5 tc": BOUND_WORDS,
    "Cao Lộc những tiêu chí nào dưới một nửa số xã đạt": BOUND_WORDS,
    "mục tiêu cứng hóa đường giao thông nông thôn năm 2023 bao nhiêu km": I2_WORDS,
    "huy động cộng đồng dân cư đóng góp bao nhiêu": I2_WORDS,
    "tiêu chí nào không có chỉ tiêu tăng thêm xã trong năm 2023": I2_WORDS,
    "số liệu tiêu chí 5 theo xã mới đã có chưa": TODAY_DISTRICTS,
    "10 xã về đích 2023 giờ thuộc những xã mới nào": TODAY_DISTRICTS,
    "10 xã phấn đấu đạt chuẩn năm 2023 thuộc những huyện nào": PL1_WORDS,
    "10 xã đăng ký về đích 2023 hiện bình quân đạt bao nhiêu tiêu chí": PL1_WORDS,
    "biểu đồ bình quân tiêu chí nâng cao các huyện": DESK_WORDS,
    "Những xã nào hiện còn dưới 5 tiêu chí?": HOA_THAM_SLIP,
    "mục tiêu không còn xã dưới 5 tiêu chí, vậy hiện còn xã nào": HOA_THAM_SLIP,
    "Bên Sở Giáo dục muốn biết tiêu chí trường học toàn tỉnh đạt bao nhiêu xã": DEPARTMENT,
    "tiêu chí của sở mình toàn tỉnh đạt bao nhiêu xã": DEPARTMENT,
    "Trước tôi hay báo cáo tiêu chí 17 huyện Lộc Bình 9/19 xã, giờ không còn huyện thì"
    " số liệu này tính thế nào?": BAO_CAO_WORD,
    "xếp thứ tự các huyện theo số xã đạt chuẩn nông thôn mới hết năm 2022": WORDS_AS_NAMES,
    "bq BG, VQ": WORDS_AS_NAMES,
    "Bình Gia bình quân mỗi xã đạt bao nhiêu tiêu chí nâng cao": NC_AS_GROUP,
    "% xã ntm toàn tỉnh kh 2023": SHARE_SIGN,
    "thêm Văn Quan nữa": RESHAPE_LAST,
    "chỉ lấy 3 huyện đầu thôi": RESHAPE_LAST,
}

_ACROSS: tuple[F, ...] = (
    # ------------------------------------------- one criterion across the districts (PL6)
    # PL6 row 5 shares: Lộc Bình 3/19 15,8%, Văn Lãng 3/16 18,8%, Cao Lộc 4/20 20,0%
    F(
        "Cho em hỏi tiêu chí 5 trường học thì những huyện nào đang yếu nhất ạ?",
        "ranking",
        ("Lộc Bình", "Văn Lãng"),
    ),
    F("Lộc Bình có bao nhiêu xã đạt tiêu chí 17?", "criterion_count", ("9/19",)),  # PL6 row 17
    F(
        "tỷ lệ xã đạt tiêu chí 17 của huyện Lộc Bình là bao nhiêu phần trăm",
        "criterion_count",
        ("9/19", "47,4%"),
    ),  # PL6 row 17: 9/19
    # PL6 row 15 by district: Tràng Định 11/21, Đình Lập 10/10, Hữu Lũng 13/23
    F(
        "Sở Y tế cần số xã đạt tiêu chí y tế của từng huyện",
        "criterion_count|ranking|compare",
        ("11/21", "10/10", "13/23"),
    ),
    F(
        "tiêu chí 15 toàn tỉnh kế hoạch năm 2023 có bao nhiêu xã đạt",
        "criterion_count",
        ("111/181", "61,3%"),
    ),  # I.2 tc 15
    F("hết năm 2022 tiêu chí y tế mới có bao nhiêu xã đạt", "criterion_count", ("101",)),  # 111-10
    F(
        "năm 2023 phấn đấu thêm bao nhiêu xã đạt tiêu chí y tế",
        "criterion_count|targets",
        ("10", "111/181"),
    ),  # I.2 tc 15: added 10
    # PL6 row 15 shares: Tràng Định 11/21 = 52,4% is the lowest
    F(
        "huyện nào tỷ lệ xã đạt tiêu chí y tế thấp nhất",
        "ranking",
        ("Tràng Định", "52,4%"),
    ),
    F("tc y tế huyện Đình Lập bao nhiêu xã đạt", "criterion_count", ("10/10",)),  # PL6 row 15
    # plan_i2_figures.csv tc 15: "có thêm 16 xã được công nhận đạt tiêu chí quốc gia về y tế"
    F(
        "năm 2023 có thêm bao nhiêu xã đạt tiêu chí quốc gia về y tế",
        "targets|criterion_count",
        ("16",),
    ),
    F(
        "Bên Sở Giáo dục muốn biết tiêu chí trường học toàn tỉnh đạt bao nhiêu xã",
        "criterion_count",
        ("81/181", "44,8%"),
    ),  # I.2 tc 5
    F(
        "tiêu chí giáo dục và đào tạo có xã nào chưa đạt không",
        "criterion_count|list",
        ("181/181",),
    ),  # I.2 tc 14: 181/181
    # plan_i2_figures.csv tc 5: "công nhận mới 20 trường đạt chuẩn quốc gia"
    F(
        "kế hoạch 2023 công nhận mới bao nhiêu trường đạt chuẩn quốc gia",
        "targets",
        ("20 trường",),
    ),
    F(
        "tiêu chí 5 huyện Văn Lãng và Lộc Bình, huyện nào thấp hơn",
        "compare|criterion_count",
        ("3/16", "3/19"),
    ),  # PL6 row 5
    F(
        "tiêu chí cơ sở vật chất văn hóa toàn tỉnh bao nhiêu xã đạt",
        "criterion_count",
        ("76/181",),
    ),  # I.2 tc 6
    # PL6 row 6 shares: Lộc Bình 3/19 = 15,8% is the lowest
    F("tiêu chí 6 huyện nào có tỷ lệ thấp nhất", "ranking", ("Lộc Bình", "15,8%")),
    F("tiêu chí văn hóa huyện Bình Gia mới đạt mấy xã", "criterion_count", ("9/18",)),  # PL6 r16
    F("tc 16 toàn tỉnh tỷ lệ đạt", "criterion_count", ("164/181", "90,6%")),  # I.2 tc 16
    # PL6 row 4, xã not met: Văn Quan 16-11 = 5 is the most (Văn Lãng, Lộc Bình 4)
    F("tiêu chí điện huyện nào còn nhiều xã chưa đạt nhất", "ranking", ("Văn Quan",)),
    F(
        "tc 7 hạ tầng thương mại nông thôn toàn tỉnh",
        "criterion_count",
        ("159/181", "87,8%"),
    ),  # I.2 tc 7
    F("Văn Quan tiêu chí 7 đạt bao nhiêu xã", "criterion_count", ("12/16",)),  # PL6 row 7
    F(
        "tiêu chí giao thông năm 2023 kế hoạch toàn tỉnh bao nhiêu xã, tăng bao nhiêu so với 2022",
        "criterion_count|targets",
        ("92/181", "10"),
    ),  # I.2 tc 2
    # plan_i2_figures.csv tc 2: "cứng hóa được trên 350km mặt đường giao thông nông thôn"
    F(
        "mục tiêu cứng hóa đường giao thông nông thôn năm 2023 bao nhiêu km",
        "targets",
        ("350",),
    ),
    # PL6 row 9 shares: Văn Lãng 8/16 = 50,0% is the lowest
    F("tc 9 nhà ở dân cư huyện nào thấp nhất", "ranking", ("Văn Lãng",)),
    F("tiêu chí quy hoạch còn bao nhiêu xã chưa đạt", "criterion_count", ("18/181",)),  # 181-163
    # PL6 row 17 shares: Cao Lộc 3/20 = 15,0%
    F(
        "tiêu chí môi trường và an toàn thực phẩm, các huyện thì huyện nào kém nhất",
        "ranking",
        ("Cao Lộc", "15,0%"),
    ),
    F(
        "tc 13 tổ chức sản xuất toàn tỉnh bao nhiêu xã",
        "criterion_count",
        ("87/181", "48,1%"),
    ),  # I.2 tc 13
    F("tiêu chí thủy lợi còn mấy xã chưa đạt", "criterion_count", ("4/181",)),  # I.2: 181-177
    # plan_i2_figures.csv tc 3: 35.800 ha
    F("diện tích tưới tiêu chủ động kế hoạch 2023 là bao nhiêu ha", "targets", ("35.800",)),
    F(
        "tc 13 Bình Gia và Cao Lộc",
        "compare|criterion_count",
        ("3/18", "4/20"),
    ),  # PL6 row 13
    F("tiêu chí nghèo đa chiều huyện Bình Gia có mấy xã đạt", "criterion_count", ("3/18",)),
    # plan_i2_figures.csv tc 11: "giảm tỷ lệ hộ nghèo đa chiều từ 3% trở lên"
    F("mục tiêu giảm tỷ lệ hộ nghèo đa chiều năm 2023", "targets", ("3%",)),
    # PL6 row 12 shares: Bình Gia 7/18 = 38,9% is the lowest
    F("tc 12 lao động huyện nào thấp nhất về tỷ lệ", "ranking", ("Bình Gia", "38,9%")),
    # plan_i2_figures.csv tc 12: "giải quyết việc làm cho khoảng 1.000 lao động nông thôn"
    F("năm 2023 giải quyết việc làm cho bao nhiêu lao động nông thôn", "targets", ("1.000",)),
    # plan_i2_figures.csv tc 14: 50%
    F("tỷ lệ lao động qua đào tạo khu vực nông thôn mục tiêu bao nhiêu", "targets", ("50%",)),
    F("tiêu chí thông tin truyền thông Văn Quan mấy xã", "criterion_count", ("7/16",)),  # PL6 r8
    # plan_i2_figures.csv tc 8: 175/181
    F("năm 2023 bao nhiêu xã có đài truyền thanh", "targets|criterion_count", ("175",)),
    F(
        "tiêu chí 18 tiếp cận pháp luật toàn tỉnh",
        "criterion_count",
        ("129/181", "71,3%"),
    ),  # I.2 tc 18
    F("tc 18 Bình Gia đạt bao nhiêu xã", "criterion_count", ("9/18",)),  # PL6 row 18
    F(
        "tiêu chí quốc phòng an ninh còn xã nào chưa đạt",
        "criterion_count|list",
        ("177/181",),
    ),  # I.2 tc 19
    # plan_i2_figures.csv tc 10: 28,6 triệu đồng/người
    F("thu nhập bình quân khu vực nông thôn năm 2023 phấn đấu bao nhiêu", "targets", ("28,6",)),
    F(
        "tc 10 thu nhập Cao Lộc mấy xã đạt, tỷ lệ bao nhiêu",
        "criterion_count",
        ("4/20", "20,0%"),
    ),  # PL6 row 10
    F("Sở Văn hóa hỏi: tiêu chí 6 Văn Quan mấy xã", "criterion_count", ("3/16",)),  # PL6 r6
    F("tiêu chí 14 Bình Gia đạt hết chưa", "criterion_count", ("18/18",)),  # PL6 row 14
    F(
        "huyện Văn Lãng tiêu chí 2 giao thông đạt bao nhiêu %",
        "criterion_count",
        ("10/16", "62,5%"),
    ),  # PL6 row 2
    F(
        "tỷ lệ xã đạt tiêu chí 4 điện ở Văn Quan",
        "criterion_count",
        ("11/16", "68,8%"),
    ),  # PL6 row 4
    F("Hữu Lũng tiêu chí 13 được mấy xã", "criterion_count", ("11/23",)),  # PL6 row 13
    F("Chi Lăng có bao nhiêu xã đạt tiêu chí 18", "criterion_count", ("15/18",)),  # PL6 row 18
    F("tiêu chí 9 nhà ở toàn tỉnh năm 2023", "criterion_count", ("139/181", "76,8%")),  # I.2
    F(
        "tiêu chí 1 quy hoạch năm 2023 tăng thêm bao nhiêu xã",
        "criterion_count|targets",
        ("98",),
    ),  # I.2 tc 1
    F("tiêu chí 3 Bắc Sơn", "criterion_count", ("16/17",)),  # PL6 row 3
    F("tiêu chí 19 Văn Lãng còn mấy xã chưa đạt", "criterion_count", ("1/16",)),  # PL6: 16-15
    F("Tràng Định tiêu chí 11 đạt mấy xã", "criterion_count", ("11/21",)),  # PL6 row 11
    F("theo phụ lục 6 Hữu Lũng tiêu chí 1 bao nhiêu xã", "criterion_count", ("23/23",)),
    F(
        "tc 15 huyện Lộc Bình so với cả tỉnh",
        "compare|criterion_count",
        ("11/19", "111/181"),
    ),  # PL6 row 15, I.2
)

_RANKS: tuple[F, ...] = (
    # ------------------------------------------- rankings and positions (PL6, PL7, ntm)
    # PL6 row 11 shares: Bình Gia 16,7%, Văn Quan 31,3%, Lộc Bình 36,8%; Cao Lộc 40,0% next
    F(
        "3 huyện có tỷ lệ xã đạt tiêu chí 11 thấp nhất",
        "ranking",
        ("Bình Gia", "Văn Quan", "Lộc Bình"),
        lacks=("Cao Lộc",),
    ),
    # PL6 row 2 counts: Bắc Sơn 12, Hữu Lũng 12
    F("huyện nào có nhiều xã đạt tiêu chí 2 nhất", "ranking", ("Bắc Sơn", "Hữu Lũng")),
    # PL6 row 10 shares: Cao Lộc 4/20 20,0% last; Đình Lập 9/10 90,0% after TP
    F(
        "xếp hạng các huyện theo tỷ lệ đạt tiêu chí 10",
        "ranking",
        ("Cao Lộc", "20,0%", "90,0%"),
    ),
    # PL6 row 13 shares: Bình Gia 3/18 16,7%
    F("huyện nào đứng cuối về tiêu chí 13", "ranking", ("Bình Gia",)),
    # PL6 averages without TP: Đình Lập 17,40 highest
    F(
        "huyện nào cao nhất về bình quân tiêu chí, không tính thành phố",
        "ranking",
        ("Đình Lập", "17,40"),
    ),
    F("huyện nào có bình quân tiêu chí nâng cao thấp nhất", "ranking", ("4,75",)),  # PL7
    # ntm: Bắc Sơn 10 the most
    F(
        "xếp thứ tự các huyện theo số xã đạt chuẩn nông thôn mới hết năm 2022",
        "ranking",
        ("Bắc Sơn", "10"),
    ),
    # ntm: among the huyện (TP is a thành phố), Văn Lãng 7 has the fewest
    F("huyện nào ít xã đạt chuẩn ntm nhất", "ranking", ("Văn Lãng",)),
    F("bình quân tiêu chí Bình Gia đứng thứ mấy toàn tỉnh", "ranking", ("11/11",)),  # PL6 last
    F("Đình Lập xếp thứ mấy về bình quân tiêu chí", "ranking", ("2/11",)),  # PL6: after TP
    # PL6 row 17 shares: Cao Lộc 15,0% is the lowest of 11
    F("Cao Lộc xếp hạng bao nhiêu về tỷ lệ xã đạt tiêu chí 17", "ranking", ("11/11",)),
    # PL6 Lộc Bình column: rows 5 and 6 have 3 of 19, its fewest
    F("Lộc Bình tiêu chí nào thấp nhất", "ranking", ("Trường học", "3/19")),
    # PL6 Cao Lộc column under 10 of 20: rows 5, 6, 10, 11, 13, 17; row 2 has 10 (a half)
    F(
        "Cao Lộc những tiêu chí nào dưới một nửa số xã đạt",
        "ranking",
        ("Thu nhập", "Nghèo đa chiều"),
        lacks=("Giao thông",),
    ),
    # PL6 Đình Lập column 10/10: rows 1, 3, 4, 7, 8, 12, 14, 15, 16, 18, 19
    F("Đình Lập tiêu chí nào đã đạt 100% số xã", "ranking|list", ("Y tế", "Quốc phòng")),
    # I.2: criterion 1 adds 98 xã, the most
    F("theo kế hoạch năm 2023 tiêu chí nào tăng nhiều xã nhất", "ranking|targets", ("98",)),
    # PL7 row 5 Giáo dục: 20 xã, the fewest
    F("tiêu chí nâng cao nào toàn tỉnh đạt ít xã nhất", "ranking", ("Giáo dục", "20")),
    # PL6 row 15 counts: Hữu Lũng 13 the most
    F("huyện nào nhiều xã đạt tiêu chí y tế nhất", "ranking", ("Hữu Lũng", "13")),
    # PL6 row 8 shares: Văn Quan 7/16 = 43,8% the lowest
    F(
        "tiêu chí thông tin và truyền thông huyện nào thấp nhất",
        "ranking",
        ("Văn Quan", "43,8%"),
    ),
    # PL6 totals column: row 6 has 76, the fewest (I.2 42%)
    F("toàn tỉnh tiêu chí nào ít xã đạt nhất", "ranking", ("76",)),
    # PL6 last row: the bottom 4 averages Bình Gia, Cao Lộc, Lộc Bình, Văn Quan
    F(
        "4 huyện có bình quân tiêu chí thấp nhất là những huyện nào",
        "ranking",
        ("10,72", "11,80", "11,89", "12,25"),
        lacks=("13,24",),
    ),
    # PL7 last row: the top 3 nâng cao averages after TP: Chi Lăng 12,25, Hữu Lũng 12,00,
    # Tràng Định 11,67
    F(
        "top 3 huyện bình quân tiêu chí nâng cao cao nhất trừ thành phố",
        "ranking",
        ("12,25", "12,00", "11,67"),
    ),
)

_BELOW: tuple[F, ...] = (
    # ------------------------------------------- xã below or above a number (PL1, PL4, PL5)
    # PL5 TT2 Hoa Thám 4 is the only one under 5 (I.1: "không còn xã dưới 5 tiêu chí")
    F(
        "Những xã nào hiện còn dưới 5 tiêu chí?",
        _LIST,
        ("Hoa Thám",),
        lacks=("Trấn Ninh",),
    ),
    F(
        "mục tiêu không còn xã dưới 5 tiêu chí, vậy hiện còn xã nào",
        _LIST + "|targets",
        ("Hoa Thám",),
    ),
    # under 8: Hoa Thám 4, Mẫu Sơn (Cao Lộc) 5, Trấn Ninh 5, Bảo Lâm 7, Hồng Phong 7,
    # Tân Minh 7, Thụy Hùng 7, Tân Tiến 7; Đồng Tiến has 8
    F(
        "liệt kê các xã đạt dưới 8 tiêu chí",
        _LIST,
        ("Hoa Thám", "Tân Minh", "Hồng Phong", "Thụy Hùng"),
        lacks=("Đồng Tiến",),
    ),
    # 15 to 18: Đội Cấn 17 (PL4 TT6), Quốc Khánh 15 (PL4 TT8); Bắc Xa 14
    F(
        "xã nào đạt từ 15 tiêu chí trở lên nhưng chưa đạt chuẩn",
        _LIST,
        ("Đội Cấn", "Quốc Khánh"),
        lacks=("Bắc Xa",),
    ),
    # Tràng Định: Đào Viên 9, Tân Minh 7 (PL4), Kháng Chiến 9 (PL1), Tân Tiến 7 (PL5);
    # Đội Cấn 17, Quốc Khánh 15
    F(
        "huyện Tràng Định có xã nào dưới 10 tiêu chí",
        _LIST,
        ("Đào Viên", "Tân Minh", "Kháng Chiến", "Tân Tiến"),
        lacks=("Đội Cấn",),
    ),
    F("xã nào ở Cao Lộc đạt ít tiêu chí nhất", "ranking", ("Mẫu Sơn",)),  # PL4 TT1: 5
    # Lộc Bình: Tĩnh Bắc 9 (PL1 TT2), Mẫu Sơn 9 (PL4 TT14)
    F("Lộc Bình xã nào thấp nhất về số tiêu chí", "ranking", ("Tĩnh Bắc", "Mẫu Sơn")),
    F("Bình Gia xã nào yếu nhất", "ranking", ("Hoa Thám",)),  # PL5 TT2: 4
    # exactly 9: Tĩnh Bắc, Kháng Chiến, Thanh Long (PL1), Cao Lâu, Đào Viên, Mẫu Sơn (LB)
    # (PL4), Đồng Thắng (PL5)
    F(
        "những xã đang đạt đúng 9 tiêu chí",
        _LIST,
        ("Kháng Chiến", "Cao Lâu", "Đồng Thắng"),
        lacks=("Nhân Lý",),
    ),
    F("xã <5 tc", _LIST, ("Hoa Thám",)),  # PL5 TT2
)

_GROUPS: tuple[F, ...] = (
    # ------------------------------------------- the groups (PL1-PL5, I.1)
    F(
        "danh sách 20 xã biên giới gồm những xã nào",
        "group_members",
        ("Xuất Lễ", "Trùng Khánh", "Bắc Xa"),
    ),
    F(
        "bình quân tiêu chí của 20 xã biên giới cuối năm 2022 là bao nhiêu",
        "average",
        ("13,05",),
    ),  # PL4 last row
    # I.1: "phấn đấu 20 xã biên giới đạt bình quân 15 tiêu chí/xã"
    F(
        "mục tiêu năm 2023 xã biên giới bình quân bao nhiêu tiêu chí",
        "targets|average",
        ("15 tiêu chí",),
    ),
    # PL4 TT10 Bắc Xa 14, TT11 Bính Xá 12
    F(
        "xã biên giới Đình Lập có mấy xã, đạt bao nhiêu tiêu chí",
        "group_members|count|ranking",
        ("Bắc Xa", "Bính Xá", "14", "12"),
    ),
    F(
        "trong 20 xã biên giới có bao nhiêu xã đã đạt chuẩn ntm",
        "count|group_members",
        ("7/20",),
    ),  # PL4: 7 rows of 19
    F(
        "10 xã đặc biệt khó khăn bình quân đạt mấy tiêu chí",
        "average",
        ("8,8",),
    ),  # PL5 last row
    F(
        "danh sách xã đặc biệt khó khăn năm 2023",
        "group_members",
        ("Tân Tiến", "Hoa Thám", "Quyết Thắng"),
    ),
    F(
        "xã ĐBKK của huyện Đình Lập là xã nào, đạt mấy tiêu chí",
        "group_members|xa_overview|xa_met|ranking",
        ("Đồng Thắng", "9"),
    ),  # PL5 TT7
    F(
        "10 xã phấn đấu đạt chuẩn năm 2023 thuộc những huyện nào",
        "group_members",
        ("Nhân Lý", "Hồng Phong", "Chi Lăng", "Bình Gia"),
    ),  # PL1
    F(
        "10 xã đăng ký về đích 2023 hiện bình quân đạt bao nhiêu tiêu chí",
        "average",
        ("8,8",),
    ),  # PL1: 88/10
    # PL1 TT5 Bảo Lâm and TT10 Hồng Phong lack 12
    F(
        "trong 10 xã về đích xã nào còn thiếu nhiều tiêu chí nhất",
        "ranking",
        ("Bảo Lâm", "Hồng Phong"),
    ),
    F(
        "các xã nâng cao năm 2023 gồm những xã nào",
        "group_members",
        ("Thượng Cường", "Châu Sơn", "Khánh Xuân"),
    ),  # PL2
    F("xã kiểu mẫu năm 2023 là những xã nào", "group_members", ("Đồng Ý", "Hoàng Đồng")),  # PL3
    F("đến hết 2023 toàn tỉnh phấn đấu bao nhiêu xã nâng cao", "targets|count", ("22",)),  # I.1
    F("năm 2023 đăng ký bao nhiêu xã kiểu mẫu", "targets|count|group_members", ("2",)),  # I.1
    F("xã nâng cao năm 2023 ở Lộc Bình là xã nào", "group_members", ("Khánh Xuân",)),  # PL2 TT2
    # PL4 lists no xã of Hữu Lũng
    F(
        "Hữu Lũng có xã biên giới nào không",
        "group_members|count",
        ("Hữu Lũng",),
        lacks=("Xuất Lễ", "Tân Mỹ"),
    ),
    # PL4 Văn Lãng: Tân Mỹ 19, Tân Thanh 19, Thụy Hùng 7, Thanh Long 9, Trùng Khánh 19 = 73/5
    F("bình quân tiêu chí các xã biên giới huyện Văn Lãng", "average", ("14,6",)),
    # PL1 TT6 Lâm Ca 11 is the highest of the 10
    F("xã về đích 2023 đang đạt cao nhất là xã nào", "ranking", ("Lâm Ca", "11")),
    # PL2 TT3 Điềm He and TT5 Châu Sơn 5 nâng cao criteria, the lowest
    F("xã nâng cao nào đang đạt ít tiêu chí nhất", "ranking", ("Điềm He", "Châu Sơn")),
)

_MONEY: tuple[F, ...] = (
    # ------------------------------------------- targets (I.1, I.2, II.6, PL7) and funding (III)
    F(
        "tổng nhu cầu vốn thực hiện chương trình nông thôn mới năm 2023 là bao nhiêu",
        "funding",
        ("5.103,888",),
    ),  # III line 0
    F(
        "vốn ngân sách trung ương và địa phương đầu tư trực tiếp là bao nhiêu tỷ",
        "funding",
        ("406,982",),
    ),  # III line 1
    F("vốn lồng ghép chiếm bao nhiêu phần trăm tổng vốn", "funding", ("28,7%",)),  # III line 2
    F("vốn tín dụng bao nhiêu tỷ đồng", "funding", ("3.000",)),  # III line 4
    F("huy động cộng đồng dân cư đóng góp bao nhiêu", "funding", ("150",)),  # III line 5
    F(
        "Sở Tài chính cần cơ cấu vốn NTM 2023 theo từng nguồn",
        "funding",
        ("406,982", "1.466,906", "3.000", "150"),
    ),  # III lines 1-5
    F("vốn doanh nghiệp, hợp tác xã bao nhiêu tỷ", "funding", ("80",)),  # III line 3
    F(
        "kế hoạch năm 2023 toàn tỉnh phấn đấu có tổng cộng bao nhiêu xã đạt chuẩn nông thôn mới",
        "targets|count",
        ("95/181",),
    ),  # I.1
    # I.1: "bình quân tiêu chí/01 xã đạt từ 13 - 14 tiêu chí"
    F("chỉ tiêu bình quân tiêu chí/xã năm 2023", "targets|average", ("13", "14")),
    F("mục tiêu OCOP năm 2023 bao nhiêu sản phẩm", "targets", ("15",)),  # I.1 ocop_products
    F(
        "theo mục I.2 tiêu chí 5 phấn đấu thêm bao nhiêu xã",
        "targets|criterion_count",
        ("10", "81/181"),
    ),  # I.2 tc 5
    F(
        "chỉ tiêu tiêu chí 12 lao động năm 2023",
        "targets|criterion_count",
        ("124/181", "20"),
    ),  # I.2 tc 12
    # province_targets.csv: criteria 8, 14, 19 have no "thêm N xã"
    F(
        "tiêu chí nào không có chỉ tiêu tăng thêm xã trong năm 2023",
        "targets|ranking|criterion_count",
        ("14", "19"),
    ),
    F(
        "phụ lục 7 tiêu chí nâng cao y tế toàn tỉnh bao nhiêu xã",
        "criterion_count",
        ("23", "12,7%"),
    ),  # PL7 row 14
    F("bình quân tiêu chí nâng cao toàn tỉnh theo phụ lục 7", "average", ("8,99",)),  # PL7
    F("nâng cao tiêu chí điện toàn tỉnh", "criterion_count", ("82", "45,3%")),  # PL7 row 4
    F(
        "Bình Gia bình quân mỗi xã đạt bao nhiêu tiêu chí nâng cao", "average", ("4,75",)
    ),  # PL7 Bình Gia
    F("số xã đạt chuẩn ntm tăng thêm năm 2023", "targets|count", ("10", "95")),  # I.1
    F(
        "Đình Lập phấn đấu huyện nông thôn mới, năm 2023 đạt mấy tiêu chí huyện",
        "targets|xa_met|xa_lacking",
        ("6/9",),
    ),  # II.6
    F("tiêu chí nâng cao số 15 là gì", "criterion_info", ("Hành chính công",)),  # PL7 row 15
    F("Y tế là tiêu chí số mấy", "criterion_info", ("15",)),  # criteria.csv / PL6 row 15
    F(
        "tổng số tiêu chí các xã huyện Hữu Lũng đạt theo kế hoạch",
        "average",
        ("325",),
    ),  # PL6 Hữu Lũng Cộng
    F("huyện Hữu Lũng có tổng cộng bao nhiêu xã theo kế hoạch 2023", "count", ("23",)),  # PL6
    # ntm Bắc Sơn 10 of 17 = 58,8%
    F("tỉ lệ xã đạt chuẩn ntm của huyện Bắc Sơn", "count", ("10 xã", "58,8%")),
    # plan_i2_figures.csv tc 18: "trên 4.000 lượt cán bộ, công chức cấp xã"
    F("năm 2023 bồi dưỡng bao nhiêu lượt cán bộ công chức cấp xã", "targets", ("4.000",)),
    # plan_i2_figures.csv tc 12: "dạy nghề cho khoảng 5.000 người"
    F("chỉ tiêu đào tạo nghề cho lao động nông thôn năm 2023", "targets", ("5.000",)),
)

_COMPARE: tuple[F, ...] = (
    # ------------------------------------------- two or three districts (PL6, PL7, ntm)
    F(
        "so sánh tiêu chí y tế giữa Tràng Định và Cao Lộc",
        "compare",
        ("11/21", "11/20"),
    ),  # PL6 row 15
    F(
        "bình quân tiêu chí của Văn Lãng, Văn Quan và Bình Gia",
        "compare|average",
        ("13,38", "12,25", "10,72"),
    ),  # PL6 last row
    F(
        "Lộc Bình với Đình Lập về tiêu chí 5 thì sao",
        "compare|criterion_count",
        ("3/19", "9/10"),
    ),  # PL6 row 5
    F(
        "so sánh số xã đạt chuẩn ntm của Hữu Lũng và Chi Lăng",
        "compare|count",
        ("Hữu Lũng", "Chi Lăng", "8"),
    ),  # ntm: 8 and 8
    F(
        "Bắc Sơn so với Tràng Định tiêu chí nghèo đa chiều",
        "compare|criterion_count",
        ("7/17", "11/21"),
    ),  # PL6 row 11
    F(
        "so sánh bình quân nâng cao Tràng Định với Hữu Lũng",
        "compare",
        ("11,67", "12,00"),
    ),  # PL7 last row
    F(
        "Chi Lăng hơn Cao Lộc bao nhiêu tiêu chí bình quân",
        "compare",
        ("14,61", "11,80", "2,81"),
    ),  # PL6: 14,61 - 11,80
    F(
        "tc 10 thu nhập của Bình Gia, Cao Lộc, Lộc Bình",
        "compare|criterion_count",
        ("6/18", "4/20", "9/19"),
    ),  # PL6 row 10
    F(
        "Văn Quan và Văn Lãng tiêu chí 6 huyện nào tỷ lệ cao hơn",
        "compare",
        ("3/16", "4/16"),
    ),  # PL6 row 6
    F("so sánh tc 12 Bình Gia và Tràng Định", "compare", ("7/18", "10/21")),  # PL6 row 12
    # PL6 row 17: Bắc Sơn 11/17, Hữu Lũng 11/23: same count, Bắc Sơn's share 64,7% vs 47,8%
    F(
        "tiêu chí 17 Bắc Sơn và Hữu Lũng bằng nhau à",
        "compare|criterion_count",
        ("11/17", "11/23"),
    ),
    F(
        "so sánh bình quân tiêu chí Lộc Bình và Đình Lập",
        "compare",
        ("11,89", "17,40"),
    ),  # PL6 last row
)

_DEPARTMENTS: tuple[F, ...] = (
    # ------------------------------------------- registered department staff
    # Sở Y tế answers for criterion 15 (I.2: 111/181)
    F(
        "tiêu chí của sở mình toàn tỉnh đạt bao nhiêu xã",
        "criterion_count",
        ("111/181",),
        who=_Y_TE,
    ),
    F(
        "cho tôi số xã đạt tiêu chí y tế theo từng huyện",
        "criterion_count|ranking|compare",
        ("11/21", "13/23"),
        who=_Y_TE,
    ),  # PL6 row 15
    F(
        "tiêu chí trường học huyện nào thấp nhất",
        "ranking",
        ("Lộc Bình",),
        who=_GIAO_DUC,
    ),  # PL6 row 5 shares
    F("tổng vốn ntm năm 2023 bao nhiêu", "funding", ("5.103,888",), who=_TAI_CHINH),  # III
    # Sở NN&MT answers for criteria 3, 13, 17; tiêu chí 17: I.2 90/181
    F(
        "tiêu chí môi trường toàn tỉnh năm 2023 kế hoạch bao nhiêu xã",
        "criterion_count",
        ("90/181", "49,7%"),
        who=_NN_MT,
    ),
    F(
        "xuất file excel phụ lục 6 cho tôi",
        "export",
        who=_NN_MT,
    ),  # the plan table is open to every registered person (README, leaders' desk)
    F("cho xin file kế hoạch theo bộ tiêu chí dạng csv", "export", who=_TAI_CHINH),
    F(
        "gửi tôi bảng excel tình hình tiêu chí các xã huyện Văn Lãng",
        "export",
        ("Văn Lãng",),
        who=_COORDINATOR,
    ),
    # a department may export the plan table only (desk.py: "/xuat kế hoạch")
    F(
        "xuất excel tình hình tiêu chí toàn tỉnh",
        "export_refused",
        ("kế hoạch",),
        who=_Y_TE,
    ),
    # not registered: no export
    F("xuất excel số liệu tiêu chí toàn tỉnh giúp tôi", "forbidden|export"),
)

_CHARTS: tuple[F, ...] = (
    # ------------------------------------------- charts asked in words (handlers/charts.py)
    # I.2 / PL6: most criterion 14 (181/181), fewest criterion 6 (76)
    F(
        "vẽ giúp tôi biểu đồ số xã đạt từng tiêu chí toàn tỉnh",
        "chart",
        ("14", "76"),
    ),
    # I.2 tc 15: end of 2022 101, 2023 plan 111/181
    F("cho xin biểu đồ tiêu chí 15 y tế", "chart", ("101", "111/181")),
    # PL6 last row: lowest Bình Gia 10,72; the province 13,38
    F(
        "biểu đồ bình quân tiêu chí các huyện để đưa vào báo cáo",
        "chart",
        ("10,72", "13,38"),
    ),
    # PL6 Lộc Bình column: fewest criteria 5 and 6 (3 xã)
    F("vẽ biểu đồ tiêu chí huyện Lộc Bình", "chart", ("Lộc Bình", "5, 6")),
    # PL7 last row: the nâng cao averages, the province 8,99
    F("biểu đồ bình quân tiêu chí nâng cao các huyện", "chart", ("8,99",), lacks=("13,38",)),
    # I.2 tc 17: end of 2022 80, 2023 plan 90/181
    F("vẽ đồ thị tiêu chí 17 các huyện", "chart", ("90/181",)),
    F("có biểu đồ tiến độ báo cáo tháng này không", "chart", who=_COORDINATOR),
)

_TODAY_ROWS: tuple[F, ...] = (
    # ------------------------------------------- after the 2025 reorganisation (today)
    # PL6 row 17 Lộc Bình 9/19 is the 2023 plan's; districts ended on 01/07/2025
    F(
        "Trước tôi hay báo cáo tiêu chí 17 huyện Lộc Bình 9/19 xã, giờ không còn huyện thì"
        " số liệu này tính thế nào?",
        "criterion_count|today_made_of|today_where|today_history|no_data",
        ("9/19", "01/07/2025"),
    ),
    # today: Huyện Lộc Bình's units -> Khuất Xá, Lộc Bình, Lợi Bác, Mẫu Sơn, Na Dương,
    # Thống Nhất, Xuân Dương
    F(
        "huyện Lộc Bình cũ nay gồm những xã mới nào",
        _TODAY + "|today_count",
        ("Khuất Xá", "Na Dương", "Xuân Dương"),
    ),
    # today: Huyện Cao Lộc's units -> Ba Sơn, Cao Lộc, Công Sơn, Đồng Đăng, Khánh Khê,
    # Tân Đoàn, Phường Kỳ Lừa, Phường Đông Kinh
    F(
        "sau sáp nhập huyện Cao Lộc cũ thành mấy xã, phường",
        _TODAY + "|today_count",
        ("Ba Sơn", "Đồng Đăng"),
    ),
    # today: Đồng Tiến -> Thiện Tân, Lâm Ca -> Thái Bình, Bảo Lâm -> Đồng Đăng
    F(
        "10 xã về đích 2023 giờ thuộc những xã mới nào",
        _TODAY + "|group_members",
        ("Thiện Tân", "Thái Bình", "Đồng Đăng"),
    ),
    F("Quyết Thắng bên Hữu Lũng giờ thuộc xã mới nào", _TODAY, ("Yên Bình",)),  # today
    F("Đồng Thắng (Đình Lập) nay thuộc xã nào", _TODAY, ("Châu Sơn",)),  # today
    F("xã Chiến Thắng huyện Chi Lăng sau sáp nhập thuộc đâu", _TODAY, ("Chiến Thắng",)),
    F("hiện nay tỉnh còn bao nhiêu huyện", "today_count", ("61",)),  # no districts since 7/2025
    # no status of today's xã is bundled: 0 of 61
    F(
        "số liệu tiêu chí 5 theo xã mới đã có chưa",
        "today_coverage|today_average|no_data",
        ("61",),
    ),
    # Điềm He (new) = Trấn Ninh (PL5 TT4), Liên Hội (PL1 TT9), Điềm He (PL2 TT3)
    F(
        "xã Điềm He mới trước đây có những xã nào nằm trong kế hoạch 2023",
        "today_made_of|today_history",
        ("Liên Hội", "Trấn Ninh"),
    ),
    F(
        "Khánh Xuân là xã nâng cao năm 2023, bây giờ thuộc xã nào",
        _TODAY,
        ("Lộc Bình",),
    ),  # today: Khánh Xuân -> Xã Lộc Bình
    F(
        "xã Thái Bình hiện nay trước kia có xã nào về đích 2023 không",
        "today_history|today_made_of",
        ("Lâm Ca",),
    ),  # Thái Bình (new) = TT NT Thái Bình, Thái Bình, Lâm Ca (PL1 TT6)
    F(
        "tỷ lệ xã đạt tiêu chí y tế của các xã mới hiện nay",
        "today_average|today_coverage|no_data|criterion_count",
        ("/61",),
    ),
    # Thụy Hùng (new) = Trùng Khánh 19 (PL4 TT20), Thụy Hùng 7 (TT18), Thanh Long 9 (TT19)
    F(
        "xã Thụy Hùng bây giờ các xã cũ của nó đạt bao nhiêu tiêu chí",
        "today_history|today_made_of",
        ("Trùng Khánh", "Thanh Long"),
    ),
    # Huyện Bình Gia's units -> 8 xã (Bình Gia, Hoa Thám, Hồng Phong, Quý Hòa, Thiện Hòa,
    # Thiện Long, Thiện Thuật, Tân Văn)
    F(
        "địa bàn huyện Bình Gia cũ bây giờ là những xã nào",
        _TODAY + "|today_count",
        ("Thiện Thuật", "Quý Hòa"),
    ),
    # PL6 Bình Gia 10,72 is the 2023 plan's; the district ended on 01/07/2025
    F(
        "bình quân tiêu chí huyện Bình Gia trước sáp nhập là bao nhiêu",
        "average",
        ("10,72",),
    ),
)

_FOLLOW: tuple[F, ...] = (
    # ------------------------------------------- follow-ups in the same chat
    F(
        "còn huyện Cao Lộc thì được mấy xã",
        "criterion_count",
        ("3/20",),
        before=("tiêu chí 17 huyện Lộc Bình có bao nhiêu xã đạt",),
    ),  # PL6 row 17
    F(
        "thế Hữu Lũng thì sao",
        "criterion_count",
        ("13/23", "56,5%"),
        before=("tỷ lệ xã đạt tiêu chí y tế Tràng Định",),
    ),  # PL6 row 15
    F(
        "còn tiêu chí 6",
        "ranking",
        ("Lộc Bình",),
        before=("huyện nào yếu nhất về tiêu chí 5",),
    ),  # PL6 row 6 shares
    F(
        "so với toàn tỉnh thì sao",
        "compare|average",
        ("12,25", "13,38"),
        before=("bình quân tiêu chí huyện Văn Quan",),
    ),  # PL6 last row
    F(
        "xã nào trong đó thấp nhất",
        "ranking",
        ("Hoa Thám",),
        before=("danh sách xã đặc biệt khó khăn",),
    ),  # PL5 TT2
    F(
        "bình quân của các xã đó",
        "average",
        ("14,6",),
        before=("xã biên giới Văn Lãng",),
    ),  # PL4 Văn Lãng: 73/5
    F(
        "còn hết năm 2022",
        "criterion_count",
        ("77",),
        before=("tiêu chí 13 toàn tỉnh bao nhiêu xã",),
    ),  # I.2 tc 13: 87 - 10
    F(
        "thế còn tỷ lệ",
        "criterion_count",
        ("20,0%",),
        before=("tc 10 Cao Lộc",),
    ),  # PL6 row 10: 4/20
    F(
        "chiếm bao nhiêu phần trăm",
        "funding",
        ("58,8%",),
        before=("vốn tín dụng bao nhiêu tỷ đồng",),
    ),  # III line 4
    F(
        "chỉ lấy 3 huyện đầu thôi",
        "ranking",
        ("19,00", "17,40", "15,29"),
        lacks=("14,61",),
        before=("xếp hạng các huyện về bình quân tiêu chí",),
    ),  # PL6 last row
    F(
        "thế bình quân nâng cao của huyện đó",
        "average",
        ("7,00",),
        before=("bình quân tiêu chí Lộc Bình",),
    ),  # PL7 Lộc Bình
    F(
        "tỷ lệ bao nhiêu",
        "criterion_count",
        ("47,4%",),
        before=("Lộc Bình có bao nhiêu xã đạt tiêu chí 17?",),
    ),  # PL6 row 17: 9/19
    F(
        "thêm Văn Quan nữa",
        "compare|criterion_count",
        ("3/19", "3/16", "10/16"),
        before=("tiêu chí 5 huyện Văn Lãng và Lộc Bình, huyện nào thấp hơn",),
    ),  # PL6 row 5
    F(
        "kể tên các xã đó",
        _LIST,
        ("Xuất Lễ", "Tú Mịch", "Trùng Khánh"),
        before=("trong 20 xã biên giới có bao nhiêu xã đã đạt chuẩn ntm",),
    ),  # PL4: the 7 rows of 19
    F(
        "xuất ra file excel giúp",
        "export",
        who=_COORDINATOR,
        before=("tiêu chí 17 huyện Lộc Bình có bao nhiêu xã đạt",),
    ),
    F(
        "vẽ biểu đồ luôn",
        "chart",
        ("90/181",),
        before=("tiêu chí 17 toàn tỉnh bao nhiêu xã đạt",),
    ),  # I.2 tc 17
)

_TERSE: tuple[F, ...] = (
    # ------------------------------------------- terse, as typed between meetings
    F("tc17 LB", "criterion_count", ("9/19",)),  # PL6 row 17
    F("tc5 các huyện", "criterion_count|ranking|compare", ("3/19", "9/10")),  # PL6 row 5
    F("y tế toàn tỉnh", "criterion_count", ("111/181",)),  # I.2 tc 15
    F("TC 15 Hữu Lũng?", "criterion_count", ("13/23",)),  # PL6 row 15
    F("tc6 thấp nhất huyện nào", "ranking", ("Lộc Bình",)),  # PL6 row 6 shares
    F("bq BG, VQ", "compare|average", ("10,72", "12,25")),  # PL6
    F("nc tc y tế toàn tỉnh", "criterion_count", ("12,7%",)),  # PL7 row 14
    F("vốn 2023?", "funding", ("5.103,888",)),  # III
    F("tc 2 TĐ", "criterion_count", ("7/21",)),  # PL6 row 2
    F("tc 17 Cao Lộc, LB, ĐL", "criterion_count|compare", ("3/20", "9/19", "9/10")),  # PL6 row 17
    F("tc11 yếu nhất?", "ranking", ("Bình Gia",)),  # PL6 row 11 shares
    F("đbkk bq?", "average", ("8,8",)),  # PL5
    F("biên giới kh 2023 bq", "average|targets", ("16,65",)),  # PL4: 333/20 planned
    F("tc 15 nc Hữu Lũng", "criterion_count", (" 10/",)),  # PL7 row 15 Hữu Lũng 10
    F("xã dưới 6 tc", _LIST, ("Hoa Thám", "Trấn Ninh", "Mẫu Sơn"), lacks=("Tân Tiến",)),
    F("top 5 huyện tc y tế", "ranking", ("Đình Lập", "Bắc Sơn")),  # PL6 row 15 shares
    F("% xã ntm toàn tỉnh kh 2023", "count|targets", ("52,5%",)),  # I.1: 95/181
    F("tc 8 ttt Văn Quan, Lộc Bình", "compare|criterion_count", ("7/16", "11/19")),
    F("huyện nào tc 3 chưa đủ", "ranking|list", ("Bắc Sơn", "Bình Gia")),  # PL6 row 3 < size
)

ROWS: tuple[F, ...] = (
    _ACROSS
    + _RANKS
    + _BELOW
    + _GROUPS
    + _MONEY
    + _COMPARE
    + _DEPARTMENTS
    + _CHARTS
    + _TODAY_ROWS
    + _FOLLOW
    + _TERSE
)
