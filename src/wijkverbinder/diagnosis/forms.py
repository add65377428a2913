"""Forms of `diagnosis`: the questionnaire 'Situatie bepalen', the safety check and the advice form.

The questionnaire's fields are built from `core.diagnosis.QUESTIONS` (one field per question, its
code as the field name), so the page and the API ask exactly the same. The advice form's field
names are the API's keys (`advice_input.py`).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wijkverbinder.core.advice import setter_choices
from wijkverbinder.core.diagnosis import QUESTIONS, Question
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import PARTNER_LABELS, SCHEIDSLIJN_LABELS
from wijkverbinder.diagnosis.services import MAX_CHECK_NOTES_LENGTH, MAX_NOTES_LENGTH

REQUIRED = _("Please answer this question.")


def _question_field(item: Question) -> forms.Field:
    choices = [(option.code, option.label) for option in item.options]
    messages = {"required": REQUIRED}
    if item.multiple:
        return forms.MultipleChoiceField(
            label=item.text,
            help_text=item.help,
            required=item.required,
            choices=choices,
            widget=forms.CheckboxSelectMultiple,
            error_messages=messages,
        )
    return forms.ChoiceField(
        label=item.text,
        help_text=item.help,
        required=item.required,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages=messages,
    )


class QuestionnaireForm(forms.Form):
    """The questions of 'Situatie bepalen' plus a free note (no names of residents)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for item in QUESTIONS:
            self.fields[item.code] = _question_field(item)
        self.fields["toelichting"] = forms.CharField(
            label=_("Notes"),
            help_text=_("Optional. Do not write names or addresses of residents."),
            required=False,
            max_length=MAX_NOTES_LENGTH,
            widget=forms.Textarea(attrs={"rows": 3}),
        )

    def answers(self) -> dict[str, Any]:
        """The cleaned answers, keyed by question code."""
        return {item.code: self.cleaned_data.get(item.code) or None for item in QUESTIONS}


def _phase_choices() -> list[tuple[str, str]]:
    kb = load_knowledge_base()
    return [(str(info.phase), f"{info.name} ({info.colour})") for info in kb.phases]


def _optional(choices: list[tuple[str, str]]) -> list[tuple[str, str | Promise]]:
    return [("", _("— none —")), *choices]


def _lines(value: str, *, commas: bool = True) -> list[str]:
    text = value.replace(",", "\n") if commas else value
    return [line.strip() for line in text.splitlines() if line.strip()]


class AdviceForm(forms.Form):
    """The situation and the plan the advice is for; optionally the activity plan to check."""

    fase = forms.ChoiceField(label=_("Phase of the area"), widget=forms.RadioSelect)
    doelen = forms.CharField(
        label=_("Goals of the activity"),
        help_text=_("One goal per line."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    doelen_gesteld_met = forms.MultipleChoiceField(
        label=_("Who set the goals?"),
        help_text=_(
            "Tick the resident groups (and partners) that set the goals. Without a resident "
            "group the advice warns."
        ),
        required=False,
        choices=setter_choices,
        widget=forms.CheckboxSelectMultiple,
    )
    groepen = forms.CharField(
        label=_("Groups involved"), help_text=_("Separate with commas."), required=False
    )
    scheidslijnen = forms.MultipleChoiceField(
        label=_("Dividing lines"),
        required=False,
        choices=[(str(code), label) for code, label in SCHEIDSLIJN_LABELS.items()],
        widget=forms.CheckboxSelectMultiple,
    )
    grote_verschillen = forms.BooleanField(
        label=_("The differences between the groups are large, or there is hostility"),
        required=False,
    )
    thema = forms.CharField(label=_("Theme"), required=False, max_length=100)
    gevoelig = forms.BooleanField(label=_("The theme is sensitive"), required=False)
    bijeenkomstvorm = forms.ChoiceField(label=_("Planned meeting format"), required=False)
    aanpak = forms.ChoiceField(label=_("Planned approach"), required=False)
    uitsluitingscriteria = forms.MultipleChoiceField(
        label=_("Exclusion criteria of buurtbemiddeling that apply"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    gebied = forms.CharField(required=False, max_length=12, widget=forms.HiddenInput)
    plan_controleren = forms.BooleanField(label=_("Check my activity plan"), required=False)
    samen_ontworpen = forms.BooleanField(
        label=_("Designed together with residents"), required=False
    )
    groepsgrootte = forms.IntegerField(
        label=_("Group size"), required=False, min_value=1, max_value=10000
    )
    competitie = forms.BooleanField(label=_("Groups compete with each other"), required=False)
    focus_op_verschillen = forms.BooleanField(
        label=_("The activity focuses on the differences"), required=False
    )
    regels_van_bovenaf = forms.BooleanField(label=_("Rules are imposed from above"), required=False)
    terugkerend = forms.BooleanField(label=_("Recurring activity"), required=False)
    looptijd_maanden = forms.IntegerField(
        label=_("Planned duration in months"), required=False, min_value=1, max_value=240
    )
    sleutelfiguren = forms.CharField(
        label=_("Key figures involved"),
        help_text=_("Their role, not their name; separate with commas."),
        required=False,
    )
    spelregels = forms.BooleanField(label=_("Ground rules agreed"), required=False)
    begeleider_neutraal = forms.BooleanField(label=_("Neutral facilitator"), required=False)
    begeleider_cultuursensitief = forms.BooleanField(
        label=_("Culture-sensitive facilitator"), required=False
    )
    contactvoorwaarden = forms.MultipleChoiceField(
        label=_("Contact conditions the activity meets"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    PLAN_FIELDS = (
        "samen_ontworpen",
        "groepsgrootte",
        "competitie",
        "focus_op_verschillen",
        "regels_van_bovenaf",
        "terugkerend",
        "looptijd_maanden",
        "sleutelfiguren",
        "spelregels",
        "begeleider_neutraal",
        "begeleider_cultuursensitief",
        "contactvoorwaarden",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kb = load_knowledge_base()
        self.fields["fase"].choices = _phase_choices()  # type: ignore[attr-defined]
        self.fields["bijeenkomstvorm"].choices = _optional(  # type: ignore[attr-defined]
            [(item.code, item.name) for item in kb.meeting_formats]
        )
        self.fields["aanpak"].choices = _optional(  # type: ignore[attr-defined]
            [(item.code, item.name) for item in kb.approaches]
        )
        self.fields["uitsluitingscriteria"].choices = [  # type: ignore[attr-defined]
            (str(item.code), item.name) for item in kb.exclusion_criteria
        ]
        self.fields["contactvoorwaarden"].choices = [  # type: ignore[attr-defined]
            (item.code, item.name) for item in kb.contact_conditions
        ]

    def advice_data(self) -> dict[str, Any]:
        """The cleaned input with the API's keys (see `advice_input.py`)."""
        data = dict(self.cleaned_data)
        data["doelen"] = _lines(data.get("doelen") or "", commas=False)
        data["groepen"] = _lines(data.get("groepen") or "")
        plan = {name: data.pop(name, None) for name in self.PLAN_FIELDS}
        plan["sleutelfiguren"] = _lines(plan.get("sleutelfiguren") or "")
        data["activiteitenplan"] = plan if data.pop("plan_controleren", False) else None
        return data


class SafetyCheckForm(forms.Form):
    """Record whether safety is restored after incidents (decision rule 2)."""

    checked_on = forms.DateField(
        label=_("Date of the check"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    no_new_incidents = forms.BooleanField(
        label=_("No new incidents since the measures"), required=False
    )
    unsafety_addressed = forms.BooleanField(
        label=_("The unsafety and nuisance have been dealt with"), required=False
    )
    residents_feel_safer = forms.BooleanField(
        label=_("Residents say they feel safer"), required=False
    )
    confirmed_by = forms.MultipleChoiceField(
        label=_("Confirmed by"),
        required=False,
        choices=[(str(code), label) for code, label in PARTNER_LABELS.items()],
        widget=forms.CheckboxSelectMultiple,
    )
    notes = forms.CharField(
        label=_("Notes"),
        help_text=_("Optional. Do not write names or addresses of residents."),
        required=False,
        max_length=MAX_CHECK_NOTES_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
