"""How strength, counts and themes reach users (issue 9): no raw or negative scores on pages, one
strength label everywhere, "meldingen" when households were not recorded, every theme of a matter."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wijkverbinder.collective import presentation
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.tests.factories import apply, make_signals, result, street, team
from wijkverbinder.collective.titles import theme_name
from wijkverbinder.intake.models import Signal

LIST = "/gemeenschappelijke-vragen/"
API = "/api/v1/gemeenschappelijke-vragen"


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (9.0, "strong"),
        (2.0, "strong"),
        (1.99, "clear"),
        (1.0, "clear"),
        (0.99, "weak"),
        (0.0, "weak"),
        (-1.5, "weak"),
        (-2.0, "weak"),
    ],
)
def test_strength_thresholds(score: float, level: str) -> None:
    assert presentation.strength(score) == level


def test_strength_explained_states_the_chance_and_no_score() -> None:
    assert "100" in presentation.strength_explained(2.5)
    assert "10" in presentation.strength_explained(1.2)
    weak = presentation.strength_explained(-1.7)
    assert "1,7" not in weak
    assert "1.7" not in weak
    assert "-" not in weak


def test_count_words_never_claim_unrecorded_households() -> None:
    with translation.override("nl"):
        assert presentation.count_words(7, households_known=True) == "7 huishoudens"
        assert presentation.count_words(7, households_known=False) == "7 meldingen"
        assert presentation.strength_label(3.0) == "sterk"
        assert presentation.strength_label(-1.0) == "zwak"
    assert presentation.count_note(True) == ""
    assert presentation.count_note(False)


@pytest.fixture
def mixed(demo: None) -> dict[str, CollectiveQuestion]:
    """A strong keyed question, a weak (negative-score) question without households and a question
    spanning two themes."""
    keyed = make_signals(count=6, place=street("BU99010102", "Kastanjelaan"), prefix="k")
    anonymous = make_signals(count=5, place=street("BU99010102", "Rozenstraat"), prefix="a")
    Signal.objects.filter(pk__in=[s.pk for s in anonymous]).update(household="")
    themed = make_signals(count=6, place=street("BU99010102", "Seringenpad"), prefix="t")
    apply(
        team(),
        result(keyed, score=4.2, key="keyed"),
        result(anonymous, score=-1.4, key="anon"),
        replace(
            result(themed, score=1.3, key="themed"),
            themes=("overlast.geluid", "leefbaarheid.afval"),
        ),
    )
    by_street = {
        q.street.name if q.street else "": q
        for q in CollectiveQuestion.objects.select_related("street")
    }
    return {
        "keyed": by_street["Kastanjelaan"],
        "anonymous": by_street["Rozenstraat"],
        "themed": by_street["Seringenpad"],
    }


@pytest.mark.django_db
def test_stored_households_known_and_themes(mixed: dict[str, CollectiveQuestion]) -> None:
    assert mixed["keyed"].households_known is True
    assert mixed["anonymous"].households_known is False
    assert mixed["themed"].themes == ["overlast.geluid", "leefbaarheid.afval"]
    assert mixed["keyed"].themes == ["overlast.geluid"]


@pytest.mark.django_db
def test_list_shows_labels_not_scores(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    page = fatima_client.get(LIST, {"zwak": "on"}).content.decode()  # weak hints shown
    assert "sterk" in page
    assert "duidelijk" in page
    assert "zwak" in page
    for raw in ("4,2", "-1,4", "1,3", "-1.4"):
        assert raw not in page
    assert "cq-row--weak" in page  # weak hints are visually secondary
    assert "5 meldingen" in page
    assert "6 huishoudens" in page
    assert "5 huishoudens" not in page
    assert f"{theme_name('overlast.geluid')}, {theme_name('leefbaarheid.afval')}" in page


@pytest.mark.django_db
def test_detail_of_weak_question_without_households(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    page = fatima_client.get(f"{LIST}{mixed['anonymous'].uuid}/").content.decode()
    assert "zwak" in page
    assert "-1,4" not in page
    assert "-1.4" not in page
    assert "Wat de score betekent" not in page
    assert "Meldingen" in page
    assert 'data-testid="telling-uitleg"' in page
    assert "huishoudens meldden" not in page


@pytest.mark.django_db
def test_detail_of_keyed_question_says_households(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    page = fatima_client.get(f"{LIST}{mixed['keyed'].uuid}/").content.decode()
    assert "sterk" in page
    assert "1 keer op 100" in page
    assert 'data-testid="telling-uitleg"' not in page
    assert "6 huishoudens meldden" in page


@pytest.mark.django_db
def test_detail_lists_every_theme(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    page = fatima_client.get(f"{LIST}{mixed['themed'].uuid}/").content.decode()
    assert 'data-testid="themas"' in page
    assert theme_name("leefbaarheid.afval") in page
    single = fatima_client.get(f"{LIST}{mixed['keyed'].uuid}/").content.decode()
    assert 'data-testid="themas"' not in single


@pytest.mark.django_db
def test_api_keeps_score_and_adds_label_households_known_and_themes(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    rows = {r["straat"]: r for r in fatima_client.get(API).json()["results"]}
    assert rows["Kastanjelaan"]["score"] == pytest.approx(4.2)
    assert rows["Kastanjelaan"]["sterkte"] == "sterk"
    assert rows["Seringenpad"]["sterkte"] == "duidelijk"
    assert rows["Rozenstraat"]["sterkte"] == "zwak"
    assert rows["Rozenstraat"]["score"] == pytest.approx(-1.4)
    assert rows["Rozenstraat"]["huishoudensBekend"] is False
    assert rows["Kastanjelaan"]["huishoudensBekend"] is True
    assert rows["Seringenpad"]["themas"] == ["overlast.geluid", "leefbaarheid.afval"]


@pytest.mark.django_db
def test_trajectory_start_shows_strength_not_score(
    fatima_client: Client, mixed: dict[str, CollectiveQuestion]
) -> None:
    question = mixed["anonymous"]
    response = fatima_client.get(reverse("trajectories:start"), {"vraag": str(question.uuid)})
    page = response.content.decode()
    assert response.status_code == 200
    assert "zwak" in page
    assert "5 meldingen" in page
    assert "-1,4" not in page
