"""A fresh table of realistic questions, asked through the routing table, checked on the reply.

The table (tests/handlers/fresh/) was written apart from the tables the parser was
built on; its expected figures come from the transcribed plan. Rows the bot still gets wrong
are listed in KNOWN_GAPS with the reason, and a test asserts they still fail, so fixing one
forces moving it out of the list.
"""

from __future__ import annotations

import ast
from pathlib import Path

from bot.context import Ctx
from store.people import create_invite
from tests.conftest import ask
from tests.handlers.fresh import FRESH, F
from tests.handlers.fresh.dialogues import GAPS as DIALOGUES_GAPS
from tests.handlers.fresh.leaders import GAPS as LEADER_GAPS
from tests.handlers.fresh.month import GAPS as MONTH_GAPS
from tests.handlers.fresh.names import GAPS as NAMES_GAPS
from tests.handlers.fresh.newxa import GAPS as NEWXA_GAPS
from tests.handlers.fresh.officials import GAPS as OFFICIALS_GAPS
from tests.handlers.fresh.phones import GAPS as PHONES_GAPS
from tests.handlers.fresh.province import GAPS as PROVINCE_GAPS
from tests.handlers.fresh.reporting import GAPS as REPORTING_GAPS
from tests.handlers.fresh.terse import GAPS as TERSE_GAPS
from tests.handlers.fresh.today_units import GAPS as TODAY_UNITS_GAPS
from tests.handlers.fresh.week import GAPS as WEEK_GAPS
from vocab.text import fold

# Rows the bot does not answer right yet: text -> its general cause (each module's own list).
KNOWN_GAPS: dict[str, str] = {
    **OFFICIALS_GAPS,
    **LEADER_GAPS,
    **WEEK_GAPS,
    **TODAY_UNITS_GAPS,
    **PHONES_GAPS,
    **DIALOGUES_GAPS,
    **NAMES_GAPS,
    **REPORTING_GAPS,
    **MONTH_GAPS,
    **PROVINCE_GAPS,
    **TERSE_GAPS,
    **NEWXA_GAPS,
}

HERE = Path(__file__).resolve().parent


def _texts_of_other_tables() -> set[str]:
    """Every string literal of the other test modules here, folded: the texts they ask."""
    found: set[str] = set()
    for path in HERE.rglob("*.py"):
        if path.parent.name == "fresh" or path.name == "test_fresh_questions.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(fold(node.value))
    return found


async def sender(ctx: Ctx, row: F, chat: str) -> str:
    """The user a row is asked as: u1 (not registered), or one registered as the row says."""
    if not row.who:
        return "u1"
    role, unit, org = [*row.who.split(":", 2), ""][:3]
    user = f"{chat}-{role}"
    code = await create_invite(ctx.db, role, unit, ctx.clock(), org=org)
    signed = await ask(ctx, f"/dangky {code}", chat=chat, user=user)
    assert signed.intent == "registered", signed.text
    return user


async def failure(ctx: Ctx, row: F, chat: str) -> str | None:
    """Ask a row's question (after its earlier ones) and say what the reply got wrong."""
    user = await sender(ctx, row, chat)
    for earlier in row.before:
        await ask(ctx, earlier, chat=chat, user=user)
    reply = await ask(ctx, row.text, chat=chat, user=user)
    wrong = []
    if reply.intent not in row.intent.split("|"):
        wrong.append(f"intent {reply.intent!r}")
    said = reply.text.casefold()  # 'Đồng ý' in the roster is 'Đồng Ý' in the plan
    wrong += [f"no {s!r}" for s in row.has if s.casefold() not in said]
    wrong += [f"has {s!r}" for s in row.lacks if s.casefold() in said]
    if not wrong:
        return None
    return "; ".join(wrong) + " | " + reply.text[:160].replace("\n", " / ")


def test_table_is_fresh_and_large() -> None:
    """At least 200 distinct rows, none folding to a text of the other tables."""
    assert len(FRESH) >= 200
    assert len({fold(r.text) for r in FRESH}) == len(FRESH)
    others = _texts_of_other_tables()
    assert [r.text for r in FRESH if fold(r.text) in others] == []
    assert set(KNOWN_GAPS) <= {r.text for r in FRESH}


async def test_fresh_questions_are_answered(ctx: Ctx) -> None:
    """Every row outside KNOWN_GAPS gets a reply of its intent with its facts."""
    failed = []
    for n, row in enumerate(FRESH):
        if row.text not in KNOWN_GAPS:
            wrong = await failure(ctx, row, chat=f"fresh{n}")
            if wrong is not None:
                failed.append((row.text, wrong))
    assert failed == []


async def test_known_gaps_still_fail(ctx: Ctx) -> None:
    """Each known gap still fails: one that passes now must leave KNOWN_GAPS."""
    fixed = []
    for n, row in enumerate(FRESH):
        if row.text in KNOWN_GAPS and await failure(ctx, row, chat=f"gap{n}") is None:
            fixed.append(row.text)
    assert fixed == []
