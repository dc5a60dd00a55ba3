"""The leaders' desk in chat: /xuat (an export as a file) and /bieudo (a chart as a picture).

Natural phrasing ("xuất excel tình hình huyện Văn Lãng", "vẽ biểu đồ bình quân tiêu chí các
huyện", "biểu đồ tiêu chí 17") is recognised by wants() before the question path, so "vẽ biểu
đồ" is never read as a unit's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from handlers.export_files import MEDIA_TYPES, export_bytes
from handlers.export_kinds import NoData, Request, build
from handlers.export_tables import Refused, Span, default_unit, parse_span
from handlers.parse import parse, units_in
from handlers.periods import mentioned
from handlers.query import LAST, from_state
from handlers.registration import forbidden
from handlers.replies import unit_label
from handlers.turn import Turn
from store.db import transaction
from store.outbox import enqueue
from store.plan_import import PROVINCE_CODE
from vocab.messages import Attachment, Reply
from vocab.places import Place, bare_name
from vocab.roles import Role
from vocab.text import canon, fold, has_phrase

EXPORT_COMMAND, CHART_COMMAND = "/xuat", "/bieudo"
EXPORT_MARKS = (
    "xuat excel",
    "xuat file",
    "xuat bang",
    "xuat du lieu",
    "xuat csv",
    "xuat json",
    "file excel",
    "bang excel",
)
# Asked of the bot only at the start ('gửi file báo cáo tháng 10'), never 'tôi đã gửi file'.
ASKING = re.compile(
    r"^(?:(?:xin|vui long|hay|ban|bot) )*(?:gui|tai)(?: cho toi)? file\b|\bcho xin (?:\w+ )?file\b"
)
# 'xuất giúp anh bảng số liệu', 'export excel', 'an Excel file': an export in other words.
EXPORTING = re.compile(r"\b(?:excel|export)\b|\bxuat(?: \w+){0,3} (?:bang|file|so lieu|du lieu)\b")
CHART_MARKS = ("bieu do", "bieudo", "chart", "graph", "ve do thi")
# 'đồ thị' folds as 'đó thì' does ('mấy xã cũ đó thì sao'): only with its marks, or after 'vẽ'.
GRAPH_WORD = canon("đồ thị")
LARGE_EXPORT = 1000  # rows: above this the reader is told the file is being made
# Which export or chart a message asks for: the first kind whose words it contains.
EXPORT_KINDS = (
    ("reports", ("hien truong", "duyet", "tu choi", "reports")),
    ("plan", ("ke hoach", "phu luc 6", "plan")),
    ("completeness", ("tien do", "bao cao", "completeness")),
    ("status", ("tinh hinh", "hien trang", "tieu chi", "status")),
)
CHART_KINDS = (  # a figure's words first: 'biểu đồ bình quân … để đưa vào báo cáo'
    ("averages", ("binh quan", "trung binh", "averages")),
    ("criteria", ("tieu chi", "so xa", "criteria")),
    ("completeness", ("tien do", "bao cao", "completeness")),
)
STATES = (("approved", "da duyet"), ("pending", "cho duyet"), ("pending", "chua duyet"))
# Words of the request itself, removed before looking for unit names ("duyệt" is no xã).
_VOCABULARY = sorted(
    {
        *EXPORT_MARKS,
        *CHART_MARKS,
        *("gui file", "tai file", "xin", "vui long", "hay", "cho toi"),
        *(w for _, words in (*EXPORT_KINDS, *CHART_KINDS) for w in words),
        *(w for _, w in STATES),
        *("ve", "xuat", "gui", "tai", "excel", "csv", "json", "file", "bang", "cac huyen"),
        *("so lieu", "du lieu", "cua", "cho", "theo", "thang nay", "thang truoc", "cac xa"),
    },
    key=len,
    reverse=True,
)
_PERIOD_WORDS = re.compile(
    r"\bthang (?:\d{1,2}(?: \d{4})?|nay|truoc)\b|\bquy (?:[1-4]|i{1,3}|iv)(?: \d{4})?\b"
    r"|\bnam \d{4}\b|\b\d{4}(?:-\w+)?\b"
)
_CRITERION = re.compile(r"\b(?:tieu chi|tc) ?(\d{1,2})\b")
_LITERAL_PERIOD = re.compile(r"\b\d{4}(?:-(?:\d{1,2}|[qQ][1-4]))?\b")
_YEAR = re.compile(r"\bnam (\d{4})\b")


@dataclass(frozen=True)
class DeskRequest:
    """What a message asks for: an export or a chart, of which kind, unit, period."""

    action: str  # 'export' or 'chart'
    kind: str
    units: tuple[str, ...]
    span: Span | None
    state: str = "all"
    fmt: str = "xlsx"
    criterion: int | None = None


def wants(text: str) -> str | None:
    """Say whether a typed message asks for an export or a chart ('export', 'chart', None)."""
    if text.startswith("/"):
        return None
    folded = fold(text)
    if any(mark in folded for mark in EXPORT_MARKS) or ASKING.match(folded):
        return "export"
    if EXPORTING.search(folded):
        return "export"
    if has_phrase(f" {folded} ", CHART_MARKS) or f" {GRAPH_WORD} " in f" {canon(text)} ":
        return "chart"
    return None


def _kind(folded: str, table: tuple[tuple[str, tuple[str, ...]], ...], default: str) -> str:
    return next((kind for kind, words in table if any(w in folded for w in words)), default)


def span_in(text: str, today: date) -> Span | None:
    """Find a period: '2023-11', '2023-Q4', 'tháng 10', 'quý 4', 'năm 2023', 'tháng này'."""
    literal = _LITERAL_PERIOD.search(text)
    if literal:
        try:
            return parse_span(literal.group(0))
        except ValueError:
            pass
    folded = fold(text)
    for kind in ("quarterly", "monthly"):
        if kind == "quarterly" and "quy" not in folded.split():
            continue
        period = mentioned(text, kind, today)
        if period is not None:
            return parse_span(period.code)
    year = _YEAR.search(folded)
    return parse_span(year.group(1)) if year else None


def names_in(text: str, places: Iterable[Place]) -> str:
    """The message without the request's own words and periods, keeping unit names whole.

    A word of the request that begins or ends a unit's name with its neighbour stays ('bảng'
    goes, 'Bằng Mạc' stays; 'xuất' goes, 'Xuất Lễ' stays).
    """
    folded = _PERIOD_WORDS.sub(" ", fold(text.replace("/", " ")))
    for phrase in (p for p in _VOCABULARY if " " in p):
        folded = re.sub(rf"\b{phrase}\b", " ", folded)
    pairs: set[str] = set()
    for place in places:
        words = fold(bare_name(place.name)).split()
        pairs.update(" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    tokens = folded.split()
    kept = [
        token
        for i, token in enumerate(tokens)
        if token not in _VOCABULARY
        or " ".join(tokens[i : i + 2]) in pairs
        or " ".join(tokens[max(i - 1, 0) : i + 1]) in pairs
    ]
    return " ".join(kept)


def read_request(turn: Turn, action: str, text: str) -> DeskRequest:
    """Read what is asked from a message or a command's argument."""
    folded = fold(text)
    if action == "export":
        kind = _kind(folded, EXPORT_KINDS, "status")
    else:
        kind = _kind(folded, CHART_KINDS, "")
    units = units_in(names_in(text, turn.ctx.gazetteer.places.values()), turn.ctx.gazetteer)
    state = next((s for s, words in STATES if words in folded), "all")
    if "tu choi" in folded:
        state = "rejected"
    fmt = next((f for f in ("csv", "json") if f in folded.split()), "xlsx")
    span = span_in(text, turn.local_day())
    criterion = _CRITERION.search(folded)
    number = int(criterion.group(1)) if criterion else _named_criterion(turn, text)
    if action == "chart" and not kind:  # 'vẽ biểu đồ luôn': of the last question's criterion
        last = from_state(turn.state.get(LAST)) if number is None else None
        number = last.criterion if last is not None else number
        kind = "criteria" if last is not None and number is not None else "averages"
    return DeskRequest(action, kind, tuple(units), span, state, fmt, number)


def _named_criterion(turn: Turn, text: str) -> int | None:
    """A criterion named in words ('tiêu chí giao thông'), as the question parser reads it."""
    return parse(text, turn.ctx.gazetteer).criterion if "tieu chi" in fold(text) else None


async def answer(turn: Turn, action: str, text: str) -> list[Reply]:
    """Make the export or chart a message asks for, or say politely why not."""
    t = turn.t
    request = read_request(turn, action, text)
    if len(request.units) > 1:
        names = ", ".join(turn.unit_name(c) for c in request.units)
        return [
            Reply(
                t._("Several units match: {names}. Please add the district.").format(names=names),
                intent=action,
            )
        ]
    own = default_unit(turn.person, PROVINCE_CODE)
    unit_code = request.units[0] if request.units else own
    if action == "chart":
        return [await _chart(turn, request, unit_code)]
    return await _export(turn, request, unit_code)


async def _chart(turn: Turn, request: DeskRequest, unit_code: str) -> Reply:
    from handlers import charts  # matplotlib loads with the first chart (a quarter second)

    t = turn.t
    unit = turn.ctx.gazetteer.places[unit_code]
    try:
        drawn = await charts.make_chart(
            turn.ctx, t, request.kind, unit, request.span, turn.now, request.criterion
        )
    except NoData:
        return Reply(
            t._("There is no data for this chart for {unit} yet.").format(unit=unit_label(unit)),
            intent="chart",
            data={"kind": request.kind, "unit": unit_code, "empty": True},
        )
    return Reply(
        drawn.caption,
        intent="chart",
        data={"kind": request.kind, "unit": unit_code},
        attachment=Attachment(drawn.png, drawn.filename, "photo", "image/png"),
    )


async def _export(turn: Turn, request: DeskRequest, unit_code: str) -> list[Reply]:
    t, person = turn.t, turn.person
    if person is None:
        return [forbidden(turn)]
    if turn.incoming.is_group:
        return [Reply(t._("Please send this to me in a private chat."), intent="private_only")]
    unit = turn.ctx.gazetteer.places[unit_code]
    asked = Request(request.kind, unit_code, request.span, request.state)
    data = {"kind": request.kind, "unit": unit_code, "format": request.fmt}
    try:
        made = await build(turn.ctx, t, asked, person, turn.now)
    except Refused:
        said = t._("You can only export the figures of {unit} and the units in it.").format(
            unit=turn.unit_name(person.unit_code)
        )
        if person.role not in (Role.XA_OFFICIAL, Role.DISTRICT_OFFICER):
            said = t._("You can export the plan table only: /xuat kế hoạch.")
        return [Reply(said, intent="export_refused", data=data)]
    except NoData:
        period = request.span.label(t) if request.span else t._("this month")
        return [
            Reply(
                t._("There is nothing to export for {unit} ({period}): no data recorded.").format(
                    unit=unit_label(unit), period=period
                ),
                intent="export_empty",
                data=data,
            )
        ]
    if made.size > LARGE_EXPORT:
        await _say_making(turn)
    export = made.export
    content = await export_bytes(export, request.fmt, t)
    name = f"ntm-{export.kind}-{export.unit_code}-{export.period_code}.{request.fmt}"
    text = t._("{title}: {unit}, {period}; {n} rows. Source: {source}.").format(
        title=export.title,
        unit=export.unit_name,
        period=export.period_label,
        n=made.size,
        source=export.source,
    )
    attachment = Attachment(content, name, "document", MEDIA_TYPES[request.fmt])
    return [Reply(text, intent="export", data={**data, "rows": made.size}, attachment=attachment)]


async def _say_making(turn: Turn) -> None:
    """Tell the reader at once (through the outbox) that a large file is being made."""
    incoming = turn.incoming
    async with transaction(turn.ctx.db):
        await enqueue(
            turn.ctx.db,
            dedupe_key=f"desk:{incoming.channel}:{incoming.chat_id}:{incoming.message_id}",
            channel=incoming.channel,
            chat_id=incoming.chat_id,
            person_id=turn.person.id if turn.person else None,
            kind="notice",
            reply=Reply(turn.t._("Making the file…"), intent="export_progress"),
            now=turn.stamp,
        )
    turn.ctx.outbox_nudge.wake()
