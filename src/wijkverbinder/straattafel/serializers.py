# ruff: noqa: N815  (API field names are lowerCamelCase: NL API Design Rules)
"""API shapes of `straattafel` (Dutch keys), for the team's and the residents' API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from wijkverbinder.common.api import Timestamp
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.straattafel.models import STATEMENT_MAX
from wijkverbinder.trajectories.serializers import choice


class StraattafelInputSerializer(InputSerializer[dict[str, Any]]):
    titel = serializers.CharField(max_length=120)
    vraag = serializers.CharField(max_length=300, help_text="De vraag aan de bewoners.")
    buurt = serializers.CharField(required=False, help_text="CBS-buurtcode (zonder traject).")
    traject = serializers.UUIDField(required=False, help_text="Traject in stap 3.")
    opent = serializers.DateTimeField()
    sluit = serializers.DateTimeField()
    gemodereerd = serializers.BooleanField(default=True)
    maxDeelnemers = serializers.IntegerField(required=False, min_value=1, max_value=5000)


class StraattafelSerializer(serializers.Serializer[dict[str, Any]]):
    id = serializers.UUIDField()
    titel = serializers.CharField()
    vraag = serializers.CharField()
    buurt = serializers.CharField()
    traject = serializers.UUIDField(allow_null=True)
    opent = Timestamp()
    sluit = Timestamp()
    status = choice(["planned", "open", "closed"])
    gemodereerd = serializers.BooleanField()
    maxDeelnemers = serializers.IntegerField()
    deelnemers = serializers.IntegerField()
    bewonersLink = serializers.CharField(help_text="Adres van de bewonerspagina.")


class StatementInputSerializer(InputSerializer[dict[str, Any]]):
    tekst = serializers.CharField(max_length=STATEMENT_MAX)
    contextvraag = serializers.BooleanField(default=False, help_text="Contextvraag (meta).")


class StatementPatchSerializer(InputSerializer[dict[str, Any]]):
    status = choice(["accepted", "rejected"], required=False)
    contextvraag = serializers.BooleanField(required=False)


class StatementSerializer(serializers.Serializer[dict[str, Any]]):
    nummer = serializers.IntegerField()
    tekst = serializers.CharField()
    contextvraag = serializers.BooleanField()
    herkomst = choice(["team", "resident"])
    status = choice(["pending", "accepted", "rejected"])
    stemmen = serializers.IntegerField()


class PaperInputSerializer(InputSerializer[dict[str, Any]]):
    stemmen = serializers.DictField(
        child=serializers.ChoiceField(choices=[1, -1, 0]),
        help_text="Stellingnummer → 1 (eens), -1 (oneens) of 0 (weet niet).",
    )


class PaperSerializer(serializers.Serializer[dict[str, Any]]):
    deelnemer = serializers.IntegerField()
    kanaal = serializers.CharField()


class ShareSerializer(serializers.Serializer[dict[str, Any]]):
    groep = serializers.CharField()
    aandeelEens = serializers.FloatField()


class GroundSerializer(serializers.Serializer[dict[str, Any]]):
    nummer = serializers.IntegerField()
    tekst = serializers.CharField()
    gic = serializers.FloatField()
    perGroep = ShareSerializer(many=True)


class RepSerializer(serializers.Serializer[dict[str, Any]]):
    nummer = serializers.IntegerField()
    tekst = serializers.CharField()
    richting = choice(["agree", "disagree"])
    aandeel = serializers.FloatField()
    z = serializers.FloatField()


class GroupSerializer(serializers.Serializer[dict[str, Any]]):
    naam = serializers.CharField()
    leden = serializers.IntegerField()
    kenmerkend = RepSerializer(many=True)


class ResultsSerializer(serializers.Serializer[dict[str, Any]]):
    deelnemers = serializers.IntegerField()
    opPapier = serializers.IntegerField()
    stemmen = serializers.IntegerField()
    tweedeling = serializers.BooleanField(help_text="Of er betekenisvolle groepen zijn.")
    reden = serializers.CharField(allow_blank=True)
    groepen = GroupSerializer(many=True)
    watOnsBindt = GroundSerializer(many=True)
    watVerdeelt = GroundSerializer(many=True)


class VoteInputSerializer(InputSerializer[dict[str, Any]]):
    stelling = serializers.IntegerField(min_value=0)
    stem = serializers.ChoiceField(choices=[1, -1, 0], help_text="1 eens, -1 oneens, 0 weet niet.")


class VoteSerializer(serializers.Serializer[dict[str, Any]]):
    stelling = serializers.IntegerField()
    stem = serializers.IntegerField()
    deelnemerSleutel = serializers.CharField(
        allow_null=True, help_text="Alleen bij de eerste stem: bewaar hem en stuur hem mee."
    )


class ResidentStatementInputSerializer(InputSerializer[dict[str, Any]]):
    tekst = serializers.CharField(max_length=STATEMENT_MAX)


class ResidentStatementSerializer(serializers.Serializer[dict[str, Any]]):
    status = choice(["pending", "accepted"])
    deelnemerSleutel = serializers.CharField(allow_null=True)


class OpenStatementSerializer(serializers.Serializer[dict[str, Any]]):
    nummer = serializers.IntegerField()
    tekst = serializers.CharField()


class ParticipationSerializer(serializers.Serializer[dict[str, Any]]):
    titel = serializers.CharField()
    vraag = serializers.CharField()
    status = choice(["planned", "open", "closed"])
    sluit = Timestamp()
    melding = serializers.CharField(allow_blank=True)
    nogTeStemmen = OpenStatementSerializer(many=True, help_text="In de eerlijke volgorde.")
    gestemd = serializers.IntegerField()
