"""Published files: a random token (only its hash stored) that expires; Zalo replies carry URLs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from bot.context import Ctx
from bot.downloads import public
from bot.zalo import bot_render as zalo_render
from bot.zalo import oa_render as zalo_oa_render
from store.downloads import fetch, publish
from tests.fakes.zalo_oa_rules import check_message
from vocab.messages import Attachment, Reply

NOW = datetime(2023, 11, 15, 2, 0, tzinfo=UTC)


async def test_a_token_opens_its_file_until_it_expires(ctx: Ctx) -> None:
    """The file comes back by its token for 24 hours, never by another token; no token stored."""
    token = await publish(ctx.db, b"PK\x03\x04", "a.xlsx", "x/y", NOW, timedelta(hours=24))
    found = await fetch(ctx.db, token, NOW + timedelta(hours=23))
    assert found is not None and found.data == b"PK\x03\x04" and found.filename == "a.xlsx"
    assert await fetch(ctx.db, token, NOW + timedelta(hours=24)) is None
    assert await fetch(ctx.db, token[:-1] + ("A" if token[-1] != "A" else "B"), NOW) is None
    rows = list(await ctx.db.execute_fetchall("SELECT token_hash FROM download"))
    assert [str(r[0]) for r in rows] != [token] and len(rows) == 1
    await publish(ctx.db, b"x", "b.png", "image/png", NOW + timedelta(days=2), timedelta(hours=1))
    rows = list(await ctx.db.execute_fetchall("SELECT filename FROM download"))
    assert [str(r[0]) for r in rows] == ["b.png"]  # the expired file was dropped


async def test_zalo_replies_get_a_picture_url_or_a_link_or_a_note(ctx: Ctx) -> None:
    """With NTM_FILES_URL: a chart is the reply's picture (accepted by the OA fake's checks), an
    export a link; without it, a note that the file cannot be sent on Zalo."""
    t = ctx.i18n.get("vi")
    chart = Reply("Biểu đồ", attachment=Attachment(b"\x89PNG", "c.png", "photo", "image/png"))
    export = Reply("Tệp", attachment=Attachment(b"PK", "t.xlsx", "document", "x/y"))
    without = await public(ctx, export, t)
    assert without.attachment is None and "Không gửi được tệp t.xlsx qua Zalo" in without.text
    ctx.settings = dataclasses.replace(ctx.settings, files_url="https://bot.example.vn/files/")
    shown = await public(ctx, chart, t)
    assert shown.attachment is None and shown.image is not None
    assert shown.image.startswith("https://bot.example.vn/files/") and shown.image.endswith(
        "/c.png"
    )
    [photo, *_] = zalo_render.plan(shown, t)
    assert photo.method == "sendPhoto" and photo.body["photo"] == shown.image
    first = zalo_oa_render.plan(shown, t).messages[0]
    check_message(first)  # raises for what Zalo would refuse
    assert first["attachment"]["payload"]["elements"][0]["url"] == shown.image
    linked = await public(ctx, export, t)
    assert "Tải t.xlsx (hiệu lực 24 giờ): https://bot.example.vn/files/" in linked.text
