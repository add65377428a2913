"""Retention: remove texts and pseudonyms after their period, keep anonymous counts (tombstones).

The periods are settings (`RETENTION_*`, Dutch defaults in docs/privacy.md). Per kind of record:

* signal: its text, household pseudonym, house number, point and the texts in its edit history, once
  the signal *and* every collective question it belongs to have been inactive for
  `RETENTION_SIGNAL_DAYS` (a question is active while detected, decided or worked on in a
  trajectory). The row stays as an anonymous count: date, buurt, street, theme, role, source.
* collective question: its example texts and decision note after the same period without activity.
* trajectory: the texts of its network, contacts, meetings, agreements, check-ins and history, once
  it has been closed or handed over for `RETENTION_TRAJECTORY_DAYS`.
* import: the file name after `RETENTION_IMPORT_DAYS`.

A removed text becomes the empty string; a signal's text is never empty otherwise, so a run is
idempotent. Work goes in batches of `BATCH` rows, each its own short transaction (on SQLite other
writers wait only for one batch). A dry run counts the same and changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q, QuerySet
from django.db.models.functions import Coalesce, Greatest, TruncMonth
from django.utils import timezone

from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.intake import hooks
from wijkverbinder.intake.models import Signal, SignalEdit, SignalImport
from wijkverbinder.privacy.models import RetentionRun
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Meeting,
    Stakeholder,
    Trajectory,
    TrajectoryEvent,
)

BATCH = 20_000
REMOVED_LABEL = "—"


@dataclass(frozen=True)
class Policy:
    """Retention periods in days (from the settings)."""

    signal_days: int
    trajectory_days: int
    import_days: int

    @classmethod
    def from_settings(cls) -> Policy:
        return cls(
            signal_days=settings.RETENTION_SIGNAL_DAYS,
            trajectory_days=settings.RETENTION_TRAJECTORY_DAYS,
            import_days=settings.RETENTION_IMPORT_DAYS,
        )


@dataclass
class RetentionReport:
    """What a run removed (or, dry, would remove): records per kind and the tombstones."""

    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


def _active_questions(cutoff: datetime) -> QuerySet[CollectiveQuestion]:
    """Questions with activity since `cutoff` (detected, decided, or a trajectory worked on)."""
    recent = Q(created_at__gte=cutoff) | Q(detected_at__gte=cutoff) | Q(decided_at__gte=cutoff)
    recent |= Q(trajectories__updated_at__gte=cutoff)
    return CollectiveQuestion.objects.filter(recent)


def expired_signals(policy: Policy, now: datetime) -> QuerySet[Signal]:
    """Signals whose text and pseudonym are due for removal."""
    cutoff = now - timedelta(days=policy.signal_days)
    active = _active_questions(cutoff).values("pk")
    return (
        Signal.objects.exclude(text="")
        .filter(updated_at__lt=cutoff)
        .exclude(collective_questions__in=active)
    )


def expired_questions(policy: Policy, now: datetime) -> QuerySet[CollectiveQuestion]:
    """Questions whose example texts and note are due for removal."""
    cutoff = now - timedelta(days=policy.signal_days)
    last = Greatest(
        "created_at",
        Coalesce("detected_at", "created_at"),
        Coalesce("decided_at", "created_at"),
        Coalesce(Max("trajectories__updated_at"), "created_at"),
    )
    return (
        CollectiveQuestion.objects.annotate(last=last)
        .filter(last__lt=cutoff)
        .exclude(examples=[], decision_note="")
    )


def expired_trajectories(policy: Policy, now: datetime) -> QuerySet[Trajectory]:
    """Closed or handed-over trajectories past their period whose texts are still there."""
    cutoff = now - timedelta(days=policy.trajectory_days)
    finished = [Trajectory.Status.CLOSED, Trajectory.Status.HANDED_OVER]
    return Trajectory.objects.filter(status__in=finished, updated_at__lt=cutoff).exclude(title="")


def expired_imports(policy: Policy, now: datetime) -> QuerySet[SignalImport]:
    """Imports whose file name is due for removal."""
    cutoff = now - timedelta(days=policy.import_days)
    return SignalImport.objects.filter(at__lt=cutoff).exclude(filename="")


def _tombstones(signals: QuerySet[Signal]) -> list[dict[str, Any]]:
    rows = (
        signals.annotate(month=TruncMonth("observed_on"))
        .values("team_id", "neighbourhood__code", "theme", "month")
        .annotate(count=Count("id"))
        .order_by("team_id", "neighbourhood__code", "theme", "month")
    )
    return [
        {
            "kind": "signal",
            "team": row["team_id"],
            "buurt": row["neighbourhood__code"],
            "theme": row["theme"],
            "month": row["month"].strftime("%Y-%m"),
            "count": row["count"],
        }
        for row in rows
    ]


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _clear_signals(ids: list[int], cutoff: datetime) -> None:
    """Clear the signals' texts; one edited since they were chosen is not due any more and keeps
    its text (the UPDATE checks `updated_at` again: on PostgreSQL after waiting for the edit)."""
    for batch in _batches(ids):
        with transaction.atomic():
            hooks.signals_changed_in(Signal.objects.filter(pk__in=batch))
            Signal.objects.filter(pk__in=batch, updated_at__lt=cutoff).update(
                text="", household="", house_number="", lat=None, lon=None, deletion_reason=""
            )
            SignalEdit.objects.filter(signal_id__in=batch).exclude(changes={}).update(changes={})


def clear_trajectory_texts(ids: list[int]) -> None:
    """Remove every text of these trajectories (their history too: a privileged update that the
    history's own queryset refuses to everyone else)."""
    with transaction.atomic():
        Trajectory.objects.filter(pk__in=ids).update(title="", impartiality_note="")
        Stakeholder.objects.filter(trajectory_id__in=ids).update(
            label=REMOVED_LABEL, profession="", partner="", note=""
        )
        Contact.objects.filter(trajectory_id__in=ids).update(summary="")
        Meeting.objects.filter(trajectory_id__in=ids).update(agenda=[])
        Agreement.objects.filter(trajectory_id__in=ids).update(who=REMOVED_LABEL, what="")
        CheckIn.objects.filter(trajectory_id__in=ids).update(note="")
        events: QuerySet[TrajectoryEvent] = QuerySet(model=TrajectoryEvent)
        events = events.filter(trajectory_id__in=ids)
        events.update(detail="", data={})  # the plain QuerySet: EventQuerySet refuses updates


def apply_retention(
    *, dry_run: bool = False, username: str = "", now: datetime | None = None
) -> RetentionReport:
    """Run the policy once (see the module docstring) and record the run."""
    started = time.perf_counter()
    policy = Policy.from_settings()
    now = now or timezone.now()
    report = RetentionReport(dry_run=dry_run)
    signals = expired_signals(policy, now)
    signal_ids = list(signals.values_list("pk", flat=True))
    report.tombstones = _tombstones(signals) if signal_ids else []
    questions = list(expired_questions(policy, now).values_list("pk", flat=True))
    trajectories = list(expired_trajectories(policy, now).values_list("pk", flat=True))
    imports = expired_imports(policy, now)
    report.counts = {
        "signal": len(signal_ids),
        "collective_question": len(questions),
        "trajectory": len(trajectories),
        "signal_import": imports.count(),
    }
    if not dry_run:
        _clear_signals(signal_ids, now - timedelta(days=policy.signal_days))
        with transaction.atomic():
            CollectiveQuestion.objects.filter(pk__in=questions).update(
                examples=[], decision_note=""
            )
            imports.update(filename="")
        if trajectories:
            clear_trajectory_texts(trajectories)
    report.seconds = round(time.perf_counter() - started, 3)
    RetentionRun.objects.create(
        username=username,
        dry_run=dry_run,
        policy=policy.__dict__,
        counts=report.counts,
        tombstones=report.tombstones,
        seconds=report.seconds,
    )
    return report
