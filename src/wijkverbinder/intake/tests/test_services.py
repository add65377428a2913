"""Recording signals: redaction before storage, place within the team, pseudonyms, refusals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.areas.models import Address, Street
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.intake.models import Signal, SignalEdit, ThemeModel
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.services import confirm_theme, delete_signal, update_signal
from wijkverbinder.intake.tests.factories import make_signal, signal_input

PERSONAL = (
    "Mevrouw Fatma Yilmaz (06-12345678, fatma@example.nl) heeft last van harde muziek van de buren."
)


def test_text_is_redacted_before_storage(fatima: User) -> None:
    signal = make_signal(fatima, text=PERSONAL)
    stored = Signal.objects.get(pk=signal.pk).text
    assert "Yilmaz" not in stored
    assert "06-12345678" not in stored
    assert "fatma@example.nl" not in stored
    assert "[NAAM]" in stored
    assert "[TELEFOON]" in stored
    assert "harde muziek" in stored


def test_theme_is_suggested_when_not_given(fatima: User) -> None:
    signal = make_signal(fatima)
    assert signal.theme == "overlast.geluid"
    assert signal.theme_origin == "suggested"
    assert signal.theme_confidence is not None


def test_chosen_theme_is_confirmed_and_learned(fatima: User) -> None:
    assert not ThemeModel.objects.exists()
    signal = make_signal(fatima, theme="welzijn.eenzaamheid")
    assert (signal.theme, signal.theme_origin) == ("welzijn.eenzaamheid", "confirmed")
    assert ThemeModel.objects.filter(team=signal.team).exists()


def test_suggested_theme_is_not_learned(fatima: User) -> None:
    make_signal(fatima)
    assert not ThemeModel.objects.exists()


def test_address_places_signal_and_makes_pseudonym(fatima: User) -> None:
    street = Street.objects.get(name="Kastanjelaan")
    Address.objects.create(
        postcode="9901AB", house_number=12, addition="", street=street, lat=52.303, lon=5.61
    )
    signal = make_signal(fatima, place=PlaceInput(postcode="9901 ab", house_number="12"))
    assert signal.street == street
    assert signal.neighbourhood.code == "BU99010102"
    assert len(signal.household) == 20
    assert "9901" not in signal.household
    assert signal.house_number == ""  # not kept by default (store the least)
    again = make_signal(fatima, place=PlaceInput(postcode="9901AB", house_number="12"))
    assert again.household == signal.household


def test_house_number_kept_only_when_allowed(fatima: User, settings: Any) -> None:
    settings.STORE_HOUSE_NUMBERS = True
    street = Street.objects.get(name="Kastanjelaan")
    Address.objects.create(postcode="9901AB", house_number=12, addition="B", street=street)
    assert (
        make_signal(fatima, place=PlaceInput(postcode="9901AB", house_number="12b")).house_number
        == "12B"
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"text": "   "}, "Vul de tekst"),
        ({"text": "x" * 3001}, "3001 tekens lang; het maximum is 3000"),
        ({"theme": "overlast.onzin"}, "Onbekend thema"),
        ({"role": "dader"}, "Onbekende rol"),
        ({"source": "roddel"}, "Onbekende bron"),
        ({"severity": 4}, "ernst is 1, 2 of 3"),
        ({"observed_on": date.today() + timedelta(days=2)}, "toekomst"),
        ({"place": PlaceInput(neighbourhood_code="BU99010201")}, "hoort niet bij het werkgebied"),
        ({"place": PlaceInput(lat=52.3090, lon=5.6240)}, "niet in een buurt van het werkgebied"),
        ({"place": PlaceInput(neighbourhood_code="BU12345678")}, "onbekend of hoort niet"),
        ({"place": PlaceInput(postcode="9901ZZ", house_number="3")}, "adres is onbekend of ligt"),
        ({"place": PlaceInput(postcode="99", house_number="3")}, "geen geldige postcode"),
        ({"place": PlaceInput()}, "Geef een postcode en huisnummer"),
        (
            {"place": PlaceInput(neighbourhood_code="BU99010102", street_name="Nergensweg")},
            "niet bekend in buurt",
        ),
        ({"place": PlaceInput(lat=52.37, lon=4.89)}, "niet in een buurt van het werkgebied"),
    ],
)
def test_refusals_change_nothing(fatima: User, overrides: dict[str, object], message: str) -> None:
    with pytest.raises(DomainError, match=message):
        make_signal(fatima, **overrides)
    assert Signal.objects.count() == 0
    assert not AccessLogEntry.objects.filter(object_type="signal").exists()


def test_point_places_signal(fatima: User) -> None:
    signal = make_signal(fatima, place=PlaceInput(lat=52.303, lon=5.6142))
    assert signal.neighbourhood.code == "BU99010102"


def test_user_without_team_is_refused(demo: None) -> None:
    loner = User.objects.create_user(username="loner", password="x" * 12)
    with pytest.raises(DomainError, match="nog geen lid van een team"):
        make_signal(loner)


def test_update_redacts_and_records_history(fatima: User) -> None:
    signal = make_signal(fatima)
    update_signal(
        user=fatima,
        signal=signal,
        data=signal_input(text="Bel Jan de Vries op 0612345678 over de muziek", severity=2),
    )
    signal.refresh_from_db()
    assert "Jan de Vries" not in signal.text
    assert signal.severity == 2
    edit = SignalEdit.objects.filter(signal=signal, action="update").get()
    assert set(edit.changes) == {"text", "severity"}


def test_delete_is_soft_and_needs_reason(fatima: User) -> None:
    signal = make_signal(fatima)
    with pytest.raises(DomainError, match="reden"):
        delete_signal(user=fatima, signal=signal, reason=" ")
    delete_signal(user=fatima, signal=signal, reason="dubbel ingevoerd")
    signal.refresh_from_db()
    assert signal.deleted_at is not None
    assert signal.deletion_reason == "dubbel ingevoerd"
    assert signal.deleted_at <= timezone.now()


def test_confirm_theme_teaches_the_team_classifier(fatima: User) -> None:
    signal = make_signal(
        fatima, text="De zwaluwen nestelen onder de dakgoot en het poept op de stoep."
    )
    confirm_theme(user=fatima, signal=signal, theme="overlast.dieren")
    assert signal.theme_origin == "confirmed"
    assert ThemeModel.objects.filter(team=signal.team).exists()
    with pytest.raises(DomainError):
        confirm_theme(user=fatima, signal=signal, theme="bestaat.niet")


def test_writes_are_access_logged_without_personal_data(fatima: User) -> None:
    signal = make_signal(fatima, text=PERSONAL)
    entry = AccessLogEntry.objects.get(object_type="signal", action="create")
    assert entry.object_id == str(signal.uuid)
    assert entry.user == fatima
    assert "Yilmaz" not in str(entry.__dict__)


def test_a_deletion_reason_that_grows_by_redaction_fits(fatima: User) -> None:
    """An e-mail address is shorter than its placeholder; the reason still fits its 200 places."""
    signal = make_signal(fatima)
    delete_signal(user=fatima, signal=signal, reason=("zie a@b.nl " * 20)[:200])
    signal.refresh_from_db()
    assert "a@b.nl" not in signal.deletion_reason
    assert 0 < len(signal.deletion_reason) <= 200
