"""Authorisation matrix generated from the URL configuration: every route × anonymous, another team,
member, coordinator and administrator.

Wijkteam W owns one record of every kind (a signal, a collective question, a trajectory with its
stakeholders, contacts, meetings, agreement, check-in and events, a phase assessment), each carrying
a marker. For each route the test fills in W's ids and asks as each role (GET), and as the other
team also changes it (POST; on the API also PATCH and DELETE, which must answer 404):

* anonymous: a web page sends to the log-in page, the API answers 401/403 — never 200;
* the other team (Pieter, Wijkteam Noord): never a 2xx with a W record in it, never a 2xx on a
  route that names a W record, and a POST there answers 404 (405 where the route takes no POST),
  before the body is validated, and changes nothing;
* W's member, coordinator and administrator: never a server error.

A route added later is covered automatically; a route the test cannot fill in fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.accounts.selectors import get_neighbourhood_for_user
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.diagnosis.models import PhaseAssessment, SafetyCheck
from wijkverbinder.diagnosis.services import record_safety_check
from wijkverbinder.diagnosis.tests.factories import ONGEMAK, assess
from wijkverbinder.intake.models import Signal, SignalImport
from wijkverbinder.straattafel.models import Statement, Straattafel
from wijkverbinder.straattafel.tests.factories import straattafel
from wijkverbinder.trajectories.models import (
    Agreement,
    CheckIn,
    Contact,
    Meeting,
    Stakeholder,
    Trajectory,
    TrajectoryEvent,
)
from wijkverbinder.trajectories.tests.factories import handed_over

MARKER = "ZZGEHEIMW"
ROLES = {
    "anonymous": "",
    "other team": "pieter",
    "member": "fatima",
    "coordinator": "joost",
    "admin": "ingrid",
}
PUBLIC = {"inloggen/", "health", "api/v1/openapi.json", "i18n/setlang/"}
#: the residents' straattafel (pages and API): public by design, reached with the residents' code
PUBLIC_PREFIXES = ("t/", "api/v1/deelnames/")
SKIPPED_PREFIXES = ("beheer/",)  # Django's own admin: staff only, tested by Django itself
GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)|<(?:\w+:)?(\w+)>")


def _routes(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for item in patterns:
        if isinstance(item, URLResolver):
            yield from _routes(item.url_patterns, prefix + str(item.pattern))
        elif isinstance(item, URLPattern):
            route = prefix + str(item.pattern)
            if "<format>" in route or route.endswith("^.*$") or route.startswith(SKIPPED_PREFIXES):
                continue
            yield route


@pytest.fixture
def world(demo: None) -> dict[str, str]:
    trajectory = handed_over()
    Trajectory.objects.filter(pk=trajectory.pk).update(title=f"{MARKER} traject")
    question = trajectory.question
    assert question is not None
    CollectiveQuestion.objects.filter(pk=question.pk).update(title=f"{MARKER} vraag")
    signal = question.signals.first()
    assert signal is not None
    Signal.objects.filter(pk=signal.pk).update(text=f"{MARKER} signaal")
    assessment = assess("joost", "BU99010102", ONGEMAK, notes=f"{MARKER} notitie")
    joost = User.objects.get(username="joost")
    safety = record_safety_check(
        user=joost,
        area=get_neighbourhood_for_user(user=joost, code="BU99010102"),
        checked_on=timezone.localdate(),
        no_new_incidents=True,
        unsafety_addressed=True,
        residents_feel_safer=True,
        confirmed_by=["wijkagent"],
    )
    upload = SignalImport.objects.create(
        team=trajectory.team, by=joost, filename=f"{MARKER}.csv", status=SignalImport.Status.DONE
    )
    table = straattafel()  # its title is for residents: public pages show it by design
    return {
        "signal": str(signal.uuid),
        "question": str(question.uuid),
        "trajectory": str(trajectory.uuid),
        "agreement": str(Agreement.objects.get(trajectory=trajectory).uuid),
        "check_in": str(CheckIn.objects.get(trajectory=trajectory).uuid),
        "stakeholder": str(Stakeholder.objects.filter(trajectory=trajectory).first().uuid),  # type: ignore[union-attr]
        "contact": str(Contact.objects.filter(trajectory=trajectory).first().uuid),  # type: ignore[union-attr]
        "meeting": str(Meeting.objects.filter(trajectory=trajectory).first().uuid),  # type: ignore[union-attr]
        "event": str(TrajectoryEvent.objects.filter(trajectory=trajectory).first().uuid),  # type: ignore[union-attr]
        "assessment": str(assessment.uuid),
        "safety_check": str(safety.uuid),
        "straattafel": str(table.uuid),
        "resident_code": table.code,
        "import": str(upload.uuid),
    }


def _value(route: str, name: str, world: dict[str, str]) -> str:
    """The id of W's record that this route parameter names."""
    by_name = {
        "signal_id": world["signal"],
        "question_id": world["question"],
        "afspraakId": world["agreement"],
        "checkInId": world["check_in"],
        "belanghebbendeId": world["stakeholder"],
        "contactId": world["contact"],
        "bijeenkomstId": world["meeting"],
        "gebeurtenisId": world["event"],
        "trajectId": world["trajectory"],
        "import_id": world["import"],
        "nummer": "1",
        "number": "1",
        "kind": "poster",
        "slug": "wijkanalyse",
        "action": "afspraak",
        "buurtcode": "BU99010102",
        "gebiedscode": "WK990101",  # the wijkanalyse API: W's wijk
        # W's buurt (buurt pages, situatie bepalen, the wijkanalyse and its report and exports)
        "code": world["resident_code"] if route.startswith(PUBLIC_PREFIXES) else "BU99010102",
    }
    if name in by_name:
        return by_name[name]
    if name in {"id", "public_id"}:
        for prefix, kind in (
            ("signalen", "signal"),
            ("gemeenschappelijke-vragen", "question"),
            ("trajecten", "trajectory"),
            ("diagnoses", "assessment"),
            ("situatie-bepalen", "assessment"),
            ("veiligheidscontroles", "safety_check"),
            ("straattafels", "straattafel"),
        ):
            if route.replace("api/v1/^", "").startswith(prefix):
                return world[kind]
    raise AssertionError(f"onbekende routeparameter {name!r} in {route!r}: vul de matrix aan")


def _path(route: str, world: dict[str, str]) -> tuple[str, bool]:
    """A concrete path for the route, and whether it names one of W's records."""
    params = {m.group(1) or m.group(2) for m in GROUP.finditer(route)}
    path = GROUP.sub(lambda m: _value(route, m.group(1) or m.group(2), world), route)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    if route.startswith(PUBLIC_PREFIXES):
        return "/" + path, False
    return "/" + path, bool(params - {"slug"})


def _clients() -> dict[str, Client]:
    clients = {}
    for role, username in ROLES.items():
        client = Client()
        if username:
            client.force_login(User.objects.get(username=username))
        clients[role] = client
    return clients


def _state() -> list[Any]:
    """Everything a POST of the other team could change."""
    models: list[type[Model]] = [Signal, CollectiveQuestion, Trajectory, Agreement, CheckIn]
    models += [Stakeholder, Contact, Meeting]
    models += [TrajectoryEvent, PhaseAssessment, SafetyCheck, Straattafel, Statement, SignalImport]
    rows: list[Any] = []
    for model in models:
        rows.append(
            sorted(
                model._default_manager.values_list(
                    *[f.attname for f in model._meta.concrete_fields]
                )
            )
        )
    return rows


def _leaks(
    route: str, path: str, names: bool, clients: dict[str, Client], world: dict[str, str]
) -> list[str]:
    found = []
    secrets = [MARKER, *(v for k, v in world.items() if k != "resident_code")]
    api = path.startswith("/api/")
    public = route in PUBLIC or route.startswith(PUBLIC_PREFIXES)
    for role, client in clients.items():
        response = client.get(path)
        status = response.status_code
        body = response.getvalue()
        text = body.decode(errors="replace")
        if status >= 500:
            found.append(f"{role} GET {path}: {status}")
        if role == "anonymous" and not public and status < 300:
            found.append(f"anonymous GET {path}: {status}")
        if role == "anonymous" and not public and not api and status == 302:
            assert "/inloggen/" in response["Location"], (path, response["Location"])
        if role == "other team" and status < 300:
            shown = [s for s in secrets[:1] + [v for v in secrets[1:] if len(v) > 8] if s in text]
            if shown or names:
                found.append(f"other team GET {path}: {status} {shown}")
    return found


def _writes(path: str, client: Client) -> list[str]:
    """The other team's PATCH and DELETE of a W record: 404 (or 405 where the route has neither),
    and nothing changed."""
    found = []
    for method in ("patch", "delete"):
        before = _state()
        response = getattr(client, method)(path, {}, content_type="application/json")
        if response.status_code not in {404, 405}:
            found.append(f"other team {method.upper()} {path}: {response.status_code}")
        if _state() != before:
            found.append(f"other team {method.upper()} {path} changed data")
    return found


def test_authorisation_matrix(world: dict[str, str]) -> None:
    clients = _clients()
    routes = sorted(set(_routes(get_resolver().url_patterns)))
    leaks: list[str] = []
    checked = 0
    for route in routes:
        path, names = _path(route, world)
        leaks += _leaks(route, path, names, clients, world)
        checked += len(clients)
        if names:
            before = _state()
            response = clients["other team"].post(path, {}, content_type="application/json")
            checked += 1
            if response.status_code not in {404, 405}:  # 404 before any validation of the body
                leaks.append(f"other team POST {path}: {response.status_code}")
            if _state() != before:
                leaks.append(f"other team POST {path} changed data")
            if path.startswith("/api/"):  # corrections of sub-records: PATCH and DELETE too
                leaks += _writes(path, clients["other team"])
                checked += 2
    print(f"autorisatiematrix: {len(routes)} routes, {checked} verzoeken")  # noqa: T201
    assert len(routes) >= 50
    assert leaks == []
