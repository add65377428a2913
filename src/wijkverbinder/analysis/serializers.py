# ruff: noqa: N815  (API field names are lowerCamelCase: NL API Design Rules)
"""The shape of `/api/v1/wijkanalyses/{gebiedscode}` (Dutch camelCase names, NL API Design Rules).

A hidden cell ("< 5" on the page) is `null` with `verborgen: true`; rates are signals per 1,000
inhabitants. No text of a signal is ever in it.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from wijkverbinder.analysis.selectors import PERIODS, theme_problem
from wijkverbinder.trajectories.serializers import LinkSerializer


class AnalysisLinksSerializer(serializers.Serializer[dict[str, Any]]):
    self = LinkSerializer()


class FiltersSerializer(serializers.Serializer[dict[str, Any]]):
    """The query: `periode` and `thema` (empty: all themes)."""

    periode = serializers.ChoiceField(
        choices=list(PERIODS), required=False, default="12-weken", help_text="De periode."
    )
    thema = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=60,
        help_text="Hoofdthema (overlast) of thema (overlast.geluid); leeg: alle thema's.",
    )

    def validate_thema(self, value: str) -> str:
        """A main theme or theme of the taxonomy, or empty."""
        problem = theme_problem(value)
        if problem:
            raise serializers.ValidationError(problem, code="invalid_choice")
        return value


class PeriodSerializer(serializers.Serializer[dict[str, Any]]):
    code = serializers.CharField()
    naam = serializers.CharField()
    van = serializers.DateField()
    tot = serializers.DateField()


class ThemeSerializer(serializers.Serializer[dict[str, Any]]):
    code = serializers.CharField(allow_blank=True)
    naam = serializers.CharField()


class AreaCountSerializer(serializers.Serializer[dict[str, Any]]):
    gebiedscode = serializers.CharField()
    naam = serializers.CharField()
    inwoners = serializers.IntegerField(allow_null=True)
    signalen = serializers.IntegerField(allow_null=True)
    per1000Inwoners = serializers.FloatField(allow_null=True)
    verborgen = serializers.BooleanField()


class BlockSerializer(serializers.Serializer[dict[str, Any]]):
    tot = serializers.DateField()
    signalen = serializers.IntegerField(allow_null=True)
    verborgen = serializers.BooleanField()


class TrendSerializer(serializers.Serializer[dict[str, Any]]):
    thema = serializers.CharField()
    naam = serializers.CharField()
    blokken = BlockSerializer(many=True)
    signalenInPeriode = serializers.IntegerField(allow_null=True)
    veranderingProcent = serializers.IntegerField(allow_null=True)
    toelichting = serializers.CharField()


class RecordSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    naam = serializers.CharField(
        allow_blank=True,
        help_text="De titel met de periode, bv. 'Geluid – Tulpenhof, Rozenhof (sep–nov 2025)': "
        "twee vragen of trajecten kunnen anders dezelfde titel hebben.",
    )
    buurtcode = serializers.CharField()
    status = serializers.CharField()
    _links = AnalysisLinksSerializer()


class WijkanalyseSerializer(serializers.Serializer[dict[str, Any]]):
    gebiedscode = serializers.CharField()
    naam = serializers.CharField()
    niveau = serializers.ChoiceField(choices=["gemeente", "wijk", "buurt"])
    gemeentecode = serializers.CharField()
    periode = PeriodSerializer()
    thema = ThemeSerializer()
    drempelHuishoudens = serializers.IntegerField()
    bijgewerktOp = serializers.DateTimeField(
        allow_null=True,
        help_text="Wanneer de cijfers berekend zijn; null: ze worden voor het eerst berekend "
        "(buurten en trends zijn dan leeg).",
    )
    actueel = serializers.BooleanField(
        help_text="false: nieuwere signalen worden verwerkt; de cijfers volgen zo."
    )
    buurten = AreaCountSerializer(many=True)
    totaal = AreaCountSerializer()
    trends = TrendSerializer(many=True)
    trajecten = RecordSerializer(many=True)
    trajectenTotaal = serializers.IntegerField(help_text="Het aantal actieve trajecten.")
    gemeenschappelijkeVragen = RecordSerializer(many=True)
    methode = serializers.CharField()
    _links = AnalysisLinksSerializer()
