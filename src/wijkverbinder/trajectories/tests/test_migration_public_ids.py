"""Migration 0003 gives every existing record of a trajectory its own public uuid (issue 10, 7)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("trajectories", "0002_alter_trajectoryevent_kind")]
AFTER = [("trajectories", "0003_public_ids")]


@pytest.mark.django_db(transaction=True)
def test_existing_rows_get_distinct_uuids(demo: None) -> None:
    from wijkverbinder.trajectories.tests.factories import handed_over

    trajectory_pk = handed_over().pk
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    for name in ("Stakeholder", "Contact", "Meeting", "Agreement", "CheckIn", "TrajectoryEvent"):
        model = apps.get_model("trajectories", name)
        ids = list(model.objects.filter(trajectory_id=trajectory_pk).values_list("uuid", flat=True))
        assert ids, name
        assert None not in ids, name
        assert len(set(ids)) == len(ids), name
