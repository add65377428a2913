"""App configuration of `analysis`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    """Wijkanalyse."""

    name = "wijkverbinder.analysis"
    label = "analysis"
    verbose_name = _("Neighbourhood analysis")

    def ready(self) -> None:
        """Keep the weekly counts in step with every write of signals, and queue the refresh of
        the suppressed tables (intake cannot import this app, so it calls us through its hooks)."""
        from wijkverbinder.analysis import tasks
        from wijkverbinder.intake import hooks

        if tasks.after_signals_changed not in hooks.after_signals_changed:
            hooks.after_signals_changed.append(tasks.after_signals_changed)
