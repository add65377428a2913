"""The weekly counts are maintained: after every kind of write they equal a recomputation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management import call_command

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.analysis import counts
from wijkverbinder.analysis.models import WeeklyCount
from wijkverbinder.analysis.tests.factories import recent
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.services import confirm_theme, delete_signal, update_signal
from wijkverbinder.intake.tests.factories import make_signal, signal_input
from wijkverbinder.privacy.households import erase_household, signals_of


def _agrees(team: Team) -> None:
    assert counts.stored(team) == counts.recomputed(team)


def test_counts_follow_create_edit_theme_delete_import_and_erasure(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    team = Team.objects.get(name="Wijkteam W")
    with django_capture_on_commit_callbacks(execute=True):
        first = make_signal(fatima, observed_on=recent(2), household="9901AB 12")
        second = make_signal(fatima, observed_on=recent(3), household="9901AB 12")
        make_signal(fatima, observed_on=recent(3), household="9901AB 14")
    _agrees(team)
    week = counts.week_of(recent(3))
    row = WeeklyCount.objects.get(team=team, week=week, theme=second.theme)
    assert (row.signals, row.households) == (2, 2)

    with django_capture_on_commit_callbacks(execute=True):  # moved to another buurt and week
        update_signal(
            user=fatima,
            signal=second,
            data=signal_input(
                observed_on=recent(5),
                place=PlaceInput(neighbourhood_code="BU99010103"),
                household="9901AB 12",
            ),
        )
    _agrees(team)
    assert WeeklyCount.objects.get(team=team, week=week, theme=second.theme).signals == 1

    with django_capture_on_commit_callbacks(execute=True):
        confirm_theme(user=fatima, signal=first, theme="leefbaarheid.afval")
    _agrees(team)
    with django_capture_on_commit_callbacks(execute=True):
        delete_signal(user=fatima, signal=first, reason="dubbel ingevoerd")
    _agrees(team)

    day = recent(1).isoformat()
    csv = (
        "id,date,text,neighbourhood,street,lat,lon,role,household,theme,source\n"
        f"x1,{day},Afval naast de containers.,BU99010102,Kastanjelaan,,,affected,hh-1,leefbaarheid.afval,huisbezoek\n"
        f"x2,{day},Weer afval.,BU99010104,,,,affected,hh-2,leefbaarheid.afval,huisbezoek\n"
    ).encode()
    with django_capture_on_commit_callbacks(execute=True):
        report = import_signals(user=fatima, data=csv, filename="x.csv", team=team)
    assert report.created == 2
    _agrees(team)

    pseudonym = second.household
    assert signals_of(pseudonym).exists()
    with django_capture_on_commit_callbacks(execute=True):
        erase_household(user=User.objects.get(username="ingrid"), pseudonym=pseudonym)
    _agrees(team)


def test_refresh_analysis_rebuilds_what_went_missing(
    fatima: User, django_capture_on_commit_callbacks: Any
) -> None:
    team = Team.objects.get(name="Wijkteam W")
    with django_capture_on_commit_callbacks(execute=True):
        make_signal(fatima, observed_on=recent(2))
    WeeklyCount.objects.all().delete()
    WeeklyCount.objects.create(
        team=team,
        neighbourhood_id=team.districts.first().neighbourhoods.first().pk,  # type: ignore[union-attr]
        theme="overig",
        week=counts.week_of(recent(2) - timedelta(weeks=40)),
        signals=9,
        households=9,
    )
    call_command("refresh_analysis")
    _agrees(team)
    assert WeeklyCount.objects.filter(team=team).count() == 1
