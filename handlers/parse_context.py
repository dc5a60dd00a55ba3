"""What a question's words say of its context: the unit asked before it points at, whether it
is a short follow-up, a name not found, its period, and what the plan has no figure for."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.gazetteer import Mention
from handlers.lexicon import Hit, phrases_of
from handlers.parse_units import SHORTEST_CLOSED_NAME, Loose
from handlers.parse_words import Numbers, Words
from handlers.query import Measure, Period, Scope
from vocab.text import has_phrase


def status_of_no_one(found: Words, loose: Loose, criterion: int | None) -> bool:
    """'thiếu gì', 'đạt tc 5 chưa', 'phấn đấu tc nào' with no unit, no group, no kind of unit
    asked: the question is about the unit asked before (the chat's last question), if any."""
    status = found.has("measure", "lacking") or found.has("measure", "met")
    aims = criterion is None and asks_criteria_aimed_at(found)
    return (status or aims) and (
        loose.unknown is None
        and not any(found.has(slot) for slot in _NOT_OF_ONE_UNIT)
        and not (found.has("which", "xa") or found.has("which", "district"))
    )


# Words that make a status question about something else than the unit asked before.
_NOT_OF_ONE_UNIT = ("group", "kind", "filter", "exclude", "topic", "figure", "position")


# A short message of these words only ('Bình Gia?', 'hết 2022?', 'nc?', 'bottom 3', 'bao nhiêu
# %') asks the last question again with what it changes.
_ELLIPSIS_SLOTS = frozenset(("period", "set", "followup", "stop", "refer", "order", "crit"))
_ELLIPSIS_MEASURES = frozenset(("share", "count", "overview"))
MAX_ELLIPSIS_WORDS = 5


def elliptical(typed: Sequence[str], found: Words, mentions: Sequence[Mention]) -> bool:
    """Tell whether a short message only gives a unit, a period, a set, a criterion, an order
    or a share: what a follow-up changes in the last question."""
    if not typed or len(typed) > MAX_ELLIPSIS_WORDS:
        return False
    measures = set(found.values("measure"))
    slots = {h.slot for h in found.hits} - {"measure"}
    if measures & {"count", "share"}:
        slots -= {"kind"}  # 'bn xã?': how many of the last answer's units
    return (
        slots <= _ELLIPSIS_SLOTS
        and measures <= _ELLIPSIS_MEASURES
        and bool(mentions or slots - {"stop", "followup", "refer"} or measures)
    )


def reported_name(unknown: str | None) -> bool:
    """Tell whether words left after 'huyện' or 'xã' are a name not found: two words, one long
    word, or one short word that is no common word ('huyện XYZ', not 'cả huyện là bn')."""
    if not unknown:
        return False
    return (
        " " in unknown or len(unknown) >= SHORTEST_CLOSED_NAME or unknown not in phrases_of("stop")
    )


# Words that make 'huyện …' ask which unit ('huyện nào', 'huyện cao nhất'; 'đứng thứ 2' too).
_ASKS_A_UNIT = ("which", "position", "order")


def name_not_found(loose: Loose, found: Words, numbers: Numbers) -> bool:
    """'huyện XYZ bình quân': a name typed after 'huyện' or 'xã' that no unit has (not
    'huyện nào', 'huyện đứng thứ 2')."""
    asks_which = numbers.nth is not None or any(map(found.has, _ASKS_A_UNIT))
    return loose.marked and reported_name(loose.unknown) and not asks_which


# Words before a follow-up that do not stop it being one: 'ok vậy còn …', 'ừ, thế còn …'.
_LEAD_SLOTS = ("stop", "greet")


def points_back(found: Words, folded: Sequence[str]) -> bool:
    """'xã đó', 'còn …', 'thì sao', 'à nhầm, …': the question points back at the last one
    (a follow-up word first, after fillers; a correction anywhere)."""
    lead = 0
    for h in sorted((h for s in _LEAD_SLOTS for h in found.slots.get(s, ())), key=_start):
        lead = h.end if h.start <= lead else lead
    return found.has("refer") or any(
        h.start <= lead
        or h.value == "fix"
        or (h.value == "more" and folded[h.start] in ("thi", "what", "how"))
        or (h.end == len(folded) and folded[h.start] == "thi")  # 'cả tỉnh thì?'
        for h in found.slots.get("followup", ())
    )


def _start(h: Hit) -> int:
    return h.start


def asks_criteria_aimed_at(found: Words) -> bool:
    """'phấn đấu tc nào', 'chỉ tiêu năm 2023 là tc nào': which criteria are aimed at (a word for
    criteria of its own, not the target word 'chỉ tiêu' read as both)."""
    if not found.has("measure", "target") or found.has("measure", "average"):
        return False  # 'mục tiêu bình quân …': the average aimed at, not criteria
    targets = {(h.start, h.end) for h in found.slots["measure"] if h.value == "target"}
    crit = [h for h in found.slots.get("crit", ()) if (h.start, h.end) not in targets]
    return found.has("which", "criterion") or bool(crit)


_SPANS = ({2021, 2025}, {2026, 2030})  # the programmes' periods


def period_of(found: Words, numbers: Numbers) -> tuple[Period, int | None]:
    other = [y for y in numbers.years if y not in (2022, 2023)]
    if other:  # 'giai đoạn 2021-2025': a programme's span, not a year asked
        return (Period.ANY, None) if set(other) in _SPANS else (Period.OTHER, other[0])
    if found.has("period", "other"):
        return Period.OTHER, None
    if 2022 in numbers.years:
        return Period.END_2022, 2022
    if 2023 in numbers.years:
        return Period.PLAN_2023, 2023
    values = found.values("period")
    if "plan_2023" in values:
        return Period.PLAN_2023, None
    if "end_2022" in values:
        return Period.END_2022, None
    return Period.ANY, None


OFF_TOPIC = frozenset({"weather", "price"})
_CHAT = frozenset({Measure.GREET, Measure.HELP, Measure.UNKNOWN, Measure.REPORT_HOW})


def beyond_the_plan(
    measure: Measure,
    scope: Scope,
    criterion: int | None,
    period: Period,
    year: int | None,
    found: Words,
    crit_hits: list[Hit],
) -> tuple[Measure, str | None]:
    """Name what the plan has no figure for (the topic); the measure stays what was asked."""
    topic = next((v for v in found.values("topic")), None)
    local = scope in (Scope.DISTRICT, Scope.COMMUNE)
    if topic == "population" and found.has("figure") and not local:
        topic = None  # 'dạy nghề cho bao nhiêu người': the plan's figure, counted in people
    asked_status = found.has("measure", "met") or found.has("measure", "lacking")
    asks_criteria = found.has("crit") or found.has("which", "criterion")
    if topic in OFF_TOPIC:
        return Measure.UNKNOWN, topic
    if topic == "neighbours":  # 'xã bên cạnh' unnamed: the plan cannot say which it is
        return measure, (topic if scope == Scope.NONE else None)
    if topic is not None and not (asked_status and asks_criteria):  # else it is context
        return measure, topic
    if period == Period.OTHER and (measure not in _CHAT or year is not None):
        return measure, "year"
    if measure == Measure.FUNDING and local:
        return measure, "funding_unit"
    if found.has("figure") and local and not found.has("crit"):
        return measure, "figure_unit"
    if local and found.has("province_only"):
        return measure, "figure_unit"  # OCOP is the province's only
    income = criterion == 10 or (criterion is None and names_income(crit_hits))
    unit = scope in (Scope.DISTRICT, Scope.COMMUNE)
    if income and unit and not found.has("crit") and not asked_status:
        return measure, "income_unit"
    return measure, None


def names_income(crit_hits: list[Hit]) -> bool:
    return any(h.slot == "crit_ntm" and h.value == "10" for h in crit_hits)


# What 'những xã nào' may come with and still ask only which units the last answer counted.
_NAMES_ONLY = frozenset(("measure", "which", "kind", "stop", "followup", "refer", "greet"))


def names_only(found: Words, criterion: int | None, numbers: Numbers) -> bool:
    """'những xã nào', 'là những xã nào vậy': which units, and nothing else said ('kể tên ra'
    in other words: the last question's units, listed)."""
    if not found.has("measure", "list") or criterion is not None or numbers.years:
        return False
    listed = [h for h in found.slots["measure"] if h.value == "list"]
    slots = {h.slot for h in found.hits}
    said = slots <= _NAMES_ONLY and set(found.values("measure")) == {"list"}
    return said and any(h.end - h.start >= 3 for h in listed)  # not 'xã nào' alone


# What a question on reporting is about, first found first: words.tsv slot report_topic.
_REPORT_TOPICS = ("register", "approve", "evidence", "commands", "channel")


def report_topic(folded: Sequence[str]) -> str | None:
    """What a question on reporting is about ('mã đăng ký', 'ai duyệt', 'qua đâu'), or None."""
    padded = f" {' '.join(folded)} "
    found = (t for t in _REPORT_TOPICS if has_phrase(padded, phrases_of("report_topic", t)))
    return next(found, None)
