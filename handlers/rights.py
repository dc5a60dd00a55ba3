"""Rights are checked again at every step of a flow, not only when it starts.

A flow remembers who started it (person, role, unit, department). A person revoked since, or
registered again with another role or unit, must not finish it: the flow is dropped and the
person is told why; nothing is recorded.
"""

from __future__ import annotations

from handlers.flow_state import Flow, Starter
from handlers.registration import describe_person, forbidden
from handlers.turn import Turn
from vocab.messages import Reply


def recheck(turn: Turn, flow: Flow, entitled: bool) -> Reply | None:
    """Drop the flow and say why if its person changed or lost the right; else None.

    `entitled` is the flow's own check of the action against the person as they are now
    (flows started before signatures were kept have only that).
    """
    t, person = turn.t, turn.person
    if person is None or person.revoked:
        turn.state.pop("flow", None)
        refusal = forbidden(turn)
        dropped = t._("The unfinished step was cancelled; nothing was recorded.")
        return Reply(refusal.text + "\n" + dropped, intent="forbidden")
    if entitled and (flow.by is None or flow.by == Starter.of(person)):
        return None
    turn.state.pop("flow", None)
    return Reply(
        t._(
            "Your registration has changed since this step began (you are now {who}). The"
            " unfinished step was cancelled; nothing was recorded. Please start again if you"
            " still need to."
        ).format(who=describe_person(turn, person)),
        intent="flow_dropped",
    )
