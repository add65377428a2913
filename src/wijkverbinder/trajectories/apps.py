"""App configuration of `trajectories`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrajectoriesConfig(AppConfig):
    """Trajectories: the four steps from a collective question to residents' own initiative."""

    name = "wijkverbinder.trajectories"
    label = "trajectories"
    verbose_name = _("Trajectories")
