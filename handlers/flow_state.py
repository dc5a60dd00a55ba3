"""Typed flow state: each multi-step flow is a frozen dataclass with a step, stored in one place.

A flow lives in the chat's saved state (state['flow']) between messages, so it survives a
restart. `dump` and `load` are the only code that knows its stored form; `load` refuses what it
cannot read (None), and the routing table then cancels politely. Flows saved before steps were
stored (the key they lack) get their step worked out as the old code did.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, ClassVar

from store.people import Person


class UpdateStep(StrEnum):
    """The steps of /capnhat, in order."""

    SET = "set"
    CRITERION = "criterion"
    INDICATOR = "indicator"  # only under a set with indicators loaded for the criterion
    MET = "met"
    EVIDENCE = "evidence"
    CONFIRM = "confirm"


class PeriodStep(StrEnum):
    """The steps of /baocao, in order."""

    PROGRESS = "progress"
    NOTES = "notes"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class Starter:
    """Who started a flow, as they were then: checked again at every step that changes."""

    id: int
    role: str
    unit: str
    org: str

    @classmethod
    def of(cls, person: Person) -> Starter:
        """The starter as the person is now."""
        return cls(person.id, str(person.role), person.unit_code, person.org)


@dataclass(frozen=True)
class Attachment:
    """A photo or document sent during a flow (the channel's file id or URL)."""

    kind: str  # "photo" or "document"
    ref: str
    name: str = ""


@dataclass(frozen=True)
class UpdateFlow:
    """/capnhat: a xã official reports one criterion met or not met."""

    kind: ClassVar[str] = "update"
    key: str
    by: Starter | None
    unit: str
    step: UpdateStep
    set: str | None = None
    criterion: int | None = None
    met: bool | None = None
    note: str = ""
    files: tuple[Attachment, ...] = ()
    at: str = ""
    indicators: tuple[str, ...] = ()  # the criterion's loaded indicators (2026-2030 set)
    indicator: str | None = None

    def advanced(self) -> UpdateFlow:
        """The same flow at the first step whose answer is still missing (evidence and
        confirmation are left only by the official's own 'Continue' and 'Send')."""
        if self.set is None:
            step = UpdateStep.SET
        elif self.criterion is None:
            step = UpdateStep.CRITERION
        elif self.indicators and self.indicator is None:
            step = UpdateStep.INDICATOR
        elif self.met is None:
            step = UpdateStep.MET
        elif self.step in (
            UpdateStep.SET,
            UpdateStep.CRITERION,
            UpdateStep.INDICATOR,
            UpdateStep.MET,
        ):
            step = UpdateStep.EVIDENCE
        else:
            step = self.step
        return replace(self, step=step)


@dataclass(frozen=True)
class PeriodFlow:
    """/baocao: a periodic report, progress on each open target, then a note and files."""

    kind: ClassVar[str] = "period"
    key: str
    by: Starter | None
    period: str
    reporter: str
    targets: tuple[tuple[str, int], ...]
    step: PeriodStep
    progress: tuple[tuple[str, str], ...] = ()  # ("set:number", progress), in answer order
    note: str = ""
    files: tuple[Attachment, ...] = ()
    at: str = ""

    def pending_target(self) -> tuple[str, int] | None:
        """The first target whose progress is not answered yet."""
        answered = dict(self.progress)
        return next((t for t in self.targets if f"{t[0]}:{t[1]}" not in answered), None)

    def advanced(self) -> PeriodFlow:
        """The same flow past the targets once each is answered."""
        if self.step is PeriodStep.PROGRESS and self.pending_target() is None:
            return replace(self, step=PeriodStep.NOTES)
        return self


@dataclass(frozen=True)
class RejectFlow:
    """A reviewer's rejection, waiting for its reason."""

    kind: ClassVar[str] = "reject"
    report: int
    by: Starter | None
    at: str = ""


Flow = UpdateFlow | PeriodFlow | RejectFlow


def dump(flow: Flow) -> dict[str, Any]:
    """The flow as stored in the chat's state (plain JSON)."""
    data: dict[str, Any] = {"kind": flow.kind, "at": flow.at}
    data["by"] = None if flow.by is None else vars(flow.by).copy()
    if isinstance(flow, RejectFlow):
        data["report"] = flow.report
        return data
    data.update(key=flow.key, step=flow.step.value, note=flow.note)
    data["files"] = [[f.kind, f.ref, f.name] for f in flow.files]
    if isinstance(flow, UpdateFlow):
        data.update(unit=flow.unit, set=flow.set, criterion=flow.criterion, met=flow.met)
        if flow.indicators:
            data.update(indicators=list(flow.indicators), indicator=flow.indicator)
    else:
        data.update(period=flow.period, reporter=flow.reporter)
        data["targets"] = [list(t) for t in flow.targets]
        data["progress"] = dict(flow.progress)
    return data


def load(data: object) -> Flow | None:
    """Read a stored flow, or None when it is not one this code knows."""
    if not isinstance(data, dict):
        return None
    try:
        by = Starter(**data["by"]) if data.get("by") else None
        if data.get("kind") == "reject":
            return RejectFlow(int(data["report"]), by, str(data.get("at", "")))
        files = tuple(Attachment(str(k), str(r), str(n)) for k, r, n in data.get("files", []))
        if data.get("kind") == "update":
            return _update(data, by, files)
        if data.get("kind") == "period":
            return _period(data, by, files)
    except (KeyError, TypeError, ValueError):
        return None
    return None


def _update(data: dict[str, Any], by: Starter | None, files: tuple[Attachment, ...]) -> UpdateFlow:
    criterion, met = data.get("criterion"), data.get("met")
    stored = data.get("step")
    if stored is None:  # saved before steps were stored
        stored = UpdateStep.CONFIRM if data.get("notes_done") else UpdateStep.SET
    flow = UpdateFlow(
        key=str(data["key"]),
        by=by,
        unit=str(data["unit"]),
        step=UpdateStep(stored),
        set=data.get("set"),
        criterion=None if criterion is None else int(criterion),
        met=None if met is None else bool(met),
        note=str(data.get("note", "")),
        files=files,
        at=str(data.get("at", "")),
        indicators=tuple(str(i) for i in data.get("indicators", [])),
        indicator=None if data.get("indicator") is None else str(data["indicator"]),
    )
    return flow.advanced()


def _period(data: dict[str, Any], by: Starter | None, files: tuple[Attachment, ...]) -> PeriodFlow:
    stored = data.get("step")
    if stored is None:  # saved before steps were stored
        stored = PeriodStep.CONFIRM if data.get("notes_done") else PeriodStep.PROGRESS
    flow = PeriodFlow(
        key=str(data["key"]),
        by=by,
        period=str(data["period"]),
        reporter=str(data["reporter"]),
        targets=tuple((str(s), int(n)) for s, n in data.get("targets", [])),
        step=PeriodStep(stored),
        progress=tuple((str(k), str(v)) for k, v in dict(data.get("progress", {})).items()),
        note=str(data.get("note", "")),
        files=files,
        at=str(data.get("at", "")),
    )
    return flow.advanced()
