"""App configuration of `analysis`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    """Wijkanalyse."""

    name = "wijkverbinder.analysis"
    label = "analysis"
    verbose_name = _("Neighbourhood analysis")

    def ready(self) -> None:
        """Keep the weekly counts in step with every write of signals (intake cannot import this
        app, so it calls us through its hooks)."""
        from wijkverbinder.analysis import counts
        from wijkverbinder.intake import hooks

        if counts.after_signals_changed not in hooks.after_signals_changed:
            hooks.after_signals_changed.append(counts.after_signals_changed)
