"""Fresh messages at the two extremes of how people type, written apart before being run.

(1) Very short messages: one or two words or a code-like form ("tc5?", "bq BG", "VQ tc 17",
"nc Bình Gia", "hết 2022 HL"), alone and as follow-ups inside short chats (F.before).
(2) Long voice-typed or run-on messages: no punctuation, filler ("dạ", "thưa anh", "cho em hỏi
cái", "à", "ờ"), southern and phonetic spellings ("dzậy", "hông", "zậy", "z", "nhiu", "bn",
"ntn", "j"), greetings and thanks around one real question, sometimes two questions.

Sources (each row's comment names its own):
- "PLn TTm" is appendix n, row m of store/data/kh18_2023/phu_luc_N.tsv (end of 2022 and the
  2023 plan); "PL6 <district>" the district's column of appendix 6 (rows 1-19 per criterion,
  "Tỷ lệ đạt bình quân" for the average); PL7 the same for nâng cao;
- district sizes: PL6 "Cộng" ÷ its average (TP 3, Tràng Định 21, Văn Lãng 16, Bình Gia 18,
  Bắc Sơn 17, Văn Quan 16, Cao Lộc 20, Lộc Bình 19, Đình Lập 10, Chi Lăng 18, Hữu Lũng 23);
- xã NTM by district at the end of 2022: store/data/ntm_xa_2022_by_district.csv (85 in all);
- province criterion totals and shares: store/data/province_targets.csv (I.2: added, total);
- headline targets: store/data/headline_targets.csv; funding: store/data/funding.csv;
- today's units: store/data/langson_units_2025-07_new.csv ("new: X", 65 units: 61 xã, 4
  phường), store/data/langson_2025_old_to_new.csv ("o2n: A -> B");
- the 2026-2030 set: store/data/criteria_2026_2030.csv (10 criteria, every indicator '?');
- reporting: README "Reporting cadence" (monthly for xã, /baocao, /capnhat, /dangky, /nhacnho).
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

_XA = "xa_official:06496"  # Nhân Lý (Chi Lăng), PL1 TT1
_LAM_CA = "xa_official:06640"  # Lâm Ca (Đình Lập), PL1 TT6
_DISTRICT = "district_officer:187"  # Chi Lăng
_COORDINATOR = "province_coordinator:20"
_XA_ASKED = "xa_met|xa_lacking|xa_overview"
_XA_NOW = "xa_met|xa_lacking|xa_overview|today_history"  # a name reused by a unit of today
_BECAME = "today_became|today_where"
_RULES = "report_how"
_REGISTER = ("/dangky",)

_SHORT_XA: tuple[F, ...] = (
    # ------------------------------------------- one xã, one or two words
    F("Nhân Lý sao rồi", _XA_NOW, ("10/19",)),  # PL1 TT1: 10 met
    F("Lâm Ca tc?", _XA_NOW, ("11/19",)),  # PL1 TT6: 11 met
    F("long dong bs", _XA_ASKED + "|today_became", ("Long Đống",)),  # PL1 TT4 (o2n -> Bắc Sơn)
    F("x Tĩnh Bắc", _XA_ASKED + "|today_became", ("9/19",)),  # PL1 TT2: 9 met
    F("Bảo Lâm thiếu?", "xa_lacking", ("12",)),  # PL1 TT5: 7 met, 12 to do
    F("thiếu j Lâm Ca", "xa_lacking", ("2, 6, 8, 9, 11, 13, 15, 17",)),  # PL1 TT6
    F("Kháng Chiến thiếu tc nào?", "xa_lacking|today_history", ("Kháng Chiến",)),  # PL1 TT7
    F("thiếu gì z", "unknown|help|xa_lacking"),  # no xã named: must not invent one
    F(
        "Thanh Long đạt j", "xa_met|xa_overview", ("9/19", "Lao động", "Thông tin")
    ),  # PL1 TT8: 8, 12 met
    F("liên hội đạt mấy", "xa_met|xa_overview|today_history", ("8/19",)),  # PL1 TT9
    F("hồng phong bg?", _XA_NOW, ("7/19",)),  # PL1 TT10 Hồng Phong (Bình Gia): 7 met
    F("Đồng Tiến HL", _XA_ASKED + "|today_became", ("8/19",)),  # PL1 TT3: 8 met
    F("xã Tân Văn", _XA_NOW, ("Tân Văn",)),  # PL2 TT4 (and new: Tân Văn)
    F("Tân Văn nc?", "xa_met|xa_overview|xa_lacking", ("7/19",)),  # PL2 TT4: 7 nc met
    F("điềm he nc thiếu", "xa_lacking", ("14",)),  # PL2 TT3: 5 nc met, 14 to do
    F("Thượng Cường NC", "xa_met|xa_overview|xa_lacking", ("6/19",)),  # PL2 TT1: 6 nc met
    F("khánh xuân nc đạt bn", "xa_met|xa_overview", ("10/19",)),  # PL2 TT2: 10 nc met
    F("Châu Sơn nc?", "xa_met|xa_overview|xa_lacking", ("5/19",)),  # PL2 TT5: 5 nc met
    F("Đồng Ý KM?", "xa_met|xa_overview|xa_lacking", ("Đồng Ý",)),  # PL3 TT1: 1 met, 2,3,4
    F("km hoàng đồng đạt mấy", "xa_met|xa_overview", ("1",)),  # PL3 TT2: 1 met
    F("Đội Cấn tđ?", _XA_ASKED + "|today_became", ("17/19",)),  # PL4 TT6: 17 met
    F("đội cấn thiếu", "xa_lacking", ("2, 11",)),  # PL4 TT6: 2, 11 left
    F("Bắc Xa ĐL", _XA_ASKED + "|today_became", ("14/19",)),  # PL4 TT10: 14 met
    F("bính xá thiếu?", "xa_lacking", ("2, 8, 11, 13, 15",)),  # PL4 TT11: 5 to do
    F("x.Thanh Lòa tc", _XA_ASKED + "|today_became", ("8/19",)),  # PL4 TT8: 8 met
    F("thụy hùng VL", _XA_NOW, ("7/19",)),  # PL4 TT18: 7 met
    F("đào viên tc13?", "xa_met", ("13",)),  # PL4 TT7: 13 met
    F("Tân Minh tc 2?", "xa_met", ("chưa",)),  # PL4 TT9: 3,7,8,9,14,15,19 met; 2 not
    F("xuất lễ đạt chuẩn chưa z", "xa_met|xa_overview|today_became", ("19/19",)),  # PL4 TT2
    F("Hoa Thám BG?", _XA_NOW, ("Hoa Thám",)),  # PL5 TT2: counted 4 met (and new: Hoa Thám)
    F("trấn ninh thiếu", "xa_lacking", ("Trấn Ninh",)),  # PL5 TT4: 5 met
    F("Đồng Thắng đạt?", "xa_met|xa_overview", ("9/19",)),  # PL5 TT7: 9 met
    F("hội hoan tc 15", "xa_met", ("chưa",)),  # PL5 TT8: 15 not met (a 2023 target)
    F("quyết thắng HL thiếu mấy", "xa_lacking", ("11",)),  # PL5 TT10: 8 met -> 11 not
    F("tân tiến TĐ?", _XA_NOW, ("7/19",)),  # PL5 TT1: 7 met
    # PL4 TT8 Quốc Khánh: 2023 targets 7, 10, 15, 18
    F("Quốc Khánh 2023 làm tc nào", "xa_lacking|xa_overview|targets", ("7, 10, 15, 18",)),
    F("Cao Lâu tc?", _XA_ASKED + "|today_became", ("9/19",)),  # PL4 TT3: 9 met
    F("mẫu sơn LB", _XA_NOW, ("9/19",)),  # PL4 TT14 Mẫu Sơn (Lộc Bình): 9 met
    F("mẫu sơn CL", _XA_NOW, ("5/19",)),  # PL4 TT1 Mẫu Sơn (Cao Lộc): 5 met
)

_SHORT_DISTRICT: tuple[F, ...] = (
    # ------------------------------------------- a district's figures in a few keystrokes
    # "BG" is both Bình Gia (PL6 10,72) and biên giới (PL4): a right reply names both
    F("bq BG", "average", ("Bình Gia", "biên giới")),
    F("bq VQ?", "average", ("12,25",)),  # PL6 Văn Quan
    F("bq HL", "average", ("14,13",)),  # PL6 Hữu Lũng
    F("bq ĐL", "average", ("17,40",)),  # PL6 Đình Lập
    F("bq tỉnh?", "average", ("13,38",)),  # PL6 Tổng cộng
    # "CL" is both Chi Lăng and Cao Lộc: a right reply names both (or asks which)
    F("bq CL", "average|unknown", ("Chi Lăng", "Cao Lộc")),
    F("bq Cao Lộc?", "average", ("11,80",)),  # PL6 Cao Lộc
    F("chi lăng bq", "average", ("14,61",)),  # PL6 Chi Lăng
    F("bq tràng định nc", "average", ("11,67",)),  # PL7 Tràng Định
    F(
        "nc Bình Gia", "average|group_members|count|district_overview", ("4,75",)
    ),  # PL7 Bình Gia: 38 ÷ 8
    F("nc bq VL", "average", ("7,43",)),  # PL7 Văn Lãng
    F("nc bq tỉnh", "average", ("8,99",)),  # PL7 Tổng cộng
    F("nc HL", "average|count|district_overview", ("12,00",)),  # PL7 Hữu Lũng
    F("VQ tc 17", "criterion_count", ("7/16",)),  # PL6 row 17 Văn Quan
    F("BS tc 5", "criterion_count", ("12/17",)),  # PL6 row 5 Bắc Sơn
    F("tc 6 VL", "criterion_count", ("4/16",)),  # PL6 row 6 Văn Lãng
    F("tc2 HL", "criterion_count", ("12/23",)),  # PL6 row 2 Hữu Lũng
    F("Lộc Bình tc 11?", "criterion_count", ("7/19",)),  # PL6 row 11 Lộc Bình
    F("tc 13 tràng định", "criterion_count", ("13/21",)),  # PL6 row 13 Tràng Định
    F("đình lập tc 9", "criterion_count", ("8/10",)),  # PL6 row 9 Đình Lập
    F("cao lộc tc10", "criterion_count", ("4/20",)),  # PL6 row 10 Cao Lộc
    F("tc 16 chi lăng?", "criterion_count", ("18/18",)),  # PL6 row 16 Chi Lăng
    F("tc5?", "criterion_info|criterion_count", ("Trường học",)),  # criteria.csv 5; PL6
    F("tc 17 la gi", "criterion_info", ("Môi trường",)),  # criteria.csv 17
    F("tc13 toàn tỉnh", "criterion_count", ("87/181",)),  # province_targets 13
    F("tc 6 cả tỉnh %", "criterion_count", ("76/181", "42")),  # province_targets 6
    F("tc 10 tỉnh bn xã", "criterion_count", ("90/181",)),  # province_targets 10
    F("hết 2022 HL", "count|average|district_overview", ("Hữu Lũng",)),
    F("hết 2022 tc 5 tỉnh", "criterion_count", ("71",)),  # province_targets 5: 81 - 10
    F("hết 2022 tc 9", "criterion_count", ("129",)),  # province_targets 9: 139 - 10
    F("2022 tc 18 bn xã", "criterion_count", ("119",)),  # province_targets 18: 129 - 10
    F("ntm BS", "count|district_overview", ("10",)),  # ntm_xa_2022: Bắc Sơn 10
    F("TĐ mấy xã ntm", "count", ("9",)),  # ntm_xa_2022: Tràng Định 9
    F("HL bn xã", "count", ("23",)),  # PL6: 325 ÷ 14.13
    F("VQ có bn xã", "count", ("16",)),  # PL6: 196 ÷ 12.25
    F("ntm toàn tỉnh bn", "count|district_overview", ("85",)),  # ntm_xa_2022: 85
    F("Bình Gia ntm mấy xã?", "count", ("8",)),  # ntm_xa_2022: Bình Gia 8
    F("tổng quan BG", "district_overview|average|group_members", ("Bình Gia", "biên giới")),
)

_SHORT_RANK_GROUP: tuple[F, ...] = (
    # ------------------------------------------- rankings and groups, terse
    F("top3", "ranking|unknown|help"),  # nothing ranked named: no made-up ranking required
    F("top 3 bq", "ranking", ("19,00", "17,40", "15,29")),  # PL6: TP, Đình Lập, Bắc Sơn
    F("top 2 huyện nc", "ranking", ("19,00", "12,25"), lacks=("4,75",)),  # PL7: TP, Chi Lăng
    F("huyện bét bq", "ranking", ("Bình Gia", "10,72")),  # PL6 lowest
    F("bq thấp nhất?", "ranking", ("10,72",)),  # PL6 Bình Gia
    F("bq cao nhất", "ranking", ("19,00",)),  # PL6 Thành phố
    F("tc yếu nhất tỉnh", "ranking", ("76/181",)),  # province_targets: tc 6 76 is the lowest
    F("tc 5 huyện nào thấp nhất", "ranking", ("Lộc Bình",)),  # PL6 row 5: Văn Lãng 3/16,
    # Lộc Bình 3/19 -> 15,8% lowest share (Cao Lộc 4/20 = 20%, Văn Lãng 18,8%)
    F("VQ xếp mấy", "ranking", ("8/11",)),  # PL6: 12,25 is 8th of 11
    F("xã ĐBKK thấp nhất", "ranking", ("Hoa Thám",)),  # PL5 TT2: 4 met
    F("xã bg cao nhất", "ranking", ("19",)),  # PL4: several at 19/19
    F("ds bg", "group_members", ("Đội Cấn", "Trùng Khánh")),  # PL4 TT6, TT20
    F("ds đbkk", "group_members", ("Tân Tiến", "Quyết Thắng")),  # PL5 TT1, TT10
    F("ds nc 2023", "group_members", ("Thượng Cường", "Châu Sơn")),  # PL2 TT1, TT5
    F("KM 2023", "group_members|targets|count", ("Đồng Ý", "Hoàng Đồng")),  # PL3
    F("10 xã về đích?", "group_members", ("Nhân Lý", "Hồng Phong")),  # PL1 TT1, TT10
    F("bg Cao Lộc", "group_members|count", ("Mẫu Sơn", "Bảo Lâm")),  # PL4 TT1-5
    F("bg TĐ", "group_members|count", ("Đội Cấn", "Tân Minh")),  # PL4 TT6-9
    F("đbkk LB", "group_members", ("Tĩnh Bắc",)),  # PL5 TT6
    F("mấy xã nc", "count|group_members|targets", ("5",)),  # PL2: 5 xã
    F("bg bn xã", "count|group_members", ("20",)),  # PL4: 20
    F("bq bg 2023", "average", ("16,65",)),  # PL4 Bình quân, kế hoạch 2023
    F("bq đbkk", "average", ("8,8",)),  # PL5 Bình quân 8.8 (2022)
    F("đbkk kh 2023 bq", "average", ("12,6",)),  # PL5 Bình quân 12.6 (2023 plan)
)

_SHORT_PLAN: tuple[F, ...] = (
    # ------------------------------------------- targets, funding, today, 2026-2030, reporting
    F("chỉ tiêu 2023?", "targets", ("95",)),  # headline_targets ntm_xa_total 95
    F("ct nc 2023", "targets|count", ("22",)),  # headline_targets nang_cao_total 22
    F("ocop?", "targets", ("15",)),  # headline_targets ocop_products 15
    F("mt bq tc 2023", "targets|average", ("13",)),  # headline_targets avg 13-14
    F("vốn?", "funding", ("5.103,888",)),  # funding line 0
    F("vốn tín dụng bn", "funding", ("3.000",)),  # funding line 4
    F("vốn dân góp bn", "funding", ("150",)),  # funding line 5
    F("von dn", "funding", ("80",)),  # funding line 3
    F("vốn trực tiếp %", "funding", ("8,0%",)),  # funding line 1
    F("thủy lợi ct 2023", "targets|criterion_count", ("60",)),  # plan_i2_figures 3: 60 works
    F("bn xã hiện nay", "today_count", ("61",)),  # new: 61 xã
    F("đv cấp xã nay?", "today_count", ("65",)),  # new: 65 units
    F("mấy phường", "today_count", ("4",)),  # new: 4 phường
    F("Tĩnh Bắc giờ?", _BECAME, ("Khuất Xá",)),  # m24 -> Tam Gia; o2n Tam Gia -> Khuất Xá
    F("Long Đống nay", _BECAME, ("Bắc Sơn",)),  # o2n: Long Đống -> Xã Bắc Sơn
    F("lâm ca giờ thuộc đâu z", _BECAME, ("Thái Bình",)),  # o2n: Lâm Ca -> Thái Bình
    F("Ba Sơn gồm?", "today_made_of", ("Cao Lâu", "Xuất Lễ")),  # new: Ba Sơn
    F("Khuất Xá gồm xã nào", "today_made_of", ("Tam Gia",)),  # new: Khuất Xá
    F("bộ tc mới?", "today_new_set", ("10",)),  # criteria_2026_2030.csv: 10 criteria
    F("tc 2026-2030", "today_new_set", ("10",)),  # criteria_2026_2030.csv
    F("tc 3 bộ mới", "today_new_set", ("Phát triển kinh tế nông thôn",)),  # criteria 3
    F("hạn bc?", _RULES + "|completeness", ("cuối tháng",)),  # README: month's last day
    F("bc ntn", _RULES, ("/baocao",)),  # README: /baocao
    F("đk ntn", _RULES + "|register|help", _REGISTER),  # README: /dangky
    F("/baocao nha", "flow_step|period_confirm|forbidden|report_how"),
    F("nộp bc chưa?", "completeness", ("Nhân Lý",), who=_XA),
    F("xã nào chưa bc", "completeness", ("0/61",), who=_COORDINATOR),  # nobody reported yet
    F("hi bot ơi", "greet"),
    F("tks bot nhé", "greet"),
    F("ơ kìa?", "help|unknown"),
)

_SHORT_FOLLOW: tuple[F, ...] = (
    # ------------------------------------------- terse follow-ups inside short chats
    F("còn BG?", "average", ("10,72",), before=("bq Văn Quan",)),  # PL6 Bình Gia
    F("VL?", "average", ("13,38",), before=("bq tc Bắc Sơn",)),  # PL6 Văn Lãng
    F("HL thì", "average", ("14,13",), before=("bq Chi Lăng",)),  # PL6 Hữu Lũng
    F("nâng cao thì", "average", ("12,25",), before=("bq Chi Lăng",)),  # PL7 Chi Lăng
    F(
        "thế Lâm Ca",
        "xa_lacking|today_history",
        ("2, 6, 8, 9, 11, 13, 15, 17",),
        before=("Nhân Lý thiếu tc gì",),
    ),  # PL1 TT6
    F("còn Tĩnh Bắc", "xa_met|xa_overview", ("9/19",), before=("Long Đống đạt mấy tc",)),
    F("tc 5?", "criterion_count", ("4/20",), before=("Cao Lộc tc 17",)),  # PL6 row 5 Cao Lộc
    F("Lộc Bình?", "criterion_count", ("9/19",), before=("tc 17 Văn Quan bn xã",)),  # PL6 r17
    F("cả tỉnh thì", "criterion_count", ("90/181",), before=("tc 17 Chi Lăng",)),  # I.2 tc 17
    F("2022?", "criterion_count", ("80",), before=("tc 17 toàn tỉnh",)),  # I.2 tc 17: 90 - 10
    F("lấy top 3", "ranking", ("19,00", "17,40", "15,29"), before=("bq các huyện",)),  # PL6
    F("thấp nhất?", "ranking", ("Hoa Thám",), before=("ds xã đbkk",)),  # PL5 TT2: 4
    F("bn xã?", "count|group_members", ("20",), before=("ds xã biên giới",)),  # PL4
    F(
        "thiếu gì nữa",
        "xa_lacking",
        ("2, 4, 5, 6, 7, 10, 13, 15, 17",),
        before=("Nhân Lý đạt mấy tc",),
    ),  # PL1 TT1
    F(
        "đạt những tc nào",
        "xa_met",
        ("10/19", "1. Quy hoạch", "4. Điện", "18. Hệ thống chính trị"),
        before=("Long Đống thiếu mấy tc",),
    ),  # PL1 TT4
    F("giờ thuộc đâu", _BECAME, ("Thái Bình",), before=("Lâm Ca đạt mấy tc",)),  # o2n
    F("gồm xã nào", "today_made_of", ("Tam Gia",), before=("Khuất Xá ở đâu",)),  # new
    F("mấy %", "criterion_count", ("49,7%",), before=("tc 17 toàn tỉnh bn xã",)),  # I.2 tc 17
    F("ok tks", "greet", before=("bq Bình Gia",)),
    F("ủa sao thấp z", "about|unknown|average|help", before=("bq Bình Gia",)),
    F("tc 2?", "xa_met", ("chưa",), before=("Lâm Ca",)),  # PL1 TT6: 2 not met
    F("còn tc 5", "xa_met", ("đã đạt",), before=("Lâm Ca đạt tc 4 chưa",)),  # PL1 TT6: 5 met
    F("còn nc thì sao z", "average", ("4,75",), before=("bq Văn Quan",)),  # PL7 Văn Quan
    F("kh 2023?", "criterion_count", ("124/181",), before=("tc 12 toàn tỉnh hết 2022",)),
    F("ĐL thì", "criterion_count", ("10/10",), before=("tc 12 lao động Chi Lăng",)),  # PL6
    F("tín dụng?", "funding", ("3.000",), before=("tổng vốn ntm 2023",)),  # funding 4
    F("còn dn", "funding", ("80",), before=("vốn dân góp bao nhiêu",)),  # funding 3
    F("ĐL?", "count", ("8",), before=("Cao Lộc bao nhiêu xã ntm",)),  # ntm_xa_2022 Đình Lập 8
    F("nc thì?", "count|targets", ("22",), before=("chỉ tiêu xã ntm 2023",)),  # headline 22
    F("cao lộc nữa", "group_members|count", ("Thanh Lòa",), before=("ds xã biên giới Văn Lãng",)),
)

_VOICE: tuple[F, ...] = (
    # ------------------------------------------- long voice-typed, run-on, regional spelling
    # PL1 TT1 Nhân Lý: 9 left
    F(
        "dạ alo bot ơi cho em hỏi cái xã nhân lý bên chi lăng á hiện giờ nó còn thiếu mấy "
        "cái tiêu chí dzậy anh em cảm ơn",
        "xa_lacking|today_history",
        ("9",),
    ),
    # PL1 TT6 Lâm Ca: 11 met
    F(
        "thưa anh em ở đình lập ạ cho em hỏi là xã lâm ca hết năm 2022 đạt bao nhiêu tiêu chí "
        "rồi ạ em cảm ơn anh nhiều",
        _XA_NOW,
        ("11/19",),
    ),
    # PL1 TT4 Long Đống lacks 2,5,6,9,11,12,13,15,17
    F(
        "ờ bot ơi long đống bắc sơn còn thiếu những tiêu chí nào dzậy nói giùm em với",
        "xa_lacking",
        ("2, 5, 6, 9, 11, 12, 13, 15, 17",),
    ),
    # PL1 TT2 Tĩnh Bắc targets 1,2,5,6,11,12,13,15,17,18
    F(
        "chào anh à em muốn hỏi xã tĩnh bắc lộc bình năm 2023 phấn đấu đạt thêm tiêu chí gì "
        "hông anh",
        "xa_lacking|targets|xa_overview",
        ("1, 2, 5, 6, 11, 12, 13, 15, 17, 18",),
    ),
    # PL1 TT5 Bảo Lâm: 7 met
    F("bảo lâm cao lộc đạt nhiu tiêu chí rồi z anh", "xa_met|xa_overview|today_became", ("7/19",)),
    # PL1 TT8 Thanh Long: tc 5 not met
    F(
        "cho em hỏi cái xã thanh long văn lãng á tiêu chí trường học đạt chưa zậy",
        "xa_met",
        ("chưa",),
    ),
    # PL1 TT7 Kháng Chiến: tc 10 met
    F(
        "dạ em chào anh xã kháng chiến tràng định tiêu chí thu nhập đã đạt hay chưa ạ em cảm ơn",
        "xa_met|today_history",
        ("đã đạt",),
    ),
    # PL2 TT4 Tân Văn nc met 2,3,4,7,9,16,19
    F(
        "anh ơi xã tân văn bình gia nâng cao đạt những tiêu chí nào rồi dzậy",
        "xa_met|xa_overview",
        ("7/19", "Giao thông", "Điện"),
    ),
    # PL2 TT3 Điềm He nc: 5 met
    F(
        "ờ à cho hỏi cái điềm he văn quan nâng cao được mấy tiêu chí rồi",
        "xa_met|xa_overview",
        ("5/19",),
    ),
    # PL3 Đồng Ý targets 2,3,4
    F(
        "bot ơi xã đồng ý bắc sơn làm kiểu mẫu năm 2023 phải làm thêm mấy tiêu chí dzậy",
        "xa_lacking|targets|xa_overview",
        ("2, 3, 4",),
    ),
    # PL4 TT6 Đội Cấn: 17 met
    F(
        "em hỏi xíu xã đội cấn tràng định đạt mấy tiêu chí rồi hông biết đạt chuẩn chưa",
        _XA_ASKED + "|today_became",
        ("17/19",),
    ),
    # PL4 TT10 Bắc Xa lacking 2, 6, 8, 13, 15 (met 1,3,4,5,7,9,10,11,12,14,16,17,18,19)
    F(
        "dạ thưa anh xã bắc xa đình lập còn thiếu tiêu chí nào nữa dạ",
        "xa_lacking",
        ("5/19", "Giao thông", "Y tế"),
    ),
    # PL5 TT8 Hội Hoan: 8 met
    F("alo alo xã hội hoan văn lãng nay đạt nhiu tiêu chí rồi anh", _XA_NOW, ("8/19",)),
    # PL5 TT7 Đồng Thắng targets 2, 5, 18
    F(
        "à cho em hỏi đồng thắng đình lập năm 2023 đăng ký làm tiêu chí nào z",
        "xa_lacking|targets|xa_overview",
        ("2, 5, 18",),
    ),
    # PL5 TT10 Quyết Thắng tc 9 met
    F("quyết thắng hữu lũng tiêu chí nhà ở dân cư đạt chưa dzậy anh", "xa_met", ("đã đạt",)),
    # PL5 TT4 Trấn Ninh 5 met
    F(
        "ờ trấn ninh văn quan được mấy tiêu chí z anh ơi em cảm ơn",
        _XA_NOW + "|today_became",
        ("5/19",),
    ),
    # PL6 Bình Gia average
    F(
        "dạ chào anh em là cán bộ huyện bình gia em muốn hỏi bình quân tiêu chí trên xã của "
        "huyện em là bao nhiêu ạ",
        "average",
        ("10,72",),
    ),
    # PL6 Văn Quan average
    F("bình quân văn quan được nhiu tiêu chí một xã dzậy anh", "average", ("12,25",)),
    # PL6 Tổng cộng
    F(
        "cho em hỏi cái bình quân tiêu chí toàn tỉnh mình năm 2023 là bao nhiêu hông anh",
        "average",
        ("13,38",),
    ),
    # PL7 Chi Lăng nc average
    F("ờ anh ơi nâng cao chi lăng bình quân mấy tiêu chí zậy", "average", ("12,25",)),
    # PL7 Bắc Sơn nc
    F(
        "thưa anh cho em hỏi bình quân tiêu chí nâng cao của huyện bắc sơn là nhiu",
        "average",
        ("9,00",),
    ),
    # PL6 Lộc Bình 11,89 and Cao Lộc 11,80
    F(
        "dạ anh ơi lộc bình với cao lộc huyện nào bình quân cao hơn dzậy",
        "compare",
        ("11,89", "11,80"),
    ),
    # PL6 row 17 Hữu Lũng 11/23
    F(
        "hữu lũng có bao nhiêu xã đạt tiêu chí môi trường rồi anh hông biết",
        "criterion_count",
        ("11/23",),
    ),
    # PL6 row 2 Bình Gia 4/18
    F(
        "à cho em hỏi tiêu chí giao thông bình gia được mấy xã đạt rồi zậy anh",
        "criterion_count",
        ("4/18",),
    ),
    # PL6 row 15 Tràng Định 11/21
    F("tràng định tiêu chí y tế có nhiu xã đạt z", "criterion_count", ("11/21",)),
    # I.2 tc 11: 83/181, 45,9%
    F(
        "dạ cho em hỏi toàn tỉnh có bao nhiêu xã đạt tiêu chí nghèo đa chiều chiếm bao nhiêu "
        "phần trăm ạ",
        "criterion_count",
        ("83/181", "45,9%"),
    ),
    # I.2 tc 5: 81/181
    F("cả tỉnh tiêu chí trường học được nhiu xã rồi anh ơi", "criterion_count", ("81/181",)),
    # ntm_xa_2022: Chi Lăng 8
    F(
        "thưa anh huyện chi lăng mình đến hết năm 2022 có mấy xã đạt chuẩn nông thôn mới rồi ạ",
        "count",
        ("8",),
    ),
    # ntm_xa_2022 total 85; 85/181 = 47,0%
    F(
        "anh ơi hết năm 2022 toàn tỉnh bao nhiêu xã nông thôn mới chiếm bao nhiêu phần trăm dzậy",
        "count",
        ("85", "47,0%"),
    ),
    # PL6 lowest: Bình Gia
    F(
        "dạ bot cho em hỏi huyện nào bình quân tiêu chí thấp nhất tỉnh dzậy",
        "ranking",
        ("Bình Gia",),
    ),
    # PL6: Chi Lăng 14,61 is 4th (19,00; 17,40; 15,29; 14,61)
    F("huyện chi lăng đứng thứ mấy trong tỉnh về bình quân tiêu chí hả anh", "ranking", ("4/11",)),
    # PL4 lowest: Mẫu Sơn (Cao Lộc) 5
    F("ờ trong hai chục xã biên giới xã nào thấp điểm nhất dzậy anh", "ranking", ("Mẫu Sơn",)),
    # PL5 list
    F(
        "cho em xin cái danh sách mười xã đặc biệt khó khăn với anh ơi",
        "group_members",
        ("Tân Tiến", "Hoa Thám", "Quyết Thắng"),
    ),
    # PL2 list
    F(
        "dạ mấy xã phấn đấu nâng cao năm 2023 là những xã nào dzậy anh",
        "group_members",
        ("Thượng Cường", "Khánh Xuân", "Điềm He", "Tân Văn", "Châu Sơn"),
    ),
    # PL4 TT16, TT17, TT18: Văn Lãng border xã
    F(
        "xã biên giới bên văn lãng có những xã nào hông anh",
        "group_members",
        ("Tân Mỹ", "Tân Thanh", "Thụy Hùng"),
    ),
    # headline_targets ntm_xa_added 10, total 95
    F(
        "thưa anh năm 2023 tỉnh mình phấn đấu thêm bao nhiêu xã đạt chuẩn dzậy ạ",
        "targets|count",
        ("10", "95"),
    ),
    # headline_targets kieu_mau_added 2
    F("kiểu mẫu năm nay chỉ tiêu mấy xã z anh", "targets|count|group_members", ("2",)),
    # funding line 0
    F(
        "dạ cho em hỏi tổng vốn làm nông thôn mới năm 2023 của tỉnh là nhiu tỷ dzậy anh",
        "funding",
        ("5.103,888",),
    ),
    # funding line 2
    F("vốn lồng ghép chiếm bao nhiêu phần trăm zậy anh ơi", "funding", ("28,7%",)),
    # plan_i2_figures 10: 28,6 million
    F(
        "ờ thu nhập bình quân nông thôn năm 2023 phấn đấu đạt nhiu triệu dzậy",
        "targets",
        ("28,6",),
    ),
    # plan_i2_figures 2: 350 km
    F("năm nay cứng hóa thêm bao nhiêu cây số đường hông anh", "targets", ("350",)),
    # new: 61 xã, 4 phường
    F(
        "dạ anh cho em hỏi từ tháng bảy năm 2025 tỉnh lạng sơn còn bao nhiêu xã bao nhiêu "
        "phường dzậy",
        "today_count",
        ("61", "4"),
    ),
    # o2n: Đào Viên -> Quốc Việt
    F("xã đào viên cũ của em bây giờ sáp nhập vô xã nào rồi hả anh", _BECAME, ("Quốc Việt",)),
    # o2n: Hoàng Đồng -> Phường Tam Thanh
    F("ờ hoàng đồng giờ thành phường j rồi z", _BECAME, ("Tam Thanh",)),
    # new: Điềm He = Trấn Ninh + Liên Hội + Điềm He
    F(
        "anh ơi xã điềm he mới bây giờ là gộp mấy xã nào lại dzậy",
        "today_made_of",
        ("Trấn Ninh", "Liên Hội"),
    ),
    # criteria_2026_2030.csv: 10 criteria
    F(
        "dạ thưa anh bộ tiêu chí nông thôn mới giai đoạn hai không hai sáu hai không ba mươi "
        "có mấy tiêu chí dzậy ạ",
        "today_new_set|unknown",
        ("10",),
    ),
    F("bộ tiêu chí mới 2026 2030 có mấy tiêu chí hông anh em cảm ơn", "today_new_set", ("10",)),
    # criteria_2026_2030.csv 8
    F(
        "tiêu chí số 8 bộ mới 2026 2030 là tiêu chí j z anh",
        "today_new_set",
        ("Môi trường và cảnh quan nông thôn",),
    ),
    # README reporting: monthly, /baocao
    F(
        "dạ anh ơi xã em báo cáo tháng thì gửi ở đâu làm sao gửi dzậy anh chỉ em với",
        _RULES,
        ("/baocao",),
    ),
    F(
        "ờ hạn nộp báo cáo tháng là ngày nào dzậy anh em sợ trễ",
        _RULES + "|completeness",
        ("cuối tháng",),
    ),
    F(
        "em chưa có tài khoản thì đăng ký làm sao hả anh hướng dẫn em với",
        _RULES + "|register",
        _REGISTER,
    ),
    F("muốn cập nhật xã em đạt thêm tiêu chí thì làm ntn dzậy anh", _RULES, ("/capnhat",)),
    F("bot ơi tắt cái nhắc nhở báo cáo đi được hông", "reminders_off|" + _RULES, who=_XA),
    F("dạ xã em nộp báo cáo tháng này chưa dzậy anh", "completeness", ("Lâm Ca",), who=_LAM_CA),
    # two questions in one message: both must be answered (PL6 Bắc Sơn 15,29, Văn Lãng 13,38)
    F(
        "cho em hỏi bình quân bắc sơn bao nhiêu rồi còn văn lãng bao nhiêu nữa dzậy anh",
        "average|compare",
        ("15,29", "13,38"),
    ),
    # PL1 TT1 Nhân Lý 10 met, PL1 TT6 Lâm Ca 11 met
    F(
        "nhân lý đạt mấy tiêu chí còn lâm ca đạt mấy tiêu chí zậy anh",
        _XA_NOW + "|compare",
        ("Nhân Lý", "10", "Lâm Ca", "11"),
    ),
    # PL6 Bình Gia 10,72; ntm_xa_2022 Bình Gia 8
    F(
        "bình gia bình quân nhiu tiêu chí với có mấy xã ntm rồi anh",
        "average|count|district_overview",
        ("10,72", "8"),
    ),
    # greeting and thanks around a question: PL6 row 19 Đình Lập 10/10
    F(
        "chào buổi sáng anh ạ chúc anh một ngày tốt lành cho em hỏi đình lập tiêu chí quốc "
        "phòng an ninh được mấy xã đạt dạ em cảm ơn anh nhiều nha",
        "criterion_count",
        ("10/10",),
    ),
    F(
        "chào anh em mới vô làm ở xã nên chưa biết gì hết bot này hỏi được những gì dzậy anh",
        "help|about|greet",
    ),
    F("dạ em cảm ơn anh nhiều lắm nha chúc anh sức khỏe", "greet"),
    # phonetic and southern spellings, without diacritics
    F("cho e hoi xa lam ca thieu tieu chi j dzay", "xa_lacking", ("2, 6, 8, 9, 11, 13, 15, 17",)),
    F("bq tieu chi huyen dinh lap la bn z anh", "average", ("17,40",)),  # PL6 Đình Lập
    F("tc giao thong toan tinh nhiu xa dat roi hong anh", "criterion_count", ("92/181",)),
    F("huyen nao nhieu xa ntm nhat z", "ranking", ("Bắc Sơn",)),  # ntm_xa_2022: Bắc Sơn 10
    F("von tin dung chiem nhiu phan tram dzay", "funding", ("58,8%",)),  # funding line 4
    F("xa tan tien trang dinh dat may tc roi ha anh", _XA_NOW, ("7/19",)),  # PL5 TT1
    F(
        "thua anh hoa tham binh gia thieu nhung tc nao a",
        "xa_lacking|today_history",
        ("Hoa Thám",),
    ),  # PL5 TT2
    F("cho em hoi cai ds xa bien gioi cao loc voi", "group_members", ("Xuất Lễ", "Thanh Lòa")),
    F("ua bot oi tc 14 ca tinh dat het chua z", "criterion_count", ("181/181",)),  # I.2 tc 14
    F("bao cao thang nop truoc ngay nao dzay anh", _RULES + "|completeness", ("cuối tháng",)),
    F("tinh minh gio con bn xa z anh", "today_count", ("61",)),  # new: 61 xã
    F("dao vien cu gio thuoc xa nao z", _BECAME, ("Quốc Việt",)),  # o2n
)

_VOICE_FOLLOW: tuple[F, ...] = (
    # ------------------------------------------- run-on follow-ups in 2-3 message chats
    F(
        "dạ còn huyện cao lộc thì bình quân nhiu dzậy anh",
        "average",
        ("11,80",),
        before=("bình quân tiêu chí huyện lộc bình",),
    ),  # PL6 Cao Lộc
    F(
        "ờ rồi còn xã tĩnh bắc thì thiếu những cái nào nữa anh",
        "xa_lacking",
        ("1, 2, 5, 6, 11, 12, 13, 15, 17, 18",),
        before=("xã nhân lý thiếu tiêu chí gì",),
    ),
    F(
        "dạ thế còn nâng cao thì bình quân bao nhiêu hông anh",
        "average",
        ("7,00",),
        before=("bình quân tiêu chí huyện lộc bình",),
    ),  # PL7 Lộc Bình
    F(
        "à anh ơi thế còn năm 2022 thì bao nhiêu xã dzậy",
        "criterion_count",
        ("80",),
        before=("toàn tỉnh bao nhiêu xã đạt tiêu chí môi trường",),
    ),  # I.2 tc 17: 90 - 10
    F(
        "vậy xã đó giờ thuộc xã nào rồi anh",
        _BECAME,
        ("Bắc Sơn",),
        before=("xã long đống đạt mấy tiêu chí",),
    ),  # o2n: Long Đống -> Bắc Sơn
    F(
        "dạ em cảm ơn anh còn một câu nữa là huyện văn quan có mấy xã ntm rồi",
        "count",
        ("8",),
        before=("bình quân huyện văn quan",),
    ),  # ntm_xa_2022 Văn Quan 8
    F(
        "ờ còn tiêu chí điện thì sao anh",
        "criterion_count",
        ("15/19",),
        before=("lộc bình tiêu chí thủy lợi được mấy xã",),
    ),  # PL6 row 4 Lộc Bình 15
    F(
        "thế còn huyện hữu lũng thì mấy xã đạt dzậy",
        "criterion_count",
        ("10/23",),
        before=("tiêu chí thu nhập bình gia mấy xã đạt",),
    ),  # PL6 row 10 Hữu Lũng 10
    F(
        "thế còn vốn dân góp thì nhiu anh",
        "funding",
        ("150",),
        before=("tổng vốn nông thôn mới năm 2023",),
    ),  # funding line 5
    F(
        "à còn xã biên giới thấp nhất là xã nào dzậy",
        "ranking",
        ("Mẫu Sơn",),
        before=("xã đặc biệt khó khăn nào thấp nhất",),
    ),  # PL4 TT1 5/19
    F(
        "dạ cho em xin luôn danh sách đi anh",
        "group_members|count",
        ("Đồng Ý", "Hoàng Đồng"),
        before=("năm 2023 có mấy xã kiểu mẫu",),
    ),  # PL3
    F(
        "ủa vậy xã em hồi 2023 đạt mấy tiêu chí z",
        "today_history|xa_met|xa_overview",
        ("Tam Gia",),
        before=("xã khuất xá mới gồm những xã nào",),
    ),  # new: Khuất Xá; PL4 TT15
)

ROWS: tuple[F, ...] = (
    _SHORT_XA
    + _SHORT_DISTRICT
    + _SHORT_RANK_GROUP
    + _SHORT_PLAN
    + _SHORT_FOLLOW
    + _VOICE
    + _VOICE_FOLLOW
)

GAPS: dict[str, str] = {
    # a terse follow-up loses what the chat was about
    "còn BG?": "follow-up 'còn BG?' after a district average reads BG as biên giới, not Bình Gia",
    "gồm xã nào": "follow-up 'gồm xã nào' after a unit of today is not understood",
    "tín dụng?": "follow-up naming one funding source alone ('tín dụng?') is not understood",
    # now and today's units, typed short
    "mấy phường": "'mấy phường' alone (today's phường count) is not understood",
    "ờ hoàng đồng giờ thành phường j rồi z": "'giờ thành phường j' is not read as where it went",
    # abbreviations and clipped forms
    "ct nc 2023": "'ct' (chỉ tiêu) is not in the lexicon: reads as the nâng cao criteria list",
    "thủy lợi ct 2023": "'ct' (chỉ tiêu) is not in the lexicon",
    "bc ntn": "'ntn' (measure overview) beats 'bc' (báo cáo): how to report not understood",
    "đk ntn": "'đk' (đăng ký) is not in the lexicon; 'ntn' alone is not how-to",
    "đv cấp xã nay?": "'đv' (đơn vị) is not in the lexicon: today's unit count not understood",
    "KM 2023": "a bare set + year ('KM 2023') gives the set's conditions, not its 2023 xã",
    # ambiguous abbreviations of districts
    "bq BG": "'BG' is read only as biên giới, never Bình Gia, and the reply does not say so",
    "tổng quan BG": "'BG' is read only as biên giới, never Bình Gia; the reply does not say so",
    "hồng phong bg?": "'bg' after a xã name is not read as its district: asks which Hồng Phong",
    "bq CL": "'CL' (Chi Lăng or Cao Lộc): the which-one reply names no candidates",
    # voice filler around a question
    "à cho em hỏi đồng thắng đình lập năm 2023 đăng ký làm tiêu chí nào z": (
        "'cho em hỏi' + '… làm tiêu chí nào' gives unknown (without 'cho em hỏi' it answers)"
    ),
    "dạ xã em nộp báo cáo tháng này chưa dzậy anh": (
        "'dạ' before and 'dzậy anh' after the report-status question give unknown together"
    ),
    "nộp bc chưa?": "a xã official's terse 'nộp bc chưa?' gives the province, not their xã",
    "dạ thưa anh bộ tiêu chí nông thôn mới giai đoạn hai không hai sáu hai không ba mươi "
    "có mấy tiêu chí dzậy ạ": "years spelled out in words are not read (gives the 2021-2025 set)",
}
