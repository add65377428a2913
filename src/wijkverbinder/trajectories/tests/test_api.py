"""API: /api/v1/trajecten with nested resources; every refusal as a 400 problem with its MTH code,
invalid input with all errors in invalidParams, another team's trajectory a 404 problem."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from wijkverbinder.accounts.services import create_token
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.tests import factories

TODAY = timezone.localdate


def client_for(username: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(username=username)}")
    return client


@pytest.fixture
def api(demo: None) -> APIClient:
    return client_for("joost")


def problem(response: Any, code: str) -> dict[str, Any]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


def post(api: APIClient, path: str, body: dict[str, Any]) -> Any:
    return api.post(path, body, format="json")


def test_walk_a_trajectory_through_the_api(api: APIClient) -> None:
    question = factories.question()
    made = post(api, "/api/v1/trajecten", {"vraag": str(question.uuid)})
    assert made.status_code == 201, made.content
    assert made["API-Version"]
    base = f"/api/v1/trajecten/{made.json()['id']}"
    assert made.json()["stap"] == "map_network"
    assert len(made.json()["ontbreekt"]) == 3

    problem(api.patch(base, {"stap": "connect"}, format="json"), "MTH002")
    ids = []
    for role in ("affected", "causing"):
        person = post(
            api,
            f"{base}/belanghebbenden",
            {"soort": "household", "rol": role, "bereiktVia": "own_contact"},
        )
        assert person.status_code == 201
        ids.append(person.json()["id"])
        contact = post(
            api,
            f"{base}/contacten",
            {
                "belanghebbende": person.json()["id"],
                "datum": TODAY().isoformat(),
                "vorm": "huisbezoek",
                "samenvatting": "Gesproken met Jan Jansen, 06-12345678",
            },
        )
        assert contact.status_code == 201
        assert "06-12345678" not in contact.json()["samenvatting"]
    assert [p["naam"] for p in api.get(f"{base}/belanghebbenden").json()["results"]] == [
        "Huishouden 1",
        "Huishouden 2",
    ]
    step3 = api.patch(
        base,
        {"onpartijdigheidstoets": "Beide kanten apart gesproken.", "stap": "connect"},
        format="json",
    )
    assert step3.status_code == 200, step3.content
    assert step3.json()["stap"] == "connect"

    meeting = {
        "vorm": "straattafel",
        "datum": TODAY().isoformat(),
        "lastErvaren": 4,
        "lastVeroorzaken": 1,
        "andereBewoners": 2,
        "professionals": 3,
        "agenda": ["Kennismaken"],
    }
    problem(post(api, f"{base}/bijeenkomsten", meeting), "MTH004")
    made_meeting = post(api, f"{base}/bijeenkomsten", {**meeting, "agenda": ["Wat bindt ons?"]})
    assert made_meeting.status_code == 201
    assert made_meeting.json()["waarschuwingen"][0]["code"] == "MTH101"
    assert api.patch(base, {"stap": "hand_over"}, format="json").json()["stap"] == "hand_over"

    body = problem(api.patch(base, {"status": "handed_over"}, format="json"), "MTH005")
    assert "kartrekker" in body["detail"]
    post(
        api,
        f"{base}/belanghebbenden",
        {"soort": "household", "rol": "kartrekker", "bereiktVia": "own_contact"},
    )
    agreement = post(
        api,
        f"{base}/afspraken",
        {
            "wie": "Kartrekker",
            "wat": "Stiltetijden",
            "uiterlijk": (TODAY() + dt.timedelta(days=30)).isoformat(),
        },
    )
    assert agreement.status_code == 201
    done = api.patch(
        f"{base}/afspraken/{agreement.json()['id']}", {"status": "done"}, format="json"
    )
    assert done.json()["status"] == "done"
    check_in = post(api, f"{base}/check-ins", {"gepland": TODAY().isoformat()})
    assert check_in.status_code == 201
    handed = api.patch(base, {"status": "handed_over"}, format="json")
    assert handed.status_code == 200, handed.content
    assert handed.json()["status"] == "handed_over"

    problem(post(api, f"{base}/_escaleren", {}), "MTH006")
    held = api.patch(
        f"{base}/check-ins/{check_in.json()['id']}", {"uitkomst": "not_improving"}, format="json"
    )
    assert held.json()["uitkomst"] == "not_improving"
    problem(
        post(api, f"{base}/_escaleren", {"naar": "aanspreken_corporatie_of_wijkagent"}), "MTH007"
    )
    up = post(api, f"{base}/_escaleren", {})
    assert up.status_code == 200, up.content
    assert up.json()["escalatie"]["naar"] == "professionele_ondersteuning"
    events = api.get(f"{base}/gebeurtenissen").json()["results"]
    assert events[0]["soort"] == "escalated"
    assert events[-1]["soort"] == "started"


def test_third_trajectory_refused_with_the_two_named(api: APIClient) -> None:
    factories.started()
    factories.started(title="Geluid Molenstraat", code=factories.MOLENBUURT, street="Molenstraat")
    third = factories.question(title="Derde", code=factories.HET_PLEIN, street="Marktplein")
    body = problem(post(api, "/api/v1/trajecten", {"vraag": str(third.uuid)}), "MTH001")
    assert "Geluid Molenstraat" in body["detail"]
    assert "Geluidsoverlast in de Kastanjelaan" in body["detail"]


def test_social_media_on_sensitive_theme_refused(api: APIClient) -> None:
    trajectory = factories.in_step3()
    Trajectory.objects.filter(pk=trajectory.pk).update(theme="samenleven.discriminatie")
    body = {
        "vorm": "social_media",
        "datum": TODAY().isoformat(),
        "lastErvaren": 1,
        "lastVeroorzaken": 0,
        "andereBewoners": 0,
        "professionals": 0,
        "agenda": ["Wat bindt ons?"],
    }
    problem(post(api, f"/api/v1/trajecten/{trajectory.uuid}/bijeenkomsten", body), "MTH003")


def test_buurtbemiddeling_with_exclusion_refused_then_skipped_with_it(api: APIClient) -> None:
    trajectory = factories.in_step4()
    base = f"/api/v1/trajecten/{trajectory.uuid}"
    check_in = post(api, f"{base}/check-ins", {"gepland": TODAY().isoformat()}).json()
    api.patch(f"{base}/check-ins/{check_in['id']}", {"uitkomst": "not_improving"}, format="json")
    problem(post(api, f"{base}/_escaleren", {}), "MTH009")
    intake = {"vrijwillig": True, "aanspreekbaar": True, "uitsluitingen": ["binnen_familie"]}
    problem(post(api, f"{base}/_escaleren", {"intake": intake}), "MTH008")
    skipped = post(
        api, f"{base}/_escaleren", {"naar": "aanspreken_corporatie_of_wijkagent", "intake": intake}
    )
    assert skipped.status_code == 200, skipped.content
    assert skipped.json()["escalatie"]["overgeslagen"] == ["buurtbemiddeling"]


def test_acute_danger_straight_to_police(api: APIClient) -> None:
    trajectory = factories.started()
    body = post(api, f"/api/v1/trajecten/{trajectory.uuid}/_escaleren", {"acuutGevaar": True})
    assert body.status_code == 200
    assert body.json()["escalatie"]["politieDirect"] is True


def test_invalid_input_lists_every_error(api: APIClient) -> None:
    trajectory = factories.in_step3()
    response = post(
        api,
        f"/api/v1/trajecten/{trajectory.uuid}/bijeenkomsten",
        {"vorm": "straattafel", "lastErvaren": -1, "agenda": "x"},
    )
    assert response.status_code == 400
    names = {item["name"] for item in response.json()["invalidParams"]}
    assert {
        "datum",
        "lastErvaren",
        "lastVeroorzaken",
        "andereBewoners",
        "professionals",
        "agenda",
    } <= names
    bad_step = api.patch(f"/api/v1/trajecten/{trajectory.uuid}", {"stap": "x"}, format="json")
    assert bad_step.json()["invalidParams"][0]["name"] == "stap"


def test_step_back_or_skip_refused(api: APIClient) -> None:
    trajectory = factories.in_step3()
    problem(
        api.patch(f"/api/v1/trajecten/{trajectory.uuid}", {"stap": "map_network"}, format="json"),
        "MTH016",
    )


def test_member_cannot_start_or_hand_over(demo: None) -> None:
    question = factories.question()
    response = client_for("fatima").post(
        "/api/v1/trajecten", {"vraag": str(question.uuid)}, format="json"
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"


def test_other_team_gets_404_problem(api: APIClient) -> None:
    trajectory = factories.started()
    other = client_for("pieter")
    base = f"/api/v1/trajecten/{trajectory.uuid}"
    for path in (base, f"{base}/belanghebbenden", f"{base}/gebeurtenissen", f"{base}/check-ins"):
        response = other.get(path)
        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/problem+json"
    assert other.patch(base, {"stap": "connect"}, format="json").status_code == 404
    assert other.get("/api/v1/trajecten").json()["count"] == 0
    question = factories.question(title="Nog een", code=factories.MOLENBUURT, street="Molenstraat")
    assert (
        other.post("/api/v1/trajecten", {"vraag": str(question.uuid)}, format="json").status_code
        == 404
    )
    assert api.get("/api/v1/trajecten").json()["count"] == 1
    assert api.get(f"{base}/").status_code == 404  # no trailing slash


def test_refused_patch_changes_nothing(api: APIClient) -> None:
    trajectory = factories.started()  # no contacts yet: the step-2 gate refuses
    events = trajectory.events.count()
    response = api.patch(
        f"/api/v1/trajecten/{trajectory.uuid}",
        {"onpartijdigheidstoets": "Beide kanten gehoord.", "stap": "connect"},
        format="json",
    )
    problem(response, "MTH002")
    trajectory.refresh_from_db()
    assert trajectory.impartiality_checked_at is None
    assert trajectory.impartiality_note == ""
    assert trajectory.step == "map_network"
    assert trajectory.events.count() == events


def test_list_queries_do_not_grow_with_trajectories(
    api: APIClient, django_assert_max_num_queries: Any
) -> None:
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(MAX_ACTIVE_TRAJECTORIES=10):
        factories.in_step3()
        with CaptureQueriesContext(connection) as one:
            assert api.get("/api/v1/trajecten").status_code == 200
        for index in range(5):
            factories.started(title=f"Vraag {index}")
    with django_assert_max_num_queries(len(one)):
        listed = api.get("/api/v1/trajecten")
    assert listed.status_code == 200
    rows = listed.json()["results"]
    assert len(rows) == 6
    for row in rows:  # the same gates as one trajectory read alone
        alone = api.get(f"/api/v1/trajecten/{row['id']}").json()
        assert row["ontbreekt"] == alone["ontbreekt"]
    assert sorted(len(row["ontbreekt"]) for row in rows) == [1, 3, 3, 3, 3, 3]
