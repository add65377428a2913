"""Test data of `trajectories`: the demo's collective questions and a trajectory walked to a step.

The noise nuisance in the Kastanjelaan (Rozenhof, Wijk W) is the method's own case; its signals are
created here directly (the demo's 18 months of signals are not needed to test the four steps).
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.intake.models import Signal
from wijkverbinder.trajectories import checkins, records, services
from wijkverbinder.trajectories.models import Stakeholder, ThemeScore, Trajectory

ROZENHOF = "BU99010102"
MOLENBUURT = "BU99010103"
HET_PLEIN = "BU99010104"
NOORDERVELD = "BU99010201"


def question(
    *,
    code: str = ROZENHOF,
    street: str = "Kastanjelaan",
    theme: str = "overlast.geluid",
    title: str = "Geluidsoverlast in de Kastanjelaan",
    team: str = "Wijkteam W",
    households: int = 6,
    causing: int = 2,
    weighed: bool = True,
) -> CollectiveQuestion:
    """A collective question with its signals: `households` affected and `causing` causing.

    `weighed`: step 1's weighing is recorded (a trajectory starts only after it).
    """
    owner = Team.objects.get(name=team)
    buurt = Neighbourhood.objects.filter(code=code).order_by("-year").first()
    assert buurt is not None
    place = Street.objects.filter(neighbourhood=buurt, name=street).first()
    today = timezone.localdate()
    signals = []
    for index in range(households + causing):
        role = "causing" if index >= households else "affected"
        signals.append(
            Signal.objects.create(
                team=owner,
                observed_on=today - dt.timedelta(days=3 * index + 1),
                neighbourhood=buurt,
                street=place,
                theme=theme,
                text="Harde muziek tot diep in de nacht." if role == "affected" else "Feestje.",
                role=role,
                source="huisbezoek",
                household=f"hh-{code}-{street}-{index}",
            )
        )
    found = CollectiveQuestion.objects.create(
        team=owner,
        theme=theme,
        neighbourhood=buurt,
        street=place,
        title=title,
        status=CollectiveQuestion.Status.CONFIRMED,
        score=7.5,
        p_value=0.001,
        households=households + causing,
        signal_count=len(signals),
        start=today - dt.timedelta(days=90),
        end=today,
        trend=CollectiveQuestion.Trend.RISING,
        level="street",
        sides=["affected", "causing"] if causing else ["affected"],
        keywords=["muziek", "nacht"],
    )
    found.signals.set(signals)
    if weighed:
        ThemeScore.objects.create(
            team=owner,
            question=found,
            annoyance=4,
            annoyance_reason="Veel last in de nacht.",
            impact=3,
            impact_reason="Een straat samen.",
            chance_of_success=3,
            chance_of_success_reason="Bewoners willen meedoen.",
        )
    return found


def joost() -> User:
    """The coordinator of Wijkteam W."""
    return User.objects.get(username="joost")


def started(title: str = "Geluidsoverlast in de Kastanjelaan", **kwargs: object) -> Trajectory:
    """A trajectory in step 2 for a new question."""
    return services.start_trajectory(user=joost(), question=question(title=title, **kwargs))  # type: ignore[arg-type]


def in_step3() -> Trajectory:
    """A trajectory whose step-2 gate passed: both sides contacted, impartiality recorded."""
    trajectory = started()
    user = joost()
    today = timezone.localdate()
    for role in ("affected", "causing"):
        person = records.add_stakeholder(
            user=user, trajectory=trajectory, kind="household", role=role, reached="own_contact"
        )
        records.log_contact(
            user=user,
            trajectory=trajectory,
            stakeholder=person,
            on=today,
            format="huisbezoek",
            summary="Gesprek over de muziek.",
        )
    records.record_impartiality(user=user, trajectory=trajectory, note="Beide kanten gehoord.")
    return services.advance_step(user=user, trajectory=trajectory, target="connect")


def in_step4() -> Trajectory:
    """A trajectory in step 4 after one straattafel."""
    trajectory = in_step3()
    records.record_meeting(
        user=joost(),
        trajectory=trajectory,
        format="straattafel",
        on=timezone.localdate(),
        affected=4,
        causing=1,
        others=2,
        professionals=1,
        agenda=["Kennismaken", "Wat bindt ons in de straat?"],
    )
    return services.advance_step(user=joost(), trajectory=trajectory, target="hand_over")


def handed_over(check_in_in_days: int = 0) -> Trajectory:
    """A trajectory handed over: a kartrekker, an agreement and a check-in (today by default)."""
    trajectory = in_step4()
    user = joost()
    today = timezone.localdate()
    records.add_stakeholder(
        user=user,
        trajectory=trajectory,
        kind=Stakeholder.Kind.HOUSEHOLD,
        role="kartrekker",
        reached="own_contact",
    )
    records.add_agreement(
        user=user,
        trajectory=trajectory,
        who="Kartrekker",
        what="Buren spreken stiltetijden af",
        due=today + dt.timedelta(days=30),
    )
    checkins.plan_check_in(
        user=user, trajectory=trajectory, planned_on=today + dt.timedelta(days=check_in_in_days)
    )
    return services.hand_over(user=user, trajectory=trajectory)
