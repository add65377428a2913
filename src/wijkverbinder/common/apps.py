"""App configuration of `common`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    """Shared infrastructure of the apps."""

    name = "wijkverbinder.common"
    label = "common"
    verbose_name = _("Common")
