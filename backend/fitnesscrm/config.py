"""Settings, read from the environment once at start-up.

Every setting is listed with its default in `.env.example`. Production refuses to
start without its secrets rather than falling back to a development value.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


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
    SECRET_KEY = _env("SECRET_KEY", "dev-secret-key-change-me-0123456789abcdef")
    JWT_SECRET_KEY = _env("JWT_SECRET_KEY", "dev-jwt-secret-change-me-0123456789abcdef")

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
    JWT_COOKIE_SECURE = _env_bool("COOKIE_SECURE", False)
    JWT_COOKIE_SAMESITE = "Lax"
    JWT_COOKIE_CSRF_PROTECT = True
    JWT_REFRESH_COOKIE_PATH = "/api/auth"
    JWT_REFRESH_CSRF_COOKIE_PATH = "/"

    # Argon2id cost; tests lower it so that hashing does not dominate the run.
    ARGON2_TIME_COST = _env_int("ARGON2_TIME_COST", 3)
    ARGON2_MEMORY_COST_KIB = _env_int("ARGON2_MEMORY_COST_KIB", 65536)

    # Shared limiter storage (redis://...) is required once several processes serve the app.
    RATELIMIT_STORAGE_URI = _env("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_RATE_LIMIT_PER_IP = _env("LOGIN_RATE_LIMIT_PER_IP", "20 per minute")
    LOGIN_RATE_LIMIT_PER_ACCOUNT = _env("LOGIN_RATE_LIMIT_PER_ACCOUNT", "10 per minute")
    LOGIN_MAX_FAILURES = _env_int("LOGIN_MAX_FAILURES", 5)
    LOGIN_LOCKOUT_MINUTES = _env_int("LOGIN_LOCKOUT_MINUTES", 15)
    INVITATION_TTL_HOURS = _env_int("INVITATION_TTL_HOURS", 72)
    # Number of reverse proxies (nginx) in front of the app whose X-Forwarded-For is trusted.
    TRUSTED_PROXY_COUNT = _env_int("TRUSTED_PROXY_COUNT", 0)

    # Largest request body accepted, in bytes (a larger one is a 413).
    MAX_CONTENT_LENGTH = _env_int("MAX_CONTENT_LENGTH", 1024 * 1024)

    # Region used to read phone numbers typed without a country code.
    DEFAULT_PHONE_REGION = _env("DEFAULT_PHONE_REGION", "US")
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

    API_TITLE = "FitnessCRM API"
    API_VERSION = "1.0"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "docs"
    OPENAPI_SWAGGER_UI_URL = "https://cdn.jsdelivr.net/npm/swagger-ui-dist/"
    OPENAPI_REDOC_PATH = "redoc"
    OPENAPI_REDOC_URL = "https://cdn.jsdelivr.net/npm/redoc/bundles/redoc.standalone.js"
    JSON_SORT_KEYS = False


class DevelopmentConfig(Config):
    pass


class TestConfig(Config):
    ENV_NAME = "test"
    TESTING = True
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST_KIB = 1024
    MAIL_SUPPRESS_SEND = True
    MAIL_SERVER = "localhost"
    LOGIN_RATE_LIMIT_PER_IP = "1000 per minute"
    LOGIN_RATE_LIMIT_PER_ACCOUNT = "1000 per minute"


class ProductionConfig(Config):
    ENV_NAME = "production"
    JWT_COOKIE_SECURE = _env_bool("COOKIE_SECURE", True)

    REQUIRED = ("SECRET_KEY", "JWT_SECRET_KEY", "DATABASE_URL", "RATELIMIT_STORAGE_URI", "PUBLIC_BASE_URL")

    def __init__(self) -> None:
        missing = [name for name in self.REQUIRED if not _env(name)]
        if missing:
            raise RuntimeError(f"Production settings missing: {', '.join(missing)}")
        if self.RATELIMIT_STORAGE_URI.startswith("memory://"):
            raise RuntimeError("RATELIMIT_STORAGE_URI must be shared storage (redis://) in production")
        self.SECRET_KEY = _env("SECRET_KEY")
        self.JWT_SECRET_KEY = _env("JWT_SECRET_KEY")


CONFIGS = {"development": DevelopmentConfig, "test": TestConfig, "production": ProductionConfig}


def config_from_env() -> Config:
    """The Config selected by APP_ENV (development by default)."""
    name = _env("APP_ENV", "development")
    if name not in CONFIGS:
        raise RuntimeError(f"APP_ENV must be one of {sorted(CONFIGS)}, not {name!r}")
    return CONFIGS[name]()
