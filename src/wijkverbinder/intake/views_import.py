"""The import page: upload a file, follow its background import, see the team's recent imports.

Uploading stores the file and queues its import (`jobs.queue_import`); the browser goes to the
import's own page, which asks for its progress every second (htmx) until it has ended, and then
shows what was imported or every reason the file was refused. Without JavaScript the page has a
link to look again.
"""

from __future__ import annotations

from uuid import UUID

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from wijkverbinder.accounts.selectors import user_of
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.intake.forms_import import ImportForm
from wijkverbinder.intake.imports import service_mappings
from wijkverbinder.intake.jobs import queue_import
from wijkverbinder.intake.selectors import get_import_for_user, imports_for_user

STAGES = {
    "checking": _("Checking the file and placing the rows"),
    "redacting": _("Removing personal data"),
    "themes": _("Suggesting themes"),
    "saving": _("Saving"),
}


def _mapping_names() -> tuple[list[str], str]:
    try:
        return service_mappings().names(), ""
    except DomainError as exc:
        return [], exc.message


@require_http_methods(["GET", "POST"])
def signal_import(request: HttpRequest) -> HttpResponse:
    """Upload a file (or the tables of one Signalen export); its import runs in the background."""
    names, mapping_problem = _mapping_names()
    form = ImportForm(request.POST or None, request.FILES or None, mappings=names)
    if mapping_problem:
        form.add_error(None, mapping_problem)
    if request.method == "POST" and form.is_valid():
        uploads = [(f.name or "bestand", f.read()) for f in form.cleaned_data["upload"]]
        try:
            job = queue_import(
                user=user_of(request),
                files=uploads,
                skip_invalid=form.cleaned_data["skip_invalid"],
                mapping=form.cleaned_data["mapping"] or "",
                year=form.cleaned_data["year"],
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            return redirect("intake:import_status", import_id=job.uuid)
    history = imports_for_user(user=request.user)[:10]
    return render(request, "intake/import.html", {"form": form, "history": history})


@require_GET
def import_status(request: HttpRequest, import_id: UUID) -> HttpResponse:
    """One import: its progress while it runs (htmx asks for the fragment), then its outcome."""
    try:
        job = get_import_for_user(user=request.user, import_id=import_id)
    except NotFoundError as exc:
        raise Http404 from exc
    context = {
        "job": job,
        "stage": STAGES.get(job.stage, ""),
        "percent": round(100 * job.done / job.total) if job.total else None,
    }
    if request.headers.get("HX-Request"):
        return render(request, "intake/_import_progress.html", context)
    log_access(user=request.user, action="view", object_type="import", object_id=job.pk)
    return render(request, "intake/import_status.html", context)
