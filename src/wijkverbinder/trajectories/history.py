"""The append-only history of a trajectory: every change writes one `TrajectoryEvent`.

Events are never changed or deleted (the model and its queryset refuse it); the detail page shows
them as a timeline and the API as `/trajecten/{id}/gebeurtenissen`. Never put personal data in an
event: residents appear as their pseudonymous household label, free text only after redaction.
"""

from __future__ import annotations

from typing import Any

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.common.audit import log_access
from wijkverbinder.trajectories.models import Trajectory, TrajectoryEvent

OBJECT_TYPE = "trajectory"


def record_event(
    *,
    trajectory: Trajectory,
    kind: str,
    user: AnyUser,
    detail: str = "",
    data: dict[str, Any] | None = None,
    channel: str = "web",
) -> TrajectoryEvent:
    """Append an event and write the change to the access log."""
    event = TrajectoryEvent(
        trajectory=trajectory,
        kind=kind,
        detail=detail[:500],
        data=data or {},
        by_id=user.pk if user.is_authenticated else None,
    )
    event.full_clean()
    event.save()
    log_access(
        user=user, action=kind, object_type=OBJECT_TYPE, object_id=trajectory.uuid, channel=channel
    )
    return event
