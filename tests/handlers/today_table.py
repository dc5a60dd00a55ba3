"""Questions about today's units, with and without diacritics: the kind and the units meant.

A unit is written (bare name, period): "2023" is the unit of the 2023 roster, "2025" the unit
since 1 July 2025. kind None: the question is the plan's (the 2023 unit, answered as before).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    text: str
    kind: str | None
    units: tuple[tuple[str, str], ...] = ()


OLD_NEW = (("Nhân Lý", "2023"), ("Nhân Lý", "2025"))
TODAY_UTTERANCES: tuple[T, ...] = (
    # what became of an old unit
    T("Tĩnh Bắc giờ thuộc xã nào?", "became", (("Tĩnh Bắc", "2023"),)),
    T("tinh bac gio thuoc xa nao", "became", (("Tĩnh Bắc", "2023"),)),
    T("Tĩnh Bắc bây giờ là xã nào", "became", (("Tĩnh Bắc", "2023"),)),
    T("xã tĩnh bắc sáp nhập vào đâu rồi", "became", (("Tĩnh Bắc", "2023"),)),
    T("Bính Xá được chia về đâu?", "became", (("Bính Xá", "2023"),)),
    T("binh xa duoc chia ve dau", "became", (("Bính Xá", "2023"),)),
    T("Kiên Mộc được chia thế nào", "became", (("Kiên Mộc", "2023"),)),
    T("dai dong bi chia ve dau", "became", (("Đại Đồng", "2023"),)),
    T("Mẫu Sơn giờ thuộc xã nào", "became", (("Mẫu Sơn", "2023"), ("Mẫu Sơn", "2023"))),
    # the district typed after a reused name narrows it: Cao Lộc's Mẫu Sơn only
    T("xa mau son cao loc gio thuoc xa nao", "became", (("Mẫu Sơn (Cao Lộc)", "2023"),)),
    T("Vĩnh Tiến còn tồn tại không", "became", (("Vĩnh Tiến", "2023"),)),
    T("what became of Tinh Bac", "became", (("Tĩnh Bắc", "2023"),)),
    T("Tĩnh Bắc bây h thuộc đâu", "became", (("Tĩnh Bắc", "2023"),)),
    T("xa binh xa co bi sap nhap khong", "became", (("Bính Xá", "2023"),)),
    # what a unit is made of
    T("xã Khuất Xá mới gồm những xã nào?", "made_of", (("Khuất Xá", "2025"),)),
    T("xa khuat xa moi gom nhung xa nao", "made_of", (("Khuất Xá", "2025"),)),
    T("Nhân Lý hiện nay gồm những xã nào", "made_of", (("Nhân Lý", "2025"),)),
    T("mau son moi gom nhung xa nao", "made_of", (("Mẫu Sơn", "2025"),)),
    T("phường Kỳ Lừa được hợp thành từ những phường nào", "made_of", (("Kỳ Lừa", "2025"),)),
    T("Xã Tràng Định mới gồm những xã nào", "made_of", (("Tràng Định", "2025"),)),
    T("huyen trang dinh bay gio gom nhung xa nao", "became", (("Tràng Định", "2023"),)),
    # the 2026-2030 group of a xã: numbered groups exist only in the new set
    T("xã Nhân Lý thuộc nhóm mấy", "group", (("Nhân Lý", "2025"),)),
    T("nhan ly nhom may", "group", (("Nhân Lý", "2025"),)),
    T("Ba Sơn thuộc nhóm nào", "group", (("Ba Sơn", "2025"),)),
    # how many units today
    T("Lạng Sơn bây giờ có bao nhiêu xã, phường?", "count"),
    T("lang son hien nay co bao nhieu xa phuong", "count"),
    T("tỉnh hiện có mấy đơn vị cấp xã", "count"),
    T("how many communes does Lang Son have now", "count"),
    # criteria of a new xã: its predecessors' history
    T("xã Nhân Lý mới còn thiếu tiêu chí nào", "history", (("Nhân Lý", "2025"),)),
    T("xa nhan ly moi con thieu tc nao", "history", (("Nhân Lý", "2025"),)),
    T("Khuất Xá hiện nay còn thiếu tiêu chí nào", "history", (("Khuất Xá", "2025"),)),
    T("Ba Sơn còn thiếu tiêu chí nào", "history", (("Ba Sơn", "2025"),)),
    T("ba son con thieu tieu chi gi", "history", (("Ba Sơn", "2025"),)),
    T("phuong luong van tri dat bao nhieu tieu chi", "history", (("Lương Văn Tri", "2025"),)),
    # where: old and new, neither decides -> ask; a word decides
    T("Nhân Lý ở đâu", "where", OLD_NEW),
    T("nhan ly o dau", "where", OLD_NEW),
    T("Nhân Lý cũ ở đâu", "where", (("Nhân Lý", "2023"),)),
    T("Mẫu Sơn ở đâu", "where", (("Mẫu Sơn", "2023"), ("Mẫu Sơn", "2025"))),
    T("mẫu sơn mới còn thiếu tiêu chí nào", "history", (("Mẫu Sơn", "2025"),)),
    T("xã Nhân Lý mới ở đâu", "where", (("Nhân Lý", "2025"),)),
    # the 2023 plan's questions stay the plan's
    T("Xã Nhân Lý còn thiếu tiêu chí nào?", None),
    T("nhan ly con thieu tc gi", None),
    T("Khuất Xá còn thiếu tiêu chí nào", None),
    T("cho mình hỏi xã Tĩnh Bắc còn thiếu những tiêu chí nào ạ", None),
    T("Mẫu Sơn còn thiếu tiêu chí nào", None),
    T("bình quân tiêu chí huyện Tràng Định", None),
    T("tc 5 có bao nhiêu xã đạt", None),
    # what a unit is made of is asked of today's xã Tràng Định (Đề Thám, Hùng Sơn, Hùng Việt:
    # langson_units_2025-07_new.csv), not of the 2023 district the plan would read
    T("Xã Tràng Định gồm những xã nào", "made_of", (("Tràng Định", "2025"),)),
    T("xã Cao Lộc còn thiếu gì", None),
    T("toàn tỉnh có bao nhiêu xã", None),
    # whether today's xã met the standard: its predecessors' history; 'giờ nó' after a xã
    T("xã Nhân Lý mới đã đạt chuẩn chưa", "history", (("Nhân Lý", "2025"),)),
    # 'gồm' on a name whose 2023 unit was a district is the plan's list of its xã; of another
    # reused name, today's unit's parts (langson_units_2025-07_new.csv)
    T("Cao Lộc gồm những xã nào", None),
    T("phuong tam thanh gom nhung dau", "made_of", (("Tam Thanh", "2025"),)),
    T("Đoàn Kết mới có những xã cũ nào", "made_of", (("Đoàn Kết", "2025"),)),
    # teencode and short words for now, average and coverage; what a reused name is made of
    T("Tam Thanh giờ đạt mấy tiêu chí", "history", (("Tam Thanh", "2025"),)),
    T("bq tieu chi cac xa hien tai", "average"),
    T("hiện tại đã có bao nhiêu xã cập nhật số liệu theo bộ mới", "coverage"),
    T("xa quoc khanh gom nhung xa nao", "made_of", (("Quốc Khánh", "2025"),)),
    T("xã Quốc Khánh cũ gồm những thôn nào", None),
    T("what group is Trang Dinh commune in", "group", (("Tràng Định", "2025"),)),
    # a year after the plan's: units had changed (the count names each period)
    T("năm 2024 toàn tỉnh có mấy xã", "count"),
    T("xã Nhân Lý năm 2024 đạt mấy tiêu chí", None),  # the plan says it has no 2024 figures
    # 'hiện giờ', and districts counted now (there are none since 01/07/2025)
    T("hiện giờ có bao nhiêu xã phường", "count"),
    T("bây giờ tỉnh còn mấy huyện", "count"),
    # a bare 'giờ' or 'nay' after an old name in a short message; 'bn' counts
    T("Bính Xá giờ?", "became", (("Bính Xá", "2023"),)),
    T("Vĩnh Tiến nay", "became", (("Vĩnh Tiến", "2023"),)),
    T("bn xa phuong hien nay", "count"),
    T("bay gio co bao nhieu dv cap xa", "count"),
    # the 2026-2030 set in the words officials use for it
    T("tiêu chí 3 giai đoạn 26-30 gồm những gì", "new_set"),
    T("theo tc mới thì có mấy tiêu chí", "new_set"),
    T("bo tieu chi ntm moi gom nhung gi", "new_set"),
    # the new set by its parts: 'tiêu chí 7 mới', a numbered group; 'tiêu chí 17 môi trường'
    # is the 2023 plan's
    T("tiêu chí 7 mới gồm những chỉ tiêu nào", "new_set"),
    T("xã nhóm 1 phải đạt những gì", "new_set"),
    T("bao nhiêu xã đã đạt tiêu chí 17 môi trường năm 2023", None),
    # what a criterion of the new set requires is the same whichever xã asks
    T("tiêu chí 5 theo bộ mới xã Đoàn Kết phải đạt những chỉ tiêu gì", "new_set"),
    # 'now' beside a standard or criteria: a status count, the plan's (today's units have none)
    T("hiện nay có bao nhiêu xã nông thôn mới", None),
    T("bay gio tinh co may xa dat chuan", None),
    T("hiện tại bao nhiêu xã đạt 19 tiêu chí", None),
    T("now how many communes meet the NTM standard", None),
    T("Lạng Sơn có bao nhiêu xã đạt chuẩn nông thôn mới", None),
)
