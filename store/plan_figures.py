"""Section I.2's figures and the numbered tasks of I.1 and II, read once from their CSV files."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class PlanFigure:
    """One printed figure of the plan, with where it is and its exact words."""

    where: str  # a criterion number (section I.2) or a section ("I.1", "II.9.1")
    key: str
    value: str  # as printed: "350", "96,1", "35.800", "1-2", "6/9"
    unit: str
    label: str
    line: int
    quote: str


def _read(name: str, where: str) -> tuple[PlanFigure, ...]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return tuple(
            PlanFigure(
                row[where],
                row["key"],
                row["value"],
                row["unit"],
                row["label"],
                int(row["line"]),
                row["quote"],
            )
            for row in csv.DictReader(f)
        )


@lru_cache(maxsize=1)
def criterion_figures() -> tuple[PlanFigure, ...]:
    """Return section I.2's figures; `where` is the criterion number."""
    return _read("plan_i2_figures.csv", "criterion")


@lru_cache(maxsize=1)
def plan_tasks() -> tuple[PlanFigure, ...]:
    """Return the numbered tasks of sections I.1 and II; `where` is the section."""
    return _read("plan_tasks.csv", "section")


@lru_cache(maxsize=1)
def plan_meta() -> dict[str, str]:
    """Return the plan's number, date, issuer, title and signer, by key."""
    with (DATA / "plan_meta.csv").open(encoding="utf-8", newline="") as f:
        return {row["key"]: row["value"] for row in csv.DictReader(f)}
