"""Forms of the collective pages: list filters and the decisions (thin: shape input only)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.selectors import LISTED_STRENGTHS, QuestionFilter
from wijkverbinder.common.validation import DATES_REVERSED, dates_reversed
from wijkverbinder.common.widgets import PlainCheckboxInput, PlainDateInput, PlainSelect
from wijkverbinder.intake.forms import SELECT, TEXT_INPUT, NeighbourhoodCodeField, theme_choices

STATUS_CHOICES = [
    ("", _("open and confirmed")),
    (CollectiveQuestion.Status.OPEN, _("open")),
    (CollectiveQuestion.Status.CONFIRMED, _("confirmed")),
    (CollectiveQuestion.Status.DISMISSED, _("dismissed")),
    (CollectiveQuestion.Status.MERGED, _("merged")),
    ("all", _("all")),
]
DATE = PlainDateInput(attrs={**TEXT_INPUT, "type": "date"}, format="%Y-%m-%d")


class FilterForm(forms.Form):
    """Filters of the list (GET)."""

    buurt = NeighbourhoodCodeField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        to_field_name="code",
        widget=PlainSelect(attrs=SELECT),
    )
    thema = forms.ChoiceField(label=_("Theme"), required=False, widget=PlainSelect(attrs=SELECT))
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=STATUS_CHOICES, widget=PlainSelect(attrs=SELECT)
    )
    vanaf = forms.DateField(label=_("From"), required=False, widget=DATE)
    tot = forms.DateField(label=_("Until"), required=False, widget=DATE)
    oud = forms.BooleanField(
        label=_("Also questions no longer found"), required=False, widget=PlainCheckboxInput
    )
    zwak = forms.BooleanField(label=_("Also weak hints"), required=False, widget=PlainCheckboxInput)

    def __init__(self, *args: Any, neighbourhoods: QuerySet[Neighbourhood], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        buurt = self.fields["buurt"]
        assert isinstance(buurt, forms.ModelChoiceField)
        buurt.queryset = neighbourhoods.defer("geometry")  # choices need no outlines
        buurt.empty_label = "—"
        thema = self.fields["thema"]
        assert isinstance(thema, forms.ChoiceField)
        thema.choices = theme_choices("—")

    def clean(self) -> dict[str, Any]:
        """Refuse a period whose start lies after its end, in Dutch, beside the end date."""
        data = super().clean() or {}
        if dates_reversed(data.get("vanaf"), data.get("tot")):
            self.add_error("tot", DATES_REVERSED)
        return data

    def to_filter(self) -> QuestionFilter:
        """The selector's filter; weak hints are hidden unless asked for (also when the form is
        empty or not valid)."""
        if not self.is_valid():
            return QuestionFilter(strengths=LISTED_STRENGTHS)
        data = self.cleaned_data
        return QuestionFilter(
            neighbourhood=data["buurt"].code if data.get("buurt") else "",
            theme=data.get("thema") or "",
            status=data.get("status") or "",
            since=data.get("vanaf"),
            until=data.get("tot"),
            include_stale=bool(data.get("oud")),
            strengths=() if data.get("zwak") else LISTED_STRENGTHS,
        )
