"""Middleware of `operations`: health endpoints and the readiness gate; request logs and timing.

`HealthMiddleware` comes first in `MIDDLEWARE`: it answers `/gezondheid/live` and
`/gezondheid/gereed` itself (JSON, no log-in, no session, no HTTPS redirect, any Host header, so a
load balancer can probe a process by its address), and while this process is not ready it answers
every other request with 503 and `Retry-After`.

`RequestLogMiddleware` logs one line per request with the method, the URL pattern (never the path
itself or its query string, which may hold a name someone searched for), the status and the time
taken; it turns `RedactionUnavailableError` into a 503 (nothing was stored) instead of an error page.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

from wijkverbinder.core.redaction import RedactionUnavailableError
from wijkverbinder.core.redaction.engine import wait_limit
from wijkverbinder.operations import readiness

LIVE_PATH = "/gezondheid/live"
READY_PATH = "/gezondheid/gereed"
PROBLEM_CONTENT_TYPE = "application/problem+json"

logger = logging.getLogger("wijkverbinder.requests")

GetResponse = Callable[[HttpRequest], HttpResponse]


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    response._has_been_logged = True  # type: ignore[attr-defined]  # expected 503s, not errors
    return response


def unavailable(request: HttpRequest, detail: str, retry_after: int) -> HttpResponse:
    """503 with `Retry-After`: problem+json for the API, a small page for people."""
    if request.path.startswith("/api/"):
        body = {
            "type": "https://wijkverbinder.nl/problemen/niet-beschikbaar",
            "title": "Tijdelijk niet beschikbaar",
            "status": 503,
            "detail": detail,
            "code": "unavailable",
        }
        response: HttpResponse = JsonResponse(body, status=503, content_type=PROBLEM_CONTENT_TYPE)
    else:
        title = escape(_("wijkverbinder is starting"))
        page = (
            '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="{retry_after}"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>{escape(detail)}</p></body></html>"
        )
        response = HttpResponse(page, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    return _no_store(response)


def ready_response() -> HttpResponse:
    """The body of `/gezondheid/gereed`: 200 when every check passes, else 503."""
    results = readiness.checks()
    ready = all(check.ok for check in results)
    body = {
        "status": "gereed" if ready else "niet gereed",
        "checks": {check.name: {"ok": check.ok, "toelichting": check.detail} for check in results},
    }
    response = JsonResponse(body, status=200 if ready else 503)
    if not ready:
        response["Retry-After"] = str(readiness.RETRY_AFTER_SECONDS)
    return _no_store(response)


class HealthMiddleware:
    """The health endpoints, and 503 for users until this process is ready."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == LIVE_PATH:
            return _no_store(JsonResponse({"status": "live"}))
        if request.path == READY_PATH:
            return ready_response()
        if not readiness.gate_open():
            detail = _("The application is getting ready; try again in a few seconds.")
            return unavailable(request, detail, readiness.RETRY_AFTER_SECONDS)
        return self.get_response(request)


class RequestLogMiddleware:
    """One log line per request (no personal data), and a bounded wait for redaction."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response
        from django.conf import settings

        self.wait_seconds = float(settings.REDACTION_WAIT_SECONDS)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        request_id = uuid.uuid4().hex[:16]
        with wait_limit(self.wait_seconds):
            response = self.get_response(request)
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        match = getattr(request, "resolver_match", None)
        route = "/" + match.route.replace("^", "").replace("$", "") if match else None
        logger.info(
            "%s %s %s %.1f ms",
            request.method,
            route or "(geen route)",
            response.status_code,
            elapsed_ms,
            extra={
                "request_id": request_id,
                "method": request.method,
                "route": route,
                "status": response.status_code,
                "duration_ms": elapsed_ms,
            },
        )
        response["X-Request-ID"] = request_id
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """Redaction not available: 503, nothing was stored (services redact before writing)."""
        if isinstance(exception, RedactionUnavailableError):
            return unavailable(request, exception.message, exception.retry_after)
        return None
