"""Fresh questions as provincial and district leaders type them: quick lookups, often terse.

Averages and counts by district and province, shares in percent, top/bottom N xã, who is ahead,
two or three units compared, xã above or below a bound, the groups (biên giới, ĐBKK, the 2023
candidates), 2023 targets and funding, the period asked, today's units, the 2026-2030 set,
English from visitors, compound messages and ellipsis after a first question.

Sources (store/data/): PL1-PL7 = kh18_2023/phu_luc_N.tsv; I.1 = headline_targets.csv; I.2 =
province_targets.csv (x/181 planned for 2023, "added" in 2023, so end-2022 = total - added);
III = funding.csv; ntm = ntm_xa_2022_by_district.csv; today = langson_2025_old_to_new.csv and
langson_units_2025-07_new.csv; 2026 = criteria_2026_2030.md. District sizes are PL6's "Cộng"
÷ its average: TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18, Bắc Sơn 17, Văn Quan 16, Cao Lộc
20, Lộc Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23 (181). Shares are rounded half up to one
decimal, Vietnamese style (e.g. PL6 row 17 Cao Lộc 3/20 = 15,0%).
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

# General causes of the rows below that the bot gets wrong, most rows first.
MULTI_PART = "a message asking two things (criteria, places, sets, periods, measures) gets one"
FOLLOW_OTHER = "a short follow-up drops the subject: 'nc?', 'thế tc 9', 'giờ thuộc…'"
TARGET_EN = "English 'target number of NTM communes' lists the 10 candidates, not 95/181"

GAPS: dict[str, str] = {
    "xã đbkk nào thấp nhất và còn thiếu gì": MULTI_PART,
    "target number of NTM communes in 2023": TARGET_EN,
}

ROWS: tuple[F, ...] = (
    # ------------------------------------------------ averages, terse (PL6 last row, PL7)
    F("bq tc tỉnh?", "average", ("13,38",)),  # PL6 Tổng cộng
    F("bq nc toan tinh?", "average", ("8,99",)),  # PL7 Tổng cộng
    F("h.BG bq", "average", ("10,72",)),  # PL6 Bình Gia
    F("bq h. Tràng Định", "average", ("13,24",)),  # PL6 Tràng Định
    F("bq tc/xa h.huu lung", "average", ("14,13",)),  # PL6 Hữu Lũng
    F("bq TP Lạng Sơn", "average", ("19,00",)),  # PL6 Thành phố
    F("bq tc tp", "average", ("19,00",)),  # PL6 Thành phố
    F("Văn Lãng bq mấy tc", "average", ("13,38",)),  # PL6 Văn Lãng
    F("bq NC h.Lộc Bình", "average", ("7,00",)),  # PL7 Lộc Bình
    F("bq nc Cao Lộc bn", "average", ("7,75",)),  # PL7 Cao Lộc
    F("bq tc nc Văn Quan", "average", ("4,75",)),  # PL7 Văn Quan
    F("bq nâng cao Đình Lập", "average", ("9,00",)),  # PL7 Đình Lập
    F("bình quân tc ntm huyện Chi Lăng năm 2023", "average", ("14,61", "2023")),  # PL6
    F("Bắc Sơn bq đạt bao nhiêu", "average", ("15,29",)),  # PL6 Bắc Sơn
    F("số tiêu chí bình quân/xã của h. Văn Quan", "average", ("12,25",)),  # PL6 Văn Quan
    F("bq tieu chi ntm ca tinh nam nay", "average", ("13,38",)),  # PL6
    # PL6: the average is the 2023 plan's, and the reply names that period
    F("Lộc Bình bq tc là bn", "average", ("11,89", "Kế hoạch năm 2023")),
    # PL4 last row: border xã 13,05 at the end of 2022, 16,65 planned for 2023
    F("bq tc xã biên giới hết 2022", "average", ("13,05",)),
    F("bq 20 xã biên giới kh 2023", "average", ("16,65",)),
    # PL5 last row: ĐBKK 8,8 at the end of 2022
    F("bq xã ĐBKK năm 2022", "average", ("8,80",)),
    # PL4: Tràng Định's border xã Đội Cấn 17, Đào Viên 9, Quốc Khánh 15, Tân Minh 7 -> 48/4
    F("bq tc xã biên giới h. Tràng Định", "average", ("12,00",), lacks=("13,24",)),
    # PL4: Cao Lộc's border xã Mẫu Sơn 5, Xuất Lễ 19, Cao Lâu 9, Thanh Lòa 8, Bảo Lâm 7 -> 48/5
    F("bq xã biên giới Cao Lộc", "average", ("9,60",), lacks=("11,80",)),
    # PL1: the 10 NTM candidates met 10+9+8+10+7+11+9+9+8+7 = 88 at the end of 2022 -> 8,80
    F("bq tc 10 xã phấn đấu về đích 2023 hiện đạt bao nhiêu", "average", ("8,80",)),
    # PL2: the 5 nâng cao candidates met 6+10+5+7+5 = 33 nâng cao criteria -> 6,60
    F("bq tc nc của 5 xã phấn đấu nâng cao", "average", ("6,60",)),
    # ------------------------------------------------ counts of xã (PL6 sizes, ntm, I.1)
    F("h.Đình Lập bn xã", "count", ("10",)),  # PL6: 174 ÷ 17.40
    F("tp ls có mấy xã", "count", ("3",)),  # PL6: 57 ÷ 19.00
    F("Cao Lộc tổng bao nhiêu xã", "count", ("20",)),  # PL6: 236 ÷ 11.80
    F("Lộc Bình ntm bao nhiêu xã rồi", "count", ("8 xã",)),  # ntm Lộc Bình 8
    F("đến hết 2022 Văn Lãng có mấy xã ntm", "count", ("7 xã",)),  # ntm Văn Lãng 7
    F("sl xã ntm tràng định", "count", ("9 xã",)),  # ntm Tràng Định 9
    F("số xã đạt chuẩn ntm h. Bắc Sơn", "count", ("10 xã",)),  # ntm Bắc Sơn 10
    F("tỉnh có bao nhiêu xã NTM nâng cao", "count", ("17",)),  # I.1: 22 - 5
    # I.1: 95/181 planned for 2023, 85 at the end of 2022
    F("kh 2023 tổng số xã ntm", "count|targets", ("95",)),
    F("số xã ntm toàn tỉnh hết năm 2022", "count", ("85",)),
    # ------------------------------------------------ shares in percent (PL6, I.2, I.1)
    F("tỷ lệ xã đạt tc 5 h. Lộc Bình", "criterion_count", ("3/19", "15,8%")),  # PL6 row 5
    F("% xã đạt tc 17 Cao Lộc", "criterion_count", ("3/20", "15,0%")),  # PL6 row 17
    F("tỉ lệ % xã đạt tc nghèo đa chiều toàn tỉnh", "criterion_count", ("83/181", "45,9%")),
    F("tc 8 đạt bn % cả tỉnh", "criterion_count", ("78,5%",)),  # I.2 tc 8: 142/181
    F("tỷ lệ xã đạt tc y tế ở Đình Lập", "criterion_count", ("10/10",)),  # PL6 row 15
    F("tc 2 Tràng Định đạt bao nhiêu phần trăm", "criterion_count", ("7/21", "33,3%")),  # PL6
    F("ty le xa dat tc thu nhap h. bac son", "criterion_count", ("14/17", "82,4%")),  # PL6 r10
    F("tc 13 Bình Gia bao nhiêu %", "criterion_count", ("3/18", "16,7%")),  # PL6 row 13
    F("tỷ lệ đạt tc 15 toàn tỉnh", "criterion_count", ("111/181", "61,3%")),  # I.2 tc 15
    # I.1: 85 of 181 at the end of 2022 = 47,0 %; 95 of 181 planned = 52,5 %
    F("tỷ lệ xã đạt chuẩn ntm toàn tỉnh cuối 2022", "count", ("85", "47,0%")),
    F("kh 2023 tỷ lệ xã ntm bao nhiêu %", "count|targets", ("95", "52,5%")),
    # PL4: 7 of the 20 border xã list 19 criteria = 35,0 %
    F("bao nhiêu % xã biên giới đã đạt chuẩn", "count", ("7/20", "35,0%")),
    # ------------------------------------------------ rankings of districts (PL6, PL7, ntm)
    F("top 3 huyện bq thấp nhất", "ranking", ("10,72", "11,80", "11,89"), lacks=("12,25",)),
    F("bottom 2 huyện về bq tc", "ranking", ("10,72", "11,80"), lacks=("11,89",)),
    F("huyện nào dẫn đầu về bq tc", "ranking", ("19,00",)),
    F("huyện dẫn đầu bq tc nc", "ranking", ("19,00", "12,25")),  # PL7: TP, then Chi Lăng
    F("h. Lộc Bình xếp thứ mấy về bq tc", "ranking", ("9/11",)),  # PL6: 9th of 11
    F("Hữu Lũng đứng thứ mấy", "ranking", ("5/11",)),  # PL6: 14,13 is 5th
    F("xếp hạng bq nc các huyện", "ranking", ("12,25", "4,75")),  # PL7
    # ntm: Bắc Sơn has the most NTM xã at the end of 2022 (10) and with PL1 in 2023 (11)
    F("huyện nào nhiều xã đạt chuẩn ntm nhất", "ranking", ("Bắc Sơn",)),
    # PL6 row 17: Bắc Sơn, Chi Lăng, Hữu Lũng have 11 xã each, the most
    F("huyện nào đạt tc 17 nhiều xã nhất", "ranking", ("Bắc Sơn", "Chi Lăng", "Hữu Lũng")),
    # PL6 row 17 as shares: Cao Lộc 3/20 = 15,0 % is the lowest (TP's 3 are all of its 3)
    F("tc môi trường huyện nào kém nhất", "ranking", ("Cao Lộc",)),
    # PL6 row 2 as shares: Bình Gia 4/18 = 22,2 % is the lowest (TP has 3/3)
    F("tc giao thông huyện nào yếu nhất", "ranking", ("Bình Gia", "4/18")),
    # PL6 row 5 as shares: Lộc Bình 3/19 = 15,8 % is the lowest, Văn Lãng 3/16 next
    F("tỷ lệ đạt tc trường học huyện nào thấp nhất", "ranking", ("Lộc Bình", "15,8%")),
    # PL6 Đình Lập: rows 2 (Giao thông), 6 and 11 have 7 of 10, its fewest
    F("tc nào yếu nhất của Đình Lập", "ranking", ("Giao thông", "7/10")),
    # PL6 Tổng cộng column: row 14 has 181, the most; row 6 has 76, the fewest
    F("tc nào toàn tỉnh đạt nhiều xã nhất", "ranking", ("Giáo dục",)),
    # PL6 / I.2: under half of 181 xã: rows 5 (81), 6 (76), 10 (90), 11 (83), 13 (87), 17 (90);
    # row 2 (92, 50,8 %) is just over
    F(
        "những tc nào dưới 50% xã đạt",
        "ranking",
        ("Trường học", "Thu nhập", "Nghèo đa chiều", "Môi trường"),
        lacks=("Giao thông",),
    ),
    # ------------------------------------------------ which district is ahead (PL6, PL7)
    F("Bắc Sơn hay Hữu Lũng cao hơn", "compare", ("15,29", "14,13")),
    F("bq VQ với VL huyện nào hơn", "compare", ("12,25", "13,38")),
    F("Cao Lộc thua Lộc Bình bao nhiêu", "compare", ("11,80", "11,89", "0,09")),
    F("Chi Lăng với Hữu Lũng nc ai cao hơn", "compare", ("12,25", "12,00")),  # PL7
    # PL6 row 5: Văn Quan 10/16 (62,5 %) and Chi Lăng 10/18 (55,6 %): same count
    F("tc 5 Văn Quan hay Chi Lăng nhiều hơn", "compare", ("10/16", "10/18")),
    # PL6 row 17: Đình Lập 9/10, Lộc Bình 9/19
    F("so sánh tc 17 Đình Lập và Lộc Bình", "compare", ("9/10", "9/19")),
    # PL6: three districts at once
    F("so sánh bq Tràng Định, Chi Lăng, Hữu Lũng", "compare", ("13,24", "14,61", "14,13")),
    F("bq Bình Gia, Văn Quan, Cao Lộc", "compare|average", ("10,72", "12,25", "11,80")),
    # PL6: a district against the province (13,38)
    F("Cao Lộc so với bq toàn tỉnh", "compare", ("11,80", "13,38")),
    F("Đình Lập cao hơn bq tỉnh bao nhiêu", "compare", ("17,40", "13,38", "4,02")),
    # PL1 TT6 Lâm Ca 11, PL1 TT1 Nhân Lý 10
    F(
        "Lâm Ca với Nhân Lý xã nào hơn",
        "compare",
        ("Lâm Ca (Huyện Đình Lập): 11", "Nhân Lý (Huyện Chi Lăng): 10"),
    ),
    # PL5: Hội Hoan 8, Quyết Thắng 8, Trấn Ninh 5
    F(
        "so sánh Hội Hoan, Quyết Thắng, Trấn Ninh",
        "compare",
        ("Hội Hoan (Huyện Văn Lãng): 8", "Quyết Thắng (Huyện Hữu Lũng): 8", "Trấn Ninh"),
    ),
    # PL2: Khánh Xuân 10, Tân Văn 7 nâng cao criteria
    F(
        "Khánh Xuân với Tân Văn tc nc",
        "compare",
        ("Khánh Xuân (Huyện Lộc Bình): 10", "Tân Văn (Huyện Bình Gia): 7"),
    ),
    # ------------------------------------------------ top / bottom N xã (PL1-PL5)
    # PL5: Hoa Thám 4, Trấn Ninh 5, Tân Tiến 7, Hội Hoan 8, Quyết Thắng 8 (Tân Hương 19)
    F(
        "5 xã đbkk thấp nhất",
        "ranking",
        ("Hoa Thám", "Trấn Ninh", "Tân Tiến", "Hội Hoan", "Quyết Thắng"),
        lacks=("Tân Hương",),
    ),
    F("top 3 xã ĐBKK ít tc nhất", "ranking", ("Hoa Thám", "Trấn Ninh", "Tân Tiến")),
    # PL4: Mẫu Sơn (Cao Lộc) 5 is the lowest border xã
    F("xã biên giới yếu nhất", "ranking", ("Mẫu Sơn",)),
    # PL4: the highest border xã below 19 is Đội Cấn (17), then Quốc Khánh (15)
    F(
        "xã biên giới nào chưa đạt chuẩn nhưng gần nhất",
        "ranking",
        ("Đội Cấn", "17"),
        lacks=("Tam Gia",),
    ),
    # PL1: Lâm Ca 11 is the top candidate; Bảo Lâm and Hồng Phong (7) the lowest
    F("trong 10 xã về đích xã nào đạt nhiều tc nhất", "ranking", ("Lâm Ca", "11")),
    F("xã về đích 2023 nào thấp nhất", "ranking", ("Bảo Lâm", "Hồng Phong")),
    # PL2: Khánh Xuân 10, Tân Văn 7, Thượng Cường 6 (nâng cao criteria)
    F("top 3 xã nc", "ranking", ("Khánh Xuân", "Tân Văn", "Thượng Cường"), lacks=("Điềm He",)),
    # PL4: Cao Lộc's border xã, lowest Mẫu Sơn 5
    F("xã biên giới h. Cao Lộc nào thấp nhất", "ranking", ("Mẫu Sơn",), lacks=("Đội Cấn",)),
    # PL4: Văn Lãng's border xã, lowest Thụy Hùng 7
    F("xa bien gioi van lang nao it tc nhat", "ranking", ("Thụy Hùng",)),
    # PL1-PL5: of the xã the plan lists, Hoa Thám (counted 4) is the lowest
    F("xã nào thấp nhất tỉnh", "ranking", ("Hoa Thám",)),
    # ------------------------------------------------ xã below / above a bound (PL4, PL5)
    # PL4: under 10 criteria: Mẫu Sơn 5, Cao Lâu 9, Thanh Lòa 8, Bảo Lâm 7, Đào Viên 9,
    # Tân Minh 7, Mẫu Sơn 9, Thụy Hùng 7, Thanh Long 9 -> 9 of 20
    F(
        "xã biên giới nào dưới 10 tc",
        "ranking|list|count|group_members",
        ("Mẫu Sơn", "Thụy Hùng", "Thanh Long"),
        lacks=("Đội Cấn", "Bính Xá"),
    ),
    F("có bao nhiêu xã biên giới dưới 10 tiêu chí", "count|ranking", ("9/20",)),
    # PL5: 9 or more: Tân Hương 19, Chiến Thắng 10, Cao Lâu 9, Tĩnh Bắc 9, Đồng Thắng 9
    F(
        "những xã đbkk đạt từ 9 tc trở lên",
        "ranking|list|count|group_members",
        ("Tân Hương", "Chiến Thắng", "Đồng Thắng"),
        lacks=("Hội Hoan", "Hoa Thám"),
    ),
    # PL4: above 15: Đội Cấn 17 and the 7 with 19; Quốc Khánh has 15, not above
    F(
        "xã biên giới trên 15 tc",
        "ranking|list|count|group_members",
        ("Đội Cấn",),
        lacks=("Quốc Khánh", "Bắc Xa"),
    ),
    # PL6: districts at 15 or more: TP 19,00, Đình Lập 17,40, Bắc Sơn 15,29
    F("huyện nào bq từ 15 tc trở lên", "ranking", ("17,40", "15,29"), lacks=("14,61",)),
    # PL6: under the province's 13,38: Tràng Định, Văn Quan, Lộc Bình, Cao Lộc, Bình Gia
    F(
        "huyện nào dưới bq tỉnh",
        "ranking",
        ("13,24", "12,25", "11,89", "11,80", "10,72"),
        lacks=("14,13",),
    ),
    # PL1: candidates still lacking more than 10: Đồng Tiến 11, Bảo Lâm 12, Liên Hội 11,
    # Hồng Phong 12
    F(
        "xã về đích nào còn thiếu trên 10 tc",
        "ranking|list|count|group_members",
        ("Đồng Tiến", "Bảo Lâm", "Liên Hội", "Hồng Phong"),
        lacks=("Lâm Ca",),
    ),
    # ------------------------------------------------ groups (PL1-PL5)
    F("ds xã KM 2023", "group_members", ("Đồng Ý", "Hoàng Đồng")),
    F(
        "ds xã NC 2023",
        "group_members",
        ("Thượng Cường", "Khánh Xuân", "Điềm He", "Tân Văn", "Châu Sơn"),
    ),
    F("xã nc 2023 huyện Chi Lăng", "group_members", ("Thượng Cường",)),  # PL2 TT1
    F("đbkk h. Văn Lãng", "group_members", ("Hội Hoan",)),  # PL5 TT8
    F("bao nhiêu xã biên giới", "count|group_members", ("20",)),  # PL4
    F("Lộc Bình mấy xã biên giới", "count|group_members", ("4",)),  # PL4 TT12-15
    F("có bn xã đbkk", "count|group_members", ("10",)),  # PL5
    F("xã về đích ntm 2023 ở Bắc Sơn", "group_members", ("Long Đống",)),  # PL1 TT4
    F("Văn Quan có xã nào phấn đấu nc ko", "group_members", ("Điềm He",)),  # PL2 TT3
    F(
        "xã biên giới Cao Lộc",
        "group_members",
        ("Mẫu Sơn", "Xuất Lễ", "Cao Lâu", "Thanh Lòa", "Bảo Lâm"),
        lacks=("Đội Cấn",),
    ),
    F("kiểu mẫu có mấy xã", "count|group_members|targets", ("2",)),  # PL3
    # PL4 TT3 and PL5 TT5: Cao Lâu is in both groups
    F(
        "Cao Lâu có trong ds biên giới hay đbkk ko",
        "xa_overview|group_members",
        ("biên giới", "đặc biệt khó khăn"),
    ),
    F("Tĩnh Bắc có phải đbkk ko", "xa_overview", ("đặc biệt khó khăn",)),  # PL5 TT6
    F("xã nào vừa biên giới vừa đbkk", "group_members|list", ("Cao Lâu",), lacks=("Xuất Lễ",)),
    # PL1 TT5 / PL4 TT5 Bảo Lâm; PL1 TT8 / PL4 TT19 Thanh Long
    F(
        "xã về đích 2023 nào là xã biên giới",
        "group_members|list",
        ("Bảo Lâm", "Thanh Long"),
        lacks=("Nhân Lý",),
    ),
    F("ds 10 xã phấn đấu đạt chuẩn ntm 2023", "group_members", ("Kháng Chiến", "Lâm Ca")),
    F("đbkk Bình Gia là xã nào", "group_members", ("Hoa Thám",)),  # PL5 TT2
    # ------------------------------------------------ a xã, asked by a leader (PL1-PL5)
    F("x.Lâm Ca?", "xa_overview", ("11/19",)),  # PL1 TT6
    F("x. Điềm He nc đạt mấy", "xa_met", ("5/19",)),  # PL2 TT3
    F("Hoàng Đồng KM thiếu gì", "xa_lacking", ("2, 3, 4",)),  # PL3 TT2
    F("Tân Văn còn thiếu mấy tc NC", "xa_lacking", ("12/19",)),  # PL2 TT4
    F("Quốc Khánh kh 2023 làm tc nào", "xa_lacking|xa_overview", ("15, 18",)),  # PL4 TT8
    F("Đào Viên đạt tc 13 chưa", "xa_met", ("đã đạt tiêu chí 13",)),  # PL4 TT7
    F("Bính Xá đạt tc giao thông chưa", "xa_met", ("chưa đạt tiêu chí 2",)),  # PL4 TT11
    F("Đồng Tiến (HL) thiếu mấy", "xa_lacking", ("11/19",)),  # PL1 TT3
    F("Tân Mỹ đạt chuẩn chưa", "xa_met|xa_overview", ("19/19",)),  # PL4 TT16
    # ------------------------------------------------ counts by criterion (PL6, I.2)
    F("bao nhiêu xã đạt tiêu chí 17 môi trường", "criterion_count", ("90/181",)),
    F("tc 11 toàn tỉnh mấy xã", "criterion_count", ("83/181",)),
    F("tc 3 huyện Bình Gia bn xã đạt", "criterion_count", ("17/18",)),
    F("tc 18 h. Cao Lộc", "criterion_count", ("11/20",)),
    F("tc 10 Bắc Sơn đạt mấy", "criterion_count", ("14/17",)),
    F("tc13 Đình Lập", "criterion_count", ("8/10",)),
    F("tc 9 nhà ở huyện Chi Lăng", "criterion_count", ("17/18",)),
    F("tc 4 điện h. Văn Quan", "criterion_count", ("11/16",)),
    F("tc 16 văn hóa bình gia", "criterion_count", ("9/18",)),
    F("tc 12 lao động Văn Lãng bn xã", "criterion_count", ("16/16",)),
    F("tc 1 Lộc Bình", "criterion_count", ("14/19",)),
    F("tc 7 h.hữu lũng", "criterion_count", ("18/23",)),
    F("tc 6 Tràng Định mấy xã", "criterion_count", ("10/21",)),
    F("tc 15 y tế tp", "criterion_count", ("3/3",)),
    F("tc 19 Văn Lãng", "criterion_count", ("15/16",)),
    F("tc 11 Chi Lăng", "criterion_count", ("10/18",)),
    F("tc an ninh quốc phòng h. Bình Gia", "criterion_count", ("17/18",)),  # PL6 row 19
    F("tc htct tiếp cận pháp luật Văn Quan", "criterion_count", ("14/16",)),  # PL6 row 18
    # I.2 tc 17: 90 of 181 -> 91 not met; PL6 row 5 Lộc Bình 3 of 19 -> 16 not met
    F("bn xã chưa đạt tc 17 toàn tỉnh", "criterion_count", ("91/181",)),
    F("Lộc Bình bao nhiêu xã chưa đạt tc trường học", "criterion_count", ("16/19",)),
    # PL7 (nâng cao): row 9 total 66, row 2 Lộc Bình 5
    F("tc nc 9 toàn tỉnh bao nhiêu xã", "criterion_count", (" 66/",)),
    F("tc nc 2 h. Lộc Bình", "criterion_count", (" 5/",)),
    # ------------------------------------------------ the period asked
    # (I.2: end of 2022 = the 2023 total - the xã added in 2023)
    F("cuối 2022 tc 17 có bn xã", "criterion_count", ("80", "2022")),  # I.2 tc 17: 90 - 10
    F("tc lao động năm 2022 bao nhiêu xã đạt", "criterion_count", ("104",)),  # I.2: 124 - 20
    F("kh 2023 tc lao động", "criterion_count|criterion_info", ("124/181",)),  # I.2 tc 12
    F("tc 2 hết năm 2022 toàn tỉnh", "criterion_count", ("82",)),  # I.2 tc 2: 92 - 10
    F("tc 15 hết 2022 và kh 2023", "criterion_count", ("101", "111/181")),  # I.2 tc 15
    F("tc 11 năm 2023 tăng mấy xã", "criterion_count|targets", ("10 xã",)),  # I.2 tc 11
    F("tc 12 thêm bn xã trong 2023", "criterion_count|targets", ("20",)),  # I.2 tc 12
    F("bq tc toàn tỉnh năm 2025", "no_data", lacks=("13,38",)),
    F("bq tc Bắc Sơn năm 2021", "no_data", lacks=("15,29",)),
    F("tc 17 Cao Lộc năm 2024", "no_data", lacks=("3/20",)),
    # ------------------------------------------------ targets (I.1, I.2, II) and funding (III)
    F("chỉ tiêu NC 2023", "targets|count", ("22",)),  # I.1
    F("mục tiêu bq tc nc 2023", "targets|average", ("9",)),  # I.1: 9 tiêu chí/xã
    F("chỉ tiêu ocop 4 sao", "targets", ("2-3",)),  # I.1
    F("mục tiêu tỷ lệ cứng hóa đường gtnt", "targets", ("58%",)),  # I.2 tc 2
    F("bao nhiêu công trình thủy lợi được sửa chữa năm 2023", "targets", ("60",)),  # I.2 tc 3
    F("tỷ lệ xã có đường ô tô đến trung tâm xã nhựa hóa", "targets", ("96,1",)),  # I.2 tc 2
    F("Đình Lập năm 2023 đạt mấy tc huyện ntm", "targets|xa_met", ("6/9",)),  # II.6
    F("chỉ tiêu 2023 tóm tắt", "targets", ("95", "22")),  # I.1
    F("tổng nguồn vốn ntm 2023", "funding", ("5.103,888",)),  # III line 0
    F("vốn tín dụng chiếm mấy %", "funding", ("58,8%",)),  # III line 4
    F("vốn đầu tư trực tiếp bao nhiêu %", "funding", ("8,0%",)),  # III line 1
    F("von dn htx chiem bao nhieu phan tram", "funding", ("1,6%",)),  # III line 3
    F("dân góp chiếm mấy %", "funding", ("2,9%",)),  # III line 5
    F(
        "cơ cấu nguồn vốn 2023",
        "funding",
        ("406,982", "1.466,906", "3.000", "150"),
    ),  # III lines 1-5
    F("vốn lồng ghép bn tỷ", "funding", ("1.466,906",)),  # III line 2
    # ------------------------------------------------ today's units (since 1 July 2025)
    F("từ 1/7/2025 tỉnh có bao nhiêu xã", "today_count", ("61",)),
    F("hiện nay LS có mấy đơn vị cấp xã", "today_count", ("65",)),
    F("xã Tân Hương nay thuộc xã nào", "today_became", ("Vũ Lăng",)),
    F("Hoàng Đồng giờ thuộc đâu", "today_became", ("Tam Thanh",)),
    F("Đồng Ý hiện nay là xã nào", "today_became", ("Tân Tri",)),
    F("Tam Gia bây giờ thuộc xã nào", "today_became", ("Khuất Xá",)),
    F("Đào Viên nay thuộc xã nào", "today_became", ("Quốc Việt",)),
    F("Tân Thanh bây giờ thuộc xã nào", "today_became", ("Hoàng Văn Thụ",)),
    F("x. Trấn Ninh giờ là xã gì", "today_became", ("Điềm He",)),
    # Bính Xá was split between Đình Lập and Kiên Mộc (partial=yes)
    F("Bính Xá sau sáp nhập về đâu", "today_became", ("Đình Lập", "Kiên Mộc")),
    F("xã Điềm He mới gồm những xã nào", "today_made_of", ("Trấn Ninh", "Liên Hội")),
    F("Ba Sơn gồm xã cũ nào", "today_made_of", ("Cao Lâu", "Xuất Lễ", "Mẫu Sơn")),
    F("xã Kháng Chiến mới hợp thành từ xã nào", "today_made_of", ("Tân Minh", "Trung Thành")),
    F("xã Mẫu Sơn mới gồm những xã nào", "today_made_of", ("Yên Khoái", "Tú Mịch")),
    # new xã named like the old districts (langson_units_2025-07_new.csv merged_from)
    F("xã Cao Lộc mới gồm những xã nào", "today_made_of", ("Thanh Lòa", "Thạch Đạn", "Lộc Yên")),
    F("xã Bắc Sơn mới hợp thành từ đâu", "today_made_of", ("Long Đống", "Bắc Quỳnh")),
    # Xã Thái Bình (new) = TT NT Thái Bình, Xã Thái Bình, Xã Lâm Ca: only Lâm Ca (PL1 TT6,
    # 11/19) has a status in the plan
    F("xã Thái Bình mới tình hình tiêu chí thế nào", "today_history", ("Lâm Ca", "11/19")),
    # ------------------------------------------------ the 2026-2030 set (criteria_2026_2030.md)
    F("bộ tc ntm 2026-2030 có mấy tiêu chí", "today_new_set", ("10",)),
    F("bộ tiêu chí mới hiệu lực từ ngày nào", "today_new_set", ("15/02/2026",)),
    F(
        "tc 7 giai đoạn 2026-2030 là gì",
        "today_new_set",
        ("Khoa học công nghệ và chuyển đổi số",),
    ),
    F("QĐ 51 có bao nhiêu chỉ tiêu", "today_new_set", ("47",)),
    # the targets per group are not known (criteria_2026_2030.md: every target cell is '?')
    F("chỉ tiêu tc 2 nhóm 1 giai đoạn 2026-2030", "today_new_set", ("Hạ tầng kinh tế - xã hội",)),
    F("xã Thái Bình thuộc nhóm mấy theo bộ tc mới", "today_group"),
    # ------------------------------------------------ English, from visitors or staff
    F("what is the average number of criteria met in Huu Lung", "average", ("14,13",)),
    F("how many communes in Cao Loc meet criterion 17", "criterion_count", ("3/20",)),
    F("which district ranks lowest", "ranking", ("Bình Gia", "10,72")),
    F("compare Dinh Lap and Bac Son", "compare", ("17,40", "15,29")),
    F("how many border communes are there", "count|group_members", ("20",)),
    F("what does criterion 11 mean", "criterion_info", ("Nghèo đa chiều",)),
    F("how many communes are there now", "today_count", ("61",)),
    F("which commune is Long Dong part of now", "today_became", ("Bắc Sơn",)),
    F("target number of NTM communes in 2023", "targets|count", ("95",)),
    F("share of communes meeting criterion 2 province-wide", "criterion_count", ("50,8%",)),
    F("top 3 districts by average criteria", "ranking", ("19,00", "17,40", "15,29")),
    F("which criteria does Tan Tien still lack", "xa_lacking", ("12/19",)),  # PL5 TT1
    F("average advanced criteria in Chi Lang", "average", ("12,25",)),  # PL7
    F("how many NTM communes did Lang Son have at the end of 2022", "count", ("85",)),
    F("credit funding 2023", "funding", ("3.000",)),  # III line 4
    F("which communes are in the model (kieu mau) group", "group_members", ("Đồng Ý",)),
    # ------------------------------------------------ compound and multi-part messages
    F("bq huyện Cao Lộc và Lộc Bình", "compare|average", ("11,80", "11,89")),
    F("tc 2 với tc 5 toàn tỉnh bao nhiêu xã đạt", "criterion_count", ("92/181", "81/181")),
    # PL5 TT2: Hoa Thám is the lowest ĐBKK xã and lacks 2 (Giao thông) among others
    F("xã đbkk nào thấp nhất và còn thiếu gì", "ranking|xa_lacking", ("Hoa Thám", "Giao thông")),
    F("bq tc và bq nc h. Chi Lăng", "average", ("14,61", "12,25")),  # PL6, PL7
    F("Tràng Định có mấy xã, bq bao nhiêu tc", "count|average", ("21", "13,24")),
    F("Lâm Ca đạt mấy tc, thiếu những tc nào", "xa_met|xa_lacking|xa_overview", ("11/19",)),
    F("tổng vốn và vốn tín dụng bao nhiêu", "funding", ("5.103,888", "3.000")),
    F("cả tỉnh và Cao Lộc tc 17 bao nhiêu xã", "criterion_count|compare", ("90/181", "3/20")),
    F("huyện cao nhất và thấp nhất về bq tc", "ranking", ("19,00", "10,72")),
    F("tc 5 h. Lộc Bình, Văn Lãng", "criterion_count|compare", ("3/19", "3/16")),
    F("tc 17 Bắc Sơn, Chi Lăng và Hữu Lũng", "criterion_count|compare", ("11/17", "11/18")),
    F(
        "Khánh Xuân giờ thuộc xã nào, còn thiếu mấy tc nc",
        "today_became|xa_lacking",
        ("Lộc Bình", "9/19"),
    ),
    # ------------------------------------------------ ellipsis after a first question
    F("còn h. Văn Quan?", "average", ("12,25",), before=("bq tc h. Cao Lộc",)),
    F(
        "top 3 thôi",
        "ranking",
        ("19,00", "17,40", "15,29"),
        lacks=("14,61",),
        before=("xếp hạng các huyện theo bq tc",),
    ),
    F("theo tỷ lệ %", "criterion_count", ("15,0%",), before=("tc 17 Cao Lộc mấy xã đạt",)),
    F("so với Cao Lộc thì sao", "compare", ("11,89", "11,80"), before=("bq tc Lộc Bình bn",)),
    F("cuối 2022 thì bao nhiêu", "criterion_count", ("71",), before=("tc 5 cả tỉnh bn xã",)),
    F("nc?", "average", ("9,00",), before=("Đình Lập bq bn tc",)),
    F(
        "Tràng Định thôi",
        "group_members",
        ("Đội Cấn", "Tân Minh"),
        lacks=("Xuất Lễ",),
        before=("danh sách xã biên giới",),
    ),
    F("cao nhất?", "ranking", ("19,00",), before=("huyện nào bq tc thấp nhất",)),
    F("Bình Gia?", "criterion_count", ("4/18",), before=("tc 2 cả tỉnh mấy xã đạt",)),
    F("còn tc 10", "criterion_count", ("90/181",), before=("tc 2 cả tỉnh mấy xã đạt",)),
    F("thế Lộc Bình", "count", ("19",), before=("Cao Lộc có mấy xã",)),
    F("and Loc Binh?", "average", ("11,89",), before=("average criteria Cao Loc",)),
    F("giờ thuộc xã nào", "today_became", ("Thái Bình",), before=("Lâm Ca thiếu tc gì",)),
    F(
        "so với Tân Hương",
        "compare",
        ("Hội Hoan (Huyện Văn Lãng): 8", "Tân Hương (Huyện Bắc Sơn): 19"),
        before=("xã Hội Hoan đạt mấy tc",),
    ),
    F("hết 2022?", "average", ("13,05",), before=("bq tc xã biên giới",)),
    F("kh 2023 thì", "average", ("12,60",), before=("bq tc xã đbkk cuối 2022",)),
    F("bottom 3", "ranking", ("10,72", "11,80", "11,89"), before=("bq tc các huyện",)),
    F("còn Đình Lập", "criterion_count", ("9/10",), before=("tc 17 Lộc Bình bn xã",)),
    F("thế tc 9", "criterion_count", ("Nhà ở", "16/20"), before=("tc 8 Cao Lộc",)),
    F("nc thì sao", "average", ("8,99",), before=("bq tc cả tỉnh",)),
    F("bao nhiêu %", "criterion_count", ("49,7%",), before=("tc 10 toàn tỉnh mấy xã",)),
    F("thế còn thiếu những gì", "xa_lacking", ("14/19",), before=("x. Trấn Ninh đạt mấy tc",)),
    F(
        "xã nào thấp nhất",
        "ranking",
        ("Mẫu Sơn",),
        lacks=("Hoa Thám",),  # the lowest of the province, not of Cao Lộc's border xã
        before=("danh sách xã biên giới huyện Cao Lộc",),
    ),
    F("và Văn Lãng", "compare|average", ("13,38",), before=("so sánh bq Bắc Sơn với Hữu Lũng",)),
)
