"""The team's live results page and the printable "wat ons bindt" sheet (HTML and PDF).

A straattafel whose closing date has passed is closed here on first view, so its results are
stored and land on the trajectory's timeline even when nobody pressed "close".
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from wijkverbinder.common.audit import log_access
from wijkverbinder.straattafel import charts, printing, results, services, state
from wijkverbinder.straattafel.models import Straattafel
from wijkverbinder.straattafel.services import OBJECT_TYPE
from wijkverbinder.straattafel.views import get_or_404


def _finalise_if_due(request: HttpRequest, item: Straattafel) -> None:
    if item.closed_at is None and state.status(item) == "closed":
        services.close_straattafel(user=request.user, straattafel=item)


def _context(item: Straattafel) -> dict[str, Any]:
    current = results.results_for(item)
    return {
        "item": item,
        "state": state.status(item),
        "results": current,
        "map": charts.participant_map(current),
        "legend": charts.legend(current),
        "participation": charts.participation_chart(results.participation_by_day(item)),
    }


def results_page(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Map, groups with representative statements, common ground, divisive statements, participation."""
    item = get_or_404(request, public_id)
    _finalise_if_due(request, item)
    log_access(user=request.user, action="view", object_type=OBJECT_TYPE, object_id=item.uuid)
    return render(request, "straattafel/results.html", _context(item))


def binds_sheet(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The "wat ons bindt" sheet for the meeting, as PDF (`?formaat=html` for the page itself)."""
    item = get_or_404(request, public_id)
    log_access(user=request.user, action="export", object_type=OBJECT_TYPE, object_id=item.uuid)
    html = render_to_string("straattafel/binds_sheet.html", _context(item), request=request)
    if request.GET.get("formaat") == "html":
        return HttpResponse(html)
    response = HttpResponse(printing.render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="wat-ons-bindt-{item.code}.pdf"'
    return response
