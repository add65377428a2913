"""Recording assessments: phase with reasons, append-only history per area, team scoping, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.diagnosis import selectors
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.services import record_assessment
from wijkverbinder.diagnosis.tests.factories import (
    INCIDENTEN,
    NOORDERVELD,
    ONGEMAK,
    ROZENHOF,
    RUST,
    SPANNING,
    WIJK_W,
    assess,
)


def test_assessment_stores_phase_with_reasons(fatima: User) -> None:
    item = assess("fatima", ROZENHOF, SPANNING, notes="gesprek met corporatie")
    assert item.phase == "spanning"
    assert item.phase_from_answers == "spanning"
    assert {d["antwoord"] for d in item.decisive} == {"wij_zij_taal", "elkaar_mijden"}
    assert item.confidence in {"midden", "hoog"}
    assert item.confidence_reasons
    assert item.would_move_up
    assert item.would_move_down
    assert item.team.name == "Wijkteam W"
    assert item.assessed_by == fatima
    assert item.answers["waargenomen"] == ["wij_zij_taal", "elkaar_mijden"]
    assert item.answers["laatste_keer"] is None
    assert (
        AccessLogEntry.objects.filter(action="create", object_type="phase_assessment").count() == 1
    )


def test_history_goes_up_and_down(fatima: User) -> None:
    for answers in (RUST, ONGEMAK, INCIDENTEN, SPANNING):
        assess("fatima", ROZENHOF, answers)
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    history = [item.phase for item in selectors.assessments_for_area(user=fatima, area=area)]
    assert history == ["spanning", "incidenten", "ongemak", "rust"]
    latest = selectors.latest_assessment(user=fatima, area=area)
    assert latest is not None
    assert latest.phase == "spanning"


def test_history_is_append_only(fatima: User) -> None:
    item = assess("fatima", ROZENHOF, RUST)
    item.phase = "incidenten"
    with pytest.raises(PermissionError):
        item.save()
    with pytest.raises(PermissionError):
        item.delete()
    assert PhaseAssessment.objects.get().phase == "rust"


def test_wijk_can_be_assessed(fatima: User) -> None:
    area = selectors.get_area_for_user(user=fatima, code=WIJK_W.lower())
    item = record_assessment(user=fatima, area=area, answers=ONGEMAK)
    assert item.district is not None
    assert item.neighbourhood is None
    assert item.area_code == WIJK_W


def test_invalid_answers_are_refused_in_dutch_and_nothing_stored(fatima: User) -> None:
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    with pytest.raises(DomainError, match="niet beantwoord") as caught:
        record_assessment(user=fatima, area=area, answers={"waargenomen": ["vernieling"]})
    assert caught.value.code == "DIA002"
    with pytest.raises(DomainError, match="geen geldig antwoord"):
        record_assessment(user=fatima, area=area, answers={**RUST, "hoe_vaak": "altijd"})
    with pytest.raises(DomainError, match="te lang"):
        record_assessment(user=fatima, area=area, answers=RUST, notes="x" * 2001)
    assert not PhaseAssessment.objects.exists()


def test_other_team_cannot_see_or_assess(fatima: User, pieter: User) -> None:
    item = assess("fatima", ROZENHOF, RUST)
    with pytest.raises(NotFoundError):
        selectors.get_assessment_for_user(user=pieter, public_id=item.uuid)
    with pytest.raises(NotFoundError):
        selectors.get_area_for_user(user=pieter, code=ROZENHOF)
    with pytest.raises(NotFoundError):
        selectors.get_area_for_user(user=fatima, code=NOORDERVELD)
    with pytest.raises(NotFoundError):
        selectors.get_area_for_user(user=fatima, code="XX123")
    with pytest.raises(NotFoundError):
        selectors.get_assessment_for_user(user=fatima, public_id="geen-uuid")
    rozenhof = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    with pytest.raises(NotFoundError):
        record_assessment(user=pieter, area=rozenhof, answers=RUST)
    noord = Team.objects.get(name="Wijkteam Noord")
    with pytest.raises(NotFoundError):
        record_assessment(user=fatima, area=rozenhof, answers=RUST, team=noord)
    assert list(selectors.assessments_for_user(user=pieter)) == []


def test_assessable_areas_are_the_teams(fatima: User) -> None:
    districts, neighbourhoods = selectors.assessable_areas_for_user(user=fatima)
    assert [d.code for d in districts] == [WIJK_W]
    assert ROZENHOF in {n.code for n in neighbourhoods}
    assert NOORDERVELD not in {n.code for n in neighbourhoods}


def test_signal_counts_are_empty_without_intake(
    fatima: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(apps, "is_installed", lambda name: False)
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    assert selectors.signal_counts_for_area(area) == {}
    assert not selectors.signals_available()


@pytest.mark.skipif(
    not apps.is_installed("wijkverbinder.intake"), reason="the intake app is not installed"
)
def test_recent_signals_raise_the_phase(fatima: User) -> None:
    signal = apps.get_model("intake", "Signal")
    team = Team.objects.get(name="Wijkteam W")
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    today = timezone.localdate()

    def add(theme: str, days_ago: int, **extra: object) -> None:
        signal.objects.create(
            team=team,
            neighbourhood=area,
            observed_on=today - dt.timedelta(days=days_ago),
            theme=theme,
            text="melding",
            **extra,
        )

    add("veiligheid.vernieling", 3)
    add("veiligheid.vernieling", 20)
    add("veiligheid.vernieling", 200)  # too old
    add("veiligheid.vernieling", 5, deleted_at=timezone.now())  # deleted
    add("", 5)  # no theme
    assert selectors.signal_counts_for_area(area) == {"veiligheid.vernieling": 2}
    district = area.district
    assert selectors.signal_counts_for_area(district)["veiligheid.vernieling"] == 2
    item = assess("fatima", ROZENHOF, ONGEMAK)
    assert item.phase == "incidenten"
    assert item.phase_from_answers == "ongemak"
    assert item.raised_by_evidence
    assert item.evidence[0]["thema"] == "veiligheid.vernieling"
    assert item.signal_counts == {"veiligheid.vernieling": 2}


def test_notes_are_redacted_before_storage(fatima: User) -> None:
    item = assess(
        "fatima", ROZENHOF, ONGEMAK, notes="Henk de Jong (Molenstraat 3, 06-12345678) belde"
    )
    item.refresh_from_db()
    assert "Henk de Jong" not in item.notes
    assert "06-12345678" not in item.notes
    assert "[TELEFOON]" in item.notes


def test_notes_that_grow_by_redaction_are_stored_within_the_limit(fatima: User) -> None:
    """An e-mail address is shorter than its placeholder: notes at the limit must not overflow."""
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    notes = ("Mail a@b.nl " * 200)[:2000]
    item = record_assessment(user=fatima, area=area, answers=RUST, notes=notes)
    item.refresh_from_db()
    assert "a@b.nl" not in item.notes
    assert len(item.notes) <= 2000
