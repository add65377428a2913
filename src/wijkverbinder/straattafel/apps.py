"""App configuration of `straattafel`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StraattafelConfig(AppConfig):
    """Digital straattafel: statements, residents' votes, opinion groups and common ground."""

    name = "wijkverbinder.straattafel"
    label = "straattafel"
    verbose_name = _("Straattafel")

    def ready(self) -> None:
        """Show the straattafel in step 3 of a trajectory (trajectories cannot import this app)."""
        from wijkverbinder.straattafel import panels
        from wijkverbinder.trajectories import hooks

        if panels.step3_panel not in hooks.step3_panels:
            hooks.step3_panels.append(panels.step3_panel)
