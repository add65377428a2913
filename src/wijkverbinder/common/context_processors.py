"""Template context shared by every page: the main navigation."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, get_script_prefix, reverse

from wijkverbinder.common.navigation import SECTIONS


@lru_cache(maxsize=16)
def _section_urls(script_prefix: str) -> tuple[str, ...]:
    """The URL of each section, worked out once per script prefix (they never change while the
    process runs; this holds no user's data)."""
    urls = []
    for item in SECTIONS:
        try:
            url = (
                reverse(item.url_name)
                if item.url_name
                else reverse("portal:section", args=[item.slug])
            )
        except NoReverseMatch:
            url = reverse("portal:section", args=[item.slug])
        urls.append(url)
    return tuple(urls)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The navigation entries this user may see, with the current one marked."""
    user = getattr(request, "user", None)
    is_staff = bool(user is not None and user.is_authenticated and user.is_staff)
    items = []
    for item, url in zip(SECTIONS, _section_urls(get_script_prefix()), strict=True):
        if item.staff_only and not is_staff:
            continue
        if item.permission and not (user is not None and user.has_perm(item.permission)):
            continue
        items.append({"title": item.title, "url": url, "current": request.path.startswith(url)})
    return {"navigation": items}
