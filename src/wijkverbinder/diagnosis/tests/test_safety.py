"""The recorded safety check after incidents (decision rules 2 and 13, issue 13): service, page, API.

Source: https://dewijkverbinder.nl/verbinden/bij-incidenten/5a1a80cba299815f8cbc26599d1cdc57/ —
first remove unsafety and nuisance; only then residents can and will make bridging contacts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.apps import apps
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.accounts.services import create_token
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.diagnosis import selectors
from wijkverbinder.diagnosis.models import SafetyCheck
from wijkverbinder.diagnosis.services import record_safety_check
from wijkverbinder.diagnosis.tests.factories import INCIDENTEN, NOORDERVELD, ROZENHOF, assess

PASSING: dict[str, Any] = {
    "no_new_incidents": True,
    "unsafety_addressed": True,
    "residents_feel_safer": True,
    "confirmed_by": ["wijkagent"],
}


def _record(user: User, **change: Any) -> SafetyCheck:
    area = get_neighbourhood_for_user(user=user, code=ROZENHOF)
    values = {**PASSING, "checked_on": timezone.localdate(), **change}
    return record_safety_check(user=user, area=area, **values)


def _advice_page(client: Client, **extra: str) -> str:
    query = {"gebied": ROZENHOF, "fase": "incidenten", **extra}
    return client.get("/advies/", query).content.decode()


def test_passing_check_is_stored_and_logged(fatima: User) -> None:
    assess("fatima", ROZENHOF, INCIDENTEN)
    check = _record(fatima, notes="Gebeld met Henk de Jong, 06-12345678")
    assert check.restored
    assert check.missing == []
    assert check.team.name == "Wijkteam W"
    assert "06-12345678" not in check.notes
    assert AccessLogEntry.objects.filter(object_type="safety_check", action="create").exists()
    with pytest.raises(PermissionError):
        check.save()


def test_missing_points_are_stored_with_the_reason(fatima: User) -> None:
    check = _record(fatima, residents_feel_safer=False, confirmed_by=["opbouwwerk"])
    assert not check.restored
    assert any("veiliger" in line for line in check.missing)
    assert any("partner met gezag" in line for line in check.missing)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"confirmed_by": ["de buurman"]}, "unknown_partner"),
        ({"checked_on": timezone.localdate() + dt.timedelta(days=2)}, "future_date"),
        ({"notes": "x" * 1001}, "notes_too_long"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_stored(
    fatima: User, change: dict[str, Any], code: str
) -> None:
    with pytest.raises(DomainError) as error:
        _record(fatima, **change)
    assert error.value.code == code
    assert SafetyCheck.objects.count() == 0


def test_other_team_cannot_record_or_see(fatima: User, pieter: User) -> None:
    _record(fatima)
    area = get_neighbourhood_for_user(user=pieter, code=NOORDERVELD)
    assert selectors.safety_checks_for_area(user=pieter, area=area).count() == 0
    with pytest.raises(NotFoundError):
        get_neighbourhood_for_user(user=pieter, code=ROZENHOF)
    assert selectors.safety_checks_for_user(user=pieter).count() == 0


@pytest.mark.skipif(
    not apps.is_installed("wijkverbinder.intake"), reason="the intake app is not installed"
)
def test_recent_threat_signals_keep_safety_closed(fatima: User) -> None:
    signal = apps.get_model("intake", "Signal")
    team = Team.objects.get(name="Wijkteam W")
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    signal.objects.create(
        team=team,
        neighbourhood=area,
        observed_on=timezone.localdate() - dt.timedelta(days=4),
        theme="veiligheid.bedreiging_en_geweld",
        text="bedreiging",
    )
    check = _record(fatima)
    assert check.incident_signals == 1
    assert not check.restored


def test_only_a_check_after_the_latest_assessment_counts(fatima: User) -> None:
    area = get_neighbourhood_for_user(user=fatima, code=ROZENHOF)
    _record(fatima)
    assess("fatima", ROZENHOF, INCIDENTEN)  # new incidents assessed after the check
    assert selectors.current_safety_check(user=fatima, area=area) is None
    newer = _record(fatima)
    assert selectors.current_safety_check(user=fatima, area=area) == newer


def test_advice_page_uses_the_recorded_check(fatima: User, fatima_client: Client) -> None:
    assess("fatima", ROZENHOF, INCIDENTEN)
    before = _advice_page(fatima_client)
    assert 'data-step="veiligheid_controleren"' in before
    assert "Voorwaarden voor contact tussen groepen" not in before
    _record(fatima)
    after = _advice_page(fatima_client)
    assert 'data-testid="veiligheidscontrole"' in after
    assert 'data-step="overbruggen_na_veiligheid"' in after
    assert 'data-step="fase_opnieuw_bepalen"' in after
    assert f"/situatie-bepalen/{ROZENHOF}/" in after
    assert "Voorwaarden voor contact tussen groepen" in after
    assert "Steun van autoriteiten" in after
    assert "veiligheid_hersteld" not in after


def test_assessment_page_records_a_check(fatima: User, fatima_client: Client) -> None:
    item = assess("fatima", ROZENHOF, INCIDENTEN)
    page = fatima_client.get(f"/situatie-bepalen/uitkomst/{item.uuid}/").content.decode()
    assert "Is de veiligheid terug?" in page
    url = f"/situatie-bepalen/{ROZENHOF}/veiligheid/"
    form = {
        "checked_on": timezone.localdate().isoformat(),
        "no_new_incidents": "on",
        "unsafety_addressed": "on",
        "residents_feel_safer": "on",
        "confirmed_by": ["gemeente"],
    }
    response = fatima_client.post(url, form)
    assert response.status_code == 302
    assert response["Location"].endswith("#veiligheid")
    page = fatima_client.get(response["Location"]).content.decode()
    assert "de veiligheid is terug." in page
    bad = fatima_client.post(url, {**form, "confirmed_by": ["buurman"]})
    assert bad.status_code == 400
    assert SafetyCheck.objects.count() == 1


def test_other_teams_area_is_404(pieter_client: Client) -> None:
    assert pieter_client.post(f"/situatie-bepalen/{ROZENHOF}/veiligheid/", {}).status_code == 404


@pytest.fixture
def api(demo: None) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username='fatima')}")
    return client


def test_api_records_lists_and_reads_checks(api: APIClient) -> None:
    body = {
        "gebied": ROZENHOF,
        "datum": timezone.localdate().isoformat(),
        "geenNieuweIncidenten": True,
        "onveiligheidAangepakt": True,
        "bewonersVoelenZichVeiliger": True,
        "bevestigdDoor": ["wijkagent"],
    }
    created = api.post("/api/v1/veiligheidscontroles", body, format="json")
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["hersteld"] is True
    assert data["gebied"]["code"] == ROZENHOF
    assert api.get(f"/api/v1/veiligheidscontroles?gebied={ROZENHOF}").json()["count"] == 1
    assert api.get(f"/api/v1/veiligheidscontroles/{data['id']}").json() == data
    wrong = api.post(
        "/api/v1/veiligheidscontroles", {**body, "bevestigdDoor": ["x"]}, format="json"
    )
    assert wrong.status_code == 400
    assert wrong["Content-Type"].startswith("application/problem+json")


def test_api_advice_uses_the_area_check_and_refuses_the_bare_flag(api: APIClient) -> None:
    assess("fatima", ROZENHOF, INCIDENTEN)
    body = {"fase": "incidenten", "aanpak": "dialoog", "gebied": ROZENHOF}
    before = api.post("/api/v1/adviezen", body, format="json").json()
    assert "ADV003" in {w["code"] for w in before["waarschuwingen"]}
    check = {
        "gebied": ROZENHOF,
        "datum": timezone.localdate().isoformat(),
        "geenNieuweIncidenten": True,
        "onveiligheidAangepakt": True,
        "bewonersVoelenZichVeiliger": True,
        "bevestigdDoor": ["woningcorporatie"],
    }
    assert api.post("/api/v1/veiligheidscontroles", check, format="json").status_code == 201
    after = api.post("/api/v1/adviezen", body, format="json").json()
    assert "ADV003" not in {w["code"] for w in after["waarschuwingen"]}
    assert after["veiligheidscontrole"]["hersteld"] is True
    flag = api.post(
        "/api/v1/adviezen", {"fase": "incidenten", "veiligheidHersteld": True}, format="json"
    )
    assert flag.status_code == 400
    assert "veiligheidscontrole" in flag.content.decode()
    other = api.post("/api/v1/adviezen", {**body, "gebied": NOORDERVELD}, format="json")
    assert other.status_code == 400
