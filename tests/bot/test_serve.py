"""`ntm-bot run`: which channels are served, by which tokens, and what stays out of the logs."""

from __future__ import annotations

from bot.config import ZALO_API_URL, ZALO_OA_API_URL, ZALO_OA_OAUTH_URL, Settings
from bot.serve import secrets_of, transports, with_webhook_secrets


def test_zalo_settings_come_from_the_environment() -> None:
    """ZALO_* variables fill the Zalo settings; the official host is the default API URL."""
    settings = Settings.from_env(
        {
            "ZALO_BOT_TOKEN": "123:abc",
            "ZALO_WEBHOOK_URL": "https://ntm.example.vn/zalo",
            "ZALO_WEBHOOK_SECRET": "s3cret-s3cret",
            "ZALO_WEBHOOK_PORT": "9000",
            "ZALO_POLL_TIMEOUT": "25",
        }
    )
    assert settings.zalo_token == "123:abc" and settings.zalo_api_url == ZALO_API_URL
    assert settings.zalo_webhook_url == "https://ntm.example.vn/zalo"
    assert (settings.zalo_webhook_listen, settings.zalo_webhook_port) == ("127.0.0.1", 9000)
    assert settings.zalo_poll_timeout == 25 and Settings.from_env({}).zalo_poll_timeout == 10
    assert "123:abc" not in repr(settings) and "s3cret" not in repr(settings)
    other = Settings.from_env({"ZALO_API_URL": "https://bot-api.zapps.me/bot"})
    assert other.zalo_token is None and other.zalo_api_url == "https://bot-api.zapps.me/bot"
    assert Settings.from_env({}).zalo_webhook_port != Settings.from_env({}).webhook_port


def test_the_tokens_choose_the_channels() -> None:
    """Telegram, Zalo or both are served, by which tokens are set."""
    assert [t.name for t in transports(Settings(telegram_token="1:a"))] == ["Telegram"]
    assert [t.name for t in transports(Settings(zalo_token="2:b"))] == ["Zalo"]
    both = Settings(telegram_token="1:a", zalo_token="2:b")
    assert [t.name for t in transports(both)] == ["Telegram", "Zalo"]
    assert transports(Settings()) == []


def test_webhooks_get_a_secret_and_every_secret_is_kept_out_of_logs() -> None:
    """A webhook without a secret gets a random one; tokens and secrets are all redacted."""
    settings = with_webhook_secrets(
        Settings(
            telegram_token="1:a",
            zalo_token="2:b",
            webhook_url="https://x/tg",
            zalo_webhook_url="https://x/zalo",
        )
    )
    assert settings.webhook_secret and settings.zalo_webhook_secret
    assert len(settings.zalo_webhook_secret) >= 8  # Zalo wants 8-256 characters
    assert settings.webhook_secret != settings.zalo_webhook_secret
    assert {s for s in secrets_of(settings) if s} == {
        "1:a",
        "2:b",
        settings.webhook_secret,
        settings.zalo_webhook_secret,
    }
    assert with_webhook_secrets(Settings()).zalo_webhook_secret is None


def test_zalo_oa_settings_come_from_the_environment() -> None:
    """ZALO_OA_* variables fill the OA settings; the published hosts are the defaults; secrets
    stay out of repr."""
    settings = Settings.from_env(
        {
            "ZALO_OA_APP_ID": "4417305120399186871",
            "ZALO_OA_APP_SECRET": "app-s3cret",
            "ZALO_OA_SECRET_KEY": "oa-k3y",
            "ZALO_OA_ACCESS_TOKEN": "acc-t0ken",
            "ZALO_OA_REFRESH_TOKEN": "ref-t0ken",
            "ZALO_OA_WEBHOOK_URL": "https://ntm.example.vn/zalo-oa",
            "ZALO_OA_WEBHOOK_PORT": "9001",
            "ZALO_OA_MAX_AGE": "600",
        }
    )
    assert settings.zalo_oa_app_id == "4417305120399186871"
    assert (settings.zalo_oa_api_url, settings.zalo_oa_oauth_url) == (
        ZALO_OA_API_URL,
        ZALO_OA_OAUTH_URL,
    )
    assert settings.zalo_oa_webhook_port == 9001 and settings.zalo_oa_max_age == 600.0
    assert Settings.from_env({}).zalo_oa_webhook_port not in (8443, 8444)
    for secret in ("app-s3cret", "oa-k3y", "acc-t0ken", "ref-t0ken"):
        assert secret not in repr(settings)
    assert {"app-s3cret", "oa-k3y", "acc-t0ken", "ref-t0ken"} <= set(secrets_of(settings))


def test_an_oa_app_id_serves_the_oa() -> None:
    """ZALO_OA_APP_ID adds the Zalo OA transport, beside the others."""
    assert [t.name for t in transports(Settings(zalo_oa_app_id="44"))] == ["Zalo OA"]
    every = Settings(telegram_token="1:a", zalo_token="2:b", zalo_oa_app_id="44")
    assert [t.name for t in transports(every)] == ["Telegram", "Zalo", "Zalo OA"]
