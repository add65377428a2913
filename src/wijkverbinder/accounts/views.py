"""Log-in and log-out pages (Django's views with our Dutch templates)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views


class LoginView(auth_views.LoginView):
    """The log-in page: the only page without a log-in."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Log out (POST only) and return to the log-in page."""
