"""Exports read back: rows as {key: value} from .xlsx (openpyxl), .csv and .json."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest

from bot.context import Ctx
from handlers.export_files import TITLE_ROWS, export_bytes
from handlers.export_kinds import Made, Request, build
from store.people import Person as Stored
from store.people import person_for
from tests.workflows.conftest import Clock, Person, registered

TZ_OFFSET_HOURS = 7


@pytest.fixture
def clock(ctx: Ctx) -> Clock:
    """Pin the clock to 15 November 2023, 09:00 in Vietnam."""
    from tests.workflows.test_cadence import local

    fixed = Clock(local(2023, 11, 15, 9))
    ctx.clock = fixed
    return fixed


async def made(ctx: Ctx, request: Request, person: Stored | None = None) -> Made:
    """Build an export in Vietnamese at the context's clock."""
    return await build(ctx, ctx.i18n.get("vi"), request, person, ctx.clock())


def _typed(value: Any) -> Any:
    """openpyxl gives dates as datetimes at midnight: compare them as dates."""
    return value.date() if isinstance(value, datetime) else value


def xlsx_rows(data: bytes) -> tuple[list[list[Any]], list[str], list[dict[str, Any]]]:
    """(title block, headers, rows by header) of the first sheet."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == f"A{TITLE_ROWS + 2}"
    values = [[_typed(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    headers = [str(v) for v in values[TITLE_ROWS]]
    rows = [dict(zip(headers, row, strict=True)) for row in values[TITLE_ROWS + 1 :]]
    return values[:TITLE_ROWS], headers, rows


async def all_forms(ctx: Ctx, request: Request, person: Stored | None = None) -> dict[str, Any]:
    """The same export as .xlsx, .csv and .json, each read back as rows keyed by column key."""
    t = ctx.i18n.get("vi")
    found: dict[str, Any] = {}
    for fmt in ("xlsx", "csv", "json"):
        export = (await made(ctx, request, person)).export
        keys = [c.key for c in export.tables[0].columns]
        data = await export_bytes(export, fmt, t)
        if fmt == "xlsx":
            block, _, by_header = xlsx_rows(data)
            found["block"] = block
            found["xlsx"] = [dict(zip(keys, r.values(), strict=True)) for r in by_header]
            found["xlsx_formats"] = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        elif fmt == "csv":
            text = data.decode("utf-8-sig")
            reader = list(csv.reader(io.StringIO(text)))
            assert reader[0] == keys
            found["csv"] = [dict(zip(keys, r, strict=True)) for r in reader[1:]]
        else:
            body = json.loads(data)
            assert body["format"] == "ntm-bot.export" and body["version"] == 1
            found["json_head"] = body
            found["json"] = body["tables"][0]["rows"]
    return found


def as_date(text: str) -> date:
    """Read an ISO date from CSV or JSON."""
    return date.fromisoformat(text)


async def stored(ctx: Ctx, person: Person) -> Stored:
    """The stored person behind a chat user."""
    found = await person_for(ctx.db, person.channel or Person.default_channel, person.user)
    assert found is not None
    return found


__all__ = ["Clock", "Person", "registered"]
