"""API conventions of the NL API Design Rules, shared by every app's API.

* errors as `application/problem+json` (RFC 9457) with `status`, `title`, `detail` and, for invalid
  input, all field errors in `invalidParams` (/core/error-handling/*);
* page-based pagination with `page` and `pageSize`, and an RFC 8288 `Link` header;
* a `DomainError` from a service becomes a 400 problem with its Dutch message and code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as ModelValidationError
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler

from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.paging import KeyFirstPaginator
from wijkverbinder.common.problems import DEFAULTS, PROBLEM_CONTENT_TYPE, TITLES, problem_body
from wijkverbinder.core.numbers import counted

__all__ = [
    "PROBLEM_CONTENT_TYPE",
    "TITLES",
    "Pagination",
    "Timestamp",
    "problem",
    "problem_exception_handler",
]

PAGES = ("pagina", "pagina's")
NOT_FOUND = "Dit record bestaat niet of hoort niet bij uw team."

#: DRF's own (English) message of these statuses is replaced by ours; a service's message is kept
OWN_MESSAGE_STATUSES = {401, 405, 406, 415, 429}


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


def _model_errors(exc: ModelValidationError) -> list[dict[str, str]]:
    """A model's validation errors as `invalidParams` (model field names: no API name is known)."""
    by_field = exc.message_dict if hasattr(exc, "error_dict") else {"nonFieldErrors": exc.messages}
    return [
        {"name": name, "code": "invalid", "reason": message}
        for name, messages in by_field.items()
        for message in messages
    ]


def problem(
    status_code: int, detail: str = "", *, code: str = "", extra: dict[str, Any] | None = None
) -> Response:
    """A problem-details response (the vocabulary of `common.problems`)."""
    body = problem_body(status_code, detail, code=code, extra=extra)
    return Response(body, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def _http_message(exc: exceptions.APIException, status_code: int, method: str) -> str:
    """Our Dutch message for DRF's HTTP errors; a message a service gave is kept."""
    default = DEFAULTS.get(status_code, ("", ""))[0]
    if status_code == 405:
        return f"De methode {method} is op deze route niet toegestaan."
    if status_code == 429:
        wait = getattr(exc, "wait", None)
        return f"{default} Wacht {int(wait) + 1} seconden." if wait else default
    if status_code in OWN_MESSAGE_STATUSES:
        return default
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if not detail or str(detail) == str(exc.default_detail):
        return default
    return str(detail)


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler that answers every error as `application/problem+json`."""
    if isinstance(exc, NotFoundError | Http404):
        # a service's message names the record, never whether another team has it ("Deze
        # straattafel bestaat niet. Controleer de link of de QR-code." for a resident)
        own = exc.message if isinstance(exc, NotFoundError) else ""
        return problem(404, own or NOT_FOUND, code="not_found")
    if isinstance(exc, DomainError):
        extra = {
            "invalidParams": [
                {"name": "nonFieldErrors", "code": exc.code, "reason": d} for d in exc.details
            ]
        }
        return problem(400, exc.message, code=exc.code, extra=extra if exc.details else None)
    if isinstance(exc, ModelValidationError):  # a model's own check (`full_clean`) refused it
        return problem(
            status.HTTP_400_BAD_REQUEST,
            "De invoer is niet geldig; zie invalidParams.",
            code="invalid",
            extra={"invalidParams": _model_errors(exc)},
        )
    if isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return None
    if isinstance(exc, exceptions.ValidationError):
        return problem(
            status.HTTP_400_BAD_REQUEST,
            "De invoer is niet geldig; zie invalidParams.",
            code="invalid",
            extra={"invalidParams": _flatten(exc.detail)},
        )
    code = exc.get_codes() if isinstance(exc.detail, str) else ""
    result = problem(
        response.status_code,
        _http_message(exc, response.status_code, getattr(context.get("request"), "method", "")),
        code=code if isinstance(code, str) else "",
    )
    for header in ("Allow", "WWW-Authenticate", "Retry-After"):
        if header in response:
            result[header] = response[header]
    return result


class Timestamp(serializers.DateTimeField):
    """A moment in the API: ISO 8601 in UTC with `Z` (`2026-12-02T17:45:00Z`), everywhere.

    The pages show local time (`TIME_ZONE`); the API always answers in UTC, so a client never
    meets two offsets. Dates without a time (`datum`, `gepland`) are calendar dates in local time.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("default_timezone", dt.UTC)
        super().__init__(**kwargs)


class Pagination(PageNumberPagination):
    """`page` (1-based) and `pageSize` with a `Link` header (NL API pagination module).

    A `page` or `pageSize` that is not a whole number of 1 or more is a 400 problem naming the
    parameter (it was taken as the first page, or the default size); a page past the end is a 404
    that says how many pages the list has. A `pageSize` above the maximum gives the maximum."""

    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 500
    page_query_description = "Paginanummer, vanaf 1."
    page_size_query_description = f"Aantal resultaten per pagina, 1 tot en met {max_page_size}."

    def get_page_number(self, request: Any, paginator: Any) -> Any:
        raw = request.query_params.get(self.page_query_param, "1")
        return _whole_number(raw, self.page_query_param)

    def get_page_size(self, request: Any) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return int(self.page_size or 1)
        return min(_whole_number(raw, self.page_size_query_param), self.max_page_size)

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound as exc:
            size = self.get_page_size(request)
            pages = self.django_paginator_class(queryset, size).num_pages
            raise exceptions.NotFound(
                f"Pagina {self.get_page_number(request, None)} bestaat niet: deze lijst heeft "
                f"{counted(pages, *PAGES)} van "
                f"{counted(size, 'resultaat', 'resultaten')}."
            ) from exc

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


def _whole_number(raw: str, name: str) -> int:
    """`raw` as a whole number of 1 or more, or a 400 problem naming the query parameter."""
    if raw.isascii() and raw.isdigit() and int(raw) >= 1:
        return int(raw)
    raise exceptions.ValidationError(
        {name: [f"Geef een geheel getal van 1 of hoger, niet '{raw[:20]}'."]}, code="invalid"
    )


class KeyFirstPagination(Pagination):
    """`Pagination` for long lists in index order: a later page reads its keys first
    (`common/paging.py`)."""

    django_paginator_class = KeyFirstPaginator


@csrf_exempt  # an unknown route answers 404 to every method, never the CSRF page
def api_not_found(request: HttpRequest) -> JsonResponse:
    """404 for unknown API paths (also for paths with a trailing slash: /core/no-trailing-slash).

    A plain Django view, so it stays out of the OpenAPI description.
    """
    body = problem_body(404, "Deze API-route bestaat niet.", code="not_found")
    return JsonResponse(body, status=404, content_type=PROBLEM_CONTENT_TYPE)
