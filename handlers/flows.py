"""What every multi-step flow shares: timeout, cancel, notes, attachments, key, prompts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from handlers.clean import clean_line, clean_text
from handlers.messages import Choice, Reply
from handlers.text import fold
from handlers.turn import Turn
from store.reports import Evidence

FLOW_TIMEOUT = timedelta(minutes=30)
MAX_FILES = 5
MAX_NOTE = 1000
CANCEL_WORDS = ("huy", "/huy", "cancel", "/cancel", "khong gui")
CONFIRM_WORDS = ("gui", "gui bao cao", "xac nhan", "dong y", "ok", "co")
STEP_BUTTONS = ("up:", "rp:", "flow:")  # the buttons of a report's steps (/capnhat, /baocao)


def flow_key(turn: Turn) -> str:
    """A key unique to one started flow, so its confirmation records at most once."""
    incoming = turn.incoming
    return f"{incoming.channel}:{incoming.chat_id}:{incoming.message_id}:{turn.stamp}"


def expired(flow: dict[str, Any], now: datetime) -> bool:
    """Say whether a flow has waited too long for its next answer."""
    return now - datetime.fromisoformat(flow["at"]) > FLOW_TIMEOUT


def keep(turn: Turn, flow: dict[str, Any]) -> None:
    """Store the flow in the chat's state, stamped with this turn's time."""
    flow["at"] = turn.stamp
    turn.state["flow"] = flow


def cancel(turn: Turn) -> Reply:
    """Drop the flow; nothing was recorded."""
    turn.state.pop("flow", None)
    return Reply(turn.t._("Cancelled. Nothing was recorded."), intent="flow_cancelled")


def is_cancel(text: str) -> bool:
    """Say whether a typed answer asks to cancel."""
    return fold(text) in CANCEL_WORDS


def cancel_choice(turn: Turn) -> Choice:
    """The 'Cancel' button every step shows."""
    return Choice(turn.t._("Cancel"), "flow:cancel")


def add_note(turn: Turn, flow: dict[str, Any], text: str) -> str:
    """Append typed text to the flow's note; say so (and whether it was cut)."""
    note = (flow["note"] + "\n" + clean_text(text)).strip()
    flow["note"] = note[:MAX_NOTE]
    t = turn.t
    cut = t._(" (cut to {n} characters)").format(n=MAX_NOTE) if len(note) > MAX_NOTE else ""
    return t._("Note saved{cut}.").format(cut=cut)


def attach(turn: Turn, flow: dict[str, Any]) -> str:
    """Add the message's photo or document (and caption) to the flow; say what happened."""
    t, incoming = turn.t, turn.incoming
    if len(flow["files"]) >= MAX_FILES:
        return t._("At most {n} files per report; this one was not added.").format(n=MAX_FILES)
    if incoming.photo:
        flow["files"].append(["photo", incoming.photo, ""])
    else:
        flow["files"].append(["document", incoming.document, clean_line(incoming.document_name)])
    caption = (incoming.text or "").strip()
    if caption:
        add_note(turn, flow, caption)
    count = len(flow["files"])
    return t.ngettext("{n} file attached.", "{n} files attached.", count).format(n=count)


def files(turn: Turn, flow: dict[str, Any]) -> tuple[Evidence, ...]:
    """The flow's attachments, as stored evidence of this turn's channel."""
    channel = turn.incoming.channel
    return tuple(Evidence(kind, channel, ref, name) for kind, ref, name in flow["files"])


def notes_prompt(turn: Turn, text: str, said: str = "") -> Reply:
    """Ask for a note and files, with 'Continue' and 'Cancel'."""
    t = turn.t
    return Reply(
        (said + "\n" + text).strip(),
        (Choice(t._("Continue"), "flow:next"), cancel_choice(turn)),
        intent="flow_step",
        data={"step": "notes"},
    )
