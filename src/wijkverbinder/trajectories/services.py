"""Writing `trajectories`: weigh a question, start a trajectory, move a step, hand over, close.

Escalation on the ladder is `escalation`.

The rules are `core.method`'s (decision rules 7, 8, 10, 11, 12 and the step order); a refusal
there becomes a `DomainError` with the Dutch message and its stable code (MTH…), and nothing is
stored. Every change appends an event to the trajectory's history (`history.record_event`).
Starting, handing over and closing are the coordinator's: the coordinator runs trajectories. Every
change of step or rung is an event with a readable description (the starting rung, hand-over).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation

from wijkverbinder.accounts.models import Membership, Team
from wijkverbinder.accounts.selectors import AnyUser, role_in_team
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.titles import display_title
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.knowledge.vocabulary import InterventionLevel
from wijkverbinder.core.method import (
    ActiveTrajectory,
    MethodCode,
    MethodRefusalError,
    Step,
    ThemeScore,
    check_trajectory_limit,
    ensure_handover,
    ensure_next_step,
    ensure_step2_gate,
    ensure_step3_done,
    rank_themes,
)
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.trajectories import models
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.selectors import active_trajectories, gate_inputs

Kind = models.TrajectoryEvent.Kind
MAX_REASON = 200  # the length of each weighing reason (`ThemeScore`)
LEADING_ROLES = {Membership.Role.COORDINATOR, Membership.Role.ADMIN}


@contextmanager
def method_rules() -> Iterator[None]:
    """Turn a refusal of `core.method` into a `DomainError` with the same code and message."""
    try:
        yield
    except MethodRefusalError as error:
        raise DomainError(error.message, code=str(error.code)) from error


def require_coordinator(*, user: AnyUser, team: Team) -> None:
    """Only a coordinator (or administrator) of the team may start, hand over or close."""
    if role_in_team(user=user, team=team) not in LEADING_ROLES:
        raise PermissionDenied("Alleen een coördinator van het team kan dit doen.")


def lock(trajectory: Trajectory) -> Trajectory:
    """Lock the trajectory's row until the transaction ends and bring this copy up to date: two
    people acting on one trajectory take turns, each on the trajectory as it is now, not as their
    page showed it (docs/concurrency.md). Call it in the service's transaction, before any check."""
    locked = Trajectory.objects.select_for_update(no_key=True).filter(pk=trajectory.pk)
    current = locked.values("status", "step", "level", "updated_at").first()
    if current is None:
        raise NotFoundError("Dit traject bestaat niet (meer).")
    for name, value in current.items():
        setattr(trajectory, name, value)
    return trajectory


def require_open(trajectory: Trajectory) -> None:
    """Lock the trajectory (`lock`); a closed trajectory takes no new records."""
    lock(trajectory)
    if trajectory.status == Trajectory.Status.CLOSED:
        raise DomainError("Dit traject is afgesloten.", code="closed")


def require_candidate(question: CollectiveQuestion) -> None:
    """Only an open or confirmed question can be weighed or chosen (not merged or dismissed)."""
    if question.status not in {CollectiveQuestion.Status.OPEN, CollectiveQuestion.Status.CONFIRMED}:
        raise DomainError(
            "Deze gemeenschappelijke vraag is afgewezen of samengevoegd.", code="question_closed"
        )


@transaction.atomic
def trajectory_title(question: CollectiveQuestion) -> str:
    """The question's title with its period, in Dutch (stored, like the history's texts), so that
    trajectories of two same-titled questions in different periods differ; shortened to fit."""
    max_length = Trajectory._meta.get_field("title").max_length
    with translation.override("nl"):
        return display_title(question.title, question.start, question.end, limit=max_length)


def score_question(
    *,
    user: AnyUser,
    question: CollectiveQuestion,
    scores: dict[str, int],
    reasons: dict[str, str],
) -> models.ThemeScore:
    """Record the team's weighing (1-5 with a short reason per criterion) of one question."""
    require_candidate(question)
    if any(len(value.strip()) > MAX_REASON for value in reasons.values()):
        raise DomainError(
            f"Een reden is hooguit {MAX_REASON} tekens; maak hem korter.", code="reason_too_long"
        )
    cleaned = {key: redact_free_text(value)[:MAX_REASON] for key, value in reasons.items()}
    missing = [key for key in ("annoyance", "impact", "chance_of_success") if not cleaned.get(key)]
    if missing:
        raise DomainError("Geef bij elke score een korte reden.", code="reason_missing")
    with method_rules():
        rank_themes(candidates=[ThemeScore(key="x", label=question.title, **scores)])
    row = models.ThemeScore(
        team=question.team,
        question=question,
        annoyance=scores["annoyance"],
        annoyance_reason=cleaned["annoyance"],
        impact=scores["impact"],
        impact_reason=cleaned["impact"],
        chance_of_success=scores["chance_of_success"],
        chance_of_success_reason=cleaned["chance_of_success"],
        scored_by_id=user.pk,
    )
    row.full_clean()
    row.save()
    return row


@transaction.atomic
def start_trajectory(
    *, user: AnyUser, question: CollectiveQuestion, channel: str = "web"
) -> Trajectory:
    """Choose the question's theme: a trajectory in step 2, within the limit, once it is weighed.

    Step 1 cannot be skipped: without a recorded weighing of the question (MTH021) nothing starts.
    """
    require_coordinator(user=user, team=question.team)
    Team.objects.select_for_update().filter(pk=question.team_id).first()  # serialise starts
    require_candidate(question)
    district_id = question.neighbourhood.district_id
    running = list(active_trajectories(team=question.team, district_id=district_id))
    if question.trajectories.exclude(status=Trajectory.Status.CLOSED).exists():
        raise DomainError("Voor deze vraag loopt al een traject.", code="already_running")
    score = question.theme_scores.order_by("-scored_at", "-id").first()
    if score is None:
        raise DomainError(
            "Stap 1 is nog niet gedaan: weeg deze vraag eerst (ergernis, impact en kans van "
            "slagen, elk met een reden) en kies dan het thema.",
            code=str(MethodCode.NOT_WEIGHED),
        )
    with method_rules():
        check_trajectory_limit(
            active=[
                ActiveTrajectory(key=str(t.uuid), title=t.title, team="t", district="d")
                for t in running
            ],
            team="t",
            district="d",
            max_active=settings.MAX_ACTIVE_TRAJECTORIES,
        )
    trajectory = Trajectory(
        team=question.team,
        district_id=district_id,
        neighbourhood=question.neighbourhood,
        question=question,
        theme=question.theme,
        title=trajectory_title(question),
        step=Step.MAP_NETWORK,
        created_by_id=user.pk,
    )
    trajectory.full_clean()
    trajectory.save()
    level = models.Level(trajectory.level)
    record_event(
        trajectory=trajectory,
        kind=Kind.STARTED,
        user=user,
        detail=f"Thema gekozen na weging (ergernis {score.annoyance}, impact {score.impact}, "
        f"kans van slagen {score.chance_of_success}): {trajectory.title}. Het traject begint in "
        f"{models.Step(trajectory.step).label}, op de trede {level.label}.",
        data={
            "stap": str(trajectory.step),
            "trede": str(level),
            "vraag": str(question.uuid),
            "huishoudens": question.households,
            "trend": question.trend,
            "score": question.score,
            "weging": {
                "ergernis": score.annoyance,
                "impact": score.impact,
                "kansVanSlagen": score.chance_of_success,
            },
        },
        channel=channel,
    )
    return trajectory


@transaction.atomic
def advance_step(
    *, user: AnyUser, trajectory: Trajectory, target: str, channel: str = "web"
) -> Trajectory:
    """Move to the next step when its gate is open (step 2 → 3: rule 8; 3 → 4: a meeting)."""
    require_open(trajectory)
    try:
        goal = Step(target)
    except ValueError:
        raise DomainError(
            f"Onbekende stap '{target}'.", code=str(MethodCode.INVALID_INPUT)
        ) from None
    given = gate_inputs(trajectory)
    with method_rules():
        ensure_next_step(current=Step(trajectory.step), target=goal)
        if goal is Step.CONNECT:
            ensure_step2_gate(
                stakeholders=given.contacts,
                impartiality_checked=given.impartiality_checked,
                causing_side_exists=given.causing_side,
            )
        if goal is Step.HAND_OVER:
            ensure_step3_done(meetings=given.meetings)
    before = models.Step(trajectory.step)
    trajectory.step = goal
    trajectory.save(update_fields=["step", "updated_at"])
    record_event(
        trajectory=trajectory,
        kind=Kind.STEP_CHANGED,
        user=user,
        detail=f"Van {before.label} naar {models.Step(goal).label}",
        data={"van": str(before), "stap": str(goal)},
        channel=channel,
    )
    return trajectory


@transaction.atomic
def hand_over(*, user: AnyUser, trajectory: Trajectory, channel: str = "web") -> Trajectory:
    """Status 'overgedragen' with ≥ 1 kartrekker, ≥ 1 agreement and a scheduled check-in."""
    require_coordinator(user=user, team=trajectory.team)
    lock(trajectory)
    if trajectory.status != Trajectory.Status.ACTIVE or trajectory.step != Step.HAND_OVER:
        raise DomainError("Overdragen kan alleen in stap 4 van een actief traject.", code="MTH016")
    given = gate_inputs(trajectory)
    with method_rules():
        ensure_handover(
            kartrekkers=given.kartrekkers,
            agreements=given.agreements,
            scheduled_check_ins=given.scheduled_check_ins,
            today=timezone.localdate(),
        )
    before = InterventionLevel(trajectory.level)
    after = handed_over_level(before)
    trajectory.status = Trajectory.Status.HANDED_OVER
    trajectory.level = after
    trajectory.save(update_fields=["status", "level", "updated_at"])
    was, now = models.Level(before).label, models.Level(after).label
    if after is before:
        detail = f"Overgedragen aan bewoners; de trede blijft {was}."
    else:
        detail = f"Overgedragen aan bewoners; trede van {was} naar {now}."
    record_event(
        trajectory=trajectory,
        kind=Kind.HANDED_OVER,
        user=user,
        detail=detail,
        data={"van": str(before), "naar": str(after)},
        channel=channel,
    )
    return trajectory


def handed_over_level(current: InterventionLevel) -> InterventionLevel:
    """The rung after a hand-over: the team's own support becomes 'residents themselves'.

    A heavier rung (buurtbemiddeling, the corporation or wijkagent, administrative measures) was
    reached after a failed check-in and stays: a hand-over never silently de-escalates.
    """
    if current is InterventionLevel.PROFESSIONELE_ONDERSTEUNING:
        return InterventionLevel.BEWONERS_ZELF
    return current


@transaction.atomic
def close_trajectory(
    *, user: AnyUser, trajectory: Trajectory, reason: str, channel: str = "web"
) -> Trajectory:
    """Close a trajectory with a reason; it no longer counts towards the limit."""
    require_coordinator(user=user, team=trajectory.team)
    require_open(trajectory)
    reason = redact_free_text(reason)
    if not reason:
        raise DomainError("Geef een reden om het traject af te sluiten.", code="reason_missing")
    trajectory.status = Trajectory.Status.CLOSED
    trajectory.save(update_fields=["status", "updated_at"])
    record_event(
        trajectory=trajectory, kind=Kind.CLOSED, user=user, detail=reason[:300], channel=channel
    )
    return trajectory
