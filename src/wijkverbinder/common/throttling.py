"""API throttling: a limit per user and, for systems, a separate limit per API key.

Both limits hold at once: a user's own requests (browser session and all her keys together) count
against `API_RATE_USER`; each key also against `API_RATE_TOKEN`, so one runaway system cannot use up
its owner's whole budget. Over the limit the API answers 429 as a problem document with
`Retry-After`. Counts are kept in Django's cache (per process in the embedded default).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

if TYPE_CHECKING:  # rest_framework.views imports this module through the settings
    from rest_framework.request import Request
    from rest_framework.views import APIView


class PerUserThrottle(SimpleRateThrottle):
    """Requests per user (all channels together)."""

    scope = "gebruiker"

    def get_rate(self) -> str:
        return str(settings.API_RATE_USER)

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        return f"throttle_{self.scope}_{request.user.pk}"


class PerTokenThrottle(SimpleRateThrottle):
    """Requests per API key (no limit of this kind for browser sessions)."""

    scope = "token"

    def get_rate(self) -> str:
        return str(settings.API_RATE_TOKEN)

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        token_id = getattr(request.auth, "pk", None)
        if token_id is None:
            return None
        return f"throttle_{self.scope}_{token_id}"
