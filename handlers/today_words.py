"""Read a question about today's units: what it asks and which units (of which period) it names.

The 2023 plan's questions are read by handlers.parse; this module only claims a question when
it asks about now ("bây giờ", "hiện nay", "xã mới"), about what became of a unit, what a unit
is made of, or names a unit that exists only today. Everything else goes to the plan as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from handlers.lexicon import REPORT_WORDS
from handlers.today_cues import (
    AVERAGE_CUES,
    BECAME_CUES,
    COUNT_CUES,
    COUNTED_KINDS,
    COVERAGE_CUES,
    CRITERIA_CUES,
    CRITERION_NUMBER,
    GROUP_CUES,
    KIND_CUES,
    LATER_YEAR,
    LIST_CUES,
    MADE_OF_CUES,
    MAX_NAME_WORDS,
    NEW_SET_CUES,
    NOW_CUES,
    NUMBERED_GROUP_CUES,
    OLD_CUES,
    PREDECESSOR_CUES,
    PROVINCE_WORDS,
    REQUIREMENT_CUES,
    SHORT_NOW,
    SHORT_WORDS,
    STATUS_CUES,
    STRUCTURE_CUES,
    TIER_CUES,
    TIME_CUES,
    UNIT_WORDS,
    WHERE_CUES,
)
from store.timeline import PLAN_DAY, TimedUnit, Timeline
from vocab.places import bare_name
from vocab.text import canon, fold, has_diacritics, has_phrase


def asks_what_became(text: str) -> bool:
    """Tell whether a text asks what became of a unit, what it is made of, or where it is."""
    return has_phrase(f" {fold(text)} ", (*BECAME_CUES, *MADE_OF_CUES, *WHERE_CUES))


def asks_now(text: str) -> bool:
    """Tell whether a text asks about now ('hiện nay', 'bây giờ')."""
    return has_phrase(f" {fold(text)} ", NOW_CUES)


def speaks_of_time(text: str) -> bool:
    """Tell whether a question has a word about now, the new set, what became of a unit, or a
    year after the plan's (units had changed by then); a bare 'giờ' in a short one too."""
    padded = f" {fold(text)} "
    return short_now(padded) or has_phrase(padded, TIME_CUES) or bool(LATER_YEAR.search(padded))


def short_now(padded: str) -> bool:
    """A bare 'giờ' or 'nay' in a message of a few words ('Tĩnh Bắc giờ?'), not 'năm nay'."""
    said = padded.replace(" nam nay ", " ")
    return said.count(" ") <= SHORT_WORDS + 1 and has_phrase(said, SHORT_NOW)


class TodayKind(StrEnum):
    """What a question about units in time asks."""

    BECAME = "became"  # what became of an old unit
    MADE_OF = "made_of"  # which units a unit was formed from
    COUNT = "count"  # how many units there are today
    HISTORY = "history"  # the criteria of a new unit: its predecessors' status, as history
    WHERE = "where"  # where a unit is (asked back when the name is old and new)
    AVERAGE = "average"  # the average criteria met per xã today, newest period with data
    COVERAGE = "coverage"  # which xã of today have status in the newest period
    NEW_SET = "new_set"  # the 2026-2030 set: its criteria, a criterion's indicators and targets
    GROUP = "group"  # a xã's group (1, 2, 3) under the 2026-2030 set
    LIST = "list"  # the units of today, of one kind or all ('about': xa, phuong, thi_tran)


@dataclass(frozen=True)
class TodayQuestion:
    """A question about units in time: its kind, the name as typed and the units it may mean."""

    kind: TodayKind
    name: str = ""
    keys: tuple[str, ...] = ()
    criterion: int | None = None
    about: str = ""  # of the new set: "groups" (nhóm 1, 2, 3) or "tiers" (above the standard);
    # of a count or a list: the kind of unit (xa, phuong, thi_tran; "" for all)


KIND_WORDS = {"xa": ("xa",), "phuong": ("phuong",), "tran": ("thi_tran",), "huyen": ("district",)}


def _name_in(text: str, timeline: Timeline) -> tuple[str, list[TimedUnit], list[TimedUnit]]:
    """The leftmost longest unit name in the text (any period), with every unit it names; a
    kind word just before it ('xã', 'phường', 'huyện') keeps the units of that kind (the last
    list has every unit of the name, whatever its kind)."""
    typed = text.split()
    folded = [fold(w) for w in typed]
    for start in range(len(folded)):
        for size in range(min(MAX_NAME_WORDS, len(folded) - start), 0, -1):
            phrase = " ".join(folded[start : start + size])
            keys = timeline.named(phrase)
            city = start > 0 and folded[start - 1] in ("pho", "tp")
            if not keys or (phrase == PROVINCE_WORDS and not city) or phrase in MADE_OF_CUES:
                continue  # 'các xã cũ hợp thành Ba Sơn': the words, not xã Hợp Thành
            as_typed = " ".join(typed[start : start + size])
            units = [timeline.units[k] for k in keys]
            if has_diacritics(as_typed):
                exact = [u for u in units if canon(bare_name(u.name)) == canon(as_typed)]
                units = exact or units
            kinds = KIND_WORDS.get(folded[start - 1], ()) if start else ()
            units = _in_district(units, folded[start + size :], timeline)
            return as_typed, [u for u in units if u.kind in kinds] or units, units
    return "", [], []


# 'mới' that says no new unit or set: 'cán bộ mới' (a new official), 'Văn Lãng mới đúng' (is
# right).
_FALSE_NEW = re.compile(r"(?<=\bcan bo) moi\b| moi (?=dung\b)")


def named_units(text: str, timeline: Timeline) -> list[TimedUnit]:
    """The units of every period the leftmost longest name in a text may mean."""
    return _name_in(text, timeline)[1]


def _in_district(units: list[TimedUnit], after: list[str], timeline: Timeline) -> list[TimedUnit]:
    """A reused name narrowed by the (former) district typed after it ('Hòa Bình Chi Lăng',
    'Mẫu Sơn (Cao Lộc)'): the units whose district it is, else all of them."""
    if len(units) < 2:
        return units
    words = [w for w in after if w not in ("huyen", "h", "ben", "o", "thuoc", "cua")]
    words = words[:MAX_NAME_WORDS]
    for size in range(len(words), 0, -1):
        named = timeline.named(" ".join(words[:size]))
        districts = {k for k in named if timeline.units[k].kind == "district"}
        narrowed = [u for u in units if u.parent_key in districts]
        if districts and narrowed:
            return narrowed
    return units


def _split(units: list[TimedUnit], timeline: Timeline, today: date) -> tuple[list[str], list[str]]:
    """Old units (ceased, none the whole continuation of another) and today's units."""
    old = [u.key for u in units if not u.valid_on(today)]
    continued = {s.to_key for k in old for s in timeline.went_to(k) if s.share == "whole"}
    old = [k for k in old if k not in continued]
    return old, [u.key for u in units if u.valid_on(today)]


# The 2026-2030 set named by its parts: 'tiêu chí 3 mới', a numbered group ('xã nhóm 2').
_NEW_SET_WORDS = re.compile(r"\b(?:tieu chi|tc) \d{1,2} moi\b(?! truong)|\bnhom [123]\b")


def _unnamed(plain: str, padded: str, now: bool) -> TodayQuestion | None:
    """A question naming no unit: an average, coverage, the new set, or a count, about now."""
    new_set = has_phrase(padded, NEW_SET_CUES) or bool(_NEW_SET_WORDS.search(plain))
    recent = now or new_set
    if recent and has_phrase(padded, AVERAGE_CUES):
        return TodayQuestion(TodayKind.AVERAGE)
    if recent and has_phrase(padded, COVERAGE_CUES):
        return TodayQuestion(TodayKind.COVERAGE)
    if new_set:
        match = CRITERION_NUMBER.search(plain)
        about = (
            "groups" if " nhom " in padded else "tiers" if has_phrase(padded, TIER_CUES) else ""
        )
        number = int(match.group(1)) if match else None
        return TodayQuestion(TodayKind.NEW_SET, criterion=number, about=about)
    of_units = has_phrase(padded, UNIT_WORDS) and not has_phrase(padded, STATUS_CUES)
    if now and of_units and has_phrase(padded, LIST_CUES):  # not 'những xã nào đạt chuẩn'
        return TodayQuestion(TodayKind.LIST, about=counted_kind(padded))
    counted = of_units and has_phrase(padded, COUNT_CUES)
    if counted and LATER_YEAR.search(plain):  # 'tháng 3 năm 2025 tỉnh có bao nhiêu xã'
        return TodayQuestion(TodayKind.COUNT, about=counted_kind(padded))
    if now and (counted or has_phrase(padded, STRUCTURE_CUES)):
        return TodayQuestion(TodayKind.COUNT, about=counted_kind(padded))
    return None


def counted_kind(padded: str) -> str:
    """The kind of unit a count or a list asks for ('bao nhiêu phường': phuong), or ''."""
    said = [(padded.find(f" {word} "), kind) for word, kind in COUNTED_KINDS]
    return min(((at, kind) for at, kind in said if at >= 0), default=(0, ""))[1]


def _named(
    padded: str,
    name: str,
    old: list[str],
    new: list[str],
    now: bool,
    fresh: bool,
    no_district: bool,
) -> TodayQuestion | None:
    """A question naming a unit, by its cue words; `fresh`: the name is only today's, or the
    question says now or names the 2026-2030 set (the plan's own readings stay the plan's);
    `no_district`: the old unit of the name is no district ('huyện Cao Lộc gồm những xã nào' is the
    plan's list, 'phường Đông Kinh gồm những đâu' today's unit's parts)."""
    criteria = has_phrase(padded, CRITERIA_CUES)
    old_cue = f" {fold(name)} cu " in padded or has_phrase(padded, OLD_CUES)
    if has_phrase(padded, GROUP_CUES) and new and fresh:
        return TodayQuestion(TodayKind.GROUP, name, tuple(new))
    # 'phường Đông Kinh gồm những đâu': what a unit is made of is asked of today's, unless 'cũ'
    if (
        has_phrase(padded, MADE_OF_CUES)
        and not criteria
        and (new if fresh or (no_district and not old_cue) else now)
    ):
        return TodayQuestion(TodayKind.MADE_OF, name, tuple(new or old))
    if has_phrase(padded, BECAME_CUES) or (old and not new and now and not criteria):
        return TodayQuestion(TodayKind.BECAME, name, tuple(old or new))
    if has_phrase(padded, WHERE_CUES):
        keys = old if old_cue or not new else new if now or not old else old + new
        return TodayQuestion(TodayKind.WHERE, name, tuple(keys))
    return None


def read(
    text: str,
    timeline: Timeline,
    today: date,
    pointed: tuple[str, ...] = (),
    criteria: bool = False,
) -> TodayQuestion | None:
    """Return the question about units in time the text asks, or None (a question for the plan).

    `pointed`: the unit a text naming none means by 'xã đó' (the chat's last one); `criteria`:
    the chat's last question asked a unit's criteria ('ý em là Nhân Lý mới' asks them again).
    """
    plain = " ".join(_FALSE_NEW.sub(" ", fold(text)).split())  # 'cán bộ mới', 'X mới đúng'
    padded = f" {plain} "
    if has_phrase(padded, REPORT_WORDS) and not has_phrase(padded, (*BECAME_CUES, *MADE_OF_CUES)):
        return None  # 'hạn nộp báo cáo tháng của xã Ba Sơn': reporting, not the unit's story
    name, units, every = _name_in(text, timeline)
    named = bool(units)
    if not units and pointed:
        units = every = [timeline.units[k] for k in pointed if k in timeline.units]
        name = bare_name(units[0].name) if units else ""
    now = has_phrase(padded, NOW_CUES) or (name != "" and f" {fold(name)} moi " in padded)
    now = now or short_now(padded)
    if not units:
        return _unnamed(plain, padded, now)
    # 'Đội Cấn cũ', or a year of the plan when nothing says now ('Điềm He mới, các xã cũ năm
    # 2023 …' asks the new xã's predecessors in 2023)
    old_cue = f" {fold(name)} cu " in padded or (has_phrase(padded, OLD_CUES) and not now)
    old, new = _split(units, timeline, today)
    in_plan = any(u.valid_on(PLAN_DAY) for u in every)  # 'xã Cao Lộc': the plan's district
    fresh = now or not in_plan or has_phrase(padded, NEW_SET_CUES + NUMBERED_GROUP_CUES)
    no_district = not any(timeline.units[k].kind == "district" for k in old)
    asked = _named(padded, name, old, new, now, fresh, no_district)
    if asked is not None:
        return asked
    status = has_phrase(padded, ("dat", "thieu", "chua dat", "da dat"))
    requires = has_phrase(padded, REQUIREMENT_CUES) or not (named or status)
    if has_phrase(padded, NEW_SET_CUES) and requires:  # 'thế theo bộ mới có mấy tiêu chí'
        return _unnamed(plain, padded, now)  # what the new set requires, the same for a xã
    predecessors = not named and has_phrase(padded, PREDECESSOR_CUES)  # of 'xã đó'
    criteria = criteria or predecessors or has_phrase(padded, CRITERIA_CUES)
    asks = criteria or named or has_phrase(padded, KIND_CUES)  # 'xã em': only what it asks of it
    if new and (now or not in_plan) and (not old_cue or not in_plan) and asks:
        kind = TodayKind.HISTORY if criteria else TodayKind.MADE_OF
        return TodayQuestion(kind, name, tuple(new))
    return None


def again(text: str, timeline: Timeline, today: date, kind: TodayKind) -> TodayQuestion | None:
    """The last question about units in time asked of the unit a follow-up names ('thế còn
    Trùng Khánh' after 'Thanh Long giờ thuộc xã nào'), or None when it names none."""
    name, units, _every = _name_in(text, timeline)
    if not units or kind not in (TodayKind.BECAME, TodayKind.MADE_OF, TodayKind.HISTORY):
        return None
    old, new = _split(units, timeline, today)
    if kind == TodayKind.BECAME:
        return TodayQuestion(kind, name, tuple(old or new))
    if not new or f" {fold(name)} cu " in f" {fold(text)} ":
        return None  # 'thế còn Bình Gia cũ': the plan's unit, for the plan to answer
    return TodayQuestion(kind, name, tuple(new))
