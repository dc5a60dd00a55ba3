"""The words that make a question about units in time, as data: now, what became of a unit,
what it is made of, where it is, the 2026-2030 set, today's counts and lists (folded)."""

from __future__ import annotations

import re

PROVINCE_WORDS = "lang son"  # the province, unless 'thành phố' comes first
MAX_NAME_WORDS = 4
NOW_CUES = (
    "bay gio",
    "hien nay",
    "hien tai",
    "hien gio",
    "ngay nay",
    "hien co",
    "gio thuoc",
    "gio la",
    "gio co",
    "nay thuoc",
    "nay la",
    "xa moi",
    "phuong moi",
    "nhung xa cu",
    "cac xa cu",
    "xa cu nao",
    "sau sap nhap",
    "sau khi sap nhap",
    "from july 2025",
    "bay h",
    "bh",
    "h gom",
    "don vi hanh chinh cap xa",
    "gio gom",
    "gio con",
    "gio dat",
    "gio no",
    "h no",
    "gio thieu",
    "gio da",
    "gio ra sao",
    "gio the nao",
    "don vi cap xa",
    "1 7 2025",
    "01 7 2025",
    "1 07 2025",
    "01 07 2025",
    "thang 7 2025",
    "thang 7 nam 2025",
    "july 2025",
    "now",
    "today",
)
OLD_CUES = ("truoc sap nhap", "truoc khi sap nhap", "nam 2023", "2022", "2023")
BECAME_CUES = (
    "duoc chia",
    "bi chia",
    "chia ve",
    "chia cho",
    "tach ve",
    "ve dau",
    "di dau",
    "thuoc xa nao",
    "thuoc phuong nao",
    "gio thuoc",
    "nay thuoc",
    "sap nhap vao",
    "nhap vao",
    "sap nhap voi",
    "nhap voi",
    "ghep voi",
    "ghep vao",
    "gop vao",
    "gop voi",
    "duoc ghep",
    "thanh xa nao",
    "con khong",
    "con ton tai",
    "chia the nao",
    "chia nhu the nao",
    "doi thanh",
    "gio o",
    "ve xa nao",
    "ve phuong nao",
    "chia thanh",
    "chung 1 xa",
    "thanh may xa",
    "tach thanh",
    "chung mot xa",
    "o xa nao",
    "bi sap nhap",
    "co sap nhap",
    "sap nhap khong",
    "sap nhap ko",
    "sap nhap chua",
    "became",
    "merged into",
)
MADE_OF_CUES = (
    "gom",
    "xa cu nao",
    "nhung xa cu",
    "don vi cu nao",
    "hop thanh",
    "sap nhap tu",
    "tao thanh",
    "ghep tu",
    "tu nhung xa nao",
    "tu xa nao",
    "made of",
    "formed from",
    "formed my",
    "old communes",
)
WHERE_CUES = ("o dau", "thuoc dau", "nam o dau", "where is")
NEW_SET_CUES = (
    "2026",
    "2026 2030",
    "26 30",
    "theo tc moi",
    "bo tc moi",
    "tc moi la",
    "theo tieu chi moi",
    "tieu chi moi la",
    "ntm moi",
    "bo moi",
    "giai doan moi",
    "bo tieu chi moi",
    "qd 51",
    "quyet dinh 51",
    "51 2025",
)
TIER_CUES = ("nang cao", "kieu mau", "hien dai", "advanced", "model")  # above the standard
AVERAGE_CUES = ("binh quan", "bq", "trung binh", "average")
COVERAGE_CUES: tuple[str, ...] = (
    "co so lieu",
    "chua co so lieu",
    "co hien trang",
    "da nhap",
    "have data",
)
COVERAGE_CUES += ("da cap nhat", "chua cap nhat", "co du lieu", "da bao cao", "xa cap nhat")
COVERAGE_CUES += ("cap nhat so lieu", "nhap so lieu")
GROUP_CUES: tuple[str, ...] = (
    "nhom xa",
    "thuoc nhom",
    "nhom may",
    "nhom nao",
    "xa nhom",
    "which group",
)
GROUP_CUES += ("what group", "group is")
NUMBERED_GROUP_CUES = (
    "nhom may",
    "nhom 1",
    "nhom 2",
    "nhom 3",
    "which group",
    "what group",
)  # 2026-2030 only
CRITERION_NUMBER = re.compile(r"\b(?:tieu chi|tc|criterion)\s*(?:so\s*)?(\d{1,2})\b")
CRITERIA_CUES = (
    "tieu chi",
    "dat chuan",
    "tc",
    "thieu",
    "chua dat",
    "da dat",
    "dat bao nhieu",
    "ke hoach",
    "criteria",
)
COUNT_CUES = ("bao nhieu", "may", "bn", "bao nhiu", "nhiu", "how many")
KIND_CUES = ("phuong hay xa", "xa hay phuong", "la phuong", "la xa", "ward or")
# A count of units that meet a standard is the plan's (status), not a count of today's units.
STATUS_CUES = (*CRITERIA_CUES, "dat", "dat chuan", "ntm", "nong thon moi", "nang cao", "kieu mau")
UNIT_WORDS = ("xa", "phuong", "don vi", "dv", "huyen", "communes", "units", "wards")
LIST_CUES: tuple[str, ...] = ("ke ten", "liet ke", "danh sach", "nhung xa nao", "cac xa nao")
LIST_CUES += ("nhung phuong nao", "cac phuong nao", "nhung don vi nao", "la nhung", "list")
# Which units a count or a list is of: the first kind word said ('bao nhiêu phường').
COUNTED_KINDS = (("phuong", "phuong"), ("thi tran", "thi_tran"), ("xa", "xa"), ("ward", "phuong"))
# The units a new unit was formed from, asked about ('còn các xã cũ thì sao'): their history.
PREDECESSOR_CUES: tuple[str, ...] = ("xa cu", "cac xa cu", "nhung xa cu", "may xa cu", "don vi cu")
PREDECESSOR_CUES += ("truoc sap nhap", "truoc khi sap nhap")
STRUCTURE_CUES = ("con huyen", "con thi tran", "con cap huyen")  # 'bây giờ còn huyện không'
# What a criterion of the 2026-2030 set requires ('xã X phải đạt những chỉ tiêu nào của tc 2').
REQUIREMENT_CUES = ("chi tieu", "phai dat", "yeu cau", "noi dung", "quy dinh", "indicators")
LATER_YEAR = re.compile(r"\b20(?:2[4-9]|3\d)\b")  # a year after the plan's: units had changed


# Words without which a question naming units of the 2023 plan exactly is the plan's to answer
# (read() below claims no such question): now, the new set, what became of a unit or what it
# is made of, where it is, its group.
TIME_CUES = (
    *NOW_CUES,
    *NEW_SET_CUES,
    *BECAME_CUES,
    *MADE_OF_CUES,
    *WHERE_CUES,
    *GROUP_CUES,
    "moi",
)
# A bare 'giờ', 'nay' after an old name in a short message ('Tĩnh Bắc giờ?', 'Long Đống nay').
SHORT_NOW = ("gio", "nay")
SHORT_WORDS = 4
