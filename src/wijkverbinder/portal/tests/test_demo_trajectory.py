"""Issue 14's 'done when': a team starts a straattafel from the demo's trajectory in step 3."""

from __future__ import annotations

from typing import Any

from django.test import Client

from wijkverbinder.accounts.models import User
from wijkverbinder.portal.demo.build import build_demo
from wijkverbinder.straattafel.models import Straattafel
from wijkverbinder.trajectories.models import Stakeholder, Trajectory


def test_demo_has_a_trajectory_in_step3_from_which_a_straattafel_starts(db: Any) -> None:
    report = build_demo(with_signals=True)
    assert report.trajectories == 1
    trajectory = Trajectory.objects.get(
        team__name="Wijkteam W", question__street__name="Molenstraat"
    )
    assert (trajectory.status, trajectory.step) == ("active", "connect")
    roles = set(trajectory.stakeholders.values_list("role", flat=True))
    assert {Stakeholder.Role.AFFECTED, Stakeholder.Role.CAUSING} <= roles
    assert trajectory.impartiality_checked_at is not None

    client = Client()
    client.force_login(User.objects.get(username="joost"))
    page = client.get(f"/trajecten/{trajectory.uuid}/").content.decode()
    start = f"/straattafels/nieuw?traject={trajectory.uuid}"
    assert start in page
    response = client.post(
        start,
        {
            "title": "Muziek in de Molenstraat",
            "question": "Hoe willen we samen leven in de straat?",
            "opens_at": "2026-01-01T09:00",
            "closes_at": "2036-01-01T09:00",
            "moderated": "on",
            "participant_cap": "60",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Straattafel.objects.get(trajectory=trajectory).neighbourhood == trajectory.neighbourhood

    other = Client()
    other.force_login(User.objects.get(username="pieter"))  # Wijkteam Noord
    assert other.get(f"/trajecten/{trajectory.uuid}/").status_code == 404
    assert other.get(start).status_code == 404
