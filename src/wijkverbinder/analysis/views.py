"""Pages of the wijkanalyse: the list of areas, the analysis of one area, its report (HTML and
PDF) and CSV exports of its aggregated tables. Another team's area is a 404."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wijkverbinder.accounts.selectors import teams_for_user
from wijkverbinder.analysis import exports, presentation
from wijkverbinder.analysis.selectors import (
    Wijkanalyse,
    areas_for_user,
    check_filters,
    wijkanalyse_for_teams,
)
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.diagnosis.pdf import render_pdf


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """The gemeenten, wijken and buurten the user can analyse."""
    return render(request, "analysis/index.html", {"areas": areas_for_user(user=request.user)})


def _analysis(request: HttpRequest, code: str) -> tuple[Wijkanalyse, list[str]]:
    filters, problems = check_filters(
        period=request.GET.get("periode", ""), theme=request.GET.get("thema", "")
    )
    try:
        found = wijkanalyse_for_teams(
            teams=teams_for_user(user=request.user), code=code, filters=filters
        )
    except NotFoundError as exc:
        raise Http404 from exc
    return found, problems


@require_GET
def page(request: HttpRequest, code: str) -> HttpResponse:
    """The wijkanalyse of one gemeente, wijk or buurt, with filters for period and theme."""
    found, problems = _analysis(request, code)
    return render(
        request,
        "analysis/page.html",
        presentation.context(found, problems=problems, query=request.GET.urlencode()),
    )


@require_GET
def report(request: HttpRequest, code: str) -> HttpResponse:
    """The wijkrapportage as an accessible HTML page."""
    found, _problems = _analysis(request, code)
    return HttpResponse(
        presentation.report_html(found, for_pdf=False, query=request.GET.urlencode())
    )


@require_GET
def report_pdf(request: HttpRequest, code: str) -> HttpResponse:
    """The wijkrapportage as PDF."""
    found, _problems = _analysis(request, code)
    response = HttpResponse(
        render_pdf(presentation.report_html(found, for_pdf=True)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{exports.file_name(found, "pdf")}"'
    return response


def _csv(found: Wijkanalyse, text: str, table: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    name = exports.file_name(found, "csv", table=table)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def map_csv(request: HttpRequest, code: str) -> HttpResponse:
    """The map's table as CSV (aggregated numbers only)."""
    found, _problems = _analysis(request, code)
    return _csv(found, exports.map_csv(found), "kaart")


@require_GET
def trends_csv(request: HttpRequest, code: str) -> HttpResponse:
    """The trends per theme as CSV (aggregated numbers only)."""
    found, _problems = _analysis(request, code)
    return _csv(found, exports.trends_csv(found), "trends")
