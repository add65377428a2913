"""Two people changing one signal at the same moment (threads with their own database connections,
SQLite and PostgreSQL): an edit that meets a deletion never brings the signal back (an erasure:
`privacy/tests/test_concurrent_retention.py`),
a signal is deleted once, and an edit never writes back a theme confirmed meanwhile."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.common.tests.threads import at_once, failures, one_refusal
from wijkverbinder.intake.models import Signal, SignalEdit
from wijkverbinder.intake.services import as_input, confirm_theme, delete_signal, update_signal
from wijkverbinder.intake.tests.factories import make_signal

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]
EDITED = "Harde muziek en geluidsoverlast, nu ook overdag."


def _read(signal: Signal, username: str) -> Any:
    """What a request does first: read the user and its own copy of the signal."""
    return lambda: (User.objects.get(username=username), Signal.objects.get(pk=signal.pk))


def _edit(read: tuple[User, Signal]) -> Signal:
    """The API's PATCH of the text: the rest as the caller read it."""
    user, signal = read
    base = as_input(signal)
    return update_signal(user=user, signal=signal, data=replace(base, text=EDITED), base=base)


def _delete(read: tuple[User, Signal]) -> None:
    delete_signal(user=read[0], signal=read[1], reason="Dubbel ingevoerd.")


@pytest.mark.parametrize("round_", range(3))
def test_an_edit_during_a_deletion_never_brings_the_signal_back(round_: int) -> None:
    signal = make_signal(User.objects.get(username="fatima"))
    outcome = at_once([(_read(signal, "fatima"), _edit), (_read(signal, "joost"), _delete)])
    assert outcome[1] is None, outcome  # the deletion always goes through
    assert outcome[0] is not None, outcome
    if isinstance(outcome[0], BaseException):  # the edit came second: refused, nothing changed
        assert isinstance(outcome[0], NotFoundError), outcome[0]
    stored = Signal.objects.get(pk=signal.pk)
    assert stored.deleted_at is not None
    assert (stored.text, stored.household) == ("", "")


def test_a_signal_deleted_twice_at_once_is_deleted_once() -> None:
    signal = make_signal(User.objects.get(username="fatima"))
    outcome = at_once([(_read(signal, "fatima"), _delete), (_read(signal, "joost"), _delete)])
    one_refusal(outcome, "not_found")
    assert SignalEdit.objects.filter(signal_id=signal.pk, action="delete").count() == 1


def test_an_edit_keeps_a_theme_confirmed_at_the_same_moment() -> None:
    signal = make_signal(User.objects.get(username="fatima"))

    def confirm(read: tuple[User, Signal]) -> Signal:
        return confirm_theme(user=read[0], signal=read[1], theme="overlast.buren")

    outcome = at_once([(_read(signal, "fatima"), _edit), (_read(signal, "joost"), confirm)])
    assert not failures(outcome), outcome
    stored = Signal.objects.get(pk=signal.pk)
    assert stored.theme == "overlast.buren"
    assert stored.text == EDITED
