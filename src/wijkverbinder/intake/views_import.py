"""The upload page for files of signals (own CSV, Signalen CSV, Open311 JSON)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from wijkverbinder.accounts.selectors import teams_for_user, user_of
from wijkverbinder.common.errors import DomainError
from wijkverbinder.intake.forms import ImportForm
from wijkverbinder.intake.imports import ImportRefusedError, describe, import_signals
from wijkverbinder.intake.models import SignalImport

MAX_UPLOAD = 20 * 1024 * 1024


@require_http_methods(["GET", "POST"])
def signal_import(request: HttpRequest) -> HttpResponse:
    """Upload a file; show what was imported, or every reason it was refused."""
    form = ImportForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            form.add_error(
                "file",
                "Het bestand is groter dan 20 MB; gebruik de opdrachtregel (wijkverbinder import-signals).",
            )
        else:
            try:
                report = import_signals(
                    user=user_of(request),
                    data=upload.read(),
                    filename=upload.name,
                    skip_invalid=form.cleaned_data["skip_invalid"],
                )
            except ImportRefusedError as exc:
                context["refused"] = exc
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                context["report"] = report
                context["rejected"] = [describe(e) for e in report.rejected[:500]]
    context["history"] = SignalImport.objects.filter(
        team__in=teams_for_user(user=request.user)
    ).select_related("by")[:10]
    return render(request, "intake/import.html", context)
