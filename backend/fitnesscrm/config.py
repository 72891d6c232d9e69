"""Settings, read from the environment once at start-up.

Every setting is listed with its default in `.env.example`. APP_ENV unset means production,
which refuses to start without strong secrets rather than falling back to a value anyone can
read in this repository; development (explicit, as `make run` sets it) generates random
secrets once and keeps them under VAR_DIR.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from datetime import timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SECRET_NAMES = ("SECRET_KEY", "JWT_SECRET_KEY", "DATA_ENCRYPTION_KEY")
MIN_SECRET_LENGTH = 32
# Values that were once defaults or examples in this repository: public, so never a secret.
KNOWN_DEFAULT_SECRETS = frozenset(
    {
        "dev-secret-key-change-me-0123456789abcdef",
        "dev-jwt-secret-change-me-0123456789abcdef",
        "change-me",
        "changeme",
        "secret",
    }
)


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    return int(_env(name, str(default)))


def _env_bool(name: str, default: bool) -> bool:
    return (_env(name, "1" if default else "0") or "").lower() in {"1", "true", "yes", "on"}


class Config:
    ENV_NAME = "development"
    TESTING = False
    # No defaults: each environment's __init__ decides where its secrets come from.
    SECRET_KEY: str | None = None
    JWT_SECRET_KEY: str | None = None
    # Encrypts stored secrets (core.crypto); old values stay readable while listed in DATA_ENCRYPTION_OLD_KEYS.
    DATA_ENCRYPTION_KEY: str | None = None
    DATA_ENCRYPTION_OLD_KEYS = _env("DATA_ENCRYPTION_OLD_KEYS")

    # Unset: the app runs an embedded PostgreSQL with its data under VAR_DIR.
    SQLALCHEMY_DATABASE_URI = _env("DATABASE_URL")
    # A pre-ping costs a round trip per request; recycling bounds how stale a pooled connection gets instead.
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": _env_bool("DATABASE_POOL_PRE_PING", False),
        "pool_recycle": _env_int("DATABASE_POOL_RECYCLE_SECONDS", 300),
    }
    # On small hosts PostgreSQL's parallel workers compete with the app's own; unset keeps the server's setting.
    if _env("DATABASE_MAX_PARALLEL_WORKERS_PER_GATHER") is not None:
        SQLALCHEMY_ENGINE_OPTIONS["connect_args"] = {
            "options": f"-c max_parallel_workers_per_gather={_env_int('DATABASE_MAX_PARALLEL_WORKERS_PER_GATHER', 2)}"
        }
    VAR_DIR = Path(_env("VAR_DIR", str(REPO_ROOT / "var")))

    JWT_TOKEN_LOCATION = ["cookies", "headers"]
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=_env_int("JWT_ACCESS_MINUTES", 15))
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=_env_int("JWT_REFRESH_DAYS", 30))
    # Seconds in which a just-rotated refresh token still yields its successor (two tabs refreshing together).
    REFRESH_REUSE_GRACE_SECONDS = _env_int("REFRESH_REUSE_GRACE_SECONDS", 30)
    JWT_COOKIE_SECURE = _env_bool("COOKIE_SECURE", False)
    JWT_COOKIE_SAMESITE = "Lax"
    JWT_COOKIE_CSRF_PROTECT = True
    JWT_REFRESH_COOKIE_PATH = "/api/auth"
    JWT_REFRESH_CSRF_COOKIE_PATH = "/"

    # Argon2id cost; tests lower it so that hashing does not dominate the run.
    ARGON2_TIME_COST = _env_int("ARGON2_TIME_COST", 3)
    ARGON2_MEMORY_COST_KIB = _env_int("ARGON2_MEMORY_COST_KIB", 65536)

    # Redis carries Socket.IO's messages between app processes (and the job worker), so a chat message
    # sent through one process reaches sockets held by another. Unset: one process serves every socket.
    REDIS_URL = _env("REDIS_URL", "")
    # Shared limiter storage (redis://...) is required once several processes serve the app.
    RATELIMIT_STORAGE_URI = _env("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    # /api/v2: calls each API key may make (a studio's owner may set its own per minute on the Developers screen).
    API_RATE_LIMIT = _env("API_RATE_LIMIT", "120 per minute")
    # One budget per client IP shared by every endpoint that checks a password or a one-time link.
    LOGIN_RATE_LIMIT_PER_IP = _env("LOGIN_RATE_LIMIT_PER_IP", "20 per minute")
    # Failed sign-ins per email (or per trusted browser) before each attempt waits, the first wait
    # in seconds (doubling after every further failure) and the longest wait.
    LOGIN_FREE_ATTEMPTS = _env_int("LOGIN_FREE_ATTEMPTS", 5)
    LOGIN_DELAY_SECONDS = _env_int("LOGIN_DELAY_SECONDS", 30)
    LOGIN_MAX_DELAY_SECONDS = _env_int("LOGIN_MAX_DELAY_SECONDS", 900)
    # How long a browser stays trusted by an account it signed in to (its failures counted apart).
    TRUSTED_BROWSER_DAYS = _env_int("TRUSTED_BROWSER_DAYS", 180)
    # Seconds between a right password and the two-factor code it waits for (auth/two_factor).
    TWO_FACTOR_STEP_SECONDS = _env_int("TWO_FACTOR_STEP_SECONDS", 300)
    # Emailed one-time links: password reset and sign-in unlock, and how many one email may be sent.
    PASSWORD_RESET_TTL_MINUTES = _env_int("PASSWORD_RESET_TTL_MINUTES", 60)
    UNLOCK_LINK_TTL_MINUTES = _env_int("UNLOCK_LINK_TTL_MINUTES", 60)
    ACCOUNT_EMAIL_RATE_LIMIT = _env("ACCOUNT_EMAIL_RATE_LIMIT", "3 per hour")
    INVITATION_TTL_HOURS = _env_int("INVITATION_TTL_HOURS", 72)
    # Strict-Transport-Security max-age sent on HTTPS responses; 0 sends none.
    HSTS_SECONDS = _env_int("HSTS_SECONDS", 31536000)
    # Number of reverse proxies (nginx) in front of the app whose X-Forwarded-For is trusted.
    TRUSTED_PROXY_COUNT = _env_int("TRUSTED_PROXY_COUNT", 0)

    # observability: log lines as one JSON object each (json, production's default) or as text (elsewhere).
    LOG_FORMAT = _env("LOG_FORMAT", "text")
    LOG_LEVEL = _env("LOG_LEVEL", "INFO")
    # /metrics is readable with "Authorization: Bearer <METRICS_TOKEN>" (unset: no token works), or without
    # one from these networks (comma-separated CIDRs; the address is the client's, after TRUSTED_PROXY_COUNT).
    METRICS_TOKEN = _env("METRICS_TOKEN")
    METRICS_ALLOWED_NETWORKS = _env("METRICS_ALLOWED_NETWORKS", "127.0.0.0/8,::1/128")

    # Largest request body accepted, in bytes (a larger one is a 413).
    MAX_CONTENT_LENGTH = _env_int("MAX_CONTENT_LENGTH", 1024 * 1024)

    # File storage (core/storage): "local" keeps uploads under STORAGE_LOCAL_DIR, "s3" in an S3-compatible bucket.
    STORAGE_BACKEND = _env("STORAGE_BACKEND", "local")
    STORAGE_LOCAL_DIR = Path(_env("STORAGE_LOCAL_DIR", str(VAR_DIR / "uploads")))
    S3_BUCKET = _env("S3_BUCKET")
    # Unset: AWS itself; set for MinIO, Ceph, R2 and the like (https://minio.internal:9000).
    S3_ENDPOINT_URL = _env("S3_ENDPOINT_URL")
    S3_REGION = _env("S3_REGION", "us-east-1")
    # Unset: boto3's own chain (environment, instance role, ~/.aws).
    S3_ACCESS_KEY_ID = _env("S3_ACCESS_KEY_ID")
    S3_SECRET_ACCESS_KEY = _env("S3_SECRET_ACCESS_KEY")
    # Bytes of uploads one studio may keep unless its own quota says otherwise (5 GB).
    STORAGE_QUOTA_BYTES = _env_int("STORAGE_QUOTA_BYTES", 5 * 10**9)
    # Largest upload of each kind, in bytes.
    UPLOAD_MAX_BYTES = {
        "photo": _env_int("UPLOAD_MAX_PHOTO_BYTES", 25 * 10**6),
        "check_in_photo": _env_int("UPLOAD_MAX_CHECK_IN_PHOTO_BYTES", 25 * 10**6),
        "document": _env_int("UPLOAD_MAX_DOCUMENT_BYTES", 100 * 10**6),
        "attachment": _env_int("UPLOAD_MAX_ATTACHMENT_BYTES", 25 * 10**6),
    }
    # Most pixels an uploaded picture may have (a 48-megapixel iPhone photo fits); more is refused unread,
    # since a few kilobytes can declare a picture that takes gigabytes to decode.
    UPLOAD_MAX_IMAGE_PIXELS = _env_int("UPLOAD_MAX_IMAGE_PIXELS", 50_000_000)
    # Minutes a signed download link (/api/files/...) works unless its issuer says otherwise.
    SIGNED_URL_MINUTES = _env_int("SIGNED_URL_MINUTES", 15)

    # Country of a studio that signs up without one whose time zone names none (UTC), and of studios that
    # existed before studios had a country; each studio reads and shows phone numbers in its own.
    DEFAULT_PHONE_REGION = _env("DEFAULT_PHONE_REGION", "US")
    # Most rows an Excel export holds: the workbook is built before its first byte is sent (CSV has no limit).
    EXPORT_XLSX_MAX_ROWS = _env_int("EXPORT_XLSX_MAX_ROWS", 100_000)
    # Largest CSV file and most rows one client import takes.
    CLIENT_IMPORT_MAX_BYTES = _env_int("CLIENT_IMPORT_MAX_BYTES", 5 * 2**20)
    CLIENT_IMPORT_MAX_ROWS = _env_int("CLIENT_IMPORT_MAX_ROWS", 10_000)
    # Where people reach the app; unset, links follow the caller's address or http://127.0.0.1:PORT (core/urls.py).
    PUBLIC_BASE_URL = _env("PUBLIC_BASE_URL")
    # The port `make run` serves on.
    PORT = _env_int("PORT", 5000)
    FRONTEND_DIST = Path(_env("FRONTEND_DIST", str(REPO_ROOT / "frontend" / "dist")))

    MAIL_SERVER = _env("MAIL_SERVER")
    MAIL_PORT = _env_int("MAIL_PORT", 587)
    MAIL_USE_TLS = _env_bool("MAIL_USE_TLS", True)
    MAIL_USERNAME = _env("MAIL_USERNAME")
    MAIL_PASSWORD = _env("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = _env("MAIL_DEFAULT_SENDER", "FitnessCRM <no-reply@localhost>")
    # Seconds to wait for the mail server to connect or answer before the try fails (and is retried later).
    MAIL_TIMEOUT = _env_int("MAIL_TIMEOUT", 30)
    # The mailbox named in List-Unsubscribe's mailto (a person reads it); unset: MAIL_DEFAULT_SENDER's address.
    MAIL_UNSUBSCRIBE_ADDRESS = _env("MAIL_UNSUBSCRIBE_ADDRESS")
    # notifications: the outbox. Tries per message before it is dead, the first retry's wait in seconds
    # (each later wait four times the one before) and the longest wait.
    OUTBOX_MAX_ATTEMPTS = _env_int("OUTBOX_MAX_ATTEMPTS", 6)
    OUTBOX_RETRY_BASE_SECONDS = _env_int("OUTBOX_RETRY_BASE_SECONDS", 120)
    OUTBOX_RETRY_MAX_SECONDS = _env_int("OUTBOX_RETRY_MAX_SECONDS", 6 * 3600)
    # Seconds a worker may hold a message it is sending; after that the message is taken as abandoned
    # (the worker died) and sent again, with the same Message-ID.
    OUTBOX_CLAIM_SECONDS = _env_int("OUTBOX_CLAIM_SECONDS", 300)
    # sms: Twilio's account (unset: no text messages are queued), where its REST API is (tests point it at a
    # local server), how long one request may take, and whether the app answers STOP/START/HELP itself
    # (off: Twilio's own opt-out handling answers them, as it does by default on long codes).
    TWILIO_ACCOUNT_SID = _env("TWILIO_ACCOUNT_SID")
    TWILIO_AUTH_TOKEN = _env("TWILIO_AUTH_TOKEN")
    TWILIO_API_BASE_URL = _env("TWILIO_API_BASE_URL")
    TWILIO_TIMEOUT_SECONDS = _env_int("TWILIO_TIMEOUT_SECONDS", 15)
    SMS_KEYWORD_REPLIES = _env_bool("SMS_KEYWORD_REPLIES", False)
    # billing/stripe: each studio's own keys are in its billing settings. STRIPE_API_BASE replaces
    # https://api.stripe.com (tests point it at localstripe); how long one request to Stripe may take.
    STRIPE_API_BASE = _env("STRIPE_API_BASE")
    STRIPE_TIMEOUT_SECONDS = _env_int("STRIPE_TIMEOUT_SECONDS", 20)
    # The Stripe.js the browser loads for card entry (localstripe's stand-in in tests); the pages' CSP admits
    # exactly the origins it needs (core/security_headers.py).
    STRIPE_JS_URL = _env("STRIPE_JS_URL", "https://js.stripe.com/v3/")
    # Web Push (notifications/push). The VAPID key pair pushes are signed with, as base64url (the raw private
    # scalar and the uncompressed public point): unset, one is made on first use and kept in the database
    # (`flask push generate-vapid-keys` makes it ahead); set both in production to keep them out of the database.
    VAPID_PRIVATE_KEY = _env("VAPID_PRIVATE_KEY")
    VAPID_PUBLIC_KEY = _env("VAPID_PUBLIC_KEY")
    # Whom push services contact about this server's pushes (mailto: or https:); unset: MAIL_DEFAULT_SENDER's address.
    VAPID_SUBJECT = _env("VAPID_SUBJECT")
    # The push services a subscription may point at (a host, or any host under it): the browsers' own.
    PUSH_SERVICE_HOSTS = tuple(
        host.strip().lower()
        for host in _env(
            "PUSH_SERVICE_HOSTS",
            "fcm.googleapis.com,updates.push.services.mozilla.com,push.apple.com,notify.windows.com",
        ).split(",")
        if host.strip()
    )
    # Tests only: also accept push endpoints on this machine (http://127.0.0.1:<port>, http://localhost:<port>).
    PUSH_ALLOW_LOCAL_ENDPOINTS = _env_bool("PUSH_ALLOW_LOCAL_ENDPOINTS", False)
    # Seconds a push service keeps a push for a device that is offline, and waits for the service to answer.
    PUSH_TTL_SECONDS = _env_int("PUSH_TTL_SECONDS", 24 * 3600)
    PUSH_TIMEOUT_SECONDS = _env_int("PUSH_TIMEOUT_SECONDS", 10)
    # Days a read notification stays in the bell's list before the daily prune removes it.
    NOTIFICATION_RETENTION_DAYS = _env_int("NOTIFICATION_RETENTION_DAYS", 90)

    # core/outbound: requests to URLs a studio typed in (webhooks, automation steps). Private, loopback
    # and link-local addresses are refused unless allowed, for a receiver on the studio's own network.
    OUTBOUND_ALLOW_PRIVATE_ADDRESSES = _env_bool("OUTBOUND_ALLOW_PRIVATE_ADDRESSES", False)
    OUTBOUND_TIMEOUT_SECONDS = _env_int("OUTBOUND_TIMEOUT_SECONDS", 10)
    # developers/webhooks: the first retry's wait in seconds (each later wait three times the one before),
    # the longest wait, how long after its event a delivery is still tried, how many failed tries in a
    # row (across events) turn an endpoint off, and how long a worker may hold a delivery it is sending.
    WEBHOOK_RETRY_BASE_SECONDS = _env_int("WEBHOOK_RETRY_BASE_SECONDS", 60)
    WEBHOOK_RETRY_MAX_SECONDS = _env_int("WEBHOOK_RETRY_MAX_SECONDS", 12 * 3600)
    WEBHOOK_RETRY_WINDOW_HOURS = _env_int("WEBHOOK_RETRY_WINDOW_HOURS", 72)
    WEBHOOK_DISABLE_AFTER_FAILURES = _env_int("WEBHOOK_DISABLE_AFTER_FAILURES", 20)
    WEBHOOK_CLAIM_SECONDS = _env_int("WEBHOOK_CLAIM_SECONDS", 120)
    # automation: runs taken per batch, batches and time-triggered rules per call of process-triggers (and
    # of the worker's minute), and how long a time-triggered rule that found everyone waits to be looked at again.
    AUTOMATION_BATCH_SIZE = _env_int("AUTOMATION_BATCH_SIZE", 200)
    AUTOMATION_BATCHES_PER_CALL = _env_int("AUTOMATION_BATCHES_PER_CALL", 10)
    AUTOMATION_RULES_PER_CALL = _env_int("AUTOMATION_RULES_PER_CALL", 50)
    # Runs one evaluation of a time-triggered rule may start: its query reads every client anyway.
    AUTOMATION_EVALUATION_LIMIT = _env_int("AUTOMATION_EVALUATION_LIMIT", 5000)
    AUTOMATION_EVALUATION_MINUTES = _env_int("AUTOMATION_EVALUATION_MINUTES", 60)

    API_TITLE = "FitnessCRM API"
    API_VERSION = "1.0"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "docs"
    # Swagger UI's files are served by the app itself (core/api_docs.py), never from a CDN.
    OPENAPI_SWAGGER_UI_URL = "/api/docs/assets/"
    # The public API (api_v2): its own document and reference page, versioned apart from the SPA's /api.
    V2_API_TITLE = "FitnessCRM public API"
    V2_API_VERSION = "2.0"
    V2_OPENAPI_VERSION = "3.0.3"
    V2_OPENAPI_URL_PREFIX = "/api/v2"
    V2_OPENAPI_JSON_PATH = "openapi.json"
    V2_OPENAPI_SWAGGER_UI_PATH = "docs"
    V2_OPENAPI_SWAGGER_UI_URL = "/api/docs/assets/"
    JSON_SORT_KEYS = False


def secret_problem(name: str, value: str | None) -> str | None:
    """Why `value` cannot sign anything in production, or None when it is a strong secret."""
    if not value:
        return f"{name} is not set"
    if value in KNOWN_DEFAULT_SECRETS:
        return f"{name} is a value published in the FitnessCRM repository"
    if "replace-me" in value.lower():
        return f"{name} is still the placeholder from .env.production.template; replace it with a random value"
    if len(value) < MIN_SECRET_LENGTH:
        return f"{name} has {len(value)} characters; it needs at least {MIN_SECRET_LENGTH}"
    if len(set(value)) < 10:
        return f"{name} repeats a few characters; use a random value"
    return None


def _generated_secrets(path: Path) -> dict[str, str]:
    """Random secrets kept in `path`, created on first use; every process of the run reads the same ones."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as file:
            json.dump({name: secrets.token_urlsafe(48) for name in SECRET_NAMES}, file)
        try:
            # link() fails when another process got there first: theirs wins and everyone reads it.
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return json.loads(path.read_text())


class DevelopmentConfig(Config):
    """A local run: secrets from the environment, else random ones generated once under VAR_DIR."""

    def __init__(self) -> None:
        generated = None
        for name in SECRET_NAMES:
            value = _env(name)
            if value in KNOWN_DEFAULT_SECRETS:
                raise RuntimeError(f"{name} is a value published in the FitnessCRM repository; unset it or use another")
            if value is None:
                generated = generated or _generated_secrets(self.VAR_DIR / "secret-keys.json")
                # A secrets file from before a secret existed lacks it: derive it from one that is there.
                value = generated.get(name) or hashlib.sha256(f"{name}:{generated['SECRET_KEY']}".encode()).hexdigest()
            setattr(self, name, value)


class TestConfig(Config):
    ENV_NAME = "test"
    TESTING = True
    SECRET_KEY = _env("SECRET_KEY", "test-only-secret-key-0123456789abcdefghij")
    JWT_SECRET_KEY = _env("JWT_SECRET_KEY", "test-only-jwt-secret-0123456789abcdefghij")
    DATA_ENCRYPTION_KEY = _env("DATA_ENCRYPTION_KEY", "test-only-data-encryption-key-0123456789abc")
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST_KIB = 1024
    MAIL_SUPPRESS_SEND = True
    MAIL_SERVER = "localhost"
    LOGIN_RATE_LIMIT_PER_IP = "1000 per minute"
    ACCOUNT_EMAIL_RATE_LIMIT = "1000 per minute"
    API_RATE_LIMIT = _env("API_RATE_LIMIT", "10000 per minute")


class ProductionConfig(Config):
    ENV_NAME = "production"
    JWT_COOKIE_SECURE = _env_bool("COOKIE_SECURE", True)
    # A deployment outlives database restarts and failovers: each pooled connection is tested before use,
    # so after a restart requests reconnect instead of failing once per stale connection.
    SQLALCHEMY_ENGINE_OPTIONS = {
        **Config.SQLALCHEMY_ENGINE_OPTIONS,
        "pool_pre_ping": _env_bool("DATABASE_POOL_PRE_PING", True),
    }
    LOG_FORMAT = _env("LOG_FORMAT", "json")

    REQUIRED = ("DATABASE_URL", "RATELIMIT_STORAGE_URI", "PUBLIC_BASE_URL")

    def __init__(self) -> None:
        problems = [problem for name in SECRET_NAMES if (problem := secret_problem(name, _env(name)))]
        problems += [f"{name} is not set" for name in self.REQUIRED if not _env(name)]
        if _env("SECRET_KEY") and _env("SECRET_KEY") == _env("JWT_SECRET_KEY"):
            problems.append("SECRET_KEY and JWT_SECRET_KEY are the same; use two different random values")
        if problems:
            raise RuntimeError(
                "The production configuration (APP_ENV=production, or APP_ENV unset) refuses to start: "
                + "; ".join(problems)
                + ". Generate secrets with `python3 -c 'import secrets; print(secrets.token_urlsafe(48))'`; "
                "for a local run set APP_ENV=development (make run does)."
            )
        if _env("RATELIMIT_STORAGE_URI").startswith("memory://"):
            raise RuntimeError("RATELIMIT_STORAGE_URI must be shared storage (redis://) in production")
        self.SECRET_KEY = _env("SECRET_KEY")
        self.JWT_SECRET_KEY = _env("JWT_SECRET_KEY")
        self.DATA_ENCRYPTION_KEY = _env("DATA_ENCRYPTION_KEY")


CONFIGS = {"development": DevelopmentConfig, "test": TestConfig, "production": ProductionConfig}


def config_from_env() -> Config:
    """The Config selected by APP_ENV; unset is production, so only an explicit choice relaxes anything."""
    name = _env("APP_ENV", "production")
    if name not in CONFIGS:
        raise RuntimeError(f"APP_ENV must be one of {sorted(CONFIGS)}, not {name!r}")
    return CONFIGS[name]()
