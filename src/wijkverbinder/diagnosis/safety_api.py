"""API of the safety checks: `/api/v1/veiligheidscontroles` (list, create, read; team-scoped).

A check records, after incidents, whether safety in a wijk or buurt is restored (decision rule 2);
`services.record_safety_check` evaluates it with `core.advice.assess_safety`. Another team's check
answers 404; the history is append-only; reads and writes are access-logged. The advice
(`/api/v1/adviezen` with `gebied`) uses the newest check made after the area's latest assessment.
"""

from __future__ import annotations

# ruff: noqa: N815  (API field names are lowerCamelCase: NL API Design Rules)
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.knowledge.vocabulary import Partner
from wijkverbinder.diagnosis import selectors, services
from wijkverbinder.diagnosis.api_reads import logged_read
from wijkverbinder.diagnosis.models import SafetyCheck
from wijkverbinder.diagnosis.serializers import AreaSerializer
from wijkverbinder.diagnosis.services import MAX_CHECK_NOTES_LENGTH

OBJECT_TYPE = services.CHECK_OBJECT_TYPE
PARTNERS = [str(code) for code in Partner]


class SafetyCheckCreateSerializer(InputSerializer[dict[str, Any]]):
    """A new safety check of a wijk or buurt of your team."""

    gebied = serializers.CharField(max_length=12, help_text="CBS-code van een wijk of buurt.")
    datum = serializers.DateField()
    geenNieuweIncidenten = serializers.BooleanField(required=False, default=False)
    onveiligheidAangepakt = serializers.BooleanField(required=False, default=False)
    bewonersVoelenZichVeiliger = serializers.BooleanField(required=False, default=False)
    bevestigdDoor = serializers.ListField(
        child=serializers.ChoiceField(choices=PARTNERS), required=False, default=list
    )
    toelichting = serializers.CharField(
        required=False, allow_blank=True, max_length=MAX_CHECK_NOTES_LENGTH, default=""
    )

    def validate_gebied(self, value: str) -> Any:
        try:
            return selectors.get_area_for_user(user=self.context["request"].user, code=value)
        except NotFoundError as error:
            raise serializers.ValidationError(error.message, code="not_found") from error


class SafetyCheckSerializer(serializers.Serializer[dict[str, Any]]):
    """A recorded safety check with what its evaluation said when it was recorded."""

    id = serializers.UUIDField()
    gebied = AreaSerializer()
    datum = serializers.DateField()
    geenNieuweIncidenten = serializers.BooleanField()
    onveiligheidAangepakt = serializers.BooleanField()
    bewonersVoelenZichVeiliger = serializers.BooleanField()
    bevestigdDoor = serializers.ListField(child=serializers.CharField())
    signalenVanIncidenten = serializers.IntegerField()
    hersteld = serializers.BooleanField()
    ontbreekt = serializers.ListField(child=serializers.CharField())
    toelichting = serializers.CharField()
    vastgelegdOp = serializers.DateTimeField()


def safety_check_as_dict(item: SafetyCheck) -> dict[str, Any]:
    """The check in the API's shape."""
    area = item.area
    return {
        "id": item.uuid,
        "gebied": {
            "code": area.code,
            "naam": area.name,
            "soort": "buurt" if item.neighbourhood_id else "wijk",
        },
        "datum": item.checked_on,
        "geenNieuweIncidenten": item.no_new_incidents,
        "onveiligheidAangepakt": item.unsafety_addressed,
        "bewonersVoelenZichVeiliger": item.residents_feel_safer,
        "bevestigdDoor": item.confirmed_by,
        "signalenVanIncidenten": item.incident_signals,
        "hersteld": item.restored,
        "ontbreekt": item.missing,
        "toelichting": item.notes,
        "vastgelegdOp": item.created_at,
    }


class SafetyCheckViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[SafetyCheck],
):
    """Safety checks after incidents of your team's wijken and buurten (decision rule 2)."""

    serializer_class = SafetyCheckSerializer  # type: ignore[assignment]
    queryset = SafetyCheck.objects.none()  # for the schema; requests use get_queryset()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    lookup_value_regex = "[0-9a-fA-F-]{36}"

    def get_queryset(self) -> QuerySet[SafetyCheck]:
        rows = selectors.safety_checks_for_user(user=self.request.user)
        area = self.request.query_params.get("gebied", "").strip().upper()
        if area:
            rows = rows.filter(neighbourhood__code=area) | rows.filter(district__code=area)
        return rows

    @extend_schema(
        summary="Veiligheidscontroles van uw team",
        parameters=[OpenApiParameter("gebied", str, description="Alleen dit gebied (CBS-code).")],
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.get_queryset())
        assert rows is not None
        log_access(
            user=request.user,
            action="list",
            object_type=OBJECT_TYPE,
            channel="api",
            count=len(rows),
        )
        return self.get_paginated_response(
            [SafetyCheckSerializer(safety_check_as_dict(item)).data for item in rows]
        )

    @extend_schema(summary="Eén veiligheidscontrole")
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return logged_read(
            request,
            object_type=OBJECT_TYPE,
            public_id=kwargs["id"],
            get=lambda public_id: selectors.get_safety_check_for_user(
                user=request.user, public_id=public_id
            ),
            shape=lambda item: SafetyCheckSerializer(safety_check_as_dict(item)).data,
        )

    @extend_schema(
        summary="Een veiligheidscontrole vastleggen",
        request=SafetyCheckCreateSerializer,
        responses={201: SafetyCheckSerializer},
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        given = SafetyCheckCreateSerializer(data=request.data, context={"request": request})
        given.is_valid(raise_exception=True)
        data = given.validated_data
        try:
            item = services.record_safety_check(
                user=request.user,
                area=data["gebied"],
                checked_on=data["datum"],
                no_new_incidents=data["geenNieuweIncidenten"],
                unsafety_addressed=data["onveiligheidAangepakt"],
                residents_feel_safer=data["bewonersVoelenZichVeiliger"],
                confirmed_by=data["bevestigdDoor"],
                notes=data["toelichting"],
                channel="api",
            )
        except DomainError as error:
            raise exceptions.ValidationError(
                {"datum": [exceptions.ErrorDetail(error.message, code=error.code)]}
            ) from error
        return Response(
            SafetyCheckSerializer(safety_check_as_dict(item)).data, status=status.HTTP_201_CREATED
        )
