"""The 2023 plan's figures as the answers use them (computed by store/plan_snapshot.py)."""

from __future__ import annotations

from dataclasses import dataclass

from store.plan_import import PLAN

APPENDIX_OF_SET = {"ntm": 6, "nang_cao": 7}


@dataclass(frozen=True)
class Average:
    """Planned criteria summed over a unit's xã, divided by the xã the set is assessed on."""

    unit_code: str
    set_code: str
    total: int
    divisor: int
    printed: str | None

    @property
    def value(self) -> float:
        """Return the average, or 0 when there is nothing to divide by."""
        return self.total / self.divisor if self.divisor else 0.0

    @property
    def source(self) -> str:
        """Name the table the figure comes from."""
        return f"{PLAN}, Phụ lục {APPENDIX_OF_SET[self.set_code]}"


@dataclass(frozen=True)
class CriterionCount:
    """How many xã of a unit are planned to meet one criterion in 2023."""

    unit_code: str
    set_code: str
    criterion: int
    planned: int
    of_total: int
    added: int | None
    source: str


@dataclass(frozen=True)
class FundingLine:
    """One line of section III."""

    line: int
    label: str
    amount: float
    percent: float


@dataclass(frozen=True)
class CriterionDetail:
    """A criterion with its group, source and the province's 2023 target sentence."""

    name: str
    group_name: str
    source: str
    target_quote: str | None
