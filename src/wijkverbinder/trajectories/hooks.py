"""Hooks for apps above `trajectories`: extra panels on a trajectory's page.

`trajectories` must not import the apps that build on it (for example `straattafel`). Such an app
appends a callback to `step3_panels` in `AppConfig.ready()`; the detail page calls each with the
request and the trajectory and shows the returned HTML (already rendered and escaped by the app's
own template) in step 3.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.utils.safestring import SafeString

if TYPE_CHECKING:
    from django.http import HttpRequest

    from wijkverbinder.trajectories.models import Trajectory

step3_panels: list[Callable[[HttpRequest, Trajectory], SafeString]] = []


def render_step3_panels(request: HttpRequest, trajectory: Trajectory) -> list[SafeString]:
    """The panels of the apps above, in registration order."""
    return [panel(request, trajectory) for panel in step3_panels]
