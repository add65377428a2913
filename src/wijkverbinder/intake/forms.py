"""Forms of the intake pages. They only parse input; the rules are in `services.py`."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common.validation import DATES_REVERSED, dates_reversed
from wijkverbinder.common.widgets import (
    ListedChoiceIterator,
    PlainDateInput,
    PlainSelect,
    PlainTextInput,
)
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.models import SEVERITY_LABELS, Signal
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.services import SignalInput

TEXT_INPUT = {"class": "utrecht-textbox utrecht-textbox--html-input"}
SELECT = {"class": "utrecht-select utrecht-select--html-select"}


def theme_choices(blank: str = "") -> list[tuple[str, str]]:
    """(code, "Main › Leaf") for every leaf theme, grouped in taxonomy order."""
    taxonomy = load_taxonomy()
    return [("", blank), *((code, taxonomy.full_label(code)) for code in taxonomy.leaf_codes())]


class NeighbourhoodCodeField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A buurt of the field's queryset by CBS code (the option values are codes); of a code
    loaded for several boundary years, the newest. A plain `ModelChoiceField` crashed (500) on
    such a code: its `get(code=…)` found two buurten."""

    iterator = ListedChoiceIterator

    def to_python(self, value: Any) -> Neighbourhood | None:
        if value in self.empty_values:
            return None
        queryset = self.queryset
        assert queryset is not None
        found: Neighbourhood | None = queryset.filter(code=str(value)).order_by("-year").first()
        if found is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found


class SignalForm(forms.Form):
    """Recording or editing one signal (made to be filled in within 30 seconds)."""

    observed_on = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={**TEXT_INPUT, "type": "date"}, format="%Y-%m-%d"),
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={**TEXT_INPUT, "autocomplete": "off", "size": 8}),
    )
    house_number = forms.CharField(
        label=_("House number"),
        required=False,
        max_length=10,
        widget=forms.TextInput(attrs={**TEXT_INPUT, "autocomplete": "off", "size": 6}),
    )
    neighbourhood = forms.ModelChoiceField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        to_field_name="code",
        widget=PlainSelect(attrs=SELECT),
    )
    street = forms.CharField(
        label=_("Street"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={**TEXT_INPUT, "list": "straten"}),
    )
    text = forms.CharField(
        label=_("What did you hear or see?"),
        widget=forms.Textarea(
            attrs={"class": "utrecht-textarea utrecht-textarea--html-textarea", "rows": 5}
        ),
    )
    role = forms.ChoiceField(
        label=_("Role of the resident"),
        choices=Signal.Role.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    source = forms.ChoiceField(
        label=_("Source"),
        choices=[("", "—"), *Signal.Source.choices],
        required=False,
        widget=PlainSelect(attrs=SELECT),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=PlainSelect(attrs=SELECT))
    severity = forms.TypedChoiceField(
        label=_("Severity"),
        coerce=int,
        initial=1,
        choices=list(SEVERITY_LABELS.items()),
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, neighbourhoods: QuerySet[Neighbourhood], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["neighbourhood"]
        assert isinstance(field, forms.ModelChoiceField)
        field.iterator = ListedChoiceIterator  # before the query set: that sets the choices
        field.queryset = neighbourhoods
        theme = self.fields["theme"]
        assert isinstance(theme, forms.ChoiceField)
        theme.choices = theme_choices(str(_("— let the application suggest —")))
        self.fields["text"].widget.attrs["maxlength"] = settings.SIGNAL_TEXT_MAX
        self.fields["observed_on"].initial = timezone.localdate()

    def to_input(self) -> SignalInput:
        """The cleaned data as service input."""
        data = self.cleaned_data
        buurt = data.get("neighbourhood")
        return SignalInput(
            observed_on=data["observed_on"],
            text=data["text"],
            place=PlaceInput(
                neighbourhood_code=buurt.code if buurt else "",
                street_name=data.get("street", ""),
                postcode=data.get("postcode", ""),
                house_number=data.get("house_number", ""),
            ),
            role=data.get("role", ""),
            source=data.get("source", ""),
            theme=data.get("theme", ""),
            severity=data.get("severity") or 1,
        )


class FilterForm(forms.Form):
    """Filters of the signal list (GET)."""

    buurt = NeighbourhoodCodeField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        to_field_name="code",
        widget=PlainSelect(attrs=SELECT),
    )
    straat = forms.CharField(
        label=_("Street"), required=False, max_length=120, widget=PlainTextInput(attrs=TEXT_INPUT)
    )
    thema = forms.ChoiceField(label=_("Theme"), required=False, widget=PlainSelect(attrs=SELECT))
    vanaf = forms.DateField(
        label=_("From"),
        required=False,
        widget=PlainDateInput(attrs={**TEXT_INPUT, "type": "date"}, format="%Y-%m-%d"),
    )
    tot = forms.DateField(
        label=_("Until"),
        required=False,
        widget=PlainDateInput(attrs={**TEXT_INPUT, "type": "date"}, format="%Y-%m-%d"),
    )
    rol = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[("", "—"), *Signal.Role.choices],
        widget=PlainSelect(attrs=SELECT),
    )
    bron = forms.ChoiceField(
        label=_("Source"),
        required=False,
        choices=[("", "—"), *Signal.Source.choices],
        widget=PlainSelect(attrs=SELECT),
    )

    def __init__(self, *args: Any, neighbourhoods: QuerySet[Neighbourhood], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["buurt"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = neighbourhoods.defer("geometry")  # choices need no outlines
        theme = self.fields["thema"]
        assert isinstance(theme, forms.ChoiceField)
        taxonomy = load_taxonomy()
        mains = [(t.code, f"{t.label} (alle)") for t in taxonomy.themes if t.parent is None]
        theme.choices = [("", "—"), *mains, *theme_choices()[1:]]

    def clean(self) -> dict[str, Any]:
        """Refuse a period whose start lies after its end, in Dutch, beside the end date."""
        data = super().clean() or {}
        if dates_reversed(data.get("vanaf"), data.get("tot")):
            self.add_error("tot", DATES_REVERSED)
        return data


class DeleteForm(forms.Form):
    """Soft delete with a reason."""

    reason = forms.CharField(
        label=_("Reason for deletion"), max_length=200, widget=forms.TextInput(attrs=TEXT_INPUT)
    )
