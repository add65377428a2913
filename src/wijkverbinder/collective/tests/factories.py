"""Test helpers of collective: signals written directly (no redaction needed for fixed test texts)
and detection results made by hand, so the identity rule can be tested step by step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.collective.inputs import team_signals
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.services import RunSummary, apply_results
from wijkverbinder.core.detection import CollectiveQuestionResult, PlaceLevel
from wijkverbinder.intake.models import Signal

TODAY = date(2025, 6, 30)


def team(name: str = "Wijkteam W") -> Team:
    return Team.objects.get(name=name)


def street(code: str = "BU99010102", name: str = "Kastanjelaan") -> Street:
    return Street.objects.get(neighbourhood__code=code, name=name)


def make_signals(
    *,
    count: int,
    owner: Team | None = None,
    place: Street | None = None,
    theme: str = "overlast.geluid",
    text: str = "Harde muziek van de bovenburen tot diep in de nacht.",
    first: date = TODAY - timedelta(days=60),
    days: int = 60,
    households: int | None = None,
    role: str = "affected",
    prefix: str = "hh",
) -> list[Signal]:
    """`count` signals spread over `days` days from `first`, `households` distinct households."""
    owner = owner or team()
    place = place or street()
    buurt: Neighbourhood = place.neighbourhood
    n_households = households or count
    return [
        Signal.objects.create(
            team=owner,
            observed_on=first + timedelta(days=(i * days) // max(count, 1)),
            neighbourhood=buurt,
            street=place,
            text=text,
            role=role,
            theme=theme,
            theme_origin=Signal.ThemeOrigin.CONFIRMED,
            household=f"{prefix}{i % n_households}",
        )
        for i in range(count)
    ]


def result(
    signals: Sequence[Signal], *, score: float = 5.0, theme: str = "overlast.geluid", key: str = "r"
) -> CollectiveQuestionResult:
    """A street-level result holding these signals."""
    first = signals[0]
    return CollectiveQuestionResult(
        id=f"cq-{key}",
        theme=theme,
        signal_ids=tuple(str(s.pk) for s in signals),
        households=len({s.household for s in signals}),
        neighbourhood=first.neighbourhood.code,
        street=first.street.name if first.street else None,
        start=min(s.observed_on for s in signals),
        end=max(s.observed_on for s in signals),
        score=score,
        p_value=1e-6,
        expected=0.8,
        level=PlaceLevel.STREET,
        keywords=("muziek", "nacht"),
        examples=(first.text,),
        sides=("affected",),
    )


def apply(owner: Team, *results: CollectiveQuestionResult) -> RunSummary:
    return apply_results(team=owner, results=list(results), inputs=team_signals(owner))


def reload(question: CollectiveQuestion) -> CollectiveQuestion:
    return CollectiveQuestion.objects.get(pk=question.pk)


def signal_ids(question: CollectiveQuestion) -> set[int]:
    return set(question.signals.values_list("id", flat=True))
