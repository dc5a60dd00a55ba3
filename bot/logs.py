"""Logging set-up that never prints a secret (bot tokens, webhook secrets, any channel), nor
a control character a sender could use to forge a line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from urllib.parse import quote

from vocab.clean import escaped

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"
MIN_HALF = 8
# Loggers that print request URLs (which contain a bot token) at INFO or DEBUG.
CHATTY = ("httpx", "httpcore")


def secret_forms(secrets: Iterable[str | None]) -> list[str]:
    """Return every non-empty secret and its URL-quoted form, longest first.

    A bot token ('<bot id>:<secret>', on Telegram and Zalo alike) also has its secret half
    masked on its own, when that is long enough not to be an ordinary word.
    """
    forms = set()
    for secret in secrets:
        if not secret:
            continue
        half = secret.partition(":")[2]
        for form in (secret, half) if len(half) >= MIN_HALF else (secret,):
            forms.add(form)
            forms.add(quote(form, safe=""))
    return sorted(forms, key=len, reverse=True)


class RedactingFilter(logging.Filter):
    """Replace secrets in a record's message, arguments, exception and stack text."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self._given = [s for s in secrets if s]
        self.secrets = secret_forms(self._given)
        self._formatter = logging.Formatter()

    def add(self, secrets: Iterable[str | None]) -> None:
        """Mask these secrets too from now on (tokens that rotate while the bot runs)."""
        new = [s for s in secrets if s and s not in self._given]
        if new:
            self._given += new
            self.secrets = secret_forms(self._given)  # one assignment: safe for other threads

    def redact(self, text: str) -> str:
        """Return text with every secret replaced by the mask."""
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drop it."""
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg} {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class EscapingFilter(logging.Filter):
    """Escape control and bidi characters in a record's message: one record, one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Escape the message in place; never drop the record (tracebacks are left as is)."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg} {record.args!r}"
        record.msg = escaped(message)
        record.args = None
        return True


def redact_also(secrets: Iterable[str | None]) -> None:
    """Add secrets learnt at run time (a new access or refresh token) to every redacting filter
    on the root handlers; without setup_logging there is none and nothing happens."""
    wanted = list(secrets)
    for handler in logging.getLogger().handlers:
        for found in handler.filters:
            if isinstance(found, RedactingFilter):
                found.add(wanted)


def setup_logging(level: str | int, secrets: Iterable[str | None]) -> RedactingFilter:
    """Log to stderr at level, redacting secrets on every root handler; return the filter."""
    logging.basicConfig(level=level, stream=sys.stderr, format=FORMAT, force=True)
    logging.captureWarnings(True)
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING)
    redactor = RedactingFilter(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
        handler.addFilter(EscapingFilter())
    return redactor
