"""Background tasks, logs, the demo and `wijkverbinder serve`."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from wijkverbinder.config.env import env_bool, env_int, env_str
from wijkverbinder.config.settings.base import PRODUCTION

TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend",
            "Background-task backend: a queue in the database (imports, detection). Production "
            "runs `wijkverbinder db_worker`; the embedded default runs a worker thread inside "
            "`serve` (TASKS_WORKER_IN_SERVE). `django_tasks.backends.immediate.ImmediateBackend` "
            "runs every task at once, in the request (the tests do).",
        )
    }
}
TASKS_WORKER_IN_SERVE = env_bool(
    "TASKS_WORKER_IN_SERVE",
    not PRODUCTION,
    "Run one background worker thread inside `wijkverbinder serve`, so the embedded default needs "
    "no separate worker. Off in production, which runs `db_worker` processes.",
)

TASKS_HEARTBEAT_SECONDS = env_int(
    "TASKS_HEARTBEAT_SECONDS",
    10,
    "Seconds between two heartbeats of a task worker (`db_worker`, or the worker thread of "
    "`serve`); each beat also looks for tasks of lost workers.",
)
TASKS_WORKER_LOST_AFTER = env_int(
    "TASKS_WORKER_LOST_AFTER",
    60,
    "Seconds without a heartbeat after which a worker counts as lost (killed, machine gone): "
    "the tasks it was running go back in the queue. Keep it well above TASKS_HEARTBEAT_SECONDS.",
)
TASKS_MAX_ATTEMPTS = env_int(
    "TASKS_MAX_ATTEMPTS",
    3,
    "Attempts of a task whose worker was lost before it is marked failed (`WorkerLost`) instead "
    "of being queued again.",
)
TASKS_KEEP_FINISHED_DAYS = env_int(
    "TASKS_KEEP_FINISHED_DAYS",
    7,
    "Days a finished background task's row stays in the queue table before the workers remove "
    "it (once an hour), so the queue's searches stay quick.",
)
TASKS_KEEP_FAILED_DAYS = env_int(
    "TASKS_KEEP_FAILED_DAYS",
    30,
    "Days a failed background task stays (shown to the admin under 'Wachtrij') before the workers "
    "remove it.",
)
ANALYSIS_REFRESH_DELAY = env_int(
    "ANALYSIS_REFRESH_DELAY",
    10,
    "Seconds between a write of signals and the background refresh of the wijkanalyse's "
    "suppressed tables; writes in between are taken along in the same refresh. Pages show the "
    "last tables with their date meanwhile.",
)

LOG_LEVEL = env_str("LOG_LEVEL", "INFO", "Log level of the application loggers.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "wijkverbinder": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}

DEMO_AUTOLOAD = env_bool(
    "DEMO_AUTOLOAD",
    not PRODUCTION,
    "Load the demo municipality on first start "
    "of `wijkverbinder serve` when the database is empty.",
)
SERVE_HOST = env_str("HOST", "127.0.0.1", "Address `wijkverbinder serve` listens on.")
SERVE_PORT = env_int("PORT", 8000, "Port `wijkverbinder serve` listens on.")
SERVE_THREADS = env_int("SERVE_THREADS", 8, "Worker threads of the built-in server.")
SERVE_CONNECTIONS = env_int(
    "SERVE_CONNECTIONS",
    1000,
    "Open connections the built-in server accepts at once (every resident's phone at a straattafel "
    "keeps one open; waitress's own default of 100 made the 99th phone wait).",
)

# --- Operations (issue 16): readiness, redaction engine, logs ---------------------------------
SERVE_MIGRATE = env_bool(
    "SERVE_MIGRATE",
    not PRODUCTION,
    "`wijkverbinder serve` applies migrations at start. Off in production: there `wijkverbinder "
    "migrate` is run once per upgrade, and each server waits (port closed) until it has been.",
)
REDACTION_WAIT_SECONDS = env_int(
    "REDACTION_WAIT_SECONDS",
    20,
    "Seconds a web request waits for the redaction engine when it is still loading; after that "
    "the write is refused with 503 and Retry-After (nothing is stored unredacted).",
)
REDACTION_CACHE_DIR = env_str(
    "REDACTION_CACHE_DIR",
    "",
    "Folder of the redaction engine's lookup cache (built by `wijkverbinder redaction-cache`, "
    "read by every process). Empty: ~/.cache/wijkverbinder/redaction-cache of the user.",
)
LOG_FORMAT = env_str(
    "LOG_FORMAT",
    "plain",
    "`plain` (one readable line per event) or `json` (one JSON object per line, for a log "
    "collector). Neither contains personal data or exception messages.",
)
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT moet plain of json zijn, niet {LOG_FORMAT!r}.")
LOGGING["formatters"] = {
    "plain": {"()": "wijkverbinder.operations.logformat.PlainFormatter"},
    "json": {"()": "wijkverbinder.operations.logformat.JsonFormatter"},
}
LOGGING["handlers"] = {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}}
LOGGING["loggers"] = {
    **LOGGING["loggers"],  # type: ignore[dict-item]
    "django.server": {"handlers": [], "level": "WARNING"},  # runserver logs paths with queries
}
