"""Understand a Vietnamese question: a pure function from text to intent and entities."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field

from handlers.gazetteer import Gazetteer, Mention
from handlers.intents import Intent
from vocab.places import Place
from vocab.text import canon_word, fold_word, words

MAX_INPUT = 500  # longer input is cut: no question needs more, and matching stays fast

# Criterion names (folded) per set, longest phrases first when matched.
CRITERION_ALIASES: dict[str, dict[str, int]] = {
    "ntm": {
        "quy hoach": 1,
        "giao thong": 2,
        "duong": 2,
        "thuy loi": 3,
        "phong chong thien tai": 3,
        "dien": 4,
        "truong hoc": 5,
        "co so vat chat van hoa": 6,
        "csvc van hoa": 6,
        "ha tang thuong mai": 7,
        "thuong mai": 7,
        "thong tin va truyen thong": 8,
        "thong tin truyen thong": 8,
        "truyen thong": 8,
        "nha o dan cu": 9,
        "nha o": 9,
        "thu nhap": 10,
        "ngheo da chieu": 11,
        "ho ngheo": 11,
        "ngheo": 11,
        "lao dong": 12,
        "to chuc san xuat": 13,
        "giao duc va dao tao": 14,
        "giao duc": 14,
        "y te": 15,
        "van hoa": 16,
        "moi truong va an toan thuc pham": 17,
        "an toan thuc pham": 17,
        "moi truong": 17,
        "he thong chinh tri": 18,
        "tiep can phap luat": 18,
        "quoc phong va an ninh": 19,
        "quoc phong an ninh": 19,
        "quoc phong": 19,
        "an ninh": 19,
    },
    "nang_cao": {
        "quy hoach": 1,
        "giao thong": 2,
        "thuy loi": 3,
        "dien": 4,
        "giao duc": 5,
        "van hoa": 6,
        "thuong mai": 7,
        "thong tin": 8,
        "truyen thong": 8,
        "nha o": 9,
        "thu nhap": 10,
        "ngheo": 11,
        "lao dong": 12,
        "to chuc san xuat": 13,
        "y te": 14,
        "hanh chinh cong": 15,
        "tiep can phap luat": 16,
        "chat luong moi truong song": 18,
        "moi truong": 17,
        "quoc phong": 19,
        "an ninh": 19,
    },
}
_CRITERION_NO = re.compile(r"\b(?:tieu chi|tc|chi tieu)\s*(?:so\s*|thu\s*)?(\d{1,4})(?:\.\d+)?\b")
_CRITERION_AFTER_SET = re.compile(r"\b(?:nang cao|nc|ntm|huyen)\s+(?:so\s+)?(\d{1,2})\b")


def _has(*phrases: str) -> Callable[[str], bool]:
    pattern = re.compile(r"\b(?:" + "|".join(phrases) + r")\b")
    return lambda text: pattern.search(text) is not None


HELP = _has(
    r"help",
    r"huong dan",
    r"giup",
    r"tro giup",
    r"lam duoc gi",
    r"dung de lam gi",
    r"hoi (?:nhung )?gi",
    r"cach dung",
    r"su dung",
    r"start",
    r"menu",
)
GREET = re.compile(r"^(?:xin chao|chao|hello|hi|alo|hey)\b|\b(?:cam on|thank|thanks)\b")
FUNDING = _has(
    r"von",
    r"kinh phi",
    r"ngan sach",
    r"tien",
    r"dong gop",
    r"ty dong",
    r"nguon luc",
)
INFO = _has(
    r"la gi",
    r"gom",
    r"noi ve",
    r"noi (?:ve )?cai gi",
    r"yeu cau",
    r"la sao",
    r"nghia la",
    r"dieu kien gi",
    r"can nhung",
    r"la tieu chi gi",
    r"danh sach tieu chi",
    r"bo tieu chi",
)
TARGETS = _has(
    r"muc tieu",
    r"chi tieu",
    r"ocop",
    r"dat ra",
    r"phan dau (?:dat )?(?:bq|binh quan)",
    r"phan dau bao nhieu",
    r"phan dau .*bao nhieu",
)
RANK_MAX = _has(
    r"cao nhat",
    r"nhieu (?:\w+ ){0,3}nhat",
    r"cao (?:\w+ ){0,3}nhat",
    r"nhieu nhat",
    r"dan dau",
    r"dung dau",
    r"tot nhat",
    r"xep hang",
    r"hang dau",
)
RANK_MIN = _has(
    r"thap nhat",
    r"it (?:\w+ ){0,3}nhat",
    r"thap (?:\w+ ){0,3}nhat",
    r"it nhat",
    r"kem nhat",
    r"dung cuoi",
    r"cuoi bang",
    r"yeu nhat",
    r"sau cung",
)
RANK_WHO = _has(r"huyen nao", r"don vi nao", r"xep hang", r"cac huyen", r"dia phuong nao")
AVERAGE = _has(r"binh quan", r"bq", r"trung binh", r"tb", r"tieu chi xa")
COUNT = _has(
    r"bao nhieu xa",
    r"may xa",
    r"so xa",
    r"bn xa",
    r"bao nhieu don vi",
    r"xa nao dat",
    r"co bao nhieu",
    r"bao nhieu",
    r"may",
    r"bn",
)
LACKING = _has(
    r"thieu",
    r"chua dat",
    r"ko dat",
    r"k dat",
    r"khong dat",
    r"con lai",
    r"can them",
    r"chua xong",
    r"chua co",
)
MET = _has(r"dat", r"dat duoc", r"hoan thanh")
OVERVIEW = _has(r"thong tin", r"tinh hinh", r"the nao", r"toi dau", r"tong quan", r"ket qua")
FOLLOWUP = re.compile(r"^(?:the con|vay con|con|con o)\b|\bthi sao\b|\bthi the nao\b")
GROUPS = (
    ("bien_gioi", _has(r"bien gioi")),
    ("dbkk", _has(r"dac biet kho khan", r"dbkk", r"dac biet kk")),
    ("kieu_mau_2023", _has(r"kieu mau")),
    ("nang_cao_2023", _has(r"nang cao", r"nc")),
    ("ntm_2023", _has(r"ntm", r"nong thon moi", r"ve dich", r"dat chuan")),
)
GROUP_ASK = _has(
    r"xa nao",
    r"cac xa",
    r"nhung xa",
    r"danh sach",
    r"ds",
    r"la xa nao",
    r"gom nhung xa",
    r"xa bien gioi",
    r"xa dbkk",
    r"xa dac biet",
    r"\d+ xa",
)
SET_WORDS = (
    ("huyen", _has(r"huyen (?:nong thon moi|ntm)", r"tieu chi huyen so", r"bo tieu chi huyen")),
    ("kieu_mau", _has(r"kieu mau")),
    ("nang_cao", _has(r"nang cao", r"nc", r"ntmnc")),
    ("ntm", _has(r"ntm", r"nong thon moi")),
)
PLACE_INTENTS = {
    Intent.XA_LACKING: "commune",
    Intent.XA_MET: "commune",
    Intent.XA_OVERVIEW: "commune",
    Intent.AVERAGE: "district",
    Intent.CRITERION_COUNT: "district",
    Intent.RANKING: "district",
    Intent.GROUP_MEMBERS: "district",
    Intent.TARGETS: "district",
    Intent.FOLLOWUP: "any",
    Intent.UNKNOWN: "any",
}
NO_SET_INTENTS = {
    Intent.XA_OVERVIEW,
    Intent.GROUP_MEMBERS,
    Intent.FUNDING,
    Intent.TARGETS,
    Intent.GREET,
    Intent.HELP,
}
# Words of questions and politeness, never part of a name: what is left is a name to match.
FILLER = frozenset(
    (
        "a ah oi nhe nha voi cho minh toi em anh chi hoi xin biet xem la gi nao nhung cac co "
        "khong ko k chua roi da dang con thieu dat duoc bao nhieu may bn tieu chi tc ntm nong "
        "thon moi nang cao nc kieu mau binh quan bq trung tb xa huyen h x tp thanh pho tinh "
        "toan ca cua o tai va thi sao the vay de ve dich so thu mot moi don vi tinh hinh "
        "thong tin ket qua tong quan toi dau cho biet giup ve nay nam 2023 2022 hien nay ra "
        "sao phai duoc cai gi bot ban chao hello hi alo can bo lam dung xep hang theo nhat "
        "cao thap chuan phan dau dau cuoi danh sach ds sach gom lieu tiep nhu "
    ).split()
)


@dataclass(frozen=True)
class Parsed:
    """What the user asked: an intent, its entities, and how sure the matcher is."""

    intent: Intent
    units: tuple[str, ...] = ()
    criterion: int | None = None
    cset: str | None = None
    group: str | None = None
    order: str | None = None
    score: float = 1.0
    mentions: tuple[Mention, ...] = field(default=(), compare=False)
    unknown_name: str | None = None
    suggestions: tuple[str, ...] = ()


# Each alias as a whole-word pattern, compiled once: (alias, number, pattern) per set.
_ALIAS_PATTERNS = {
    set_code: tuple(
        (alias, number, re.compile(r"\b" + alias + r"\b")) for alias, number in aliases.items()
    )
    for set_code, aliases in CRITERION_ALIASES.items()
}
_TOPIC = re.compile(r"\b(?:tieu chi|tc|muc tieu|dat|ti le|ty le)\b")


def _criterion(text: str, cset: str | None) -> int | None:
    for pattern in (_CRITERION_NO, _CRITERION_AFTER_SET):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    best: tuple[int, int] | None = None
    for alias, number, alias_pattern in _ALIAS_PATTERNS[
        "nang_cao" if cset == "nang_cao" else "ntm"
    ]:
        if alias not in text:
            continue  # cheap test first: a whole-word match is a substring too
        if alias_pattern.search(text) and (best is None or len(alias) > best[0]):
            best = (len(alias), number)
    if best is None:
        return None
    return best[1] if _TOPIC.search(text) else None


def _set(text: str) -> str | None:
    for code, matcher in SET_WORDS:
        if matcher(text):
            return code
    return None


def _intent(text: str, has_place: bool, has_commune: bool, has_criterion: bool) -> Intent:  # noqa: C901 (the keyword chain issue 12 replaces)
    """Pick the intent by an ordered table of keyword rules on the folded text."""
    if not text and not has_commune:
        return Intent.UNKNOWN
    if HELP(text) and not has_place:
        return Intent.HELP
    if GREET.match(text) and (len(text.split()) <= 3 or not has_place):
        return Intent.GREET
    if has_criterion and INFO(text) and not COUNT(text):
        return Intent.CRITERION_INFO
    if (
        INFO(text)
        and _set(text)
        and not has_place
        and not GROUP_ASK(text.replace("danh sach tieu chi", ""))
    ):
        return Intent.CRITERION_INFO
    if FUNDING(text):
        return Intent.FUNDING
    if TARGETS(text) and not LACKING(text):
        return Intent.TARGETS
    if (RANK_MAX(text) or RANK_MIN(text)) and (RANK_WHO(text) or not has_place):
        return Intent.RANKING
    if AVERAGE(text):
        return Intent.AVERAGE
    if any(match(text) for _, match in GROUPS[:2]) or (
        GROUP_ASK(text) and any(match(text) for _, match in GROUPS) and not has_criterion
    ):
        return Intent.GROUP_MEMBERS
    if LACKING(text):
        return Intent.XA_LACKING if has_place or not has_criterion else Intent.CRITERION_COUNT
    if has_criterion and COUNT(text) and not (has_commune and not _has(r"xa")(text)):
        return Intent.CRITERION_COUNT
    if FOLLOWUP.search(text):
        return Intent.FOLLOWUP
    if MET(text) and has_place:
        return Intent.XA_MET
    if has_criterion and COUNT(text):
        return Intent.CRITERION_COUNT
    if has_commune:
        return Intent.XA_OVERVIEW
    if has_criterion and not has_place:
        return Intent.CRITERION_INFO
    return Intent.UNKNOWN


def _group(text: str) -> str | None:
    for code, matcher in GROUPS:
        if matcher(text):
            return code
    return None


def _order(text: str) -> str:
    return "min" if RANK_MIN(text) else "max"


def _commune_kinds(places: Sequence[Place]) -> list[Place]:
    xa = [p for p in places if p.kind == "xa"]
    return xa or [p for p in places if p.kind in ("phuong", "thi_tran")]


def _is_district_mention(m: Mention) -> bool:
    return any(p.kind in ("district", "province") for p in m.places)


def resolve(mentions: Sequence[Mention], want: str) -> tuple[str, ...]:
    """Choose the unit codes the mentions mean, for an intent that wants a commune or district."""
    if not mentions:
        return ()
    districts = [m for m in mentions if _is_district_mention(m) and m.marker not in ("xa",)]
    communes = [m for m in mentions if _commune_kinds(m.places) and m.marker != "district"]
    named_commune = any(not _is_district_mention(m) for m in communes)
    if want == "commune" or (want == "any" and (named_commune or not districts)):
        primary = [m for m in communes if not (_is_district_mention(m) and len(communes) > 1)]
        primary = primary or communes
        if primary:
            head = primary[0]
            places = _commune_kinds(head.places)
            qualifier = {
                p.code for m in mentions if m is not head for p in m.places if p.kind == "district"
            }
            narrowed = [p for p in places if p.parent_code in qualifier]
            return tuple(p.code for p in (narrowed or places))
    if districts:
        head = districts[0]
        top = [p for p in head.places if p.kind in ("district", "province")]
        return tuple(p.code for p in top[:1])
    return tuple(p.code for p in mentions[0].places)


# Phrases never part of a name, though some of their words are (chi, cao, nang, binh, ...).
STOP_PHRASES = (
    "tieu chi",
    "chi tieu",
    "nang cao",
    "can bo",
    "la xa",
    "xa nao",
    "xin chao",
    "chao ban",
    "binh quan",
    "trung binh",
    "thong tin",
    "tinh hinh",
    "dat chuan",
    "phan dau",
    "ve dich",
    "nong thon moi",
    "kieu mau",
    "bao nhieu",
    "xep hang",
    "the nao",
    "thi sao",
    "cao nhat",
    "thap nhat",
    "dan dau",
    "dung dau",
    "dung cuoi",
    "dac biet kho khan",
    "bien gioi",
    "toi dau",
    "ke hoach",
    "bo tieu chi",
    "tong quan",
    "ket qua",
)
ALIAS_TOKENS = tuple(
    {tuple(alias.split()) for aliases in CRITERION_ALIASES.values() for alias in aliases}
    | {tuple(phrase.split()) for phrase in STOP_PHRASES}
)
# The same phrases by their first word, so a question is scanned once, word by word.
ALIASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(a for a in ALIAS_TOKENS if a[0] == first)
    for first in {a[0] for a in ALIAS_TOKENS}
}


def _alias_positions(tokens: Sequence[str]) -> set[int]:
    """Return the positions of tokens that spell a criterion name."""
    found: set[int] = set()
    for i, token in enumerate(tokens):
        for alias in ALIASES_BY_FIRST.get(token, ()):
            size = len(alias)
            if tuple(tokens[i : i + size]) == alias:
                found.update(range(i, i + size))
    return found


def _residual_runs(
    tokens: Sequence[str], mentions: Sequence[Mention], stop: Set[str]
) -> list[str]:
    covered = {i for m in mentions for i in range(m.start, m.end)} | _alias_positions(tokens)
    runs: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        if i in covered or tok in stop or tok.isdigit() or len(tok) == 1:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(tok)
    return [" ".join(r) for r in runs if r]


def _fuzzy_mention(
    gaz: Gazetteer, runs: Sequence[str]
) -> tuple[Mention | None, str | None, float]:
    best: tuple[float, list[Place], str] = (0.0, [], "")
    for run in runs:
        words = run.split()
        spans = {run} | {
            " ".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)
        }
        for span in spans:
            if " " not in span:
                continue  # every unit name has two words or more; one word is too loose
            score, places = gaz.fuzzy(span)
            if score > best[0]:
                best = (score, places, span)
    if best[1]:
        return Mention(-1, -1, best[2], tuple(best[1]), None, False), None, best[0]
    if not runs:
        return None, None, 0.0
    name = re.sub(r"^(?:xa|huyen|x|h|tp|phuong|thi tran)\s+", "", max(runs, key=len))
    return None, name, 0.0


def understand(text: str, gaz: Gazetteer) -> Parsed:
    """Turn a question into an intent with units, criterion, set, group and order."""
    typed = words(text[:MAX_INPUT])
    raw_tokens = [canon_word(w) for w in typed]
    tokens = [fold_word(w) for w in typed]
    folded = " ".join(tokens)
    mentions = [
        dataclasses.replace(m, text=" ".join(typed[m.start : m.end]))
        for m in gaz.find(raw_tokens, tokens)
    ]
    score = 1.0
    unknown_name = None
    if not any(not _is_district_mention(m) for m in mentions):
        # FILLER less the words of names, as far as this question's words go.
        stop = {t for t in tokens if t in FILLER and t not in gaz.name_tokens}
        stop |= _keyword_tokens(folded)
        runs = _residual_runs(tokens, mentions, stop)
        fuzzy, unknown_name, fuzzy_score = _fuzzy_mention(gaz, runs)
        if fuzzy is not None:
            mentions = [*mentions, fuzzy]
            score = fuzzy_score / 100
    covered = {i for m in mentions for i in range(m.start, m.end)}
    rest = " ".join(t for i, t in enumerate(tokens) if i not in covered)
    cset = _set(rest)
    criterion = _criterion(rest, cset)
    has_commune = any(_commune_kinds(m.places) and m.marker != "district" for m in mentions)
    intent = _intent(rest, bool(mentions), has_commune, criterion is not None)
    want = PLACE_INTENTS.get(intent)
    units = resolve(mentions, want) if want else ()
    suggestions: tuple[str, ...] = ()
    if units or intent in (Intent.UNKNOWN, Intent.FOLLOWUP, Intent.HELP, Intent.GREET):
        unknown_name = None
    elif unknown_name and want in ("commune", "district") and len(unknown_name) >= 4:
        suggestions = tuple(p.code for p in gaz.suggest(unknown_name))
    else:
        unknown_name = None
    return Parsed(
        intent=intent,
        units=units,
        criterion=criterion,
        cset=None if intent in NO_SET_INTENTS else cset,
        group=_group(rest) if intent == Intent.GROUP_MEMBERS else None,
        order=_order(rest) if intent == Intent.RANKING else None,
        score=score if intent != Intent.UNKNOWN else 0.0,
        mentions=tuple(mentions),
        unknown_name=unknown_name,
        suggestions=suggestions,
    )


def _keyword_tokens(folded: str) -> set[str]:
    """Tokens that belong to recognised keyword phrases in this text (never a name)."""
    found: set[str] = set()
    for phrase in ("bao nhieu", "the nao", "thi sao", "gom nhung", "la gi", "con thieu"):
        if phrase in folded:
            found.update(phrase.split())
    return found
