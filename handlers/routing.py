"""The one routing table: what a message is, who may use it, and the handler that answers it.

A message is classified once, in this order: a button press (by its data's prefix), a command
(by its word), a typed answer to an open flow, a file outside a flow, a question about
reporting progress, a field report in words ("tiêu chí 2 đã đạt"), and otherwise a question
about the plan. /help and the Telegram command menu are generated from COMMANDS.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers import (
    ask,
    buttons,
    completeness,
    desk,
    registration,
    today,
    typed,
    workflows,
)
from handlers.context import Ctx
from handlers.lexicon import phrases_of
from handlers.turn import Turn
from store.conversation import StateChanged, load_versioned, save_state
from store.people import person_for
from vocab.i18n import Translator
from vocab.messages import Incoming, Reply
from vocab.roles import Role
from vocab.text import command_word, fold, has_phrase

log = logging.getLogger(__name__)

Handler = Callable[[Turn, str], Awaitable[list[Reply]]]
ButtonHandler = Callable[[Turn, buttons.ButtonData], Awaitable[list[Reply]]]
OFFICIALS = frozenset(Role)


def _(message: str) -> str:
    """Mark a message for the catalogs; it is translated when shown."""
    return message


@dataclass(frozen=True)
class Command:
    """A /command: its handler (given the text after the word), who it is for, its summary."""

    word: str
    handler: Handler
    summary: str  # a catalog message, shown by /help and in Telegram's command menu
    roles: frozenset[Role] | None = None  # None: anyone; else registered people of these roles
    workflow: bool = False  # looks the sender up, and answers in private chats only
    menu: bool = True  # listed in Telegram's command menu
    person: bool = False  # looks the sender up (in any chat)


@dataclass(frozen=True)
class ButtonRoute:
    """What a pressed button of one kind goes to."""

    kind: type[buttons.ButtonData]
    handler: ButtonHandler
    workflow: bool = True


@dataclass(frozen=True)
class Route:
    """How one message will be answered (the outcome of classifying it once)."""

    handler: Handler
    argument: str = ""
    workflow: bool = False  # a workflow step: the sender looked up, private chats only
    command: bool = False
    person: bool = False  # the sender looked up (workflow steps always are)


COMMANDS: tuple[Command, ...] = (
    Command("/start", ask.command, _("Start: what the bot can answer")),
    Command("/help", ask.command, _("How to ask, with examples")),
    Command("/xa", ask.command, _("Criteria of a commune: /xa NAME")),
    Command("/huyen", ask.command, _("Average criteria of a district: /huyen NAME")),
    Command("/tieuchi", ask.command, _("One criterion: /tieuchi NUMBER")),
    Command("/tinh", ask.command, _("Province-wide figures")),
    Command(
        "/dangky", workflows.register, _("Register as an official: /dangky CODE"), workflow=True
    ),
    Command(
        "/capnhat",
        workflows.field_report,
        _("Report a criterion met (officials)"),
        frozenset((Role.XA_OFFICIAL,)),
        workflow=True,
    ),
    Command(
        "/baocao",
        workflows.period_report,
        _("Monthly report (officials)"),
        frozenset((Role.XA_OFFICIAL, Role.DEPARTMENT)),
        workflow=True,
    ),
    Command(
        "/choduyet",
        workflows.pending,
        _("Reports waiting for review"),
        frozenset((Role.DISTRICT_OFFICER, Role.PROVINCE_COORDINATOR, Role.ADMIN)),
        workflow=True,
    ),
    Command(
        "/lichsu",
        workflows.history,
        _("Report history of a commune: /lichsu NAME"),
        frozenset(
            (Role.XA_OFFICIAL, Role.DISTRICT_OFFICER, Role.PROVINCE_COORDINATOR, Role.ADMIN)
        ),
        workflow=True,
    ),
    Command(
        "/nhacnho",
        workflows.my_reminders,
        _("Reminders on or off: /nhacnho tat"),
        OFFICIALS,
        workflow=True,
    ),
    Command(
        "/xuat",
        workflows.export,
        _("Excel file: /xuat tình hình huyện Văn Lãng"),
        OFFICIALS,
        person=True,
    ),
    Command(
        "/bieudo",
        workflows.chart,
        _("Chart: /bieudo bình quân, /bieudo tiêu chí 17"),
        OFFICIALS,
        person=True,
    ),
    Command("/huy", workflows.cancel, _("Cancel the current step"), OFFICIALS, workflow=True),
    Command(
        "/nguoidung",
        workflows.people,
        _("Registered people (coordinators)"),
        frozenset((Role.PROVINCE_COORDINATOR, Role.ADMIN)),
        workflow=True,
        menu=False,
    ),
    Command(
        "/thuhoi",
        workflows.revoke,
        _("Revoke a registration: /thuhoi ID (coordinators)"),
        frozenset((Role.PROVINCE_COORDINATOR, Role.ADMIN)),
        workflow=True,
        menu=False,
    ),
    Command(
        "/lich",
        workflows.schedules,
        _("Reminder schedules: /lich (coordinators)"),
        frozenset((Role.PROVINCE_COORDINATOR, Role.ADMIN)),
        workflow=True,
        menu=False,
    ),
)
BY_WORD = {command.word: command for command in COMMANDS}
ALIASES = {"/trogiup": "/help", "/huongdan": "/help", "/batdau": "/start"}  # Vietnamese names


def _unglued(word: str, argument: str) -> tuple[str, str]:
    """'/tieuchi17': a command with its number glued on; an alias ('/trogiup') its command."""
    word = ALIASES.get(word, word)
    for known in sorted(BY_WORD, key=len, reverse=True):
        tail = word[len(known) :]
        if word.startswith(known) and tail.isdigit():
            return known, f"{tail} {argument}".strip()
    return word, argument


# Commands asked in words, as data: (phrases, the command; the argument is the digits, the
# text, or nothing). Officials type what they want done rather than the command.
WORDED: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r" (?:cho(?: \w+){0,2}|can|chua) duyet | (?:duyet|tu choi) bao cao "),
        "/choduyet",
        "",
    ),
    (re.compile(r" lich su (?:cap nhat|bao cao) "), "/lichsu", "text"),
    (re.compile(r" (?:muon|can|dinh) (?:lam|gui|nop|viet) (?:bao cao|bc) thang "), "/baocao", ""),
    (
        re.compile(r" danh sach (?:can bo|nguoi dung) | (?:nguoi dung|ai) da dang ky "),
        "/nguoidung",
        "",
    ),
    (re.compile(r" (?:thu hoi|khoa) (?:tai khoan|quyen) "), "/thuhoi", "digits"),
)


def _worded_command(text: str) -> str | None:
    """The command a message asks for in words, typed as the command would be; or None."""
    padded = f" {fold(text)} "
    if " ai " in padded or has_phrase(padded, phrases_of("how")):
        return None  # 'làm sao để duyệt báo cáo', 'ai duyệt': how or who, not the command
    for pattern, word, argument in WORDED:
        if pattern.search(padded):
            if argument == "digits":
                return f"{word} {''.join(ch for ch in text if ch.isdigit())}".strip()
            return f"{word} {text}" if argument == "text" else word
    return None


PARTICLES = frozenset(("nhe", "nha", "a", "ak", "ah", "nhé", "nhá", "ạ", "à", "đi", "di", "giup"))


def _without_particles(argument: str) -> str:
    """A command's argument without the polite words after it ('tat nhé' → 'tat')."""
    words = argument.split()
    while words and words[-1].casefold().strip(".!") in PARTICLES:
        words.pop()
    return " ".join(words)


def near_command(text: str) -> str | None:
    """The command a mistyped one most likely is: '/bao cao', '/baocaothang', '/capnhap'."""
    word, argument = command_word(text)
    spaced = word + fold(argument).split(" ", 1)[0] if argument else word
    if spaced in BY_WORD and spaced != word:
        return spaced
    prefix = [known for known in BY_WORD if word.startswith(known) and len(known) > 3]
    if prefix:
        return max(prefix, key=len)
    close = difflib.get_close_matches(word, list(BY_WORD), n=1, cutoff=0.75)
    return close[0] if close else None


BUTTONS: tuple[ButtonRoute, ...] = (
    ButtonRoute(buttons.ReviewButton, workflows.review_button),
    ButtonRoute(buttons.PeopleButton, workflows.people_button),
    ButtonRoute(buttons.PeriodButton, workflows.flow_button),
    ButtonRoute(buttons.UpdateButton, workflows.flow_button),
    ButtonRoute(buttons.FlowButton, workflows.flow_button),
    ButtonRoute(buttons.PickButton, ask.button, workflow=False),
    ButtonRoute(buttons.AskButton, ask.button, workflow=False),
    ButtonRoute(buttons.TodayButton, today.button, workflow=False),
)
BY_KIND = {route.kind: route for route in BUTTONS}


def _pressed(data: buttons.ButtonData | None) -> Route:
    """Route a parsed button; foreign, stale or malformed data gets the same answer."""
    route = BY_KIND.get(type(data)) if data is not None else None
    if route is None or data is None:
        return Route(workflows.expired_choice)
    handler = route.handler

    async def press(turn: Turn, _argument: str) -> list[Reply]:
        return await handler(turn, data)

    return Route(press, workflow=route.workflow)


def classify(incoming: Incoming, state: dict[str, object]) -> Route:
    """Decide once which handler answers a message (no database lookup)."""
    if incoming.button is not None:
        return _pressed(buttons.parse(incoming.button))
    text = incoming.text or ""
    if text.startswith("/"):
        return _command(text)
    if "flow" in state:
        return Route(workflows.in_flow, workflow=True)
    if (incoming.photo or incoming.document) and not text.strip():
        return Route(workflows.media_outside_flow, workflow=True)
    return _typed(text)


def _command(text: str) -> Route:
    """A command, its number glued on or not; an unknown one gets the help."""
    word, argument = _unglued(*command_word(text))
    argument = _without_particles(argument)  # '/nhacnho tat nhé', '/lich ạ'
    command = BY_WORD.get(word)
    if command is None:
        return Route(ask.command, text)
    argument = argument if command.workflow or command.person else f"{word} {argument}"
    return Route(command.handler, argument, command.workflow, command=True, person=command.person)


def _typed(text: str) -> Route:
    """A typed message outside a flow: a request for a file, reporting progress, a command in
    words, a code, a status statement, or a question."""
    if desk.wants(text) is not None:
        return Route(workflows.desk_request, text, person=True)  # a chart or a file, any chat
    if typed.is_typed_report(text):  # 'báo cáo tháng 11 xã Tân Minh: …' typed out
        return Route(workflows.typed_report, text, workflow=True)
    if completeness.is_question(text):
        return Route(workflows.completeness_question)  # anyone may ask: no lookup
    worded = _worded_command(text)
    if worded is not None:  # 'có báo cáo nào chờ duyệt không': /choduyet
        return _command(worded)
    code = registration.code_in(text)
    if code is not None:  # 'đăng ký ABCDE-FGHJK', 'mã của em là …': registering
        return Route(workflows.register, code, workflow=True)
    if typed.is_statement(text):
        return Route(workflows.report_phrase, text, workflow=True)
    return Route(ask.question, text)


def help_lines(t: Translator) -> list[str]:
    """The commands by audience, one a line, from the table."""
    lines = [t._("Commands:")]
    lines += [f"{c.word}: {t._(c.summary)}" for c in COMMANDS if c.roles is None]
    lines.append(t._("For registered officials:"))
    lines += [f"{c.word}: {t._(c.summary)}" for c in COMMANDS if c.roles is not None]
    return lines


def menu() -> list[tuple[str, str]]:
    """(command without the slash, summary message) for the messengers' command menus."""
    return [(c.word.lstrip("/"), c.summary) for c in COMMANDS if c.menu]


async def handle(incoming: Incoming, ctx: Ctx) -> list[Reply]:
    """Answer one message or button press, on any transport; never raises for input.

    One transaction: the chat's state is read, the domain writes and the new state is saved
    together or not at all (inside a transport's transaction, with the update's key, it is a
    savepoint of that one). Turns of one chat take the chat's lock, so workers answer them one
    at a time; should the state still have changed since it was read (compare-and-swap), the
    turn is rolled back and answered again on the new state.
    """
    for _ in range(TURN_TRIES - 1):
        try:
            return await _turn(incoming, ctx)
        except StateChanged:
            log.info("chat %s:%s changed meanwhile; answering again", *chat_of(incoming))
    return await _turn(incoming, ctx)


TURN_TRIES = 3


def chat_of(incoming: Incoming) -> tuple[str, str]:
    """The (channel, chat) a message belongs to."""
    return incoming.channel, incoming.chat_id


def chat_lock(incoming: Incoming) -> str:
    """The name of the lock one chat's turns take, across processes."""
    return "chat:{}:{}".format(*chat_of(incoming))


async def _turn(incoming: Incoming, ctx: Ctx) -> list[Reply]:
    async with ctx.db.transaction():
        await ctx.db.lock(chat_lock(incoming))
        t = ctx.i18n.get(incoming.language)
        state, version = await load_versioned(ctx.db, incoming.channel, incoming.chat_id)
        before = json.dumps(state, sort_keys=True)
        route = classify(incoming, state)
        turn = Turn(incoming, ctx, t, state, None, ctx.clock())
        if route.workflow or route.person:
            turn.person = await person_for(ctx.db, incoming.channel, incoming.user_id)
        if route.workflow:
            refusal = workflows.before_step(turn, route.command)
            if refusal is not None:
                await _save_if_changed(turn, before, version)
                return refusal
        replies = await route.handler(turn, route.argument)
        await _save_if_changed(turn, before, version)
        return replies


async def _save_if_changed(turn: Turn, before: str, version: int) -> None:
    """Write the chat's state only when the turn changed it (if still at `version`)."""
    if json.dumps(turn.state, sort_keys=True) != before:
        now = turn.now.isoformat(timespec="seconds")
        incoming = turn.incoming
        await save_state(turn.ctx.db, incoming.channel, incoming.chat_id, turn.state, now, version)
