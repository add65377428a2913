"""Reading the access log for the privacy officer: search by user, record, period and action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from wijkverbinder.common.models import AccessLogEntry


@dataclass(frozen=True)
class LogFilter:
    """What the officer searches for; empty fields do not filter."""

    username: str = ""
    object_type: str = ""
    object_id: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def search_access_log(filters: LogFilter) -> QuerySet[AccessLogEntry]:
    """Entries matching the filter, newest first."""
    entries = AccessLogEntry.objects.all()
    if filters.username:
        entries = entries.filter(username__iexact=filters.username.strip())
    if filters.object_type:
        entries = entries.filter(object_type=filters.object_type)
    if filters.object_id:
        entries = entries.filter(object_id=filters.object_id.strip())
    if filters.action:
        entries = entries.filter(action=filters.action)
    if filters.since:
        entries = entries.filter(at__gte=_start_of(filters.since))
    if filters.until:
        entries = entries.filter(at__lt=_start_of(filters.until + timedelta(days=1)))
    return entries.order_by("-at", "-id")


def known_values(field: str) -> list[str]:
    """The distinct values of a column (object types, actions) for the search form."""
    values = AccessLogEntry.objects.order_by(field).values_list(field, flat=True).distinct()
    return [str(v) for v in values]
