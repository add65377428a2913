"""The REST API: limits, throttling, DRF and the OpenAPI document."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from wijkverbinder.config.env import env_bool, env_int, env_str
from wijkverbinder.config.settings.base import MODE, PRODUCTION

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
