"""Typed flow state: stored in one place, read back exactly, unreadable state refused."""

from __future__ import annotations

import json

import pytest

from handlers.flow_state import (
    Attachment,
    PeriodFlow,
    PeriodStep,
    RejectFlow,
    Starter,
    UpdateFlow,
    UpdateStep,
    dump,
    load,
)

BY = Starter(7, "xa_official", "06496", "")


@pytest.mark.parametrize(
    "flow",
    [
        UpdateFlow("k1", BY, "06496", UpdateStep.SET, at="2023-11-05T02:00:00+00:00"),
        UpdateFlow(
            "k2",
            BY,
            "06496",
            UpdateStep.CONFIRM,
            "ntm",
            2,
            True,
            "3 km",
            (Attachment("photo", "F1"), Attachment("document", "D1", "bb.pdf")),
            "2023-11-05T02:00:00+00:00",
        ),
        PeriodFlow(
            "k3",
            None,
            "2023-11",
            "06496",
            (("ntm", 2), ("ntm", 4)),
            PeriodStep.PROGRESS,
            (("ntm:2", "done"),),
        ),
        RejectFlow(12, BY, "2023-11-05T02:00:00+00:00"),
    ],
)
def test_a_flow_reads_back_as_it_was_stored(flow: UpdateFlow | PeriodFlow | RejectFlow) -> None:
    """dump then load (through JSON, as the chat state is saved) gives the same flow."""
    assert load(json.loads(json.dumps(dump(flow)))) == flow


def test_the_step_follows_the_answers() -> None:
    """A missing answer takes the flow back to its step; evidence waits for 'Continue'."""
    flow = UpdateFlow("k", BY, "06496", UpdateStep.SET)
    assert flow.advanced().step is UpdateStep.SET
    chosen = UpdateFlow("k", BY, "06496", UpdateStep.SET, "ntm", 2).advanced()
    assert chosen.step is UpdateStep.MET
    met = UpdateFlow("k", BY, "06496", UpdateStep.MET, "ntm", 2, True).advanced()
    assert met.step is UpdateStep.EVIDENCE
    confirming = UpdateFlow("k", BY, "06496", UpdateStep.CONFIRM, "ntm", None, None).advanced()
    assert confirming.step is UpdateStep.CRITERION  # the criterion was changed: ask again
    period = PeriodFlow("k", None, "2023-11", "06496", (("ntm", 2),), PeriodStep.PROGRESS)
    assert period.pending_target() == ("ntm", 2)
    answered = PeriodFlow(
        "k", None, "2023-11", "06496", (("ntm", 2),), PeriodStep.PROGRESS, (("ntm:2", "done"),)
    )
    assert answered.pending_target() is None and answered.advanced().step is PeriodStep.NOTES


def test_a_flow_saved_before_steps_were_stored_is_read() -> None:
    """The old form (a step inferred from missing keys and 'notes_done') still loads."""
    old = {
        "kind": "update",
        "key": "k",
        "unit": "06496",
        "set": "ntm",
        "criterion": 2,
        "met": True,
        "note": "",
        "files": [["photo", "F1", ""]],
        "notes_done": True,
        "at": "2023-11-05T02:00:00+00:00",
    }
    flow = load(old)
    assert isinstance(flow, UpdateFlow) and flow.step is UpdateStep.CONFIRM
    assert flow.by is None and flow.files == (Attachment("photo", "F1"),)
    del old["notes_done"]
    again = load(old)
    assert isinstance(again, UpdateFlow) and again.step is UpdateStep.EVIDENCE


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "update",
        {"kind": "nothing"},
        {"kind": "update", "key": "k"},  # no unit
        {"kind": "update", "key": "k", "unit": "1", "step": "flying"},
        {"kind": "reject", "report": "twelve"},
        {"kind": "period", "key": "k", "period": "2023-11", "reporter": "1", "targets": [[1]]},
    ],
)
def test_unreadable_state_is_refused(stored: object) -> None:
    """What is not a flow this code knows loads as None (the chat is then told it expired)."""
    assert load(stored) is None
