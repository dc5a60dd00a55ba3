"""The pacer's rules with an injected clock: nothing here sleeps."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.pacing import Lane, Limits, Pacer, bulk_send, bulk_ticket

BULK, REPLY = Lane.BULK, Lane.REPLY


class Clock:
    """A monotonic clock that moves only when told, and a sleep that moves it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


class ManualClock(Clock):
    """A clock whose sleepers wake only when the test moves time on."""

    def __init__(self) -> None:
        super().__init__()
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + seconds, wake))
        await wake

    async def advance(self, seconds: float) -> None:
        """Move time on, wake the sleepers that are due and let everything run."""
        await settle()
        self.now += seconds
        for at, wake in list(self._sleepers):
            if at <= self.now + 1e-9:
                self._sleepers.remove((at, wake))
                wake.set_result(None)
        await settle()


async def settle() -> None:
    """Let every ready task run until it blocks."""
    for _ in range(20):
        await asyncio.sleep(0)


def pacer(clock: Clock, **limits: Any) -> Pacer:
    return Pacer(Limits(**limits), clock=clock, sleep=clock.sleep)


def test_overall_window_holds_replies_and_broadcasts_alike() -> None:
    """At most per_second sends in any second: the next one waits for the oldest to age out."""
    clock = Clock()
    p = pacer(clock, per_second=30)
    for n in range(30):
        assert p.wait(str(n), REPLY) == 0
        p.book(str(n), REPLY)
    assert p.wait("99", REPLY) == pytest.approx(1.0)
    clock.now += 0.4
    assert p.wait("99", REPLY) == pytest.approx(0.6)
    assert p.wait("99", BULK) == pytest.approx(0.6)
    clock.now += 0.6
    assert p.wait("99", REPLY) == 0


def test_broadcasts_are_spaced_evenly() -> None:
    """Broadcast sends go 1/per_second apart; a late one does not push the next back."""
    clock = Clock()
    p = pacer(clock, per_second=10)
    p.book("1", BULK)
    assert p.wait("2", BULK) == pytest.approx(0.1)
    assert p.wait("2", REPLY) == 0  # replies are not spaced
    clock.now += 0.1
    p.book("2", BULK)
    clock.now += 0.15  # 0.05 s late
    p.book("3", BULK)
    assert p.wait("4", BULK) == pytest.approx(0.05)


def test_idling_earns_no_burst() -> None:
    """After a pause the broadcast schedule restarts from now: no back-to-back catch-up."""
    clock = Clock()
    p = pacer(clock, per_second=100, chat_interval=0.0)
    p.book("0", BULK)
    clock.now += 10.0
    p.book("a", BULK)
    assert p.wait("b", BULK) == pytest.approx(0.01)


def test_one_broadcast_message_per_chat_per_second() -> None:
    """A broadcast to a chat waits a second after its last send; a reply to it does not."""
    clock = Clock()
    p = pacer(clock, per_second=1000, chat_interval=1.0)
    p.book("42", REPLY)
    assert p.wait("42", BULK) == pytest.approx(1.0)
    assert p.ready_in("42") == pytest.approx(1.0)
    assert p.wait("42", REPLY) == 0
    assert p.wait("43", BULK) == 0
    clock.now += 0.25
    assert p.ready_in("42") == pytest.approx(0.75)
    clock.now += 0.75
    assert p.wait("42", BULK) == 0


def test_twenty_a_minute_to_a_group() -> None:
    """A group chat (negative id) takes 20 sends in any 60 s, replies included."""
    clock = Clock()
    p = pacer(clock, per_second=1000, group_per_minute=20, chat_interval=1.0)
    group = "-1001234567890"
    for _ in range(20):
        assert p.wait(group, BULK) == 0
        p.book(group, BULK)
        clock.now += 1.0
    # The first send was 20 s ago: the 21st waits 40 s more, whichever lane.
    assert p.wait(group, BULK) == pytest.approx(40.0)
    assert p.wait(group, REPLY) == pytest.approx(40.0)
    assert p.ready_in(group) == pytest.approx(40.0)
    assert p.wait("1234", BULK) == 0  # a private chat is not limited so
    zalo = Pacer(Limits(group_per_minute=1), clock=clock, is_group=lambda c: c.startswith("g"))
    zalo.book("g7", BULK)
    zalo.book("-5", BULK)
    assert zalo.ready_in("g7") == pytest.approx(60.0) and zalo.ready_in("-5") == 1.0
    clock.now += 40.0
    assert p.wait(group, BULK) == 0
    p.book(group, BULK)
    assert p.wait(group, BULK) == pytest.approx(1.0)  # the second-oldest send, 1 s later


def test_a_held_chat_waits_out_retry_after() -> None:
    """After a 429 the chat gets nothing, in either lane, until retry_after has passed."""
    clock = Clock()
    p = pacer(clock)
    p.hold("42", 5.0)
    assert p.wait("42", BULK) == pytest.approx(5.0)
    assert p.wait("42", REPLY) == pytest.approx(5.0)
    assert p.ready_in("42") == pytest.approx(5.0)
    p.hold("42", 1.0)  # a shorter hold does not shorten the first
    assert p.ready_in("42") == pytest.approx(5.0)
    assert p.wait("7", BULK) == 0


async def test_acquire_sleeps_until_allowed_and_books() -> None:
    """acquire sleeps exactly until the rules allow the send, then books it."""
    clock = Clock()
    p = pacer(clock, per_second=2, chat_interval=1.0)
    await p.acquire("1", BULK)
    await p.acquire("1", BULK)  # same chat: a second later
    await p.acquire("2", BULK)  # another chat: 1/per_second after the last broadcast
    assert clock.slept == [pytest.approx(1.0), pytest.approx(0.5)]
    assert p.booked == {BULK: 3, REPLY: 0}


async def test_a_waiting_reply_goes_before_a_waiting_broadcast() -> None:
    """When the window is full, a reply that asks after a broadcast still gets the next slot."""
    clock = ManualClock()
    p = pacer(clock, per_second=2, chat_interval=0.0)
    p.book("1", REPLY)
    p.book("2", REPLY)
    order: list[str] = []

    async def send(chat: str, lane: Lane) -> None:
        await p.acquire(chat, lane)
        order.append(chat)

    broadcast = asyncio.create_task(send("bulk", BULK))
    await settle()  # the broadcast is waiting for the window
    reply = asyncio.create_task(send("reply", REPLY))
    await settle()  # and so is the reply, asked later
    assert order == [] and clock.slept == [1.0, 1.0]
    await clock.advance(1.0)
    await asyncio.gather(broadcast, reply)
    assert order == ["reply", "bulk"]
    assert p.booked == {REPLY: 3, BULK: 1}


async def test_a_reply_to_a_held_chat_does_not_hold_back_broadcasts() -> None:
    """A reply waiting out its own chat's 429 hold lets broadcasts to other chats go on."""
    clock = ManualClock()
    p = pacer(clock, per_second=30)
    p.hold("held", 30.0)
    order: list[str] = []

    async def send(chat: str, lane: Lane) -> None:
        await p.acquire(chat, lane)
        order.append(chat)

    reply = asyncio.create_task(send("held", REPLY))
    await settle()
    broadcast = asyncio.create_task(send("other", BULK))
    await settle()
    assert order == ["other"]
    await clock.advance(30.0)
    await asyncio.gather(reply, broadcast)
    assert order == ["other", "held"]


async def test_broadcasts_wait_in_call_order() -> None:
    """Broadcast sends are granted one at a time, in the order they asked."""
    clock = Clock()
    p = pacer(clock, per_second=5, chat_interval=0.0)
    order: list[int] = []

    async def send(n: int) -> None:
        await p.acquire(str(n), BULK)
        order.append(n)

    await asyncio.gather(*(send(n) for n in range(6)))
    assert order == list(range(6))
    assert clock.now == pytest.approx(1000.0 + 5 * 0.2)


def test_bulk_ticket_pays_for_the_first_request_only() -> None:
    """Inside bulk_send the first request is prepaid; outside there is no ticket."""
    assert bulk_ticket() is None
    with bulk_send():
        ticket = bulk_ticket()
        assert ticket is not None
        assert ticket.spend() is True
        assert ticket.spend() is False
    assert bulk_ticket() is None


def test_memory_stays_bounded() -> None:
    """Chats whose sends no longer matter are forgotten once many are tracked."""
    clock = Clock()
    p = Pacer(Limits(per_second=1000), clock=clock, max_chats=100)
    for n in range(1000):
        p.book(str(n), BULK)
        clock.now += 0.1
    assert p.tracked() <= 200


def test_impossible_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="impossible"):
        Limits(per_second=0)
