"""Fresh messages as one real week brings them, in the mix they come in, written apart.

Every kind of sender of the bot on Telegram and Zalo: xã officials, district officers who
review, provincial coordinators, department staff, leaders, and people not registered. Not
only plan questions: status updates in free words ("tc 17 xong rồi nhé"), a monthly report
typed out, registration and codes, commands with typos ("/capnhap", "/bao cao"), requests for
a chart or an Excel file, thanks and greetings, complaints, off-topic, long pasted text, a bare
number, "ok", emoji, English, and questions that mix the 2023 plan with today's units.

Most rows are asked by a sender who is not registered (tests/conftest.py `ask`, user "u1"), so
what only a registered person may do must be refused politely with the way to register
(/dangky), and changes nothing; what anyone may ask must be answered. The rows with `who` are
asked by a person registered first through an invite code and /dangky (a xã official, a
district officer, a provincial coordinator, a department): their updates must start the right
workflow, their reviews and exports work inside their unit and are refused outside it.

Every figure comes from the transcribed plan (store/data/kh18_2023/phu_luc_N.tsv: "PLn TTm" is
appendix n, row m; "PL6 row r" is criterion r's row; district sizes are "Cộng" ÷ average: TP 3,
Tràng Định 21, Văn Lãng 16, Bình Gia 18, Bắc Sơn 17, Văn Quan 16, Cao Lộc 20, Lộc Bình 19,
Đình Lập 10, Chi Lăng 18, Hữu Lũng 23), store/data/headline_targets.csv, funding.csv,
ntm_xa_2022_by_district.csv, the units from langson_2024-12_merges.csv and
langson_2025_old_to_new.csv, and the reporting rules of the README ("Reporting cadence").
"""

from __future__ import annotations

from tests.handlers.fresh.row import F

# Not registered: a report, a review, an export need /dangky first (forbidden), or the answer
# to how reporting works for them (report_how), which names /dangky too.
_REFUSED = "forbidden|report_how"
_REGISTER = ("/dangky",)

# Long messages, pasted as they come (named: GAPS lists them too).
_REPORT_HONG_PHONG = (
    "Báo cáo kết quả thực hiện Chương trình NTM tháng 11 năm 2023 của xã Hồng Phong:"
    " 1. Công tác chỉ đạo: UBND xã đã ban hành kế hoạch. 2. Kết quả: hoàn thành nhà văn"
    " hóa thôn Nà Pàn; tiêu chí 6 đang thực hiện. 3. Khó khăn: thiếu vốn đối ứng."
    " 4. Kiến nghị: đề nghị huyện hỗ trợ xi măng."
)
_PASTED_PLAN = (
    "Em gửi anh đoạn trích kế hoạch: 'Năm 2023, tiếp tục thực hiện có hiệu quả Chương"
    " trình MTQG xây dựng nông thôn mới gắn với tái cơ cấu ngành nông nghiệp, phát triển"
    " kinh tế nông thôn; tập trung chỉ đạo các xã phấn đấu đạt chuẩn, huy động mọi nguồn"
    " lực, phát huy vai trò chủ thể của người dân.' Vậy năm 2023 cả tỉnh phấn đấu có thêm"
    " bao nhiêu xã đạt chuẩn ạ?"
)
_LONG_DAO_VIEN = (
    "Dạ em chào anh, hôm qua em đi họp ở huyện về, trên huyện có phổ biến là năm nay"
    " các xã biên giới phải cố gắng nâng số tiêu chí lên, bên em thì còn khó khăn về vốn"
    " lắm, đường sá đi lại vất vả, dân thì đa số là đồng bào, em cũng đang lo phần báo"
    " cáo. Anh cho em hỏi xã Đào Viên mình năm nay phấn đấu đạt thêm những tiêu chí nào"
    " ạ? Em cảm ơn anh nhiều."
)

_FIELD_WORDS: tuple[F, ...] = (
    # ------------------------------------------- a status update typed in free words
    F("xã em vừa đạt tiêu chí giao thông rồi", _REFUSED, _REGISTER),
    F("tc 17 xong rồi nhé", _REFUSED, _REGISTER),
    F("báo cáo anh: xã Nhân Lý đã hoàn thành tiêu chí điện", _REFUSED, _REGISTER),
    F("tiêu chí 5 trường học bên em đạt rồi ạ, cập nhật giúp em", _REFUSED, _REGISTER),
    F("Tc2 đạt rồi", _REFUSED, _REGISTER),
    F("xã em hoàn thành nhà văn hóa thôn rồi, tiêu chí 6 coi như đạt", _REFUSED, _REGISTER),
    F("Tiêu chí số 11 nghèo đa chiều đã đạt", _REFUSED, _REGISTER),
    F("tc 15 y tế xã Lâm Ca đạt chuẩn rồi nha a", _REFUSED, _REGISTER),
    F("em xin cập nhật: tiêu chí 8 đã đạt ngày 20/11", _REFUSED, _REGISTER),
    F("tc 10 ko đạt nữa r a, thu nhập năm nay giảm", _REFUSED, _REGISTER),
    F("xã Bính Xá vừa được huyện công nhận đạt tiêu chí 13", _REFUSED, _REGISTER),
    F("em bao cao tc 9 nha o da dat", _REFUSED, _REGISTER),
    F("TC 18 DA HOAN THANH", _REFUSED, _REGISTER),
    F("xã em đạt đủ 19/19 tiêu chí rồi anh ơi, bot sửa lại giúp em", _REFUSED, _REGISTER),
    F("cập nhật tiêu chí 4 điện: đạt", _REFUSED, _REGISTER),
    F("tc 7 chợ nông thôn xong rồi, ảnh minh chứng em gửi sau nhé", _REFUSED, _REGISTER),
    F("đã đạt tiêu chí 12 lao động", _REFUSED, _REGISTER),
    F("xa em moi dat them 2 tieu chi la 2 va 17", _REFUSED, _REGISTER),
    F("tiêu chí 3 thủy lợi: đã đạt (theo biên bản kiểm tra ngày 15/11)", _REFUSED, _REGISTER),
    F("capnhat tc 14 dat", _REFUSED, _REGISTER),
    # a status update after a question about the same xã (PL1 TT1 Nhân Lý lacks 2)
    F("tc 2 xong rồi nhé anh", _REFUSED, _REGISTER, before=("xã Nhân Lý thiếu tc nào",)),
    # ------------------------------------------- a monthly report typed out in words
    F(
        "báo cáo tháng 11 xã Tân Minh: tiêu chí 2 đang thực hiện, tiêu chí 5 chưa triển khai,"
        " tiêu chí 17 đã hoàn thành",
        _REFUSED,
        _REGISTER,
    ),
    F(
        "em gửi báo cáo tháng này ạ: đã hoàn thành 2km đường giao thông nông thôn, kinh phí"
        " 1,2 tỷ, nhân dân hiến 300m2 đất",
        _REFUSED,
        _REGISTER,
    ),
    F(
        _REPORT_HONG_PHONG,
        _REFUSED,
        _REGISTER,
    ),
    F("tháng này xã em ko có gì mới, báo cáo như tháng trước nhé", _REFUSED, _REGISTER),
    # README, Reporting cadence: monthly, due the last day; corrections until 10 days after
    F("bc thang 11 cua xa em chua lam xong, han nop la ngay nao a", "report_how"),
    F("lỡ gửi báo cáo tháng 10 thiếu số liệu, giờ bổ sung được ko ạ", "report_how"),
    F("báo cáo tháng nộp muộn vài hôm có sao không anh", "report_how"),
    # a department reports quarterly (README)
    F("sở Nông nghiệp gửi báo cáo quý 4 bằng cách nào", "report_how", _REGISTER),
    F("quý này phòng em chưa nộp báo cáo thì bot có nhắc không", "report_how", ("quý",)),
)

_REGISTRATION: tuple[F, ...] = (
    # ------------------------------------------- registration and codes
    F("/dangky mã", "register_refused|register"),
    F("/dangky 7KQ2M-XP4RT", "register_refused"),
    F("/dangky abc", "register_refused"),
    F("mã đăng ký của em là 4F7K2-QW9ZP", "register|register_refused|report_how", _REGISTER),
    F("em muốn đăng ký tài khoản cán bộ xã", "report_how|register|help", _REGISTER),
    F("làm sao để có mã đăng ký hả anh", "report_how|register", _REGISTER),
    F("/dang ky ABCDE-FGHJK", "help|register|register_refused", _REGISTER),
    F("/Dangky@ntm_langson_bot", "register", _REGISTER),
    F("đăng ký ABCDE-12345", "register|register_refused|report_how", _REGISTER),
    F("mã của em báo hết hạn rồi, giờ làm thế nào", "report_how|register", _REGISTER),
    F("em đã đăng ký chưa nhỉ", "register|report_how", _REGISTER),
    F("anh ơi cho em xin mã đăng ký cho xã Tân Văn", "report_how|register|forbidden"),
    F("how do I register?", "report_how|register", _REGISTER),
)

_COMMANDS: tuple[F, ...] = (
    # ------------------------------------------- commands, with and without typos
    # an unknown command gets the list of commands, which names the one meant
    F("/capnhap", "help", ("/capnhat",)),
    F("/bao cao", "help", ("/baocao",)),
    F("/cap nhat tc 2", "help", ("/capnhat",)),
    F("/baocaothang", "help", ("/baocao",)),
    F("/trogiup", "help", ("/xa",)),
    # commands for registered people, from someone who is not
    F("/capnhat tc 17", "forbidden", _REGISTER),
    F("/baocao quý 4", "forbidden", _REGISTER),
    F("/choduyet", "forbidden", _REGISTER),
    F("/lichsu Tân Minh", "forbidden", _REGISTER),
    F("/nhacnho tat", "forbidden", _REGISTER),
    F("/xuat tình hình huyện Bắc Sơn", "forbidden", _REGISTER),
    F("/nguoidung", "forbidden"),
    F("/thuhoi 3", "forbidden"),
    F("/lich", "forbidden"),
    # question commands: PL4 TT9 Tân Minh 7 met; PL6 Văn Lãng 13.38; PL1 TT6 Lâm Ca 11 met
    F("/xa tân minh tràng định", "xa_overview", ("7/19",)),
    F("/huyen Văn Lãng ạ", "average|district_overview", ("13,38",)),
    F("/XA Lâm Ca", "xa_overview", ("11/19",)),
    # criteria.csv: 9 Nhà ở dân cư, 17 Môi trường và an toàn thực phẩm
    F("/tieuchi 9", "criterion_info", ("Nhà ở dân cư",)),
    F("/tieuchi17", "criterion_info", ("Môi trường",)),
    F("/help@ntm_langson_bot", "help", ("/xa",)),
    # PL6: Tổng cộng 2,422 ÷ 181 = 13.38
    F("/tinh", "average|district_overview|count", ("13,38",)),
)

_DESK: tuple[F, ...] = (
    # ------------------------------------------- charts and files
    # an export needs registration (README: who may export is as /lichsu)
    F("xuất excel tình hình xã Tân Minh", "forbidden", _REGISTER),
    F("cho anh file excel bình quân tiêu chí các huyện", "forbidden|export", _REGISTER),
    F("gửi file báo cáo tiến độ tháng 11 cho chị", "forbidden", _REGISTER),
    F("xuat file csv ke hoach", "forbidden", _REGISTER),
    F("tải file excel tình hình huyện Đình Lập", "forbidden", _REGISTER),
    F("bot ơi xuất giúp anh bảng số liệu phụ lục 6", "forbidden|export", _REGISTER),
    F("export excel tiêu chí huyện Hữu Lũng", "forbidden|export", _REGISTER),
    F("can I get an Excel file of Bac Son district?", "forbidden|export", _REGISTER),
    F("có xuất được file excel không em", "forbidden|export|help", _REGISTER),
    F(
        "cảm ơn, xuất excel cái này được không",
        "forbidden|export",
        _REGISTER,
        before=("bq tc huyện Bắc Sơn",),
    ),
    # charts: the criteria chart is end-2022 against plan 2023 (PL6 row 5: 81 xã in 2023)
    F("vẽ biểu đồ bình quân tiêu chí các huyện giúp anh", "chart|forbidden"),
    F("biểu đồ tiêu chí 5 toàn tỉnh", "chart", ("81",)),
    F("bieu do tien do bao cao thang nay", "chart|forbidden"),
    F("vẽ đồ thị số xã đạt tiêu chí giao thông", "chart", ("92",)),
    F("gửi biểu đồ qua zalo cho a với", "chart|forbidden"),
    F("có biểu đồ nào về tiến độ báo cáo không", "chart|forbidden"),
    # 'vẽ biểu đồ' after a criterion count: that criterion (PL6 row 2: 92 xã in 2023)
    F("vẽ biểu đồ cho anh", "chart", ("92",), before=("tc 2 toàn tỉnh bao nhiêu xã đạt",)),
)

_CHAT: tuple[F, ...] = (
    # ------------------------------------------- greetings, thanks, acknowledgements
    F("chào buổi sáng bot ạ", "greet"),
    F("hi bot", "greet"),
    F("alo alo", "greet"),
    F("oki nha", "greet"),
    F("👍👍 dạ rõ", "greet"),
    F("🙏🙏🙏 em cám ơn", "greet"),
    F("😊😊 hihi", "greet|help"),
    F("dạ", "greet|help"),
    F("vâng em hiểu rồi ạ", "greet"),
    F("thanks bot nha", "greet"),
    F("cảm ơn em nhé, số liệu chuẩn rồi", "greet"),
    F("chào các anh chị trong nhóm", "greet"),
    F(
        "xin chào, tôi là cán bộ phòng Nông nghiệp huyện Văn Lãng",
        "greet|help|district_overview",
    ),
    F("good morning", "greet"),
    F("ok cảm ơn, để em báo lại lãnh đạo", "greet"),
    F("bot ơi", "greet|help"),
    F("có ai ở đó không", "greet|help"),
    F("hello, what can this bot do?", "help|greet", ("/xa",)),
    F("thanks a lot", "greet"),
    F("👍 ok e", "greet", before=("xã Đồng Thắng thiếu gì",)),
    F("ok", "greet", before=("tc 9 toàn tỉnh bao nhiêu xã đạt",), lacks=("139",)),
    # ------------------------------------------- complaints: say where the figures come
    # from (KH 18, end of 2022) and how a change is reported, never argue a figure
    F("sao bot trả lời sai vậy", "about|report_how"),
    F("số liệu của bot cũ rồi, xã em đạt 15 tiêu chí rồi mà", "about|report_how|forbidden"),
    F("bot trả lời linh tinh quá", "about|help|report_how"),
    F(
        "sai rồi bot ơi, Nhân Lý không phải 10 tiêu chí",
        "about|report_how|xa_met|xa_overview",
        ("10/19",),
    ),
    F("bot không hiểu gì à", "help|unknown", ("Nhân Lý",)),
    F("hỏi mãi không được gì", "help|unknown"),
    F("số liệu này lấy ở văn bản nào vậy", "about", ("18/KH-UBND",)),
)

_OFF_TOPIC: tuple[F, ...] = (
    # ------------------------------------------- off topic: say what the bot answers instead
    F("thời tiết Lạng Sơn mai thế nào", "unknown|no_data", lacks=("tiêu chí/xã",)),
    F("giá lúa hôm nay bao nhiêu 1 kg", "unknown|no_data", lacks=("tỷ đồng",)),
    F("hôm nay có mưa không bot", "unknown|no_data|help"),
    F("giá vàng hôm nay", "unknown|no_data|help"),
    F("kết quả xổ số miền bắc hôm qua", "unknown|no_data|help"),
    F("tối nay Việt Nam đá với Thái Lan mấy giờ", "unknown|no_data|help"),
    F("giá phân bón urê tháng này", "unknown|no_data|help"),
    F("hôm nay là thứ mấy", "unknown|help"),
    F("viết giúp em bài phát biểu tổng kết nông thôn mới", "unknown|help"),
    F("lương cán bộ xã năm nay tăng bao nhiêu", "unknown|no_data|help"),
    # the plan has no names, contacts or population (no_data)
    F("cho em xin số điện thoại chủ tịch xã Nhân Lý", "no_data"),
    F("xã Hồng Phong có bao nhiêu dân vậy", "no_data"),
)

_ODD: tuple[F, ...] = (
    # ------------------------------------------- long pasted text
    # headline_targets.csv: 10 more xã, 95/181 in 2023
    F(
        _PASTED_PLAN,
        "targets|count",
        ("10", "95"),
    ),
    # PL4 TT7 Đào Viên: 2023 targets 1, 2, 4, 5, 6, 10, 11, 12, 17, 18
    F(
        _LONG_DAO_VIEN,
        "xa_lacking|targets|xa_overview",
        ("1, 2, 4, 5, 6, 10, 11, 12, 17, 18",),
    ),
    # a row of appendix 4 pasted as is (PL4 TT10 Bắc Xa: 14 met)
    F(
        "Xã Bắc Xa - huyện Đình Lập\t14\t1,3,4,5,7,9,10,11,12,14,16,17,18,19\t2\t8, 15",
        "xa_overview|xa_met|xa_lacking",
        ("14/19",),
    ),
    # ------------------------------------------- a bare number, a bare name, a mark
    F("17", "criterion_info|help|unknown"),
    F("95", "help|unknown|count|targets"),
    F("??? sao im vậy", "help|unknown|greet"),
    F("..... ủa", "help|unknown|greet"),
    # PL1 TT1 Nhân Lý 10 met; PL6 Bình Gia 10.72
    F("Nhân Lý ạ", "xa_overview", ("10/19",)),
    F("huyện Bình Gia ạ", "district_overview|average", ("10,72",)),
    F("tc 9", "criterion_info|criterion_count", ("Nhà ở",)),
)

_ENGLISH: tuple[F, ...] = (
    # ------------------------------------------- English
    # PL6 row 14: 181 in 2023; lowest average Bình Gia 10.72; PL4 TT9 Tân Minh lacks 12;
    # Đình Lập 17.40; funding.csv line 0: 5.103,888; PL4 TT6 Đội Cấn is a border xã
    F("how many communes meet criterion 14 (education)?", "criterion_count", ("181",)),
    F("which district has the lowest average criteria?", "ranking", ("Bình Gia",)),
    F("what does Tan Minh commune still lack?", "xa_lacking", ("12/19",)),
    F("average number of criteria in Dinh Lap district", "average", ("17,40",)),
    F("total funding for 2023?", "funding", ("5.103,888",)),
    F("which communes are in the border group?", "group_members", ("Đội Cấn",)),
)

_NOW_AND_2023: tuple[F, ...] = (
    # ------------------------------------------- the 2023 plan and today's units together
    # PL1 TT2 Tĩnh Bắc lacks 10; merges: into Tam Gia 01/12/2024; old_to_new: Tam Gia ->
    # Khuất Xá 01/07/2025
    F(
        "Tĩnh Bắc năm 2023 thiếu gì, giờ thuộc xã nào",
        "xa_lacking|today_became",
        ("10/19", "Khuất Xá"),
    ),
    F("tĩnh bắc giờ ở đâu", "today_became|today_where", ("Khuất Xá",)),
    F(
        "thế giờ nó thuộc xã nào",
        "today_became|today_where",
        ("Khuất Xá",),
        before=("Tĩnh Bắc thiếu tiêu chí nào",),
    ),
    # PL1 TT6 Lâm Ca 11 met; old_to_new: Lâm Ca -> Thái Bình
    F(
        "xã Lâm Ca hết 2022 đạt mấy tc, nay sáp nhập vào đâu",
        "xa_met|today_became",
        ("11/19", "Thái Bình"),
    ),
    # PL1 TT5 Bảo Lâm: 12 to reach in 2023; Bảo Lâm -> Đồng Đăng
    F(
        "Bảo Lâm cao lộc bây giờ là xã gì, năm 2023 phấn đấu mấy tiêu chí",
        "xa_lacking|today_became|targets|xa_overview",
        ("Đồng Đăng", "1, 2, 5, 6, 8, 9, 10, 11, 13, 15, 17, 18"),
    ),
    # PL1 TT4 Long Đống lacks 9; Long Đống -> xã Bắc Sơn
    F(
        "xa Long Dong nam 2023 con thieu tc nao, gio thuoc xa nao roi",
        "xa_lacking|today_became",
        ("9/19", "Bắc Sơn"),
    ),
    # PL1 TT3 Đồng Tiến 8 met; Đồng Tiến -> Thiện Tân
    F(
        "Đồng Tiến Hữu Lũng nay là xã Thiện Tân phải không, xã đó 2022 đạt bao nhiêu tiêu chí",
        "xa_met|today_became|today_history",
        ("Thiện Tân",),
    ),
    # PL4 TT6 Đội Cấn lacks 2; Đội Cấn -> Quốc Khánh
    F(
        "Đội Cấn giờ thuộc xã Quốc Khánh à? Đội Cấn còn thiếu gì theo kế hoạch 2023",
        "xa_lacking|today_became",
        ("Quốc Khánh", "2/19"),
    ),
    # old_to_new: Trấn Ninh, Liên Hội, Điềm He -> Điềm He
    F(
        "xã Điềm He bây giờ gồm những xã cũ nào",
        "today_made_of",
        ("Trấn Ninh", "Liên Hội"),
    ),
    # PL2 TT2 Khánh Xuân: 9 nâng cao criteria to reach in 2023; Khánh Xuân -> Lộc Bình
    F(
        "Khánh Xuân giờ thuộc xã Lộc Bình, 2023 xã này phấn đấu nâng cao mấy tiêu chí",
        "xa_lacking|targets|xa_overview|today_became",
        ("Lộc Bình", "5, 6, 8, 10, 13, 14, 15, 16, 17"),
    ),
    # Thượng Cường -> Bằng Mạc (PL2 TT1: nâng cao, 6 met)
    F(
        "Thượng Cường nay thuộc xã nào? hết 2022 đạt mấy tiêu chí nâng cao",
        "xa_met|today_became",
        ("Bằng Mạc", "6/19"),
    ),
    # PL3 TT2 Hoàng Đồng: kiểu mẫu, 3 to reach; Hoàng Đồng -> Phường Tam Thanh
    F(
        "Hoàng Đồng giờ là phường Tam Thanh hả, 2023 đăng ký kiểu mẫu mấy tiêu chí",
        "xa_lacking|targets|xa_overview|today_became",
        ("Tam Thanh", "2, 3, 4"),
    ),
    # PL1 TT8 Thanh Long 9 met; Thanh Long -> Thụy Hùng
    F(
        "thanh long van lang nay thuoc xa nao, 2022 dat may tc",
        "xa_met|today_became",
        ("Thụy Hùng", "9/19"),
    ),
    # PL4 TT10 Bắc Xa lacks 5; Bắc Xa -> Kiên Mộc
    F(
        "Bắc Xa (Đình Lập) sáp nhập vào xã nào rồi, còn thiếu mấy tc",
        "xa_lacking|today_became",
        ("Kiên Mộc", "5/19"),
    ),
    # Quyết Thắng (Hữu Lũng) -> Yên Bình; PL5 TT10 targets 13, 18
    F(
        "xã Quyết Thắng hữu lũng giờ thuộc Yên Bình đúng ko, năm 2023 phấn đấu tc gì",
        "xa_lacking|targets|xa_overview|today_became",
        ("Yên Bình", "13, 18"),
    ),
    # PL4 TT9 Tân Minh 7 met; Tân Minh -> Kháng Chiến
    F(
        "Tân Minh tràng định giờ nhập vào xã nào, hồi 2022 đạt bao nhiêu tc",
        "xa_met|today_became",
        ("Kháng Chiến", "7/19"),
    ),
    # langson_units_2025-07_new.csv: 65 units (61 xã, 4 phường)
    F("giờ cả tỉnh còn mấy đơn vị cấp xã vậy", "today_count", ("65",)),
    # old_to_new: Bắc Thủy, Mai Sao, Nhân Lý, Lâm Sơn -> Nhân Lý; PL1 TT1 Nhân Lý 10 met
    F(
        "xã Nhân Lý mới gồm những xã nào, Nhân Lý cũ hết 2022 đạt mấy tc",
        "today_made_of|today_history|xa_met",
        ("Bắc Thủy", "10/19"),
    ),
    # old_to_new: Mẫu Sơn, Yên Khoái, Tú Mịch (Lộc Bình) -> Mẫu Sơn
    F("xã Mẫu Sơn bây giờ gồm những xã nào", "today_made_of|today_where", ("Yên Khoái",)),
    # PL6 Tràng Định 13.24; districts abolished 01/07/2025
    F(
        "huyện Tràng Định giờ còn không, bình quân tc năm 2023 là bao nhiêu",
        "average|today_became",
        ("13,24",),
    ),
    # old_to_new: Bính Xá split between Đình Lập and Kiên Mộc (partial)
    F("Bính Xá giờ thuộc xã nào", "today_became|today_where", ("Đình Lập", "Kiên Mộc")),
    # old_to_new: Vân An, Vân Thủy, Chiến Thắng, Liên Sơn -> Chiến Thắng; PL5 TT9 10 met
    F(
        "Chiến Thắng chi lăng giờ gồm mấy xã cũ, 2022 Chiến Thắng đạt bao nhiêu tc",
        "today_made_of|today_history|xa_met",
        ("Vân An", "10/19"),
    ),
    # old_to_new: Thanh Lòa -> Cao Lộc (a xã named as the old district)
    F(
        "ok thế giờ nó thuộc xã nào",
        "today_became|today_where",
        ("Cao Lộc",),
        before=("xã Thanh Lòa còn thiếu tc nào",),
    ),
    # Cao Lâu and Xuất Lễ -> Ba Sơn; PL4 TT3 Cao Lâu 9 met, TT2 Xuất Lễ 19
    F(
        "Cao Lâu với Xuất Lễ giờ chung 1 xã à, hồi 2022 mỗi xã đạt mấy tc",
        "today_became|today_history|compare|xa_met",
        ("Ba Sơn",),
    ),
)

_REVIEW_DESK: tuple[F, ...] = (
    # ------------------------------------------- district officers and coordinators
    F("có báo cáo nào đang chờ em duyệt không", _REFUSED, _REGISTER),
    F("duyệt báo cáo của xã Tân Văn giúp anh", _REFUSED, _REGISTER),
    F("từ chối báo cáo số 15 vì thiếu ảnh minh chứng", _REFUSED, _REGISTER),
    F("xem lịch sử cập nhật của xã Đào Viên", _REFUSED, _REGISTER),
    F("danh sách cán bộ đã đăng ký dùng bot", "forbidden"),
    F("thu hồi tài khoản người dùng số 4", "forbidden"),
    F("tạo mã đăng ký cho cán bộ xã mới", "forbidden|report_how"),
    F("tắt nhắc nhở giúp em", "forbidden|reminders|report_how|help", ("/nhacnho",)),
    # anyone may ask who has reported (README, Completeness)
    F("tháng này huyện Văn Lãng xã nào chưa nộp báo cáo", "completeness", ("Văn Lãng",)),
    F("tiến độ báo cáo toàn tỉnh tháng 11", "completeness"),
    F("xã Tân Tiến đã báo cáo tháng này chưa", "completeness", ("Tân Tiến",)),
    F("bao nhiêu xã đã nộp bc tháng này", "completeness"),
    # reminders on the 20th and the last day at 08:00 (README, Schedules)
    F("lịch nhắc báo cáo hằng tháng là ngày nào", "report_how", ("ngày 20",)),
    F("ai duyệt báo cáo của xã gửi lên", "report_how"),
    F("tổng hợp tuần này có gì mới không", "digest|completeness|report_how|forbidden"),
)

_DEPARTMENTS: tuple[F, ...] = (
    # ------------------------------------------- department staff: their criterion
    # PL6 row 15 Y tế: 111 in 2023; row 7: 159; row 16 Bình Gia 9 of 18; row 5 Lộc Bình 3 of
    # 19; row 4 Văn Quan 11 of 16; row 8 Văn Quan 7 of 16; row 19: 97.8%; row 11 Bình Gia 3
    # of 18; funding.csv line 4: 3.000 tỷ
    F(
        "Sở Y tế hỏi: tiêu chí y tế năm 2023 toàn tỉnh bao nhiêu xã đạt",
        "criterion_count",
        ("111",),
    ),
    F(
        "bên Sở Công Thương cần biết tc 7 hạ tầng thương mại có bao nhiêu xã đạt kế hoạch 2023",
        "criterion_count",
        ("159",),
    ),
    F(
        "phòng văn hóa huyện Bình Gia hỏi tc 16 văn hóa huyện mình bao nhiêu xã đạt",
        "criterion_count",
        ("9/18",),
    ),
    F("Sở GD hỏi tiêu chí trường học huyện Lộc Bình kế hoạch 2023", "criterion_count", ("3/19",)),
    F("Điện lực cần số xã đạt tiêu chí điện ở huyện Văn Quan", "criterion_count", ("11/16",)),
    F("Sở TT&TT: tiêu chí 8 huyện Văn Quan được bao nhiêu xã", "criterion_count", ("7/16",)),
    F(
        "Công an tỉnh hỏi tiêu chí quốc phòng an ninh toàn tỉnh đạt bao nhiêu %",
        "criterion_count",
        ("97,8",),
    ),
    F("Sở LĐTBXH: tc nghèo đa chiều Bình Gia có mấy xã đạt", "criterion_count", ("3/18",)),
    F("Ngân hàng CSXH hỏi vốn tín dụng cho NTM năm 2023 bao nhiêu", "funding", ("3.000",)),
)

_LEADERS: tuple[F, ...] = (
    # ------------------------------------------- leaders' quick lookups in the week's mix
    # ntm_xa_2022_by_district.csv: 3+9+7+8+10+8+8+8+8+8+8 = 85 xã at the end of 2022
    F("a cần gấp: toàn tỉnh đến nay bao nhiêu xã đạt chuẩn ntm", "count|targets", ("85",)),
    F("bq tiêu chí huyện Chi Lăng năm 2023", "average", ("14,61",)),
    # PL6: highest district average apart from the city: Đình Lập 17.40
    F("huyện nào có bq tc cao nhất trừ thành phố", "ranking", ("Đình Lập",)),
    # PL6 totals: row 6 (76) is the lowest
    F("tc nào ít xã đạt nhất toàn tỉnh", "ranking", ("76",)),
    F("anh hỏi nhanh: bình quân nâng cao cả tỉnh là mấy", "average", ("8,99",)),
    F("so sánh bq tc Văn Lãng với Văn Quan", "compare", ("13,38", "12,25")),
    F("kinh phí NTM 2023 tổng cộng bao nhiêu tỷ", "funding", ("5.103,888",)),
    F("2023 có mấy xã đặc biệt khó khăn trong kế hoạch", "count|group_members", ("10 xã",)),
    F("danh sách 5 xã phấn đấu nâng cao 2023", "group_members", ("Khánh Xuân",)),
    # PL6 row 2 Hữu Lũng 12 of 23
    F("huyện Hữu Lũng có bao nhiêu xã đạt tiêu chí giao thông", "criterion_count", ("12/23",)),
    F("cho anh tình hình huyện Cao Lộc", "district_overview|average", ("11,80",)),
    # PL4 TT14 Mẫu Sơn (Lộc Bình) lacks 10
    F("cái ở Lộc Bình", "xa_lacking", ("10/19",), before=("Mẫu Sơn còn thiếu gì",)),
    # a question and an export in one message: answer it, and say the file needs /dangky
    # (PL1 TT1 Nhân Lý lacks 9)
    F("Nhân Lý thiếu gì, xuất excel luôn cho anh", "xa_lacking|forbidden", ("9/19", "/dangky")),
    # PL6 Hữu Lũng 14.13
    F(
        "Hữu Lũng 2023 bq bao nhiêu, giờ huyện này thành mấy xã",
        "average|today_became",
        ("14,13",),
    ),
)

_MORE_OF_THE_WEEK: tuple[F, ...] = (
    F("em gửi ảnh minh chứng đây ạ", _REFUSED, _REGISTER),
    F("bot có dùng được trên zalo không", "help|about"),
    F("❤️❤️ tuyệt vời", "greet"),
    F("tks", "greet"),
    F("e cảm ơn ạ, chúc a cuối tuần vui vẻ", "greet"),
    # PL4 TT15 Tam Gia 19 met; old_to_new: Tam Gia -> Khuất Xá
    F("Tam Gia 2022 đạt mấy tc, giờ thuộc xã nào", "xa_met|today_became", ("19/19", "Khuất Xá")),
    F("Khuất Xá giờ gồm những xã nào", "today_made_of", ("Tam Gia",)),
    # PL5 TT2 Hoa Thám: counted 4 but lists 5 (a slip of the plan, flagged)
    F("hoa tham binh gia dat bao nhieu tc vay", "xa_met|xa_overview", ("Hoa Thám",)),
)

# Registered senders (F.who): a xã official of Nhân Lý (06496; PL1 TT1: lacks 9 of 19), a
# district officer of Chi Lăng (187), a provincial coordinator (20) and a department (Sở Y tế).
_XA = "xa_official:06496"
_DISTRICT = "district_officer:187"
_COORDINATOR = "province_coordinator:20"
_DEPARTMENT = "department:20:Sở Y tế"
_UPDATE = "flow_step|update_step|update_confirm"  # a field report started (README)
_PERIOD = "flow_step|period_confirm"  # a monthly or quarterly report started

_REGISTERED: tuple[F, ...] = (
    # ------------------------------------------- a xã official: their updates start /capnhat
    F("tc 4 đã đạt", _UPDATE, ("Nhân Lý",), who=_XA),
    F("tc 13 xong rồi a nhé", _UPDATE, ("Nhân Lý",), who=_XA),
    F("xã em vừa đạt tiêu chí điện rồi anh", _UPDATE, ("Nhân Lý",), who=_XA),
    F("tiêu chí 2 đạt rồi, em gửi ảnh sau", _UPDATE, ("Nhân Lý",), who=_XA),
    F("tc 8 chưa đạt", _UPDATE, ("Nhân Lý",), who=_XA),
    F("/capnhat tc 5", _UPDATE, ("Nhân Lý",), who=_XA),
    # PL1 TT1 Nhân Lý: 9 targets in 2023, the first criterion 2
    F("/baocao tháng này", _PERIOD, ("tiêu chí 2",), who=_XA),
    # 'xã em' from a registered xã official is their xã (PL1 TT1 Nhân Lý lacks 9)
    F("xã em còn thiếu những tc nào a", "xa_lacking", ("9/19",), who=_XA),
    F("xuất excel tình hình xã em", "export", ("Nhân Lý",), who=_XA),
    F("xuất excel tình hình huyện Bắc Sơn giúp em", "export_refused", who=_XA),
    F("/lichsu xã Nhân Lý", "history", who=_XA),
    F("/choduyet ạ", "forbidden", who=_XA),
    F("em muốn báo tc 9 không còn đạt thì làm sao", "report_how", ("/capnhat",), who=_XA),
    F("/nhacnho tat nhé", "reminders_off", who=_XA),
    # a question on the way keeps the open step (README, Zalo) and is answered
    F(
        "Nhân Lý thiếu mấy tc",
        "xa_lacking|update_step",
        ("9/19",),
        before=("/capnhat tc 2",),
        who=_XA,
    ),
    F("thôi em hủy nhé", "flow_cancelled", before=("/capnhat tc 6",), who=_XA),
    # ------------------------------------------- a district officer: reviews, exports
    F("/choduyet nhé", "pending", who=_DISTRICT),
    F("có báo cáo nào chờ anh duyệt không", "pending", who=_DISTRICT),
    F("xuất excel tình hình huyện Chi Lăng cho anh", "export", ("Chi Lăng",), who=_DISTRICT),
    F("xuất excel tình hình huyện Bình Gia", "export_refused", who=_DISTRICT),
    F("tc 5 đạt rồi", "forbidden|report_how", ("/choduyet",), who=_DISTRICT),
    F("/lichsu Nhân Lý chi lăng", "history", who=_DISTRICT),
    F("/lichsu xã Hoàng Đồng", "forbidden", who=_DISTRICT),
    F("làm sao để duyệt báo cáo xã gửi lên", "report_how", ("/choduyet",), who=_DISTRICT),
    F("bot ơi danh sách xã chưa nộp báo cáo tháng này", "completeness", who=_DISTRICT),
    F("/nguoidung nhé", "forbidden", who=_DISTRICT),
    # ------------------------------------------- a provincial coordinator
    F("/nguoidung ạ", "people", who=_COORDINATOR),
    # the default schedules (README, Reporting cadence): xa_ngay_20 among them
    F("/lich ạ", "schedules", ("xa_ngay_20",), who=_COORDINATOR),
    F("danh sách người dùng đã đăng ký bot", "people", who=_COORDINATOR),
    F("xuất excel tiến độ báo cáo toàn tỉnh tháng 11", "export|export_empty", who=_COORDINATOR),
    F("/choduyet toàn tỉnh", "pending", who=_COORDINATOR),
    F("tc 2 đạt rồi a", "forbidden|report_how", ("/choduyet",), who=_COORDINATOR),
    F("xuất file kế hoạch phụ lục 6", "export", who=_COORDINATOR),
    F("cho anh tổng hợp tuần này", "digest|completeness", who=_COORDINATOR),
    # ------------------------------------------- a department: quarterly, the plan table only
    F("/baocao quý này", _PERIOD, who=_DEPARTMENT),
    F("sở em báo cáo quý thế nào ạ", "report_how", ("/baocao",), who=_DEPARTMENT),
    F("tc 15 y tế đã đạt", "forbidden|report_how", who=_DEPARTMENT),
    F("xuất excel kế hoạch năm 2023", "export", who=_DEPARTMENT),
    F("xuất excel tình hình xã Nhân Lý", "export_refused", ("/xuat kế hoạch",), who=_DEPARTMENT),
)

ROWS: tuple[F, ...] = (
    _FIELD_WORDS
    + _REGISTRATION
    + _COMMANDS
    + _DESK
    + _CHAT
    + _OFF_TOPIC
    + _ODD
    + _ENGLISH
    + _NOW_AND_2023
    + _REVIEW_DESK
    + _DEPARTMENTS
    + _LEADERS
    + _MORE_OF_THE_WEEK
    + _REGISTERED
)

# The general causes of the rows the bot gets wrong (handlers/ is the lead's to fix).
_FREE_UPDATE = (
    "a status update in free words is read as a question: update_flow.report_phrase takes"
    " only '(cập nhật |báo cáo )(tiêu chí|tc) N [bộ] đã đạt…' whole, so 'xã em…', 'đã đạt tiêu"
    " chí N', 'xong', a name after the number, a trailing word, 'capnhat' glued or evidence"
    " announced get 'Bạn hỏi xã nào?', a definition or a ranking, never /dangky or /capnhat"
)
_TODAY_WINS = (
    "a message asking both a 2023 figure and where the unit is now gets only today's fate:"
    " today.answer pre-empts the plan answer instead of adding its line, so the asked 2023"
    " figure (or the kiểu mẫu set) is dropped"
)
_COMMANDS_GAP = (
    "an unknown or mistyped command (/capnhap, /bao cao, '/cap nhat', /baocaothang, /trogiup,"
    " '/dang ky CODE', /tieuchi17 glued) and /help itself get ask._help's reply, which has no"
    " intent ('') and no 'did you mean' for the near command"
)
_OFFICER_WORDS = (
    "an officer's action in words (chờ duyệt, duyệt/từ chối báo cáo, lịch sử cập nhật, thu"
    " hồi tài khoản, ai duyệt, tổng hợp tuần) is not routed to its workflow or refusal: the"
    " plan path answers a xã overview, a name guess ('Anh Minh Chung') or 'chưa hiểu'"
)
_REGISTER_WORDS = (
    "'đăng ký' is read as the kiểu mẫu group's word (Phụ lục 3 'xã đăng ký'), so registering"
    " (an account, a code typed without /dangky, 'đã đăng ký chưa', the people list) lists the"
    " 2 kiểu mẫu xã; an expired code gets the reporting rules without /dangky"
)
_COMPLAINTS = (
    "a complaint about the answers ('trả lời sai', 'số liệu cũ', 'linh tinh', 'lấy ở văn bản"
    " nào') is not read as asking for the source: its words become names ('văn bản' → Vân An,"
    " 'liệu của' → 'Lieu Cua') or the province overview"
)
_TODAY_CUES = (
    "today's units asked with 'mới', 'giờ gồm' on a name both old and new, or 'đơn vị cấp xã'"
    " now, get the old xã, a ranking, 'tiêu chí nào?' or the 11 districts, not the new xã's"
    " parts or today's 65 units"
)
_STRAY_WORDS = (
    "words of an off-plan message become a measure or a name: 'thứ mấy' a ranking, 'lương …"
    " tăng bao nhiêu' a count of xã, 'bên Sở Công Thương cần biết' an unknown unit that hides"
    " the criterion question"
)
_OLD_NEW_COMPARED = (
    "an old xã named with its new unit ('Đồng Tiến … nay là Thiện Tân', 'Cao Lâu với Xuất Lễ"
    " giờ chung 1 xã') is compared as two units instead of its fate being said"
)
_PASTED = (
    "in a long pasted text the quoted words ('huy động mọi nguồn lực') pick the measure"
    " (funding) over the question at its end"
)
_FORMER_DISTRICT = (
    "completeness for a district after July 2025 (no districts) says 'Toàn tỉnh: 0/0 xã'"
    " instead of the xã it had"
)
_DESK_WINS = (
    "a question and an export in one message get only the export's refusal: routing.classify"
    " asks desk.wants before the question"
)


# Rows the bot answers wrong: text -> its general cause.
GAPS: dict[str, str] = {
    text: cause
    for cause, texts in (
        (
            _FREE_UPDATE,
            ("em gửi ảnh minh chứng đây ạ",),
        ),
        (
            _TODAY_WINS,
            ("Hoàng Đồng giờ là phường Tam Thanh hả, 2023 đăng ký kiểu mẫu mấy tiêu chí",),
        ),
        (
            _COMMANDS_GAP,
            (),
        ),
        (
            _OFFICER_WORDS,
            (),
        ),
        (
            _REGISTER_WORDS,
            (),
        ),
        (
            _COMPLAINTS,
            ("số liệu của bot cũ rồi, xã em đạt 15 tiêu chí rồi mà",),
        ),
        (
            _TODAY_CUES,
            ("Chiến Thắng chi lăng giờ gồm mấy xã cũ, 2022 Chiến Thắng đạt bao nhiêu tc",),
        ),
        (
            _STRAY_WORDS,
            (
                (
                    "bên Sở Công Thương cần biết tc 7 hạ tầng thương mại có bao nhiêu xã đạt kế"
                    " hoạch 2023"
                ),
            ),
        ),
        (
            _OLD_NEW_COMPARED,
            ("Cao Lâu với Xuất Lễ giờ chung 1 xã à, hồi 2022 mỗi xã đạt mấy tc",),
        ),
        (
            _PASTED,
            (_PASTED_PLAN,),
        ),
        (
            _FORMER_DISTRICT,
            (),
        ),
        (
            _DESK_WINS,
            ("Nhân Lý thiếu gì, xuất excel luôn cho anh",),
        ),
    )
    for text in texts
}
