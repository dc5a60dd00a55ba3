"""Reports typed in words instead of a command: a status statement ('tc 17 xong rồi nhé',
'tiêu chí 2 đã đạt') and a monthly report typed out ('báo cáo tháng 11 xã Tân Minh: …'), told
from questions about them before the parser runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocab.text import fold

SET_WORDS = {
    "ntm": "ntm",
    "nong thon moi": "ntm",
    "nang cao": "nang_cao",
    "nc": "nang_cao",
    "kieu mau": "kieu_mau",
    "km": "kieu_mau",
}
# "tiêu chí 2 đã đạt", "cập nhật tc 5 chưa đạt", "báo cáo tiêu chí số 17 ntm nâng cao đã đạt"
_REPORT = re.compile(
    r"^(?:cap nhat |bao cao )?(?:tieu chi|tc) ?(?:so )?(\d{1,2})"
    r"(?: (ntm nang cao|nang cao|nc|ntm|kieu mau))?"
    r" (da dat|dat roi|da hoan thanh|chua dat|khong con dat|khong dat)(?: roi)?$"
)


@dataclass(frozen=True)
class ReportPhrase:
    """What a status statement already says: the criterion, maybe its set, met or not."""

    criterion: int
    set: str | None
    met: bool


# A status statement in free words: a criterion (or 'cập nhật') and a word that it is done or
# no longer met, and nothing that asks ('đã đạt chưa', 'bao nhiêu', 'những xã', a '?').
_CRITERION_WORD = re.compile(r"\b(?:tieu chi|tc|tieuchi|cap nhat|capnhat)")
_DONE = re.compile(
    r"\b(?:da dat|dat roi|dat r|vua dat|moi dat|dat chuan roi|dat du|xong|hoan thanh"
    r"|cong nhan|coi nhu dat|(?:ko|khong|chua) dat nua|khong con dat|du dieu kien)\b"
    r"|: ?dat\b|\bdat$|^(?:xa(?: \w+){1,3} )?dat (?:tieu chi|tc) ?\d{1,2} roi\b"
)
# Words that make a message a question, in both readings below.
_QUESTION_WORDS = "may|nao|gi|ntn|the nao|sao|duoc khong|hoi|cach|lam sao|huong dan"
# A statement may say 'chưa đạt', 'ko đạt nữa': those words ask only at its end.
_ASKS = re.compile(
    rf"\b(?:{_QUESTION_WORDS}|bao nhieu|bn|j|nhung xa|cac xa|so xa|danh sach|ds|liet ke"
    r"|hay chua|phai khong|noi|tra loi|cho biet|cho hoi|ty le|ti le|toan tinh|bao gio)\b"
    r"|\b(?:chua|khong|ko|k|hok)$"
)
_NEGATED = re.compile(r"\b(?:ko|khong|chua) dat\b|\bkhong con dat\b")
_ASKING_ENDS = ("à", "hả", "hở", "nhỉ", "chứ")  # 'tiêu chí 2 đạt rồi à': a question
_CALLED = ("bot", "ad", "anh", "chị", "em", "ơi", "ạ")  # after the particle: 'đạt rồi hả bot'


def _asks_at_the_end(text: str) -> bool:
    words = text.rstrip(" .!").casefold().split()
    while len(words) > 1 and words[-1] in _CALLED:
        words.pop()
    return bool(words) and words[-1] in _ASKING_ENDS


def is_statement(text: str) -> bool:
    """Tell whether a message says a criterion is done (or no longer met), not asks it:
    'tc 17 xong rồi nhé', 'xã em vừa đạt tiêu chí giao thông rồi', 'capnhat tc 14 dat'."""
    if "?" in text or _asks_at_the_end(text):
        return False
    folded = fold(text)
    if _REPORT.match(folded):
        return True  # 'cập nhật tc 5 chưa đạt': the strict form
    return bool(
        _CRITERION_WORD.search(folded) and _DONE.search(folded) and not _ASKS.search(folded)
    )


def statement_of(criterion: int | None, cset: str | None, text: str) -> ReportPhrase | None:
    """What a statement in free words says (the criterion read by the parser), if it names one."""
    if criterion is None:
        return None
    return ReportPhrase(criterion, cset, _NEGATED.search(fold(text)) is None)


def report_phrase(text: str) -> ReportPhrase | None:
    """Recognise a status statement (not a question) such as 'tiêu chí 2 đã đạt'."""
    if "?" in text:
        return None
    match = _REPORT.match(fold(text))
    if match is None:
        return None
    number, set_words, verb = match.groups()
    cset = "nang_cao" if set_words and "nang cao" in set_words else SET_WORDS.get(set_words or "")
    return ReportPhrase(int(number), cset, verb in ("da dat", "dat roi", "da hoan thanh"))


# A monthly report typed out instead of /baocao: it opens with the report ('báo cáo tháng 11 xã
# Tân Minh: …', 'em gửi báo cáo tháng này ạ: …') or says it repeats last month's.
_TYPED = re.compile(
    r"^(?:(?:em|toi|minh|xa em|xin|gui|nop) )*(?:gui |nop )?bao cao (?:thang|ket qua|tien do)\b"
)
_AS_BEFORE = re.compile(r"\bbao cao (?:nhu|giong) thang truoc\b")
_TYPED_MIN_WORDS = 10  # or a colon: the report's content follows
_ASKING = re.compile(rf"\b(?:{_QUESTION_WORDS}|khong|ko|chua|dc|bao gio|lam sao)\b")


def is_typed_report(text: str) -> bool:
    """Tell whether a message is a periodic report typed out ('báo cáo tháng 11 xã Tân Minh:
    …'), not a question about one ('báo cáo tháng rồi gửi sai có sửa lại đc ko')."""
    if "?" in text:
        return False
    folded = fold(text)
    if _AS_BEFORE.search(folded):
        return True
    head = fold(text.split(":", 1)[0]) if ":" in text else folded
    long_enough = ":" in text or len(folded.split()) >= _TYPED_MIN_WORDS
    return long_enough and _TYPED.search(folded) is not None and not _ASKING.search(head)
