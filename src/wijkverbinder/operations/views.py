"""The system page in beheer (staff only): readiness of this process and the task queue."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from wijkverbinder.core.redaction import engine
from wijkverbinder.operations import readiness
from wijkverbinder.operations.queue import queue_summary


@staff_member_required
def system(request: HttpRequest) -> HttpResponse:
    """Readiness checks, the redaction engine's load time, the queue and its failed tasks."""
    context = {
        **admin.site.each_context(request),
        "title": _("System status"),
        "checks": readiness.checks(),
        "engine": engine.status(),
        "queue": queue_summary(),
        "log_format": settings.LOG_FORMAT,
    }
    return render(request, "operations/system.html", context)
