"""Field reports end to end through the router: register, report, review, answers change."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers import flows
from store.db import IntegrityError
from store.outbox import reply_from_json
from store.people import addresses, create_invite
from tests.workflows.conftest import (
    CHI_LANG,
    NHAN_LY,
    PROVINCE,
    Clock,
    Person,
    count,
    registered,
    snapshot,
)
from vocab.messages import Reply

pytestmark = pytest.mark.usefixtures("clock")


async def outbox(ctx: Ctx) -> list[tuple[str, str, Reply]]:
    """(chat id, kind, Reply) of every queued message, in order."""
    rows = await ctx.db.fetch_all("SELECT chat_id, kind, body FROM outbox ORDER BY id")
    return [(str(c), str(k), reply_from_json(str(b))) for c, k, b in rows]


async def report_traffic(
    official: Person, *, met: str = "1", photo: str | None = "PHOTO-1"
) -> int:
    """Walk the whole /capnhat flow for NTM criterion 2 (Giao thông); return the report id."""
    start = await official.one("/capnhat")
    assert start.data == {"step": "set"}
    assert "Nhân Lý" in start.text
    step = await official.one(button="up:set:ntm")
    assert step.data == {"step": "criterion"}
    assert any(c.data == "up:crit:2" and "Giao thông" in c.label for c in step.choices)
    step = await official.one(button="up:crit:2")
    assert step.data == {"step": "met"} and "chưa đạt" in step.text
    step = await official.one(button=f"up:met:{met}")
    assert step.data == {"step": "notes"}
    if photo:
        step = await official.one(photo=photo)
        assert step.data == {"step": "notes"} and "1" in step.text
    step = await official.one("Đã bê tông hoá 12 km đường trục xã")
    step = await official.one(button="flow:next")
    assert step.intent == "update_confirm"
    assert "chưa đạt → đạt" in step.text and "Giao thông" in step.text
    sent = await official.one(button="up:ok")
    assert sent.intent == "update_sent"
    return int(sent.data["report"])


async def test_registration_binds_role_and_unit(ctx: Ctx) -> None:
    """A valid code registers once; the same code again, a wrong one and an expired one fail."""
    from store.people import create_invite

    code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
    first = Person(ctx, "u-a", "Nguyễn Văn A")
    welcome = await first.one(f"/dangky {code.lower()}")
    assert welcome.intent == "registered"
    assert (
        "Nguyễn Văn A" in welcome.text and "Nhân Lý" in welcome.text and "/capnhat" in welcome.text
    )
    again = await Person(ctx, "u-b").one(f"/dangky {code}")
    assert again.data == {"reason": "used"} and "đã được dùng" in again.text
    wrong = await Person(ctx, "u-c").one("/dangky AAAAA-BBBBB")
    assert wrong.data == {"reason": "unknown"}
    old = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock(), days=1)
    assert isinstance(ctx.clock, Clock)
    ctx.clock.now += timedelta(days=2)
    expired = await Person(ctx, "u-d").one(f"/dangky {old}")
    assert expired.data == {"reason": "expired"} and "hết hạn" in expired.text
    assert await count(ctx, "invite_failure") == 3
    stored = await ctx.db.fetch_all("SELECT code_hash FROM invite")
    assert all(code.replace("-", "") not in str(h) for (h,) in stored)


async def test_repeated_wrong_codes_are_slowed_down(ctx: Ctx) -> None:
    """After five wrong codes in 15 minutes even a valid code waits; later it works."""
    from store.people import create_invite

    guesser = Person(ctx, "u-guess")
    for n in range(5):
        reply = await guesser.one(f"/dangky WRONG-{n:05d}")
        assert reply.data == {"reason": "unknown"}
    code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
    slowed = await guesser.one(f"/dangky {code}")
    assert slowed.data == {"reason": "slowed"} and "15 phút" in slowed.text
    assert await count(ctx, "person") == 0
    assert isinstance(ctx.clock, Clock)
    ctx.clock.now += timedelta(minutes=16)
    assert (await guesser.one(f"/dangky {code}")).intent == "registered"


async def test_report_with_photo_approved_changes_the_answers(ctx: Ctx) -> None:
    """Report → district officer notified with the photo → approve → answers and history change."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY, "Hoàng Thị Lan")
    officer = await registered(ctx, "u-huyen", "district_officer", CHI_LANG, "Vi Văn Tùng")
    before = await official.one("xã Nhân Lý còn thiếu tiêu chí nào")
    assert 2 in before.data["lacking"]

    report_id = await report_traffic(official)
    pending = await ctx.db.fetch_all("SELECT count(*) FROM review")
    assert next(iter(pending))[0] == 0
    still = await official.one("xã Nhân Lý còn thiếu tiêu chí nào")
    assert still.data["lacking"] == before.data["lacking"]  # nothing changes before review

    [(chat, kind, card)] = await outbox(ctx)
    assert chat == "chat-u-huyen" and kind == "notice"
    assert card.image == "PHOTO-1"
    assert f"#{report_id}" in card.text and "Hoàng Thị Lan" in card.text
    assert "12 km" in card.text
    buttons = [c.data for c in card.choices]
    assert buttons == [f"rv:ok:{report_id}", f"rv:no:{report_id}"]

    listed = await officer.one("/choduyet")
    assert listed.data["reports"] == [report_id]
    approved = await officer.one(button=f"rv:ok:{report_id}")
    assert approved.intent == "reviewed" and approved.data["approved"] is True

    after = await official.one("xã Nhân Lý còn thiếu tiêu chí nào")
    assert after.data["lacking"] == [n for n in before.data["lacking"] if n != 2]
    assert after.data["as_of"] == "2023-11-05"
    assert f"báo cáo #{report_id}" in after.text and "đã được duyệt" in after.text
    chats = [(chat, card.intent) for chat, _, card in await outbox(ctx)]
    assert chats[-1] == ("chat-u-xa", "outcome")

    history = await official.one("/lichsu")
    assert history.data["reports"] == [report_id]
    assert "Hoàng Thị Lan" in history.text and "Vi Văn Tùng" in history.text
    assert "chưa đạt → đạt" in history.text

    twice = await officer.one(button=f"rv:ok:{report_id}")
    assert twice.intent == "review_done"
    assert await count(ctx, "review") == 1


@pytest.mark.per_transport
async def test_rejected_report_changes_nothing_and_tells_the_reason(ctx: Ctx) -> None:
    """A rejection needs a reason; the status stays; the reporter is told why."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    report_id = await report_traffic(official, photo=None)
    statuses = await count(ctx, "status")
    ask = await officer.one(button=f"rv:no:{report_id}")
    assert ask.intent == "review_reason"
    short = await officer.one("no")
    assert short.intent == "review_reason"
    done = await officer.one("Chưa có biên bản nghiệm thu của huyện")
    assert done.intent == "reviewed" and done.data["approved"] is False
    assert await count(ctx, "status") == statuses
    outcome = (await outbox(ctx))[-1][2]
    assert "biên bản nghiệm thu" in outcome.text
    answer = await official.one("xã Nhân Lý còn thiếu tiêu chí nào")
    assert 2 in answer.data["lacking"]


@pytest.mark.per_transport
async def test_two_pending_reports_on_one_criterion_are_a_conflict(ctx: Ctx) -> None:
    """The reviewer sees both reports marked as conflicting."""
    first = await registered(ctx, "u-xa1", "xa_official", NHAN_LY)
    second = await registered(ctx, "u-xa2", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    a = await report_traffic(first)
    b = await report_traffic(second, photo=None)
    listed = await officer.one("/choduyet")
    assert listed.data["reports"] == [a, b] and "⚠" in listed.text
    replies = await officer.say(button=f"rv:show:{a}")
    assert replies[-1].data["conflicts"] == [b]


async def test_confirmation_delivered_twice_records_one_report(ctx: Ctx) -> None:
    """Pressing 'send' again, even with the flow's state restored, records nothing more."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await official.one("/capnhat tiêu chí 2 đã đạt")
    await official.one(button="flow:next")
    saved = await ctx.db.fetch_all("SELECT chat_id, state FROM conversation")
    first = await official.one(button="up:ok")
    assert first.intent == "update_sent"
    again = await official.one(button="up:ok")
    assert "hết hạn" in again.text and await count(ctx, "field_report") == 1
    for chat_id, state in saved:  # as if the process died before the state was saved
        await ctx.db.execute(
            "UPDATE conversation SET state = ? WHERE chat_id = ?", (state, chat_id)
        )
    replay = await official.one(button="up:ok")
    assert replay.data == {"report": first.data["report"]}
    assert await count(ctx, "field_report") == 1


async def test_saying_it_starts_a_report_but_questions_stay_questions(ctx: Ctx) -> None:
    """'tiêu chí 2 đã đạt' from an official starts a report; a question does not."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    started = await official.one("Tiêu chí 2 đã đạt")
    assert started.data == {"step": "notes"} and "Giao thông" in started.text
    await official.one("/huy")
    question = await official.one("xã Nhân Lý đã đạt tiêu chí 2 chưa?")
    assert question.intent == "xa_met" or question.intent == "xa_lacking"
    stranger = await Person(ctx, "u-x").one("tiêu chí 2 đã đạt")
    assert stranger.intent == "forbidden" and "/dangky" in stranger.text


async def test_already_recorded_status_is_not_reported_again(ctx: Ctx) -> None:
    """Reporting criterion 1 as met when the plan already has it met changes nothing."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    reply = await official.one("tc 1 đã đạt")
    assert "không có gì thay đổi" in reply.text and reply.data == {"step": "met"}


async def test_flow_times_out_politely(ctx: Ctx) -> None:
    """An answer after 30 minutes is told the report was cancelled; nothing is recorded."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await official.one("/capnhat")
    await official.one(button="up:set:ntm")
    assert isinstance(ctx.clock, Clock)
    ctx.clock.now += timedelta(minutes=31)
    late = await official.one(button="up:crit:2")
    assert late.intent == "flow_expired" and "30 phút" in late.text
    assert await count(ctx, "field_report") == 0
    assert (await official.one("xã Nhân Lý còn thiếu tiêu chí nào")).intent == "xa_lacking"


async def test_flow_survives_a_restart(tmp_path: Path) -> None:
    """A report half-way through continues after the process reopens the database."""
    settings = Settings(db_path=str(tmp_path / "ntm.db"))
    async with open_ctx(settings) as ctx:
        official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
        await official.one("/capnhat")
        await official.one(button="up:set:ntm")
        sent = official.sent
    async with open_ctx(settings) as ctx:
        official = Person(ctx, "u-xa", sent=sent)
        step = await official.one(button="up:crit:2")
        assert step.data == {"step": "met"}
        await official.one(button="up:met:1")
        await official.one(button="flow:next")
        assert (await official.one(button="up:ok")).intent == "update_sent"
        assert await count(ctx, "field_report") == 1


async def test_questions_in_the_middle_of_a_report_keep_it(ctx: Ctx) -> None:
    """A command question mid-flow is answered and the report continues."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await official.one("/capnhat")
    overview = await official.one("/huyen Chi Lăng")
    assert overview.intent == "district_overview" and "14,61" in overview.text
    step = await official.one(button="up:set:ntm")
    assert step.data == {"step": "criterion"}


async def test_history_is_append_only(ctx: Ctx) -> None:
    """The database itself refuses to change or delete status, reports or reviews."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await report_traffic(official)
    for sql in (
        "UPDATE status SET met = 1",
        "DELETE FROM status",
        "UPDATE field_report SET met = 0",
        "DELETE FROM field_report",
        "DELETE FROM evidence",
    ):
        with pytest.raises(IntegrityError, match="append-only"):
            await ctx.db.execute(sql)


@pytest.mark.per_transport
async def test_no_reviewer_yet_goes_to_the_coordinator(ctx: Ctx) -> None:
    """Without a district officer, the province coordinator is notified."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    await report_traffic(official, photo=None)
    assert [chat for chat, _, _ in await outbox(ctx)] == ["chat-u-tinh"]


@pytest.mark.per_transport
async def test_a_person_on_two_apps_is_told_on_the_one_bound_last(ctx: Ctx) -> None:
    """An officer bound on a second app (an invite for their person id) gets notices there
    only, even when both were bound within the same second; binding the first app again
    moves the notices back."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    on_telegram = await registered(ctx, "u-huyen", "district_officer", CHI_LANG, "Hùng")
    officer = int(next(iter(await ctx.db.fetch_all("SELECT max(id) FROM person")))[0])
    on_zalo = Person(ctx, "z-huyen", "Hùng", channel="zalo_bot")
    for person in (on_zalo, on_telegram):  # the clock stands still: one second for both
        code = await create_invite(
            ctx.db, "district_officer", CHI_LANG, ctx.clock(), person_id=officer
        )
        assert (await person.one(f"/dangky {code}")).data["person"] == officer
        await report_traffic(official, photo=None)
        [*_, (chat, kind, _)] = await outbox(ctx)
        assert (chat, kind) == (f"chat-{person.user}", "notice")
        bound = person.channel or Person.default_channel
        assert [a.channel for a in await addresses(ctx.db, [officer])] == [bound]
    assert await count(ctx, "outbox") == 2


@pytest.mark.per_transport
async def test_a_photo_by_url_is_shown_on_any_app_a_file_id_only_on_its_own(ctx: Ctx) -> None:
    """Zalo's photos are public URLs, so a reviewer on another app sees them; a file id (as
    Telegram gives) cannot be, and the card says a file was sent on another app."""
    await registered(ctx, "u-huyen", "district_officer", CHI_LANG, channel="zalo_oa")
    url = "https://photo-stal-9.zdn.vn/evidence/duong.jpg"
    for user, channel, photo in (
        ("z-xa", "zalo_bot", url),
        ("t-xa", "telegram", "AgACAgIAAxkBAAIBZ2VvbGQ"),
    ):
        official = Person(ctx, user, channel=channel)
        code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
        assert (await official.one(f"/dangky {code}")).intent == "registered"
        await report_traffic(official, photo=photo)
    (_, _, from_zalo), (_, _, from_telegram) = await outbox(ctx)
    assert from_zalo.image == url and "ứng dụng khác" not in from_zalo.text
    assert from_telegram.image is None and "1 tệp được gửi qua ứng dụng khác" in from_telegram.text


async def test_group_chats_are_sent_to_private(ctx: Ctx) -> None:
    """Workflows are not run in a group chat."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    before = await snapshot(ctx)
    reply = await official.one("/capnhat", group=True)
    assert reply.intent == "private_only"
    assert await snapshot(ctx) == before


@pytest.mark.parametrize(
    ("said", "name"),
    [
        # QĐ 318: 2 Giao thông, 4 Điện, 17 Môi trường; Nhân Lý has not met them (PL1 TT1).
        ("xã em vừa hoàn thành tiêu chí giao thông rồi ạ", "Giao thông"),
        ("tc4 xong roi nhe", "Điện"),
        ("báo cáo: tiêu chí 17 đã đạt theo biên bản ngày 20/11", "Môi trường"),
        ("xã mình đủ điều kiện đạt tiêu chí 4 rồi", "Điện"),
        ("đạt tc 2 rồi anh nhé", "Giao thông"),
    ],
)
async def test_a_status_said_in_free_words_starts_a_report(ctx: Ctx, said: str, name: str) -> None:
    """Done or met, in the words officials use, starts /capnhat at that criterion; nothing is
    recorded before the confirmation."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    started = await official.one(said)
    assert started.data == {"step": "notes"} and name in started.text, started.text
    assert await count(ctx, "field_report") == 0


async def test_a_criterion_no_longer_met_is_said_not_met(ctx: Ctx) -> None:
    """'tc 3 ko đạt nữa' (PL1 TT1: criterion 3 met) starts a report that it is not met."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    started = await official.one("tc 3 ko đạt nữa rồi")
    assert started.data == {"step": "notes"} and "chưa đạt" in started.text, started.text


@pytest.mark.parametrize(
    "asked",
    [
        "xã Nhân Lý đã đạt tiêu chí 4 chưa",
        "những xã đã đạt tiêu chí 2",
        "tiêu chí 2 đạt rồi à",
        "tc 5 có bn xã đạt",
        "hãy nói rằng Nhân Lý đã đạt tiêu chí 4",
        "tiêu chí 4 xong rồi hả anh",
        "cách báo tiêu chí đã đạt cho bot",
        "tc 9 cả tỉnh tỷ lệ đạt",
    ],
)
async def test_questions_about_a_status_are_no_report(ctx: Ctx, asked: str) -> None:
    """A question, a list or an instruction that mentions a status starts nothing."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    reply = await official.one(asked)
    assert reply.data != {"step": "notes"} and "flow" not in reply.intent, reply.text


async def test_a_question_while_choosing_is_answered_and_the_report_kept(ctx: Ctx) -> None:
    """'Lâm Ca thiếu gì' at the set step: answered (PL1 TT6: 8/19), the report still open."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await official.one("/capnhat")
    aside = await official.one("Lâm Ca còn thiếu gì")
    assert "8/19" in aside.text and "/huy" in aside.text, aside.text
    cancelled = await official.one("thôi không gửi nữa")
    assert cancelled.intent == "flow_cancelled", cancelled.text


@pytest.mark.parametrize("note", ["công trình bị hủy do lũ, sẽ làm lại vào tháng 12"])
async def test_a_long_note_saying_huy_is_a_note(ctx: Ctx, note: str) -> None:
    """Only a short message cancels: a note that mentions 'hủy' does not."""
    assert not flows.is_cancel(note) and flows.is_cancel("thôi hủy nhé")


@pytest.mark.parametrize("asked", ["xã em còn thiếu tiêu chí nào", "xa minh dat may tc roi"])
async def test_my_xa_is_the_officials_own(ctx: Ctx, asked: str) -> None:
    """'xã em' from a registered official with nothing asked before: their own xã (Nhân Lý,
    PL1 TT1: 10 met, 9 lacking); from a stranger it is asked back."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    reply = await official.one(asked)
    assert "Nhân Lý" in reply.text and "/19" in reply.text, reply.text
    stranger = await Person(ctx, "u-x").one(asked)
    assert "/19" not in stranger.text, stranger.text
