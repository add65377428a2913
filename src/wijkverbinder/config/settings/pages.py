"""Language, static files, cookies and the security headers of the pages."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from wijkverbinder.config.env import env_bool, env_int, env_str
from wijkverbinder.config.settings.base import BASE_DIR, DEBUG, PACKAGE_DIR, PRODUCTION, VAR_DIR

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
