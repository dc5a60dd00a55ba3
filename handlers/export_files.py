"""Write an Export as .xlsx, .csv or .json, off the event loop and in bounded memory.

The loop reads rows from the database and hands them, a chunk at a time, through a small
queue to a worker thread that writes the file; at most QUEUE chunks wait, so memory stays flat
whatever the table's size. The JSON form is documented in docs/export-json.md.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import queue
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from handlers.export_tables import Cell, ColumnKind, Export, Table
from vocab.i18n import Translator

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "json": "application/json",
}
JSON_FORMAT = "ntm-bot.export"
JSON_VERSION = 1
CHUNK = 1000
QUEUE = 4
TITLE_ROWS = 7  # title, unit, period, source, made, note, blank; then the header
NUMBER_FORMATS = {
    ColumnKind.INT: "#,##0",
    ColumnKind.DECIMAL: "#,##0.00",
    ColumnKind.PERCENT: "0.0%",
    ColumnKind.DATE: "[$-42A]dd/mm/yyyy",  # 42A: Vietnamese
}
XLSX_OPTIONS = {"constant_memory": True, "strings_to_numbers": False}  # rows flushed as written
_END = None
Chunk = tuple[Table, list[tuple[Cell, ...]] | None]  # None: the table ends


def format_of(path: str | Path) -> str:
    """Return 'xlsx', 'csv' or 'json' from a file name; raise ValueError for others."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(suffix)
    return FORMATS[suffix]


async def write_export(export: Export, fmt: str, out: IO[bytes], t: Translator) -> None:
    """Write an export to a binary file in a worker thread, streaming its rows."""
    feed: queue.Queue[Chunk | None] = queue.Queue(maxsize=QUEUE)
    writer = WRITERS[fmt]
    worker = asyncio.ensure_future(asyncio.to_thread(_run, writer, export, feed, out, t))
    try:
        for table in export.tables:
            chunk: list[tuple[Cell, ...]] = []
            async for row in table.rows:
                chunk.append(row)
                if len(chunk) >= CHUNK:
                    await asyncio.to_thread(feed.put, (table, chunk))
                    chunk = []
            if chunk:
                await asyncio.to_thread(feed.put, (table, chunk))
            await asyncio.to_thread(feed.put, (table, None))
    finally:
        await asyncio.to_thread(feed.put, _END)
        await worker


async def export_bytes(export: Export, fmt: str, t: Translator) -> bytes:
    """Write an export into memory (chat attachments) and return the file's bytes."""
    buffer = io.BytesIO()
    await write_export(export, fmt, buffer, t)
    return buffer.getvalue()


Writer = Callable[
    [Export, Iterator[tuple[Table, Iterator[tuple[Cell, ...]]]], IO[bytes], Any], None
]


class _Aborted(Exception):
    """The loop stopped feeding in the middle of a table (its error is raised there)."""


def _run(
    writer: Writer, export: Export, feed: queue.Queue[Chunk | None], out: IO[bytes], t: Any
) -> None:
    """Run a writer on the queue's tables; on failure, drain the queue so the loop never waits."""
    try:
        writer(export, _tables(feed), out, t)
    except _Aborted:
        return
    except BaseException:
        while feed.get() is not _END:
            pass
        raise


def _tables(feed: queue.Queue[Chunk | None]) -> Iterator[tuple[Table, Iterator[tuple[Cell, ...]]]]:
    """Turn the queue's chunks back into (table, rows) pairs, in order, until the end."""
    while (item := feed.get()) is not _END:
        yield item[0], _rows(feed, item)


def _rows(feed: queue.Queue[Chunk | None], item: Chunk | None) -> Iterator[tuple[Cell, ...]]:
    """A table's rows, chunk by chunk, up to the chunk that ends it."""
    while True:
        if item is None:
            raise _Aborted
        if item[1] is None:
            return
        yield from item[1]
        item = feed.get()


# .xlsx


def _write_xlsx(
    export: Export,
    tables: Iterator[tuple[Table, Iterator[tuple[Cell, ...]]]],
    out: IO[bytes],
    t: Translator,
) -> None:
    """Write one sheet per table, each with the title block and frozen header rows."""
    book = xlsxwriter.Workbook(out, dict(XLSX_OPTIONS))
    title = book.add_format({"bold": True, "font_size": 14})
    plain = book.add_format({})
    header = book.add_format(
        {"bold": True, "text_wrap": True, "valign": "top", "border": 1, "bg_color": "#DDEBF7"}
    )
    formats = {
        kind: book.add_format({"num_format": code}) for kind, code in NUMBER_FORMATS.items()
    }
    used: set[str] = set()
    for table, rows in tables:
        sheet = book.add_worksheet(_sheet_name(table.name, used))
        for index, column in enumerate(table.columns):
            sheet.set_column(index, index, column.width)
        lines = [
            (table.title, title),
            (t._("Unit: {unit}").format(unit=export.unit_name), plain),
            (t._("Period: {period}").format(period=export.period_label), plain),
            (t._("Source: {source}").format(source=export.source), plain),
            (
                t._("Made: {when} (ntm-bot)").format(
                    when=export.made_at.strftime("%d/%m/%Y %H:%M")
                ),
                plain,
            ),
            (table.note, plain),
        ]
        for row_index, (text, style) in enumerate(lines):
            if text:
                sheet.write_string(row_index, 0, text, style)
        for index, column in enumerate(table.columns):
            sheet.write_string(TITLE_ROWS, index, column.header, header)
        sheet.freeze_panes(TITLE_ROWS + 1, 0)
        kinds = [c.kind for c in table.columns]
        for row_index, row in enumerate(rows, start=TITLE_ROWS + 1):
            _write_row(sheet, row_index, row, kinds, formats)
    book.close()


def _write_row(
    sheet: Worksheet,
    row_index: int,
    row: tuple[Cell, ...],
    kinds: list[ColumnKind],
    formats: dict[ColumnKind, Format],
) -> None:
    for index, value in enumerate(row):
        if value is None:
            continue
        if isinstance(value, date):
            sheet.write_datetime(row_index, index, value, formats[ColumnKind.DATE])
        elif isinstance(value, int | float) and not isinstance(value, bool):
            sheet.write_number(row_index, index, value, formats.get(kinds[index]))
        else:
            sheet.write_string(row_index, index, str(value))


def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    clean = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Sheet"
    candidate, number = clean, 2
    while candidate.lower() in used:
        candidate = f"{clean[:28]} {number}"
        number += 1
    used.add(candidate.lower())
    return candidate


# .csv


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_csv(
    export: Export,
    tables: Iterator[tuple[Table, Iterator[tuple[Cell, ...]]]],
    out: IO[bytes],
    t: Translator,
) -> None:
    """Write each table as a header row of column keys and its rows (UTF-8 with BOM)."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    for number, (table, rows) in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerow([c.key for c in table.columns])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
    text.flush()
    text.detach()


# .json


def _json_cell(value: Cell) -> str | int | float | None:
    return value.isoformat() if isinstance(value, date) else value


def _write_json(
    export: Export,
    tables: Iterator[tuple[Table, Iterator[tuple[Cell, ...]]]],
    out: IO[bytes],
    t: Translator,
) -> None:
    """Write the documented JSON form, one row object at a time."""

    def put(text: str) -> None:
        out.write(text.encode())

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    head = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "kind": export.kind,
        "title": export.title,
        "unit": {"code": export.unit_code, "name": export.unit_name},
        "period": {"code": export.period_code, "label": export.period_label},
        "source": export.source,
        "made_at": export.made_at.isoformat(timespec="seconds"),
    }
    put(dump(head)[:-1] + ', "tables": [')
    for number, (table, rows) in enumerate(tables):
        columns = [{"key": c.key, "header": c.header, "type": c.kind.value} for c in table.columns]
        meta = {"name": table.name, "title": table.title, "note": table.note, "columns": columns}
        put(("," if number else "") + "\n" + dump(meta)[:-1] + ', "rows": [')
        keys = [c.key for c in table.columns]
        for index, row in enumerate(rows):
            record = {k: _json_cell(v) for k, v in zip(keys, row, strict=True)}
            put(("," if index else "") + "\n" + dump(record))
        put("]}")
    put("]}\n")


WRITERS: dict[str, Writer] = {"xlsx": _write_xlsx, "csv": _write_csv, "json": _write_json}
