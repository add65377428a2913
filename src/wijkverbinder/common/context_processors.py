"""Template context shared by every page: the main navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from wijkverbinder.common.navigation import SECTIONS


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The navigation entries this user may see, with the current one marked."""
    user = getattr(request, "user", None)
    is_staff = bool(user is not None and user.is_authenticated and user.is_staff)
    items = []
    for item in SECTIONS:
        if item.staff_only and not is_staff:
            continue
        if item.permission and not (user is not None and user.has_perm(item.permission)):
            continue
        try:
            url = (
                reverse(item.url_name)
                if item.url_name
                else reverse("portal:section", args=[item.slug])
            )
        except NoReverseMatch:
            url = reverse("portal:section", args=[item.slug])
        items.append({"title": item.title, "url": url, "current": request.path.startswith(url)})
    return {"navigation": items}
