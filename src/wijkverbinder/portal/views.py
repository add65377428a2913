"""Pages of `portal`: the start page and the sections still to come."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from wijkverbinder.accounts.selectors import (
    get_neighbourhood_for_user,
    memberships_for_user,
)
from wijkverbinder.analysis.selectors import buurt_overview
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.common.navigation import section as find_section
from wijkverbinder.core.svg_map import MapArea, render_svg
from wijkverbinder.portal.area import area_overview_for_user
from wijkverbinder.portal.today import today_for_user


def home(request: HttpRequest) -> HttpResponse:
    """The team's start page."""
    memberships = memberships_for_user(user=request.user)
    today = today_for_user(user=request.user)
    return render(
        request,
        "portal/home.html",
        {"memberships": memberships, "neighbourhoods": today.neighbourhoods, "today": today},
    )


def section(request: HttpRequest, slug: str) -> HttpResponse:
    """A section whose app is not there yet: says what will come."""
    try:
        item = find_section(slug)
    except KeyError as exc:
        raise Http404 from exc
    return render(request, "portal/section.html", {"section": item})


def health(request: HttpRequest) -> HttpResponse:
    """Liveness probe for deployments."""
    return HttpResponse("ok", content_type="text/plain")


def neighbourhood(request: HttpRequest, code: str) -> HttpResponse:
    """One buurt of the team, the hub of its area: its phase, open questions, trajectories and recent
    signals with links to each, its place in the wijkanalyse, facts, boundary map, streets. Another
    team's buurt is a 404."""
    try:
        buurt = get_neighbourhood_for_user(user=request.user, code=code)
    except NotFoundError as exc:
        raise Http404 from exc
    map_svg = ""
    if buurt.geometry:
        map_svg = render_svg([MapArea(buurt.code, buurt.name, buurt.geometry, highlight=True)])
    return render(
        request,
        "portal/neighbourhood.html",
        {
            "buurt": buurt,
            "streets": buurt.streets.all(),
            "map_svg": mark_safe(map_svg),  # noqa: S308
            "overview": area_overview_for_user(user=request.user, buurt=buurt),
            "analysis_overview": buurt_overview(user=request.user, code=buurt.code),
        },
    )
