"""API of the team's areas: `/api/v1/buurten` (read-only, team-scoped)."""

from __future__ import annotations

from django.db.models import QuerySet
from rest_framework import serializers, viewsets

from wijkverbinder.accounts.selectors import get_neighbourhood_for_user, neighbourhoods_for_user
from wijkverbinder.areas.models import Neighbourhood


class NeighbourhoodSerializer(serializers.ModelSerializer[Neighbourhood]):
    """A buurt as the API shows it (Dutch field names)."""

    buurtcode = serializers.CharField(source="code")
    naam = serializers.CharField(source="name")
    jaar = serializers.IntegerField(source="year")
    wijkcode = serializers.CharField(source="district.code")
    wijknaam = serializers.CharField(source="district.name")
    inwoners = serializers.IntegerField(source="population", allow_null=True)

    class Meta:
        model = Neighbourhood
        fields = ("buurtcode", "naam", "jaar", "wijkcode", "wijknaam", "inwoners")


class NeighbourhoodViewSet(viewsets.ReadOnlyModelViewSet[Neighbourhood]):
    """Buurten of the user's teams. Another team's buurt answers 404."""

    serializer_class = NeighbourhoodSerializer
    queryset = Neighbourhood.objects.none()  # for the schema; requests use get_queryset()
    lookup_field = "code"
    lookup_url_kwarg = "buurtcode"
    lookup_value_regex = "[A-Za-z0-9]+"

    def get_queryset(self) -> QuerySet[Neighbourhood]:
        return neighbourhoods_for_user(user=self.request.user).select_related("district")

    def get_object(self) -> Neighbourhood:
        return get_neighbourhood_for_user(user=self.request.user, code=self.kwargs["buurtcode"])
