"""Fresh messages as a whole month of real traffic brings them, in rough real proportions.

Written before asking the bot anything, as a sample of what the held-out set will hold: xã
officials on phones asking about their own xã (registered, via `who`, and not registered), leaders'
quick lookups (averages, counts, rankings, comparisons, groups, targets, funding), today's units
and the 2026-2030 criteria, reporting and reminders, short follow-ups inside chats of two or three
messages (`before`), greetings and thanks, and off-topic or impossible questions that need a
polite "no data" (population, weather, a year the plan does not cover). Typing varies as people
type: with and without diacritics, teencode (ko, k, j, bn, dc, z), slips, run-on voice typing.

Every figure comes from the transcribed plan: store/data/kh18_2023/phu_luc_N.tsv ("PLn TTm" is
appendix n, row m; "PL6 row r" is criterion r's row and its averages line), headline_targets.csv,
funding.csv, province_targets.csv (the 2023 totals and how many more xã, so end-2022 = total -
added), ntm_xa_2022_by_district.csv, criteria.csv; district sizes are appendix 6's "Cộng" ÷ its
average (TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18, Bắc Sơn 17, Văn Quan 16, Cao Lộc 20, Lộc
Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23; 181 in all). Today's units come from
langson_2024-12_merges.csv, langson_units_2024-12.csv, langson_2025_old_to_new.csv and
langson_units_2025-07_new.csv (61 xã, 4 phường since 1 July 2025); the 2026-2030 set from
criteria_2026_2030.md (QĐ 51/2025/QĐ-TTg, 10 criteria, 47 indicators, in force 15/02/2026; no
indicator targets and no xã group known). Reporting rules: README "Reporting cadence" (monthly,
due the month's last day, taken until 10 days after; departments quarterly).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.handlers.fresh.row import F

_TODAY = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def _month_end(year: int, month: int) -> date:
    """The last day of a month: the monthly report's due day."""
    return date(year, month, calendar.monthrange(year, month)[1])


_DUE = _month_end(_TODAY.year, _TODAY.month).strftime("%d/%m/%Y")
_LOCKS = (_month_end(_TODAY.year, _TODAY.month) + timedelta(days=10)).strftime("%d/%m/%Y")
_QUARTER_DUE = _month_end(_TODAY.year, 3 * ((_TODAY.month - 1) // 3 + 1)).strftime("%d/%m/%Y")

# Senders. Kháng Chiến (06049, Tràng Định; PL1 TT7: 9 met 1,7,8,9,10,11,14,16,19; 2023 targets
# 2,3,4,5,6,12,13,15,17,18); Đồng Thắng (06643, Đình Lập; PL5 TT7: 9 met; targets 2, 5, 18; now
# Châu Sơn); Bảo Lâm (06190, Cao Lộc; PL1 TT5 and PL4 TT5: 7 met; now Đồng Đăng); Long Đống
# (06328, Bắc Sơn; PL1 TT4: 10 met, targets 2,5,6,9,11,12,13,15,17; now xã Bắc Sơn); today's
# Kháng Chiến (06037@2025-07-01: Tân Minh, Trung Thành, Kháng Chiến); district officers of Cao
# Lộc (183) and Đình Lập (189); a provincial coordinator.
_KC = "xa_official:06049"
_DT = "xa_official:06643"
_BL = "xa_official:06190"
_LD = "xa_official:06328"
_KC_NEW = "xa_official:06037@2025-07-01"
_CAO_LOC = "district_officer:183"
_DINH_LAP = "district_officer:189"
_COORD = "province_coordinator:20"

_XA = "xa_met|xa_lacking|xa_overview"
_RULES = "report_how"
_UPDATE = "flow_step|update_step|update_confirm"
_PERIOD = "flow_step|period_confirm"
_REFUSED = "forbidden|report_how"
_REGISTER = ("/dangky",)
_BECAME = "today_became|today_where"
_NOTHING = "no_data|unknown|help"

_OWN_XA: tuple[F, ...] = (
    # ------------------------------------------- registered xã officials, their own xã
    F("xã em còn thiếu mấy tiêu chí nữa ạ", "xa_lacking", ("Kháng Chiến", "10/19"), who=_KC),
    F(
        "năm nay xã mình phấn đấu những tc nào",
        "xa_lacking|targets|xa_overview",
        ("2, 3, 4, 5, 6, 12, 13, 15, 17, 18",),
        who=_KC,
    ),
    F("xa em dat nhung tieu chi nao roi", "xa_met", ("Kháng Chiến", "9/19"), who=_KC),
    F("tc giao thông xã e đạt chưa", _XA, ("Kháng Chiến", "Giao thông", "chưa"), who=_KC),
    # PL1 TT7 Kháng Chiến 9 met; PL4 TT9 Tân Minh 7 met
    F("xã em với xã Tân Minh thì bên nào nhiều tc hơn", "compare", ("9", "7"), who=_KC),
    F("bc cho e hỏi xã e đạt tc 10 thu nhập chưa ạ", _XA, ("Thu nhập",), who=_KC),
    F("em muốn cập nhật tc 3 thủy lợi xã em đã đạt", _UPDATE, who=_KC),
    F("em muốn làm báo cáo tháng", _PERIOD, who=_KC),
    F("hạn nộp bc tháng của xã em là ngày nào v", _RULES, (_DUE,), who=_KC),
    # PL5 TT7 Đồng Thắng: targets 2, 5, 18; now Châu Sơn
    F("năm 2023 xã em cần làm thêm mấy tiêu chí a", _XA + "|targets", ("2, 5, 18",), who=_DT),
    F("xã e giờ sáp nhập vô xã nào rồi bot", _BECAME, ("Châu Sơn",), who=_DT),
    F("xa em dat bao nhieu tc roi", "xa_met|xa_overview", ("Đồng Thắng", "9/19"), who=_DT),
    F(
        "xã em có nằm trong ds xã đặc biệt khó khăn ko",
        "group_members|xa_overview|xa_met|xa_lacking",
        ("Đồng Thắng",),
        who=_DT,
    ),
    # PL1 TT5 / PL4 TT5 Bảo Lâm: 7 met; lacks 12
    F("xã em thiếu bn tc", "xa_lacking", ("Bảo Lâm", "12/19"), who=_BL),
    F(
        "cho e hỏi xã e có trong danh sách xã biên giới k",
        "group_members|xa_overview|xa_met|xa_lacking",
        ("Bảo Lâm",),
        who=_BL,
    ),
    F("tiêu chí trường học xã em đạt chưa bot", _XA, ("Trường học", "chưa"), who=_BL),
    # PL1 TT4 Long Đống lacks 9; Bắc Sơn average 15.29 (PL6)
    F("xã em hiện thiếu những tc gì v ạ", "xa_lacking", ("Long Đống", "9/19"), who=_LD),
    F(
        "so với bình quân huyện thì xã em thế nào",
        "compare|xa_overview|average",
        ("10", "15,29"),
        who=_LD,
    ),
    F("tình hình ntm xã mình", "xa_overview", ("Long Đống", "10/19"), who=_LD),
    F("xã em bây giờ thuộc xã nào", _BECAME, ("Bắc Sơn",), who=_LD),
    # today's Kháng Chiến: Tân Minh (PL4 TT9 7/19), Trung Thành, Kháng Chiến (PL1 TT7 9/19)
    F(
        "xã em trước đây gồm những xã nào",
        "today_made_of",
        ("Tân Minh", "Trung Thành"),
        who=_KC_NEW,
    ),
    F(
        "xã em hồi 2023 đạt bao nhiêu tiêu chí",
        "today_history",
        ("7/19", "9/19"),
        who=_KC_NEW,
    ),
    # district officers: PL6 Cao Lộc 11.80, tc 5 Cao Lộc 4 of 20; Đình Lập 17.40
    F("huyện mình bình quân bao nhiêu tiêu chí", "average", ("11,80",), who=_CAO_LOC),
    F("huyện em có mấy xã đạt tiêu chí trường học", "criterion_count", ("4/20",), who=_CAO_LOC),
    # Cao Lộc xã in PL4: Mẫu Sơn 5 (lowest), Bảo Lâm 7, Thanh Lòa 8, Cao Lâu 9, Xuất Lễ 19
    F("xã nào trong huyện còn ít tiêu chí nhất", "ranking|list", ("Mẫu Sơn",), who=_CAO_LOC),
    F("cho anh xem báo cáo đang chờ duyệt", "pending", who=_CAO_LOC),
    F("bq tc huyện mình năm 2023", "average", ("17,40",), who=_DINH_LAP),
    F(
        "những xã nào của huyện thuộc diện biên giới",
        "group_members",
        ("Bắc Xa", "Bính Xá"),
        who=_DINH_LAP,
    ),
    F("tháng này xã nào chưa gửi bc", "completeness", ("/61",), who=_COORD),
    F("danh sách người dùng đã đăng ký", "people", who=_COORD),
)

_XA_PHONES: tuple[F, ...] = (
    # ------------------------------------------- not registered, a xã by name, phone typing
    F("Tĩnh Bắc lộc bình đạt những tc nào", "xa_met", ("9/19",)),  # PL1 TT2
    F("dong tien huu lung thieu tc gi", "xa_lacking", ("11/19",)),  # PL1 TT3: 8 met
    F(
        "xã Thanh Long văn lãng 2023 phấn đấu thêm mấy tiêu chí",
        "xa_lacking|targets|xa_overview",
        ("1, 5, 6, 9, 10, 11, 13, 15, 17, 18",),
    ),  # PL1 TT8
    F("Liên Hội đạt đc bn tc r", "xa_met", ("8/19",)),  # PL1 TT9
    F("hồng phong bình gia tình hình ntm sao rồi", "xa_overview", ("7/19",)),  # PL1 TT10
    # Hồng Phong is a xã of Bình Gia (PL1 TT10) and of Cao Lộc: ask which
    # (the two districts come as choice buttons, not in the text: no guess of PL1 TT10's 7/19)
    F("xã hồng phong thiếu tc gì", "xa_lacking|unknown", ("Hồng Phong",), lacks=("7/19",)),
    F("xa dao vien trang dinh con thieu bao nhieu tieu chi", "xa_lacking", ("10/19",)),  # PL4 TT7
    F("quốc khánh tràng định đã đạt mấy tc", "xa_met", ("15/19",)),  # PL4 TT8
    F("Bắc Xa thiếu tc nào ạ", "xa_lacking", ("5/19",)),  # PL4 TT10: 14 met
    F(
        "bính xá đình lập cần phấn đấu tc nào năm 2023",
        "xa_lacking|targets|xa_overview",
        ("2, 8, 11, 13, 15",),
    ),  # PL4 TT11
    F("Thụy Hùng Văn Lãng đạt mấy tc", "xa_met", ("7/19",)),  # PL4 TT18
    F("tân tiến tràng định còn thiếu mấy tiêu chí", "xa_lacking", ("12/19",)),  # PL5 TT1: 7 met
    F("Trấn Ninh văn quan đạt tc gì", "xa_met", ("5/19",)),  # PL5 TT4
    F("xã cao lâu thiếu tc nào", "xa_lacking", ("10/19",)),  # PL4 TT3 / PL5 TT5: 9 met
    F("chiến thắng chi lăng đạt bn tiêu chí", "xa_met", ("10/19",)),  # PL5 TT9
    F(
        "quyet thang huu lung nam 2023 phan dau tc nao",
        "xa_lacking|targets|xa_overview",
        ("13, 18",),
    ),  # PL5 TT10
    F("xã Hội Hoan đã đạt những tiêu chí nào rồi ạ", "xa_met", ("8/19",)),  # PL5 TT8
    F("Tú Mịch đạt chuẩn ntm chưa", _XA, ("19/19",)),  # PL4 TT12
    F("xã tân hương bắc sơn đạt chuẩn chưa nhỉ", _XA, ("19/19",)),  # PL5 TT3
    F("Mẫu Sơn Lộc Bình còn thiếu những gì", "xa_lacking", ("10/19",)),  # PL4 TT14: 9 met
    F("Thanh Lòa có mấy tc rồi", "xa_met|xa_overview", ("8/19",)),  # PL4 TT4
    F("xa e Lam Ca thieu j z a", "xa_lacking", ("Lâm Ca", "8/19")),  # PL1 TT6: 11 met
    F(
        "cho chị hỏi cái xã nhân lý ấy năm 2023 phấn đấu những tiêu chí nào ấy nhỉ em",
        "xa_lacking|targets|xa_overview",
        ("2, 4, 5, 6, 7, 10, 13, 15, 17",),
    ),  # PL1 TT1
    F("xã Nhân Lỹ thiếu tc j", "xa_lacking", ("9/19",)),  # PL1 TT1 (a slip: Lỹ)
    F("kháng chiến tràng đinh đạt tc nào", "xa_met", ("9/19",)),  # PL1 TT7
    F("Xuất Lễ cao lộc đạt bao nhiêu tc", "xa_met|xa_overview", ("19/19",)),  # PL4 TT2
    F("tc điện xã Đội Cấn đạt chưa", _XA, ("Đội Cấn", "Điện")),  # PL4 TT6: 4 met
    F("xa Tan Minh da dat tc y te chua", _XA, ("Tân Minh", "Y tế")),  # PL4 TT9: 15 met
    F("Long Đống cần thêm những tc nào để về đích", "xa_lacking|targets", ("9/19",)),  # PL1 TT4
    F("bảo lâm cao lộc tổng quan", "xa_overview", ("7/19",)),  # PL1 TT5
    F("xã hoàng đồng tp lạng sơn đăng ký kiểu mẫu à", _XA + "|group_members", ("Hoàng Đồng",)),
    F("dạ xã em là xã Chiến Thắng huyện Chi Lăng, xã em thiếu tc nào ạ", "xa_lacking", ("9/19",)),
    F("ThuyHung vanlang thieu tc nao", "xa_lacking", ("12/19",)),  # PL4 TT18: 7 met
    F("xã Quốc Khánh còn tc nào chưa đạt hả bot", "xa_lacking", ("4/19",)),  # PL4 TT8
    F("xã hội hoan van lang kh 2023 làm tc nào", "xa_lacking|targets|xa_overview", ("15, 18",)),
    F("Trùng Khánh đạt đủ 19 tc chưa", _XA, ("19/19",)),  # PL4 TT20
    F("tân thanh văn lãng đạt mấy tiêu chí rồi", "xa_met|xa_overview", ("19/19",)),  # PL4 TT17
    F("xã Đồng Thắng đình lập thiếu tiêu chí nào", "xa_lacking", ("10/19",)),  # PL5 TT7
    # no xã of TP Lạng Sơn other than Hoàng Đồng is in appendices 1-5
    F("xã Quảng Lạc đạt bao nhiêu tiêu chí", "xa_met|xa_overview|no_data", lacks=("19/19",)),
)

_LEADERS: tuple[F, ...] = (
    # ------------------------------------------- averages (PL6, PL7 for nâng cao)
    F("bq tc huyện văn quan", "average", ("12,25",)),
    F("binh quan tieu chi cua huyen chi lang la bao nhieu", "average", ("14,61",)),
    F("Lộc Bình bình quân mấy tc/xã", "average", ("11,89",)),
    F("Tràng Định bq bn tc", "average", ("13,24",)),
    F("bình quân tiêu chí/xã của Hữu Lũng", "average", ("14,13",)),
    F("bq tiêu chí nâng cao huyện Chi Lăng", "average", ("12,25",)),
    F("bq nc huyện Văn Lãng bao nhiêu", "average", ("7,43",)),
    F("toàn tỉnh bq tc ntm năm 2023 là bn", "average", ("13,38",)),
    F("huyện nào bình quân nâng cao thấp nhất", "ranking", ("4,75",)),
    # ------------------------------------------- counts per criterion (PL6 rows)
    F("tc 10 thu nhập toàn tỉnh bao nhiêu xã đạt", "criterion_count", ("90/181",)),
    F("tc 6 cơ sở vật chất văn hóa huyện Tràng Định mấy xã", "criterion_count", ("10/21",)),
    F("Bắc Sơn có mấy xã đạt tc môi trường", "criterion_count", ("11/17",)),
    F("tc y tế huyện Hữu Lũng bn xã đạt", "criterion_count", ("13/23",)),
    F("hữu lũng bao nhiêu xã đạt tc nghèo đa chiều", "criterion_count", ("14/23",)),
    F("văn lãng có mấy xã đạt tc điện", "criterion_count", ("12/16",)),
    F("tc 13 tổ chức sản xuất Bình Gia bao nhiêu xã", "criterion_count", ("3/18",)),
    F("tieu chi 15 y te toan tinh co may xa dat", "criterion_count", ("111/181",)),
    F("tỷ lệ xã đạt tc lao động toàn tỉnh", "criterion_count", ("68,5",)),
    # province_targets.csv tc 2: 92 in 2023, 10 more: 82 at end 2022
    F("hết năm 2022 cả tỉnh bao nhiêu xã đạt tc giao thông", "criterion_count", ("82",)),
    F("tc 17 toàn tỉnh năm 2023 tăng thêm mấy xã", "criterion_count|targets", ("10",)),
    F("tc nâng cao quy hoạch đình lập bn xã", "criterion_count", ("10",)),  # PL7 row 1
    # ------------------------------------------- rankings and comparisons
    F("huyện nào bq tc thấp nhất tỉnh", "ranking", ("Bình Gia", "10,72")),
    F("xếp hạng các huyện theo bq tiêu chí", "ranking", ("Bình Gia", "Đình Lập")),
    F("tiêu chí nào ít xã đạt nhất toàn tỉnh", "ranking|criterion_count|count", ("76",)),
    F("tc nào toàn tỉnh đạt 100% xã", "ranking|criterion_count|count", ("181",)),
    F("huyện nào có nhiều xã đạt tc trường học nhất", "ranking", ("12",)),  # PL6 row 5
    F("so sánh bq tc văn lãng với bình gia", "compare", ("13,38", "10,72")),
    F("cao lộc vs lộc bình bình quân huyện nào hơn", "compare", ("11,80", "11,89")),
    F("so sánh xã Lâm Ca và xã Nhân Lý", "compare", ("11", "10")),  # PL1 TT6, TT1
    F("bắc sơn với chi lăng tc giao thông bên nào nhiều xã đạt hơn", "compare", ("12", "10")),
    # ------------------------------------------- counts of xã, groups
    F("toàn tỉnh có bao nhiêu xã đạt chuẩn ntm hết 2022", "count|targets", ("85",)),
    F("bắc sơn có mấy xã đạt chuẩn ntm rồi", "count", ("10",)),  # ntm_xa_2022 Bắc Sơn 10
    F("huyện Văn Quan có bao nhiêu xã", "count", ("16",)),
    F("toàn tỉnh năm 2023 có tổng cộng bao nhiêu xã", "count|today_count", ("181",)),
    F("danh sách 10 xã đbkk", "group_members", ("Tân Tiến", "Quyết Thắng")),
    F("các xã phấn đấu đạt chuẩn năm 2023 gồm xã nào", "group_members", ("Nhân Lý", "Hồng Phong")),
    F("xã nào đăng ký nâng cao năm 2023", "group_members", ("Thượng Cường", "Châu Sơn")),
    F("tỉnh mình có mấy xã biên giới", "count|group_members", ("20",)),
    F("bq tc các xã biên giới bao nhiêu", "average|group_members", ("13,05",)),  # PL4 avg
    F("xã đbkk bình quân bao nhiêu tc", "average|group_members", ("8,8",)),  # PL5 avg
    F("các xã kiểu mẫu 2023", "group_members", ("Đồng Ý", "Hoàng Đồng")),  # PL3
    F("xã biên giới huyện Văn Lãng gồm những xã nào", "group_members", ("Tân Mỹ", "Thanh Long")),
    # ------------------------------------------- targets and funding
    F("kh 2023 thêm mấy xã ntm nâng cao vậy", "targets|count", ("5", "22")),
    F("mục tiêu bình quân tiêu chí năm 2023 là bao nhiêu", "targets", ("13", "14")),
    F("chỉ tiêu 2023 nâng tổng số xã ntm lên bao nhiêu", "targets|count", ("95",)),
    F("ocop 2023 mục tiêu mấy sản phẩm", "targets", ("15",)),
    F("xã biên giới phấn đấu bình quân bao nhiêu tc", "targets|average", ("15",)),
    F("vốn tín dụng năm 2023 bao nhiêu", "funding", ("3.000",)),
    F("tổng vốn ntm 2023 bn tỷ", "funding", ("5.103,888",)),
    F("vốn ngân sách đầu tư trực tiếp cho chương trình là bao nhiêu", "funding", ("406,982",)),
    F("nhân dân đóng góp bao nhiêu tiền cho ntm năm 2023", "funding", ("150",)),
    F("vốn huy động doanh nghiệp htx bn", "funding", ("80",)),
    F("2023 cứng hóa bao nhiêu km đường gtnt", "targets|criterion_info|criterion_count", ("350",)),
    # ------------------------------------------- English and abbreviations
    F("average criteria Loc Binh district", "average", ("11,89",)),
    F("how many communes meet the electricity criterion in Van Lang", "criterion_count", ("12",)),
    F("tc8 TTTT toàn tỉnh", "criterion_count|criterion_info", ("142",)),  # PL6 row 8
)

_TODAY_UNITS: tuple[F, ...] = (
    # ------------------------------------------- today's units (langson_2025_old_to_new.csv)
    F("hiện giờ tỉnh LS có bao nhiêu phường", "today_count", ("4",)),
    F("xã Đồng Thắng cũ nay thuộc xã nào", _BECAME, ("Châu Sơn",)),
    F("Yên Khoái sáp nhập vào xã nào", _BECAME, ("Mẫu Sơn",)),
    F("xa cao lau bay gio la xa gi", _BECAME, ("Ba Sơn",)),
    F("xã Ba Sơn gồm những xã cũ nào", "today_made_of", ("Cao Lâu", "Xuất Lễ")),
    F("Thụy Hùng mới gồm xã nào", "today_made_of", ("Trùng Khánh", "Thanh Long")),
    F("Châu Sơn bây giờ sáp nhập từ mấy xã", "today_made_of", ("Đồng Thắng", "Cường Lợi")),
    # merges: Tĩnh Bắc into Tam Gia on 01/12/2024
    F("Tĩnh Bắc tháng 12/2024 nhập vào đâu", _BECAME + "|today_history", ("Tam Gia",)),
    # Điềm He of today: Trấn Ninh (PL5 TT4 5/19), Liên Hội (PL1 TT9 8/19), Điềm He (PL2)
    F("xã Điềm He mới trước đây đạt bao nhiêu tc", "today_history", ("Liên Hội", "Trấn Ninh")),
    # langson_units_2024-12.csv: Văn Quan 14 xã after Đồng Giáp and Tràng Các joined Khánh Khê
    F(
        "sau sáp nhập tháng 12/2024 huyện Văn Quan còn mấy xã",
        "today_count|count",
        ("14",),
        lacks=("16 xã",),
    ),
    F("Hoàng Đồng giờ là phường hay xã", _BECAME, ("Tam Thanh",)),
    F("Khánh Xuân lộc bình nay thuộc đâu", _BECAME, ("Lộc Bình",)),
    F("xã Quốc Việt hiện nay gồm những xã nào", "today_made_of", ("Đào Viên",)),
    F("Thượng Cường giờ là xã gì", _BECAME, ("Bằng Mạc",)),
    F("bây giờ xã Nhân Lý rộng ra gồm mấy xã cũ", "today_made_of", ("Mai Sao", "Bắc Thủy")),
    F("lạng sơn bây giờ còn cấp huyện không", "today_count|today_where|no_data|help", ("61",)),
    # ------------------------------------------- the 2026-2030 set (criteria_2026_2030.md)
    F("tiêu chí ntm giai đoạn mới gồm mấy cái, kể tên giúp", "today_new_set", ("10", "Quy hoạch")),
    F("tc 3 bộ 2026-2030 tên là gì", "today_new_set", ("Phát triển kinh tế nông thôn",)),
    F("tc chuyển đổi số là tc số mấy trong bộ mới", "today_new_set", ("7",)),
    F("bộ tc mới do qđ nào ban hành", "today_new_set", ("51/2025",)),
    F("xã nhóm 1 theo bộ tiêu chí mới là xã như nào", "today_new_set|today_group", ("đô thị",)),
    F("chỉ tiêu thu nhập theo bộ tc 2026 2030 là bao nhiêu", "today_new_set", ("chưa nạp",)),
    F("xã Kháng Chiến mới thuộc nhóm mấy", "today_group", ("chưa nạp",)),
    F(
        "bộ tiêu chí giai đoạn 2021-2025 có bao nhiêu tiêu chí",
        "criterion_info|today_new_set",
        ("19",),
    ),
    F("bộ mới bao nhiêu chỉ tiêu vậy", "today_new_set", ("47",)),
    F("tieu chi moi 2026 bat dau ap dung khi nao", "today_new_set", ("15/02/2026",)),
)

_REPORTING: tuple[F, ...] = (
    # ------------------------------------------- reporting and reminders (README)
    F("e gui bao cao thang o dau", _RULES, _REGISTER),
    F("bc tháng này nộp muộn thì hạn cuối cùng là ngày nào", _RULES, (_LOCKS,)),
    F("phòng ban báo cáo theo quý hạn ngày nào", _RULES, (_QUARTER_DUE,)),
    F("bot có tự nhắc báo cáo không", "report_how|reminders|schedules", ("20",)),
    F("làm sao tắt thông báo nhắc", "report_how|help|forbidden", ("/nhacnho",)),
    F("tháng này đã có bao nhiêu xã nộp bc", "completeness", ("/61",)),
    F("xã Châu Sơn nộp báo cáo tháng này chưa", "completeness", ("Châu Sơn",)),
    F("tháng 6/2025 những xã nào chưa nộp báo cáo", "completeness", ("/175",)),
    F("tháng 10/2024 tiến độ bc huyện Hữu Lũng", "completeness", ("/23",)),
    F("bc tháng cần ghi những mục gì a", _RULES),
    F("ai duyệt báo cáo của xã vậy", _RULES),
    F("báo cáo gửi đi rồi mà sai số liệu thì sửa thế nào", _RULES),
    F("tc 15 y tế xã em đạt rồi nha", _REFUSED, _REGISTER),
    F("xã em xong tc nhà ở dân cư rồi, ghi nhận giúp em", _REFUSED, _REGISTER),
    F("gửi báo cáo tháng 11: xã đã hoàn thành 1,5 km đường bê tông", _REFUSED, _REGISTER),
    F("/capnhat tiêu chí 6", "forbidden", _REGISTER),
    F("muốn gửi báo cáo phải đăng ký gì không", _RULES + "|register", _REGISTER),
    F("xuất file excel tình hình xã mình", "forbidden", _REGISTER),
    F("mỗi tháng bot nhắc mấy lần", "report_how|reminders|schedules", ("20",)),
    F("báo cáo tháng 11 năm 2025 hạn ngày nào", _RULES, ("30/11/2025",)),
)

_FOLLOW_UPS: tuple[F, ...] = (
    # ------------------------------------------- the last message of a short chat
    F("còn đình lập thì s", "average", ("17,40",), before=("bq tc huyện Lộc Bình",)),
    F("thế còn tc 6 ạ", "criterion_count", ("12/17",), before=("tc 5 huyện Bắc Sơn bn xã đạt",)),
    F(
        "huyện Chi Lăng thì sao",
        "criterion_count",
        ("10/18",),
        before=("tc 5 huyện Bắc Sơn bn xã đạt",),
    ),
    F("thế còn Bắc Xa", "xa_lacking", ("5/19",), before=("Lâm Ca thiếu tc gì",)),
    F("nó thiếu những cái nào", "xa_lacking", ("9/19",), before=("xã Nhân Lý đạt mấy tc",)),
    F("còn tc nâng cao thì bao nhiêu", "average", ("7,43",), before=("bq tc huyện Văn Lãng",)),
    F("giờ nó thuộc xã nào", _BECAME, ("Kháng Chiến",), before=("Tân Minh tràng định thiếu gì",)),
    F(
        "so với mục tiêu thì sao",
        "targets|average",
        ("13",),
        before=("bình quân tc toàn tỉnh",),
    ),
    # PL4: 19 met by Xuất Lễ, Tú Mịch, Yên Khoái, Tam Gia, Tân Mỹ, Tân Thanh, Trùng Khánh
    F(
        "trong đó bao nhiêu xã đạt chuẩn rồi",
        "count|group_members",
        ("7",),
        before=("xã biên giới gồm những xã nào",),
    ),
    F("năm 2022 thì bao nhiêu", "criterion_count", ("82",), before=("tc 2 toàn tỉnh",)),
    F(
        "vốn tín dụng chiếm bao nhiêu %",
        "funding",
        ("58,8",),
        before=("tổng vốn ntm năm 2023",),
    ),
    F("cho hỏi bq tc huyện Bình Gia", "average", ("10,72",), before=("chào bot",)),
    F("cả tỉnh thì sao", "criterion_count", ("139/181",), before=("tc 9 nhà ở huyện Văn Quan",)),
    F("tc 11 là gì", "criterion_info", ("Nghèo đa chiều",), before=("Đội Cấn thiếu tc nào",)),
    F(
        "năm 2024 thì bao nhiêu",
        "no_data",
        lacks=("14,13",),
        before=("bq tc huyện Hữu Lũng",),
    ),
    F(
        "thế xã Tân Tiến cùng huyện",
        _XA,
        ("7/19",),
        before=("xã Quốc Khánh đạt bao nhiêu tiêu chí",),
    ),
    F(
        "huyện nào nhiều xã đạt tc đó nhất",
        "ranking",
        ("Hữu Lũng",),
        before=("tc 12 lao động toàn tỉnh",),
    ),
    F(
        "còn xã Thanh Long",
        "xa_lacking",
        ("10/19",),
        before=("xã Hội Hoan thiếu gì", "cảm ơn"),
    ),
    F(
        "thế giờ xã đó gồm những xã nào",
        "today_made_of",
        ("Tri Phương", "Đội Cấn"),
        before=("Đội Cấn nay thuộc xã nào",),
    ),
    F(
        "xã đó đạt chưa",
        _XA,
        ("Giao thông",),
        before=("tc 2 giao thông là gì", "Lâm Ca"),
    ),
    F(
        "thế còn huyện Bình Gia",
        "group_members|count|list",
        before=("xã biên giới huyện Cao Lộc",),
        lacks=("Mẫu Sơn",),
    ),  # PL4 has no xã of Bình Gia
    F("ok còn Văn Quan thì sao ạ", "average", ("12,25",), before=("bq tc Văn Lãng",)),
    F(
        "vậy năm 2023 phải làm tc nào",
        "xa_lacking|targets|xa_overview",
        ("2, 6, 8, 9, 11, 13, 15, 17",),
        before=("Lâm Ca đạt những tc nào",),
    ),
    F("tc đó huyện Lộc Bình bao nhiêu xã", "criterion_count", ("3/19",), before=("tc 5 là gì",)),
    F(
        "thế huyện thấp nhất",
        "ranking",
        ("Bình Gia",),
        before=("huyện nào bq tc cao nhất",),
    ),
    F(
        "còn bộ mới 2026-2030 thì tc 1 là gì",
        "today_new_set",
        ("Quy hoạch",),
        before=("tc 1 là gì",),
    ),
    F(
        "tháng trước thì sao",
        "completeness",
        ("/61",),
        before=("tháng này xã nào chưa nộp báo cáo",),
    ),
    F("dạ thế còn Tĩnh Bắc", "xa_lacking", ("10/19",), before=("Nhân Lý thiếu tiêu chí nào",)),
)

_CHAT: tuple[F, ...] = (
    # ------------------------------------------- greetings, thanks, help
    F("chào bot, chúc ngày mới tốt lành", "greet"),
    F("e chào a ạ", "greet"),
    F("cảm ơn bot nhiều nha, rất hữu ích", "greet"),
    F("ok thank e", "greet"),
    F("dạ vâng e nắm rồi", "greet"),
    F("tks nhiu nha", "greet"),
    F("con bot này làm được những việc gì", "help", ("/xa",)),
    F("hướng dẫn sử dụng bot với", "help", ("/xa",)),
    F("chào em, anh ở phòng NN huyện Bắc Sơn", "greet|help|district_overview"),
    F("cảm ơn nhé", "greet", before=("bq tc huyện Đình Lập",), lacks=("17,40",)),
    F("ukm", "greet|help"),
    F("hello bot, có ai không", "greet|help"),
)

_NO_DATA: tuple[F, ...] = (
    # ------------------------------------------- what the plan has no figure for
    F("dân số huyện Bắc Sơn bao nhiêu người", "no_data"),
    F("diện tích xã Nhân Lý bn km2", "no_data"),
    # only the province total is known (funding.csv): naming it beside "no per-xã figure" is right
    F("năm 2023 xã Tân Minh được giao bao nhiêu vốn", "no_data", ("không",)),
    F("bq tc toàn tỉnh năm 2027", "no_data", lacks=("13,38",)),
    F("kế hoạch ntm năm 2024 của tỉnh thế nào", "no_data"),
    F("năm 2025 bao nhiêu xã đạt chuẩn", "no_data", lacks=("95/181",)),
    F("thời tiết Đình Lập hôm nay", "unknown|no_data|help", lacks=("17,40",)),
    F("tỷ giá đô hôm nay", _NOTHING),
    F("ai là chủ tịch xã Lâm Ca", "no_data|unknown", lacks=("11/19",)),
    F("số hộ nghèo xã Tân Minh", "no_data", lacks=("7/19",)),
    F("thu nhập bình quân xã Bắc Xa bao nhiêu tr", "no_data", lacks=("28,6",)),
    F("hết 2024 huyện Chi Lăng có mấy xã đạt chuẩn", "no_data", lacks=("8 xã",)),
    F("tc 2 Cao Lộc năm 2026 bao nhiêu xã", "no_data", lacks=("10/20",)),
    F("lịch cúp điện tuần này", _NOTHING),
    F("viết giúp tôi báo cáo tổng kết ntm năm 2023", "unknown|help"),
    F("số điện thoại phòng nông nghiệp huyện Văn Lãng", "no_data|unknown|help"),
    F("có bao nhiêu thôn ở xã Đào Viên", "no_data", lacks=("10/19",)),
    F("xã Nhân Lý năm 2021 đạt mấy tc", "no_data", lacks=("10/19",)),
    F("kq bóng đá tối qua", _NOTHING),
    F("giá vật liệu xây dựng đường bê tông bao nhiêu 1 km", _NOTHING, lacks=("350",)),
)

ROWS: tuple[F, ...] = (
    _OWN_XA + _XA_PHONES + _LEADERS + _TODAY_UNITS + _REPORTING + _FOLLOW_UPS + _CHAT + _NO_DATA
)

# Rows the bot gets wrong: text -> its general cause (from the first run, rows as written).
GAPS: dict[str, str] = {
    # 'xã em' of a registered official is lost when the message names a criterion or another xã
    "xã em với xã Tân Minh thì bên nào nhiều tc hơn": "a comparison of 'xã em' with a named xã"
    " is not understood",
    "xã e giờ sáp nhập vô xã nào rồi bot": "'sáp nhập vô' ('vô' for 'vào') with 'xã e' is not"
    " understood: the sender's xã's unit of today is not given",
    "so với bình quân huyện thì xã em thế nào": "'xã em so với bình quân huyện' gives the xã's"
    " overview without its district's average to compare",
    "xã nào trong huyện còn ít tiêu chí nhất": "'trong huyện' from a district officer ranks the"
    " districts, not the xã of the officer's district",
    # the reporting path: questions and intents in words that are not the trained phrasings
    "báo cáo tháng 11 năm 2025 hạn ngày nào": "a named month of an earlier year that is this"
    " month's number gets this month's due day, the year dropped",
    "tháng trước thì sao": "'tháng trước thì sao' after a reporting-progress answer is not a"
    " follow-up of it",
    # follow-ups that drop the earlier measure or criterion
    "vậy năm 2023 phải làm tc nào": "'vậy năm 2023 phải làm tc nào' after a xã's met list"
    " ranks criteria instead of giving that xã's 2023 targets",
    "so với mục tiêu thì sao": "'so với mục tiêu' after an average gives the province overview,"
    " not the headline target (13-14 tiêu chí/xã)",
    # today's units: counts other than the 61 xã
    "sau sáp nhập tháng 12/2024 huyện Văn Quan còn mấy xã": "the number of a district's xã"
    " after December 2024 is not answered (the July 2025 successors instead)",
    # chat and off-topic
    "chào em, anh ở phòng NN huyện Bắc Sơn": "a greeting with a self-introduction naming a"
    " district is not understood",
    "giá vật liệu xây dựng đường bê tông bao nhiêu 1 km": "an off-topic price question is read"
    " as a unit name ('Gia Vat Lieu Xay Dung') instead of a polite 'not in the plan'",
}
