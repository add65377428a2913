"""Shared helpers of the trajectory service tests."""

from __future__ import annotations

import pytest
from django.utils import timezone

from wijkverbinder.common.errors import DomainError
from wijkverbinder.trajectories import records, services
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests.factories import joost

TODAY = timezone.localdate


def refused(code: str, call: object, **kwargs: object) -> DomainError:
    """Call and expect a refusal with this stable code."""
    with pytest.raises(DomainError) as caught:
        call(**kwargs)  # type: ignore[operator]
    assert caught.value.code == code, caught.value.message
    return caught.value


def _stakeholder(trajectory: Trajectory, role: str, contact: bool = True) -> None:
    """A household stakeholder with this role, contacted unless `contact` is False."""
    person = records.add_stakeholder(
        user=joost(), trajectory=trajectory, kind="household", role=role, reached="own_contact"
    )
    if contact:
        records.log_contact(
            user=joost(),
            trajectory=trajectory,
            stakeholder=person,
            on=TODAY(),
            format="huisbezoek",
            summary="Gesprek.",
        )


def _next(trajectory: Trajectory, target: str) -> DomainError:
    """Try to move to the next step and expect its gate to refuse."""
    return refused(
        "MTH002" if target == "connect" else "MTH015",
        services.advance_step,
        user=joost(),
        trajectory=trajectory,
        target=target,
    )
