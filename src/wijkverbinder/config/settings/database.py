"""The database: SQLite under `var/` by default, or `DATABASE_URL`."""

from __future__ import annotations

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from wijkverbinder.config.env import env_int, env_str
from wijkverbinder.config.settings.base import PRODUCTION, VAR_DIR

DATABASE_URL = env_str(
    "DATABASE_URL",
    "",
    "Database connection, e.g. postgres://user@host:5432/name. "
    "Empty: SQLite at var/wijkverbinder.sqlite3.",
)
SQLITE_BUSY_TIMEOUT = env_int(
    "SQLITE_BUSY_TIMEOUT",
    20,
    "Seconds an SQLite write waits for another writer before it is retried (embedded default).",
)
if PRODUCTION and not DATABASE_URL:
    raise ImproperlyConfigured("DATABASE_URL ontbreekt: productie draait op PostgreSQL.")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # Many writers at once on one file: WAL (readers never wait), every transaction takes the write
    # lock at its start (IMMEDIATE), a busy timeout, and retries where a statement may still meet
    # the lock (`common/sqlite/base.py`, docs/concurrency.md).
    DATABASES = {
        "default": {
            "ENGINE": "wijkverbinder.common.sqlite",
            "NAME": str(VAR_DIR / "wijkverbinder.sqlite3"),
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": SQLITE_BUSY_TIMEOUT,
            },
            "TEST": {"NAME": ":memory:"},  # spelled out: the backend is ours, not Django's own
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
