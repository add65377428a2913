"""App configuration of `collective`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectiveConfig(AppConfig):
    """Collective questions."""

    name = "wijkverbinder.collective"
    label = "collective"
    verbose_name = _("Collective questions")
