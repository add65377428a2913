"""`wijkverbinder demo --scale --signals N`: Schaalstad with its 50 teams, made with bulk inserts;
pages work on it, and a second run changes nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.intake.models import Signal
from wijkverbinder.portal.demo import scale
from wijkverbinder.trajectories.models import Trajectory

pytestmark = pytest.mark.django_db


def test_scale_municipality_with_few_signals() -> None:
    out = StringIO()
    call_command("demo", "--scale", "--signals", "2000", stdout=out)
    assert "Schaalstad geladen" in out.getvalue()
    assert Team.objects.filter(slug__startswith="schaalstad-").count() == 50
    assert Neighbourhood.objects.filter(code__startswith="BU9990").count() == 250
    assert Street.objects.filter(neighbourhood__code__startswith="BU9990").count() == 5000
    assert Signal.objects.count() == 2000
    per_team = {t.signals.count() for t in Team.objects.all()}
    assert per_team == {40}
    assert all(
        s.neighbourhood.district in s.team.districts.all() for s in Signal.objects.all()[:50]
    )
    assert CollectiveQuestion.objects.count() > 50
    assert Trajectory.objects.filter(status=Trajectory.Status.ACTIVE).count() <= 2 * 50
    assert User.objects.filter(username__startswith="schaal").count() == 200

    coordinator = User.objects.get(username="schaal07")
    assert coordinator.check_password(scale.PASSWORD)
    client = Client()
    client.force_login(coordinator)
    for url in ("/signalen/", "/gemeenschappelijke-vragen/", "/trajecten/", "/api/v1/signalen"):
        assert client.get(url).status_code == 200, url
    mine = client.get("/api/v1/signalen").json()
    assert mine["count"] == 40  # only the team's own signals

    again = StringIO()
    call_command("demo", "--scale", "--signals", "10", stdout=again)
    assert "al geladen" in again.getvalue()
    assert Signal.objects.count() == 2000


def test_refuses_no_signals() -> None:
    with pytest.raises(CommandError, match="minstens 1"):
        call_command("demo", "--scale", "--signals", "0")
