"""What every multi-step flow shares: timeout, cancel, notes, attachments, key, prompts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TypeVar

from handlers.buttons import FlowButton, PeriodButton, UpdateButton, parse
from handlers.flow_state import Attachment, Flow, PeriodFlow, UpdateFlow, dump, load
from handlers.turn import Turn
from store.reports import Evidence
from vocab.clean import clean_line, clean_text
from vocab.messages import Choice, Reply
from vocab.text import fold

FLOW_TIMEOUT = timedelta(minutes=30)
MAX_FILES = 5
MAX_NOTE = 1000
CANCEL_WORDS = ("huy", "/huy", "cancel", "/cancel", "khong gui")
CONFIRM_WORDS = ("gui", "gui bao cao", "xac nhan", "dong y", "ok", "co")
NoteFlow = TypeVar("NoteFlow", UpdateFlow, PeriodFlow)


def is_step_button(data: str) -> bool:
    """Say whether button data belongs to a report's steps (/capnhat, /baocao)."""
    return isinstance(parse(data), UpdateButton | PeriodButton | FlowButton)


def flow_key(turn: Turn) -> str:
    """A key unique to one started flow, so its confirmation records at most once."""
    incoming = turn.incoming
    return f"{incoming.channel}:{incoming.chat_id}:{incoming.message_id}:{turn.stamp}"


def expired(flow: Flow, now: datetime) -> bool:
    """Say whether a flow has waited too long for its next answer."""
    return now - datetime.fromisoformat(flow.at) > FLOW_TIMEOUT


def current(turn: Turn) -> Flow | None:
    """The chat's open flow, if there is one this code can read."""
    return load(turn.state.get("flow"))


def keep(turn: Turn, flow: Flow) -> None:
    """Store the flow in the chat's state, stamped with this turn's time."""
    turn.state["flow"] = dump(replace(flow, at=turn.stamp))


def cancel(turn: Turn) -> Reply:
    """Drop the flow; nothing was recorded."""
    turn.state.pop("flow", None)
    return Reply(turn.t._("Cancelled. Nothing was recorded."), intent="flow_cancelled")


MAX_CANCEL_WORDS = 5  # 'thôi em hủy nhé'; a longer text (a note) that says 'hủy' is a note


def is_cancel(text: str) -> bool:
    """Say whether a typed answer asks to cancel: 'hủy', '/huy', 'thôi em hủy nhé', 'thôi'."""
    folded = fold(text)
    words = folded.split()
    if folded in CANCEL_WORDS:
        return True
    short = 0 < len(words) <= MAX_CANCEL_WORDS and not any(w.isdigit() for w in words)
    return short and ("huy" in words or "cancel" in words or words[0] == "thoi")


def cancel_choice(turn: Turn) -> Choice:
    """The 'Cancel' button every step shows."""
    return Choice(turn.t._("Cancel"), FlowButton("cancel").pack())


def add_note(turn: Turn, flow: NoteFlow, text: str) -> tuple[NoteFlow, str]:
    """Append typed text to the flow's note; return the flow and what to say (cut or not)."""
    note = (flow.note + "\n" + clean_text(text)).strip()
    t = turn.t
    cut = t._(" (cut to {n} characters)").format(n=MAX_NOTE) if len(note) > MAX_NOTE else ""
    return replace(flow, note=note[:MAX_NOTE]), t._("Note saved{cut}.").format(cut=cut)


def attach(turn: Turn, flow: NoteFlow) -> tuple[NoteFlow, str]:
    """Add the message's photo or document (and caption); return the flow and what to say."""
    t, incoming = turn.t, turn.incoming
    if len(flow.files) >= MAX_FILES:
        return flow, t._("At most {n} files per report; this one was not added.").format(
            n=MAX_FILES
        )
    if incoming.photo:
        added = Attachment("photo", incoming.photo)
    else:
        added = Attachment("document", incoming.document or "", clean_line(incoming.document_name))
    flow = replace(flow, files=(*flow.files, added))
    caption = (incoming.text or "").strip()
    if caption:
        flow, _ = add_note(turn, flow, caption)
    count = len(flow.files)
    return flow, t.ngettext("{n} file attached.", "{n} files attached.", count).format(n=count)


def files(turn: Turn, flow: UpdateFlow | PeriodFlow) -> tuple[Evidence, ...]:
    """The flow's attachments, as stored evidence of this turn's channel."""
    channel = turn.incoming.channel
    return tuple(Evidence(f.kind, channel, f.ref, f.name) for f in flow.files)


def notes_prompt(turn: Turn, text: str, said: str = "") -> Reply:
    """Ask for a note and files, with 'Continue' and 'Cancel'."""
    t = turn.t
    return Reply(
        (said + "\n" + text).strip(),
        (Choice(t._("Continue"), FlowButton("next").pack()), cancel_choice(turn)),
        intent="flow_step",
        data={"step": "notes"},
    )
