"""A synthetic national-size roster for the answer benchmark: units, plan counts, status rows.

Every generated district and xã has its own name (unique once folded, and unlike any Lạng Sơn
name): two syllables from the pools below, made up but Vietnamese-like. Status rows go in
through the store's own CSV import (store.status_import), 19 NTM criteria per generated xã.
Questions come in three kinds, timed apart: names typed exactly, names with slips, and
names that are in no roster.
"""

from __future__ import annotations

import csv
import random
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.context import Ctx
from handlers.gazetteer import Gazetteer
from handlers.parse import parse
from store.plan_import import PROVINCE_CODE
from store.status_import import MAX_ROWS, import_csv
from vocab.places import Place
from vocab.text import fold

ROSTER_NAME = "bench synthetic national roster"
STATUS_SOURCE = "bench: synthetic status"
STATUS_AS_OF = "2023-06-30"
NTM_CRITERIA = 19


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(","))


# Folded keyword phrases of questions; a generated name spelling one would hijack the question
# ("huyện nào cao nhất" naming a xã "Cao Nhất"), which no real roster does.
KEYWORD_PHRASES = frozenset(
    _phrases(
        "cao nhat, thap nhat, binh quan, trung binh, bao nhieu, tieu chi, chi tieu, nang cao, "
        "thong tin, tinh hinh, dat chuan, ve dich, bien gioi, kieu mau, xep hang, dan dau, "
        "dung dau, the nao, thi sao, ket qua, tong quan, muc tieu, danh sach, nong thon, "
        "thon moi, dac biet, kho khan"
    )
)


def _pool(text: str) -> tuple[str, ...]:
    """Return the syllables of text, one per folded spelling (the first one written)."""
    seen: dict[str, str] = {}
    for syllable in text.split():
        seen.setdefault(fold(syllable), syllable)
    return tuple(seen.values())


# Syllables of the synthetic names (140 and 128 once folded: about 17,900 pairs).
FIRST = _pool(
    "Tân Hòa Bình Minh Phú Thạnh Long An Đông Tây Bắc Vĩnh Hưng Thuận Quang Xuân Hồng Thanh "
    "Trung Đức Phước Hiệp Mỹ Lộc Hợp Thắng Lợi Sơn Hải Kim Ngọc Cẩm Hoàng Yên Tiên Quảng "
    "Thịnh Đại Hà Lạc Nghĩa Hương Thái Định Hiếu Thượng Hạ Phúc Tam Liên Quốc Kỳ Hoa Vạn "
    "Diễn Triệu Sông Đồng Chiến Thống Nhân Tiến Châu Mường Bảo Bằng Cát Chính Công Cường "
    "Dũng Duy Gia Giao Hạnh Hiển Hoằng Khánh Khai Khương Lâm Lạng Lê Linh Lương Mai Mậu Na "
    "Nga Nghi Ngũ Nhạc Ninh Pác Phổ Phong Phù Quý Quỳnh Sa Sính Sùng Tả Thạch Thiện Thọ Thủy "
    "Tú Tuân Tùng Tường Uyên Vân Việt Vũ Xương Yến Ái Ba Bản Bạch Cốc Cự Đa Đào Điện Đoàn "
    "Khe Lũng Mẫu Nà Nậm Pò Quan Suối Tà Tràng Trà Tri Trực Văn Cần Dân Gò Hậu Kiến Lãng "
    "Lũy Mông Ngân Phan Quế Sìn Tịnh Vàng Xích"
)
SECOND = _pool(
    "Minh Bình Hòa Lập Phong Thành Tiến Hưng Lợi Thịnh An Phú Lộc Sơn Hải Lâm Yên Trung Tân "
    "Xuân Thủy Khánh Hà Giang Long Phúc Thọ Nghĩa Đức Thái Hiệp Tâm Quang Hồng Thắng Trạch "
    "Lạc Hội Vinh Mỹ Điền Kiên Đồng Tuyền Dương Cường Nhất Kết Hậu Châu Lũng Mai Ninh Bằng "
    "Cát Chính Công Dũng Duy Gia Hạnh Hiển Khai Khương Linh Lương Mậu Nga Nghi Nhạc Quý "
    "Quỳnh Sa Sính Thạch Thiện Tú Tuân Tùng Tường Uyên Vân Việt Vũ Xương Yến Quốc Ái Bạch "
    "Cốc Đa Đào Điện Đoàn Khê Mẫu Nà Nậm Quan Suối Trà Tri Trực Văn Viên Xá Hợp Kỳ Cầu Ngàn "
    "Pha Sầm Thượng Tĩnh Trại Vượng Đạo Đăng Động Giáp Hoan Khoái Lễ Mạc Mộc Nham Phái "
    "Quyết Bảo Cương Hào Kiều Lai Luông Nhuận Thuần"
)


@dataclass(frozen=True)
class Roster:
    """The synthetic units added for the national-size run, and names left out of it."""

    districts: list[tuple[str, str]]  # (code, name without prefix)
    communes: list[tuple[str, str, str]]  # (code, name without prefix, district code)
    unused: list[str]  # generated names given to no unit: the unknown names asked about


def _plausible(name: str) -> bool:
    first, second = name.split()
    return fold(first) != fold(second) and fold(name) not in KEYWORD_PHRASES


def make_roster(
    n_districts: int, n_communes: int, taken: frozenset[str] = frozenset(), seed: int = 7
) -> Roster:
    """Build a deterministic roster: unique codes, every name unique once folded.

    `taken` holds folded names already in the database (the real roster), left unused.
    """
    rng = random.Random(seed)
    pairs = [f"{a} {b}" for a in FIRST for b in SECOND if _plausible(f"{a} {b}")]
    pairs = [p for p in pairs if fold(p) not in taken]
    need = n_districts + n_communes
    if need > len(pairs):
        raise ValueError(f"{need} names asked, {len(pairs)} can be made")
    rng.shuffle(pairs)
    names, unused = pairs[:need], pairs[need:]
    districts = [(str(1000 + k), names[k]) for k in range(n_districts)]
    communes: list[tuple[str, str, str]] = []
    for k, name in enumerate(names[n_districts:]):
        d_code = districts[k % n_districts][0] if districts else PROVINCE_CODE
        communes.append((str(40000 + k), name, d_code))
    return Roster(districts, communes, unused)


def status_rows(roster: Roster, seed: int = 13) -> list[dict[str, str]]:
    """Return CSV rows for the status import: each generated xã, each NTM criterion."""
    rng = random.Random(seed)
    rows = []
    for code, _, _ in roster.communes:
        share = rng.uniform(0.3, 0.95)  # this xã's share of criteria met
        for criterion in range(1, NTM_CRITERIA + 1):
            rows.append(
                {
                    "unit": code,
                    "set": "ntm",
                    "criterion": str(criterion),
                    "met": "1" if rng.random() < share else "0",
                    "as_of": STATUS_AS_OF,
                    "source": STATUS_SOURCE,
                }
            )
    return rows


async def insert_roster(ctx: Ctx, roster: Roster, tmp: Path, seed: int = 11) -> int:
    """Insert the units and planned counts with SQL, then status through the CSV import."""
    rng = random.Random(seed)
    size: Counter[str] = Counter(d for _, _, d in roster.communes)
    async with ctx.db.transaction():
        await ctx.db.execute_many(
            "INSERT INTO unit (code, name, kind, parent_code, roster)"
            " VALUES (?, ?, 'district', ?, ?)",
            [
                (code, f"Huyện {name}", PROVINCE_CODE, ROSTER_NAME)
                for code, name in roster.districts
            ],
        )
        await ctx.db.execute_many(
            "INSERT INTO unit (code, name, kind, parent_code, roster) VALUES (?, ?, 'xa', ?, ?)",
            [(code, f"Xã {name}", d, ROSTER_NAME) for code, name, d in roster.communes],
        )
        counts = []
        for code, _ in roster.districts:
            n = size[code]
            for criterion in range(1, NTM_CRITERIA + 1):
                planned = min(n, max(0, round(n * rng.uniform(0.35, 0.95))))
                counts.append(("ntm", code, criterion, planned, str(planned)))
        await ctx.db.execute_many("INSERT INTO plan_district_count VALUES (?, ?, ?, ?, ?)", counts)
    rows = status_rows(roster)
    applied = 0
    chunk = MAX_ROWS - 1  # the import refuses a file longer than MAX_ROWS lines
    for part, start in enumerate(range(0, len(rows), chunk)):
        path = tmp / f"status-{part}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows[start : start + chunk])
        report = await import_csv(ctx.db, path, dry_run=False, now="2023-07-01T00:00:00")
        if not report.ok:
            raise RuntimeError(report.describe())
        applied += report.applied
    return applied


def typo(name: str, rng: random.Random) -> str:
    """Misspell a folded name the way people do: a doubled, dropped or swapped letter."""
    word = fold(name)
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    i = rng.choice(letters[1:-1] or letters)
    kind = rng.randrange(3)
    if kind == 0:
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == 1 and len(letters) > 6:
        return word[:i] + word[i + 1 :]
    j = i + 1 if i + 1 < len(word) and word[i + 1].isalpha() else i - 1
    a, b = sorted((i, j))
    return word[:a] + word[b] + word[a] + word[b + 1 :]


# Telex tone keys and VNI tone digits a hurried typist leaves after a syllable.
TELEX_TONES = "sfrxj"
VNI_TONES = "12345"


def slip(name: str, rng: random.Random) -> str:
    """Slip on a name as phone typists do: a typo, a Telex or VNI leftover, i/y, s/x."""
    words = fold(name).split()
    k = rng.randrange(len(words))
    word = words[k]
    kind = rng.randrange(5)
    if kind == 0:
        return typo(name, rng)
    if kind == 1:
        words[k] = word + rng.choice(TELEX_TONES)
    elif kind == 2:
        vowel = next((i for i, ch in enumerate(word) if ch in "aeiouy"), len(word) - 1)
        words[k] = word[: vowel + 1] + rng.choice(VNI_TONES) + word[vowel + 1 :]
    elif kind == 3 and word[-1] in "iy" and len(word) > 1 and word[-2] not in "aeiouy":
        words[k] = word[:-1] + ("y" if word[-1] == "i" else "i")
    elif kind == 3 and word[0] in "sx":
        words[k] = ("x" if word[0] == "s" else "s") + word[1:]
    else:
        words[k] = word + word[-1]
    return " ".join(words)


# (kind of name, question): {xa} and {district} as generated, *_bare without diacritics,
# *_slip with a slip, {unknown} a generated name given to no unit.
QUESTION_FORMS = (
    ("exact", "Xã {xa} còn thiếu tiêu chí nào?"),
    ("exact", "xa {xa_bare} con thieu tc gi"),
    ("exact", "xã {xa} huyện {district} đạt những tiêu chí nào"),
    ("exact", "bq tc huyen {district_bare}"),
    ("slip", "{xa_slip} con thieu tieu chi nao"),
    ("slip", "tình hình xã {xa_slip}"),
    ("slip", "tc {n} huyện {district_slip} có bao nhiêu xã đạt"),
    ("unknown", "xã {unknown} còn thiếu tiêu chí nào"),
    ("unknown", "tinh hinh xa {unknown_bare}"),
)


def national_questions(roster: Roster, count: int = 72, seed: int = 3) -> dict[str, str]:
    """Return questions naming generated units, each with its kind: exact, slip or unknown."""
    rng = random.Random(seed)
    names = {code: name for code, name in roster.districts}
    out: dict[str, str] = {}
    for k in range(count):
        _, xa, d_code = rng.choice(roster.communes)
        district = names.get(d_code, "")
        unknown = rng.choice(roster.unused)
        kind, form = QUESTION_FORMS[k % len(QUESTION_FORMS)]
        question = form.format(
            xa=xa,
            xa_bare=fold(xa),
            xa_slip=slip(xa, rng),
            district=district,
            district_bare=fold(district),
            district_slip=slip(district, rng) if district else "",
            n=rng.randint(1, 19),
            unknown=unknown,
            unknown_bare=fold(unknown),
        )
        out[question] = kind
    return out


def roster_gazetteer(roster: Roster) -> Gazetteer:
    """Build the name index of a roster alone (no database), as reload_names would."""
    province = Place(PROVINCE_CODE, "Tỉnh Lạng Sơn", "province", None, None)
    places = [province]
    places += [
        Place(code, f"Huyện {name}", "district", PROVINCE_CODE, province.name)
        for code, name in roster.districts
    ]
    districts = dict(roster.districts)
    places += [
        Place(code, f"Xã {name}", "xa", d, f"Huyện {districts.get(d, '')}")
        for code, name, d in roster.communes
    ]
    return Gazetteer(places, [])


def understand_cost(sizes: tuple[int, ...], rounds: int = 5) -> list[tuple[int, dict[str, float]]]:
    """Time the parser alone (handlers.parse) by kind of name on growing rosters (median µs)."""
    out = []
    for size in sizes:
        roster = make_roster(max(1, size // 15), size)
        gaz = roster_gazetteer(roster)
        kinds = national_questions(roster, count=90)
        per_kind: dict[str, list[float]] = {}
        for question, kind in kinds.items():
            parse(question, gaz)  # warm the word caches, as a running bot has them
            times = []
            for _ in range(rounds):
                t0 = time.perf_counter_ns()
                parse(question, gaz)
                times.append((time.perf_counter_ns() - t0) / 1e3)
            per_kind.setdefault(kind, []).append(min(times))
        out.append((size, {k: statistics.median(v) for k, v in sorted(per_kind.items())}))
    return out
