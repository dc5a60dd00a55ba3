"""One utterance and the understanding it must produce, and how the table writes them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class U:
    text: str
    intent: str  # an Intent value from handlers/intents.py, e.g. "xa_lacking"
    units: tuple[str, ...] = ()  # GSO codes; several codes = ambiguous name, the bot must ask
    criterion: int | None = None  # criterion number mentioned, if any
    cset: str | None = None  # "ntm" (only when explicit), "nang_cao", "kieu_mau", "huyen"
    group: str | None = None  # for group_members: "bien_gioi", "dbkk", "ntm_2023", ...
    order: str | None = None  # for ranking: "max" or "min"


# Conventions of every module of the table (codes from shared/reference/langson_units_2023.csv):
# - units=("20",) when the user names the province ("toàn tỉnh", "tỉnh", "Lạng Sơn"), () when
#   no place is named at all.
# - A name shared by several xã lists every xã code (the bot must ask). For xa_* intents a
#   phường or thị trấn of the same name is not a candidate (the programme tracks xã only).
# - Without diacritics some distinct names fold together: "tan thanh" = Tân Thanh (Văn Lãng) or
#   Tân Thành (Cao Lộc, Bắc Sơn, Hữu Lũng); "van thuy" = Vạn Thủy (Bắc Sơn) or Vân Thủy (Chi
#   Lăng); "nhat tien" = Nhất Tiến (Bắc Sơn) or Nhật Tiến (Hữu Lũng).
# - cset is "ntm" only where the user names the NTM set explicitly in a criteria question;
#   group_members leaves cset None (the group already says which set), and so do funding,
#   targets and the conversational intents.
# - Criterion names map per set: NTM 5 Trường học, 14 Giáo dục và Đào tạo, 15 Y tế,
#   16 Văn hóa; nâng cao 5 Giáo dục, 14 Y tế, 15 Hành chính công, 16 Tiếp cận pháp luật.
