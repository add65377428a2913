"""API of the wijkanalyse: `GET /api/v1/wijkanalyses/{gebiedscode}` (read-only, team-scoped).

Another team's area answers 404 (a problem document); an unknown `periode` or `thema` a 400
listing them in `invalidParams`. The numbers are the page's: hidden cells are `null`.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from wijkverbinder.accounts.selectors import teams_for_user
from wijkverbinder.analysis.presentation import METHOD
from wijkverbinder.analysis.selectors import (
    Filters,
    MapRow,
    Wijkanalyse,
    wijkanalyse_for_teams,
)
from wijkverbinder.analysis.serializers import FiltersSerializer, WijkanalyseSerializer
from wijkverbinder.core.analysis.cube import YEAR_BLOCKS
from wijkverbinder.core.analysis.suppression import THRESHOLD


def _count(row: MapRow) -> dict[str, Any]:
    return {
        "gebiedscode": row.code,
        "naam": row.name,
        "inwoners": row.population,
        "signalen": row.signals,
        "per1000Inwoners": row.rate,
        "verborgen": row.signals is None,
    }


def as_dict(found: Wijkanalyse, request: Request) -> dict[str, Any]:
    """The wijkanalyse in the API's words."""
    area, span = found.area, found.span
    ends = [span.block_end(age) for age in range(YEAR_BLOCKS - 1, -1, -1)]
    api = request.build_absolute_uri("/api/v1")
    return {
        "gebiedscode": area.code,
        "naam": area.name,
        "niveau": area.level,
        "gemeentecode": area.municipality.code,
        "periode": {
            "code": found.filters.period,
            "naam": found.period_label,
            "van": span.period_start,
            "tot": span.period_end,
        },
        "thema": {"code": found.filters.theme, "naam": found.theme_label},
        "drempelHuishoudens": THRESHOLD,
        "bijgewerktOp": found.built_at,
        "actueel": found.current and not found.pending,
        "buurten": [_count(row) for row in found.rows],
        "totaal": _count(found.total),
        "trends": [
            {
                "thema": trend.theme,
                "naam": trend.label,
                "blokken": [
                    {"tot": end, "signalen": value, "verborgen": value is None}
                    for end, value in zip(ends, trend.values, strict=True)
                ],
                "signalenInPeriode": trend.period_signals,
                "veranderingProcent": trend.change.percent if trend.change else None,
                "toelichting": trend.change.wording if trend.change else "",
            }
            for trend in found.trends
        ],
        "trajecten": [
            {
                "id": t.uuid,
                "naam": t.title,
                "buurtcode": t.neighbourhood.code,
                "status": t.status,
                "_links": {"self": {"href": f"{api}/trajecten/{t.uuid}"}},
            }
            for t in found.trajectories
        ],
        "trajectenTotaal": found.trajectories_total,
        "gemeenschappelijkeVragen": [
            {
                "id": q.uuid,
                "naam": q.label,
                "buurtcode": q.neighbourhood.code,
                "status": q.status,
                "_links": {"self": {"href": f"{api}/gemeenschappelijke-vragen/{q.uuid}"}},
            }
            for q in found.questions
        ],
        "methode": str(METHOD),
        "_links": {"self": {"href": f"{api}/wijkanalyses/{area.code}"}},
    }


class WijkanalyseView(APIView):
    """The wijkanalyse of a gemeente, wijk or buurt of your team."""

    @extend_schema(
        summary="Wijkanalyse van een gemeente, wijk of buurt",
        description=(
            "Signalen per 1.000 inwoners per buurt, trends per thema en de trajecten en "
            "gemeenschappelijke vragen van het gebied. Cellen met minder dan 5 huishoudens "
            "(en wat ze zou verraden) zijn null met verborgen: true."
        ),
        parameters=[
            OpenApiParameter(
                "gebiedscode",
                str,
                OpenApiParameter.PATH,
                description="CBS-code van de gemeente (GM…), wijk (WK…) of buurt (BU…).",
            ),
            FiltersSerializer,
        ],
        responses={200: WijkanalyseSerializer},
    )
    def get(self, request: Request, gebiedscode: str) -> Response:
        given = FiltersSerializer(data=request.query_params)
        given.is_valid(raise_exception=True)
        filters = Filters(given.validated_data["periode"], given.validated_data["thema"])
        found = wijkanalyse_for_teams(
            teams=teams_for_user(user=request.user), code=gebiedscode, filters=filters
        )
        return Response(WijkanalyseSerializer(as_dict(found, request)).data)
