"""A message that asks two things ('Lâm Ca đạt mấy tc, thiếu những tc nào', 'bq tc và bq nc
h. Chi Lăng', 'cả tỉnh và Cao Lộc tc 17 bao nhiêu xã'): its parts, each a question.

A part that names no unit takes the unit another part names; a unit alone beside a question
naming its own is asked that question. One question with a list of names ('so sánh Cao Lộc và
Lộc Bình', a ranking, 'tc 2 và tc 5') stays one question, and only figures of the plan are split.
"""

from __future__ import annotations

import re
from dataclasses import replace

from handlers.gazetteer import Gazetteer
from handlers.parse import parse
from handlers.query import Measure, Query, Scope
from handlers.today_words import asks_what_became
from store.timeline import Timeline
from vocab.text import fold

# Where a message may hold two questions: a comma, a semicolon, a question mark with more
# after it, 'và', 'với'.
_JOINS = re.compile(r"[,;]|\?(?=\s*\w)|\s(?:và|va|với|voi|vs)\s", re.IGNORECASE)
_NOT_ASKING = (Measure.UNKNOWN, Measure.GREET, Measure.HELP, Measure.OVERVIEW)
# What parts may ask: figures and lists of the plan (not how to report, funding, tasks …).
_FIGURES = frozenset(
    (
        Measure.LACKING,
        Measure.MET,
        Measure.AVERAGE,
        Measure.COUNT,
        Measure.SHARE,
        Measure.TARGET,
        Measure.LIST,
        Measure.INFO,
        Measure.FOLLOWUP,
        Measure.OVERVIEW,
    )
)


# An aside in brackets that says what a unit is now: 'Tĩnh Bắc cũ (nay thuộc Khuất Xá) …'.
_ASIDE = re.compile(r"\((?:[^()]*?\b(?:nay|giờ|gio|bây giờ|hiện nay|now)\b[^()]*)\)", re.I)


# What a correction denies, first ('không phải Hồng Phong Bình Gia, Hồng Phong Cao Lộc cơ') or
# after 'chứ' ('năm 2022 chứ không phải 2023'): said, not asked; 'ý là' keeps it a correction.
_NOT = r"(?:kh\w{1,2}ng|ko|k)\s+ph\w{1,2}i\b"
_DENIED = re.compile(
    rf"^\W*(?:(?:à|ờ|ừ|a|o|em|anh|nhầm|nham)\W+)*{_NOT}[^,.;!?]*[,.;!?]?"
    rf"|\bch[uưứ]\s+{_NOT}[^,.;!?]*",
    re.I,
)


def without_asides(text: str) -> str:
    """Drop what a message says rather than asks: a bracketed aside on what a unit is now,
    and what a correction denies."""
    text = _ASIDE.sub(" ", text) if "(" in text else text
    kept = _DENIED.sub(" ý là ", text)
    return kept if kept.strip(" ,.;!?ýlà") else text


MARKER_WORDS = 2  # 'à quên', 'à nhầm': a part this short marks the next one, asks nothing


# What a message says a unit is now, before asking about it ('Đào Viên cũ nay là Quốc Việt đạt
# bao nhiêu tc'): 'nay/giờ là/thuộc' and a unit's name, said, not asked.
_FATE = re.compile(r"\b(?:nay|gio|bay gio|hien nay) (?:la|thuoc)\b")
_FATE_WORDS = {("nay", "la"), ("nay", "thuoc"), ("gio", "la"), ("gio", "thuoc")}
_AFTER_FATE = 2  # words still to come: the question asked about the unit
# What only asks whether the fate said is right ('… giờ thuộc xã Kiên Mộc đúng ko').
_TAGS = frozenset("dung ko khong k phai ha a ah chu nhi nhe vay the roi hay sao".split())


def without_fates(text: str, timeline: Timeline) -> str:
    """Drop what a message says a unit is now when it asks something else after it."""
    if not _FATE.search(fold(text)):
        return text
    tokens = text.split()
    folded = [fold(t) for t in tokens]
    for i in range(len(tokens) - 2):
        if (folded[i], folded[i + 1]) not in _FATE_WORDS:
            continue
        start = i + 3 if folded[i + 2] in ("xa", "phuong") else i + 2
        for size in (3, 2, 1):
            name = " ".join(folded[start : start + size])
            after = folded[start + size :]
            if timeline.named(name) and len(after) >= _AFTER_FATE and set(after) - _TAGS:
                return " ".join(tokens[:i] + tokens[start + size :])
    return text


def _asks(piece: str, q: Query) -> bool:
    """A part asks a question of its own: a measure said (not only a unit or a criterion), or
    what became of the unit it names ('Khánh Xuân giờ thuộc xã nào')."""
    if asks_what_became(piece):
        return True
    if q.measure == Measure.FOLLOWUP:  # not a correction's first words ('à quên, …')
        said = len(piece.split()) > MARKER_WORDS
        return said and q.point_back and not q.elliptical and not q.units
    return q.measure not in _NOT_ASKING and not q.elliptical


def _unit_alone(q: Query) -> bool:
    """A unit named with nothing asked ('cả tỉnh', 'còn Văn Quan thì sao')."""
    bare = q.measure in (Measure.OVERVIEW, Measure.FOLLOWUP)
    return bare and bool(q.units) and q.criterion is None


def parts(text: str, whole: Query, gaz: Gazetteer) -> list[tuple[str, Query]] | None:
    """Return the questions a message asks, in order, when it asks two or more; else None."""
    if whole.more_criteria or not _JOINS.search(text):
        return None
    read = [(p.strip(), parse(p, gaz)) for p in _JOINS.split(text) if p.strip()]
    timed = {id(q) for p, q in read if asks_what_became(p)}  # 'giờ thuộc xã nào'
    if whole.measure not in _FIGURES and not timed:
        return None
    asking = [q for p, q in read if _asks(p, q)]
    if any(q.measure not in _FIGURES for q in asking if id(q) not in timed):
        return None
    # A unit alone is another subject beside a question naming its own ('cả tỉnh và Cao Lộc
    # tc 17'), else the context of the question ('em ở xã Đào Viên, còn thiếu mấy tc').
    subjects = any(q.units for q in asking)
    asked = {id(q) for q in asking}
    alone = [q for _, q in read if subjects and _unit_alone(q) and id(q) not in asked]
    if len(asking) + len(alone) < 2:
        return None
    return _with_units(read, asking, subjects)


def _subject(q: Query) -> tuple[str, ...]:
    """The unit a part is about: the first xã it names ('Thanh Long Văn Lãng giờ thuộc xã
    nào': Thanh Long, not the district a 'xã nào' made the answer's unit), else its units."""
    for m in q.mentions:
        xa = [p.code for p in m.places if p.kind == "xa"]
        if len(xa) == 1:
            return (xa[0],)
    return q.units


def _with_units(
    read: list[tuple[str, Query]], asking: list[Query], subjects: bool
) -> list[tuple[str, Query]]:
    """Give each part the unit it lacks: a part pointing back the last part's, another the
    first unit asked; a unit alone the first question."""
    named = next((q for q in asking if q.units), None)
    asked = {id(q) for q in asking}
    out: list[tuple[str, Query]] = []
    before: Query | None = None  # the last part that named a unit
    for piece, q in read:
        if id(q) in asked and not q.units:
            source = before if q.point_back and before is not None else named
            if source is not None:
                subject = _subject(source)
                scope = Scope.COMMUNE if subject != source.units else source.scope
                q = replace(q, units=subject, scope=scope)
        elif id(q) not in asked:
            if not (subjects and _unit_alone(q)):
                before = q if q.units else before
                continue
            q = replace(asking[0], units=q.units, scope=q.scope, mentions=q.mentions)
        out.append((piece, q))
        before = q if q.units else before
    return out
