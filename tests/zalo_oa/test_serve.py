"""The Zalo OA transport in this process against the fake OA, on a real database: signed events
answered once, buttons, follows, pictures, refused calls and send faults."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest

from bot.answering import apology, text_only
from bot.config import Settings
from bot.context import Ctx
from bot.zalo.oa_serve import OaSettingsError
from handlers.routing import handle
from tests.fakes.zalo_oa import FakeZaloOa
from tests.fakes.zalo_oa_rules import SIGNATURE_HEADER, sign
from tests.zalo_oa.conftest import oa_settings, serving
from vocab.messages import Incoming, Reply

MAU_SON = "Mẫu Sơn còn thiếu tiêu chí nào?"


async def ask(oa: FakeZaloOa, user: str, text: str) -> dict[str, object]:
    """Send a text and return the bot's next message to that user."""
    before = len(oa.messages_to(user))
    await oa.send_text_async(user, text)
    return (await oa.wait_for_messages_async(user, before + 1))[before]


def text_of(message: dict[str, object]) -> str:
    """The text of a delivered message."""
    body = message["message"]
    assert isinstance(body, dict)
    return str(body.get("text", ""))


async def test_questions_buttons_and_duplicates(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """A question gets figures; a clarifying question comes with oa.query.hide buttons whose
    press answers it; an event delivered twice is answered once."""
    async with serving(settings, http):
        answer = text_of(await ask(oa, "u1", "xã Nhân Lý còn thiếu tiêu chí nào"))
        assert "9/19" in answer and "Giao thông" in answer

        menu = await ask(oa, "u2", MAU_SON)
        buttons = oa.buttons(menu)
        assert [b["title"] for b in buttons] == [
            "Xã Mẫu Sơn (Huyện Cao Lộc)",
            "Xã Mẫu Sơn (Huyện Lộc Bình)",
        ]
        assert {b["type"] for b in buttons} == {"oa.query.hide"}
        assert all(str(b["payload"]).startswith("#ntm:pick:") for b in buttons)
        before = len(oa.messages_to("u2"))
        await oa.press_async("u2", buttons[1])
        picked = text_of((await oa.wait_for_messages_async("u2", before + 1))[before])
        assert "Xã Mẫu Sơn (Huyện Lộc Bình)" in picked and "Cao Lộc" not in picked

        first = await oa.send_text_async("u3", "binh quan tieu chi huyen Trang Dinh")
        assert await oa.redeliver_async(first) == 200
        await oa.send_text_async("u3", "tc 5 có bao nhiêu xã đạt")
        texts = [text_of(m) for m in await oa.wait_for_messages_async("u3", 2)]
        assert "13,24" in texts[0] and "Trường học" in texts[1]
    assert len(oa.messages_to("u3")) == 2  # the redelivery came before the second question


async def test_refused_and_ignored_calls(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa, caplog: pytest.LogCaptureFixture
) -> None:
    """A wrong key, a tampered body, no signature or a stale timestamp get 403 and no answer,
    logged without secrets; a signature on the X-ZEvent-Timestamp header's time is accepted;
    unknown events and the dashboard's unsigned check get 200 and nothing else."""
    url = str(settings.zalo_oa_webhook_url)
    caplog.set_level(logging.INFO)
    async with serving(settings, http):
        forged = oa.text_event("w1", "bq tc toàn tỉnh")
        assert await oa.deliver_async(forged, secret_key="not-the-key") == 403
        assert await oa.deliver_async(forged, signature="") == 403
        assert await oa.deliver_async(forged, signature="mac=" + "0" * 64) == 403
        body = json.dumps(forged, ensure_ascii=False).encode()
        good = "mac=" + sign(oa.app_id, body, forged["timestamp"], oa.secret_key)
        tampered = body.replace("toàn tỉnh".encode(), "Tràng Định".encode())
        headers = {SIGNATURE_HEADER: good, "Content-Type": "application/json"}
        assert await oa.post_raw_async(tampered, headers) == 403
        old = oa.text_event("w1", "bq tc toàn tỉnh", timestamp=1_700_000_000_000)
        assert await oa.deliver_async(old) == 403  # signed right, but from 2023
        ahead = oa.text_event("w1", "bq tc toàn tỉnh", timestamp=4_000_000_000_000)
        assert await oa.deliver_async(ahead) == 403

        unfollow = {**oa.follow_event("w1"), "event_name": "unfollow"}
        assert await oa.deliver_async(unfollow) == 200
        assert await oa.post_raw_async(b"{}", {"Content-Type": "application/json"}) == 200
        assert await oa.post_raw_async(b"[", {"Content-Type": "application/json"}) == 400
        async with httpx.AsyncClient(trust_env=False) as other:
            assert (
                await other.post(url.replace("zalo-oa", "other"), content=b"{}")
            ).status_code == 404

        header_signed = oa.text_event("w1", "tc 5 có bao nhiêu xã đạt")
        assert await oa.deliver_async(header_signed, timestamp_header=True) == 200
        [only] = await oa.wait_for_messages_async("w1", 1)
    assert "Trường học" in text_of(only) and len(oa.messages_to("w1")) == 1
    refusals = [r.getMessage() for r in caplog.records if "refused a Zalo OA" in r.getMessage()]
    assert len(refusals) == 6
    assert any("bad signature" in r for r in refusals) and any("stale" in r for r in refusals)
    assert any("no signature" in r for r in refusals)
    logged = caplog.text
    assert oa.secret_key not in logged and oa.app_secret not in logged
    assert str(settings.zalo_oa_access_token) not in logged
    assert str(settings.zalo_oa_refresh_token) not in logged


async def test_follow_pictures_stickers_and_failures(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """A follow is greeted; a picture reaches the router as Incoming.photo with its caption; a
    sticker is told "text only"; a crash becomes an apology; a user who unfollowed stops nobody."""
    seen: list[Incoming] = []

    async def spy(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        seen.append(incoming)
        if incoming.text == "lỗi":
            raise RuntimeError("boom")
        return await handle(incoming, ctx)

    async with serving(settings, http, spy) as ctx:
        t = ctx.i18n.get("vi")
        assert await oa.deliver_async(oa.follow_event("f1")) == 200
        [hello] = await oa.wait_for_messages_async("f1", 1)
        assert "Xin chào" in text_of(hello) and seen[-1].text == "/start"

        event = oa.image_event("f1", "https://photo.zalo.me/bang.jpg", "bq tc huyện Tràng Định")
        assert await oa.deliver_async(event) == 200
        captioned = text_of((await oa.wait_for_messages_async("f1", 2))[1])
        assert "13,24" in captioned and seen[-1].photo == "https://photo.zalo.me/bang.jpg"
        assert await oa.deliver_async(oa.message_event("user_send_sticker", "f1", {})) == 200
        await oa.send_text_async("f1", "lỗi")
        notices = [text_of(m) for m in (await oa.wait_for_messages_async("f1", 4))[2:]]
        assert notices == [text_only(t), apology(t)]

        oa.block_user("gone", -213)
        await oa.send_text_async("gone", "bq tc toàn tỉnh")
        assert "13,38" in text_of(await ask(oa, "f2", "bq tc toàn tỉnh"))
    failed = [c for c in oa.calls("message/cs", include_failed=True) if not c["ok"]]
    assert [c["error_code"] for c in failed] == [-213]


async def test_an_expired_token_is_refreshed_once_and_faults_are_waited_out(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """When Zalo says the access token expired, one refresh serves both waiting replies; a 429,
    a 502 and a dropped connection delay an answer but lose nothing, and so does a token
    endpoint that fails once."""
    async with serving(settings, http) as ctx:
        assert "13,38" in text_of(await ask(oa, "r1", "bq tc toàn tỉnh"))
        oa.expire_access_token()
        await oa.send_text_async("r1", "binh quan tieu chi huyen Trang Dinh")
        await oa.send_text_async("r2", "tc 5 có bao nhiêu xã đạt")
        assert "13,24" in text_of((await oa.wait_for_messages_async("r1", 2))[1])
        assert "Trường học" in text_of((await oa.wait_for_messages_async("r2", 1))[0])
        assert [r["ok"] for r in oa.refreshes] == [True]
        assert oa.refreshes[0]["refresh_token"] == settings.zalo_oa_refresh_token
        assert await ctx.db.fetch_one("SELECT access_token, refresh_token FROM oa_token") == (
            oa.access_token,
            oa.refresh_token,
        )

        oa.inject_429("message/cs")
        oa.inject_5xx("message/cs", status=502)
        oa.inject_drop("message/cs")
        assert "Giao thông" in text_of(await ask(oa, "r3", "Xã Nhân Lý còn thiếu tiêu chí nào?"))

        oa.expire_access_token()
        oa.inject_5xx("access_token", status=503)  # the token endpoint is down once
        assert "13,38" in text_of(await ask(oa, "r4", "bq tc toàn tỉnh"))
        assert [r["ok"] for r in oa.refreshes] == [True, True]
        assert [
            c["fault"] for c in oa.calls("access_token", include_failed=True) if not c["ok"]
        ] == ["5xx"]
    faults = [c.get("fault") for c in oa.calls("message/cs", include_failed=True) if not c["ok"]]
    assert sorted(f for f in faults if f) == ["429", "5xx", "drop"]
    assert len(oa.messages_to("r3")) == 1


async def test_settings_it_cannot_serve_with(
    tmp_path: Path, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """Without the OA secret key (or with a window longer than duplicates are remembered) it
    refuses to start; without any token it says what to set."""
    settings = oa_settings(tmp_path, oa, *oa.issue_pair())
    from dataclasses import replace

    with pytest.raises(OaSettingsError, match="ZALO_OA_SECRET_KEY"):
        async with serving(replace(settings, zalo_oa_secret_key=None), http):
            pass
    with pytest.raises(OaSettingsError, match="ZALO_OA_MAX_AGE"):
        async with serving(replace(settings, zalo_oa_max_age=8 * 86400.0), http):
            pass
    from bot.zalo.oa_tokens import NoToken

    with pytest.raises(NoToken, match="ZALO_OA_REFRESH_TOKEN"):
        async with serving(
            replace(settings, zalo_oa_access_token=None, zalo_oa_refresh_token=None), http
        ):
            pass
