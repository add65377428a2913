"""The upload form of the import page: one file or several (the tables of one Signalen export)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wijkverbinder.common.widgets import PlainSelect
from wijkverbinder.intake.forms import SELECT, TEXT_INPUT

MAX_UPLOAD = 20 * 1024 * 1024
ACCEPT = ".csv,.txt,.json,.geojson,.xml,.zip"


class MultipleFileInput(forms.ClearableFileInput):
    """A file input that takes several files."""

    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Cleans to a list of uploaded files."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[Any]]:
        single = super().clean
        items = data if isinstance(data, list | tuple) else [data]
        files = [single(item, initial) for item in items if item]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if sum(f.size or 0 for f in files) > MAX_UPLOAD:
            raise forms.ValidationError(
                _(
                    "The files are larger than 20 MB together; use the command line "
                    "(wijkverbinder import-signals)."
                ),
                code="too_large",
            )
        return files


class ImportForm(forms.Form):
    """Upload of a file of signals (or, for a beheerder, of areas or addresses)."""

    upload = MultipleFileField(
        label=_("File(s)"),
        help_text=_(
            "CSV, JSON, XML or ZIP, at most 20 MB. For Signalen: the datawarehouse ZIP, or "
            "signals.csv, categories.csv and locations.csv together."
        ),
    )
    skip_invalid = forms.BooleanField(
        label=_("Import the good rows and skip the rejected ones"), required=False
    )
    mapping = forms.ChoiceField(
        label=_("Open311 mapping"),
        required=False,
        help_text=_("Only for Open311 files; by default the mapping that knows their services."),
        widget=PlainSelect(attrs=SELECT),
    )
    year = forms.IntegerField(
        label=_("Boundary year"),
        required=False,
        min_value=1990,
        max_value=2100,
        help_text=_("Only for an area file without a year (Amsterdam's gebieden file, for one)."),
        widget=forms.NumberInput(attrs={**TEXT_INPUT, "inputmode": "numeric", "size": 6}),
    )

    def __init__(self, *args: Any, mappings: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["mapping"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("automatic")), *((name, name) for name in mappings)]
