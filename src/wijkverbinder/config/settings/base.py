"""The installation (paths, mode, secrets) and the domain's limits and retention periods."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from wijkverbinder.config.env import env_bool, env_int, env_str
from wijkverbinder.config.secrets_file import load_or_create_secret
from wijkverbinder.core.intake_formats.types import DEFAULT_TEXT_MAX

PACKAGE_DIR = Path(__file__).resolve().parents[2]
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
