"""Fresh questions found by probing phrasings around the topics, and about the plan itself."""

from __future__ import annotations

from tests.handlers.fresh.row import F

PROBED: tuple[F, ...] = (
    # ------------------------------------------------ more, found by probing phrasings
    # PL4: 7 of the 20 border xã list 19 criteria met (Xuất Lễ, Tú Mịch, Yên Khoái, Tam Gia,
    # Tân Mỹ, Tân Thanh, Trùng Khánh)
    F("bao nhiêu xã biên giới đã đạt chuẩn ntm", "count", ("7/20",)),
    F("xã biên giới nào đã đạt chuẩn", "count|list|group_members", ("7/20", "Xuất Lễ")),
    # PL5 TT3: Tân Hương is the one ĐBKK xã with 19
    F("xa dbkk nao da dat chuan roi", "count|list|group_members", ("1/10", "Tân Hương")),
    # ntm_xa_2022_by_district: Bắc Sơn 10, Văn Lãng 7 NTM xã at the end of 2022; the plan
    # names none of them, and Long Đống / Thanh Long (PL1) are the 2023 candidates, not met
    F(
        "danh sách các xã đạt chuẩn nông thôn mới huyện Bắc Sơn",
        "count|list",
        ("10 xã",),
        lacks=("Long Đống",),
    ),
    F("những xã đạt chuẩn ntm ở Văn Lãng", "count|list", ("7 xã",), lacks=("Thanh Long",)),
    # section I.1: 85 NTM xã at the end of 2022; Lâm Ca (11/19) is not one of them
    F("xã nào đã đạt chuẩn ntm", "count|list", ("85",), lacks=("Lâm Ca",)),
    # PL6 row 17 / row 8, asked with 'sl' (số lượng)
    F("sl xã đạt tc17 toàn tỉnh", "criterion_count", ("90/181",)),
    F("sl xa dat tc 8 huyen van quan", "criterion_count", ("7/16",)),
    # ntm_xa_2022_by_district: Chi Lăng 8
    F("sl xa dat chuan ntm h.chi lang", "count", ("8 xã",)),
    # PL1 TT4: Long Đống met 10
    F("xa Long Dong dc bn tc", "xa_met", ("10/19",)),
    F("nhân lý được mấy tiêu chí rồi", "xa_met", ("10/19",)),  # PL1 TT1
    # QĐ 318 criterion 6 (Cơ sở vật chất văn hóa) covers the nhà văn hóa; 15 is Y tế
    F("nhà văn hóa thuộc tiêu chí nào", "criterion_info", ("Cơ sở vật chất văn hóa",)),
    F("tiêu chí y tế là tiêu chí số mấy", "criterion_info", ("Tiêu chí 15",)),
    F("giao thông là tc số mấy", "criterion_info", ("Tiêu chí 2",)),
    # I.2 tc 18: 4.000 lượt cán bộ, công chức cấp xã
    F("bồi dưỡng bao nhiêu cán bộ công chức xã", "targets", ("4.000",)),
    F("huyện Lộc Bình đạt tc điện bao nhiêu xã", "criterion_count", ("15/19",)),
    F("tiêu chí 9 đạt ở huyện văn lãng", "criterion_count", ("8/16",)),
    # the bot's help
    F("bot biết những gì", "help"),
    F("bạn có thể trả lời những câu hỏi gì", "help"),
    # names typed closed up (no space)
    F("bq tc h.caoloc", "average", ("11,80",)),
    F("xa hoihoan con thieu tc nao", "xa_lacking", ("11/19",)),  # PL5 TT8
    F("tc 2 huyen chilang", "criterion_count", ("10/18",)),
    F("dongtien con thieu gi", "xa_lacking", ("11/19",)),
    # I.1: 10 more NTM xã in 2023 (a question about 'năm 2023' with 'cuối')
    F("cuối năm 2023 toàn tỉnh bao nhiêu xã đạt chuẩn ntm", "count", ("95/181",)),
    # PL2: Thượng Cường 6, Khánh Xuân 10, Điềm He 5, Tân Văn 7, Châu Sơn 5 (nâng cao)
    F("xã nào phấn đấu nâng cao đạt ít tc nc nhất", "ranking", ("Điềm He", "Châu Sơn")),
    # reporting: how to report is not a progress question
    F("làm sao để gửi báo cáo tháng", "report_how"),
    F("những xã chậm báo cáo tháng này", "completeness", ("/61",)),
    # today: 'sáp nhập với' and 'xã cũ' (1672/NQ-UBTVQH15)
    F("xã Thượng Cường sáp nhập với xã nào", "today_became", ("Bằng Mạc",)),
    F("Thiện Tân gồm những xã cũ nào", "today_made_of", ("Đồng Tiến",)),
    # xã NOT meeting a criterion: PL6 cells and I.2 totals, subtracted from the xã counted
    F(
        "Huyện Bình Gia còn bao nhiêu xã chưa đạt tiêu chí trường học",
        "criterion_count",
        ("12/18",),
    ),  # PL6 row 5: 6 of 18
    F("số xã chưa đạt tc 5 toàn tỉnh", "criterion_count", ("100/181", "110")),  # I.2: 81, +10
    F("còn bao nhiêu xã chưa đạt tiêu chí 6", "criterion_count", ("105/181",)),  # I.2: 76
    F("Cao Lộc bn xã chưa đạt tc môi trường", "criterion_count", ("17/20",)),  # PL6 row 17: 3
    # PL6 Bình Gia: rows 11 and 13 have the fewest xã, 3 of 18
    F("tiêu chí yếu nhất của huyện Bình Gia", "ranking", ("Nghèo đa chiều", "3/18")),
    # PL4: Cao Lộc and Văn Lãng have 5 border xã each, the most
    F(
        "huyện nào có nhiều xã biên giới nhất",
        "ranking",
        ("Cao Lộc: 5", "Văn Lãng: 5", "Phụ lục 4"),
        lacks=("Xã Trùng Khánh",),
    ),
    F("huyện nào có nhiều xã đbkk nhất", "ranking", ("Phụ lục 5",), lacks=("Xã Tân Hương",)),
    # PL6 row 2: Cao Lộc 10 of 20 (50,0%); I.2: 92/181 (50,8%)
    F("tỉ lệ xã đạt tc 2 của Cao Lộc so với toàn tỉnh", "compare", ("50,0%", "50,8%")),
    # I.2 tc 17: 10 more xã in 2023
    F("tc 17 tăng bao nhiêu xã so với năm 2022", "criterion_count|targets", ("10 xã",)),
    # I.2: criterion 1 adds the most xã in 2023 (98 more, to 163/181)
    F("trong năm 2023 tiêu chí nào tăng nhiều xã nhất", "ranking|targets", ("Quy hoạch", "98")),
    # asked again with the district after the bot asked which Hồng Phong (PL1 TT10: 7)
    F("xã hồng phong bình gia", "xa_overview", ("7/19",), before=("xã Hồng Phong",)),
    F("tháng này xã Nhân Lý báo cáo chưa", "completeness", ("Nhân Lý",)),
    F("report tiến độ tháng này", "completeness", ("/61",)),
    # slips in question words: a doubled last letter, a dropped final h or g
    F("xã Long Đống còn thiếuu tc nàoo", "xa_lacking", ("9/19",)),  # PL1 TT4
    F("tiêu chí trườn học huyện Bắc Sơn", "criterion_count", ("12/17",)),  # PL6 row 5
    F("bìn quân tc nâng cao huyện tràng định", "average", ("11,67",)),  # PL7
    # two criteria in one message: PL6 / I.2 rows 2 (92/181) and 5 (81/181)
    F("tc 2 và tc 5 toàn tỉnh", "criterion_count", ("92/181", "81/181")),
    # a district name the roster does not have is said to be unknown, not ranked around
    F("huyện XYZ bình quân", "average", ("XYZ",), lacks=("19,00",)),
    # 'Dihnn' is 'Dinh' with two letters swapped and one doubled: repaired, and said so
    F("huyen Trang Dihnn binh quan", "average", ("Hiểu là", "Tràng Định", "13,24")),
    # what a xã must still do, said without 'thiếu': PL1 TT9 Liên Hội 8 met, TT8 Thanh Long 9
    F("Xã Liên Hội cần làm gì để đạt chuẩn ntm", "xa_lacking", ("11/19",)),
    F("xã Thanh Long còn bao nhiêu tiêu chí nữa là về đích", "xa_lacking", ("10/19",)),
    # PL1: Bảo Lâm is Cao Lộc's one xã aiming at NTM in 2023
    F("Huyện Cao Lộc có bao nhiêu xã phấn đấu về đích năm 2023", "group_members", ("Bảo Lâm",)),
    # I.2 tc 10: 28,6 triệu đồng/người
    F("tiêu chí thu nhập phải đạt bao nhiêu triệu", "targets", ("28,6",)),
    # I.1: each district picks 01 xã to complete 19/19 criteria
    F("mỗi huyện chọn mấy xã để hoàn thiện 19/19 tiêu chí", "tasks", ("01 xã",)),
    # PL1 TT1: Nhân Lý aims at the standard in 2023
    F("bao giờ Nhân Lý đạt chuẩn", "xa_met|xa_lacking|xa_overview", ("năm 2023",)),
    # section I.1: 85 NTM xã at the end of 2022 ('hiện tại' is the plan's latest figure)
    F("hiện tại toàn tỉnh có bao nhiêu xã đạt chuẩn ntm", "count", ("85",)),
    # districts by a bound on their average (PL6: Bình Gia 10,72, Cao Lộc 11,80, Lộc Bình
    # 11,89 under 12; TP 19,00 Đình Lập 17,40 Bắc Sơn 15,29 Chi Lăng 14,61 Hữu Lũng 14,13)
    F(
        "huyện nào bình quân dưới 12 tiêu chí",
        "ranking",
        ("Bình Gia", "Cao Lộc", "Lộc Bình"),
        lacks=("12,25",),
    ),
    F("các huyện có bq tc trên 14", "ranking", ("14,13", "14,61"), lacks=("13,38",)),
    # QĐ 318's 19 criteria, 1 Quy hoạch to 19 Quốc phòng và an ninh
    F("cho xin danh sách tiêu chí", "criterion_info", ("Quy hoạch", "Quốc phòng")),
    F("vì sao Nhân Lý chưa đạt chuẩn", "xa_lacking", ("9/19",)),  # PL1 TT1
    # a criterion by another of its names: PL6 row 7 (chợ) Văn Quan 12/16, row 8 Cao Lộc 16/20
    F("tiêu chí chợ nông thôn huyện Văn Quan", "criterion_count", ("12/16",)),
    F("tiêu chí thông tin huyện Cao Lộc", "criterion_count", ("16/20",)),
    # names only the nâng cao set has, or asked with 'nâng cao' (PL7 rows 5, 15, 18)
    F("tiêu chí trường học nâng cao Hữu Lũng", "criterion_count", (" 2/", "Phụ lục 7")),
    F("tiêu chí hành chính công toàn tỉnh", "criterion_count", (" 45/", "24,9%")),
    F("tiêu chí chất lượng môi trường sống Bắc Sơn", "criterion_count", (" 8/", "Phụ lục 7")),
    # a group's average within one district: PL4 Lộc Bình's border xã Tú Mịch 19, Yên Khoái 19,
    # Mẫu Sơn 9, Tam Gia 19 -> 16,50; PL5 Tràng Định's ĐBKK xã Tân Tiến 7 -> 7,00
    F(
        "bình quân tiêu chí của các xã biên giới huyện Lộc Bình",
        "average",
        ("16,50",),
        lacks=("11,89",),
    ),
    F("bq tc xa dbkk huyen trang dinh", "average", ("7,00",), lacks=("13,24",)),
    # PL4: Văn Lãng's five border xã, each with its criteria met
    F(
        "các xã biên giới huyện Văn Lãng đạt bao nhiêu tiêu chí",
        "ranking",
        ("Thụy Hùng (Huyện Văn Lãng): 7/19", "Thanh Long (Huyện Văn Lãng): 9/19"),
        lacks=("Đội Cấn",),
    ),
    # 'tiêu chí' misspelt (tr for ch, a vowel dropped): PL6 / I.2 row 5 81/181, PL6 Lộc Bình row 17
    F("sã nhân lý còn thiếu tiêu trí nào", "xa_lacking", ("9/19",)),  # PL1 TT1
    F("tiêu trí 5 toàn tỉnh", "criterion_count", ("81/181",)),
    F("tiu chí 17 huyện lộc bình", "criterion_count", ("9/19",)),
    # a name ending in 'Xa' before its district is not the marker 'xã' (PL4 TT10, TT11)
    F("Bắc Xa Đình Lập đạt mấy tc", "xa_met", ("14/19",)),
    F("binh xa dinh lap duoc bao nhieu tieu chi", "xa_met", ("12/19",)),
    # ------------------------------------------------ the plan itself, chat
    F("kh 18 ký ngày nào", "about", ("18/01/2023",)),
    F("ai ký kế hoạch 18 vậy", "about", ("Lương Trọng Quỳnh",)),
    F(
        "huyện Đình Lập năm 2023 phấn đấu đạt mấy tc huyện ntm",
        "xa_lacking|targets",
        ("6/9",),
    ),  # II.6
    F("chào bot nhé", "greet"),
    F("bot trả lời được những gì", "help"),
    F("cam on nhieu nha", "greet"),
    F("dạ vâng ạ", "greet"),
    F("oke em cảm ơn anh", "greet"),
)
