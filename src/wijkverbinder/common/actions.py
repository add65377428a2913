"""Action URLs take a POST; a GET on one (a reload, the back button) leads to the page it belongs to.

`post_action(page, *names)` replaces `require_POST`: after a refusal the address bar may hold the
action's URL, and reloading it must show the page, not the browser's "405". Other methods still
answer 405. `names` are the URL arguments the page takes (the same values as the action's). A
double-submitted action is carried out once (`common.submissions`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

from wijkverbinder.common.submissions import first_submission

View = Callable[..., HttpResponse]


def post_action(page: str, *names: str, writes: bool = True) -> Callable[[View], View]:
    """A POST-only view whose GET redirects to `page` (reversed with the arguments `names`).

    `writes`: the same POST sent again by the session within seconds (a double click) is not
    carried out a second time; it leads to the page, where the first one's message waits
    (`common.submissions`). False for a POST that only reads (a suggestion).
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in {"GET", "HEAD"}:
                return redirect(reverse(page, kwargs={name: kwargs[name] for name in names}))
            if request.method != "POST":
                return HttpResponseNotAllowed(["POST"])
            if writes and not first_submission(request):
                return redirect(reverse(page, kwargs={name: kwargs[name] for name in names}))
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
