"""Every trajectory event kind is written to the access log as its action; each must fit the
column (PostgreSQL enforces the length, SQLite does not)."""

from __future__ import annotations

from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.trajectories.models import TrajectoryEvent


def test_every_event_kind_fits_the_access_log_action() -> None:
    limit = AccessLogEntry._meta.get_field("action").max_length
    assert limit is not None
    assert max(len(kind) for kind in TrajectoryEvent.Kind.values) <= limit
