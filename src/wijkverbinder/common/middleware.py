"""Middleware: log-in required everywhere but a few public paths; NL API headers on the API.

`ApiHeadersMiddleware` implements the NL API Design Rules /core/version-header and the transport
security headers (`Cache-Control: no-store`) for every response under `/api/`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation


class LoginRequiredMiddleware:
    """Every page but the log-in page and static files needs a logged-in user.

    The API has its own authentication (session or token) and answers 401/403 as a problem document.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            return self.get_response(request)
        path = request.path
        open_paths = {reverse("accounts:login"), reverse("admin:login")}
        if path in open_paths or path.startswith(tuple(settings.PUBLIC_PATH_PREFIXES)):
            return self.get_response(request)
        return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))


class ApiHeadersMiddleware:
    """Adds `API-Version` and `Cache-Control: no-store` to API responses, and `Location` to a 201
    of a collection (a router's `…-list` route): the collection's URL plus the new record's id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/api/"):
            response["API-Version"] = settings.API_VERSION
            response["Cache-Control"] = "no-store"
            response["Access-Control-Expose-Headers"] = "API-Version, Location"
            if response.status_code == 201 and "Location" not in response:
                _add_location(request, response)
        return response


def _add_location(request: HttpRequest, response: HttpResponse) -> None:
    match = request.resolver_match
    data = getattr(response, "data", None)
    if match is None or not str(match.url_name or "").endswith("-list"):
        return
    if isinstance(data, dict) and data.get("id"):
        response["Location"] = request.build_absolute_uri(f"{request.path}/{data['id']}")


class NoStoreMiddleware:
    """`Cache-Control: no-store` on every page for a logged-in user: pages behind the log-in may
    show what residents told professionals, and no browser or proxy cache should keep them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the API sets None for anonymous requests
        if (user is not None and user.is_authenticated) or request.path.startswith("/api/"):
            response["Cache-Control"] = "no-store"
        return response


class LanguageMiddleware:
    """Dutch by default, whatever the browser asks; English only when the user switches to it.

    The choice is the language cookie set by Django's `set_language` view (the switch in the footer).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response
