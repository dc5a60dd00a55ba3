"""Pick what a question measures: rules on the measure words said, then PRECEDENCE.

Each rule reads the words found and the names, and adds or drops measure words ('said');
the rules run in the order of their table, then the strongest measure said wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from handlers.gazetteer import Mention
from handlers.lexicon import Hit
from handlers.parse_context import asks_criteria_aimed_at
from handlers.parse_units import unit_key, xa_of
from handlers.parse_words import Numbers, Words, asks_xa
from handlers.query import Measure

# Which measure a question is about when its words name several, strongest first.
PRECEDENCE = (
    Measure.REPORT_RULES,
    Measure.REPORT_HOW,
    Measure.TASKS,
    Measure.FUNDING,
    Measure.COMPARE,
    Measure.RANK,
    Measure.TARGET,
    Measure.AVERAGE,
    Measure.LIST,
    Measure.LACKING,
    Measure.SHARE,
    Measure.COUNT,
    Measure.MET,
    Measure.OVERVIEW,
    Measure.ABOUT,
)


@dataclass(slots=True)
class Asked:
    """What the rules read: the words and names found, and the measure words said so far."""

    found: Words
    mentions: Sequence[Mention]
    criterion: int | None
    cset: str | None
    numbers: Numbers
    point_back: bool
    crit_hits: list[Hit]
    of: str | None
    said: set[str] = field(init=False)
    has_commune: bool = field(init=False)
    named: list[Mention] = field(init=False)
    local: list[Mention] = field(init=False)

    def __post_init__(self) -> None:
        self.said = set(self.found.values("measure"))
        reporting = self.found.has("act") or "report_how" in self.said
        if reporting and self.found.has("rule"):
            self.said.add("report_rules")  # 'hạn nộp báo cáo', 'nộp muộn có sửa được không'
        elif self.found.has("how") and self.found.has("act"):
            self.said.add("report_how")  # 'làm sao để cập nhật', 'cách nào nộp báo cáo'
        _loose_order(self.found)
        self.has_commune = any(xa_of(m) and m.marker != "district" for m in self.mentions)
        self.named = [m for m in self.mentions if m.places]
        self.local = [m for m in self.named if any(p.kind != "province" for p in m.places)]


def measure_of(
    found: Words,
    mentions: Sequence[Mention],
    criterion: int | None,
    cset: str | None,
    numbers: Numbers,
    point_back: bool,
    crit_hits: list[Hit],
    of: str | None,
) -> Measure:
    """Pick what the question measures from the words found, by PRECEDENCE and context."""
    a = Asked(found, mentions, criterion, cset, numbers, point_back, crit_hits, of)
    if _asks_info(a):
        return Measure.INFO
    for rule in _FIRST_RULES:
        rule(a)
    if found.has("member") and a.has_commune:
        return Measure.OVERVIEW  # 'Mẫu Sơn Lộc Bình có trong nhóm xã biên giới không'
    for rule in _LATER_RULES:
        rule(a)
    return _by_precedence(a) or _without_measure_word(a)


def _asks_info(a: Asked) -> bool:
    """'tiêu chí 17 là gì', 'nâng cao gồm những gì': what a criterion or a set is."""
    said, criterion = a.said, a.criterion
    return (
        "info" in said
        and (criterion is not None or bool(a.cset and not a.named))
        and (not ({"count", "list"} & said) or (criterion is not None and "count" not in said))
    )


def _order_ranks(a: Asked) -> None:
    """'huyện nào cao nhất', 'đứng thứ mấy': an order or a position asks a ranking."""
    found = a.found
    if found.has("position") or (found.has("order") and (found.has("which") or not a.has_commune)):
        a.said.add("rank")


def _exclusion_ranks(a: Asked) -> None:
    """'trừ thành phố ra' and nothing else asked: a ranking without the units left out."""
    if a.found.has("exclude") and not a.said - {"overview"}:
        excluded = a.found.slots["exclude"]
        if any(0 <= m.start - h.end <= 1 for h in excluded for m in a.named):
            a.said.add("rank")


def _bound_counts(a: Asked) -> None:
    """'có xã nào dưới 5 tiêu chí không': a bound on the criteria met counts xã."""
    filt = a.numbers.filter
    if filt is not None and filt.value is not None and a.criterion is None:
        a.said -= {"list", "met"}
        a.said.add("count")
        if a.found.has("measure", "lacking") and not a.has_commune:
            a.said.discard("lacking")  # 'xã nào còn thiếu trên 10 tc': xã counted by it


def _nth_district_ranks(a: Asked) -> None:
    """'huyện đứng thứ 2': the nth district is a ranking."""
    if a.of == "district" and a.numbers.nth:
        a.said.add("rank")


def _criteria_table_ranks(a: Asked) -> None:
    """'tiêu chí nào đã đạt 181/181', 'số xã đạt từng tiêu chí': a table of the criteria."""
    plain = not a.said - {"met", "count", "share", "overview"}
    if a.of == "criterion" and plain and not _of_one_xa(a) and not a.found.has("group"):
        a.said.add("rank")


def _of_one_xa(a: Asked) -> bool:
    """A question about one xã: named alone, or pointed at ('xã đó', 'xã em')."""
    pointed = a.found.has("refer", "back") or a.found.has("refer", "own")
    return pointed or xa_only_named(a.named)


def _each_xa_ranks(a: Asked) -> None:
    """'các xã đbkk mỗi xã đạt bao nhiêu tiêu chí': each xã's figure, as a ranking."""
    said = a.said
    listing = "list" in said or a.found.has("group")
    each_xa = "met" in said and not said - {"list", "met", "count"} and (a.local or listing)
    if listing and each_xa and not a.numbers.filter and a.criterion is None:
        said.add("rank")


def _standard_counts(a: Asked) -> None:
    """'Hữu Lũng cần thêm bao nhiêu xã đạt chuẩn': xã reaching the standard are counted."""
    filt = a.numbers.filter
    standard = filt is not None and filt.kind in ("standard", "not_standard")
    huyen = a.cset == "huyen"
    if standard and ({"count", "target"} & a.said) and not xa_only_named(a.named) and not huyen:
        a.said -= {"lacking", "met", "target"}
        a.said.add("count")


def _money_as_context(a: Asked) -> None:
    """'do thiếu vốn nên … chưa đạt tiêu chí nào': money is context, the criteria are asked."""
    asks_criteria = a.found.has("crit") or a.found.has("which", "criterion")
    if "funding" in a.said and ({"lacking", "met"} & a.said) and asks_criteria:
        a.said.discard("funding")


def _compare_needs_two(a: Asked) -> None:
    """'so với Bắc Sơn' alone compares with the last question's unit, not a comparison here."""
    opens_with_compare = any(h.start == 0 and h.value == "compare" for h in a.found.hits)
    two = len({unit_key(m) for m in a.named}) >= 2 or bool(a.numbers.more_criteria)
    if "compare" in a.said and not two and not opens_with_compare:
        a.said.discard("compare")


def _side_by_side_compares(a: Asked) -> None:
    """'Bình Gia và Văn Quan', 'Bằng Mạc và Bằng Hữu': two districts or xã named compare."""
    named = a.named
    districts = [
        m for m in named if m.marker != "xa" and any(p.kind == "district" for p in m.places)
    ]
    xa_only = [m for m in named if xa_of(m) and not any(p.kind == "district" for p in m.places)]
    side_by_side = len(districts) >= 2 or len({unit_key(m) for m in xa_only}) >= 2
    if side_by_side and not a.said - {"overview", "average", "count", "share", "met"}:
        a.said.add("compare")


def _figure_is_target(a: Asked) -> None:
    """'bao nhiêu km đường', 'mấy trường đạt chuẩn quốc gia': a plan figure, not a count."""
    if a.found.has("figure") and not a.local:
        a.said -= {"count", "met", "average", "share", "info"}
        a.said.add("target")


def _district_averages_rank(a: Asked) -> None:
    """'bình quân tiêu chí các huyện': every district's average, as a ranking."""
    if "average" in a.said and a.of == "district" and not a.local:
        a.said.add("rank")


_GROUP_MEASURES = frozenset(
    {"list", "average", "rank", "target", "count", "lacking", "met", "share"}
)


def _group_lists(a: Asked) -> None:
    """'các xã biên giới': a group with nothing else asked is its list (in a follow-up, 'thế
    xã đbkk thì sao', the last question's measure of that group)."""
    if a.found.has("group") and not (_GROUP_MEASURES & a.said) and not a.found.has("followup"):
        a.said.add("list")


def _bound_asked(a: Asked) -> None:
    """'không còn xã dưới mấy tiêu chí': a bound whose number is asked is the plan's target."""
    if a.found.has("filter") and a.numbers.filter is None and "count" in a.said:
        bound = any(h.value in ("below", "at_least") for h in a.found.slots["filter"])
        if bound and a.criterion is None:
            a.said -= {"count", "list", "met", "lacking"}
            a.said.add("target")


_XA_WORDS = (("kind", "xa"), ("measure", "list"))  # 'xã', 'các xã'


def _target_describes_xa(found: Words) -> bool:
    """Tell whether every target word comes after the average, right after 'xã'."""
    measures = found.slots["measure"]
    first_average = min(h.start for h in measures if h.value == "average")
    xa_ends = {h.end for h in found.hits if (h.slot, h.value) in _XA_WORDS}
    targets = [h for h in measures if h.value == "target"]
    return all(h.start > first_average and h.start in xa_ends for h in targets)


def _target_gives_way(a: Asked) -> None:
    """A target word beside a list (no criterion), beside what is lacking, or describing the
    xã averaged: those are asked; the criteria a xã asked before aims at are those it lacks."""
    said = a.said
    averaged = "average" in said and (a.local or _target_describes_xa(a.found))
    if "target" in said and (
        ("list" in said and a.criterion is None)
        or "lacking" in said
        or averaged  # 'bq tc của 10 xã phấn đấu', 'bq tc huyện X năm 2023 phấn đấu'
    ):
        said.discard("target")
    elif a.point_back and a.criterion is None and asks_criteria_aimed_at(a.found):
        said -= {"target", "info"}  # 'phấn đấu tc nào' of the xã asked before: its aim
        said.add("lacking")


def _which_filter_lists(a: Asked) -> None:
    """'which' units with a condition and no measure word asks for the list of them."""
    if a.found.has("which") and a.found.has("filter") and not a.said:
        a.said.add("list")


def _list_needs_something(a: Asked) -> None:
    """A list needs a group, a set, a condition, a kind of unit or a name to list from."""
    found = a.found
    listable = found.has("group") or found.has("set") or found.has("filter", "standard")
    listable = listable or (a.criterion is not None and found.has("which", "xa"))
    if "list" in a.said and not (listable or found.has("kind", "district") or a.named):
        a.said.discard("list")


def _criterion_list_or_count(a: Asked) -> None:
    """'xã nào chưa đạt tiêu chí 19' lists them; 'bao nhiêu xã đạt tiêu chí 19' counts."""
    said = a.said
    if "list" in said and a.criterion is not None and not a.found.has("group"):
        said.discard("list")
        said.add("count" if "count" in said or not a.found.has("which", "xa") else "list")


def _criterion_by_district_ranks(a: Asked) -> None:
    """'tiêu chí 17 của các huyện': every district's figure, as a ranking."""
    if a.criterion is not None and a.of == "district" and not a.said - {"met", "share", "count"}:
        a.said.add("rank")


def _one_xa_met(a: Asked) -> None:
    """A count beside 'met' about a named xã is what it has met, unless xã are counted."""
    said = a.said
    if "count" in said and "met" in said and a.has_commune and not asks_xa(a.found, a.mentions):
        said.discard("count")


def _criteria_counted_of_a_xa(a: Asked) -> None:
    """'Nhân Lý được mấy tiêu chí': criteria counted of a named xã are what it has met."""
    if (
        "count" in a.said
        and a.has_commune
        and a.found.has("crit", "word")
        and (a.criterion is None and not asks_xa(a.found, a.mentions))
    ):
        a.said.add("met")


def _criteria_left(a: Asked) -> None:
    """'xã X còn bao nhiêu tiêu chí nữa': criteria still left to a named xã are what it lacks."""
    if "count" in a.said and a.has_commune and a.found.has("followup"):
        counts = [h.start for h in a.found.hits if h.slot == "measure" and h.value == "count"]
        left = any(h.end in counts and h.end - h.start == 1 for h in a.found.slots["followup"])
        if left and a.found.has("crit", "word") and not asks_xa(a.found, a.mentions):
            a.said.add("lacking")


def _share_needs_subject(a: Asked) -> None:
    """'tỉ lệ' needs a criterion or a condition to be a share of."""
    if "share" in a.said and a.criterion is None and not a.found.has("filter"):
        a.said.discard("share")


def _count_needs_subject(a: Asked) -> None:
    """'bao nhiêu' needs a criterion, a condition or counted units to be a count of."""
    if "count" in a.said and a.criterion is None and not (a.found.has("filter") or a.of):
        a.said.discard("count")


Rule = Callable[[Asked], None]
# The rules, in the order they apply; a xã asked about membership stops between the two.
_FIRST_RULES: tuple[Rule, ...] = (
    _order_ranks,
    _exclusion_ranks,
    _bound_counts,
    _nth_district_ranks,
    _criteria_table_ranks,
    _each_xa_ranks,
    _standard_counts,
)
_LATER_RULES: tuple[Rule, ...] = (
    _money_as_context,
    _compare_needs_two,
    _side_by_side_compares,
    _figure_is_target,
    _district_averages_rank,
    _group_lists,
    _bound_asked,
    _target_gives_way,
    _which_filter_lists,
    _list_needs_something,
    _criterion_list_or_count,
    _criterion_by_district_ranks,
    _criteria_counted_of_a_xa,
    _criteria_left,
    _one_xa_met,
    _share_needs_subject,
    _count_needs_subject,
)


def _by_precedence(a: Asked) -> Measure | None:
    """The strongest measure said; met or overview needs a name or a question pointing back."""
    for measure in PRECEDENCE:
        if measure.value in a.said:
            if measure in (Measure.MET, Measure.OVERVIEW) and not a.named and not a.point_back:
                continue
            if measure == Measure.LACKING and not a.named and a.criterion is not None:
                return Measure.COUNT
            return measure
    return None


def _without_measure_word(a: Asked) -> Measure:
    """No measure said: a follow-up, a name's overview, a criterion or set, help, a greeting."""
    found = a.found
    if a.point_back:
        return Measure.FOLLOWUP
    if a.named:
        return Measure.OVERVIEW
    if a.criterion is not None and found.has("period") and not a.named:
        return Measure.COUNT  # 'tc 15 hết 2022': the xã meeting it then, not what it is
    if a.criterion is not None or (a.crit_hits and found.has("crit")):
        return Measure.INFO if a.criterion is not None else Measure.UNKNOWN
    if not a.said and (found.has("crit", "word") or found.has("set")) and not found.has("greet"):
        return Measure.INFO  # 'tiêu chí', 'nâng cao' alone: the set's list
    if "help" in a.said:
        return Measure.HELP
    if found.has("greet"):
        return Measure.GREET
    return Measure.UNKNOWN


def xa_only_named(named: Sequence[Mention]) -> bool:
    """Tell whether a xã (not a district) is among the names."""
    return any(xa_of(m) and not any(p.kind == "district" for p in m.places) for m in named)


def _loose_order(found: Words) -> None:
    """'ít tiêu chí nhất', 'nhiều xã đạt nhất': an order word, then 'nhất' within four words."""
    if found.has("order", "min") or found.has("order", "max"):  # ('top 3 … ít … nhất': min)
        return
    ends = [h.start for h in found.slots.get("order", ()) if h.value == "max_loose"]
    for head in found.slots.get("order_head", ()):
        if any(0 < end - head.start <= 7 for end in ends):
            found.add(Hit("order", head.value, head.start, head.end))
            return
