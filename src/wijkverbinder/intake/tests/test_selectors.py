"""Reading signals: team scoping (404 for another team) and the list filters."""

from __future__ import annotations

from datetime import date

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.selectors import SignalFilter, get_signal_for_user, signals_for_user
from wijkverbinder.intake.services import delete_signal
from wijkverbinder.intake.tests.factories import make_signal


def test_other_team_cannot_read_a_signal(fatima: User, pieter: User) -> None:
    signal = make_signal(fatima)
    assert get_signal_for_user(user=fatima, signal_id=signal.uuid) == signal
    with pytest.raises(NotFoundError):
        get_signal_for_user(user=pieter, signal_id=signal.uuid)
    assert not signals_for_user(user=pieter).exists()


def test_malformed_id_is_not_found(fatima: User) -> None:
    with pytest.raises(NotFoundError):
        get_signal_for_user(user=fatima, signal_id="niet-een-uuid")


def test_deleted_signals_are_hidden(fatima: User) -> None:
    signal = make_signal(fatima)
    delete_signal(user=fatima, signal=signal, reason="test")
    assert not signals_for_user(user=fatima).exists()
    with pytest.raises(NotFoundError):
        get_signal_for_user(user=fatima, signal_id=signal.uuid)


def test_filters(fatima: User) -> None:
    a = make_signal(fatima, observed_on=date(2026, 1, 10), theme="overlast.geluid", role="affected")
    b = make_signal(
        fatima,
        observed_on=date(2026, 3, 5),
        theme="overlast.jongeren",
        role="causing",
        source="politie",
        place=PlaceInput(neighbourhood_code="BU99010104", street_name="Marktplein"),
    )
    c = make_signal(
        fatima, observed_on=date(2026, 6, 1), theme="welzijn.eenzaamheid", role="asking_help"
    )

    def ids(**kwargs: object) -> set[int]:
        return {s.pk for s in signals_for_user(user=fatima, filters=SignalFilter(**kwargs))}  # type: ignore[arg-type]

    assert ids(neighbourhood="BU99010104") == {b.pk}
    assert ids(street="kastanjelaan") == {a.pk, c.pk}
    assert ids(theme="overlast") == {a.pk, b.pk}
    assert ids(theme="welzijn.eenzaamheid") == {c.pk}
    assert ids(since=date(2026, 2, 1), until=date(2026, 5, 31)) == {b.pk}
    assert ids(role="causing") == {b.pk}
    assert ids(source="politie") == {b.pk}
