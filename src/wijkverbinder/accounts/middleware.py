"""Middleware of `accounts`: the second log-in step and the idle timeout of a session.

`OTPFactsMiddleware` takes the place of django-otp's `OTPMiddleware`: it sets `user.otp_device`
and `user.is_verified()` the same way, but from the user's facts (`accounts.facts`, one query for
teams, devices and permissions) instead of a query for the device: the session's device counts only
while it is still one of the user's confirmed devices in the database, checked on every request.

`TwoFactorMiddleware` runs after `OTPFactsMiddleware`. A logged-in user who has an
authenticator app but has not given its code in this session, or who must use one
(`two_factor.requires_two_factor`) but has none yet, reaches only the code page, the enrolment page,
log-out, static files and the public paths (`PUBLIC_PATH_PREFIXES`, e.g. the residents' straattafel);
everything else sends her there (the API answers 403). `SessionIdleMiddleware` ends a session after
`SESSION_IDLE_TIMEOUT` seconds without a request.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.middleware import OTPMiddleware

from wijkverbinder.accounts import two_factor
from wijkverbinder.accounts.facts import load_facts
from wijkverbinder.accounts.models import User

OIDC_SESSION_FLAG = "wv_oidc"  # set by accounts.oidc after a sign-in through the identity provider

LAST_SEEN = "wv_last_seen"
SEEN_PRECISION = 60  # seconds: the session is written at most once a minute for this


class OTPFactsMiddleware(OTPMiddleware):  # type: ignore[misc]  # django-otp has no types
    """django-otp's middleware, with the device checked against the user's facts (see above)."""

    def _verify_user_sync(self, request: HttpRequest, user: Any) -> Any:
        self._init_user_fields(user)
        if not isinstance(user, User) or not user.is_authenticated:
            return user
        facts = load_facts(user)
        persistent_id = request.session.get(DEVICE_ID_SESSION_KEY)
        device = None
        if persistent_id and self._normalize_persistent_id(persistent_id) in facts.devices:
            # confirmed and hers this request: loaded only if someone reads the device itself
            device = SimpleLazyObject(partial(self._device_from_persistent_id, persistent_id))
        elif persistent_id:
            del request.session[DEVICE_ID_SESSION_KEY]  # revoked or not hers: not verified
        user.otp_device = device  # type: ignore[attr-defined]  # django-otp's attribute
        return user


class TwoFactorMiddleware:
    """Second log-in step (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def _open(self, path: str) -> bool:
        own = {
            reverse("accounts:verify"),
            reverse("accounts:two_factor"),
            reverse("accounts:logout"),
        }
        if path in own or path == "/api/v1/openapi.json":
            return True
        if path.startswith("/api/"):  # public for keys, but a browser session needs both steps
            return False
        return path.startswith(("/i18n/", *settings.PUBLIC_PATH_PREFIXES))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if not isinstance(user, User) or user.is_verified():  # type: ignore[attr-defined]
            return self.get_response(request)
        # answered from the user's facts (no query); a user who needs no code passes here
        has_app = two_factor.has_authenticator(user)
        if not has_app and not two_factor.requires_two_factor(user):
            return self.get_response(request)
        if self._open(request.path) or (
            settings.OIDC_SATISFIES_TWO_FACTOR and request.session.get(OIDC_SESSION_FLAG)
        ):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse(
                {
                    "type": "https://wijkverbinder.nl/problemen/two_factor_required",
                    "title": "Geen toegang",
                    "status": 403,
                    "detail": "Log in met tweestapsverificatie om de API in de browser te gebruiken.",
                    "code": "two_factor_required",
                },
                status=403,
                content_type="application/problem+json",
            )
        target = reverse("accounts:verify" if has_app else "accounts:two_factor")
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")


class SessionIdleMiddleware:
    """Log out after `SESSION_IDLE_TIMEOUT` seconds without a request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_SEEN)
            if isinstance(last, int) and now - last > settings.SESSION_IDLE_TIMEOUT:
                logout(request)
                return redirect(f"{reverse(settings.LOGIN_URL)}?{urlencode({'verlopen': 1})}")
            if not isinstance(last, int) or now - last >= SEEN_PRECISION:
                request.session[LAST_SEEN] = now
        return self.get_response(request)
