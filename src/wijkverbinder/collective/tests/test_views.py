"""Pages: ranked list with filters (no N+1), detail with timeline and map, decisions, scoping."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import NoReverseMatch

from wijkverbinder.collective.models import CollectiveQuestion

pytestmark = pytest.mark.django_db
LIST = "/gemeenschappelijke-vragen/"


def test_list_ranks_and_explains_scores(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    page = fatima_client.get(LIST, {"zwak": "on"}).content.decode()
    assert page.index("Kastanjelaan") < page.index("Rozenstraat") < page.index("Seringenpad")
    assert "sterk" in page
    assert "zwak" in page
    assert "9,0" not in page  # the raw score is not shown, only its strength
    assert "Opnieuw zoeken" in page


def test_weak_hints_are_hidden_unless_asked_for(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    """Seringenpad (score 0.5) is a weak hint: hidden by default, shown with the toggle."""
    page = fatima_client.get(LIST).content.decode()
    assert "Kastanjelaan" in page
    assert "Rozenstraat" in page
    assert "Seringenpad" not in page
    assert "Ook zwakke aanwijzingen" in page
    page = fatima_client.get(LIST, {"status": "open"}).content.decode()
    assert "Seringenpad" not in page
    page = fatima_client.get(LIST, {"status": "open", "zwak": "on"}).content.decode()
    assert "Seringenpad" in page


def test_list_filters(fatima_client: Client, questions: list[CollectiveQuestion]) -> None:
    page = fatima_client.get(LIST, {"thema": "leefbaarheid.afval"}).content.decode()
    assert "Kastanjelaan" not in page
    page = fatima_client.get(LIST, {"buurt": "BU99010102", "status": "open"}).content.decode()
    assert "Kastanjelaan" in page


def test_list_has_no_n_plus_one(
    fatima_client: Client, questions: list[CollectiveQuestion], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(15):
        fatima_client.get(LIST)


def test_detail_shows_signals_timeline_map_and_decisions(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    question = questions[0]
    page = fatima_client.get(f"{LIST}{question.uuid}/").content.decode()
    assert question.title in page
    assert 'class="cq-timeline"' in page
    assert "<path" in page
    assert "Bevestigen" in page
    assert "Afwijzen" in page
    assert "Samenvoegen" in page
    signal = question.signals.first()
    assert signal is not None
    assert f"/signalen/{signal.uuid}/" in page


def test_trajectory_button_only_when_the_app_has_its_start_page(
    fatima_client: Client, questions: list[CollectiveQuestion], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wijkverbinder.collective.templatetags import collective_tags

    url = f"{LIST}{questions[0].uuid}/"
    monkeypatch.setattr(collective_tags, "reverse", lambda name: "/trajecten/starten/")
    page = fatima_client.get(url).content.decode()
    assert f"/trajecten/starten/?vraag={questions[0].uuid}" in page

    def missing(name: str) -> str:
        raise NoReverseMatch(name)

    monkeypatch.setattr(collective_tags, "reverse", missing)
    assert "traject-starten" not in fatima_client.get(url).content.decode()


def test_other_team_gets_404(pieter_client: Client, questions: list[CollectiveQuestion]) -> None:
    url = f"{LIST}{questions[0].uuid}/"
    assert pieter_client.get(url).status_code == 404
    assert pieter_client.post(f"{url}bevestigen/").status_code == 404
    assert "Kastanjelaan" not in pieter_client.get(LIST).content.decode()
    assert pieter_client.get(f"{LIST}geen-uuid/").status_code == 404


def test_decisions_through_the_pages(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    first, second, third = questions
    base = f"{LIST}{first.uuid}/"
    assert fatima_client.post(f"{base}bevestigen/").status_code == 302
    fatima_client.post(f"{base}hernoemen/", {"title": "Muziek op de laan"})
    fatima_client.post(f"{base}samenvoegen/", {"others": [str(second.uuid)]})
    response = fatima_client.post(f"{LIST}{third.uuid}/afwijzen/", {"note": ""}, follow=True)
    assert "Geef een korte reden" in response.content.decode()
    fatima_client.post(f"{LIST}{third.uuid}/afwijzen/", {"note": "Geen patroon."})
    first.refresh_from_db()
    second.refresh_from_db()
    third.refresh_from_db()
    assert (first.status, first.title, second.merged_into_id) == (
        "confirmed",
        "Muziek op de laan",
        first.pk,
    )
    assert third.status == "dismissed"
    chosen = [str(u) for u in first.signals.values_list("uuid", flat=True)[:2]]
    response = fatima_client.post(f"{base}splitsen/", {"signals": chosen})
    part = CollectiveQuestion.objects.get(split_from=first)
    assert response["Location"].endswith(f"{part.uuid}/")
    assert part.signal_count == 2


def test_detect_button_runs_detection(
    fatima_client: Client,
    questions: list[CollectiveQuestion],
    django_capture_on_commit_callbacks: Any,
) -> None:
    from wijkverbinder.collective.models import DetectionRun

    with django_capture_on_commit_callbacks(execute=True):
        response = fatima_client.post(f"{LIST}detecteren/")
    assert response.status_code == 302
    assert DetectionRun.objects.filter(trigger="web").count() == 1


def test_split_with_a_malformed_id_is_refused_not_a_500(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    first = questions[0]
    good = str(first.signals.values_list("uuid", flat=True)[0])
    malformed = "x" * 36
    response = fatima_client.post(
        f"{LIST}{first.uuid}/splitsen/", {"signals": [good, malformed]}, follow=True
    )
    assert response.status_code == 200
    assert not CollectiveQuestion.objects.filter(split_from=first).exists()
    assert len(list(response.context["messages"])) == 1
