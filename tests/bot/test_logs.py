"""Logging set-up: secrets never reach the log, whoever logs them and however."""

from __future__ import annotations

import io
import logging

from bot.logs import MASK, redact_also, setup_logging

TOKEN = "777000111:AAHsecret-token_value"
SECRET = "hook-secret-123"
LOG_SECRETS = [TOKEN, SECRET, None]  # what the `stream` fixture (conftest.py) masks


def test_secrets_in_message_args_and_tracebacks_are_masked(stream: io.StringIO) -> None:
    """A token in the format string, in %-args, quoted in a URL or in a traceback is masked."""
    log = logging.getLogger("telegram.ext.some_child")
    log.info("POST http://127.0.0.1/bot%s/getMe", TOKEN)
    log.warning("url %s", "http://x/bot777000111%3AAAHsecret-token_value/x")
    log.info(f"secret {SECRET} in the message itself")
    try:
        raise RuntimeError(f"failed calling /bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("boom")
    text = stream.getvalue()
    assert TOKEN not in text and SECRET not in text and "AAHsecret" not in text
    assert text.count(MASK) == 4
    assert "RuntimeError" in text  # the traceback itself is kept


def test_httpx_request_lines_are_quietened(stream: io.StringIO) -> None:
    """httpx logs each request URL (with the token) at INFO; those lines are not shown."""
    logging.getLogger("httpx").info('HTTP Request: POST http://x/bot%s/getMe "200 OK"', TOKEN)
    assert stream.getvalue() == ""
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING


def test_a_zalo_token_is_masked_whole_quoted_and_by_its_secret_half() -> None:
    """A Zalo token in a URL, URL-quoted, or only its secret half: all masked."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    zalo = "3344556677:zaloSecretHalf-xyz"
    try:
        setup_logging("DEBUG", [zalo, None])
        buffer = io.StringIO()
        for handler in root.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(buffer)
        log = logging.getLogger("bot.zalo.bot_serve")
        log.info("POST https://bot-api.zaloplatforms.com/bot%s/getUpdates", zalo)
        log.info("quoted %s", "bot3344556677%3AzaloSecretHalf-xyz/sendMessage")
        log.info("half %s", "zaloSecretHalf-xyz")
        log.info("bot id %s", "3344556677")
        text = buffer.getvalue()
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.captureWarnings(False)
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    assert "zaloSecretHalf" not in text and text.count(MASK) == 3
    assert "bot id 3344556677" in text  # the bot id alone is not secret


def test_tokens_learnt_at_run_time_are_masked_from_then_on(stream: io.StringIO) -> None:
    """A token added after set-up (a rotated OA access or refresh token) is masked too."""
    log = logging.getLogger("bot.zalo.oa_serve")
    fresh = "oa-access-Token_learnt-later-1234"
    log.info("before %s", fresh)
    redact_also([fresh, None, ""])
    redact_also([fresh])  # added twice: no harm
    log.info("after %s", fresh)
    first, second = stream.getvalue().splitlines()
    assert first.endswith(f"before {fresh}") and second.endswith(f"after {MASK}")
