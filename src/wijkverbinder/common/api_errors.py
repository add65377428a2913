"""Problem documents for the errors the API's own handler never sees.

DRF's exception handler (`api.problem_exception_handler`) answers what happens inside an API view.
Some errors under `/api/` happen outside one: Django's CSRF refusal, a path the URL patterns do not
match (`%0A` in a path), a body larger than the API reads, and an unexpected exception (500).
`ApiProblemMiddleware` answers those as `application/problem+json` as well:

* a request whose declared body is larger than `API_MAX_BODY_BYTES` gets 413 before anything reads
  it;
* any other error response under `/api/` that is not a problem document yet (an HTML page of
  Django) is replaced by the problem document of its status, keeping `Allow` and `Retry-After`.

It sits high in `MIDDLEWARE`, so it also wraps the CSRF, session and authentication middleware.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from wijkverbinder.common.problems import PROBLEM_CONTENT_TYPE, problem_body

API_PREFIX = "/api/"
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def problem_response(status: int, detail: str = "", *, code: str = "") -> JsonResponse:
    """A plain Django problem response (no DRF)."""
    body = problem_body(status, detail, code=code)
    return JsonResponse(body, status=status, content_type=PROBLEM_CONTENT_TYPE)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _is_problem(response: HttpResponse) -> bool:
    return str(response.get("Content-Type", "")).startswith(PROBLEM_CONTENT_TYPE)


class ApiProblemMiddleware:
    """Every error under `/api/` as a problem document (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        limit = settings.API_MAX_BODY_BYTES
        if _declared_length(request) > limit:
            return problem_response(
                413,
                f"Het verzoek is groter dan {limit // 1024} kB; stuur minder gegevens per verzoek.",
                code="too_large",
            )
        response = self.get_response(request)
        if response.status_code < 400 or _is_problem(response):
            return response
        replaced = problem_response(response.status_code)
        for header in KEPT_HEADERS:
            if header in response:
                replaced[header] = response[header]
        return replaced
