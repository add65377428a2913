"""Log-in and log-out pages (Django's views with our Dutch templates)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect

STAFF_PREFIX = "/beheer"


class LoginView(auth_views.LoginView):
    """The log-in page: the only page without a log-in."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # The beheer pages (admin, system page, API keys) send a logged-in user who is not staff
        # here; sending her back would loop until the browser gives up. Say "no access" instead.
        if (
            request.user.is_authenticated
            and not request.user.is_staff
            and self.get_redirect_url().startswith(STAFF_PREFIX)
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["oidc_enabled"] = settings.OIDC_ENABLED
        return context


class LogoutView(auth_views.LogoutView):
    """Log out (POST only) and return to the log-in page.

    A GET (a reload, the back button, a typed address) logs nobody out — that would let any page
    end a session — but leads to the start page instead of the browser's bare "405".
    """

    http_method_names = ["get", "head", "post", "options"]

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return redirect("portal:home")
