"""The straattafel panel in step 3 of a trajectory's page (registered in `trajectories.hooks`)."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from wijkverbinder.straattafel import selectors, state
from wijkverbinder.trajectories.models import Step, Trajectory


def step3_panel(request: HttpRequest, trajectory: Trajectory) -> SafeString:
    """The trajectory's straattafels and, in step 3, a link to start one."""
    rows = list(selectors.straattafels_of_trajectory(trajectory.pk))
    for row in rows:
        row.state = state.status(row)  # type: ignore[attr-defined]
    can_start = trajectory.status == Trajectory.Status.ACTIVE and trajectory.step == Step.CONNECT
    html = render_to_string(
        "straattafel/_trajectory_panel.html",
        {"rows": rows, "trajectory": trajectory, "can_start": can_start},
        request=request,
    )
    return mark_safe(html)  # noqa: S308 — rendered by the template engine, which escapes
