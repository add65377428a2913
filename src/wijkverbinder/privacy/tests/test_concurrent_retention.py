"""The retention run or a household's erasure while a professional edits a signal (threads with
their own database connections, SQLite and PostgreSQL): an edit that went through keeps its new
text, whichever of the two writes first, and the run clears only what is still due when it writes;
an edit never brings an erased signal back, and the erasure never fails on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.common.tests.threads import at_once
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.services import as_input, update_signal
from wijkverbinder.intake.tests.factories import make_signal
from wijkverbinder.privacy.households import erase_household
from wijkverbinder.privacy.retention import apply_retention

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("demo")]
EDITED = "Nog steeds harde muziek, nu ook in het weekend."


@pytest.mark.parametrize("round_", range(3))
def test_an_edit_during_the_retention_run_keeps_its_text(round_: int) -> None:
    signal = make_signal(User.objects.get(username="fatima"))
    Signal.objects.filter(pk=signal.pk).update(updated_at=timezone.now() - timedelta(days=4000))

    def edit(read: tuple[User, Signal]) -> Signal:
        user, stored = read
        base = as_input(stored)
        return update_signal(user=user, signal=stored, data=replace(base, text=EDITED), base=base)

    def read() -> tuple[User, Signal]:
        return User.objects.get(username="fatima"), Signal.objects.get(pk=signal.pk)

    outcome = at_once([(read, edit), (lambda: None, lambda _: apply_retention())])
    assert not any(isinstance(item, BaseException) for item in outcome), outcome
    assert Signal.objects.get(pk=signal.pk).text == EDITED


def test_an_edit_during_an_erasure_never_brings_the_signal_back() -> None:
    signal = make_signal(User.objects.get(username="fatima"), household="Kastanjelaan 12")

    def read() -> tuple[User, Signal]:
        return User.objects.get(username="fatima"), Signal.objects.get(pk=signal.pk)

    def edit(read: tuple[User, Signal]) -> Signal:
        user, stored = read
        base = as_input(stored)
        return update_signal(user=user, signal=stored, data=replace(base, text=EDITED), base=base)

    def erase(read: tuple[User, Signal]) -> object:
        return erase_household(user=read[0], pseudonym=read[1].household)

    outcome = at_once([(read, edit), (read, erase)])
    assert not isinstance(outcome[1], BaseException), outcome
    if isinstance(outcome[0], BaseException):  # the edit came second: the signal was gone
        assert isinstance(outcome[0], NotFoundError), outcome[0]
    assert not Signal.objects.filter(pk=signal.pk).exists()
