"""Every printed figure of sections I-III and appendices 1-7, asked in words, is in the answer.

The expected figures are read from the transcribed plan (store/data), never from the bot: the
appendix tables as printed, the section files with their quotes. Each figure gets one natural
question; the answer must contain the printed figure (in Vietnamese number format).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from bot.context import Ctx
from tests.conftest import ask

DATA = Path(__file__).resolve().parents[2] / "store" / "data"
PLAN = DATA / "kh18_2023"
DISTRICT_WORDS = {
    "Thành phố": "thành phố Lạng Sơn",
    "Tổng cộng": "toàn tỉnh",
}


@dataclass(frozen=True)
class Figure:
    where: str  # where the plan prints it
    question: str
    printed: tuple[str, ...]  # every string the answer must contain


def vn(number: str) -> str:
    """Write a printed number the Vietnamese way: 13.24 -> 13,24; 2,422 -> 2.422."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+", number):
        return number.replace(",", ".")
    return number.replace(".", ",")


def _tsv(name: str) -> list[list[str]]:
    lines = (PLAN / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def _district_tables() -> list[Figure]:
    """Appendices 6 and 7: xã meeting each criterion per district, totals and averages."""
    found = []
    for appendix, words in ((6, ""), (7, " nâng cao")):
        rows = _tsv(f"phu_luc_{appendix}.tsv")
        header = rows[1]
        districts = header[2:13]
        for row in rows[2:]:
            if len(row) < 14:
                continue
            if row[0].strip().isdigit():
                number = int(row[0])
                for name, value in zip(districts, row[2:13], strict=True):
                    unit = DISTRICT_WORDS.get(name, "huyện " + name)
                    if not value.strip():
                        continue  # a blank cell: the plan prints no figure
                    found.append(
                        Figure(
                            f"PL{appendix} tc{number} {name}",
                            f"{unit} có bao nhiêu xã đạt tiêu chí{words} {number}",
                            (f" {value}/",),
                        )
                    )
                found.append(
                    Figure(
                        f"PL{appendix} tc{number} tổng",
                        f"toàn tỉnh có bao nhiêu xã đạt tiêu chí{words} số {number}",
                        (f" {row[13]}/",),
                    )
                )
            else:  # the average row and the sum row, per district and for the province
                kind = "bq" if "bình quân" in row[1] else "cộng" if "Cộng" in row[1] else ""
                template = {
                    "bq": "bình quân tiêu chí{w} {u}",
                    "cộng": "tổng số tiêu chí{w} {u} bình quân",
                }
                for name, value in zip([*districts, "Tổng cộng"], row[2:14], strict=True):
                    if kind:
                        unit = DISTRICT_WORDS.get(name, "huyện " + name)
                        question = template[kind].format(w=words, u=unit)
                        found.append(Figure(f"PL{appendix} {kind} {name}", question, (vn(value),)))
    return found


_XA = re.compile(r"^Xã (.+?)(?:\s*[-,]\s*|\s+)(?:huyện|Huyện|TP\.)\s*(.+)$")


def _commune_rows() -> list[Figure]:
    """Appendices 1-5: each xã's criteria met at the end of 2022 and its 2023 target count."""
    found = []
    sets = {1: "", 2: " nâng cao", 3: " kiểu mẫu", 4: "", 5: ""}
    for appendix, words in sets.items():
        for row in _tsv(f"phu_luc_{appendix}.tsv"):
            if len(row) < 3 or not row[0].strip().isdigit():
                continue
            match = _XA.match(row[1].strip())
            if match is None or not row[2].strip():
                continue
            name, district = match.group(1).strip(), match.group(2).strip()
            district = district.removeprefix("Lạng Sơn").strip() or "Lạng Sơn"
            question = f"xã {name} huyện {district} đạt bao nhiêu tiêu chí{words}"
            if appendix == 3:
                question = f"xã {name} đạt mấy điều kiện kiểu mẫu"
            met = row[2].strip()
            listed = [x for x in re.split(r"[,;]\s*", row[3].strip()) if x] if len(row) > 3 else []
            printed = f" {met}/"
            if listed and len(listed) != int(met):  # a slip of the plan: its count is shown too
                printed = f"kế hoạch ghi {met} tiêu chí đã đạt"
            found.append(Figure(f"PL{appendix} {name}", question, (printed,)))
            if len(row) > 4 and row[4].strip():
                found.append(
                    Figure(
                        f"PL{appendix} {name} KH",
                        f"xã {name} huyện {district} còn thiếu tiêu chí{words} nào",
                        (f"hoàn thành {int(row[4])} tiêu chí",),
                    )
                )
    return found


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


HEADLINE_QUESTIONS = {
    "ntm_xa_added": "năm 2023 thêm bao nhiêu xã đạt chuẩn nông thôn mới",
    "ntm_xa_total": "mục tiêu tổng số xã đạt chuẩn ntm năm 2023",
    "xa_total": "mục tiêu năm 2023 toàn tỉnh",
    "min_criteria_per_xa": "chỉ tiêu chủ yếu năm 2023",
    "avg_criteria_low": "mục tiêu bình quân tiêu chí/xã năm 2023",
    "avg_criteria_high": "kế hoạch 2023 đặt ra những chỉ tiêu gì",
    "nang_cao_added": "mục tiêu xã nâng cao năm 2023",
    "nang_cao_total": "chỉ tiêu ntm nâng cao 2023",
    "nang_cao_avg": "mục tiêu năm nay",
    "kieu_mau_added": "mục tiêu xã kiểu mẫu năm 2023",
    "bien_gioi_avg": "20 xã biên giới phấn đấu bình quân bao nhiêu tiêu chí",
    "ocop_products": "chỉ tiêu ocop 2023",
    "ocop_4star_low": "ocop năm nay bao nhiêu sản phẩm",
    "ocop_4star_high": "mục tiêu sản phẩm ocop 4 sao",
}


def _sections() -> list[Figure]:
    """Sections I.1, I.2 (xã counts and other figures), I.1 and II tasks, III (funding)."""
    found = []
    for row in _csv("headline_targets.csv"):
        value = vn(row["value"])
        found.append(Figure(f"I.1 {row['key']}", HEADLINE_QUESTIONS[row["key"]], (value,)))
    for row in _csv("province_targets.csv"):
        printed = (row["quote"], f"{row['total']}/181", row["percent_text"])
        found.append(
            Figure(f"I.2 tc{row['criterion']}", f"chỉ tiêu tiêu chí {row['criterion']}", printed)
        )
    for row in _csv("plan_i2_figures.csv"):
        found.append(
            Figure(
                f"I.2 {row['key']}",
                f"mục tiêu năm 2023 tiêu chí số {row['criterion']}",
                (row["quote"],),
            )
        )
    for row in _csv("plan_tasks.csv"):
        where = row["section"].split(".")[0]
        found.append(
            Figure(f"{where} {row['key']}", "nhiệm vụ và giải pháp năm 2023", (row["quote"],))
        )
    for row in _csv("funding.csv"):
        amount = f"{float(row['amount_billion_vnd']):,.3f}".rstrip("0").rstrip(".")
        amount = amount.replace(",", "_").replace(".", ",").replace("_", ".")
        percent = vn(row["percent"]) + "%" if row["line"] != "0" else ""
        shares = (amount + " tỷ đồng", percent) if percent else (amount + " tỷ đồng", "")
        found.append(
            Figure(
                f"III {row['line']}", "nguồn vốn thực hiện năm 2023", tuple(filter(None, shares))
            )
        )
    for row in _csv("ntm_xa_2022_by_district.csv"):
        name = row["district"]
        unit = "thành phố Lạng Sơn" if name.startswith("Thành phố") else name.lower()
        found.append(
            Figure(
                f"PL7 ntm {name}",
                f"{unit} có bao nhiêu xã đạt chuẩn ntm",
                (f" {row['ntm_xa']} xã",),
            )
        )
    return found


def _groups() -> list[Figure]:
    """The border and especially disadvantaged groups' printed averages (appendices 4, 5)."""
    found = []
    for appendix, words in ((4, "các xã biên giới"), (5, "xã đặc biệt khó khăn")):
        row = next(
            r for r in _tsv(f"phu_luc_{appendix}.tsv") if len(r) > 4 and "Bình quân" in r[1]
        )
        end, plan = float(row[2]), float(row[4])
        printed = (f"{end:.2f}".replace(".", ","), f"{plan:.2f}".replace(".", ","))
        found.append(Figure(f"PL{appendix} bq", f"bình quân tiêu chí {words}", printed))
    return found


def _shares() -> list[Figure]:
    """The share of xã meeting each criterion: appendix 7's column, appendix 6's closing list."""
    found = []
    for row in _tsv("phu_luc_7.tsv"):
        if len(row) > 14 and row[0].strip().isdigit() and row[14].strip():
            question = f"tỷ lệ xã đạt tiêu chí nâng cao {row[0]} toàn tỉnh"
            found.append(Figure(f"PL7 tỷ lệ tc{row[0]}", question, (vn(row[14].strip()),)))
    lines = [r[0] for r in _tsv("phu_luc_6.tsv") if len(r) == 1 and r[0].endswith("%")]
    for number, share in enumerate(lines, start=1):
        question = f"tỷ lệ xã đạt tiêu chí {number} toàn tỉnh"
        found.append(Figure(f"PL6 tỷ lệ tc{number}", question, (vn(share),)))
    return found


FIGURES = _district_tables() + _commune_rows() + _sections() + _groups() + _shares()


def test_inventory_covers_every_section() -> None:
    """The inventory lists appendices 1-7 and sections I.1, I.2, II, III."""
    prefixes = {f.where.split(" ")[0] for f in FIGURES}
    assert {"PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "PL7", "I.1", "I.2", "II", "III"} <= prefixes
    assert len(FIGURES) >= 500


async def test_every_printed_figure_is_in_its_answer(ctx: Ctx) -> None:
    """Asked in words, each answer carries its figure exactly as the plan prints it."""
    missed = []
    for figure in FIGURES:
        reply = await ask(ctx, figure.question, chat=figure.where)
        missed += [
            (figure.where, figure.question, printed, reply.text[:200])
            for printed in figure.printed
            if printed not in reply.text
        ]
    assert missed == []
