"""API conventions of the NL API Design Rules, shared by every app's API.

* errors as `application/problem+json` (RFC 9457) with `status`, `title`, `detail` and, for invalid
  input, all field errors in `invalidParams` (/core/error-handling/*);
* page-based pagination with `page` and `pageSize`, and an RFC 8288 `Link` header;
* a `DomainError` from a service becomes a 400 problem with its Dutch message and code.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler

from wijkverbinder.common.errors import DomainError, NotFoundError

PROBLEM_CONTENT_TYPE = "application/problem+json"

TITLES: dict[int, str] = {
    400: "Ongeldige invoer",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    409: "Conflict",
    413: "Te groot",
    415: "Mediatype niet ondersteund",
    429: "Te veel verzoeken",
    500: "Interne fout",
}


def _flatten(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """Turn DRF's nested error detail into a flat list of `{name, code, reason}`."""
    if isinstance(detail, dict):
        out: list[dict[str, str]] = []
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            out.extend(_flatten(value, name))
        return out
    if isinstance(detail, list):
        out = []
        for index, value in enumerate(detail):
            if isinstance(value, dict | list):
                out.extend(_flatten(value, f"{prefix}.{index}" if prefix else str(index)))
            else:
                out.extend(_flatten(value, prefix))
        return out
    code = getattr(detail, "code", "invalid")
    return [{"name": prefix or "nonFieldErrors", "code": str(code), "reason": str(detail)}]


def problem(
    status_code: int, detail: str, *, code: str = "", extra: dict[str, Any] | None = None
) -> Response:
    """A problem-details response."""
    body: dict[str, Any] = {
        "type": f"https://wijkverbinder.nl/problemen/{code or status_code}",
        "title": TITLES.get(status_code, "Fout"),
        "status": status_code,
        "detail": detail,
    }
    if code:
        body["code"] = code
    if extra:
        body.update(extra)
    return Response(body, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler that answers every error as `application/problem+json`."""
    if isinstance(exc, NotFoundError | Http404):
        return problem(404, "Dit record bestaat niet of hoort niet bij uw team.", code="not_found")
    if isinstance(exc, DomainError):
        extra = {
            "invalidParams": [
                {"name": "nonFieldErrors", "code": exc.code, "reason": d} for d in exc.details
            ]
        }
        return problem(400, exc.message, code=exc.code, extra=extra if exc.details else None)
    if isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        return problem(
            status.HTTP_400_BAD_REQUEST,
            "De invoer is niet geldig; zie invalidParams.",
            code="invalid",
            extra={"invalidParams": _flatten(exc.detail)},
        )
    detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
    result = problem(response.status_code, str(detail), code=getattr(detail, "code", ""))
    for header in ("Allow", "WWW-Authenticate", "Retry-After"):
        if header in response:
            result[header] = response[header]
    return result


class Pagination(PageNumberPagination):
    """`page` (1-based) and `pageSize` with a `Link` header (NL API pagination module)."""

    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 500

    def get_paginated_response(self, data: Any) -> Response:
        assert self.page is not None
        links = []
        next_url, prev_url = self.get_next_link(), self.get_previous_link()
        if next_url:
            links.append(f'<{next_url}>; rel="next"')
        if prev_url:
            links.append(f'<{prev_url}>; rel="prev"')
        response = Response(
            {
                "count": self.page.paginator.count,
                "next": next_url,
                "previous": prev_url,
                "results": data,
            }
        )
        if links:
            response["Link"] = ", ".join(links)
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = super().get_paginated_response_schema(schema)
        return result


def api_not_found(request: HttpRequest) -> JsonResponse:
    """404 for unknown API paths (also for paths with a trailing slash: /core/no-trailing-slash).

    A plain Django view, so it stays out of the OpenAPI description.
    """
    body = {
        "type": "https://wijkverbinder.nl/problemen/not_found",
        "title": TITLES[404],
        "status": 404,
        "detail": "Deze API-route bestaat niet.",
        "code": "not_found",
    }
    return JsonResponse(body, status=404, content_type=PROBLEM_CONTENT_TYPE)
