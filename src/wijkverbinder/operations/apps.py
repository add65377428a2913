"""App configuration of `operations`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Health, readiness, logs and the task queue."""

    name = "wijkverbinder.operations"
    label = "operations"
    verbose_name = _("Operations")

    def ready(self) -> None:
        from django.conf import settings
        from django.contrib import admin

        from wijkverbinder.core.redaction import engine

        engine.configure(cache_root=settings.REDACTION_CACHE_DIR)
        admin.site.index_template = "operations/admin_index.html"  # links the system page
