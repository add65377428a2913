"""Forms of `straattafel`: a new straattafel, a statement, the tally form of a paper participant."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.straattafel.models import STATEMENT_MAX, Statement

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class StraattafelForm(forms.Form):
    """A new straattafel; the buurt is asked only when it is not started from a trajectory."""

    title = forms.CharField(label=_("Title"), max_length=120)
    question = forms.CharField(
        label=_("Question to residents"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: what would make living in the Kastanjelaan more pleasant?"),
    )
    neighbourhood = forms.ModelChoiceField(
        label=_("Buurt"), queryset=Neighbourhood.objects.none(), required=False
    )
    opens_at = forms.DateTimeField(label=_("Opens"), widget=DATETIME)
    closes_at = forms.DateTimeField(label=_("Closes"), widget=DATETIME)
    moderated = forms.BooleanField(
        label=_("Show residents' statements only after approval"), required=False, initial=True
    )
    participant_cap = forms.IntegerField(
        label=_("Maximum number of participants"), min_value=1, max_value=5000, required=False
    )

    def __init__(self, *args: Any, neighbourhoods: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if neighbourhoods is None:
            del self.fields["neighbourhood"]
        else:
            field = self.fields["neighbourhood"]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = neighbourhoods
            field.required = True
        if not self.is_bound:
            now = timezone.localtime().replace(second=0, microsecond=0)
            self.initial.setdefault("opens_at", now)
            self.initial.setdefault("closes_at", now + dt.timedelta(days=14))


class StatementForm(forms.Form):
    """A seed statement by the team."""

    text = forms.CharField(
        label=_("Statement"),
        max_length=STATEMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Short and in plain Dutch (B1): one thought, residents vote agree or disagree."
        ),
    )
    is_meta = forms.BooleanField(
        label=_("Context question (never drives the groups)"), required=False
    )


class ResidentStatementForm(forms.Form):
    """A resident's own statement."""

    text = forms.CharField(
        label=_("Your statement"),
        max_length=STATEMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Do not write names or addresses. The team reads statements first."),
    )


VOTE_CHOICES = [("", _("no answer")), ("1", _("agree")), ("-1", _("disagree")), ("0", _("pass"))]


class TallyForm(forms.Form):
    """One paper participant's answers, one field per shown statement."""

    def __init__(self, *args: Any, statements: list[Statement], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for statement in statements:
            self.fields[f"s{statement.number}"] = forms.ChoiceField(
                label=f"{statement.number}. {statement.text}",
                choices=VOTE_CHOICES,
                required=False,
                widget=forms.RadioSelect,
            )

    def votes(self) -> dict[int, int]:
        """Statement number → vote, for the answered statements."""
        return {
            int(name[1:]): int(value)
            for name, value in self.cleaned_data.items()
            if value not in ("", None)
        }
