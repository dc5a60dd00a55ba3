"""Fresh questions by topic: a xã's criteria, averages, counts, rankings, comparisons, groups,
targets, funding, periods, today's units, reporting progress and follow-ups."""

from __future__ import annotations

from tests.handlers.fresh.row import F

BY_TOPIC: tuple[F, ...] = (
    # ------------------------------------------------ what a xã lacks (PL1-PL5: 19 - met)
    # PL1 TT1 Nhân Lý: 10 met -> 9 lacking (2,4,5,6,7,10,13,15,17)
    F("cho em hỏi xã nhân lý còn thiếu mấy tiêu chí nữa ạ", "xa_lacking", ("9/19", "Giao thông")),
    F("nhanly con thieu tc j", "xa_lacking", ("9/19",)),
    F("which criteria is Nhan Ly still missing", "xa_lacking", ("9/19",)),
    # PL1 TT2 Tĩnh Bắc: 9 met -> 10 lacking
    F("a ơi Tĩnh Bắc thiếu những tc gì vậy", "xa_lacking", ("10/19",)),
    # PL1 TT3 Đồng Tiến (Hữu Lũng): 8 met -> 11
    F("x.dong tien h.huu lung con thieu bn tc", "xa_lacking", ("11/19",)),
    F("Đồng Tiến Hữu Lũng còn thiếu tiêu chí j", "xa_lacking", ("11/19",)),
    # PL1 TT4 Long Đống: 10 met -> 9 lacking incl. 9 Nhà ở dân cư
    F("Long Dong thieu nhung tieu chi nao", "xa_lacking", ("9/19", "Nhà ở dân cư")),
    # PL1 TT5 Bảo Lâm (Cao Lộc): 7 met -> 12
    F("bảo lâm cao lộc chưa đạt tc nào vậy anh", "xa_lacking", ("12/19",)),
    # PL1 TT6 Lâm Ca: 11 met -> 8
    F("Lâm Ca (Đình Lập) còn thiếu tc nào ạ", "xa_lacking", ("8/19",)),
    F("Lâm ca con lack nhung tc nao", "xa_lacking", ("8/19",)),
    # PL1 TT7 Kháng Chiến: 9 met -> 10
    F("kháng chiến tràng định chua dat tc nao", "xa_lacking", ("10/19",)),
    # PL1 TT8 Thanh Long (Văn Lãng): 9 met -> 10
    F("tc nao xa thanh long chua dat", "xa_lacking", ("10/19",)),
    # PL1 TT9 Liên Hội: 8 met -> 11
    F("liên hội văn quan còn thiếu j", "xa_lacking", ("11/19",)),
    # PL1 TT10 Hồng Phong (Bình Gia): 7 met -> 12
    F("hong phong binh gia thieu tc nao", "xa_lacking", ("12/19",)),
    # PL4 TT6 Đội Cấn: 17 met -> 2 lacking (2 Giao thông, 11 Nghèo đa chiều)
    F(
        "Đội Cấn còn thiếu mấy tc để đạt chuẩn",
        "xa_lacking",
        ("2/19", "Giao thông", "Nghèo đa chiều"),
    ),
    # PL4 TT8 Quốc Khánh: 15 met -> 4 lacking (7, 11, 15, 18)
    F("xa quoc khanh con thieu nhung tieu chi gi", "xa_lacking", ("4/19",)),
    # PL4 TT10 Bắc Xa: 14 met -> 5 lacking
    F("bac xa dinh lap con thieu tc nao", "xa_lacking", ("5/19",)),
    # PL4 TT11 Bính Xá: 12 met -> 7 lacking
    F("Bính Xá thiếu tc gì nữa", "xa_lacking", ("7/19",)),
    # PL4 TT4 Thanh Lòa: 8 met -> 11
    F("Thanh Lòa còn những tc nào chưa đạt", "xa_lacking", ("11/19",)),
    # PL5 TT1 Tân Tiến (Tràng Định): 7 met -> 12
    F("xã Tân Tiến Tràng Định thiếu tiêu chí gì", "xa_lacking", ("12/19",)),
    # PL5 TT4 Trấn Ninh: 5 met -> 14
    F("trấn ninh thiếu tc j", "xa_lacking", ("14/19",)),
    # PL5 TT7 Đồng Thắng: 9 met -> 10
    F("Đồng Thắng Đình Lập chưa đạt những tc nào?", "xa_lacking", ("10/19",)),
    # PL5 TT8 Hội Hoan: 8 met -> 11
    F("hội hoan k đạt tc nào", "xa_lacking", ("11/19",)),
    F("hoi hoan hok dat tieu chi nao", "xa_lacking", ("11/19",)),
    # PL5 TT10 Quyết Thắng (Hữu Lũng): 8 met -> 11
    F("Quyết Thắng Hữu Lũng còn thiếu tiêu chí nào ko", "xa_lacking", ("11/19",)),
    # PL2 TT2 Khánh Xuân: 10 nâng cao met -> 9
    F("khánh xuân còn thiếu những tc ntm nâng cao nào", "xa_lacking", ("9/19", "nâng cao")),
    # PL2 TT3 Điềm He: 5 -> 14
    F("Điềm He còn thiếu tc nc gì", "xa_lacking", ("14/19", "nâng cao")),
    # PL2 TT4 Tân Văn: 7 -> 12
    F("tân văn bình gia nâng cao còn thiếu gì", "xa_lacking", ("12/19", "nâng cao")),
    # PL2 TT5 Châu Sơn: 5 -> 14
    F("chau son con thieu may tieu chi nang cao", "xa_lacking", ("14/19",)),
    # PL3 TT1 Đồng Ý: 1 of 4 conditions met, 2023: 2, 3, 4
    F("xã Đồng Ý còn thiếu điều kiện gì để đạt kiểu mẫu", "xa_lacking", ("3/4", "2, 3, 4")),
    # PL4 TT14 Mẫu Sơn (Lộc Bình): 9 met -> 10
    F("Mẫu Sơn Lộc Bình còn thiếu mấy tiêu chí", "xa_lacking", ("10/19",)),
    # PL4 TT1 Mẫu Sơn (Cao Lộc): 5 met -> 14
    F("mẫu sơn h.cao lộc thiếu những tiêu chí nào", "xa_lacking", ("14/19",)),
    # PL4 TT9 Tân Minh: 7 met -> 12
    F("Tân Minh thiếu tc gì vậy", "xa_lacking", ("12/19",)),
    # PL4 TT3 Cao Lâu: 9 met -> 10
    F("Cao Lâu thiếu những tc nào", "xa_lacking", ("10/19",)),
    # PL4 TT18 Thụy Hùng (Văn Lãng): 7 met -> 12
    F("Thụy Hùng Văn Lãng còn thiếu tiêu chí nào nữa không", "xa_lacking", ("12/19",)),
    # PL4 TT7 Đào Viên: 9 met -> 10
    F("dao vien con thieu bao nhieu tieu chi", "xa_lacking", ("10/19",)),
    # PL1 TT4: Long Đống lacks 9 -> typed with a slip
    F("long đông còn thiêú tc nào", "xa_lacking", ("9/19",)),
    # ------------------------------------------------ what a xã has met
    F("Long Đống đạt đc bn tc rồi", "xa_met", ("10/19",)),  # PL1 TT4
    F("xa tam gia dat du 19 tc chua", "xa_met|xa_overview", ("19/19",)),  # PL4 TT15
    F("đội cấn đạt mấy tc", "xa_met", ("17/19",)),  # PL4 TT6
    F("x.quốc khánh đã đạt nhg tc nào", "xa_met", ("15/19",)),  # PL4 TT8
    F("bắc xa đạt bnhiu tiêu chí", "xa_met", ("14/19",)),  # PL4 TT10
    F("em muốn biết xã Thanh Lòa đã đạt những tiêu chí gì", "xa_met", ("8/19",)),  # PL4 TT4
    # PL5 TT2 Hoa Thám: counted 4, lists 5 (the plan's slip is said)
    F("Hoa Thám đạt mấy tc", "xa_met", ("kế hoạch ghi 4 tiêu chí đã đạt",)),
    F("khanh xuan dat may tc nang cao roi", "xa_met", ("10/19", "nâng cao")),  # PL2 TT2
    F("Châu Sơn Đình Lập đạt mấy tiêu chí nâng cao", "xa_met", ("5/19",)),  # PL2 TT5
    F("Thượng Cường đạt được bao nhiêu tc nc", "xa_met", ("6/19",)),  # PL2 TT1
    F("Tân Hương đạt bao nhiêu tiêu chí ạ", "xa_met", ("19/19",)),  # PL5 TT3
    # PL1 TT1: Nhân Lý lacks 4 (Điện)
    F("nhan ly dat tc dien chua", "xa_met", ("chưa đạt tiêu chí 4",)),
    # PL4 TT6: Đội Cấn met 15 (Y tế)
    F("Đội Cấn đạt tiêu chí y tế chưa vậy", "xa_met", ("đã đạt tiêu chí 15",)),
    # PL1 TT4: Long Đống met 10 (Thu nhập)
    F("Long Đống có đạt tiêu chí thu nhập ko", "xa_met", ("đã đạt tiêu chí 10",)),
    # PL5 TT4: Trấn Ninh has not met 5 (Trường học)
    F("trấn ninh đạt tiêu chí trường học chưa", "xa_met", ("chưa đạt tiêu chí 5",)),
    F("yen khoai dat het tieu chi chua", "xa_met|xa_overview", ("19/19",)),  # PL4 TT13
    F("how many criteria has Dong Tien met", "xa_met", ("8/19",)),  # PL1 TT3
    F("cao lâu cuối năm 2022 đạt mấy tc", "xa_met", ("9/19",)),  # PL4 TT3
    F("Hội Hoan đạt tc nào rồi", "xa_met", ("8/19",)),  # PL5 TT8
    F("dao vien dat bao nhieu tc", "xa_met", ("9/19",)),  # PL4 TT7
    F("xã Bính Xá đạt đc mấy tc ntm", "xa_met", ("12/19",)),  # PL4 TT11
    F("Quyết Thắng đạt bn tiêu chí", "xa_met", ("8/19",)),  # PL5 TT10
    F("Đồng Thắng đạt tc giao thông chưa", "xa_met", ("chưa đạt tiêu chí 2",)),  # PL5 TT7
    F("lam ca dat tieu chi truong hoc chua", "xa_met", ("đã đạt tiêu chí 5",)),  # PL1 TT6
    F("xã tân tiến tràng định đạt mấy tiêu chí rồi ạ", "xa_met", ("7/19",)),  # PL5 TT1
    F("chiến thắng chi lăng đạt bao nhiêu tc", "xa_met", ("10/19",)),  # PL5 TT9
    # ------------------------------------------------ a xã's overview
    F("tình hình ntm xã Lâm Ca", "xa_overview", ("11/19",)),  # PL1 TT6
    F("xã bính xá thế nào rồi", "xa_overview", ("12/19",)),  # PL4 TT11
    F("cho xem thông tin xã Tân Minh tràng định", "xa_overview", ("7/19",)),  # PL4 TT9
    F("Xuất Lễ ntm ra sao", "xa_overview", ("19/19",)),  # PL4 TT2
    F("status of Bao Lam commune", "xa_overview", ("7/19",)),  # PL1 TT5
    F("quyết thắng hữu lũng tiến độ ntm tới đâu", "xa_overview", ("8/19",)),  # PL5 TT10
    F("Đồng Tiến Hữu Lũng", "xa_overview", ("8/19",)),  # PL1 TT3
    F("Bảo Lâm có nằm trong nhóm xã biên giới không", "xa_overview", ("biên giới",)),  # PL4 TT5
    F("Hoa Tham co phai xa dbkk k", "xa_overview", ("đặc biệt khó khăn",)),  # PL5 TT2
    F("xa tran ninh van quan the nao", "xa_overview", ("5/19",)),  # PL5 TT4
    # ------------------------------------------------ district and province averages
    F("bình quân tc h.Cao Lộc bn", "average|district_overview", ("11,80",)),  # PL6
    F("bq tieu chi huyen loc binh", "average", ("11,89",)),  # PL6
    F("trung bình mỗi xã ở Đình Lập đạt mấy tiêu chí", "average", ("17,40",)),  # PL6
    F("bq tc/xã tp lạng sơn", "average", ("19,00",)),  # PL6
    F("bình quân tiêu chí của huyện Văn Quan năm 2023", "average", ("12,25",)),  # PL6
    F("average criteria Binh Gia district", "average", ("10,72",)),  # PL6
    F("bình quân tiêu chí nâng cao cả tỉnh", "average", ("8,99",)),  # PL7
    F("bq nâng cao huyện Tràng Định", "average", ("11,67",)),  # PL7
    F("tb tc nc Văn Lãng", "average", ("7,43",)),  # PL7
    F("binh quan tc nang cao h bac son", "average", ("9,00",)),  # PL7
    F("bq tc các xã biên giới năm 2023", "average", ("16,65",)),  # PL4 Bình quân
    F("trung bình tiêu chí 10 xã đặc biệt khó khăn cuối 2022", "average", ("8,80",)),  # PL5
    F("cả tỉnh bình quân mỗi xã đạt bao nhiêu tc", "average", ("13,38",)),  # PL6
    F("Chi Lăng bq bao nhiêu tiêu chí 1 xã", "average", ("14,61",)),  # PL6
    F("Hữu Lũng trung bình đạt bnhiu tc/xã", "average", ("14,13",)),  # PL6
    F("so tc binh quan cua huyen dinh lap", "average", ("17,40",)),  # PL6
    F("bìn quân tiêu chí huyện bắc sơn", "average", ("15,29",)),  # PL6
    F("bq tc h.vanlang", "average", ("13,38",)),  # PL6
    F("anh ơi bình quân tiêu chí nâng cao huyện Chi Lăng là bao nhiêu ạ", "average", ("12,25",)),
    F("bq tc nc huyện Hữu Lũng", "average", ("12,00",)),  # PL7
    F("bình quân tiêu chí xã đbkk kế hoạch 2023", "average", ("12,60",)),  # PL5
    F("tỉnh mình bq mỗi xã được mấy tiêu chí", "average", ("13,38",)),  # PL6
    # ------------------------------------------------ how many xã meet a criterion (PL6, I.2)
    F("tc 17 huyện cao lộc có mấy xã đạt", "criterion_count", ("3/20",)),
    F("bao nhiêu xã ở Văn Lãng đạt tiêu chí điện", "criterion_count", ("12/16",)),
    F("trường học lộc bình bao nhiêu xã đạt", "criterion_count", ("3/19",)),
    F("tiêu chí y tế huyện Hữu Lũng đạt bn xã", "criterion_count", ("13/23",)),
    F("so xa dat tieu chi ngheo da chieu o binh gia", "criterion_count", ("3/18",)),
    F("toàn tỉnh bao nhiêu xã đạt tiêu chí môi trường", "criterion_count", ("90/181", "49,7%")),
    F("tc giao thông cả tỉnh mấy xã đạt", "criterion_count", ("92/181",)),
    F("tc so 12 toan tinh", "criterion_count", ("124/181", "68,5%")),
    F("tiêu chí 14 có bao nhiêu xã đạt rồi", "criterion_count", ("181/181",)),
    F("tc thủy lợi Tràng Định bao nhiêu xã đạt", "criterion_count", ("20/21",)),
    F("có bao nhiêu xã đạt tc nhà ở ở huyện Bắc Sơn", "criterion_count", ("13/17",)),
    F("số xã đạt tiêu chí thu nhập huyện Đình Lập", "criterion_count", ("9/10",)),
    F("tc6 h.văn quan mấy xã", "criterion_count", ("3/16",)),
    F("how many communes meet criterion 15 in Chi Lang", "criterion_count", ("11/18",)),
    F("tc 18 tp lạng sơn đạt mấy xã", "criterion_count", ("3/3",)),
    F("tc nc 4 huyện tràng định bao nhiêu xã đạt", "criterion_count", (" 9/",)),  # PL7
    F("tiêu chí nâng cao 15 toàn tỉnh mấy xã", "criterion_count", (" 45/",)),  # PL7
    # I.2 tc 5: 10 more, 81 in 2023 -> 71 at the end of 2022
    F("hết năm 2022 bao nhiêu xã đạt tc trường học", "criterion_count", ("71",)),
    # I.2 tc 16: 10 more, 164 in 2023 -> 154
    F("tc văn hóa cuối năm 2022 toàn tỉnh mấy xã", "criterion_count", ("154",)),
    F("tỷ lệ xã đạt tc lao động", "criterion_count", ("68,5%",)),  # I.2 tc 12
    F("tc an ninh toàn tỉnh mấy %", "criterion_count", ("97,8%",)),  # I.2 tc 19
    F("tc 13 Cao Lộc", "criterion_count", ("4/20",)),
    F("bn xa o chi lang dat tc quy hoach", "criterion_count", ("18/18",)),
    F("tiêu chí thông tin truyền thông huyện Văn Quan", "criterion_count", ("7/16",)),
    F("tc cơ sở vật chất văn hoá lộc bình", "criterion_count", ("3/19",)),
    F("Hữu Lũng có mấy xã đạt tiêu chí hộ nghèo", "criterion_count", ("14/23",)),
    F("tiêu chí số 9 tỉnh đạt bao nhiu xã", "criterion_count", ("139/181",)),
    F("tc 7 o dinh lap", "criterion_count", ("10/10",)),
    F("xã đạt tc tổ chức sx ở bình gia", "criterion_count", ("3/18",)),
    F("bao nhiêu xã đạt tiêu chí điện năm 2023", "criterion_count", ("157/181",)),
    F("tc 2 van lang bn xa", "criterion_count", ("10/16",)),
    F("Tràng Định có bao nhiêu xã đạt tc 11", "criterion_count", ("11/21",)),
    F("tiêu chí 3 nâng cao ở Hữu Lũng mấy xã", "criterion_count", (" 10/",)),  # PL7
    # ------------------------------------------------ rankings (PL6, PL7)
    F("huyện nào bình quân tc thấp nhất", "ranking", ("Bình Gia", "10,72")),
    F("xep hang cac huyen theo bq tc", "ranking", ("19,00", "10,72")),
    F("ngoài TP thì huyện nào cao nhất", "ranking", ("Đình Lập", "17,40"), lacks=("19,00",)),
    F("top 3 huyện bq tc cao nhất", "ranking", ("19,00", "17,40", "15,29"), lacks=("14,61",)),
    F("Cao Lộc đứng thứ mấy toàn tỉnh", "ranking", ("10/11",)),  # 11,80: 10th of 11
    F("Bình Gia xếp thứ bao nhiêu về bq tc", "ranking", ("11/11",)),
    F("huyện nào nâng cao bq cao nhất", "ranking", ("19,00", "12,25")),  # PL7
    F("xã biên giới nào đạt ít tiêu chí nhất", "ranking", ("Mẫu Sơn",)),  # PL4 TT1: 5
    F("huyện có bq tc thấp nhì", "ranking", ("Cao Lộc", "11,80")),
    # PL6 row 6: 76 xã, the fewest of the 19 rows in plan 2023
    F("tiêu chí nào có ít xã đạt nhất toàn tỉnh", "ranking", ("Cơ sở vật chất văn hóa",)),
    F("which district has the best average criteria", "ranking", ("19,00",)),
    F("huyen nao thap nhat ve tieu chi nang cao", "ranking", ("4,75",)),  # PL7 BG, VQ
    F("huyện nào đạt tc trường học nhiều xã nhất", "ranking", ("Bắc Sơn", "Hữu Lũng")),  # 12
    F("xã đbkk nào đạt nhiều tc nhất", "ranking", ("Tân Hương",)),  # PL5 TT3: 19
    F("Đình Lập xếp hạng mấy về bình quân tiêu chí", "ranking", ("2/11",)),
    # ------------------------------------------------ comparisons (PL6, PL1, PL4)
    F("so sánh bq tc Lộc Bình với Cao Lộc", "compare", ("11,89", "11,80", "0,09")),
    F("Đình Lập vs Chi Lăng huyện nào bq cao hơn", "compare", ("17,40", "14,61", "2,79")),
    F("Hữu Lũng hơn Văn Lãng bao nhiêu tiêu chí bình quân", "compare", ("14,13", "13,38")),
    F("so sanh tc 5 van lang va bac son", "compare", ("Văn Lãng: 3", "Bắc Sơn: 12")),
    F(
        "so sánh xã Tân Minh với xã Đào Viên",
        "compare",
        ("Tân Minh (Huyện Tràng Định): 7", "Đào Viên (Huyện Tràng Định): 9"),
    ),
    F("bq tc trang dinh so voi binh gia", "compare", ("13,24", "10,72")),
    F(
        "xã Đội Cấn và xã Quốc Khánh xã nào đạt nhiều tc hơn",
        "compare",
        ("Đội Cấn (Huyện Tràng Định): 17", "Quốc Khánh (Huyện Tràng Định): 15"),
    ),
    # ------------------------------------------------ groups (PL1-PL5)
    F("cho em ds 10 xã đbkk", "group_members", ("Hoa Thám", "Quyết Thắng")),
    F("cac xa bien gioi gom nhung xa nao", "group_members", ("Xuất Lễ", "Trùng Khánh")),
    F("những xã phấn đấu về đích ntm năm 2023", "group_members", ("Nhân Lý", "Hồng Phong")),
    F("xã nào đăng ký kiểu mẫu năm nay", "group_members", ("Đồng Ý", "Hoàng Đồng")),
    F("5 xã phấn đấu lên nâng cao là xã nào", "group_members", ("Thượng Cường", "Châu Sơn")),
    F("list border communes", "group_members", ("Tân Thanh", "Bắc Xa")),
    F("danh sach xa dac biet kho khan", "group_members", ("Tân Tiến", "Chiến Thắng")),
    F("xã biên giới của huyện Đình Lập", "group_members", ("Bắc Xa", "Bính Xá")),
    F("10 xa ve dich 2023 la nhung xa nao", "group_members", ("Tĩnh Bắc", "Liên Hội")),
    # ------------------------------------------------ targets (section I.1, I.2)
    F("năm 2023 tỉnh phấn đấu bn xã đạt chuẩn ntm", "targets|count", ("95",)),
    F("chỉ tiêu ocop năm 2023 là bao nhiêu sp", "targets", ("15",)),
    F("kh 2023 có bao nhiêu xã lên nâng cao", "targets|count|group_members", ("5 xã",)),
    F("mục tiêu bình quân tiêu chí toàn tỉnh 2023", "targets|average", ("13-14",)),
    F("giải quyết việc làm bao nhiêu lao động năm 2023", "targets", ("1.000",)),
    F("bao nhiêu trường đạt chuẩn quốc gia năm 2023", "targets", ("20 trường",)),
    F("kế hoạch dạy nghề cho bao nhiêu người", "targets", ("5.000",)),
    F("giảm tỷ lệ hộ nghèo bao nhiêu %", "targets", ("3%",)),
    F("phấn đấu kiên cố bao nhiêu km kênh mương", "targets", ("50km",)),
    F("thu nhap bq nong thon 2023 phan dau bn", "targets", ("28,6",)),
    F("ty le lao dong qua dao tao muc tieu", "targets", ("50%",)),
    F("đài truyền thanh xã năm 2023 bao nhiêu xã có", "targets", ("175/181",)),
    F("năm nay thêm mấy xã kiểu mẫu", "targets|count", ("2",)),
    F("20 xa bien gioi phan dau bq bao nhieu tc", "targets|average", ("15",)),
    F("mục tiêu năm 2023 ko còn xã nào dưới mấy tc", "targets", ("5 tiêu chí",)),
    # ------------------------------------------------ funding (section III)
    F("tổng vốn ntm 2023 bao nhiêu tỷ", "funding", ("5.103,888",)),
    F("von tin dung la bao nhieu", "funding", ("3.000",)),
    F("dân đóng góp bao nhiêu tiền", "funding", ("150",)),
    F("vốn lồng ghép chiếm bao nhiêu %", "funding", ("28,7%",)),
    F("nguồn vốn đầu tư trực tiếp cho chương trình bn", "funding", ("406,982",)),
    F("doanh nghiệp htx huy động bn vốn", "funding", ("80 tỷ",)),
    F("how much funding for NTM 2023", "funding", ("5.103,888",)),
    F("kinh phí thực hiện ntm năm nay", "funding", ("5.103,888",)),
    # ------------------------------------------------ counts of xã
    F("Hữu Lũng có mấy xã", "count", ("23",)),  # PL6: 325 ÷ 14.13
    # section I.1: 10 more, 95 in 2023 -> 85 at the end of 2022
    F("toàn tỉnh có bao nhiêu xã đạt chuẩn nông thôn mới tính đến cuối 2022", "count", ("85",)),
    F("Đình Lập mấy xã đạt chuẩn ntm rồi", "count", ("8 xã",)),  # ntm_xa_2022_by_district
    F("có bao nhiêu xã đạt ntm nâng cao rồi", "count", ("17",)),  # I.1: 22 - 5
    F("huyện Bắc Sơn có tất cả bao nhiêu xã", "count", ("17",)),  # PL6: 260 ÷ 15.29
    F("trang dinh co may xa dat chuan", "count", ("9 xã",)),  # ntm_xa_2022_by_district
    F("lạng sơn có tổng cộng bao nhiêu xã vậy", "count", ("181",)),
    F("h. văn quan có bn xã", "count", ("16",)),  # PL6: 196 ÷ 12.25
    F("chi lang co bao nhieu xa ntm", "count", ("8 xã",)),  # ntm_xa_2022_by_district
    # ------------------------------------------------ what a criterion or a set is
    F("tc 17 la gi vay", "criterion_info", ("Môi trường và an toàn thực phẩm",)),
    F("tiêu chí số 13 nói về gì", "criterion_info", ("Tổ chức sản xuất",)),
    F("tc nc 15 là tc gì", "criterion_info", ("Hành chính công",)),
    F("bộ tiêu chí ntm gồm mấy tiêu chí", "criterion_info", ("19",)),
    F("tiêu chí huyện ntm gồm những gì", "criterion_info", ("Kinh tế",)),
    F("what is criterion 7", "criterion_info", ("thương mại",)),
    F("tiêu chí 18 là j", "criterion_info", ("Hệ thống chính trị",)),
    # ------------------------------------------------ periods the plan does not cover
    F("dân số xã Long Đống bao nhiêu", "no_data"),
    F("mục tiêu 2025 bao nhiêu xã ntm", "no_data"),
    F("bq tc toàn tỉnh năm 2024", "no_data", lacks=("13,38",)),
    F("vốn phân bổ cho xã Nhân Lý bao nhiêu", "no_data"),
    F("diện tích huyện Đình Lập", "no_data"),
    F("năm 2024 huyện Cao Lộc bq bao nhiêu tc", "no_data", lacks=("11,80",)),
    # ------------------------------------------------ today's units (since 1 July 2025)
    F("long dong gio thuoc xa nao", "today_became", ("Bắc Sơn",)),
    F("Đồng Tiến bây giờ là xã gì", "today_became", ("Thiện Tân",)),
    F("sau sáp nhập Bảo Lâm thuộc xã nào", "today_became", ("Đồng Đăng",)),
    F("Khánh Xuân nay là xã nào", "today_became", ("Lộc Bình",)),
    F("xã Đồng Đăng mới gồm xã nào", "today_made_of", ("Bảo Lâm",)),
    F("hiện nay tỉnh có mấy xã phường", "today_count", ("61",)),
    F("xa tan van moi gom xa nao", "today_made_of", ("Hồng Thái", "Bình La")),
    F("Đội Cấn giờ thuộc về xã nào vậy", "today_became", ("Quốc Khánh",)),
    F("xã Lâm Ca bây giờ thuộc xã gì", "today_became", ("Thái Bình",)),
    # ------------------------------------------------ reporting progress (61 xã since 07/2025)
    F("thang nay nhung xa nao chua nop bao cao", "completeness", ("/61",)),
    F("tiến độ báo cáo tháng này", "completeness", ("/61",)),
    F("xã nào chưa gửi báo cáo tháng này vậy", "completeness", ("/61",)),
    F("tháng này còn xã nào chưa báo cáo k", "completeness", ("/61",)),
    # ------------------------------------------------ follow-ups
    F("thế còn xã Lâm Ca", "xa_lacking", ("8/19",), before=("Nhân Lý còn thiếu gì",)),
    F("còn văn quan thì sao", "average", ("12,25",), before=("bq tc Bắc Sơn",)),
    F("hữu lũng thì sao", "criterion_count", ("12/23",), before=("tc 2 Chi Lăng mấy xã đạt",)),
    F("xã đó còn thiếu những tc nào", "xa_lacking", ("9/19",), before=("Long Đống đạt mấy tc",)),
    F("ở huyện Lộc Bình", "criterion_count", ("9/19",), before=("tc 17 toàn tỉnh",)),
    F("cái ở lộc bình ấy", "xa_lacking", ("10/19",), before=("Mẫu Sơn còn thiếu gì",)),
    F("còn thấp nhất", "ranking", ("10,72",), before=("huyện nào bq tc cao nhất",)),
    F("nâng cao thì sao", "average", ("7,75",), before=("bình quân tiêu chí huyện Cao Lộc",)),
    F("thế còn Tân Hương", "xa_met", ("19/19",), before=("Hội Hoan đạt mấy tc",)),
    F("còn tc 5 thì sao", "criterion_count", ("10/18",), before=("tc 2 Chi Lăng mấy xã đạt",)),
    # a status word alone, right after a xã was asked: about that xã (PL1 TT6 Lâm Ca, TT1)
    F("thiếu gì", "xa_lacking", ("8/19",), before=("Lâm Ca",)),
    F("đạt tc điện chưa", "xa_met", ("chưa đạt tiêu chí 4",), before=("xã Nhân Lý",)),
    F(
        "năm 2023 phấn đấu những tc nào",
        "xa_lacking",
        ("2, 6, 8, 9, 11, 13, 15, 17",),
        before=("Lâm Ca",),
    ),
    # 'trừ thành phố' after a ranking: the ranking without the city (PL6: Đình Lập 17,40)
    F(
        "trừ thành phố ra",
        "ranking",
        ("17,40",),
        lacks=("19,00",),
        before=("huyện nào bq cao nhất",),
    ),
    # what a xã became, asked right after it (1246 and 1672/NQ-UBTVQH15: Tĩnh Bắc -> Khuất Xá)
    F(
        "bây giờ xã đó thuộc xã nào",
        "today_became",
        ("Khuất Xá",),
        before=("Tĩnh Bắc còn thiếu gì",),
    ),
)
