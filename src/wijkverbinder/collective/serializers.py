# ruff: noqa: N815  (Dutch camelCase field names of the API, NL API Design Rules)
"""API shapes of collective questions (Dutch camelCase field names, NL API Design Rules)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from wijkverbinder.collective import presentation
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.titles import theme_name
from wijkverbinder.common.api import Timestamp
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.common.validation import DATES_REVERSED, dates_reversed
from wijkverbinder.core.taxonomy import load_taxonomy

#: Fixed Dutch values of `sterkte` (not translated: an API value, not UI text).
STRENGTH_API = {"strong": "sterk", "clear": "duidelijk", "weak": "zwak"}


class QuestionSerializer(serializers.ModelSerializer[CollectiveQuestion]):
    """A collective question as the API shows it (read-only: change it through the operations)."""

    id = serializers.UUIDField(source="uuid", read_only=True)
    titel = serializers.CharField(source="title")
    titelDoorTeam = serializers.BooleanField(source="title_edited")
    thema = serializers.CharField(source="theme")
    themaNaam = serializers.SerializerMethodField()
    buurtcode = serializers.CharField(source="neighbourhood.code")
    wijk = serializers.CharField(
        source="neighbourhood.district.code",
        help_text="CBS-wijkcode: het maximum aan lopende trajecten geldt per wijk (MTH001).",
    )
    gevoelig = serializers.SerializerMethodField(
        help_text="Gevoelig thema: geen bijeenkomst via sociale media (MTH003)."
    )
    titelMetPeriode = serializers.CharField(
        source="label",
        help_text="De titel met de periode, bv. 'Geluid – Tulpenhof, Rozenhof (sep–nov 2025)': "
        "twee vragen kunnen dezelfde titel hebben; de pagina's tonen deze vorm.",
    )
    buurt = serializers.CharField(source="neighbourhood.name")
    straat = serializers.CharField(source="street.name", allow_null=True, default=None)
    straten = serializers.ListField(source="streets", child=serializers.CharField())
    scoreBetekenis = serializers.SerializerMethodField(
        help_text="Sterkte in woorden (gelijk aan sterkte): sterk, duidelijk of zwak."
    )
    sterkte = serializers.SerializerMethodField(
        help_text="Sterkte zoals de pagina's die tonen: 'sterk' (score ≥ 2, toeval hooguit 1 op "
        "100), 'duidelijk' (score ≥ 1, hooguit 1 op 10) of 'zwak' (een aanwijzing). "
        "De score zelf blijft in 'score'."
    )
    huishoudensBekend = serializers.BooleanField(
        source="households_known",
        help_text="Onwaar als een signaal geen huishouden had (openbare-ruimtemeldingen): "
        "'huishoudens' telt dan meldingen, geen huishoudens.",
    )
    themas = serializers.ListField(
        source="themes",
        child=serializers.CharField(),
        help_text="Alle thema's van de vraag, meeste huishoudens eerst ('thema' is het eerste).",
    )
    pWaarde = serializers.FloatField(source="p_value", allow_null=True)
    verwachteHuishoudens = serializers.FloatField(source="expected", allow_null=True)
    huishoudens = serializers.IntegerField(source="households")
    aantalSignalen = serializers.IntegerField(source="signal_count")
    begin = serializers.DateField(source="start", allow_null=True)
    eind = serializers.DateField(source="end", allow_null=True)
    niveau = serializers.CharField(source="level")
    kanten = serializers.ListField(source="sides", child=serializers.CharField())
    signalenPerRol = serializers.DictField(source="role_counts", child=serializers.IntegerField())
    trefwoorden = serializers.ListField(source="keywords", child=serializers.CharField())
    voorbeelden = serializers.ListField(source="examples", child=serializers.CharField())
    nieuwOnderwerp = serializers.BooleanField(source="new_topic")
    nietMeerGevonden = serializers.BooleanField(source="stale")
    samengevoegdIn = serializers.UUIDField(source="merged_into.uuid", allow_null=True, default=None)
    laatstGevonden = Timestamp(source="detected_at", allow_null=True)
    besluitOp = Timestamp(source="decided_at", allow_null=True)
    besluitToelichting = serializers.CharField(source="decision_note")

    class Meta:
        model = CollectiveQuestion
        fields: tuple[str, ...] = (
            "id", "titel", "titelMetPeriode", "titelDoorTeam", "thema", "themaNaam", "gevoelig",
            "status", "buurtcode", "buurt", "wijk",
            "straat", "straten", "score", "scoreBetekenis", "sterkte", "pWaarde",
            "verwachteHuishoudens", "huishoudens", "huishoudensBekend", "themas", "aantalSignalen",
            "begin", "eind", "trend", "niveau", "kanten",
            "signalenPerRol", "trefwoorden", "voorbeelden", "nieuwOnderwerp", "nietMeerGevonden",
            "samengevoegdIn", "laatstGevonden", "besluitOp", "besluitToelichting",
        )  # fmt: skip
        read_only_fields: tuple[str, ...] = fields

    def get_themaNaam(self, obj: CollectiveQuestion) -> str:  # noqa: N802
        return theme_name(obj.theme)

    def get_gevoelig(self, obj: CollectiveQuestion) -> bool:
        return load_taxonomy().is_sensitive(obj.theme)

    def get_scoreBetekenis(self, obj: CollectiveQuestion) -> str:  # noqa: N802
        return presentation.strength_label(obj.score)

    @extend_schema_field({"type": "string", "enum": ["sterk", "duidelijk", "zwak"]})
    def get_sterkte(self, obj: CollectiveQuestion) -> str:
        return STRENGTH_API[presentation.strength(obj.score)]


class QuestionDetailSerializer(QuestionSerializer):
    """One question with the public ids of its signals."""

    signalen = serializers.SerializerMethodField()

    class Meta(QuestionSerializer.Meta):
        fields = (*QuestionSerializer.Meta.fields, "signalen")
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.UUIDField()))
    def get_signalen(self, obj: CollectiveQuestion) -> list[str]:
        ids = obj.signals.filter(deleted_at__isnull=True).values_list("uuid", flat=True)
        return [str(i) for i in ids]


#: The API's words for the strengths (`sterkte`) and the internal names.
STRENGTH_WORDS = {"sterk": "strong", "duidelijk": "clear", "zwak": "weak"}


class QuestionQuerySerializer(serializers.Serializer[None]):
    """The list's query parameters."""

    buurt = serializers.CharField(required=False, max_length=10)
    thema = serializers.CharField(required=False, max_length=60)
    status = serializers.ChoiceField(
        choices=[*CollectiveQuestion.Status.values, "all"], required=False
    )
    vanaf = serializers.DateField(required=False)
    tot = serializers.DateField(required=False)
    nietMeerGevonden = serializers.BooleanField(required=False, default=False)
    sterkte = serializers.CharField(required=False, max_length=40)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        """Refuse a period whose start lies after its end, in Dutch."""
        if dates_reversed(attrs.get("vanaf"), attrs.get("tot")):
            raise serializers.ValidationError({"tot": [str(DATES_REVERSED)]})
        return attrs

    def validate_sterkte(self, value: str) -> tuple[str, ...]:
        """ "sterk,duidelijk" → ("strong", "clear"); an unknown word is refused in Dutch."""
        words = [w.strip().lower() for w in value.split(",") if w.strip()]
        unknown = [w for w in words if w not in STRENGTH_WORDS]
        if unknown or not words:
            raise serializers.ValidationError(
                f"Onbekende sterkte '{', '.join(unknown) or value}': kies uit sterk, duidelijk en "
                "zwak, gescheiden door komma's."
            )
        return tuple(dict.fromkeys(STRENGTH_WORDS[w] for w in words))


class DismissSerializer(InputSerializer[None]):
    toelichting = serializers.CharField(max_length=300, help_text="Waarom dit geen vraag is")


class RenameSerializer(InputSerializer[None]):
    titel = serializers.CharField(max_length=150)


class MergeSerializer(InputSerializer[None]):
    vragen = serializers.ListField(
        child=serializers.UUIDField(), min_length=1, help_text="Vragen die hierin opgaan"
    )


class SplitSerializer(InputSerializer[None]):
    signalen = serializers.ListField(
        child=serializers.UUIDField(), min_length=1, help_text="Signalen die een eigen vraag worden"
    )
    titel = serializers.CharField(max_length=150, required=False, allow_blank=True)


class DetectionStartedSerializer(serializers.Serializer[None]):
    teams = serializers.IntegerField(help_text="Aantal teams waarvoor de detectie is gestart")

    def to_representation(self, instance: Any) -> dict[str, Any]:
        return {"teams": int(instance)}
