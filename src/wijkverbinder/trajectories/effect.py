"""The measured effect of a trajectory (issue 15): counts gathered here, the statistics in
`core.effect`.

The place is the question's street when the question is about a street, otherwise the buurt. The
counts are signals of the trajectory's theme per place and week, read with one aggregate query of
the trajectory's own team (never a text, never a household); comparison candidates are the team's
other places of the same level that had signals of the theme and no trajectory on it. Moments:
the start, the first meeting and the hand-over (the first "handed over" event).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Min
from django.utils import timezone

from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.effect import (
    EffectInput,
    EffectResult,
    PlaceSeries,
    estimate_effect,
    monday,
)
from wijkverbinder.intake.models import Signal
from wijkverbinder.trajectories.models import Trajectory, TrajectoryEvent

MOMENTS = ("start", "eerste_bijeenkomst", "overdracht")
MOMENT_LABELS = {
    "start": "start",
    "eerste_bijeenkomst": "eerste bijeenkomst",
    "overdracht": "overdracht",
}
HISTORY_WEEKS = 104


@dataclass(frozen=True)
class Place:
    """Where the effect is measured: a street (its id) or a buurt (its id), and its name."""

    level: str  # "straat" | "buurt"
    key: int
    name: str


def place_of(trajectory: Trajectory) -> Place:
    """The question's street for a street question, otherwise the trajectory's buurt."""
    question = trajectory.question
    if question is not None and question.street_id is not None and question.level == "street":
        assert question.street is not None
        return Place("straat", question.street_id, question.street.name)
    return Place("buurt", trajectory.neighbourhood_id, trajectory.neighbourhood.name)


def moments_of(trajectory: Trajectory) -> dict[str, dt.date]:
    """The moments that happened: start, first meeting, hand-over (local dates)."""
    found = {"start": timezone.localdate(trajectory.created_at)}
    first_meeting = trajectory.meetings.aggregate(first=Min("on"))["first"]
    if first_meeting is not None:
        found["eerste_bijeenkomst"] = first_meeting
    handed = (
        trajectory.events.filter(kind=TrajectoryEvent.Kind.HANDED_OVER)
        .order_by("at")
        .values_list("at", flat=True)
        .first()
    )
    if handed is not None:
        found["overdracht"] = timezone.localdate(handed)
    return found


def default_moment(moments: dict[str, dt.date]) -> str:
    """The latest moment that happened: hand-over, else first meeting, else start."""
    return next(kind for kind in reversed(MOMENTS) if kind in moments)


def _weekly(
    trajectory: Trajectory, field: str, first_week: dt.date, weeks: int
) -> dict[int, list[int]]:
    """Signals of the theme per place (street or buurt id) and week: one aggregate query."""
    rows = (
        Signal.objects.filter(
            team_id=trajectory.team_id,
            deleted_at__isnull=True,
            theme=trajectory.theme,
            observed_on__gte=first_week,
            observed_on__lt=first_week + dt.timedelta(weeks=weeks),
        )
        .exclude(**{f"{field}__isnull": True})
        .values_list(field, "observed_on")
        .annotate(n=Count("id"))
        .order_by()
    )
    series: dict[int, list[int]] = defaultdict(lambda: [0] * weeks)
    for place, day, n in rows:
        series[place][(day - first_week).days // 7] += n
    return series


def _other_trajectory_places(trajectory: Trajectory, level: str) -> set[int]:
    """Places of the team's other trajectories on the same theme: never a comparison."""
    others = Trajectory.objects.filter(team_id=trajectory.team_id, theme=trajectory.theme).exclude(
        pk=trajectory.pk
    )
    if level == "straat":
        return {
            key for key in others.values_list("question__street_id", flat=True) if key is not None
        }
    return set(others.values_list("neighbourhood_id", flat=True))


def measure_effect(*, trajectory: Trajectory, moment: str = "") -> EffectResult:
    """The effect of a trajectory (already read through the team-scoped selector) at a moment.

    `moment` is one of `MOMENTS`; empty means the latest that happened. A moment that did not
    happen (yet) is refused with a Dutch message.
    """
    moments = moments_of(trajectory)
    if moment and moment not in MOMENTS:
        raise DomainError(
            f"Onbekend moment '{moment}': kies start, eerste_bijeenkomst of overdracht.",
            code="invalid_moment",
        )
    chosen = moment or default_moment(moments)
    if chosen not in moments:
        raise DomainError(
            f"Dit traject heeft nog geen {MOMENT_LABELS[chosen]}.", code="moment_not_reached"
        )
    place = place_of(trajectory)
    field = "street_id" if place.level == "straat" else "neighbourhood_id"
    end = monday(timezone.localdate())  # complete weeks only
    earliest = (
        Signal.objects.filter(
            team_id=trajectory.team_id, deleted_at__isnull=True, theme=trajectory.theme
        ).aggregate(first=Min("observed_on"))["first"]
        or end
    )
    first_week = max(monday(moments[chosen]) - dt.timedelta(weeks=HISTORY_WEEKS), monday(earliest))
    weeks = max((end - first_week).days // 7, 1)
    series = _weekly(trajectory, field, first_week, weeks)
    excluded = _other_trajectory_places(trajectory, place.level) | {place.key}
    data = EffectInput(
        first_week=first_week,
        place=PlaceSeries(place.name, tuple(series.get(place.key, [0] * weeks))),
        candidates=tuple(
            PlaceSeries(str(key), tuple(counts))
            for key, counts in sorted(series.items())
            if key not in excluded
        ),
        moment=moments[chosen],
        moment_kind=chosen,
        moments=tuple((MOMENT_LABELS[kind], moments[kind]) for kind in MOMENTS if kind in moments),
    )
    return estimate_effect(data)


def effect_document(trajectory: Trajectory, result: EffectResult) -> dict[str, Any]:
    """The effect as JSON for the CLI and the API: Dutch camelCase names (NL API Design Rules)."""
    place = place_of(trajectory)
    return {
        "traject": str(trajectory.uuid),
        "titel": trajectory.title,
        "thema": trajectory.theme,
        "plek": {"niveau": place.level, "naam": place.name},
        "moment": result.moment_kind,
        "momentDatum": result.moment.isoformat(),
        "oordeel": result.verdict,
        "toelichting": result.wording,
        "verhouding": _rounded(result.ratio),
        "interval90": (
            {"onder": _rounded(result.low), "boven": _rounded(result.high)}
            if result.low is not None
            else None
        ),
        "wekenVoor": result.weeks_before,
        "wekenNa": result.weeks_after,
        "meldingenVoor": result.signals_before,
        "meldingenNa": result.signals_after,
        "vergelijkingsplekken": result.comparison_places,
        "vergelijkingMeldingenVoor": result.comparison_before,
        "vergelijkingMeldingenNa": result.comparison_after,
        "momenten": [
            {"soort": kind, "datum": day.isoformat()}
            for kind, day in moments_of(trajectory).items()
        ],
        "weken": [
            {
                "week": week.week.isoformat(),
                "meldingen": week.count,
                "verwacht": _rounded(week.expected),
                "bandOnder": _rounded(week.band_low),
                "bandBoven": _rounded(week.band_high),
            }
            for week in result.weeks
        ],
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
