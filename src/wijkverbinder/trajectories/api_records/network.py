# ruff: noqa: N803  (path parameters are lowerCamelCase: NL API Design Rules)
"""Step 2 in the API: a trajectory's stakeholders and the contacts with them."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from wijkverbinder.trajectories import records, services_corrections
from wijkverbinder.trajectories import serializers as s
from wijkverbinder.trajectories.api_records.common import (
    API,
    LOCATION,
    REMOVED,
    UUID,
    RecordsBase,
    created,
    record_id,
    validated,
)
from wijkverbinder.trajectories.models import (
    Contact,
    Stakeholder,
)
from wijkverbinder.trajectories.services_corrections import get_record


class StakeholdersMixin(RecordsBase):
    """Belanghebbenden of one trajectory."""

    # --- belanghebbenden ---------------------------------------------------------------------

    @extend_schema(summary="Belanghebbenden", responses={200: s.StakeholderSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="belanghebbenden")
    def belanghebbenden(self, request: Request, id: str) -> Response:
        return self._page(self.get_object().stakeholders.all(), s.stakeholder_as_dict)

    @extend_schema(
        summary="Een belanghebbende toevoegen",
        request=s.StakeholderInputSerializer,
        responses={201: s.StakeholderSerializer},
        parameters=[LOCATION],
    )
    @belanghebbenden.mapping.post
    def belanghebbende_toevoegen(self, request: Request, id: str) -> Response:
        item = self.get_object()
        d = validated(s.StakeholderInputSerializer, request)
        made = records.add_stakeholder(
            user=request.user,
            trajectory=item,
            kind=d["soort"],
            role=d["rol"],
            reached=d["bereiktVia"],
            profession=d["beroep"],
            organisation=d["organisatie"],
            partner=d["partner"],
            note=d["notitie"],
            channel=API,
        )
        return created(request, made, s.stakeholder_as_dict(made))

    @extend_schema(
        summary="Eén belanghebbende",
        parameters=[record_id("belanghebbendeId")],
        responses={200: s.StakeholderSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"belanghebbenden/(?P<belanghebbendeId>{UUID})")
    def belanghebbende(self, request: Request, id: str, belanghebbendeId: str) -> Response:
        return Response(s.stakeholder_as_dict(self._one(Stakeholder, belanghebbendeId)))

    @extend_schema(
        summary="Een belanghebbende corrigeren (de geschiedenis noemt de correctie)",
        parameters=[record_id("belanghebbendeId")],
        request=s.StakeholderPatchSerializer,
        responses={200: s.StakeholderSerializer},
    )
    @belanghebbende.mapping.patch
    def belanghebbende_corrigeren(
        self, request: Request, id: str, belanghebbendeId: str
    ) -> Response:
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.StakeholderPatchSerializer, request)
        names = {"rol": "role", "bereiktVia": "reached", "beroep": "profession"}
        names |= {"organisatie": "organisation", "partner": "partner", "notitie": "note"}
        done = services_corrections.update_stakeholder(
            user=request.user,
            trajectory=item,
            public_id=belanghebbendeId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.stakeholder_as_dict(done))

    @extend_schema(
        summary="Een belanghebbende verwijderen (zonder contacten)",
        parameters=[record_id("belanghebbendeId")],
        request=None,
        responses=REMOVED,
    )
    @belanghebbende.mapping.delete
    def belanghebbende_verwijderen(
        self, request: Request, id: str, belanghebbendeId: str
    ) -> Response:
        services_corrections.remove_stakeholder(
            user=request.user, trajectory=self.get_object(), public_id=belanghebbendeId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


class ContactsMixin(RecordsBase):
    """Contacts of one trajectory."""

    # --- contacten ---------------------------------------------------------------------------

    @extend_schema(summary="Contactlog", responses={200: s.ContactSerializer(many=True)})
    @action(detail=True, methods=["get"], url_path="contacten")
    def contacten(self, request: Request, id: str) -> Response:
        rows = self.get_object().contacts.select_related("stakeholder")
        return self._page(rows, s.contact_as_dict)

    @extend_schema(
        summary="Een contact vastleggen",
        request=s.ContactInputSerializer,
        responses={201: s.ContactSerializer},
        parameters=[LOCATION],
    )
    @contacten.mapping.post
    def contact_vastleggen(self, request: Request, id: str) -> Response:
        item = self.get_object()
        d = validated(s.ContactInputSerializer, request)
        person = get_record(Stakeholder, trajectory=item, public_id=d["belanghebbende"])
        made = records.log_contact(
            user=request.user,
            trajectory=item,
            stakeholder=person,
            on=d["datum"],
            format=d["vorm"],
            summary=d["samenvatting"],
            channel=API,
        )
        return created(request, made, s.contact_as_dict(made))

    @extend_schema(
        summary="Eén contact",
        parameters=[record_id("contactId")],
        responses={200: s.ContactSerializer},
    )
    @action(detail=True, methods=["get"], url_path=rf"contacten/(?P<contactId>{UUID})")
    def contact(self, request: Request, id: str, contactId: str) -> Response:
        return Response(s.contact_as_dict(self._one(Contact, contactId)))

    @extend_schema(
        summary="Een contact corrigeren (de geschiedenis noemt de correctie)",
        parameters=[record_id("contactId")],
        request=s.ContactPatchSerializer,
        responses={200: s.ContactSerializer},
    )
    @contact.mapping.patch
    def contact_corrigeren(self, request: Request, id: str, contactId: str) -> Response:
        item = self.get_object()  # another team's trajectory: 404 before any validation
        d = validated(s.ContactPatchSerializer, request)
        names = {"belanghebbende": "stakeholder", "datum": "on", "vorm": "format"}
        names["samenvatting"] = "summary"
        done = services_corrections.update_contact(
            user=request.user,
            trajectory=item,
            public_id=contactId,
            changes={names[key]: value for key, value in d.items()},
            channel=API,
        )
        return Response(s.contact_as_dict(done))

    @extend_schema(
        summary="Een contact verwijderen",
        parameters=[record_id("contactId")],
        request=None,
        responses=REMOVED,
    )
    @contact.mapping.delete
    def contact_verwijderen(self, request: Request, id: str, contactId: str) -> Response:
        services_corrections.remove_contact(
            user=request.user, trajectory=self.get_object(), public_id=contactId, channel=API
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
