"""What a channel offers to deliver messages the bot starts itself (notices, reminders).

Replies to a user's own message are sent by the transport that received it. Messages the bot
starts (a reviewer's notice, a reporter's outcome, a scheduled reminder) are queued in the
outbox table and handed to the channel's Sender, which raises one of these when a send fails.
Any other exception is treated as transient and retried with backoff.
"""

from __future__ import annotations

from typing import Protocol

from vocab.messages import Reply


class Undeliverable(Exception):
    """The message can never be delivered to this chat (the user blocked the bot, chat gone).

    With inactive=False only this message is given up and the person stays active: the
    channel refused it for a reason that passes when the user writes again (Zalo OA's 7-day
    window for customer-service messages).
    """

    def __init__(self, message: str, *, inactive: bool = True) -> None:
        super().__init__(message)
        self.inactive = inactive


class RetryLater(Exception):
    """The channel asked us to wait (e.g. Telegram's 429 retry_after) before sending again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds:g} s")
        self.seconds = seconds


class Sender(Protocol):
    """Sends one Reply to one chat of its channel."""

    channel: str

    async def send(self, chat_id: str, reply: Reply) -> None:
        """Deliver reply to chat_id, or raise Undeliverable, RetryLater or another error."""
