"""Action URLs take a POST; a GET on one (a reload, the back button) leads to the page it belongs to.

`post_action(page, *names)` replaces `require_POST`: after a refusal the address bar may hold the
action's URL, and reloading it must show the page, not the browser's "405". Other methods still
answer 405. `names` are the URL arguments the page takes (the same values as the action's).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

View = Callable[..., HttpResponse]


def post_action(page: str, *names: str) -> Callable[[View], View]:
    """A POST-only view whose GET redirects to `page` (reversed with the arguments `names`)."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in {"GET", "HEAD"}:
                return redirect(reverse(page, kwargs={name: kwargs[name] for name in names}))
            if request.method != "POST":
                return HttpResponseNotAllowed(["POST"])
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
