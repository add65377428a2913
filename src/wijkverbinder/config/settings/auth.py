"""Log-in: password rules, OIDC, lock-out, two-factor, sessions."""

from __future__ import annotations

from wijkverbinder.config.env import env_bool, env_int, env_str
from wijkverbinder.config.settings.base import PRODUCTION
from wijkverbinder.config.settings.web import INSTALLED_APPS

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
