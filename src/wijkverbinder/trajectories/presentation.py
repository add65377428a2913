"""What the trajectory pages show beside the records: the area's phase and advice, the escalation
state, and step 1's ranking with its evidence. Reads only; no rules of its own (those are core's).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils import timezone

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.advice import (
    AdviceError,
    AdviceRequest,
    Goal,
    advice_as_dict,
    advise,
    groups_for_stakeholders,
    parse_phase,
)
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import InterventionLevel
from wijkverbinder.core.method import (
    Aggregation,
    MethodRefusalError,
    RankedTheme,
    Ranking,
    ThemeScore,
    Weights,
    next_level,
    rank_themes,
)
from wijkverbinder.diagnosis.selectors import latest_by_area_for_user
from wijkverbinder.diagnosis.services import as_core_check
from wijkverbinder.trajectories.models import Agreement, Stakeholder, Trajectory
from wijkverbinder.trajectories.selectors import (
    area_situation,
    latest_scores,
    theme_label,
    theme_sensitive,
)


def trajectory_goals(trajectory: Trajectory) -> tuple[Goal, ...]:
    """The trajectory's goals as the advice's structured goals: its agreements (what residents
    and the team agreed to do), set with the resident groups among its household stakeholders."""
    roles = [
        item.role
        for item in trajectory.stakeholders.all()
        if item.kind == Stakeholder.Kind.HOUSEHOLD
    ]
    groups = groups_for_stakeholders(roles)
    return tuple(
        Goal(text=item.what, set_with=groups)
        for item in trajectory.agreements.all()
        if item.status != Agreement.Status.DROPPED
    )


def advice_for(
    *, user: AnyUser, trajectory: Trajectory, planned_format: str = ""
) -> dict[str, Any]:
    """The advice of `core.advice` for the area's phase, the trajectory's goals, the area's latest
    safety check and the planned format (or why there is none)."""
    situation = area_situation(user=user, trajectory=trajectory)
    found = situation.assessment
    if found is None:
        return {"assessment": None, "advice": None}
    known = {item.code for item in load_knowledge_base().meeting_formats}
    request = AdviceRequest(
        phase=parse_phase(found.phase),
        theme=trajectory.theme,
        sensitive=theme_sensitive(trajectory.theme),
        planned_format=planned_format if planned_format in known else None,
        goals=trajectory_goals(trajectory),
        safety_check=as_core_check(situation.safety_check) if situation.safety_check else None,
        today=timezone.localdate(),
    )
    try:
        result = advice_as_dict(advise(request))
    except AdviceError as error:
        raise DomainError(error.message, code=str(error.code)) from error
    return {
        "assessment": found,
        "advice": result,
        "planned_format": request.planned_format,
        "safety_check": situation.safety_check,
    }


def escalation_state(trajectory: Trajectory) -> dict[str, Any]:
    """The current rung, the next one, and whether the latest check-in failed."""
    kb = load_knowledge_base()
    current = InterventionLevel(trajectory.level)
    following = next_level(current)
    held = [item for item in trajectory.check_ins.all() if item.held_on is not None]
    latest = max(held, key=lambda item: (item.held_on, item.pk), default=None)
    return {
        "current": kb.level(current),
        "next": kb.level(following) if following else None,
        "latest": latest,
        "failed": latest is not None and latest.outcome == "not_improving",
        "ladder": kb.escalation_levels,
        "acute_danger": kb.acute_danger,
        "exclusions": kb.exclusion_criteria,
    }


def ranking_rows(
    *,
    user: AnyUser,
    questions: Sequence[CollectiveQuestion],
    weights: Weights,
    aggregation: Aggregation,
) -> tuple[Ranking | None, list[dict[str, Any]], str]:
    """The ranking of the scored questions, a row per question with its evidence, and an error."""
    scores = latest_scores(questions=list(questions))
    phases = latest_by_area_for_user(user=user)
    candidates = [
        ThemeScore(
            key=str(item.uuid),
            label=item.label,
            annoyance=scores[item.pk].annoyance,
            impact=scores[item.pk].impact,
            chance_of_success=scores[item.pk].chance_of_success,
        )
        for item in questions
        if item.pk in scores
    ]
    ranking: Ranking | None = None
    error = ""
    try:
        ranking = rank_themes(candidates=candidates, weights=weights, aggregation=aggregation)
    except MethodRefusalError as refused:
        error = refused.message
    places = {entry.key: entry for entry in ranking.entries} if ranking else {}
    rows: list[dict[str, Any]] = []
    for item in sorted(questions, key=lambda q: _place(places, q)):
        phase = phases.get(item.neighbourhood.code) or phases.get(item.neighbourhood.district.code)
        rows.append(
            {
                "question": item,
                "theme_label": theme_label(item.theme),
                "score": scores.get(item.pk),
                "place": places.get(str(item.uuid)),
                "phase": phase,
            }
        )
    return ranking, rows, error


def _place(places: dict[str, RankedTheme], question: CollectiveQuestion) -> int:
    found = places.get(str(question.uuid))
    return found.rank if found else len(places) + 1
