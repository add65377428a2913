"""Printed matter and the export: poster and flyer with the QR code, the paper statement sheet, and
the openData export (a ZIP of `comments.csv`, `votes.csv`, `participants-votes.csv`, `summary.csv`)."""

from __future__ import annotations

from uuid import UUID

from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string

from wijkverbinder.common.audit import log_access
from wijkverbinder.straattafel import export, printing
from wijkverbinder.straattafel.models import Statement
from wijkverbinder.straattafel.services import OBJECT_TYPE
from wijkverbinder.straattafel.views import get_or_404

KINDS = {
    "poster": "straattafel/poster.html",
    "flyer": "straattafel/flyer.html",
    "stellingen": "straattafel/statement_sheet.html",
}


def printed(request: HttpRequest, public_id: UUID, kind: str) -> HttpResponse:
    """Poster (A4), flyer (four A6 per A4) or statement sheet (for paper voting), as PDF."""
    if kind not in KINDS:
        raise Http404
    item = get_or_404(request, public_id)
    url = printing.residents_url(request, item)
    context = {
        "item": item,
        "url": url,
        "qr": printing.qr_svg(url, scale=8),
        "statements": item.statements.filter(status=Statement.Status.ACCEPTED),
        "copies": range(4),
    }
    html = render_to_string(KINDS[kind], context, request=request)
    if request.GET.get("formaat") == "html":
        return HttpResponse(html)
    response = HttpResponse(printing.render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{kind}-{item.code}.pdf"'
    return response


def export_zip(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The straattafel in Polis's openData layout (readable by `wijkverbinder straattafel-analyse`)."""
    item = get_or_404(request, public_id)
    log_access(user=request.user, action="export", object_type=OBJECT_TYPE, object_id=item.uuid)
    response = HttpResponse(export.as_zip(item), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="straattafel-{item.code}.zip"'
    return response
