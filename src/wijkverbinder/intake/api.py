"""API `/api/v1/signalen`: list with the same filters as the UI, create, read, update, delete.

Dutch field names (NL API Design Rules); team scoping as in the UI (another team's signal: 404);
every write goes through `services.py`, so the text is redacted and refusals are 400 problems.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.accounts.selectors import user_of
from wijkverbinder.common.api import KeyFirstPagination, Timestamp
from wijkverbinder.common.api_input import InputSerializer
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.validation import DATES_REVERSED, dates_reversed
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.placing import PlaceInput
from wijkverbinder.intake.selectors import SignalFilter, get_signal_for_user, signals_for_user
from wijkverbinder.intake.services import (
    SignalInput,
    as_input,
    create_signal,
    delete_signal,
    update_signal,
)


class SignalSerializer(InputSerializer[Signal]):
    """A signal as the API shows and accepts it."""

    id = serializers.UUIDField(source="uuid", read_only=True)
    datum = serializers.DateField(source="observed_on")
    tekst = serializers.CharField(
        source="text", help_text="Vrije tekst; persoonsgegevens worden vóór opslag verwijderd."
    )
    buurtcode = serializers.CharField(source="neighbourhood.code", required=False, max_length=10)
    straat = serializers.CharField(
        source="street.name", required=False, allow_blank=True, max_length=120, allow_null=True
    )
    postcode = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        max_length=8,
        help_text="Alleen om straat, buurt en huishouden te bepalen; wordt niet bewaard.",
    )
    huisnummer = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        max_length=10,
        help_text="Alleen om straat, buurt en huishouden te bepalen.",
    )
    lat = serializers.FloatField(required=False, allow_null=True, min_value=50.6, max_value=53.8)
    lon = serializers.FloatField(required=False, allow_null=True, min_value=3.0, max_value=7.4)
    rol = serializers.ChoiceField(
        source="role", choices=Signal.Role.choices, required=False, allow_blank=True
    )
    bron = serializers.ChoiceField(
        source="source", choices=Signal.Source.choices, required=False, allow_blank=True
    )
    thema = serializers.CharField(source="theme", required=False, allow_blank=True, max_length=60)
    themaHerkomst = serializers.CharField(source="theme_origin", read_only=True)
    themaZekerheid = serializers.FloatField(
        source="theme_confidence", read_only=True, allow_null=True
    )
    ernst = serializers.IntegerField(
        source="severity", required=False, min_value=1, max_value=3, default=1
    )
    huishouden = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        max_length=100,
        help_text="Wat het huishouden aanduidt; wordt als sleutel-pseudoniem opgeslagen.",
    )
    huishoudenPseudoniem = serializers.CharField(source="household", read_only=True)
    externId = serializers.CharField(
        source="external_id", required=False, allow_blank=True, max_length=100
    )
    aangemaaktOp = Timestamp(source="created_at", read_only=True)

    def validate_thema(self, value: str) -> str:
        if value and value not in load_taxonomy().leaf_codes():
            raise serializers.ValidationError(f"Onbekend thema {value!r}.")
        return value

    def to_input(self, base: SignalInput | None = None) -> SignalInput:
        """Validated data as service input; for PATCH, missing fields come from `base`."""
        data: dict[str, Any] = dict(self.validated_data)
        place = PlaceInput(
            neighbourhood_code=(data.get("neighbourhood") or {}).get(
                "code", base.place.neighbourhood_code if base else ""
            ),
            street_name=(data.get("street") or {}).get("name")
            or (base.place.street_name if base and "street" not in data else ""),
            postcode=data.get("postcode", ""),
            house_number=data.get("huisnummer", ""),
            lat=data.get("lat"),
            lon=data.get("lon"),
        )
        observed_on = data.get("observed_on") or (base.observed_on if base else None)
        if observed_on is None:
            raise serializers.ValidationError({"datum": ["Dit veld is verplicht."]})
        return SignalInput(
            observed_on=observed_on,
            text=data.get("text", base.text if base else ""),
            place=place,
            role=data.get("role", base.role if base else ""),
            source=data.get("source", base.source if base else ""),
            theme=data.get("theme", base.theme if base else ""),
            severity=data.get("severity", base.severity if base else 1),
            household=data.get("huishouden", ""),
            external_id=data.get("external_id", ""),
        )


class SignalQuerySerializer(serializers.Serializer[None]):
    """The list's query parameters (camelCase)."""

    buurt = serializers.CharField(required=False, max_length=10)
    straat = serializers.CharField(required=False, max_length=120)
    thema = serializers.CharField(required=False, max_length=60)
    vanaf = serializers.DateField(required=False)
    tot = serializers.DateField(required=False)
    rol = serializers.ChoiceField(choices=Signal.Role.choices, required=False)
    bron = serializers.ChoiceField(choices=Signal.Source.choices, required=False)
    zonderThema = serializers.BooleanField(required=False, default=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        """Refuse a period whose start lies after its end, in Dutch."""
        if dates_reversed(attrs.get("vanaf"), attrs.get("tot")):
            raise serializers.ValidationError({"tot": [str(DATES_REVERSED)]})
        return attrs


LIST_PARAMETERS = [
    OpenApiParameter("buurt", str, description="CBS-buurtcode"),
    OpenApiParameter("straat", str, description="Straatnaam"),
    OpenApiParameter(
        "thema", str, description="Themacode; een hoofdthema omvat al zijn subthema's"
    ),
    OpenApiParameter(
        "vanaf", str, description="Datum (JJJJ-MM-DD) waarop of waarna het signaal is waargenomen"
    ),
    OpenApiParameter(
        "tot", str, description="Datum (JJJJ-MM-DD) waarop of waarvoor het signaal is waargenomen"
    ),
    OpenApiParameter("rol", str, enum=Signal.Role.values),
    OpenApiParameter("bron", str, enum=Signal.Source.values),
    OpenApiParameter("zonderThema", bool, description="Alleen signalen zonder thema"),
]


class DeleteSerializer(InputSerializer[None]):
    """Body of `_verwijder`."""

    reden = serializers.CharField(
        max_length=200, help_text="Reden van verwijderen; persoonsgegevens worden verwijderd."
    )


@extend_schema_view(
    list=extend_schema(parameters=LIST_PARAMETERS, summary="Signalen van uw team"),
    retrieve=extend_schema(summary="Eén signaal"),
    create=extend_schema(summary="Signaal vastleggen"),
    update=extend_schema(summary="Signaal wijzigen"),
    partial_update=extend_schema(summary="Signaal deels wijzigen"),
)
class SignalViewSet(viewsets.ModelViewSet[Signal]):
    """Signals of the user's teams."""

    serializer_class = SignalSerializer
    pagination_class = KeyFirstPagination
    queryset = Signal.objects.none()
    lookup_field = "uuid"
    lookup_url_kwarg = "id"
    http_method_names = ["get", "post", "put", "patch", "head", "options"]  # delete: `_verwijder`

    def get_queryset(self) -> QuerySet[Signal]:
        query = SignalQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        q = query.validated_data
        filters = SignalFilter(
            neighbourhood=q.get("buurt", ""),
            street=q.get("straat", ""),
            theme=q.get("thema", ""),
            since=q.get("vanaf"),
            until=q.get("tot"),
            role=q.get("rol", ""),
            source=q.get("bron", ""),
            without_theme=q.get("zonderThema", False),
        )
        return signals_for_user(user=self.request.user, filters=filters)

    def get_object(self) -> Signal:
        return get_signal_for_user(user=self.request.user, signal_id=self.kwargs["id"])

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # access-logged like the web list: one entry with the number of signals (a comment, not a
        # docstring: drf-spectacular would publish a docstring as the operation's description)
        response = super().list(request, *args, **kwargs)
        rows = response.data.get("results", []) if isinstance(response.data, dict) else []
        log_access(
            user=request.user, action="list", object_type="signal", channel="api", count=len(rows)
        )
        return response

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # access-logged like the web page
        signal = self.get_object()
        log_access(
            user=request.user, action="view", object_type="signal", object_id=signal.uuid,
            channel="api",
        )  # fmt: skip
        return Response(self.get_serializer(signal).data)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = SignalSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        signal = create_signal(user=user_of(request), data=serializer.to_input(), channel="api")
        return Response(self.get_serializer(signal).data, status=status.HTTP_201_CREATED)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        signal = self.get_object()
        serializer = SignalSerializer(
            signal,
            data=request.data,
            partial=kwargs.get("partial", False),
            context=self.get_serializer_context(),
        )
        serializer.is_valid(raise_exception=True)
        base = as_input(signal)
        update_signal(
            user=user_of(request),
            signal=signal,
            data=serializer.to_input(base),
            base=base,
            channel="api",
        )
        return Response(self.get_serializer(signal).data)

    @extend_schema(
        request=DeleteSerializer, responses={204: None}, summary="Signaal verwijderen (met reden)"
    )
    @action(detail=True, methods=["post"], url_path="_verwijder")
    def verwijder(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """Soft delete with a reason in the body (free text never goes in a URL)."""
        signal = self.get_object()
        body = DeleteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        delete_signal(
            user=user_of(request), signal=signal, reason=body.validated_data["reden"], channel="api"
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
