"""Settings from the environment, read once at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "ntm-bot.db"
# The Zalo Bot Platform's current host; the token and method are appended: .../bot<TOKEN>/getMe.
ZALO_API_URL = "https://bot-api.zaloplatforms.com/bot"
# The Zalo Official Account API v3 and its OAuth server (hosts as published; see the README).
ZALO_OA_API_URL = "https://openapi.zalo.me"
ZALO_OA_OAUTH_URL = "https://oauth.zaloapp.com/v4/oa/access_token"
ZALO_OA_MAX_AGE = 12 * 3600.0  # seconds a signed OA event stays acceptable (Zalo retries 12 h)
DEFAULT_LOCALES = Path(__file__).resolve().parent.parent / "locales"


@dataclass(frozen=True)
class Settings:
    """Everything configurable about one running bot."""

    db_path: str = DEFAULT_DB
    locale: str = "vi"
    timezone: str = "Asia/Ho_Chi_Minh"
    locales_dir: Path = DEFAULT_LOCALES
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    zalo_token: str | None = field(default=None, repr=False)
    zalo_api_url: str = ZALO_API_URL
    zalo_webhook_url: str | None = None
    zalo_webhook_secret: str | None = field(default=None, repr=False)
    zalo_webhook_listen: str = "127.0.0.1"
    zalo_webhook_port: int = 8444
    zalo_poll_timeout: int = 10
    zalo_oa_app_id: str | None = None
    zalo_oa_app_secret: str | None = field(default=None, repr=False)  # OAuth secret_key header
    zalo_oa_secret_key: str | None = field(default=None, repr=False)  # OA key: event signatures
    zalo_oa_access_token: str | None = field(default=None, repr=False)  # first start only
    zalo_oa_refresh_token: str | None = field(default=None, repr=False)  # first start only
    zalo_oa_api_url: str = ZALO_OA_API_URL
    zalo_oa_oauth_url: str = ZALO_OA_OAUTH_URL
    zalo_oa_webhook_url: str | None = None
    zalo_oa_webhook_listen: str = "127.0.0.1"
    zalo_oa_webhook_port: int = 8445
    zalo_oa_max_age: float = ZALO_OA_MAX_AGE
    reminder_grace_hours: float = 12.0  # a reminder missed while down is sent if this recent
    log_level: str = "INFO"
    send_rate: int = 30  # messages per second, all chats together (Telegram: about 30)
    group_rate: int = 20  # messages per minute to one group chat (Telegram: 20)
    chat_interval: float = 1.0  # seconds between two broadcast messages to one chat
    outbox_lease: float = 30.0  # seconds a claimed outbox row is reserved for one try
    invite_secret: str | None = field(default=None, repr=False)  # keys invite hashes
    secret_file: str | None = None  # where the invite key is kept (default: NTM_DB + '.key')
    trusted_proxies: tuple[str, ...] = ()  # whose X-Forwarded-For / X-Real-Ip are believed
    files_url: str | None = None  # public base URL of the download route (files for Zalo)
    files_listen: str = "127.0.0.1"
    files_port: int = 8446
    files_hours: int = 24  # how long a published file stays downloadable

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from NTM_*, TELEGRAM_*, ZALO_* and ZALO_OA_* environment variables."""
        e = os.environ if env is None else env
        return cls(
            db_path=e.get("NTM_DB", DEFAULT_DB),
            locale=e.get("NTM_LOCALE", "vi"),
            timezone=e.get("NTM_TZ", "Asia/Ho_Chi_Minh"),
            locales_dir=Path(e.get("NTM_LOCALES_DIR", str(DEFAULT_LOCALES))),
            telegram_token=e.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_url=e.get("TELEGRAM_API_URL") or None,
            webhook_url=e.get("TELEGRAM_WEBHOOK_URL") or None,
            webhook_secret=e.get("TELEGRAM_WEBHOOK_SECRET") or None,
            webhook_listen=e.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
            webhook_port=int(e.get("TELEGRAM_WEBHOOK_PORT", "8443")),
            zalo_token=e.get("ZALO_BOT_TOKEN") or None,
            zalo_api_url=e.get("ZALO_API_URL") or ZALO_API_URL,
            zalo_webhook_url=e.get("ZALO_WEBHOOK_URL") or None,
            zalo_webhook_secret=e.get("ZALO_WEBHOOK_SECRET") or None,
            zalo_webhook_listen=e.get("ZALO_WEBHOOK_LISTEN", "127.0.0.1"),
            zalo_webhook_port=int(e.get("ZALO_WEBHOOK_PORT", "8444")),
            zalo_poll_timeout=int(e.get("ZALO_POLL_TIMEOUT", "10")),
            zalo_oa_app_id=e.get("ZALO_OA_APP_ID") or None,
            zalo_oa_app_secret=e.get("ZALO_OA_APP_SECRET") or None,
            zalo_oa_secret_key=e.get("ZALO_OA_SECRET_KEY") or None,
            zalo_oa_access_token=e.get("ZALO_OA_ACCESS_TOKEN") or None,
            zalo_oa_refresh_token=e.get("ZALO_OA_REFRESH_TOKEN") or None,
            zalo_oa_api_url=e.get("ZALO_OA_API_URL") or ZALO_OA_API_URL,
            zalo_oa_oauth_url=e.get("ZALO_OA_OAUTH_URL") or ZALO_OA_OAUTH_URL,
            zalo_oa_webhook_url=e.get("ZALO_OA_WEBHOOK_URL") or None,
            zalo_oa_webhook_listen=e.get("ZALO_OA_WEBHOOK_LISTEN", "127.0.0.1"),
            zalo_oa_webhook_port=int(e.get("ZALO_OA_WEBHOOK_PORT", "8445")),
            zalo_oa_max_age=float(e.get("ZALO_OA_MAX_AGE", str(ZALO_OA_MAX_AGE))),
            reminder_grace_hours=float(e.get("NTM_REMINDER_GRACE_HOURS", "12")),
            log_level=e.get("NTM_LOG_LEVEL", "INFO"),
            send_rate=int(e.get("NTM_SEND_RATE", "30")),
            group_rate=int(e.get("NTM_GROUP_RATE", "20")),
            chat_interval=float(e.get("NTM_CHAT_INTERVAL", "1")),
            outbox_lease=float(e.get("NTM_OUTBOX_LEASE", "30")),
            invite_secret=e.get("NTM_INVITE_SECRET") or None,
            secret_file=e.get("NTM_SECRET_FILE") or None,
            trusted_proxies=tuple(
                p.strip() for p in e.get("NTM_TRUSTED_PROXIES", "").split(",") if p.strip()
            ),
            files_url=e.get("NTM_FILES_URL") or None,
            files_listen=e.get("NTM_FILES_LISTEN", "127.0.0.1"),
            files_port=int(e.get("NTM_FILES_PORT", "8446")),
            files_hours=int(e.get("NTM_FILES_HOURS", "24")),
        )
