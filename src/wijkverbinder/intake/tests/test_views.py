"""Intake pages: record, list with filters, detail, edit, delete, import, htmx hints; 404 for
another team; bad input gets a Dutch message and stores nothing."""

from __future__ import annotations

from django.test import Client

from wijkverbinder.accounts.models import Membership, User
from wijkverbinder.areas.models import Address, Street
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.tests.factories import make_signal

FORM = {
    "observed_on": "2026-10-02",
    "neighbourhood": "BU99010102",
    "street": "Kastanjelaan",
    "text": "Meneer Bakker (06-11122233) klaagt over harde muziek van de bovenburen.",
    "role": "affected",
    "source": "huisbezoek",
    "theme": "",
    "severity": "1",
}


def test_record_a_signal(fatima_client: Client) -> None:
    response = fatima_client.post("/signalen/nieuw/", FORM, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Het signaal is opgeslagen." in body
    signal = Signal.objects.get()
    assert "Bakker" not in signal.text
    assert "[NAAM]" in body


def test_save_and_record_another(fatima_client: Client) -> None:
    response = fatima_client.post("/signalen/nieuw/", {**FORM, "nog_een": "1"})
    assert response["Location"] == "/signalen/nieuw/"


def test_too_long_text_is_refused_in_dutch(fatima_client: Client) -> None:
    response = fatima_client.post("/signalen/nieuw/", {**FORM, "text": "a" * 3001})
    assert response.status_code == 200
    assert "het maximum is 3000" in response.content.decode()
    assert Signal.objects.count() == 0


def test_missing_date_and_place_are_refused(fatima_client: Client) -> None:
    response = fatima_client.post(
        "/signalen/nieuw/", {**FORM, "observed_on": "", "neighbourhood": ""}
    )
    assert "Dit veld is verplicht." in response.content.decode()
    response = fatima_client.post("/signalen/nieuw/", {**FORM, "neighbourhood": ""})
    assert "Geef een postcode en huisnummer" in response.content.decode()
    assert Signal.objects.count() == 0


def test_list_and_filters(fatima: User, fatima_client: Client) -> None:
    make_signal(fatima, theme="overlast.geluid")
    make_signal(
        fatima, theme="welzijn.eenzaamheid", text="Oudere bewoner voelt zich eenzaam in de flat."
    )
    body = fatima_client.get("/signalen/").content.decode()
    assert "2 signalen" in body
    body = fatima_client.get("/signalen/?thema=welzijn").content.decode()
    assert "1 signaal" in body
    assert "eenzaam" in body


def test_detail_edit_delete(fatima: User, fatima_client: Client) -> None:
    signal = make_signal(fatima)
    assert "Geschiedenis" in fatima_client.get(f"/signalen/{signal.uuid}/").content.decode()
    response = fatima_client.post(f"/signalen/{signal.uuid}/wijzigen/", {**FORM, "severity": "3"})
    assert response.status_code == 302
    signal.refresh_from_db()
    assert signal.severity == 3
    response = fatima_client.post(f"/signalen/{signal.uuid}/verwijderen/", {"reason": ""})
    assert "Dit veld is verplicht." in response.content.decode()
    fatima_client.post(f"/signalen/{signal.uuid}/verwijderen/", {"reason": "dubbel"})
    assert fatima_client.get(f"/signalen/{signal.uuid}/").status_code == 404


def test_confirm_theme_with_one_click(fatima: User, fatima_client: Client) -> None:
    signal = make_signal(fatima)
    assert signal.theme_origin == "suggested"
    fatima_client.post(f"/signalen/{signal.uuid}/thema/", {"theme": signal.theme})
    signal.refresh_from_db()
    assert signal.theme_origin == "confirmed"


def test_other_teams_signal_is_404_everywhere(fatima: User, pieter_client: Client) -> None:
    signal = make_signal(fatima)
    for path in ("", "wijzigen/", "verwijderen/"):
        assert pieter_client.get(f"/signalen/{signal.uuid}/{path}").status_code == 404
    assert (
        pieter_client.post(
            f"/signalen/{signal.uuid}/thema/", {"theme": "overlast.geluid"}
        ).status_code
        == 404
    )
    assert (
        pieter_client.post(f"/signalen/{signal.uuid}/verwijderen/", {"reason": "weg"}).status_code
        == 404
    )
    assert Signal.objects.get().deleted_at is None


def test_address_hint(fatima_client: Client, pieter_client: Client) -> None:
    street = Street.objects.get(name="Kastanjelaan")
    Address.objects.create(postcode="9901AB", house_number=12, street=street)
    body = fatima_client.get("/signalen/adres/?postcode=9901ab&house_number=12").content.decode()
    assert "Gevonden: Kastanjelaan in Rozenhof." in body
    body = pieter_client.get("/signalen/adres/?postcode=9901ab&house_number=12").content.decode()
    assert "Kastanjelaan" not in body


def test_theme_hint(fatima_client: Client) -> None:
    body = fatima_client.post(
        "/signalen/thema-suggestie/", {"text": "harde muziek en geluidsoverlast van de buren"}
    ).content.decode()
    assert 'data-theme="overlast.geluid"' in body
    assert "zekerheid" not in body  # the certainty in words, not "zekerheid 0,59"
    assert "zeker" in body
    assert (
        fatima_client.post("/signalen/thema-suggestie/", {"text": "kort"}).content.decode().strip()
        == ""
    )


def test_a_removed_membership_counts_at_the_next_request(fatima_client: Client) -> None:
    """The teams are read at the start of every request (accounts.facts), never kept longer."""
    fatima = User.objects.get(username="fatima")
    signal = make_signal(fatima)
    assert fatima_client.get(f"/signalen/{signal.uuid}/").status_code == 200
    Membership.objects.filter(user=fatima).delete()
    assert fatima_client.get(f"/signalen/{signal.uuid}/").status_code == 404
    assert signal.text[:20] not in fatima_client.get("/signalen/").content.decode()


def test_swapped_filter_dates_are_named_in_dutch(fatima: User, fatima_client: Client) -> None:
    """A 'Vanaf' after 'Tot en met' says the dates are reversed instead of finding nothing."""
    body = fatima_client.get("/signalen/?vanaf=2026-03-01&tot=2026-02-01").content.decode()
    assert "de datums zijn omgedraaid" in body


def test_invalid_filter_shows_its_error_and_no_unfiltered_list(
    fatima: User, fatima_client: Client
) -> None:
    """The unfiltered list beside the error was read as the result of the filter."""
    make_signal(fatima, theme="overlast.geluid")
    body = fatima_client.get("/signalen/?vanaf=2026-03-01&tot=2026-02-01").content.decode()
    assert "de datums zijn omgedraaid" in body
    assert 'data-testid="filter-niet-toegepast"' in body
    assert "Het filter is niet toegepast" in body
    assert "Harde muziek" not in body
    assert "1 signaal" not in body
    assert "<table" not in body


def test_detail_says_the_theme_certainty_in_words(fatima: User, fatima_client: Client) -> None:
    signal = make_signal(fatima)
    Signal.objects.filter(pk=signal.pk).update(theme_confidence=0.59)
    body = fatima_client.get(f"/signalen/{signal.uuid}/").content.decode()
    assert "zekerheid 0,59" not in body
    assert "automatische themasuggestie: redelijk zeker" in body
