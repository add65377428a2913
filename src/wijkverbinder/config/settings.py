"""Django settings of wijkverbinder.

Every value comes from the environment with a safe default and a help text (see `env.py`;
`docs/settings.md` lists them). Two modes:

* embedded default (`WIJKVERBINDER_MODE=embedded`): SQLite under `var/`, a secret generated once into
  `var/`, background tasks run by a worker thread inside `serve`, the demo municipality loaded on
  first start;
* production (`WIJKVERBINDER_MODE=production`): `DATABASE_URL` (PostgreSQL), `SECRET_KEY` required,
  `DEBUG` refused, HTTPS settings on, tasks through the database worker.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wijkverbinder.config.env import env_bool, env_int, env_list, env_str
from wijkverbinder.config.secrets_file import load_or_create_secret
from wijkverbinder.core.intake_formats.types import DEFAULT_TEXT_MAX

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(
    env_str(
        "WIJKVERBINDER_HOME",
        str(PACKAGE_DIR.parent.parent),
        "Folder holding `var/` (database, secret, uploads) and `node_modules/` of the embedded default.",
    )
)
VAR_DIR = Path(
    env_str(
        "WIJKVERBINDER_VAR",
        str(BASE_DIR / "var"),
        "Folder for the SQLite database, the generated secret and private uploads.",
    )
)

MODE = env_str(
    "WIJKVERBINDER_MODE",
    "embedded",
    "`embedded` (default: SQLite, generated secret) or "
    "`production` (requires SECRET_KEY and DATABASE_URL, refuses DEBUG).",
)
if MODE not in {"embedded", "production", "development"}:
    raise ImproperlyConfigured(
        f"WIJKVERBINDER_MODE moet embedded, development of production zijn, niet {MODE!r}."
    )
PRODUCTION = MODE == "production"

DEBUG = env_bool(
    "DEBUG",
    MODE == "development",
    "Django debug pages. Only in development mode; production refuses to start with it on.",
)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG staat aan in productie: zet DEBUG uit.")

_secret = env_str(
    "SECRET_KEY",
    "",
    "Cryptographic key for sessions and signatures. Required in "
    "production; the embedded default generates one into var/secret_key.",
)
if PRODUCTION and not _secret:
    raise ImproperlyConfigured("SECRET_KEY ontbreekt: productie start niet zonder geheime sleutel.")
SECRET_KEY = _secret or load_or_create_secret(VAR_DIR / "secret_key")

PSEUDONYM_SECRET = env_str(
    "PSEUDONYM_SECRET",
    "",
    "Key of the household pseudonyms (HMAC). "
    "Defaults to a value derived from SECRET_KEY; never change it once data exists.",
)

STORE_HOUSE_NUMBERS = env_bool(
    "STORE_HOUSE_NUMBERS",
    False,
    "Keep the house number on a signal. Off by default: the household pseudonym and the street are "
    "enough to count and place signals (store the least).",
)
SIGNAL_TEXT_MAX = env_int(
    "SIGNAL_TEXT_MAX",
    DEFAULT_TEXT_MAX,
    "Maximum length of a signal's text in characters, in forms, the API and every import "
    "(Signalen allows 3000).",
)
OPEN311_MAPPINGS_DIR = env_str(
    "OPEN311_MAPPINGS_DIR",
    str(VAR_DIR / "open311"),
    "Folder with the installation's own Open311 mapping files (service code/name → theme, YAML); "
    "a file here overrides a shipped one of the same name (docs/intake.md).",
)
MAX_ACTIVE_TRAJECTORIES = env_int(
    "MAX_ACTIVE_TRAJECTORIES",
    2,
    "Active trajectories a team may run at once in one wijk; a further one is refused (the method "
    "chooses at most one or two themes).",
)
MEETING_MAX_PROFESSIONALS = env_int(
    "MEETING_MAX_PROFESSIONALS",
    2,
    "Professionals at a residents' meeting above which a warning is shown (residents should lead).",
)
STRAATTAFEL_PARTICIPANT_CAP = env_int(
    "STRAATTAFEL_PARTICIPANT_CAP",
    300,
    "Default maximum number of participants of one straattafel (the team may set it per straattafel).",
)
STRAATTAFEL_VOTES_PER_MINUTE = env_int(
    "STRAATTAFEL_VOTES_PER_MINUTE", 30, "Votes one participant may cast per minute."
)
STRAATTAFEL_JOINS_PER_ADDRESS_HOUR = env_int(
    "STRAATTAFEL_JOINS_PER_ADDRESS_HOUR",
    40,
    "New participants one network address may start per hour on one straattafel.",
)
STRAATTAFEL_STATEMENTS_PER_HOUR = env_int(
    "STRAATTAFEL_STATEMENTS_PER_HOUR", 5, "Statements one participant may add per hour."
)
STRAATTAFEL_PUBLIC_URL = env_str(
    "STRAATTAFEL_PUBLIC_URL",
    "",
    "Address residents use to reach this installation (for the link and QR code), e.g. "
    "https://wijkverbinder.gemeente.nl. Empty: the address of the current request.",
)

RETENTION_SIGNAL_DAYS = env_int(
    "RETENTION_SIGNAL_DAYS",
    2 * 365,
    "Days after the last activity of a signal and of its collective questions after which its text, "
    "household pseudonym and point are removed (an anonymous count stays).",
)
RETENTION_TRAJECTORY_DAYS = env_int(
    "RETENTION_TRAJECTORY_DAYS",
    5 * 365,
    "Days after a trajectory was closed or handed over after which its texts are removed.",
)
RETENTION_IMPORT_DAYS = env_int(
    "RETENTION_IMPORT_DAYS", 2 * 365, "Days after which an import's file name is removed."
)
RETENTION_INTERVAL_HOURS = env_int(
    "RETENTION_INTERVAL_HOURS",
    24,
    "Hours between retention runs of the embedded default (`serve`); production runs "
    "`wijkverbinder retention` daily from cron or a timer.",
)

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    ["127.0.0.1", "localhost", "[::1]", "testserver"],
    "Host names the application answers to.",
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [], "Origins trusted for CSRF (https://…).")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "wijkverbinder.common",  # before django_tasks_db: its `db_worker` command replaces the library's
    "django_tasks_db",
    "wijkverbinder.accounts",
    "wijkverbinder.areas",
    "wijkverbinder.intake",
    "wijkverbinder.collective",
    "wijkverbinder.diagnosis",
    "wijkverbinder.trajectories",
    "wijkverbinder.privacy",
    "wijkverbinder.analysis",
    "wijkverbinder.straattafel",
    "wijkverbinder.portal",
    "wijkverbinder.operations",
]

MIDDLEWARE = [
    "wijkverbinder.operations.middleware.HealthMiddleware",  # first: probes need no log-in/host
    "wijkverbinder.operations.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wijkverbinder.common.api_errors.ApiProblemMiddleware",  # wraps CSRF, auth and 404/500 pages
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wijkverbinder.common.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "wijkverbinder.common.middleware.LoginRequiredMiddleware",
    "wijkverbinder.accounts.middleware.SessionIdleMiddleware",
    "wijkverbinder.accounts.middleware.TwoFactorMiddleware",
    "wijkverbinder.common.middleware.ApiHeadersMiddleware",
    "wijkverbinder.common.middleware.NoStoreMiddleware",
]

ROOT_URLCONF = "wijkverbinder.config.urls"
WSGI_APPLICATION = "wijkverbinder.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wijkverbinder.common.context_processors.navigation",
            ],
        },
    },
]

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

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "wijkverbinder.accounts.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "wijkverbinder.accounts.passwords.CommonWordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
OIDC_ENABLED = env_bool(
    "OIDC_ENABLED",
    False,
    "Sign-in through the municipality's identity provider (OpenID Connect). Off by default.",
)
OIDC_RP_CLIENT_ID = env_str("OIDC_CLIENT_ID", "", "OpenID Connect client id.")
OIDC_RP_CLIENT_SECRET = env_str("OIDC_CLIENT_SECRET", "", "OpenID Connect client secret.")
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str(
    "OIDC_AUTHORIZATION_ENDPOINT", "", "Authorization endpoint of the identity provider."
)
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_TOKEN_ENDPOINT", "", "Token endpoint of the provider.")
OIDC_OP_USER_ENDPOINT = env_str("OIDC_USER_ENDPOINT", "", "User-info endpoint of the provider.")
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_JWKS_ENDPOINT", "", "JWKS endpoint of the provider.")
OIDC_RP_SIGN_ALGO = env_str("OIDC_SIGN_ALGO", "RS256", "Signing algorithm of the ID token.")
OIDC_RP_SCOPES = "openid email"
OIDC_CREATE_USER = False
OIDC_SATISFIES_TWO_FACTOR = env_bool(
    "OIDC_SATISFIES_TWO_FACTOR",
    True,
    "A sign-in through the identity provider counts as two-step (the provider enforces its own "
    "multi-factor log-in). Set to false to ask for the authenticator app code as well.",
)
if OIDC_ENABLED:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.append("wijkverbinder.accounts.oidc.ExistingUserBackend")

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, "Failed log-ins before a lock-out.")
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 5, "Minutes a locked-out log-in waits.") / 60
# Two separate counters: one per user name (whatever the address or browser) and one per address
# (whatever the user name). A new User-Agent per attempt no longer gives a fresh count.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_IPWARE_PROXY_COUNT = env_int(
    "AXES_PROXY_COUNT",
    1 if PRODUCTION else 0,
    "Reverse proxies in front of the application (their X-Forwarded-For gives the client address "
    "for the lock-out per address).",
)
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
AXES_RESET_ON_SUCCESS = True

TWO_FACTOR_REQUIRED = env_bool(
    "TWO_FACTOR_REQUIRED",
    PRODUCTION,
    "Coordinators, administrators and privacy officers must log in with an authenticator app "
    "(TOTP). On by default in production; a user who set up an app is always asked for its code.",
)
OTP_TOTP_ISSUER = env_str("OTP_ISSUER", "wijkverbinder", "Name shown in the authenticator app.")
SESSION_IDLE_TIMEOUT = env_int(
    "SESSION_IDLE_TIMEOUT", 30 * 60, "Seconds without a request after which a log-in ends."
)
PUBLIC_PATH_PREFIXES: tuple[str, ...] = (
    "/static/",
    "/api/",
    "/favicon.ico",
    "/health",
    "/t/",  # the residents' straattafel pages: residents never have an account
    *(("/oidc/",) if OIDC_ENABLED else ()),
)
"""Paths that need no log-in (the API authenticates itself). Apps for residents (the straattafel)
add their prefixes here; the log-in and two-factor middleware both honour this one list."""
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Amsterdam", "Time zone for display; stored times are UTC.")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
NODE_MODULES_DIR = Path(
    env_str(
        "NODE_MODULES_DIR",
        str(BASE_DIR / "node_modules"),
        "Where `npm ci` put the front-end packages (copied into static).",
    )
)
_VENDOR = {
    "vendor/utrecht": "@utrecht/component-library-css/dist",
    "vendor/tokens": "@nl-design-system-unstable/voorbeeld-design-tokens/dist",
    "vendor/htmx": "htmx.org/dist",
}
STATICFILES_DIRS: list[str | tuple[str, str]] = [str(PACKAGE_DIR / "common" / "assets")]
STATICFILES_DIRS += [
    (prefix, str(NODE_MODULES_DIR / folder))
    for prefix, folder in _VENDOR.items()
    if (NODE_MODULES_DIR / folder).is_dir()
]
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(VAR_DIR / "private")},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, "Seconds a log-in lasts.")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PRODUCTION, "Redirect http to https.")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", PRODUCTION, "Send cookies over https only.")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int(
    "SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0, "Strict-Transport-Security max-age."
)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PRODUCTION else None

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

API_MAX_BODY_BYTES = env_int(
    "API_MAX_BODY_BYTES", 1024 * 1024, "Largest request body the API reads (bytes); larger: 413."
)
API_MAX_JSON_DEPTH = env_int(
    "API_MAX_JSON_DEPTH", 20, "Deepest nesting of JSON the API parses; deeper: 400."
)
API_RATE_USER = env_str(
    "API_RATE_USER",
    "300/minute",
    "API requests per user (all her sessions and keys), e.g. 300/minute.",
)
API_RATE_TOKEN = env_str(
    "API_RATE_TOKEN", "120/minute", "API requests per API key, e.g. 120/minute."
)
API_TOKEN_DAYS = env_int("API_TOKEN_DAYS", 365, "Days an API key is valid unless given otherwise.")
API_BROWSABLE = env_bool(
    "API_BROWSABLE",
    MODE == "development",
    "DRF's browsable HTML API. Off by default; production refuses to start with it on.",
)
if PRODUCTION and API_BROWSABLE:
    raise ImproperlyConfigured("API_BROWSABLE staat aan in productie: zet het uit.")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "wijkverbinder.accounts.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PARSER_CLASSES": ["wijkverbinder.common.parsers.LimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        *(["rest_framework.renderers.BrowsableAPIRenderer"] if API_BROWSABLE else []),
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "wijkverbinder.common.throttling.PerUserThrottle",
        "wijkverbinder.common.throttling.PerTokenThrottle",
    ],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "wijkverbinder.common.api.Pagination",
    "EXCEPTION_HANDLER": "wijkverbinder.common.api.problem_exception_handler",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": None,
}
API_VERSION = "1.0.0"
SPECTACULAR_SETTINGS = {
    "TITLE": "wijkverbinder API",
    "DESCRIPTION": "Signalen, gemeenschappelijke vragen, situatiebepaling en trajecten van sociale wijkteams.",
    "VERSION": API_VERSION,
    "CONTACT": {
        "name": "wijkverbinder",
        "url": "https://github.com/wijkverbinder/wijkverbinder",
        "email": "beheer@wijkverbinder.example",
    },
    "LICENSE": {"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/nl/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVERS": [{"url": "/api/v1", "description": "deze installatie"}],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "wijkverbinder.common.openapi.nl_api_postprocessing_hook",
    ],
    "COMPONENT_SPLIT_REQUEST": True,
}

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
