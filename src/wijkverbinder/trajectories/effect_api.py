# ruff: noqa: N815  (API field names are lowerCamelCase: NL API Design Rules)
"""API of the measured effect (issue 15): `/api/v1/effecten` (the effect of each trajectory of your
team, without the weekly series) and `/api/v1/effecten/{trajectId}` (one, with the weeks).

`?moment=start|eerste_bijeenkomst|overdracht` chooses the moment (default: the latest that
happened). Team-scoped: another team's trajectory is a 404 problem; a moment the trajectory has
not reached is a 400 problem with its Dutch message; an unknown moment a 400 with `invalidParams`.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.common.audit import log_access
from wijkverbinder.trajectories import effect, selectors
from wijkverbinder.trajectories.history import OBJECT_TYPE
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.serializers import choice

API = "api"
VERDICTS = [
    "daling",
    "stijging",
    "daling_onzeker",
    "stijging_onzeker",
    "geen_verandering",
    "te_weinig_meldingen",
    "te_korte_periode",
    "geen_vergelijking",
]
MOMENT = OpenApiParameter(
    "moment",
    str,
    enum=list(effect.MOMENTS),
    description="Meten vanaf dit moment; standaard het laatste dat er was",
)


class EffectQuerySerializer(serializers.Serializer[dict[str, Any]]):
    moment = choice(list(effect.MOMENTS), required=False)


class PlaceSerializer(serializers.Serializer[dict[str, Any]]):
    niveau = choice(["straat", "buurt"])
    naam = serializers.CharField()


class IntervalSerializer(serializers.Serializer[dict[str, Any]]):
    onder = serializers.FloatField()
    boven = serializers.FloatField()


class MomentSerializer(serializers.Serializer[dict[str, Any]]):
    soort = choice(list(effect.MOMENTS))
    datum = serializers.DateField()


class WeekSerializer(serializers.Serializer[dict[str, Any]]):
    week = serializers.DateField(help_text="Maandag van de week.")
    meldingen = serializers.IntegerField()
    verwacht = serializers.FloatField(allow_null=True)
    bandOnder = serializers.FloatField(allow_null=True)
    bandBoven = serializers.FloatField(allow_null=True)


class EffectSummarySerializer(serializers.Serializer[dict[str, Any]]):
    traject = serializers.UUIDField()
    titel = serializers.CharField()
    thema = serializers.CharField()
    plek = PlaceSerializer()
    moment = choice(list(effect.MOMENTS))
    momentDatum = serializers.DateField()
    oordeel = choice(VERDICTS)
    toelichting = serializers.CharField()
    verhouding = serializers.FloatField(
        allow_null=True,
        help_text="Na/voor op de plek gedeeld door na/voor op vergelijkbare plekken.",
    )
    interval90 = IntervalSerializer(allow_null=True)
    wekenVoor = serializers.IntegerField()
    wekenNa = serializers.IntegerField()
    meldingenVoor = serializers.IntegerField()
    meldingenNa = serializers.IntegerField()
    vergelijkingsplekken = serializers.IntegerField()
    vergelijkingMeldingenVoor = serializers.IntegerField()
    vergelijkingMeldingenNa = serializers.IntegerField()
    momenten = MomentSerializer(many=True)


class EffectSerializer(EffectSummarySerializer):
    weken = WeekSerializer(many=True)


class EffectViewSet(viewsets.GenericViewSet[Trajectory]):
    """The measured effect of your team's trajectories."""

    serializer_class = EffectSerializer  # type: ignore[assignment]
    queryset = Trajectory.objects.none()
    lookup_field = "uuid"
    lookup_url_kwarg = "trajectId"
    lookup_value_regex = "[0-9a-fA-F-]{36}"

    def _moment(self) -> str:
        query = EffectQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return str(query.validated_data.get("moment", ""))

    @extend_schema(
        summary="Het gemeten effect van de trajecten van uw team",
        parameters=[MOMENT],
        responses=EffectSummarySerializer(many=True),
        description="Zonder de reeks per week. Een traject dat het gevraagde moment nog niet "
        "had, meet vanaf zijn laatste moment.",
    )
    def list(self, request: Request) -> Response:
        moment = self._moment()
        trajectories = selectors.trajectories_for_user(user=request.user)
        rows = self.paginate_queryset(trajectories.select_related("question__street"))
        assert rows is not None
        log_access(user=request.user, action="list", object_type=OBJECT_TYPE, channel=API)
        found = []
        # one set of aggregate queries for the whole page, not one per trajectory
        measured = effect.measure_effects(trajectories=rows, moment=moment)
        for item, (result, moments) in zip(rows, measured, strict=True):
            document = effect.effect_document(item, result, moments)
            document.pop("weken")
            found.append(EffectSummarySerializer(document).data)
        return self.get_paginated_response(found)

    @extend_schema(
        summary="Het gemeten effect van één traject, met de reeks per week",
        parameters=[MOMENT],
        responses=EffectSerializer,
    )
    def retrieve(self, request: Request, **kwargs: str) -> Response:
        item = selectors.get_trajectory_for_user(user=request.user, public_id=kwargs["trajectId"])
        moment = self._moment()
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=item.uuid,
            channel=API,
        )
        result = effect.measure_effect(trajectory=item, moment=moment)
        return Response(EffectSerializer(effect.effect_document(item, result)).data)
