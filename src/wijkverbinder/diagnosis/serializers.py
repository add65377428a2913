# ruff: noqa: N815  (API field names are lowerCamelCase, as in intake/api.py: NL API Design Rules)
"""API shapes of `diagnosis` (Dutch keys, like `core.advice.serialize`).

Input serializers check every field at once, so a 400 problem lists all errors in `invalidParams`;
the questionnaire's and the knowledge base's codes are the allowed values. Output is built from
`assessment_as_dict`, one shape for the API and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail

from wijkverbinder.common.api import Timestamp
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.core.advice import setter_choices
from wijkverbinder.core.diagnosis import QUESTIONS, Question
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.core.knowledge.vocabulary import SCHEIDSLIJN_LABELS, Partner
from wijkverbinder.core.vocabulary import Phase
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.selectors import get_area_for_user
from wijkverbinder.diagnosis.services import MAX_NOTES_LENGTH
from wijkverbinder.diagnosis.snapshot import confidence_meaning

PHASES = [str(phase) for phase in Phase]


@extend_schema_field(
    {
        "allOf": [{"type": "string", "enum": PHASES}],
        "description": "Fase (rust, ongemak, spanning of incidenten).",
    }
)
class PhaseField(serializers.ChoiceField):
    """One of the four phases (one inline enum in the OpenAPI description, wherever it is used)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=PHASES, **kwargs)


def _answer_field(item: Question) -> serializers.Field[Any, Any, Any, Any]:
    codes = [option.code for option in item.options]
    if item.multiple:
        return serializers.ListField(
            child=serializers.ChoiceField(choices=codes),
            required=item.required,
            allow_empty=not item.required,
            help_text=item.text,
        )
    return serializers.ChoiceField(
        choices=codes, required=item.required, allow_null=not item.required, help_text=item.text
    )


class AnswersSerializer(serializers.Serializer[dict[str, Any]]):
    """The answers, one key per question code (see `/diagnoses/vragenlijst`)."""

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        return {item.code: _answer_field(item) for item in QUESTIONS}

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        """Field errors and unknown questions together, so every error is reported at once."""
        errors: dict[str, Any] = {}
        value: dict[str, Any] = {}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:
            if not isinstance(error.detail, dict):
                raise
            errors.update(error.detail)
        if isinstance(data, Mapping):
            known = {item.code for item in QUESTIONS}
            for key in sorted(set(data) - known):
                errors[key] = [ErrorDetail("Onbekende vraag.", code="unknown_question")]
        if errors:
            raise serializers.ValidationError(errors)
        return value


class DiagnosisInputSerializer(InputSerializer[dict[str, Any]]):
    """A new assessment: the area (CBS code of a wijk or buurt of your team) and the answers."""

    gebied = serializers.CharField(max_length=12, help_text="CBS-code van een wijk of buurt.")
    antwoorden = AnswersSerializer()
    toelichting = serializers.CharField(
        required=False, allow_blank=True, max_length=MAX_NOTES_LENGTH, default=""
    )

    def validate_gebied(self, value: str) -> Any:
        try:
            return get_area_for_user(user=self.context["request"].user, code=value)
        except NotFoundError as error:
            raise serializers.ValidationError(error.message, code="not_found") from error


class AreaSerializer(serializers.Serializer[dict[str, Any]]):
    code = serializers.CharField()
    naam = serializers.CharField()
    soort = serializers.ChoiceField(choices=["wijk", "buurt"])


class ObservationSerializer(serializers.Serializer[dict[str, Any]]):
    antwoord = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    fase = PhaseField()
    reden = serializers.CharField()


class EvidenceSerializer(serializers.Serializer[dict[str, Any]]):
    thema = serializers.CharField()
    aantal = serializers.IntegerField()
    minimum = serializers.IntegerField()
    minstensFase = PhaseField()
    reden = serializers.CharField()
    bron = serializers.URLField()
    geverifieerd = serializers.BooleanField()


class ConfidenceSerializer(serializers.Serializer[dict[str, Any]]):
    niveau = serializers.ChoiceField(choices=["laag", "midden", "hoog"])
    score = serializers.IntegerField()
    betekenis = serializers.CharField()
    redenen = serializers.ListField(child=serializers.CharField())


class SignalsSerializer(serializers.Serializer[dict[str, Any]]):
    aantallen = serializers.DictField(child=serializers.IntegerField())
    bewijs = EvidenceSerializer(many=True)


class DiagnosisSerializer(serializers.Serializer[dict[str, Any]]):
    """An assessment: the phase with its reasons."""

    id = serializers.UUIDField()
    gebied = AreaSerializer()
    fase = PhaseField()
    faseUitAntwoorden = PhaseField()
    verhoogdDoorSignalen = serializers.BooleanField()
    doorslaggevend = ObservationSerializer(many=True)
    zekerheid = ConfidenceSerializer()
    signalen = SignalsSerializer()
    omhoogAls = serializers.ListField(child=serializers.CharField())
    omlaagAls = serializers.ListField(child=serializers.CharField())
    antwoorden = serializers.DictField()
    toelichting = serializers.CharField()
    beoordeeldDoor = serializers.CharField(allow_null=True)
    beoordeeldOp = Timestamp()


def assessment_as_dict(item: PhaseAssessment) -> dict[str, Any]:
    """The assessment in the API's shape."""
    assessor = item.assessed_by
    return {
        "id": item.uuid,
        "gebied": {
            "code": item.area_code,
            "naam": item.area_name,
            "soort": "buurt" if item.neighbourhood_id else "wijk",
        },
        "fase": item.phase,
        "faseUitAntwoorden": item.phase_from_answers,
        "verhoogdDoorSignalen": item.raised_by_evidence,
        "doorslaggevend": item.decisive,
        "zekerheid": {
            "niveau": item.confidence,
            "score": item.confidence_score,
            "betekenis": confidence_meaning(item.confidence),
            "redenen": item.confidence_reasons,
        },
        "signalen": {"aantallen": item.signal_counts, "bewijs": item.evidence},
        "omhoogAls": item.would_move_up,
        "omlaagAls": item.would_move_down,
        "antwoorden": item.answers,
        "toelichting": item.notes,
        "beoordeeldDoor": assessor.display_name() if assessor is not None else None,
        "beoordeeldOp": item.assessed_at,
    }


def _codes(items: Any) -> list[str]:
    return [str(item.code) for item in items]


def _set_choices(field: serializers.Field[Any, Any, Any, Any], codes: list[str]) -> None:
    """Set the allowed codes of a choice field, or of the items of a list field."""
    target = field.child if isinstance(field, serializers.ListField) else field
    assert isinstance(target, serializers.ChoiceField)
    target.choices = codes


class ActivityPlanSerializer(serializers.Serializer[dict[str, Any]]):
    """The activity plan to check (decision rules 5 and 6); every field optional."""

    samenOntworpen = serializers.BooleanField(
        source="samen_ontworpen", required=False, default=False
    )
    groepsgrootte = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    competitie = serializers.BooleanField(required=False, default=False)
    focusOpVerschillen = serializers.BooleanField(
        source="focus_op_verschillen", required=False, default=False
    )
    regelsVanBovenaf = serializers.BooleanField(
        source="regels_van_bovenaf", required=False, default=False
    )
    terugkerend = serializers.BooleanField(required=False, default=False)
    looptijdMaanden = serializers.IntegerField(
        source="looptijd_maanden", required=False, allow_null=True, min_value=1
    )
    sleutelfiguren = serializers.ListField(child=serializers.CharField(), required=False)
    spelregels = serializers.BooleanField(required=False, default=False)
    begeleiderNeutraal = serializers.BooleanField(
        source="begeleider_neutraal", required=False, default=False
    )
    begeleiderCultuursensitief = serializers.BooleanField(
        source="begeleider_cultuursensitief", required=False, default=False
    )
    contactvoorwaarden = serializers.ListField(
        child=serializers.ChoiceField(choices=[]), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kb = load_knowledge_base()  # late, so a broken knowledge base is reported by the check
        _set_choices(self.fields["contactvoorwaarden"], _codes(kb.contact_conditions))


class SafetyCheckInputSerializer(InputSerializer[dict[str, Any]]):
    """A safety check after incidents (decision rule 2); as `wijkverbinder advise --safety-check`."""

    datum = serializers.DateField()
    geenNieuweIncidenten = serializers.BooleanField(
        source="geen_nieuwe_incidenten", required=False, default=False
    )
    onveiligheidAangepakt = serializers.BooleanField(
        source="onveiligheid_aangepakt", required=False, default=False
    )
    bewonersVoelenZichVeiliger = serializers.BooleanField(
        source="bewoners_voelen_zich_veiliger", required=False, default=False
    )
    bevestigdDoor = serializers.ListField(
        child=serializers.ChoiceField(choices=[str(code) for code in Partner]),
        source="bevestigd_door",
        required=False,
    )


class AdviceInputSerializer(InputSerializer[dict[str, Any]]):
    """What the advice is for; the same options as `wijkverbinder advise`."""

    fase = PhaseField()
    doelen = serializers.ListField(child=serializers.CharField(), required=False)
    doelenGesteldMet = serializers.ListField(
        child=serializers.ChoiceField(choices=[code for code, _label in setter_choices()]),
        source="doelen_gesteld_met",
        required=False,
        help_text="Codes van de bewonersgroepen en partners die de doelen mee bepaalden.",
    )
    groepen = serializers.ListField(child=serializers.CharField(), required=False)
    scheidslijnen = serializers.ListField(
        child=serializers.ChoiceField(choices=[str(code) for code in SCHEIDSLIJN_LABELS]),
        required=False,
    )
    groteVerschillen = serializers.BooleanField(
        source="grote_verschillen", required=False, default=False
    )
    thema = serializers.CharField(required=False, allow_blank=True, default="")
    gevoelig = serializers.BooleanField(required=False, default=False)
    bijeenkomstvorm = serializers.ChoiceField(choices=[], required=False, allow_null=True)
    aanpak = serializers.ChoiceField(choices=[], required=False, allow_null=True)
    uitsluitingscriteria = serializers.ListField(
        child=serializers.ChoiceField(choices=[]), required=False
    )
    gebied = serializers.CharField(
        required=False,
        max_length=12,
        help_text="CBS-code van een wijk of buurt van uw team: de vastgelegde veiligheidscontrole "
        "van dat gebied telt mee.",
    )
    veiligheidscontrole = SafetyCheckInputSerializer(required=False, allow_null=True)
    activiteitenplan = ActivityPlanSerializer(required=False, allow_null=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kb = load_knowledge_base()
        _set_choices(self.fields["bijeenkomstvorm"], _codes(kb.meeting_formats))
        _set_choices(self.fields["aanpak"], _codes(kb.approaches))
        _set_choices(self.fields["uitsluitingscriteria"], _codes(kb.exclusion_criteria))


def reject_safety_flag(data: Any) -> None:
    """The bare flag `veiligheidHersteld` is gone: a 400 that says what replaced it."""
    if isinstance(data, Mapping) and "veiligheidHersteld" in data:
        raise serializers.ValidationError(
            {
                "veiligheidHersteld": [
                    ErrorDetail(
                        "Vervangen door een vastgelegde veiligheidscontrole: stuur 'gebied' (de "
                        "controle van dat gebied telt) of 'veiligheidscontrole'.",
                        code="replaced",
                    )
                ]
            }
        )
