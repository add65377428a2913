"""The demo's trajectory in step 3: the noise question of the Molenstraat (Molenbuurt, Wijk W).

Walked through the same services as a team would: the coordinator weighs the detected question,
chooses it, maps both sides (a household that is bothered and the household the noise comes from,
each with a recorded contact), records the impartiality check and moves to step 3 (bewoners
verbinden). From there a user of the demo can start a straattafel, plan a meeting or ask for advice.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.trajectories import records, services
from wijkverbinder.trajectories.models import Stakeholder, Trajectory

TEAM = "Wijkteam W"
COORDINATOR = "joost"
STREET = "Molenstraat"
THEME = "overlast.geluid"
CHANNEL = "demo"

REASONS = {
    "annoyance": "Buren slapen slecht door muziek in de avond.",
    "impact": "Het raakt een hele straat en de sfeer tussen buren.",
    "chance_of_success": "Beide kanten willen praten; een straattafel ligt voor de hand.",
}
CONTACTS = (
    (Stakeholder.Role.AFFECTED, "huisbezoek", "Last van muziek in de avond; wil graag afspraken."),
    (
        Stakeholder.Role.CAUSING,
        "gesprek",
        "Wist niet dat het zo ver droeg; staat open voor overleg.",
    ),
)


def demo_question() -> CollectiveQuestion | None:
    """The detected noise question of the Molenstraat, when detection found it."""
    return (
        CollectiveQuestion.objects.filter(
            team__name=TEAM,
            theme=THEME,
            street__name=STREET,
            status__in=[CollectiveQuestion.Status.OPEN, CollectiveQuestion.Status.CONFIRMED],
        )
        .order_by("-score", "id")
        .first()
    )


def start_demo_trajectory() -> Trajectory | None:
    """Weigh and choose the Molenstraat's question and walk it to step 3 (None when not found)."""
    question = demo_question()
    if question is None:
        return None
    user = User.objects.get(username=COORDINATOR)
    services.score_question(
        user=user,
        question=question,
        scores={"annoyance": 4, "impact": 4, "chance_of_success": 4},
        reasons=REASONS,
    )
    trajectory = services.start_trajectory(user=user, question=question, channel=CHANNEL)
    talked_on = timezone.localdate() - dt.timedelta(days=10)
    for role, format, summary in CONTACTS:
        person = records.add_stakeholder(
            user=user,
            trajectory=trajectory,
            kind=Stakeholder.Kind.HOUSEHOLD,
            role=role,
            reached=Stakeholder.Reached.OWN,
            channel=CHANNEL,
        )
        records.log_contact(
            user=user,
            trajectory=trajectory,
            stakeholder=person,
            on=talked_on,
            format=format,
            summary=summary,
            channel=CHANNEL,
        )
    records.record_impartiality(
        user=user,
        trajectory=trajectory,
        note="Beide kanten gehoord, geen partij gekozen.",
        channel=CHANNEL,
    )
    return services.advance_step(
        user=user, trajectory=trajectory, target="connect", channel=CHANNEL
    )
