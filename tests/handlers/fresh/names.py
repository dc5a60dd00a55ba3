"""Fresh questions naming every unit: each commune and district of 2023, each unit of today.

The held-out questions can name any of Lạng Sơn's units, so this table asks one realistic
question about each: the 200 communes of the 2023 roster (181 xã, 14 thị trấn, 5 phường), the
11 districts and the 65 units since 1 July 2025. The question form varies row by row as real
users vary it: what a xã lacks, how many criteria it met, its 2023 target, its district's
average, what it became, which xã it merged with, what a new unit is made of, a new unit's
criteria through its predecessors; with and without diacritics, in lower case, 'xã X huyện Y'
for the names several units share (Mẫu Sơn, Hồng Phong, Thụy Hùng, Tân Thành, Hòa Bình, Hồng
Thái, Hoàng Văn Thụ, Chi Lăng, Chiến Thắng, Đình Lập), and now and then a one-letter slip that
names no other unit.

Sources (each row's comment names its own):
- "PLn TTm" is appendix n, row m of store/data/kh18_2023/phu_luc_N.tsv: criteria met by the end
  of 2022 ("met N" -> "N/19", lacking 19 - N) and the 2023 targets (criteria names from
  store/data/criteria.csv); PL2 (nâng cao) and PL3 (kiểu mẫu, 4 conditions) likewise;
- a xã in none of PL1-5 ("the plan does not list it"): the reply must say the plan does not list
  its criteria and must not give a count "/19";
- PL6 "Tỷ lệ đạt bình quân tiêu chí/xã" is a district's average; a district's size is PL6
  "Cộng toàn tỉnh" ÷ that average; PL6 row n, column D is how many xã of D met criterion n;
- "o2n: A -> B" is the row of A in store/data/langson_2025_old_to_new.csv ("partial" where A
  was split); "m24: A -> B" the row of A in store/data/langson_2024-12_merges.csv (the six units
  gone on 1 December 2024); "new: X = ..." the merged_from of X in
  store/data/langson_units_2025-07_new.csv.
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

# The 200 communes of the 2023 roster (181 xã, 14 thị trấn, 5 phường), in the order of
# units_langson_2023.csv, one question each.
_PLAN_UNITS: tuple[F, ...] = (
    # o2n: Hoàng Văn Thụ -> Kỳ Lừa
    F("phuong hoang van thu bay gio thuoc don vi nao", "today_became|today_where", ("Kỳ Lừa",)),
    # o2n: Tam Thanh -> Tam Thanh (a phường of the same name; telling what it is made of answers)
    F(
        "phường tam thanh giờ là xã hay phường gì",
        "today_became|today_where|today_made_of",
        ("phường Tam Thanh",),
    ),
    # o2n: Vĩnh Trại -> Đông Kinh
    F("phường Vĩnh Trại bây giờ thuộc đơn vị nào", "today_became|today_where", ("Đông Kinh",)),
    # o2n: Đông Kinh -> Đông Kinh (a phường of the same name, with Vĩnh Trại, Mai Pha, Yên Trạch)
    F(
        "phuong dong kinh sau sap nhap thanh gi",
        "today_became|today_where|today_made_of",
        ("phường Đông Kinh",),
    ),
    # o2n: Chi Lăng -> Lương Văn Tri
    F("phường chi lăng nay thuộc xã nào rồi", "today_became|today_where", ("Lương Văn Tri",)),
    # PL3 TT2: kiểu mẫu met 1, lacking 3
    F("Hoàng Đồng chưa đạt những tc kiểu mẫu gì", "xa_lacking", ("3/4",)),
    # units_2023: Quảng Lạc in Thành phố; PL6 'Tỷ lệ đạt bình quân' Thành phố 19.00
    F("quang lac o huyen nao, huyen ay trung binh may tieu chi/xa", "average", ("19,00",)),
    # o2n: Mai Pha -> Đông Kinh
    F("mai pha thành phố sau sáp nhập giờ là xã gì", "today_became|today_where", ("Đông Kinh",)),
    # o2n: Thất Khê -> Thất Khê
    F("thị trấn Thất Khê bây giờ thuộc đơn vị nào", "today_became|today_where", ("xã Thất Khê",)),
    # units_2023: Khánh Long (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "cho em hoi khanh long chua dat nhung tieu chi gi a",
        "xa_lacking",
        ("Khánh Long", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Đoàn Kết (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "đoàn kết đã đạt được mấy tc rồi ạ",
        "xa_met",
        ("Đoàn Kết", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Quốc Khánh in Tràng Định; PL6 'Tỷ lệ đạt bình quân' Tràng Định 13.24
    F(
        "Quốc Khánh thuộc huyện Tràng Định, huyện đó bình quân đạt bao nhiêu tiêu chí",
        "average",
        ("13,24",),
    ),
    # m24: Vĩnh Tiến -> Khánh Long (whole); o2n: Khánh Long -> Đoàn Kết
    F(
        "sau 1/7/2025 xa vinh tien huyen trang dinh thanh xa nao",
        "today_became|today_where",
        ("Đoàn Kết",),
    ),
    # units_2023: Cao Minh (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "năm 2023 xã cao minh phấn đấu đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Cao Minh", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Chí Minh (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã Chí Minh còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Chí Minh", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tri Phương (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "so tieu chi da dat cua xa tri phong la bao nhieu",
        "xa_met",
        ("Tri Phương", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Tiến in Tràng Định; PL6 'Tỷ lệ đạt bình quân' Tràng Định 13.24
    F("bq tiêu chí của huyện có xã tân tiến là bao nhiêu", "average", ("13,24",)),
    # o2n: Tân Yên -> Tân Tiến
    F(
        "Tân Yên huyện Tràng Định nay nhập vào đâu rồi ạ",
        "today_became|today_where",
        ("Tân Tiến",),
    ),
    # PL4 TT6: 2023 target 2: 2, 11 (first: Giao thông)
    F("doi can nam 2023 phan dau them may tieu chi", "targets|xa_lacking", ("Giao thông",)),
    # PL4 TT9: met 7, lacking 12
    F("tan minh con thieu bao nhieu tieu chi nua", "xa_lacking", ("12/19",)),
    # units_2023: Kim Đồng (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "Kim Đồng đã đạt được mấy tc rồi ạ",
        "xa_met",
        ("Kim Đồng", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Chi Lăng in Tràng Định; PL6 'Tỷ lệ đạt bình quân' Tràng Định 13.24
    F(
        "huyen cua xa chi lang h.trang dinh binh quan dat bao nhieu tieu chi",
        "average",
        ("13,24",),
    ),
    # o2n: Trung Thành -> Kháng Chiến
    F(
        "xã trung thành huyện tràng định cũ giờ về xã mới nào",
        "today_became|today_where",
        ("Kháng Chiến",),
    ),
    # units_2023: Đại Đồng (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "xã Đại Đồng kế hoạch năm 2023 đăng ký đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Đại Đồng", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL4 TT7: met 9, lacking 10
    F("dao vien con nhung tieu chi nao chua dat a", "xa_lacking", ("10/19",)),
    # units_2023: Đề Thám (Tràng Định); in none of PL1-5: the plan does not list it
    F("đề thám dat duoc bn tieu chi roi", "xa_met", ("Đề Thám", "không liệt kê"), lacks=("/19",)),
    # units_2023: Kháng Chiến in Tràng Định; PL6 'Tỷ lệ đạt bình quân' Tràng Định 13.24
    F("bq tiêu chí của huyện có xã Kháng Chến là bao nhiêu", "average", ("13,24",)),
    # o2n: Hùng Sơn -> Tràng Định
    F(
        "xa hung son huyen trang dinh bay gio thuoc xa nao",
        "today_became|today_where",
        ("Tràng Định",),
    ),
    # units_2023: Quốc Việt (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "quốc việt năm 2023 phấn đấu thêm mấy tiêu chí",
        "targets|xa_lacking|xa_met",
        ("Quốc Việt", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hùng Việt (Tràng Định); in none of PL1-5: the plan does not list it
    F(
        "xã Hùng Việt chưa đạt tc nào thế",
        "xa_lacking",
        ("Hùng Việt", "không liệt kê"),
        lacks=("/19",),
    ),
    # o2n: Na Sầm -> Na Sầm
    F("thi tran na sam nay thuoc xa nao roi", "today_became|today_where", ("xã Na Sầm",)),
    # units_2023: Trùng Khánh in Văn Lãng; PL6 'Tỷ lệ đạt bình quân' Văn Lãng 13.38
    F("trùng khánh ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("13,38",)),
    # o2n: Bắc La -> Văn Lãng
    F("xã Bắc La huyện Văn Lãng bây giờ thuộc xã nào", "today_became|today_where", ("Văn Lãng",)),
    # PL4 TT18: 2023 target 2: 15,18 (first: Y tế)
    F(
        "xa thuy hung, huyen van lang ke hoach nam 2023 dang ky dat them tieu chi nao",
        "targets|xa_lacking",
        ("Y tế",),
    ),
    # units_2023: Bắc Hùng (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã bắc hùng còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Bắc Hùng", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Tác (Văn Lãng); in none of PL1-5: the plan does not list it
    F("Tân Tác đã đạt được mấy tc rồi ạ", "xa_met", ("Tân Tác", "không liệt kê"), lacks=("/19",)),
    # units_2023: Thanh Long in Văn Lãng; PL6 'Tỷ lệ đạt bình quân' Văn Lãng 13.38
    F("thanh long o huyen nao, huyen ay trung binh may tieu chi/xa", "average", ("13,38",)),
    # o2n: Hội Hoan -> Hội Hoan; new: Hội Hoan = Hội Hoan, Gia Miễn
    F(
        "hội hooan được ghép với xã nào khi sáp nhập 2025",
        "today_became|today_made_of|today_where",
        ("Gia Miễn",),
    ),
    # units_2023: Bắc Việt (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "chỉ tiêu năm 2023 của xã Bắc Việt là gì ạ",
        "targets|xa_lacking|xa_met",
        ("Bắc Việt", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hoàng Việt (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "hoang viet con nhung tieu chi nao chua dat a",
        "xa_lacking",
        ("Hoàng Việt", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Gia Miễn (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "số tiêu chí đã đạt của xã gia miễn là bao nhiêu",
        "xa_met",
        ("Gia Miễn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Thành Hòa in Văn Lãng; PL6 'Tỷ lệ đạt bình quân' Văn Lãng 13.38
    F("Thành Hòa ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("13,38",)),
    # o2n: Tân Thanh -> Hoàng Văn Thụ
    F(
        "xa tan thanh huyen van lang cu gio ve xa moi nao",
        "today_became|today_where",
        ("Hoàng Văn Thụ",),
    ),
    # PL4 TT16: met 19
    F("xã tân mỹ đạt bao nhiêu tiêu chí", "xa_met|xa_overview", ("19/19",)),
    # units_2023: Hồng Thái (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "Hồng Thái (Văn Lãng) thiếu tc j vậy a",
        "xa_lacking",
        ("Hồng Thái", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hoàng Văn Thụ (Văn Lãng); in none of PL1-5: the plan does not list it
    F(
        "hoang van thu huyen van lang da dat duoc may tc roi a",
        "xa_met",
        ("Hoàng Văn Thụ", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Nhạc Kỳ in Văn Lãng; PL6 'Tỷ lệ đạt bình quân' Văn Lãng 13.38
    F("nhạc kỳ ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("13,38",)),
    # o2n: Hưng Đạo -> Hoa Thám
    F(
        "sau 1/7/2025 xã Hưng Đạo huyện Bình Gia thành xã nào",
        "today_became|today_where",
        ("Hoa Thám",),
    ),
    # units_2023: Vĩnh Yên (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "ke hoach 2023 cua vnih yen la hoan thanh nhung tc gi",
        "targets|xa_lacking|xa_met",
        ("Vĩnh Yên", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL5 TT2: counted 4 but lists 5 met (3, 4, 9, 14, 19), so no count is checked; criterion 1
    # (Quy hoạch) is in neither list, so it is lacking either way
    F("cho em hỏi hoa thám chưa đạt những tiêu chí gì ạ", "xa_lacking", ("Hoa Thám", "Quy hoạch")),
    # units_2023: Quý Hòa (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "xã Quý Hòa đạt đc mấy tiêu chí nông thôn mới",
        "xa_met",
        ("Quý Hòa", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hồng Phong in Bình Gia; PL6 'Tỷ lệ đạt bình quân' Bình Gia 10.72
    F(
        "bq tieu chi cua huyen co xa hong phong, huyen binh gia la bao nhieu",
        "average",
        ("10,72",),
    ),
    # o2n: Yên Lỗ -> Thiện Hòa
    F("xã yên lỗ huyện bình gia cũ giờ về xã mới nào", "today_became|today_where", ("Thiện Hòa",)),
    # units_2023: Thiện Hòa (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "chỉ tiêu năm 2023 của xã Thiện Hòa là gì ạ",
        "targets|xa_lacking|xa_met",
        ("Thiện Hòa", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Quang Trung (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "quang trung con nhung tieu chi nao chua dat a",
        "xa_lacking",
        ("Quang Trung", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Thiện Thuật (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "số tiêu chí đã đạt của xã thiện thuật, huyện bình gia là bao nhiêu",
        "xa_met",
        ("Thiện Thuật", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Minh Khai in Bình Gia; PL6 'Tỷ lệ đạt bình quân' Bình Gia 10.72
    F("Minh Khai ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("10,72",)),
    # o2n: Thiện Long -> Thiện Long; new: Thiện Long = Thiện Long, Hòa Bình, Tân Hòa
    F(
        "xa thien long huyen binh gia cu sap nhap voi nhung xa nao",
        "today_became|today_made_of|today_where",
        ("Hòa Bình", "Tân Hòa"),
    ),
    # units_2023: Hoàng Văn Thụ (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "hoàng văn thụ h.bình gia năm 2023 phấn đấu thêm mấy tiêu chí",
        "targets|xa_lacking|xa_met",
        ("Hoàng Văn Thụ", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Bình (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "xã Hòa Bình huyện Bình Gia còn thiếu tiêu chí nào",
        "xa_lacking",
        ("Hòa Bình", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Mông Ân (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "het nam 2022 xa mong an dat may tieu chi",
        "xa_met",
        ("Mông Ân", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Hòa in Bình Gia; PL6 'Tỷ lệ đạt bình quân' Bình Gia 10.72
    F("tân hòa ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("10,72",)),
    # o2n: Bình Gia -> Bình Gia
    F("thị trấn Bình Gia nay thuộc xã nào rồi", "today_became|today_where", ("xã Bình Gia",)),
    # units_2023: Hồng Thái (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "ke hoach 2023 cua hong thai h.binh gia la hoan thanh nhung tc gi",
        "targets|xa_lacking|xa_met",
        ("Hồng Thái", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Bình La (Bình Gia); in none of PL1-5: the plan does not list it
    F(
        "bình la còn những tiêu chí nào chưa đạt ạ",
        "xa_lacking",
        ("Bình La", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL2 TT4: nâng cao met 7, lacking 12
    F("Tân Văn chưa đạt những tc nâng cao gì", "xa_lacking", ("12/19",)),
    # o2n: Bắc Sơn -> Bắc Sơn
    F("thi tran bac son nay thuoc xa nao roi", "today_became|today_where", ("xã Bắc Sơn",)),
    # o2n: Long Đống -> Bắc Sơn
    F("xã long đống huyện bắc sơn cũ giờ về xã mới nào", "today_became|today_where", ("Bắc Sơn",)),
    # units_2023: Vạn Thủy (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "chỉ tiêu năm 2023 của xã Vạn Thủy là gì ạ",
        "targets|xa_lacking|xa_met",
        ("Vạn Thủy", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Đồng ý (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "dong y con thieu bao nhieu tieu chi nua",
        "xa_lacking",
        ("Đồng ý", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Tri (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "xã tân trri đạt bao nhiêu tiêu chí",
        "xa_met",
        ("Tân Tri", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Bắc Quỳnh in Bắc Sơn; PL6 'Tỷ lệ đạt bình quân' Bắc Sơn 15.29
    F("bq tiêu chí của huyện có xã Bắc Quỳnh là bao nhiêu", "average", ("15,29",)),
    # o2n: Hưng Vũ -> Hưng Vũ; new: Hưng Vũ = Hưng Vũ, Trấn Yên
    F(
        "hung vu huyen bac son duoc ghep voi xa nao khi sap nhap 2025",
        "today_became|today_made_of|today_where",
        ("Trấn Yên",),
    ),
    # units_2023: Tân Lập (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "chỉ tiêu năm 2023 của xã tân lập là gì ạ",
        "targets|xa_lacking|xa_met",
        ("Tân Lập", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Vũ Sơn (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "cho em hỏi Vũ Sơn chưa đạt những tiêu chí gì ạ",
        "xa_lacking",
        ("Vũ Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Chiêu Vũ (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "xa chieu vu dat dc may tieu chi nong thon moi",
        "xa_met",
        ("Chiêu Vũ", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Hương in Bắc Sơn; PL6 'Tỷ lệ đạt bình quân' Bắc Sơn 15.29
    F("bq tiêu chí của huyện có xã tân hương là bao nhiêu", "average", ("15,29",)),
    # o2n: Chiến Thắng -> Vũ Lễ
    F(
        "Chiến Thắng, huyện Bắc Sơn sau sáp nhập giờ là xã gì",
        "today_became|today_where",
        ("Vũ Lễ",),
    ),
    # units_2023: Vũ Lăng (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "chi tieu nam 2023 cua xa vu lang la gi a",
        "targets|xa_lacking|xa_met",
        ("Vũ Lăng", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Trấn Yên (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã trấn yên còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Trấn Yên", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Vũ Lễ (Bắc Sơn); in none of PL1-5: the plan does not list it
    F("Vũ Lễ đã đạt được mấy tc rồi ạ", "xa_met", ("Vũ Lễ", "không liệt kê"), lacks=("/19",)),
    # units_2023: Nhất Hòa in Bắc Sơn; PL6 'Tỷ lệ đạt bình quân' Bắc Sơn 15.29
    F("nhat oha o huyen nao, huyen ay trung binh may tieu chi/xa", "average", ("15,29",)),
    # o2n: Tân Thành -> Nhất Hòa
    F("xã tân thành h.bắc sơn bây giờ thuộc xã nào", "today_became|today_where", ("Nhất Hòa",)),
    # units_2023: Nhất Tiến (Bắc Sơn); in none of PL1-5: the plan does not list it
    F(
        "kế hoạch 2023 của Nhất Tiến là hoàn thành những tc gì",
        "targets|xa_lacking|xa_met",
        ("Nhất Tiến", "không liệt kê"),
        lacks=("/19",),
    ),
    # o2n: Văn Quan -> Văn Quan
    F("thi tran van quan nay thuoc xa nao roi", "today_became|today_where", ("xã Văn Quan",)),
    # PL5 TT4: met 5
    F("hết năm 2022 xã trấn ninh đạt mấy tiêu chí", "xa_met", ("5/19",)),
    # units_2023: Liên Hội in Văn Quan; PL6 'Tỷ lệ đạt bình quân' Văn Quan 12.25
    F("Liên Hội ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("12,25",)),
    # o2n: Hòa Bình -> Văn Quan
    F(
        "xa hoa binh huyen van quan bay gio thuoc xa nao",
        "today_became|today_where",
        ("Văn Quan",),
    ),
    # units_2023: Tú Xuyên (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "năm 2023 xã tú xuyên phấn đấu đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Tú Xuyên", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL2 TT3: nâng cao met 5, lacking 14
    F("Điềm He chưa đạt những tc nâng cao gì", "xa_lacking", ("14/19",)),
    # units_2023: An Sơn (Văn Quan); in none of PL1-5: the plan does not list it
    F("an son da dat duoc may tc roi a", "xa_met", ("An Sơn", "không liệt kê"), lacks=("/19",)),
    # units_2023: Khánh Khê in Văn Quan; PL6 'Tỷ lệ đạt bình quân' Văn Quan 12.25
    F(
        "xã khánh khê (văn quan) bình quân cả huyện được mấy tc",
        "average",
        ("12,25",),
    ),
    # o2n: Lương Năng -> Tri Lễ
    F("xã Lương Năg bây giờ thuộc xã nào", "today_became|today_where", ("Tri Lễ",)),
    # units_2023: Đồng Giáp (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "xa dong giap ke hoach nam 2023 dang ky dat them tieu chi nao",
        "targets|xa_lacking|xa_met",
        ("Đồng Giáp", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Bình Phúc (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "bình phúc còn những tiêu chí nào chưa đạt ạ",
        "xa_lacking",
        ("Bình Phúc", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tràng Các (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "xã Tràng Các hồi 2022 đạt bn tc ntm vậy",
        "xa_met",
        ("Tràng Các", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Đoàn in Văn Quan; PL6 'Tỷ lệ đạt bình quân' Văn Quan 12.25
    F("xa tan doan thuoc huyen nao, binh quan huyen do bao nhieu tc", "average", ("12,25",)),
    # o2n: Tri Lễ -> Tri Lễ; new: Tri Lễ = Tri Lễ, Lương Năng, Hữu Lễ
    F(
        "xã tri lễ huyện văn quan cũ sáp nhập với những xã nào",
        "today_became|today_made_of|today_where",
        ("Lương Năng", "Hữu Lễ"),
    ),
    # units_2023: Tràng Phái (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "Tràng Phái năm 2023 phấn đấu thêm mấy tiêu chí",
        "targets|xa_lacking|xa_met",
        ("Tràng Phái", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Yên Phúc (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "yen phuc, huyen van quan thieu tc j vay a",
        "xa_lacking",
        ("Yên Phúc", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hữu Lễ (Văn Quan); in none of PL1-5: the plan does not list it
    F(
        "cho hỏi hữu lễ đạt những tiêu chí nào",
        "xa_met",
        ("Hữu Lễ", "không liệt kê"),
        lacks=("/19",),
    ),
    # o2n: Đồng Đăng -> Đồng Đăng
    F("thị trấn Đồng Đăng nay thuộc xã nào rồi", "today_became|today_where", ("xã Đồng Đăng",)),
    # o2n: Cao Lộc -> Kỳ Lừa
    F("thi tran cao loc sau sap nhap thanh gi", "today_became|today_where", ("Kỳ Lừa",)),
    # PL1 TT5, PL4 TT5: 2023 target 12: 1,2,5,6,8,9,10,11,13,15,17,18 (first: Quy hoạch)
    F(
        "xã bảo lâmm kế hoạch năm 2023 đăng ký đạt thêm tiêu chí nào",
        "targets|xa_lacking",
        ("Quy hoạch",),
    ),
    # PL4 TT4: met 8, lacking 11
    F("Thanh Lòa còn những tiêu chí nào chưa đạt ạ", "xa_lacking", ("11/19",)),
    # PL4 TT3, PL5 TT5: met 9
    F("cao lau da dat duoc may tc roi a", "xa_met", ("9/19",)),
    # units_2023: Thạch Đạn in Cao Lộc; PL6 'Tỷ lệ đạt bình quân' Cao Lộc 11.80
    F("thạch đạn ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("11,80",)),
    # o2n: Xuất Lễ -> Ba Sơn
    F("Xuất Lễ huyện Cao Lộc giờ gộp vào xã nào vậy", "today_became|today_where", ("Ba Sơn",)),
    # units_2023: Hồng Phong (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "ke hoach 2023 cua hong phong (cao loc) la hoan thanh nhung tc gi",
        "targets|xa_lacking|xa_met",
        ("Hồng Phong", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Thụy Hùng (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "thuy hung h.cao loc con thieu bao nhieu tieu chi nua",
        "xa_lacking",
        ("Thụy Hùng", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Lộc Yên (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "số tiêu chí đã đạt của xã Lộc Yên là bao nhiêu",
        "xa_met",
        ("Lộc Yên", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Phú Xá in Cao Lộc; PL6 'Tỷ lệ đạt bình quân' Cao Lộc 11.80
    F("xa phu xa thuoc huyen nao, binh quan huyen do bao nhieu tc", "average", ("11,80",)),
    # o2n: Bình Trung -> Khánh Khê
    F(
        "xã bình trung huyện cao lộc cũ giờ về xã mới nào",
        "today_became|today_where",
        ("Khánh Khê",),
    ),
    # units_2023: Hải Yến (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "kế hoạch 2023 của Hải Yến là hoàn thành những tc gì",
        "targets|xa_lacking|xa_met",
        ("Hải Yến", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Cư (Cao Lộc); in none of PL1-5: the plan does not list it
    F("xa hoa uc chua dat tc nao the", "xa_lacking", ("Hòa Cư", "không liệt kê"), lacks=("/19",)),
    # units_2023: Hợp Thành (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "hợp thành dat duoc bn tieu chi roi",
        "xa_met",
        ("Hợp Thành", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Công Sơn in Cao Lộc; PL6 'Tỷ lệ đạt bình quân' Cao Lộc 11.80
    F("Công Sơn ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("11,80",)),
    # o2n: Gia Cát -> Kỳ Lừa
    F("gia cat huyen cao loc nay nhap vao dau roi a", "today_became|today_where", ("Kỳ Lừa",)),
    # PL4 TT1: 2023 target 1: 15 (first: Y tế)
    F("chỉ tiêu năm 2023 của xã mẫu sơn huyện cao lộc là gì ạ", "targets|xa_lacking", ("Y tế",)),
    # units_2023: Xuân Long (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã Xuân Long còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Xuân Long", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tân Liên (Cao Lộc); in none of PL1-5: the plan does not list it
    F(
        "het nam 2022 xa tan lien dat may tieu chi",
        "xa_met",
        ("Tân Liên", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Yên Trạch in Cao Lộc; PL6 'Tỷ lệ đạt bình quân' Cao Lộc 11.80
    F("xã yên trạch thuộc huyện nào, bình quân huyện đó bao nhiêu tc", "average", ("11,80",)),
    # o2n: Tân Thành -> Tân Đoàn
    F(
        "sau 1/7/2025 xã Tân Thành (Cao Lộc) thành xã nào",
        "today_became|today_where",
        ("Tân Đoàn",),
    ),
    # o2n: Na Dương -> Na Dương
    F("thi tran na duong gio la xa hay phuong gi", "today_became|today_where", ("xã Na Dương",)),
    # o2n: Lộc Bình -> Lộc Bình
    F("thị trấn lộc bình nay thuộc xã nào rồi", "today_became|today_where", ("xã Lộc Bình",)),
    # PL4 TT14: met 9
    F("Mẫu Sơn (Lộc Bình) đã đạt được mấy tc rồi ạ", "xa_met", ("9/19",)),
    # units_2023: Yên Khoái in Lộc Bình; PL6 'Tỷ lệ đạt bình quân' Lộc Bình 11.89
    F("yen khoai o huyen nao, huyen ay trung binh may tieu chi/xa", "average", ("11,89",)),
    # PL2 TT2: nâng cao met 10, lacking 9
    F("xã khánh xuân huyện lộc bình còn thiếu tiêu chí nâng cao nào", "xa_lacking", ("9/19",)),
    # PL4 TT12: met 19
    F("cho hỏi Tú Mịch đạt những tiêu chí nào", "xa_met|xa_overview", ("19/19",)),
    # units_2023: Hữu Khánh (Lộc Bình); in none of PL1-5: the plan does not list it
    F("huu khanh thieu tc j vay a", "xa_lacking", ("Hữu Khánh", "không liệt kê"), lacks=("/19",)),
    # units_2023: Đồng Bục (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "xã đồng bục đạt bao nhiêu tiêu chí",
        "xa_met",
        ("Đồng Bục", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Tam Gia in Lộc Bình; PL6 'Tỷ lệ đạt bình quân' Lộc Bình 11.89
    F("huyện của xã Tam Gia bình quân đạt bao nhiêu tiêu chí", "average", ("11,89",)),
    # o2n: Tú Đoạn -> Na Dương
    F(
        "sau 1/7/2025 xa tu doan huyen loc binh thanh xa nao",
        "today_became|today_where",
        ("Na Dương",),
    ),
    # units_2023: Khuất Xá (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "kế hoạch 2023 của khuất xá là hoàn thành những tc gì",
        "targets|xa_lacking|xa_met",
        ("Khuất Xá", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL1 TT2, PL5 TT6: met 9, lacking 10
    F("tình hình xã Tĩnh Bắc còn thiếu gì để về đích ntm", "xa_lacking", ("10/19",)),
    # units_2023: Thống Nhất (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "het nam 2022 xa thong nhat huyen loc binh dat may tieu chi",
        "xa_met",
        ("Thống Nhất", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Sàn Viên in Lộc Bình; PL6 'Tỷ lệ đạt bình quân' Lộc Bình 11.89
    F("xã sàn viênn thuộc huyện nào, bình quân huyện đó bao nhiêu tc", "average", ("11,89",)),
    # o2n: Đông Quan -> Na Dương
    F("xa dong quan huyen loc binh sap nhap vao dau", "today_became|today_where", ("Na Dương",)),
    # units_2023: Minh Hiệp (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "xa minh hiep ke hoach nam 2023 dang ky dat them tieu chi nao",
        "targets|xa_lacking|xa_met",
        ("Minh Hiệp", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hữu Lân (Lộc Bình); in none of PL1-5: the plan does not list it
    F("hữu lân thiếu tc j vậy a", "xa_lacking", ("Hữu Lân", "không liệt kê"), lacks=("/19",)),
    # units_2023: Lợi Bác (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "hết năm 2022 xã Lợi Bác đạt mấy tiêu chí",
        "xa_met",
        ("Lợi Bác", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Nam Quan in Lộc Bình; PL6 'Tỷ lệ đạt bình quân' Lộc Bình 11.89
    F("xa nam quan thuoc huyen nao, binh quan huyen do bao nhieu tc", "average", ("11,89",)),
    # o2n: Xuân Dương -> Xuân Dương; new: Xuân Dương = Xuân Dương, Nam Quan, Ái Quốc
    F(
        "xuân dương huyện lộc bình được ghép với xã nào khi sáp nhập 2025",
        "today_became|today_made_of|today_where",
        ("Nam Quan", "Ái Quốc"),
    ),
    # units_2023: Ái Quốc (Lộc Bình); in none of PL1-5: the plan does not list it
    F(
        "Ái Quốc năm 2023 phấn đấu thêm mấy tiêu chí",
        "targets|xa_lacking|xa_met",
        ("Ái Quốc", "không liệt kê"),
        lacks=("/19",),
    ),
    # o2n: Đình Lập -> Đình Lập
    F("thi tran dinh lap nay thuoc xa nao roi", "today_became|today_where", ("xã Đình Lập",)),
    # o2n: NT Thái Bình -> Thái Bình
    F("thị trấn nt thái bình nay thuộc xã nào rồi", "today_became|today_where", ("Thái Bình",)),
    # units_2023: Bắc Xa in Đình Lập; PL6 'Tỷ lệ đạt bình quân' Đình Lập 17.40
    F("huyện của xã Bắc Xa bình quân đạt bao nhiêu tiêu chí", "average", ("17,40",)),
    # o2n: Bính Xá -> Đình Lập (partial); o2n: Bính Xá -> Kiên Mộc (partial)
    F("bin xa nay nhap vao dau roi a", "today_became|today_where", ("Đình Lập", "Kiên Mộc")),
    # units_2023: Kiên Mộc (Đình Lập); in none of PL1-5: the plan does not list it
    F(
        "kế hoạch 2023 của kiên mộc là hoàn thành những tc gì",
        "targets|xa_lacking|xa_met",
        ("Kiên Mộc", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Đình Lập (Đình Lập); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã Đình Lập h.Đình Lập còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Đình Lập", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Thái Bình (Đình Lập); in none of PL1-5: the plan does not list it
    F(
        "xa thai binh dat dc may tieu chi nong thon moi",
        "xa_met",
        ("Thái Bình", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Cường Lợi in Đình Lập; PL6 'Tỷ lệ đạt bình quân' Đình Lập 17.40
    F("cường lợi ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("17,40",)),
    # PL2 TT5: nâng cao met 5
    F("Châu Sơn huyện Đình Lập đã đạt bao nhiêu tc nâng cao", "xa_met", ("5/19",)),
    # PL1 TT6: 2023 target 8: 2,6,8,9,11,13,15,17 (first: Giao thông)
    F("chi tieu nam 2023 cua xa lam ca la gi a", "targets|xa_lacking", ("Giao thông",)),
    # PL5 TT7: met 9, lacking 10
    F("đồng thắng thiếu tc j vậy a", "xa_lacking", ("10/19",)),
    # units_2023: Bắc Lãng (Đình Lập); in none of PL1-5: the plan does not list it
    F("xã Bắc Lãng đạt bn tc ntm vậy", "xa_met", ("Bắc Lãng", "không liệt kê"), lacks=("/19",)),
    # o2n: Đồng Mỏ -> Chi Lăng
    F("thi tran dong mo nay thuoc xa nao roi", "today_became|today_where", ("Chi Lăng",)),
    # o2n: Chi Lăng -> Chi Lăng
    F("thị trấn chi lăng nay thuộc xã nào rồi", "today_became|today_where", ("xã Chi Lăng",)),
    # units_2023: Vân An (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "xã Vân Ann kế hoạch năm 2023 đăng ký đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Vân An", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Vân Thủy (Chi Lăng) and Vạn Thủy (Bắc Sơn) both fold to "van thuy": asking
    # back (the two as buttons, which this table cannot check) is right; guessing one is not
    F("van thuy con nhung tieu chi nao chua dat a", "xa_lacking", lacks=("không liệt kê", "/19")),
    # units_2023: Gia Lộc (Chi Lăng); in none of PL1-5: the plan does not list it
    F("gia lộc đã đạt được mấy tc rồi ạ", "xa_met", ("Gia Lộc", "không liệt kê"), lacks=("/19",)),
    # units_2023: Bắc Thủy in Chi Lăng; PL6 'Tỷ lệ đạt bình quân' Chi Lăng 14.61
    F("xã Bắc Thủy thuộc huyện nào, bình quân huyện đó bao nhiêu tc", "average", ("14,61",)),
    # o2n: Chiến Thắng -> Chiến Thắng; new: Chiến Thắng = Chiến Thắng, Vân An, Vân Thủy, Liên Sơn
    F(
        "xa chien thang (chi lang) cu sap nhap voi nhung xa nao",
        "today_became|today_made_of|today_where",
        ("Vân An", "Vân Thủy"),
    ),
    # units_2023: Mai Sao (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "năm 2023 xã mai sao phấn đấu đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Mai Sao", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Bằng Hữu (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "tình hình xã Bằng Hữu còn thiếu gì để về đích ntm",
        "xa_lacking",
        ("Bằng Hữu", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL2 TT1: nâng cao met 6, lacking 13
    F("thuong cuong chua dat nhung tc nang cao gi", "xa_lacking", ("13/19",)),
    # units_2023: Bằng Mạc in Chi Lăng; PL6 'Tỷ lệ đạt bình quân' Chi Lăng 14.61
    F("bằng mạc ở huyện nào, huyện ấy trung bình mấy tiêu chí/xã", "average", ("14,61",)),
    # o2n: Nhân Lý -> Nhân Lý; new: Nhân Lý = Nhân Lý, Bắc Thủy, Mai Sao, Lâm Sơn
    F(
        "xã Nhân Lý (Chi Lăng) cũ sáp nhập với những xã nào",
        "today_became|today_made_of|today_where",
        ("Bắc Thủy", "Mai Sao"),
    ),
    # units_2023: Lâm Sơn (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "lam son nam 2023 phan dau them may tieu chi",
        "targets|xa_lacking|xa_met",
        ("Lâm Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Liên Sơn (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "xã liên sơ chưa đạt tc nào thế",
        "xa_lacking",
        ("Liên Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Vạn Linh (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "cho hỏi Vạn Linh đạt những tiêu chí nào",
        "xa_met",
        ("Vạn Linh", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Bình in Chi Lăng; PL6 'Tỷ lệ đạt bình quân' Chi Lăng 14.61
    F("bq tieu chi cua huyen co xa hoa binh huyen chi lang la bao nhieu", "average", ("14,61",)),
    # o2n: Hữu Kiên -> Quan Sơn
    F(
        "xã hữu kiên huyện chi lăng cũ giờ về xã mới nào",
        "today_became|today_where",
        ("Quan Sơn",),
    ),
    # units_2023: Quan Sơn (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "xã Quan Sơn kế hoạch năm 2023 đăng ký đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Quan Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Y Tịch (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "anh oi xa y tich con thieu may tieu chi nua",
        "xa_lacking",
        ("Y Tịch", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Chi Lăng (Chi Lăng); in none of PL1-5: the plan does not list it
    F(
        "chi lăng h.chi lăng dat duoc bn tieu chi roi",
        "xa_met",
        ("Chi Lăng", "không liệt kê"),
        lacks=("/19",),
    ),
    # o2n: Hữu Lũng -> Hữu Lũng
    F("thị trấn Hữu Lũng sau sáp nhập thành gì", "today_became|today_where", ("xã Hữu Lũng",)),
    # o2n: Hữu Liên -> Hữu Liên; new: Hữu Liên = Hữu Liên, Yên Thịnh
    F(
        "xa huu lien huyen huu lung cu sap nhap voi nhung xa nao",
        "today_became|today_made_of|today_where",
        ("Yên Thịnh",),
    ),
    # units_2023: Yên Bình (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "yên bình năm 2023 phấn đấu thêm mấy tiêu chí",
        "targets|xa_lacking|xa_met",
        ("Yên Bình", "không liệt kê"),
        lacks=("/19",),
    ),
    # PL5 TT10: met 8, lacking 11
    F("cho em hỏi Quyết Thắng chưa đạt những tiêu chí gì ạ", "xa_lacking", ("11/19",)),
    # units_2023: Hòa Bình (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "het nam 2022 xa hoa binh, huyen huu lung dat may tieu chi",
        "xa_met",
        ("Hòa Bình", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Yên Thịnh in Hữu Lũng; PL6 'Tỷ lệ đạt bình quân' Hữu Lũng 14.13
    F("huyện của xã yên thịnh bình quân đạt bao nhiêu tiêu chí", "average", ("14,13",)),
    # o2n: Yên Sơn -> Cai Kinh
    F("Yên Sơn huyện Hữu Lũng giờ gộp vào xã nào vậy", "today_became|today_where", ("Cai Kinh",)),
    # units_2023: Thiện Tân (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "thien tan huyen huu lung nam 2023 phan dau them may tieu chi",
        "targets|xa_lacking|xa_met",
        ("Thiện Tân", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Yên Vượng (Hữu Lũng); in none of PL1-5: the plan does not list it
    F("yên vượng thiếu tc j vậy a", "xa_lacking", ("Yên Vượng", "không liệt kê"), lacks=("/19",)),
    # units_2023: Minh Tiến (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "Minh Tiến đã đạt được mấy tc rồi ạ",
        "xa_met",
        ("Minh Tiến", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Nhật Tiến (Hữu Lũng, PL6 average 14.13) and Nhất Tiến (Bắc Sơn, 15.29) both fold
    # to "nhat tien": asking back (buttons) is right; giving either district's average is not
    F("bq tieu chi cua huyen co xa nhat tien la bao nhieu", "average", lacks=("14,13", "15,29")),
    # o2n: Thanh Sơn -> Thiện Tân
    F(
        "thanh sơn huyện hữu lũng nay nhập vào đâu rồi ạ",
        "today_became|today_where",
        ("Thiện Tân",),
    ),
    # units_2023: Đồng Tân (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "xã Đồng Tân kế hoạch năm 2023 đăng ký đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Đồng Tân", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Cai Kinh (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "cho em hoi cai kinh chua dat nhung tieu chi gi a",
        "xa_lacking",
        ("Cai Kinh", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Lạc (Hữu Lũng); in none of PL1-5: the plan does not list it
    F("hòa lạc dat duoc bn tieu chi roi", "xa_met", ("Hòa Lạc", "không liệt kê"), lacks=("/19",)),
    # units_2023: Vân Nham in Hữu Lũng; PL6 'Tỷ lệ đạt bình quân' Hữu Lũng 14.13
    F(
        "xã Vân Nham h.Hữu Lũng, bình quân cả huyện bao nhiêu tc",
        "average",
        ("14,13",),
    ),
    # o2n: Đồng Tiến -> Thiện Tân
    F(
        "dong tien huyen huu lung nay nhap vao dau roi a",
        "today_became|today_where",
        ("Thiện Tân",),
    ),
    # units_2023: Tân Thành (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "năm 2023 xã tân thành h.hữu lũng phấn đấu đạt thêm tiêu chí nào",
        "targets|xa_lacking|xa_met",
        ("Tân Thành", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Sơn (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "xã Hòa Sơn còn thiếu tiêu chí nào",
        "xa_lacking",
        ("Hòa Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Minh Sơn (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "so tieu chi da dat cua xa minh son la bao nhieu",
        "xa_met",
        ("Minh Sơn", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hồ Sơn in Hữu Lũng; PL6 'Tỷ lệ đạt bình quân' Hữu Lũng 14.13
    F("bq tiêu chí của huyện có xã hồ sơn là bao nhiêu", "average", ("14,13",)),
    # m24: Sơn Hà -> Hữu Lũng (whole); o2n: Hữu Lũng -> Hữu Lũng
    F(
        "sau 1/7/2025 xã Sơn Hà huyện Hữu Lũng thành xã nào",
        "today_became|today_where",
        ("Hữu Lũng",),
    ),
    # units_2023: Minh Hòa (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "nam 2023 xa minh hoa phan dau dat them tieu chi nao",
        "targets|xa_lacking|xa_met",
        ("Minh Hòa", "không liệt kê"),
        lacks=("/19",),
    ),
    # units_2023: Hòa Thắng (Hữu Lũng); in none of PL1-5: the plan does not list it
    F(
        "xã hòa thắng còn thiếu tiêu chí nào",
        "xa_lacking",
        ("Hòa Thắng", "không liệt kê"),
        lacks=("/19",),
    ),
)

# The 11 districts of 2023: average or size, and how many xã met one criterion (PL6).
_DISTRICTS: tuple[F, ...] = (
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Thành phố: 19.00
    F("bình quân tiêu chí/xã của thành phố Lạng Sơn là bao nhiêu", "average", ("19,00",)),
    # PL6 row 5 (Trường học), column Thành phố: 3 of 3
    F("thanh pho lang son co may xa dat tieu chi truong hoc", "criterion_count", ("3/3",)),
    # PL6 'Cộng' 278 / average 13.24 = 21 xã
    F("huyen trang dinh co bao nhieu xa", "count", ("21",)),
    # PL6 row 6 (Cơ sở vật chất văn hóa), column Tràng Định: 10 of 21
    F(
        "huyện tràng định có mấy xã đạt tiêu chí cơ sở vật chất văn hóa",
        "criterion_count",
        ("10/21",),
    ),
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Văn Lãng: 13.38
    F("bình quân tiêu chí/xã của huyện văn lãng là bao nhiêu", "average", ("13,38",)),
    # PL6 row 2 (Giao thông), column Văn Lãng: 10 of 16
    F("huyện Văn Lãng có mấy xã đạt tiêu chí giao thông", "criterion_count", ("10/16",)),
    # PL6 'Cộng' 193 / average 10.72 = 18 xã
    F("huyện Bình Gia có tất cả bn xã trong kế hoạch", "count", ("18",)),
    # PL6 row 15 (Y tế), column Bình Gia: 10 of 18
    F("huyen binh gia co may xa dat tieu chi y te", "criterion_count", ("10/18",)),
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Bắc Sơn: 15.29
    F("bq tc huyen bac son bao nhieu", "average", ("15,29",)),
    # PL6 row 6 (Cơ sở vật chất văn hóa), column Bắc Sơn: 12 of 17
    F(
        "huyện bắc sơn có mấy xã đạt tiêu chí cơ sở vật chất văn hóa",
        "criterion_count",
        ("12/17",),
    ),
    # PL6 'Cộng' 196 / average 12.25 = 16 xã
    F("huyện văn quan gồm mấy xã vậy", "count", ("16",)),
    # PL6 row 13 (Tổ chức sản xuất và phát triển kinh tế nông thôn), column Văn Quan: 7 of 16
    F(
        "huyện Văn Quan có mấy xã đạt tiêu chí tổ chức sản xuất",
        "criterion_count",
        ("7/16",),
    ),
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Cao Lộc: 11.80
    F("bq tc huyện Cao Lộc bao nhiêu", "average", ("11,80",)),
    # PL6 row 17 (Môi trường và an toàn thực phẩm), column Cao Lộc: 3 of 20
    F(
        "huyen cao loc co may xa dat tieu chi moi truong va an toan thuc pham",
        "criterion_count",
        ("3/20",),
    ),
    # PL6 'Cộng' 226 / average 11.89 = 19 xã
    F("huyen loc binh co tat ca bn xa trong ke hoach", "count", ("19",)),
    # PL6 row 17 (Môi trường và an toàn thực phẩm), column Lộc Bình: 9 of 19
    F(
        "huyện lộc bình có mấy xã đạt tiêu chí môi trường và an toàn thực phẩm",
        "criterion_count",
        ("9/19",),
    ),
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Đình Lập: 17.40
    F("bq tc huyện đình lập bao nhiêu", "average", ("17,40",)),
    # PL6 row 2 (Giao thông), column Đình Lập: 7 of 10
    F("huyện Đình Lập có mấy xã đạt tiêu chí giao thông", "criterion_count", ("7/10",)),
    # PL6 'Cộng' 263 / average 14.61 = 18 xã
    F("huyện Chi Lăng gồm mấy xã vậy", "count", ("18",)),
    # PL6 row 6 (Cơ sở vật chất văn hóa), column Chi Lăng: 10 of 18
    F(
        "huyen chi lang co may xa dat tieu chi co so vat chat van hoa",
        "criterion_count",
        ("10/18",),
    ),
    # PL6 'Tỷ lệ đạt bình quân tiêu chí/xã', column Hữu Lũng: 14.13
    F("bq tc huyen huu lung bao nhieu", "average", ("14,13",)),
    # PL6 row 5 (Trường học), column Hữu Lũng: 12 of 23
    F("huyện hữu lũng có mấy xã đạt tiêu chí trường học", "criterion_count", ("12/23",)),
)

# The 65 units since 1 July 2025, one question each: what it is made of, or its criteria.
_TODAY_UNITS: tuple[F, ...] = (
    # new: Đông Kinh = Phường Vĩnh Trại (Thành phố), Phường Đông Kinh (Thành phố), Xã Mai Pha
    # (Thành phố), Xã Yên Trạch (Cao Lộc)
    F("Đông Kinh trước đây gồm những xã nào", "today_made_of", ("Vĩnh Trại", "Mai Pha")),
    # new: Lương Văn Tri = Phường Chi Lăng (Thành phố), Xã Quảng Lạc (Thành phố)
    F(
        "phuong luong van tri moi la nhung xa nao hop lai",
        "today_made_of",
        ("Chi Lăng", "Quảng Lạc"),
    ),
    # new: Tam Thanh = Phường Tam Thanh (Thành phố), Xã Hoàng Đồng (Thành phố)
    F("phường tam thanh mới là những xã nào hợp lại", "today_made_of", ("Hoàng Đồng",)),
    # new: Đoàn Kết = Xã Khánh Long (Tràng Định), Xã Đoàn Kết (Tràng Định), Xã Cao Minh (Tràng
    # Định)
    F(
        "đơn vị Đoàn Kết hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Khánh Long", "Cao Minh"),
    ),
    # new: Quốc Khánh = Xã Quốc Khánh (Tràng Định), Xã Tri Phương (Tràng Định), Xã Đội Cấn (Tràng
    # Định); PL4 TT8 Quốc Khánh 15/19
    F("xa quoc khanh hien nay dat bao nhieu tieu chi", "today_history", ("Quốc Khánh", "15/19")),
    # new: Tân Tiến = Xã Tân Tiến (Tràng Định), Xã Tân Yên (Tràng Định), Xã Kim Đồng (Tràng Định)
    F(
        "đơn vị tân tiến hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Tân Yên", "Kim Đồng"),
    ),
    # new: Kháng Chiến = Xã Tân Minh (Tràng Định), Xã Trung Thành (Tràng Định), Xã Kháng Chiến
    # (Tràng Định); PL4 TT9 Tân Minh 7/19
    F("Kháng Chiến mới giờ còn thiếu tiêu chí nào", "today_history", ("Tân Minh", "7/19")),
    # new: Thất Khê = Xã Chí Minh (Tràng Định), Xã Chi Lăng (Tràng Định), Thị trấn Thất Khê (Tràng
    # Định)
    F("xa that khe moi gom may xa cu the a", "today_made_of", ("Chí Minh", "Chi Lăng")),
    # new: Tràng Định = Xã Đề Thám (Tràng Định), Xã Hùng Sơn (Tràng Định), Xã Hùng Việt (Tràng
    # Định)
    # ('trước đây' may also mean the old district Tràng Định: its 2023 list holds both too)
    F("tràng định trước đây gồm những xã nào", "today_made_of|list", ("Đề Thám", "Hùng Sơn")),
    # new: Quốc Việt = Xã Đào Viên (Tràng Định), Xã Quốc Việt (Tràng Định)
    F("đơn vị Quốc Việt hiện nay do những xã nào hợp thành", "today_made_of", ("Đào Viên",)),
    # new: Hoa Thám = Hưng Đạo + Hoa Thám (Bình Gia); PL5 TT2 Hoa Thám counted 4 (lists 5)
    F("hoa tham moi gio con thieu tieu chi nao", "today_history", ("Hoa Thám", "Hưng Đạo")),
    # new: Quý Hòa = Xã Vĩnh Yên (Bình Gia), Xã Quý Hòa (Bình Gia)
    F("xã quý hòa mới là những xã nào hợp lại", "today_made_of", ("Vĩnh Yên",)),
    # new: Hồng Phong = Xã Hồng Phong (Bình Gia), Xã Minh Khai (Bình Gia); PL1 TT10 Hồng Phong 7/19
    F("Hồng Phong mới giờ còn thiếu tiêu chí nào", "today_history", ("Hồng Phong", "7/19")),
    # new: Thiện Hòa = Xã Yên Lỗ (Bình Gia), Xã Thiện Hòa (Bình Gia)
    F("xa thhien hoa moi gom nhung xa nao", "today_made_of", ("Yên Lỗ",)),
    # new: Thiện Thuật = Xã Quang Trung (Bình Gia), Xã Thiện Thuật (Bình Gia)
    F("đơn vị thiện thuật hiện nay do những xã nào hợp thành", "today_made_of", ("Quang Trung",)),
    # new: Thiện Long = Xã Thiện Long (Bình Gia), Xã Hòa Bình (Bình Gia), Xã Tân Hòa (Bình Gia)
    F("xã Thiện Long mới là những xã nào hợp lại", "today_made_of", ("Hòa Bình", "Tân Hòa")),
    # new: Bình Gia = Xã Hoàng Văn Thụ (Bình Gia), Xã Mông Ân (Bình Gia), Thị trấn Bình Gia (Bình
    # Gia)
    F("xa binh gia gom nhung xa cu nao", "today_made_of", ("Hoàng Văn Thụ", "Mông Ân")),
    # new: Tân Văn = Xã Hồng Thái (Bình Gia), Xã Bình La (Bình Gia), Xã Tân Văn (Bình Gia)
    F("tân văn mới sáp nhập từ đâu vậy", "today_made_of", ("Hồng Thái", "Bình La")),
    # new: Na Sầm = Thị trấn Na Sầm (Văn Lãng), Xã Bắc Hùng (Văn Lãng), Xã Hoàng Việt (Văn Lãng)
    F(
        "đơn vị Na Sầm hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Bắc Hùng", "Hoàng Việt"),
    ),
    # new: Thụy Hùng = Xã Trùng Khánh (Văn Lãng), Xã Thụy Hùng (Văn Lãng), Xã Thanh Long (Văn Lãng)
    F("thuy hung moi sap nhap tu dau vay", "today_made_of", ("Trùng Khánh", "Thanh Long")),
    # new: Hội Hoan = Xã Hội Hoan (Văn Lãng), Xã Gia Miễn (Văn Lãng); PL5 TT8 Hội Hoan 8/19
    F("hội hoan mới giờ còn thiếu tiêu chí nào", "today_history", ("Hội Hoan", "8/19")),
    # new: Văn Lãng = Xã Bắc La (Văn Lãng), Xã Tân Tác (Văn Lãng), Xã Bắc Việt (Văn Lãng), Xã Thành
    # Hòa (Văn Lãng)
    F(
        "đơn vị Văn Lãng hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Bắc La", "Tân Tác"),
    ),
    # new: Hoàng Văn Thụ = Xã Tân Thanh (Văn Lãng), Xã Tân Mỹ (Văn Lãng), Xã Hồng Thái (Văn Lãng),
    # Xã Hoàng Văn Thụ (Văn Lãng), Xã Nhạc Kỳ (Văn Lãng); PL4 TT17 Tân Thanh 19/19
    F("xa hoang van thu hien nay dat bao nhieu tieu chi", "today_history", ("Tân Thanh", "19/19")),
    # new: Đồng Đăng = Thị trấn Đồng Đăng (Cao Lộc), Xã Bảo Lâm (Cao Lộc), Xã Hồng Phong (Cao Lộc),
    # Xã Thụy Hùng (Cao Lộc), Xã Phú Xá (Cao Lộc)
    F("đồng đăng mới sáp nhập từ đâu vậy", "today_made_of", ("Bảo Lâm", "Hồng Phong")),
    # new: Kỳ Lừa = Phường Hoàng Văn Thụ (Thành phố), Thị trấn Cao Lộc (Cao Lộc), Xã Hợp Thành (Cao
    # Lộc), Xã Gia Cát (Cao Lộc), Xã Tân Liên (Cao Lộc)
    F("phuong ky lua moi gom nhung xa nao", "today_made_of", ("Hoàng Văn Thụ", "Cao Lộc")),
    # new: Ba Sơn = Xã Cao Lâu (Cao Lộc), Xã Xuất Lễ (Cao Lộc), Xã Mẫu Sơn (Cao Lộc)
    F("xa ba son moi la nhung xa nao hop lai", "today_made_of", ("Cao Lâu", "Xuất Lễ")),
    # new: Cao Lộc = Xã Thanh Lòa (Cao Lộc), Xã Thạch Đạn (Cao Lộc), Xã Lộc Yên (Cao Lộc); PL4 TT4
    # Thanh Lòa 8/19
    F("cao lộc mới giờ còn thiếu tiêu chí nào", "today_history", ("Thanh Lòa", "8/19")),
    # new: Công Sơn = Xã Hải Yến (Cao Lộc), Xã Hòa Cư (Cao Lộc), Xã Công Sơn (Cao Lộc)
    F("Công Sơn trước đây gồm những xã nào", "today_made_of", ("Hải Yến", "Hòa Cư")),
    # new: Văn Quan = Thị trấn Văn Quan (Văn Quan), Xã Hòa Bình (Văn Quan), Xã Tú Xuyên (Văn Quan)
    F("xa van quan gom nhung xa cu nao", "today_made_of", ("Hòa Bình", "Tú Xuyên")),
    # new: Điềm He = Xã Trấn Ninh (Văn Quan), Xã Liên Hội (Văn Quan), Xã Điềm He (Văn Quan)
    F("điềm he trước đây gồm những xã nào", "today_made_of", ("Trấn Ninh", "Liên Hội")),
    # new: Khánh Khê = Xã Bình Trung (Cao Lộc), Xã Xuân Long (Cao Lộc), Xã Khánh Khê (Văn Quan)
    F("Khánh Khê mới sáp nhập từ đâu vậy", "today_made_of", ("Bình Trung", "Xuân Long")),
    # new: Yên Phúc = Xã An Sơn (Văn Quan), Xã Bình Phúc (Văn Quan), Xã Yên Phúc (Văn Quan)
    F("yen puc bay gio duoc ghep tu nhung xa nao", "today_made_of", ("An Sơn", "Bình Phúc")),
    # new: Tri Lễ = Xã Lương Năng (Văn Quan), Xã Tri Lễ (Văn Quan), Xã Hữu Lễ (Văn Quan)
    F(
        "đơn vị tri lễ hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Lương Năng", "Hữu Lễ"),
    ),
    # new: Tân Đoàn = Xã Tân Thành (Cao Lộc), Xã Tân Đoàn (Văn Quan), Xã Tràng Phái (Văn Quan)
    F("xã Tân Đoàn gồm những xã cũ nào", "today_made_of", ("Tân Thành", "Tràng Phái")),
    # new: Bắc Sơn = Thị trấn Bắc Sơn (Bắc Sơn), Xã Long Đống (Bắc Sơn), Xã Bắc Quỳnh (Bắc Sơn);
    # PL1 TT4 Long Đống 10/19
    F("xa bac son hien nay dat bao nhieu tieu chi", "today_history", ("Long Đống", "10/19")),
    # new: Tân Tri = Xã Vạn Thủy (Bắc Sơn), Xã Đồng ý (Bắc Sơn), Xã Tân Tri (Bắc Sơn)
    F("tân tri trước đây gồm những xã nào", "today_made_of", ("Vạn Thủy", "Đồng ý")),
    # new: Hưng Vũ = Xã Hưng Vũ (Bắc Sơn), Xã Trấn Yên (Bắc Sơn)
    F("xã Hưng Vũ gồm những xã cũ nào", "today_made_of", ("Trấn Yên",)),
    # new: Vũ Lễ = Xã Vũ Sơn (Bắc Sơn), Xã Chiến Thắng (Bắc Sơn), Xã Vũ Lễ (Bắc Sơn)
    F("xa vu le gom nhung xa cu nao", "today_made_of", ("Vũ Sơn", "Chiến Thắng")),
    # new: Vũ Lăng = Xã Tân Lập (Bắc Sơn), Xã Chiêu Vũ (Bắc Sơn), Xã Tân Hương (Bắc Sơn), Xã Vũ
    # Lăng (Bắc Sơn); PL5 TT3 Tân Hương 19/19
    F(
        "xã vũ lăng bây giờ đạt được bao nhiêu tiêu chí rồi",
        "today_history",
        ("Tân Hương", "19/19"),
    ),
    # new: Nhất Hòa = Xã Nhất Hòa (Bắc Sơn), Xã Tân Thành (Bắc Sơn), Xã Nhất Tiến (Bắc Sơn)
    F("Nhất Hòa bây giờ được ghép từ những xã nào", "today_made_of", ("Tân Thành", "Nhất Tiến")),
    # new: Hữu Lũng = Thị trấn Hữu Lũng (Hữu Lũng), Xã Đồng Tân (Hữu Lũng), Xã Hồ Sơn (Hữu Lũng)
    # ('truoc day' may also mean the old district: its 2023 list holds both too)
    F("huu luung truoc day gom nhung xa nao", "today_made_of|list", ("Đồng Tân", "Hồ Sơn")),
    # new: Yên Bình = Xã Yên Bình (Hữu Lũng), Xã Quyết Thắng (Hữu Lũng), Xã Hòa Bình (Hữu Lũng)
    F(
        "đơn vị yên bình hiện nay do những xã nào hợp thành",
        "today_made_of",
        ("Quyết Thắng", "Hòa Bình"),
    ),
    # new: Hữu Liên = Xã Hữu Liên (Hữu Lũng), Xã Yên Thịnh (Hữu Lũng)
    F("Hữu Liên mới sáp nhập từ đâu vậy", "today_made_of", ("Yên Thịnh",)),
    # new: Vân Nham = Xã Minh Tiến (Hữu Lũng), Xã Nhật Tiến (Hữu Lũng), Xã Vân Nham (Hữu Lũng)
    F("xa van nham gom nhung xa cu nao", "today_made_of", ("Minh Tiến", "Nhật Tiến")),
    # new: Cai Kinh = Xã Yên Sơn (Hữu Lũng), Xã Yên Vượng (Hữu Lũng), Xã Cai Kinh (Hữu Lũng)
    F("xã cai kinh mới là những xã nào hợp lại", "today_made_of", ("Yên Sơn", "Yên Vượng")),
    # new: Thiện Tân = Xã Thiện Tân (Hữu Lũng), Xã Thanh Sơn (Hữu Lũng), Xã Đồng Tiến (Hữu Lũng)
    F("Thiện Tân trước đây gồm những xã nào", "today_made_of", ("Thanh Sơn", "Đồng Tiến")),
    # new: Tân Thành = Xã Hòa Lạc (Hữu Lũng), Xã Tân Thành (Hữu Lũng), Xã Hòa Sơn (Hữu Lũng)
    F("tan thanh bay gio duoc ghep tu nhung xa nao", "today_made_of", ("Hòa Lạc", "Hòa Sơn")),
    # new: Tuấn Sơn = Xã Minh Sơn (Hữu Lũng), Xã Minh Hòa (Hữu Lũng), Xã Hòa Thắng (Hữu Lũng)
    F("tuấn sơn mới sáp nhập từ đâu vậy", "today_made_of", ("Minh Sơn", "Minh Hòa")),
    # new: Chi Lăng = Thị trấn Đồng Mỏ (Chi Lăng), Thị trấn Chi Lăng (Chi Lăng), Xã Chi Lăng (Chi
    # Lăng)
    F("xã Chi Lăng mới là những xã nào hợp lại", "today_made_of", ("Đồng Mỏ",)),
    # new: Bằng Mạc = Xã Gia Lộc (Chi Lăng), Xã Bằng Hữu (Chi Lăng), Xã Thượng Cường (Chi Lăng), Xã
    # Bằng Mạc (Chi Lăng)
    F("xa bnag mac moi la nhung xa nao hop lai", "today_made_of", ("Gia Lộc", "Bằng Hữu")),
    # new: Chiến Thắng = Xã Vân An (Chi Lăng), Xã Vân Thủy (Chi Lăng), Xã Chiến Thắng (Chi Lăng),
    # Xã Liên Sơn (Chi Lăng); PL5 TT9 Chiến Thắng 10/19
    F("xã chiến thắng sau sáp nhập đạt mấy tc", "today_history", ("Chiến Thắng", "10/19")),
    # new: Nhân Lý = Xã Bắc Thủy (Chi Lăng), Xã Mai Sao (Chi Lăng), Xã Nhân Lý (Chi Lăng), Xã Lâm
    # Sơn (Chi Lăng)
    F("Nhân Lý bây giờ được ghép từ những xã nào", "today_made_of", ("Bắc Thủy", "Mai Sao")),
    # new: Vạn Linh = Xã Vạn Linh (Chi Lăng), Xã Hòa Bình (Chi Lăng), Xã Y Tịch (Chi Lăng)
    F("xa van linh moi gom nhung xa nao", "today_made_of", ("Hòa Bình", "Y Tịch")),
    # new: Quan Sơn = Xã Hữu Kiên (Chi Lăng), Xã Quan Sơn (Chi Lăng)
    F("quan sơn bây giờ được ghép từ những xã nào", "today_made_of", ("Hữu Kiên",)),
    # new: Na Dương = Thị trấn Na Dương (Lộc Bình), Xã Tú Đoạn (Lộc Bình), Xã Đông Quan (Lộc Bình)
    F("Na Dương bây giờ được ghép từ những xã nào", "today_made_of", ("Tú Đoạn", "Đông Quan")),
    # new: Lộc Bình = Thị trấn Lộc Bình (Lộc Bình), Xã Khánh Xuân (Lộc Bình), Xã Hữu Khánh (Lộc
    # Bình), Xã Đồng Bục (Lộc Bình)
    # ('truoc day' may also mean the old district: its 2023 list holds both too)
    F("loc binh truoc day gom nhung xa nao", "today_made_of|list", ("Khánh Xuân", "Hữu Khánh")),
    # new: Mẫu Sơn = Xã Mẫu Sơn (Lộc Bình), Xã Yên Khoái (Lộc Bình), Xã Tú Mịch (Lộc Bình); PL4
    # TT14 Mẫu Sơn 9/19
    F("xã mẫu sơn hiện nay đạt bao nhiêu tiêu chí", "today_history", ("Mẫu Sơn", "9/19")),
    # new: Khuất Xá = Xã Tam Gia (Lộc Bình), Xã Khuất Xá (Lộc Bình)
    F("đơn vị Khuất Xá hiện nay do những xã nào hợp thành", "today_made_of", ("Tam Gia",)),
    # new: Thống Nhất = Xã Thống Nhất (Lộc Bình), Xã Minh Hiệp (Lộc Bình), Xã Hữu Lân (Lộc Bình)
    F(
        "don vi thong nhatt hien nay do nhung xa nao hop thanh",
        "today_made_of",
        ("Minh Hiệp", "Hữu Lân"),
    ),
    # new: Lợi Bác = Xã Sàn Viên (Lộc Bình), Xã Lợi Bác (Lộc Bình)
    F("lợi bác trước đây gồm những xã nào", "today_made_of", ("Sàn Viên",)),
    # new: Xuân Dương = Xã Nam Quan (Lộc Bình), Xã Xuân Dương (Lộc Bình), Xã Ái Quốc (Lộc Bình)
    F("xã Xuân Dương mới là những xã nào hợp lại", "today_made_of", ("Nam Quan", "Ái Quốc")),
    # new: Đình Lập = Thị trấn Đình Lập (Đình Lập), Xã Bính Xá (Đình Lập), Xã Đình Lập (Đình Lập)
    F("dinh lap moi sap nhap tu dau vay", "today_made_of", ("Bính Xá",)),
    # new: Thái Bình = Thị trấn NT Thái Bình (Đình Lập), Xã Thái Bình (Đình Lập), Xã Lâm Ca (Đình
    # Lập); PL1 TT6 Lâm Ca 11/19
    F("xã thái bình hiện nay đạt bao nhiêu tiêu chí", "today_history", ("Lâm Ca", "11/19")),
    # new: Kiên Mộc = Xã Bắc Xa (Đình Lập), Xã Bính Xá (Đình Lập), Xã Kiên Mộc (Đình Lập)
    F("Kiên Mộc bây giờ được ghép từ những xã nào", "today_made_of", ("Bắc Xa", "Bính Xá")),
    # new: Châu Sơn = Xã Kiên Mộc (Đình Lập), Xã Cường Lợi (Đình Lập), Xã Châu Sơn (Đình Lập), Xã
    # Đồng Thắng (Đình Lập), Xã Bắc Lãng (Đình Lập); PL5 TT7 Đồng Thắng 9/19
    F("xa chau son hien nay dat bao nhieu tieu chi", "today_history", ("Đồng Thắng", "9/19")),
)

ROWS: tuple[F, ...] = _PLAN_UNITS + _DISTRICTS + _TODAY_UNITS

_SLIP = (
    "a one-letter slip that swaps or drops a letter ('vnih', 'bnag', 'oha', 'Năg', 'hoa uc') is "
    "not repaired: unknown, or buttons without the right unit"
)
_REPAIRED = "a name repaired from a slip changes how the rest of the question is read"
_DISTRICT = "the district the user names does not settle the unit"
GAPS: dict[str, str] = {
    "xa bnag mac moi la nhung xa nao hop lai": _SLIP,
    "so tieu chi da dat cua xa tri phong la bao nhieu": _REPAIRED
    + ": 'số tiêu chí đã đạt của xã Tri Phong' becomes a count (right with 'Tri Phuong')",
    "yen puc bay gio duoc ghep tu nhung xa nao": _REPAIRED
    + ": 'Yen Puc ... được ghép từ' tells what became of the old Yên Phúc, not what made the new",
    "het nam 2022 xa hoa binh, huyen huu lung dat may tieu chi": _DISTRICT
    + ": 'xã Hòa Bình, huyện Hữu Lũng' (a comma between) still asks which Hòa Bình",
    "chi lăng h.chi lăng dat duoc bn tieu chi roi": _DISTRICT
    + ": 'Chi Lăng h.Chi Lăng' (the xã Chi Lăng of Chi Lăng district) is read as the district",
}
