"""Forms of the privacy officer's pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkverbinder.common.validation import DATES_REVERSED, dates_reversed


class LogSearchForm(forms.Form):
    """Search the access log."""

    username = forms.CharField(label=_("User name"), required=False, max_length=150)
    object_type = forms.CharField(label=_("Kind of record"), required=False, max_length=60)
    object_id = forms.CharField(label=_("Record id"), required=False, max_length=64)
    action = forms.CharField(label=_("Action"), required=False, max_length=40)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Up to and including"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self) -> dict[str, Any]:
        """Refuse a period whose start lies after its end, in Dutch, beside the end date."""
        data = super().clean() or {}
        if dates_reversed(data.get("since"), data.get("until")):
            self.add_error("until", DATES_REVERSED)
        return data


class HouseholdForm(forms.Form):
    """Which household: postcode and house number, or its pseudonym."""

    postcode = forms.CharField(label=_("Postcode"), required=False, max_length=8)
    house_number = forms.CharField(label=_("House number"), required=False, max_length=10)
    pseudonym = forms.CharField(label=_("or pseudonym"), required=False, max_length=40)

    def household(self) -> str:
        data = self.cleaned_data
        return f"{data.get('postcode', '')} {data.get('house_number', '')}".strip()
