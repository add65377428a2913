"""App configuration of `collective`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollectiveConfig(AppConfig):
    """Collective questions."""

    name = "wijkverbinder.collective"
    label = "collective"
    verbose_name = _("Collective questions")

    def ready(self) -> None:
        """Run detection after imports and new signals (intake cannot import this app)."""
        from wijkverbinder.collective import tasks
        from wijkverbinder.intake import hooks

        if tasks.after_import not in hooks.after_import:
            hooks.after_import.append(tasks.after_import)
        if tasks.after_signal_saved not in hooks.after_signal_saved:
            hooks.after_signal_saved.append(tasks.after_signal_saved)
