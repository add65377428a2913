"""App configuration of `privacy`."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Retention, erasure, access requests and the access log for the privacy officer."""

    name = "wijkverbinder.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
