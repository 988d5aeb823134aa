"""Settings from the environment, each with a default that lets a fresh clone run."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"


def _secret_key(instance_path: str) -> str:
    """Use SECRET_KEY, else a random key created once in instance/ and reused."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _database_url(instance_path: str) -> str:
    default = "sqlite:///" + str(Path(instance_path) / "frontline.db")
    return os.environ.get("DATABASE_URL") or default


def from_environment(instance_path: str) -> dict[str, object]:
    """Read every setting the app knows from the environment."""
    production = os.environ.get("FRONTLINE_ENV", "development") == "production"
    return {
        "SECRET_KEY": _secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        # hide_parameters: a database error must never write an answer's text into a log.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
        "PRODUCTION": production,
        "DEBUG": False,
        # Respondent and API bodies are refused over 64 KB before they are read.
        "MAX_CONTENT_LENGTH": 64 * 1024,
        "FREE_TEXT_MAX_LENGTH": 5000,
        # A ward tablet goes back to the start after this long without a touch, and this
        # long after the thank-you page.
        "KIOSK_IDLE_SECONDS": int(os.environ.get("KIOSK_IDLE_SECONDS", "120")),
        "KIOSK_THANKS_SECONDS": int(os.environ.get("KIOSK_THANKS_SECONDS", "15")),
        "BASE_URL": os.environ.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        "SUPPRESSION_THRESHOLD": int(os.environ.get("SUPPRESSION_THRESHOLD", "10")),
        # A running analysis whose heartbeat (every 10 s) has stopped this long lost its
        # process, a worker killed mid-run, and is shown and kept as failed.
        "ANALYSIS_LOST_AFTER": int(os.environ.get("ANALYSIS_LOST_AFTER", "300")),
        # "mpnet" (all-mpnet-base-v2, built into models/ by `make install`), "minilm" (the
        # smaller packaged model), "tfidf", or a local model directory.
        "THEME_MODEL": os.environ.get("THEME_MODEL", "mpnet"),
        # argon2id's costs for passwords: "recommended" (RFC 9106, 64 MiB). The test suite
        # alone sets "cheapest"; the app refuses it unless TESTING is on.
        "PASSWORD_HASHING": "recommended",
        # The model's vectors of the engine's own example sentences, made once per model.
        "MODEL_CACHE": os.environ.get("MODEL_CACHE") or str(Path(instance_path) / "model-cache"),
        # Unset: background jobs run in a thread of this process (the embedded default).
        "REDIS_URL": os.environ.get("REDIS_URL") or None,
        # Rate-limit counters: shared in Redis across workers, else in memory (embedded).
        "RATELIMIT_STORAGE_URI": os.environ.get("REDIS_URL") or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        "RATE_LIMITS": True,
        # Invites one signed-in person may send (counted per person, not per address).
        "INVITE_LIMIT": os.environ.get("INVITE_LIMIT") or "30 per hour;100 per day",
        # Behind a reverse proxy, how many proxies to trust for the client's address and
        # scheme (X-Forwarded-For/-Proto); 0 trusts none. Limits per address need it.
        "TRUSTED_PROXY_HOPS": int(os.environ.get("TRUSTED_PROXY_HOPS", "0")),
        # Unset: no email; safeguarding leads see their queue when they sign in.
        "MAIL_SERVER": os.environ.get("MAIL_SERVER") or None,
        "MAIL_PORT": int(os.environ.get("MAIL_PORT", "587")),
        "MAIL_USE_TLS": os.environ.get("MAIL_USE_TLS", "1") == "1",
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD") or None,
        "MAIL_FROM": os.environ.get("MAIL_FROM", "frontline-voice@localhost"),
        "SESSION_COOKIE_SECURE": production,
        # Signed-in sessions end after this long without a request, and this long after
        # sign-in whatever happens (docs/security.md).
        "SESSION_IDLE_MINUTES": int(os.environ.get("SESSION_IDLE_MINUTES", "30")),
        "SESSION_ABSOLUTE_HOURS": int(os.environ.get("SESSION_ABSOLUTE_HOURS", "12")),
        # Admins, board members, analysts and safeguarding leads must use an authenticator
        # app. On by default in production; the embedded demo asks but does not insist.
        "TWO_FACTOR_REQUIRED": os.environ.get("TWO_FACTOR_REQUIRED", "1" if production else "0")
        == "1",
        "SESSION_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SECURE": production,
        "WTF_CSRF_TIME_LIMIT": 4 * 3600,
        "BABEL_DEFAULT_LOCALE": "en",
        # Interface catalogues shipped in translations/; Accept-Language picks among them.
        "LANGUAGES": ["en", "cy", "ar"],
    }
