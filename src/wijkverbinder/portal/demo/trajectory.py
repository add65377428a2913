"""The demo's handed-over noise trajectory in the Tulpenhof (issue 15), walked through the same
services as a team would, each step on its own date in the past.

The services date what they record by the clock (`timezone.now`); the demo sets the clock back to
the day of each step (`_on`), so the history, the meeting, the check-ins and the hand-over carry
the dates they would have had: started about ten months before the end date, first meeting two
months later, handed over six months before the end date, two check-ins held since and one planned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Street
from wijkverbinder.collective.decisions import confirm_question
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.intake.models import Signal
from wijkverbinder.portal.demo.effect_history import HANDED_OVER_DAYS_AGO, PLACE, THEME
from wijkverbinder.trajectories import checkins, records, services
from wijkverbinder.trajectories.models import CheckIn, Trajectory

TITLE = "Geluidsoverlast in de Tulpenhof"


@contextmanager
def _on(day: dt.date) -> Iterator[None]:
    """The clock at noon of `day` while the block runs."""
    moment = timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def _question(team: Team, user: User, before: dt.date) -> CollectiveQuestion:
    """Detection's question about noise in the Tulpenhof, or one made from its signals."""
    street = Street.objects.get(neighbourhood__code=PLACE[0], name=PLACE[1])
    found = CollectiveQuestion.objects.filter(team=team, theme=THEME, street=street).first()
    if found is None:
        signals = list(
            Signal.objects.filter(team=team, theme=THEME, street=street, observed_on__lt=before)
        )
        found = CollectiveQuestion.objects.create(
            team=team,
            theme=THEME,
            neighbourhood=street.neighbourhood,
            street=street,
            streets=[street.name],
            title="Geluid – Tulpenhof, Rozenhof",
            households=len({s.household for s in signals}),
            signal_count=len(signals),
            start=min(s.observed_on for s in signals),
            end=max(s.observed_on for s in signals),
            level="street",
            sides=["affected"],
        )
        found.signals.set(signals)
    if found.status != CollectiveQuestion.Status.CONFIRMED:
        confirm_question(user=user, question=found, channel="demo")
    return found


@transaction.atomic
def build_demo_trajectory(*, end: dt.date) -> Trajectory:
    """The handed-over noise trajectory of Wijkteam W (coordinator Joost)."""
    joost = User.objects.get(username="joost")
    team = Team.objects.get(name="Wijkteam W")
    handed_over = end - dt.timedelta(days=HANDED_OVER_DAYS_AGO)
    started = handed_over - dt.timedelta(days=120)
    with _on(started):
        question = _question(team, joost, started)
        services.score_question(
            user=joost,
            question=question,
            scores={"annoyance": 4, "impact": 4, "chance_of_success": 3},
            reasons={
                "annoyance": "Veel bewoners slapen slecht door muziek in de nacht.",
                "impact": "De hele straat heeft er last van; samen afspraken maken helpt iedereen.",
                "chance_of_success": "Bewoners willen praten, ook de buren met de muziek.",
            },
        )
        trajectory = services.start_trajectory(user=joost, question=question, channel="demo")
        trajectory.title = TITLE
        trajectory.save(update_fields=["title"])
    with _on(started + dt.timedelta(days=14)):
        for role in ("affected", "causing"):
            person = records.add_stakeholder(
                user=joost,
                trajectory=trajectory,
                kind="household",
                role=role,
                reached="own_contact",
            )
            records.log_contact(
                user=joost,
                trajectory=trajectory,
                stakeholder=person,
                on=timezone.localdate(),
                format="huisbezoek",
                summary="Gesprek over de muziek in de avond en wat er nodig is.",
            )
        records.record_impartiality(
            user=joost, trajectory=trajectory, note="Beide kanten gehoord, niemand gekozen."
        )
        services.advance_step(user=joost, trajectory=trajectory, target="connect")
    with _on(started + dt.timedelta(days=60)):
        records.record_meeting(
            user=joost,
            trajectory=trajectory,
            format="straattafel",
            on=timezone.localdate(),
            affected=6,
            causing=2,
            others=3,
            professionals=1,
            agenda=["Kennismaken", "Wat bindt ons in de straat?", "Afspraken over stille uren"],
        )
        services.advance_step(user=joost, trajectory=trajectory, target="hand_over")
    with _on(handed_over - dt.timedelta(days=7)):
        records.add_stakeholder(
            user=joost,
            trajectory=trajectory,
            kind="household",
            role="kartrekker",
            reached="own_contact",
        )
        records.add_agreement(
            user=joost,
            trajectory=trajectory,
            who="Kartrekker",
            what="Buren spreken stille uren af en bellen eerst elkaar",
            due=handed_over + dt.timedelta(days=60),
        )
    with _on(handed_over):
        checkins.plan_check_in(
            user=joost, trajectory=trajectory, planned_on=handed_over + dt.timedelta(days=42)
        )
        services.hand_over(user=joost, trajectory=trajectory, channel="demo")
    for held in (handed_over + dt.timedelta(days=42), handed_over + dt.timedelta(days=126)):
        with _on(held):
            item = CheckIn.objects.get(trajectory=trajectory, held_on__isnull=True)
            checkins.record_check_in(
                user=joost, check_in=item, outcome="improving", note="Rustiger in de straat."
            )
            if held < end - dt.timedelta(days=60):
                checkins.plan_check_in(
                    user=joost, trajectory=trajectory, planned_on=held + dt.timedelta(days=84)
                )
    with _on(end):
        checkins.plan_check_in(
            user=joost, trajectory=trajectory, planned_on=end + dt.timedelta(days=14)
        )
    return trajectory
