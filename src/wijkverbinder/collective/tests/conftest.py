"""Fixtures of collective: a few questions of Wijkteam W made from hand-written results."""

from __future__ import annotations

import pytest

from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.tests.factories import apply, make_signals, result, street, team


@pytest.fixture
def questions(demo: None) -> list[CollectiveQuestion]:
    """Three open questions of Wijkteam W, most unusual first."""
    places = [("Kastanjelaan", 9.0), ("Rozenstraat", 3.0), ("Seringenpad", 0.5)]
    results = [
        result(
            make_signals(count=6, place=street("BU99010102", name), prefix=name), score=s, key=name
        )
        for name, s in places
    ]
    apply(team(), *results)
    return list(CollectiveQuestion.objects.order_by("-score"))
