"""Load the bundled roster, criteria sets and 2023 plan into the database, once."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from store.db import transaction
from vocab.text import canon, fold

PLAN = "KH 18/KH-UBND (18/01/2023)"
PLAN_AS_OF = "2022-12-31"
PROVINCE_CODE = "20"
PROVINCE_NAME = "Tỉnh Lạng Sơn"
ROSTER = "vietnam-provinces 0.5.0 (2023-05-07)"
LOADED_KEY = "plan_2023_loaded"

SET_NAMES = {
    "ntm": "Bộ tiêu chí xã nông thôn mới",
    "nang_cao": "Bộ tiêu chí xã nông thôn mới nâng cao",
    "kieu_mau": "Xã nông thôn mới kiểu mẫu",
    "huyen": "Bộ tiêu chí huyện nông thôn mới",
}
# Appendix -> (criteria set of its rows, programme group it defines).
APPENDIX_ROWS = {
    1: ("ntm", "ntm_2023"),
    2: ("nang_cao", "nang_cao_2023"),
    3: ("kieu_mau", "kieu_mau_2023"),
    4: ("ntm", "bien_gioi"),
    5: ("ntm", "dbkk"),
}
UNIT_KINDS = {"xã": "xa", "phường": "phuong", "thị trấn": "thi_tran"}
_ROW = re.compile(r"^\d+\t")
_UNIT_TEXT = re.compile(
    r"^(?:xã\s+)?(?P<xa>.+?)\s*[-,]?\s*(?P<district>(?:huyện|tp\.)\s*.+)$", re.I
)
_DISTRICT_PREFIX = re.compile(r"^(huyen|thanh pho|tp)\s+")


def data_dir() -> Path:
    """Return the folder of bundled data files."""
    return Path(__file__).resolve().parent / "data"


def _read_csv(name: str) -> list[dict[str, str]]:
    with (data_dir() / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _appendix_lines(n: int) -> list[str]:
    text = (data_dir() / "kh18_2023" / f"phu_luc_{n}.tsv").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def district_key(name: str) -> str:
    """Return a district's name without its prefix, folded: 'Huyện Tràng Định' -> 'trang dinh'."""
    return _DISTRICT_PREFIX.sub("", fold(name))


@dataclass
class PlanRow:
    """One printed row of appendices 1-5, parsed, with what the importer noticed."""

    appendix: int
    row_no: str
    unit_code: str
    set_code: str
    source_text: str
    met_count: int | None
    met: list[int]
    target_count: int | None
    targets: list[tuple[str, int | None]]
    flags: list[str] = field(default_factory=list)


class Roster:
    """Look up units of the 2023 roster by printed name."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.rows = rows
        self.districts = {district_key(r["district_name"]): r["district_code"] for r in rows}

    def district(self, text: str) -> str:
        """Return the code of the district named in text ('Huyện Chi Lăng', 'TP. Lạng Sơn')."""
        key = district_key(text.replace("TP.", "Thành phố "))
        if key == "thanh pho":
            key = "lang son"
        if key not in self.districts:
            raise ValueError(f"unknown district {text!r}")
        return self.districts[key]

    def commune(self, name: str, district_code: str) -> str:
        """Return the code of the commune of that name in the district, tone placement aside."""
        inside = [r for r in self.rows if r["district_code"] == district_code]
        for key in (canon, fold):
            hits = [r for r in inside if key(_bare(r["unit_name"])) == key(name)]
            if len(hits) == 1:
                return hits[0]["unit_code"]
        raise ValueError(f"no single commune {name!r} in district {district_code}")


def _bare(unit_name: str) -> str:
    return re.sub(r"^(Xã|Phường|Thị trấn)\s+", "", unit_name)


def _count(cell: str) -> int | None:
    cell = cell.strip()
    return int(cell) if cell.isdigit() else None


def _items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(",") if item.strip()]


def parse_plan_row(appendix: int, line: str, roster: Roster, set_size: int) -> PlanRow:  # noqa: C901 (one branch per slip the plan prints, kept in one place)
    """Parse one printed row of appendices 1-5, flagging its slips instead of guessing."""
    cells = (line.split("\t") + [""] * 6)[:6]
    row_no, unit_text, met_count_text, met_text, target_count_text, target_text = cells
    match = _UNIT_TEXT.match(unit_text.strip())
    if match is None:
        raise ValueError(f"appendix {appendix} row {row_no}: cannot read unit {unit_text!r}")
    district = roster.district(match["district"])
    code = roster.commune(match["xa"], district)
    set_code = APPENDIX_ROWS[appendix][0]
    row = PlanRow(
        appendix=appendix,
        row_no=row_no,
        unit_code=code,
        set_code=set_code,
        source_text=line,
        met_count=_count(met_count_text),
        met=[],
        target_count=_count(target_count_text),
        targets=[],
    )
    for item in _items(met_text):
        if item.isdigit() and 1 <= int(item) <= set_size:
            row.met.append(int(item))
        else:
            row.flags.append(f"met_item_unclear:{item}")
    if not row.met and row.met_count == set_size:
        row.met = list(range(1, set_size + 1))
        row.flags.append("met_list_omitted_count_is_full_set")
    elif row.met_count is not None and row.met_count != len(row.met):
        row.flags.append(f"met_count_{row.met_count}_but_lists_{len(row.met)}")
    for item in _items(target_text):
        if item.isdigit() and 1 <= int(item) <= set_size:
            row.targets.append((item, int(item)))
        else:
            row.targets.append((item, None))
            row.flags.append(f"target_item_unclear:{item}")
    if row.target_count is not None and row.target_count != len(row.targets):
        row.flags.append(f"target_count_{row.target_count}_but_lists_{len(row.targets)}")
    for item, number in row.targets:
        if number in row.met:
            row.flags.append(f"target_already_met:{item}")
    return row


def plan_rows(roster: Roster, set_sizes: dict[str, int]) -> list[PlanRow]:
    """Parse every xã row of appendices 1-5."""
    rows = []
    for appendix, (set_code, _group) in APPENDIX_ROWS.items():
        for line in _appendix_lines(appendix):
            if _ROW.match(line):
                rows.append(parse_plan_row(appendix, line, roster, set_sizes[set_code]))
    return rows


def _numbers(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t") if re.fullmatch(r"[\d.,%]+", cell.strip())]


@dataclass
class DistrictTable:
    """Appendix 6 or 7: planned xã per criterion per district, and the printed summary rows."""

    set_code: str
    districts: list[str]
    cells: dict[tuple[str, int], str]
    printed: dict[tuple[str, str], str]


def district_table(appendix: int, roster: Roster) -> DistrictTable:  # noqa: C901 (the printed table's row kinds, read in one pass)
    """Parse appendix 6 (xã NTM) or 7 (nâng cao); blank cells are kept as blank text."""
    lines = _appendix_lines(appendix)
    header = next(line for line in lines if line.startswith("STT\t"))
    names = header.split("\t")[2:13]
    districts = [roster.district("TP. Lạng Sơn" if n == "Thành phố" else n) for n in names]
    table = DistrictTable("ntm" if appendix == 6 else "nang_cao", districts, {}, {})
    percents: list[str] = []
    for line in lines:
        cells = line.split("\t")
        folded = fold(line)
        if _ROW.match(line):
            criterion = int(cells[0])
            for code, cell in zip(districts, cells[2:13], strict=True):
                table.cells[(code, criterion)] = cell.strip()
            table.printed[(PROVINCE_CODE, f"total_c{criterion}")] = cells[13].strip()
            if len(cells) > 14 and cells[14].strip():
                percents.append(cells[14].strip())
        elif folded.startswith("cong toan ti"):
            values = _numbers(line)[-12:]
            for code, value in zip([*districts, PROVINCE_CODE], values, strict=True):
                table.printed[(code, "total")] = value
        elif folded.startswith("ty le dat binh quan"):
            values = _numbers(line)[-12:]
            for code, value in zip([*districts, PROVINCE_CODE], values, strict=True):
                table.printed[(code, "average")] = value
        elif re.fullmatch(r"\d+(\.\d+)?%", line.strip()):
            percents.append(line.strip())
    for number, value in enumerate(percents, start=1):
        table.printed[(PROVINCE_CODE, f"percent_c{number}")] = value
    return table


async def _insert_units(db: aiosqlite.Connection, roster: Roster) -> None:
    await db.execute(
        "INSERT INTO unit (code, name, kind, parent_code, roster)"
        " VALUES (?, ?, 'province', NULL, ?)",
        (PROVINCE_CODE, PROVINCE_NAME, ROSTER),
    )
    seen: set[str] = set()
    for r in roster.rows:
        if r["district_code"] not in seen:
            seen.add(r["district_code"])
            await db.execute(
                "INSERT INTO unit VALUES (?, ?, 'district', ?, ?)",
                (r["district_code"], r["district_name"], PROVINCE_CODE, ROSTER),
            )
    await db.executemany(
        "INSERT INTO unit VALUES (?, ?, ?, ?, ?)",
        [
            (
                r["unit_code"],
                r["unit_name"],
                UNIT_KINDS[r["unit_type"]],
                r["district_code"],
                ROSTER,
            )
            for r in roster.rows
        ],
    )


async def _insert_criteria(db: aiosqlite.Connection) -> dict[str, int]:
    await db.executemany("INSERT INTO criteria_set VALUES (?, ?)", list(SET_NAMES.items()))
    rows = _read_csv("criteria.csv")
    await db.executemany(
        "INSERT INTO criterion VALUES (?, ?, ?, ?, ?)",
        [(r["set_code"], int(r["number"]), r["name"], r["group_name"], r["source"]) for r in rows],
    )
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["set_code"]] = max(sizes.get(r["set_code"], 0), int(r["number"]))
    return sizes


async def _insert_plan_rows(db: aiosqlite.Connection, rows: list[PlanRow], now: str) -> None:
    first_seen: dict[tuple[str, str], PlanRow] = {}
    positions: dict[str, int] = {}
    for row in rows:
        key = (row.unit_code, row.set_code)
        earlier = first_seen.get(key)
        if earlier is not None and sorted(earlier.met) != sorted(row.met):
            row.flags.append(f"met_differs_from_appendix_{earlier.appendix}")
        cur = await db.execute(
            "INSERT INTO plan_row (appendix, row_no, unit_code, set_code, source_text, met_count,"
            " target_count, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.appendix,
                row.row_no,
                row.unit_code,
                row.set_code,
                row.source_text,
                row.met_count,
                row.target_count,
                ";".join(row.flags),
            ),
        )
        row_id = cur.lastrowid
        await db.executemany(
            "INSERT INTO plan_target VALUES (?, ?, ?)",
            [(row_id, item, number) for item, number in row.targets],
        )
        group = APPENDIX_ROWS[row.appendix][1]
        positions[group] = positions.get(group, 0) + 1
        await db.execute(
            "INSERT INTO unit_group VALUES (?, ?, ?, ?)",
            (group, row.unit_code, positions[group], f"{PLAN}, Phụ lục {row.appendix}"),
        )
        if earlier is None and row.met:
            first_seen[key] = row
            await _insert_plan_status(db, row, now)


async def _insert_plan_status(db: aiosqlite.Connection, row: PlanRow, now: str) -> None:
    async with db.execute(
        "SELECT number FROM criterion WHERE set_code = ? ORDER BY number", (row.set_code,)
    ) as cur:
        numbers = [n for (n,) in await cur.fetchall()]
    source = f"{PLAN}, Phụ lục {row.appendix}, TT {row.row_no}"
    await db.executemany(
        "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind, source,"
        " recorded_at) VALUES (?, ?, ?, ?, ?, 'plan', ?, ?)",
        [
            (row.unit_code, row.set_code, n, int(n in row.met), PLAN_AS_OF, source, now)
            for n in numbers
        ],
    )


async def _insert_district_tables(db: aiosqlite.Connection, roster: Roster) -> None:
    for appendix in (6, 7):
        table = district_table(appendix, roster)
        await db.executemany(
            "INSERT INTO plan_district_count VALUES (?, ?, ?, ?, ?)",
            [
                (table.set_code, code, criterion, int(text) if text.isdigit() else 0, text)
                for (code, criterion), text in table.cells.items()
            ],
        )
        await db.executemany(
            "INSERT INTO plan_printed VALUES (?, ?, ?, ?)",
            [(table.set_code, code, what, text) for (code, what), text in table.printed.items()],
        )


async def _insert_plan_text(db: aiosqlite.Connection, roster: Roster) -> None:
    await db.executemany(
        "INSERT INTO province_target VALUES ('ntm', ?, ?, ?, 181, ?)",
        [
            (
                int(r["criterion"]),
                int(r["added"]) if r["added"] else None,
                int(r["total"]),
                r["quote"],
            )
            for r in _read_csv("province_targets.csv")
        ],
    )
    await db.executemany(
        "INSERT INTO plan_fact VALUES (?, ?, ?, ?)",
        [
            (r["key"], float(r["value"]), r["unit"], r["quote"])
            for r in _read_csv("headline_targets.csv")
        ],
    )
    await db.executemany(
        "INSERT INTO funding VALUES (?, ?, ?, ?, ?)",
        [
            (
                int(r["line"]),
                r["label"],
                float(r["amount_billion_vnd"]),
                float(r["percent"]),
                r["quote"],
            )
            for r in _read_csv("funding.csv")
        ],
    )
    await db.executemany(
        "INSERT INTO district_plan VALUES (?, 'huyen', ?, ?, ?)",
        [
            (roster.district(r["district"]), int(r["criterion"]), r["kind"], r["quote"])
            for r in _read_csv("huyen_plan.csv")
        ],
    )
    await db.executemany(
        "INSERT INTO district_ntm_base VALUES (?, ?, ?)",
        [
            (roster.district(r["district"]), int(r["ntm_xa"]), r["derivation"])
            for r in _read_csv("ntm_xa_2022_by_district.csv")
        ],
    )


async def _loaded(db: aiosqlite.Connection) -> bool:
    async with db.execute("SELECT value FROM meta WHERE key = ?", (LOADED_KEY,)) as cur:
        return await cur.fetchone() is not None


async def load_bundled(db: aiosqlite.Connection) -> bool:
    """Load the bundled data in one transaction; return False if it was loaded already."""
    if await _loaded(db):
        return False
    roster = Roster(_read_csv("units_langson_2023.csv"))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    async with transaction(db):
        await db.execute("BEGIN IMMEDIATE")  # another process may be loading it right now
        if await _loaded(db):
            return False
        await _insert_units(db, roster)
        sizes = await _insert_criteria(db)
        await _insert_plan_rows(db, plan_rows(roster, sizes), now)
        await _insert_district_tables(db, roster)
        await _insert_plan_text(db, roster)
        await db.execute("INSERT INTO meta VALUES (?, ?)", (LOADED_KEY, now))
    return True
