"""App configuration of `areas`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AreasConfig(AppConfig):
    """CBS areas and streets."""

    name = "wijkverbinder.areas"
    label = "areas"
    verbose_name = _("Areas")
