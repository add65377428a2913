"""Building the demo municipality in the database, through the same services as real data.

Idempotent: when the demo municipality exists, nothing is changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.services import add_member, create_team
from wijkverbinder.analysis.tables import refresh_all
from wijkverbinder.areas.address_services import import_addresses
from wijkverbinder.areas.models import District, Municipality, Neighbourhood
from wijkverbinder.areas.services import add_street, import_areas
from wijkverbinder.collective.services import run_detection
from wijkverbinder.intake import hooks
from wijkverbinder.portal.demo import cast
from wijkverbinder.portal.demo.addresses import demo_address_file
from wijkverbinder.portal.demo.geometry import cell_polygon
from wijkverbinder.portal.demo.signals import load_demo_signals
from wijkverbinder.portal.demo.step3 import start_demo_trajectory
from wijkverbinder.portal.demo.trajectory import build_demo_trajectory


@dataclass(frozen=True)
class DemoReport:
    created: bool
    neighbourhoods: int
    users: int
    signals: int = 0
    trajectories: int = 0  # in step 3
    handed_over: int = 0


def demo_exists() -> bool:
    """Whether the demo municipality is loaded."""
    return Municipality.objects.filter(code=cast.MUNICIPALITY_CODE).exists()


def _area_file() -> bytes:
    features = [
        {
            "type": "Feature",
            "properties": {
                "buurtcode": item.code,
                "buurtnaam": item.name,
                "wijkcode": item.district,
                "wijknaam": cast.DISTRICTS[item.district],
                "gemeentecode": cast.MUNICIPALITY_CODE,
                "gemeentenaam": cast.MUNICIPALITY_NAME,
                "jaar": cast.YEAR,
                "water": "NEE",
                "aantal_inwoners": item.population,
            },
            "geometry": cell_polygon(*item.cell),
        }
        for item in cast.NEIGHBOURHOODS
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def _teams(municipality: Municipality) -> dict[str, Team]:
    teams = {}
    for name, district_codes in cast.TEAMS.items():
        districts = District.objects.filter(code__in=district_codes, year=cast.YEAR)
        teams[name] = create_team(name=name, municipality=municipality, districts=districts)
    return teams


def build_demo(*, with_signals: bool = False, end: date | None = None) -> DemoReport:
    """Load the demo municipality, its areas, streets, teams and personas; with `with_signals`,
    also about 18 months of signals up to `end` (default: today), a trajectory in step 3 (the
    Molenstraat's noise) and a noise trajectory handed over six months before `end`, whose effect
    can be measured."""
    if demo_exists():
        return DemoReport(
            created=False, neighbourhoods=len(cast.NEIGHBOURHOODS), users=len(cast.PERSONAS)
        )
    _build_structure()
    signals = trajectories = handed_over = 0
    if with_signals:
        with hooks.paused():  # detection runs once per team below, not after each import
            reports = load_demo_signals(end=end or timezone.localdate())
        signals = sum(report.created for report in reports)
        for team in Team.objects.filter(signals__isnull=False).distinct():
            run_detection(team=team, trigger="demo")
        trajectories = 1 if start_demo_trajectory() is not None else 0
        build_demo_trajectory(end=end or timezone.localdate())
        handed_over = 1
        refresh_all()  # the wijkanalyse has its figures on the first visit, not after the worker
    return DemoReport(
        created=True,
        neighbourhoods=len(cast.NEIGHBOURHOODS),
        users=len(cast.PERSONAS),
        signals=signals,
        trajectories=trajectories,
        handed_over=handed_over,
    )


@transaction.atomic
def _build_structure() -> None:
    import_areas(data=_area_file())
    for item in cast.NEIGHBOURHOODS:
        buurt = Neighbourhood.objects.get(code=item.code, year=cast.YEAR)
        for street in item.streets:
            add_street(neighbourhood=buurt, name=street)
    import_addresses(data=demo_address_file())
    municipality = Municipality.objects.get(code=cast.MUNICIPALITY_CODE, year=cast.YEAR)
    teams = _teams(municipality)
    for person in cast.PERSONAS:
        user = add_member(
            team=teams[person.team],
            username=person.username,
            first_name=person.first_name,
            last_name=person.last_name,
            email=f"{person.username}@verbindendam.example",
            role=person.role,
            profession=person.profession,
            password=cast.DEMO_PASSWORD,
        )
        if person.role == "admin":
            user.is_superuser = True
            user.save(update_fields=["is_superuser"])
