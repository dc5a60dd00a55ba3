"""The Lạng Sơn question mix the answer benchmarks time, and the one question of the CLI runs."""

from __future__ import annotations

CLI_QUESTION = "Xã Nhân Lý còn thiếu tiêu chí nào?"

# A realistic Lạng Sơn mix: diacritics or not, abbreviations, typos, follow-ups, off-topic.
LS_QUESTIONS: tuple[str, ...] = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "nhan ly con thieu tieu chi gi",
    "nhan lyy con thieu tc gi",
    "Mẫu Sơn còn thiếu tiêu chí nào",
    "xã Mẫu Sơn huyện Lộc Bình đạt những tiêu chí nào",
    "Bình quân tiêu chí huyện Tràng Định",
    "binh quan tieu chi huyen trang dinh",
    "bq tc toàn tỉnh",
    "bq nâng cao huyện Chi Lăng",
    "thế còn huyện Bắc Sơn thì sao",
    "tc 5 có bao nhiêu xã đạt",
    "tiêu chí 2 huyện Văn Lãng có bao nhiêu xã đạt",
    "tc y te toan tinh bao nhieu xa dat",
    "huyện nào cao nhất",
    "huyen nao thap nhat",
    "các xã biên giới",
    "danh sách xã đặc biệt khó khăn",
    "các xã phấn đấu đạt chuẩn ntm năm 2023",
    "tổng vốn 2023",
    "kinh phi thuc hien bao nhieu",
    "tiêu chí 17 là gì",
    "tc 8 la gi",
    "bộ tiêu chí nông thôn mới gồm những gì",
    "mục tiêu năm 2023",
    "thời tiết hôm nay",
    "xin chào",
    "bot làm được gì",
    "tinh bac chua dat tc nao??",
    "còn xã Đồng Tiến thì sao",
    "Long Đống còn mấy tiêu chí chưa đạt",
    "Khánh Xuân còn thiếu tiêu chí nâng cao nào",
    "tình hình xã Quang Lạc",
    "xã Tân Thành còn thiếu gì",
    "hoang dongg con thieu tieu chi kieu mau nao",
    "xã Thành Công còn thiếu tiêu chí nào",
    "/xa Nhân Lý",
    "/tieuchi 5",
    "giao thông huyện Lộc Bình có bao nhiêu xã đạt",
    "ok cảm ơn bạn nhé",
    "Huyện Cao Lộc",
)
