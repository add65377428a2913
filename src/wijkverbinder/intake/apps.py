"""App configuration of `intake`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    """Signals."""

    name = "wijkverbinder.intake"
    label = "intake"
    verbose_name = _("Intake")
