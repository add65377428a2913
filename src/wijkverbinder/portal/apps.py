"""App configuration of `portal`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """Start page, demo municipality and the built-in server."""

    name = "wijkverbinder.portal"
    label = "portal"
    verbose_name = _("Portal")
