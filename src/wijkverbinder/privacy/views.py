"""The privacy officer's pages: the access log (search, CSV), residents' requests, retention runs."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wijkverbinder.accounts.selectors import user_of
from wijkverbinder.common.actions import post_action
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.diagnosis.pdf import render_pdf
from wijkverbinder.privacy import households
from wijkverbinder.privacy.forms import HouseholdForm, LogSearchForm
from wijkverbinder.privacy.models import RetentionRun
from wijkverbinder.privacy.retention import apply_retention
from wijkverbinder.privacy.selectors import LogFilter, known_values, search_access_log

AUDIT = "common.audit_accesslogentry"
REQUESTS = "privacy.handle_subject_requests"
CSV_COLUMNS = ("at", "username", "action", "object_type", "object_id", "channel", "result", "count")


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_rows(entries: Iterator[AccessLogEntry]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(
        ["tijdstip", "gebruiker", "actie", "soort", "id", "kanaal", "resultaat", "aantal"]
    )
    for entry in entries:
        yield writer.writerow(
            [entry.at.isoformat(timespec="seconds"), *(getattr(entry, c) for c in CSV_COLUMNS[1:])]
        )


@never_cache
@permission_required(REQUESTS, raise_exception=True)
def home(request: HttpRequest) -> HttpResponse:
    """Start page of the privacy officer."""
    return render(request, "privacy/home.html", {"runs": RetentionRun.objects.all()[:10]})


@never_cache
@permission_required(AUDIT, raise_exception=True)
def access_log(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """Search the access log; `?export=csv` downloads the result. A search that is not valid (a
    period whose start lies after its end) finds nothing and exports nothing: the whole log is not
    the answer to it."""
    form = LogSearchForm(request.GET or None)
    invalid = form.is_bound and not form.is_valid()
    filters = LogFilter(**form.cleaned_data) if form.is_valid() else LogFilter()
    entries = search_access_log(filters)
    if invalid:
        entries = entries.none()
    log_access(user=request.user, action="search", object_type="access_log", channel="web")
    if request.GET.get("export") == "csv" and not invalid:
        response = StreamingHttpResponse(
            _csv_rows(entries.iterator(chunk_size=2000)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="toegangslog.csv"'
        return response
    page = Paginator(entries, 100).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "object_types": known_values("object_type"),
        "actions": known_values("action"),
    }
    return render(request, "privacy/access_log.html", context)


@never_cache
@permission_required(REQUESTS, raise_exception=True)
def household(request: HttpRequest) -> HttpResponse:
    """A resident's request: what is stored (JSON, PDF), and erasure."""
    form = HouseholdForm(request.GET or None)
    context: dict[str, object] = {"form": form}
    if form.is_valid() and (form.household() or form.cleaned_data["pseudonym"]):
        try:
            pseudonym = households.pseudonym_for(
                household=form.household(), pseudonym=form.cleaned_data["pseudonym"]
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
            return render(request, "privacy/household.html", context)
        export = households.export_household(user=user_of(request), pseudonym=pseudonym)
        wanted = request.GET.get("formaat")
        if wanted == "json":
            response = HttpResponse(
                json.dumps(export, ensure_ascii=False, indent=2), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="gegevens-huishouden.json"'
            return response
        if wanted == "pdf":
            html = render_to_string(
                "privacy/household_pdf.html", {"export": export}, request=request
            )
            response = HttpResponse(render_pdf(html), content_type="application/pdf")
            response["Content-Disposition"] = 'attachment; filename="gegevens-huishouden.pdf"'
            return response
        context.update(export=export, pseudonym=pseudonym, query=request.GET.urlencode())
    return render(request, "privacy/household.html", context)


@post_action("privacy:household")
@permission_required(REQUESTS, raise_exception=True)
def erase(request: HttpRequest) -> HttpResponse:
    """Erase a household after the officer confirmed it."""
    try:
        pseudonym = households.pseudonym_for(pseudonym=request.POST.get("pseudonym", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("privacy:household")
    if request.POST.get("bevestig") != "ja":
        messages.error(request, _("Tick the box to confirm the erasure."))
        return redirect(f"{reverse('privacy:household')}?pseudonym={pseudonym}")
    report = households.erase_household(user=user_of(request), pseudonym=pseudonym)
    return render(request, "privacy/erased.html", {"report": report})


@never_cache
@permission_required(REQUESTS, raise_exception=True)
def retention(request: HttpRequest) -> HttpResponse:
    """Retention runs; a dry run on request (the real runs are scheduled)."""
    report = None
    if request.method == "POST":
        report = apply_retention(dry_run=True, username=user_of(request).username)
    return render(
        request,
        "privacy/retention.html",
        {"report": report, "runs": RetentionRun.objects.all()[:50]},
    )
