"""App configuration of `common`."""

from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_log_triggers(using: str = "default", **kwargs: Any) -> None:
    """(Re)create the access log's append-only triggers after every `migrate`.

    On SQLite a later migration that rebuilds the table would drop them silently; this puts them
    back. Idempotent.
    """
    from wijkverbinder.common import log_guard

    connection = connections[using]
    if log_guard.TABLE not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for sql in log_guard.statements(connection.vendor, create=True):
            cursor.execute(sql)


class CommonConfig(AppConfig):
    """Shared infrastructure of the apps."""

    name = "wijkverbinder.common"
    label = "common"
    verbose_name = _("Common")

    def ready(self) -> None:
        post_migrate.connect(ensure_log_triggers, sender=self)
