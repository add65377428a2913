"""The contract of the nested trajectory resources (issue 11, points 10 and 12; issue 10, item 7):
paginated lists, 201 with `Location`, `_links`, public uuids, and corrections with history."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from wijkverbinder.trajectories.models import Stakeholder, Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories
from wijkverbinder.trajectories.tests.test_api import client_for

UUID = re.compile(r"^[0-9a-f-]{36}$")
NESTED = ("belanghebbenden", "contacten", "bijeenkomsten", "afspraken", "check-ins")


@pytest.fixture
def api(demo: None) -> APIClient:
    return client_for("joost")


def base_of(trajectory: Trajectory) -> str:
    return f"/api/v1/trajecten/{trajectory.uuid}"


def add_household(api: APIClient, base: str, role: str = "affected") -> dict[str, Any]:
    body = {"soort": "household", "rol": role, "bereiktVia": "own_contact"}
    response = api.post(f"{base}/belanghebbenden", body, format="json")
    assert response.status_code == 201, response.content
    result: dict[str, Any] = response.json()
    return result


@pytest.mark.parametrize("nested", [*NESTED, "gebeurtenissen"])
def test_nested_lists_are_paginated_and_honour_page_size(api: APIClient, nested: str) -> None:
    base = base_of(factories.handed_over())
    first = api.get(f"{base}/{nested}", {"pageSize": 1})
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert len(body["results"]) == min(1, body["count"])
    if body["count"] > 1:
        assert "pageSize=1" in body["next"]
        assert 'rel="next"' in first["Link"]
    for row in body["results"]:
        assert UUID.match(row["id"]), row


def test_a_post_answers_201_with_the_location_of_the_new_record(api: APIClient) -> None:
    base = base_of(factories.started())
    response = api.post(
        f"{base}/belanghebbenden",
        {"soort": "professional", "rol": "professional", "bereiktVia": "own_contact"}
        | {"beroep": "Wijkagent"},
        format="json",
    )
    assert response.status_code == 201
    assert response["Location"].endswith(f"{base}/belanghebbenden/{response.json()['id']}")
    assert response.json()["beroep"] == "Wijkagent"  # accepted, so returned
    again = api.get(response["Location"])
    assert again.status_code == 200
    assert again.json() == response.json()


def test_starting_a_trajectory_answers_with_its_location(api: APIClient) -> None:
    question = factories.question()
    response = api.post("/api/v1/trajecten", {"vraag": str(question.uuid)}, format="json")
    assert response.status_code == 201
    assert response["Location"].endswith(f"/api/v1/trajecten/{response.json()['id']}")


def test_a_trajectory_links_to_its_nested_resources(api: APIClient) -> None:
    trajectory = factories.started()
    body = api.get(base_of(trajectory)).json()
    links = body["_links"]
    assert links["self"]["href"].endswith(base_of(trajectory))
    assert links["vraag"]["href"].endswith(f"/gemeenschappelijke-vragen/{trajectory.question.uuid}")  # type: ignore[union-attr]
    for name, path in [(n, n) for n in NESTED if n != "check-ins"] + [("checkIns", "check-ins")]:
        assert api.get(links[name]["href"].split("testserver")[-1]).status_code == 200, path
    assert api.get(links["gebeurtenissen"]["href"].split("testserver")[-1]).status_code == 200


def test_escalating_returns_the_trajectory_with_the_step(api: APIClient) -> None:
    trajectory = factories.handed_over()
    base = base_of(trajectory)
    check_in = api.get(f"{base}/check-ins").json()["results"][0]
    api.patch(f"{base}/check-ins/{check_in['id']}", {"uitkomst": "not_improving"}, format="json")
    response = api.post(f"{base}/_escaleren", {}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["id"] == str(trajectory.uuid)
    assert body["trede"] == body["escalatie"]["naar"]
    assert "_links" in body


def test_every_event_has_an_id_and_a_description(api: APIClient) -> None:
    base = base_of(factories.handed_over())
    events = api.get(f"{base}/gebeurtenissen", {"pageSize": 100}).json()["results"]
    assert {e["soort"] for e in events} >= {"started", "handed_over"}
    for event in events:
        assert UUID.match(event["id"])
        assert event["omschrijving"], event
        assert event["op"].endswith("Z"), event["op"]  # one format: UTC
        one = api.get(f"{base}/gebeurtenissen/{event['id']}")
        assert one.json() == event


def test_timestamps_are_utc_with_z(api: APIClient) -> None:
    trajectory = factories.started()
    assert api.get(base_of(trajectory)).json()["aangemaaktOp"].endswith("Z")
    question = trajectory.question
    assert question is not None
    body = api.get(f"/api/v1/gemeenschappelijke-vragen/{question.uuid}").json()
    assert body["laatstGevonden"] is None or body["laatstGevonden"].endswith("Z")


def test_a_question_carries_its_wijk_and_sensitivity(api: APIClient) -> None:
    sensitive = factories.question(theme="samenleven.discriminatie", title="Discriminatie")
    body = api.get(f"/api/v1/gemeenschappelijke-vragen/{sensitive.uuid}").json()
    assert body["gevoelig"] is True
    assert body["wijk"] == sensitive.neighbourhood.district.code
    plain = factories.question()
    assert api.get(f"/api/v1/gemeenschappelijke-vragen/{plain.uuid}").json()["gevoelig"] is False


def test_a_stakeholder_is_corrected_with_history(api: APIClient) -> None:
    base = base_of(factories.started())
    person = add_household(api, base)
    response = api.patch(
        f"{base}/belanghebbenden/{person['id']}",
        {"rol": "causing", "notitie": "Bel Jan Jansen 06-12345678"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["rol"] == "causing"
    assert "06-12345678" not in response.json()["notitie"]
    latest = api.get(f"{base}/gebeurtenissen").json()["results"][0]
    assert latest["soort"] == "corrected"
    assert "Huishouden 1" in latest["omschrijving"]
    assert "rol: affected → causing" in latest["omschrijving"]
    assert "06-12345678" not in latest["omschrijving"]


def test_a_wrong_role_for_the_kind_is_refused_and_changes_nothing(api: APIClient) -> None:
    base = base_of(factories.started())
    person = add_household(api, base)
    response = api.patch(
        f"{base}/belanghebbenden/{person['id']}", {"rol": "professional"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_role"
    assert Stakeholder.objects.get(uuid=person["id"]).role == "affected"


def test_a_stakeholder_with_contacts_is_not_removed(api: APIClient) -> None:
    base = base_of(factories.started())
    person = add_household(api, base)
    contact = api.post(
        f"{base}/contacten",
        {"belanghebbende": person["id"], "datum": str(timezone.localdate())}
        | {"vorm": "gesprek", "samenvatting": "Kennismaking"},
        format="json",
    )
    assert contact.status_code == 201, contact.content
    refused = api.delete(f"{base}/belanghebbenden/{person['id']}")
    assert refused.status_code == 400
    assert refused.json()["code"] == "has_contacts"
    assert api.delete(f"{base}/contacten/{contact.json()['id']}").status_code == 204
    assert api.delete(f"{base}/belanghebbenden/{person['id']}").status_code == 204
    assert api.get(f"{base}/belanghebbenden/{person['id']}").status_code == 404
    kinds = [e["soort"] for e in api.get(f"{base}/gebeurtenissen").json()["results"][:2]]
    assert kinds == ["removed", "removed"]


def test_a_contact_is_corrected_and_a_future_date_refused(api: APIClient) -> None:
    base = base_of(factories.started())
    person = add_household(api, base)
    contact = api.post(
        f"{base}/contacten",
        {"belanghebbende": person["id"], "datum": str(timezone.localdate())}
        | {"vorm": "gesprek", "samenvatting": "Kennismaking"},
        format="json",
    ).json()
    path = f"{base}/contacten/{contact['id']}"
    fixed = api.patch(path, {"vorm": "telefoon"}, format="json")
    assert fixed.status_code == 200
    assert fixed.json()["vorm"] == "telefoon"
    future = api.patch(path, {"datum": "2999-01-01"}, format="json")
    assert future.status_code == 400
    assert api.get(path).json()["vorm"] == "telefoon"


def test_a_meeting_is_corrected_under_rule_9_and_the_last_one_kept(api: APIClient) -> None:
    trajectory = factories.in_step4()
    base = base_of(trajectory)
    meeting = api.get(f"{base}/bijeenkomsten").json()["results"][0]
    path = f"{base}/bijeenkomsten/{meeting['id']}"
    fixed = api.patch(path, {"andereBewoners": 7}, format="json")
    assert fixed.status_code == 200, fixed.content
    assert fixed.json()["andereBewoners"] == 7
    refused = api.patch(path, {"agenda": ["Alleen klachten"]}, format="json")
    assert refused.status_code == 400
    assert refused.json()["code"].startswith("MTH")
    if api.get(f"{base}/bijeenkomsten").json()["count"] == 1:
        last = api.delete(path)
        assert last.status_code == 400
        assert last.json()["code"] == "MTH015"


def test_another_trajectorys_record_is_a_404(api: APIClient) -> None:
    mine = factories.started()
    other = factories.started(
        title="Geluid Molenstraat", code=factories.MOLENBUURT, street="Molenstraat"
    )
    person = add_household(api, base_of(other))
    for method in ("get", "patch", "delete"):
        response = getattr(api, method)(
            f"{base_of(mine)}/belanghebbenden/{person['id']}", {}, format="json"
        )
        assert response.status_code == 404, method
    pieter = client_for("pieter")
    for method in ("get", "patch", "delete"):
        response = getattr(pieter, method)(
            f"{base_of(other)}/belanghebbenden/{person['id']}", {}, format="json"
        )
        assert response.status_code == 404, method
    assert Stakeholder.objects.filter(uuid=person["id"]).exists()


def test_events_are_never_numbered_by_a_global_counter(api: APIClient) -> None:
    base = base_of(factories.started())
    ids = [e["id"] for e in api.get(f"{base}/gebeurtenissen").json()["results"]]
    assert ids
    assert all(str(e.pk) not in ids for e in TrajectoryEvent.objects.all())
