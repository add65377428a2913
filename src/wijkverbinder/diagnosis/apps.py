"""App configuration of `diagnosis`; registers the knowledge-base system check."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosisConfig(AppConfig):
    """Phase assessment and advice."""

    name = "wijkverbinder.diagnosis"
    label = "diagnosis"
    verbose_name = _("Diagnosis and advice")

    def ready(self) -> None:
        from wijkverbinder.diagnosis import checks  # noqa: F401  (registers the system check)
