"""The API contract test: real responses of every operation against `docs/openapi.json`.

schemathesis generates requests for every operation of the committed document: valid ones (within
the schema) and invalid ones (outside it), with the path parameters of Wijkteam W's real records, so
the requests reach the code behind the 404 instead of stopping there. Each response must:

* not be a server error (`not_a_server_error`);
* have a status code, content type, headers and body that the document describes for that
  operation (`status_code_conformance`, `content_type_conformance`,
  `response_headers_conformance`, `response_schema_conformance`).

Requests are sent with an API key (`createtoken`), as a system would. The number of cases is
bounded (`CASES_PER_MODE` per operation and mode: a couple of minutes on two cores); every failure
is collected and the test lists them all at the end. The figure of the last larger run is in
docs/adr/0015-api-contract.md.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from wijkverbinder.accounts.services import create_token
from wijkverbinder.diagnosis.tests.factories import ONGEMAK, assess
from wijkverbinder.straattafel.tests.factories import straattafel
from wijkverbinder.trajectories.tests.factories import handed_over

DOCUMENT = Path(__file__).resolve().parents[4] / "docs" / "openapi.json"
CASES_PER_MODE = int(os.environ.get("API_CONTRACT_CASES", "4"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def _world() -> dict[str, str]:
    """Real ids of Wijkteam W's records, by path parameter name and collection."""
    trajectory = handed_over()
    question = trajectory.question
    assert question is not None
    signal = question.signals.first()
    assert signal is not None
    assessment = assess("joost", "BU99010102", ONGEMAK, notes="contracttest")
    table = straattafel()
    first = {
        "belanghebbendeId": trajectory.stakeholders.first(),
        "contactId": trajectory.contacts.first(),
        "bijeenkomstId": trajectory.meetings.first(),
        "afspraakId": trajectory.agreements.first(),
        "checkInId": trajectory.check_ins.first(),
        "gebeurtenisId": trajectory.events.first(),
    }
    ids = {name: str(item.uuid) for name, item in first.items() if item is not None}
    return ids | {
        "trajectId": str(trajectory.uuid),
        "trajecten": str(trajectory.uuid),
        "gemeenschappelijke-vragen": str(question.uuid),
        "signalen": str(signal.uuid),
        "diagnoses": str(assessment.uuid),
        "straattafels": str(table.uuid),
        "buurten": "BU99010102",
        "code": table.code,
    }


def _path_parameters(path: str, names: list[str], world: dict[str, str]) -> dict[str, str]:
    collection = path.strip("/").split("/")[0]
    found = {}
    for name in names:
        if name in world:
            found[name] = world[name]
        elif name in {"id", "code"} and collection in world:
            found[name] = world[collection]
        elif name == "code" and collection == "deelnames":
            found[name] = world["code"]
    return found


def _run_operation(
    operation: Any, world: dict[str, str], headers: dict[str, str], failures: list[str]
) -> int:
    """Bounded cases of one operation; each failure appended as 'METHOD path: message'."""
    names = [p.name for p in operation.path_parameters]
    fixed = _path_parameters(operation.path, names, world)
    count = 0
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        strategy = operation.as_strategy(generation_mode=mode, path_parameters=fixed or None)

        @settings(
            max_examples=CASES_PER_MODE,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case: Any) -> None:
            nonlocal count
            count += 1
            try:
                response = case.call(headers=headers)
                case.validate_response(response, checks=CHECKS)
            except (Exception, FailureGroup) as error:  # collected and reported below
                found = error.exceptions if isinstance(error, FailureGroup) else (error,)
                for item in found:
                    title = getattr(item, "title", type(item).__name__)
                    message = " ".join(str(getattr(item, "message", item)).split())[:300]
                    failures.append(f"{case.method} {operation.path}: {title}: {message}")

        try:
            run()
        except Unsatisfiable:  # nothing outside the schema to send (e.g. no parameters at all)
            continue
    return count


@pytest.fixture
def contract(demo: None, settings: Any) -> Iterator[Callable[[], tuple[int, list[str]]]]:
    """Runs every operation against the real WSGI application inside the test's transaction.

    Django closes "old" connections at the start and end of each request; inside a test
    transaction that closes the connection itself (on PostgreSQL every later query then fails with
    "the connection is closed"). Django's test client switches this off for its requests; the WSGI
    application called directly by schemathesis needs the same.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    settings.API_RATE_USER = settings.API_RATE_TOKEN = "1000000/minute"
    settings.ALLOWED_HOSTS = ["*"]
    cache.clear()
    world = _world()
    headers = {"Authorization": f"Token {create_token(username='joost', name='contract')}"}
    schema = schemathesis.openapi.from_path(DOCUMENT)
    schema.app = get_wsgi_application()

    def run_all() -> tuple[int, list[str]]:
        failures: list[str] = []
        spent: dict[str, float] = {}
        cases = 0
        for result in schema.get_all_operations():
            assert isinstance(result, Ok), result.err()  # the document itself must load
            operation = result.ok()
            started = time.perf_counter()
            cases += _run_operation(operation, world, headers, failures)
            spent[f"{operation.method.upper()} {operation.path}"] = time.perf_counter() - started
        slowest = sorted(spent.items(), key=lambda item: -item[1])[:8]
        print("slowest:", ", ".join(f"{name} {seconds:.1f} s" for name, seconds in slowest))  # noqa: T201
        return cases, failures

    try:
        yield run_all
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.mark.django_db(transaction=False)
def test_every_response_matches_the_document(
    contract: Callable[[], tuple[int, list[str]]],
) -> None:
    cases, failures = contract()
    print(f"API contract: {cases} cases, {len(failures)} failures")  # noqa: T201
    distinct = sorted(set(failures))
    assert not distinct, f"{len(distinct)} failures:\n" + "\n".join(distinct[:60])
