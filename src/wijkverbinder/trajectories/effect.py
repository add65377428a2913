"""The measured effect of a trajectory (issue 15): counts gathered here, the statistics in
`core.effect`.

The place is the question's street when the question is about a street, otherwise the buurt. The
counts are signals of the trajectory's theme per place and week of the trajectory's own team
(never a text, never a household), read with a fixed number of aggregate queries however many
trajectories are measured together (a page of `/api/v1/effecten`); comparison candidates are the team's
other places of the same level that had signals of the theme and no trajectory on it. Moments:
the start, the first meeting and the hand-over (the first "handed over" event).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Max, Min, QuerySet, Sum
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
from wijkverbinder.trajectories.models import Meeting, Trajectory, TrajectoryEvent

MOMENTS = ("start", "eerste_bijeenkomst", "overdracht")
MOMENT_LABELS = {
    "start": "start",
    "eerste_bijeenkomst": "eerste bijeenkomst",
    "overdracht": "overdracht",
}
HISTORY_WEEKS = 104
CACHE_SECONDS = 24 * 3600


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
    return moments_for([trajectory])[trajectory.pk]


def moments_for(trajectories: Sequence[Trajectory]) -> dict[int, dict[str, dt.date]]:
    """The moments of several trajectories by id, in two aggregate queries."""
    ids = [item.pk for item in trajectories]
    first_meetings = dict(
        Meeting.objects.filter(trajectory_id__in=ids)
        .values("trajectory_id")
        .annotate(first=Min("on"))
        .values_list("trajectory_id", "first")
        .order_by()
    )
    handed_over = dict(
        TrajectoryEvent.objects.filter(trajectory_id__in=ids, kind=TrajectoryEvent.Kind.HANDED_OVER)
        .values("trajectory_id")
        .annotate(first=Min("at"))
        .values_list("trajectory_id", "first")
        .order_by()
    )
    found: dict[int, dict[str, dt.date]] = {}
    for item in trajectories:
        moments = {"start": timezone.localdate(item.created_at)}
        if item.pk in first_meetings:
            moments["eerste_bijeenkomst"] = first_meetings[item.pk]
        if item.pk in handed_over:
            moments["overdracht"] = timezone.localdate(handed_over[item.pk])
        found[item.pk] = moments
    return found


def default_moment(moments: dict[str, dt.date]) -> str:
    """The latest moment that happened: hand-over, else first meeting, else start."""
    return next(kind for kind in reversed(MOMENTS) if kind in moments)


def _chosen(moment: str, moments: dict[str, dt.date]) -> str:
    """The moment asked for (empty: the latest), refused in Dutch when unknown or not reached."""
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
    return chosen


def measure_effect(*, trajectory: Trajectory, moment: str = "") -> EffectResult:
    """The effect of a trajectory (already read through the team-scoped selector) at a moment.

    `moment` is one of `MOMENTS`; empty means the latest that happened. A moment that did not
    happen (yet) is refused with a Dutch message.
    """
    moments = moments_of(trajectory)
    return _estimate([(trajectory, moments, _chosen(moment, moments))])[0]


def measure_effects(
    *, trajectories: Sequence[Trajectory], moment: str = ""
) -> list[tuple[EffectResult, dict[str, dt.date]]]:
    """The effect and the moments of each of several trajectories (a page of the API's list) from
    a fixed number of queries, however many trajectories there are. A trajectory that has not
    reached `moment` yet is measured from its latest moment; an unknown moment is refused."""
    if moment:
        _chosen(moment, dict.fromkeys(MOMENTS, dt.date.min))  # an unknown moment is refused
    every = moments_for(trajectories)
    plans: list[_Plan] = []
    for item in trajectories:
        moments = every[item.pk]
        plans.append((item, moments, _chosen(moment if moment in moments else "", moments)))
    return list(zip(_estimate(plans), [every[item.pk] for item in trajectories], strict=True))


_Plan = tuple[Trajectory, dict[str, dt.date], str]
_Row = tuple[int | None, int | None, dt.date, int]  # street id, buurt id, day, signals
_Others = dict[tuple[int, str], list[tuple[int, int | None, int]]]  # id, street id, buurt id


def _estimate(plans: Sequence[_Plan]) -> list[EffectResult]:
    """Estimate each plan (trajectory, its moments, the chosen one) from three aggregate queries:
    the first signal and a fingerprint of the signals per team and theme, the places of the other
    trajectories on the same themes, and — only for estimates not in the cache — the signals per
    street, buurt and day. Only counts of the trajectory's own team.

    An estimate is kept in Django's cache under everything it depends on (the fingerprint of the
    team's signals of the theme: their number, largest id, last change and places; the moments;
    the week; the other trajectories' places), so a page without a change in between does not
    estimate again."""
    if not plans:
        return []
    end = monday(timezone.localdate())  # complete weeks only
    teams = {item.team_id for item, _, _ in plans}
    themes = {item.theme for item, _, _ in plans}
    signals = Signal.objects.filter(team_id__in=teams, theme__in=themes, deleted_at__isnull=True)
    earliest: dict[tuple[int, str], dt.date] = {}
    prints: dict[tuple[int, str], str] = {}
    for team, theme, first, *rest in (
        signals.values("team_id", "theme")
        .annotate(
            first=Min("observed_on"),
            n=Count("id"),
            last=Max("id"),
            changed=Max("updated_at"),
            streets=Sum("street_id"),
            buurten=Sum("neighbourhood_id"),
        )
        .values_list("team_id", "theme", "first", "n", "last", "changed", "streets", "buurten")
        .order_by()
    ):
        earliest[(team, theme)] = first
        prints[(team, theme)] = repr(rest)
    spans = []
    for item, moments, chosen in plans:
        first_seen = earliest.get((item.team_id, item.theme), end)
        first_week = max(
            monday(moments[chosen]) - dt.timedelta(weeks=HISTORY_WEEKS), monday(first_seen)
        )
        spans.append((first_week, max((end - first_week).days // 7, 1)))
    others: _Others = defaultdict(list)
    for pk, team, theme, street, buurt in Trajectory.objects.filter(
        team_id__in=teams, theme__in=themes
    ).values_list("pk", "team_id", "theme", "question__street_id", "neighbourhood_id"):
        others[(team, theme)].append((pk, street, buurt))
    keys = [
        _cache_key(plan, span, end, prints.get((plan[0].team_id, plan[0].theme), ""), others)
        for plan, span in zip(plans, spans, strict=True)
    ]
    found: dict[str, EffectResult] = cache.get_many(keys)
    missing = [i for i, key in enumerate(keys) if key not in found]
    if missing:
        daily = _daily(signals, [plans[i] for i in missing], [spans[i] for i in missing])
        made = {
            keys[i]: _one(
                plans[i], spans[i], daily[(plans[i][0].team_id, plans[i][0].theme)], others
            )
            for i in missing
        }
        cache.set_many(made, CACHE_SECONDS)
        found.update(made)
    return [found[key] for key in keys]


def _cache_key(
    plan: _Plan, span: tuple[dt.date, int], end: dt.date, fingerprint: str, others: _Others
) -> str:
    trajectory, moments, chosen = plan
    place = place_of(trajectory)
    near = sorted(others[(trajectory.team_id, trajectory.theme)], key=repr)
    state = repr(
        (trajectory.pk, place, chosen, sorted(moments.items()), span, end, fingerprint, near)
    )
    return "effect:" + hashlib.sha256(state.encode()).hexdigest()


def _daily(
    signals: QuerySet[Signal], plans: Sequence[_Plan], spans: Sequence[tuple[dt.date, int]]
) -> dict[tuple[int, str], list[_Row]]:
    """The signals per team, theme, street, buurt and day of the plans' spans (one query)."""
    daily: dict[tuple[int, str], list[_Row]] = defaultdict(list)
    rows = (
        signals.filter(
            team_id__in={item.team_id for item, _, _ in plans},
            theme__in={item.theme for item, _, _ in plans},
            observed_on__gte=min(first for first, _ in spans),
            observed_on__lt=max(first + dt.timedelta(weeks=n) for first, n in spans),
        )
        .values_list("team_id", "theme", "street_id", "neighbourhood_id", "observed_on")
        .annotate(n=Count("id"))
        .order_by()
    )
    for team, theme, street, buurt, day, n in rows:
        daily[(team, theme)].append((street, buurt, day, n))
    return daily


def _one(plan: _Plan, span: tuple[dt.date, int], rows: list[_Row], others: _Others) -> EffectResult:
    """One estimate: the place's weekly series against the candidates' (core.effect)."""
    trajectory, moments, chosen = plan
    first_week, weeks = span
    place = place_of(trajectory)
    street_level = place.level == "straat"
    last = first_week + dt.timedelta(weeks=weeks)
    series: dict[int, list[int]] = defaultdict(lambda: [0] * weeks)
    for street, buurt, day, n in rows:
        key = street if street_level else buurt
        if key is not None and first_week <= day < last:
            series[key][(day - first_week).days // 7] += n
    # places of the team's other trajectories on the same theme are never a comparison
    excluded = {
        street if street_level else buurt
        for pk, street, buurt in others[(trajectory.team_id, trajectory.theme)]
        if pk != trajectory.pk
    } | {place.key}
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


def effect_document(
    trajectory: Trajectory, result: EffectResult, moments: dict[str, dt.date] | None = None
) -> dict[str, Any]:
    """The effect as JSON for the CLI and the API: Dutch camelCase names (NL API Design Rules).
    `moments` (from `measure_effects`) saves reading them again."""
    place = place_of(trajectory)
    moments = moments_of(trajectory) if moments is None else moments
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
        "momenten": [{"soort": kind, "datum": day.isoformat()} for kind, day in moments.items()],
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
