"""Test helpers of intake: signals made through the service, as a professional would."""

from __future__ import annotations

from datetime import date
from typing import Any

from wijkverbinder.accounts.models import User
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.services import SignalInput, create_signal

NOISE = "Harde muziek en geluidsoverlast van de bovenburen, elke nacht tot laat."


def signal_input(**overrides: Any) -> SignalInput:
    """A valid input for Rozenhof, Kastanjelaan (Wijkteam W), with overrides."""
    place = overrides.pop(
        "place", PlaceInput(neighbourhood_code="BU99010102", street_name="Kastanjelaan")
    )
    values: dict[str, Any] = {
        "observed_on": date(2026, 10, 1),
        "text": NOISE,
        "place": place,
        "role": "affected",
        "source": "huisbezoek",
    }
    values.update(overrides)
    return SignalInput(**values)


def make_signal(user: User, **overrides: Any) -> Signal:
    """A signal recorded by `user` through `create_signal`."""
    return create_signal(user=user, data=signal_input(**overrides))
