"""Forms of the trajectory pages: one per step action. They only parse; the rules are the services'."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common.widgets import PlainSelect
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.intake.forms import SELECT, NeighbourhoodCodeField
from wijkverbinder.trajectories.escalation import IntakeAnswers
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Level,
    Stakeholder,
    Trajectory,
)

#: no score is preset: an empty choice first, so a weighing is always a choice the team made
SCORES = [("", "–"), *[(value, str(value)) for value in range(1, 6)]]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PageForm(forms.Form):
    """A form whose field ids start with `id_prefix`, so several forms share one page."""

    id_prefix = "form"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)


class BoardFilterForm(forms.Form):
    """The board's filter (GET): one of the user's buurten by CBS code."""

    buurt = NeighbourhoodCodeField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        to_field_name="code",
        widget=PlainSelect(attrs=SELECT),
        error_messages={
            "invalid_choice": _("This neighbourhood does not exist or is not one of your team's.")
        },
    )

    def __init__(self, *args: Any, neighbourhoods: QuerySet[Neighbourhood], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        buurt = self.fields["buurt"]
        assert isinstance(buurt, forms.ModelChoiceField)
        buurt.queryset = neighbourhoods.defer("geometry")  # choices need no outlines
        buurt.empty_label = "—"

    def neighbourhood_code(self) -> str | None:
        """The chosen buurt's code; "" for every buurt; None when the choice is refused (then the
        board shows nothing: an unknown or another team's code never falls back to all)."""
        if not self.is_bound:
            return ""
        if not self.is_valid():
            return None
        chosen = self.cleaned_data.get("buurt")
        return chosen.code if chosen else ""


def format_choices() -> list[tuple[str, str]]:
    """The meeting formats of the knowledge base."""
    return [(item.code, item.name) for item in load_knowledge_base().meeting_formats]


class ScoreForm(PageForm):
    """Step 1: score one question on the three criteria, each with a short reason."""

    id_prefix = "score"

    annoyance = forms.TypedChoiceField(label=_("Annoyance"), choices=SCORES, coerce=int)
    annoyance_reason = forms.CharField(label=_("Why"), max_length=200)
    impact = forms.TypedChoiceField(
        label=_("Impact of a collective approach"), choices=SCORES, coerce=int
    )
    impact_reason = forms.CharField(label=_("Why"), max_length=200)
    chance_of_success = forms.TypedChoiceField(
        label=_("Chance of success"), choices=SCORES, coerce=int
    )
    chance_of_success_reason = forms.CharField(label=_("Why"), max_length=200)

    def scores(self) -> dict[str, int]:
        """The three scores."""
        return {key: self.cleaned_data[key] for key in ("annoyance", "impact", "chance_of_success")}

    def reasons(self) -> dict[str, str]:
        """The three reasons."""
        return {key: self.cleaned_data[f"{key}_reason"] for key in self.scores()}


class WeightsForm(PageForm):
    """Step 1: the weights and the aggregation (GET; nothing is stored)."""

    id_prefix = "gewicht"

    annoyance = forms.FloatField(label=_("Weight of annoyance"), min_value=0, initial=1)
    impact = forms.FloatField(label=_("Weight of impact"), min_value=0, initial=1)
    chance_of_success = forms.FloatField(
        label=_("Weight of chance of success"), min_value=0, initial=1
    )
    aggregation = forms.ChoiceField(
        label=_("Combine the scores as"),
        choices=[("sum", _("weighted sum")), ("product", _("weighted product"))],
        initial="sum",
        widget=forms.RadioSelect,
    )


class StakeholderForm(PageForm):
    """Step 2: someone in the network; residents get a household label, never a name."""

    id_prefix = "belanghebbende"

    kind = forms.ChoiceField(label=_("Kind"), choices=Stakeholder.Kind.choices)
    role = forms.ChoiceField(label=_("Role"), choices=Stakeholder.Role.choices)
    profession = forms.CharField(label=_("Profession (professionals)"), required=False)
    organisation = forms.CharField(label=_("Organisation (organisations)"), required=False)
    reached = forms.ChoiceField(
        label=_("Reached through"), choices=Stakeholder.Reached.choices, widget=forms.RadioSelect
    )
    partner = forms.CharField(label=_("Partner (when reached via a partner)"), required=False)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        help_text=_("No names or addresses; personal data is removed before storage."),
    )


class ContactForm(PageForm):
    """Step 2: a contact with a stakeholder."""

    id_prefix = "contact"

    stakeholder = forms.ModelChoiceField(label=_("With"), queryset=Stakeholder.objects.none())
    on = forms.DateField(label=_("Date"), widget=DATE)
    format = forms.ChoiceField(label=_("How"), choices=Contact.Format.choices)
    summary = forms.CharField(
        label=_("Short summary"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("No names or addresses; personal data is removed before storage."),
    )

    def __init__(self, *args: Any, trajectory: Trajectory, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["stakeholder"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = trajectory.stakeholders.all()
        self.fields["on"].initial = timezone.localdate()


class ImpartialityForm(PageForm):
    """Step 2: the impartiality check."""

    id_prefix = "onpartijdig"

    note = forms.CharField(
        label=_("How did the team stay impartial?"),
        max_length=300,
        help_text=_("For example: both sides heard separately, no side taken, our role explained."),
    )


class MeetingForm(PageForm):
    """Step 3: a meeting of residents."""

    id_prefix = "bijeenkomst"

    format = forms.ChoiceField(label=_("Meeting format"))
    on = forms.DateField(label=_("Date"), widget=DATE)
    affected = forms.IntegerField(label=_("Residents who experience the nuisance"), min_value=0)
    causing = forms.IntegerField(label=_("Residents who cause the nuisance"), min_value=0)
    others = forms.IntegerField(label=_("Other residents"), min_value=0, initial=0)
    professionals = forms.IntegerField(label=_("Professionals present"), min_value=0)
    agenda = forms.CharField(
        label=_("Agenda (one item per line)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Include an item on what binds the residents ('wat bindt ons?')."),
    )
    override_reason = forms.CharField(
        label=_("Reason to deviate from the advice (only when you choose otherwise on purpose)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Leave empty unless the app refuses this meeting and you, as a professional, choose "
            "otherwise; the reason is shown on the timeline."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["format"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = format_choices()

    def agenda_items(self) -> list[str]:
        """The agenda as a list of items."""
        return [line.strip() for line in self.cleaned_data["agenda"].splitlines() if line.strip()]


class AgreementForm(PageForm):
    """Steps 3 and 4: who does what by when."""

    id_prefix = "afspraak"

    who = forms.CharField(label=_("Who"), max_length=100, help_text=_("A role, not a name."))
    what = forms.CharField(label=_("What"), max_length=300)
    due = forms.DateField(label=_("By when"), widget=DATE)
    support = forms.BooleanField(
        label=_("Support agreement of the team (ends on this date)"), required=False
    )


class AgreementStatusForm(PageForm):
    """Mark an agreement done or dropped."""

    id_prefix = "afspraakstatus"

    agreement = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=Agreement.Status.choices)


class CheckInPlanForm(PageForm):
    """Step 4: schedule a check-in."""

    id_prefix = "checkin"

    planned_on = forms.DateField(label=_("Check-in on"), widget=DATE)


class CheckInRecordForm(PageForm):
    """Step 4: how a check-in went."""

    id_prefix = "uitkomst"

    check_in = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Is it improving?"), choices=CheckIn.Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class EscalationForm(PageForm):
    """Escalation: the next rung (lightest first), or a skip with a reason, or acute danger."""

    id_prefix = "escalatie"

    target = forms.ChoiceField(
        label=_("To"), choices=[("", _("the next rung")), *Level.choices], required=False
    )
    skip_reason = forms.CharField(label=_("Reason to skip a rung"), required=False, max_length=300)
    acute_danger = forms.BooleanField(
        label=_("Acute danger: contact the police directly"), required=False
    )
    voluntary = forms.BooleanField(label=_("Both parties take part voluntarily"), required=False)
    addressable = forms.BooleanField(
        label=_("Both parties are addressable (no addiction or psychiatric obstacle)"),
        required=False,
    )
    exclusions = forms.MultipleChoiceField(
        label=_("Exclusion criteria that apply"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kb = load_knowledge_base()
        field = self.fields["exclusions"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(item.code.value, item.name) for item in kb.exclusion_criteria]

    def intake(self) -> IntakeAnswers | None:
        """The intake answers, when any was given (the service decides whether they count)."""
        data = self.cleaned_data
        if not (data["voluntary"] or data["addressable"] or data["exclusions"]):
            return None
        return IntakeAnswers(
            voluntary=data["voluntary"],
            addressable=data["addressable"],
            exclusions=tuple(data["exclusions"]),
        )


class CloseForm(PageForm):
    """Close a trajectory with a reason."""

    id_prefix = "afsluiten"

    reason = forms.CharField(label=_("Reason"), max_length=300)
