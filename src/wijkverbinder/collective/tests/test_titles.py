"""Questions that share a title (same theme and place, another period) can be told apart wherever
they are listed or chosen: the title is shown with its period (`titles.display_title`)."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.utils import translation

from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.titles import display_title, period_label

LIST = "/gemeenschappelijke-vragen/"
TITLE = "Geluid – Tulpenhof, Rozenhof"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2025, 9, 2), date(2025, 11, 28), "sep–nov 2025"),
        (date(2025, 11, 2), date(2026, 3, 1), "nov 2025–mrt 2026"),
        (date(2025, 5, 1), date(2025, 5, 31), "mei 2025"),
        (date(2025, 10, 1), None, "okt 2025"),
        (None, None, ""),
    ],
)
def test_period_label_in_short_dutch_months(
    start: date | None, end: date | None, expected: str
) -> None:
    with translation.override("nl"):
        assert period_label(start, end) == expected


def test_display_title_adds_the_period_and_keeps_a_bare_title_without_dates() -> None:
    with translation.override("nl"):
        assert display_title(TITLE, date(2025, 9, 2), date(2025, 11, 28)) == (
            f"{TITLE} (sep–nov 2025)"
        )
        assert display_title(TITLE, None, None) == TITLE


@pytest.fixture
def twins(questions: list[CollectiveQuestion]) -> list[CollectiveQuestion]:
    """The first two questions with the same title, in different periods (as in the demo)."""
    first, second = questions[0], questions[1]
    for question, start, end in (
        (first, date(2025, 9, 2), date(2025, 11, 28)),
        (second, date(2025, 12, 1), date(2026, 2, 20)),
    ):
        question.title, question.start, question.end = TITLE, start, end
        question.save()
    return [first, second]


@pytest.mark.django_db
def test_merge_options_tell_questions_with_the_same_title_apart(
    fatima_client: Client, twins: list[CollectiveQuestion]
) -> None:
    page = fatima_client.get(f"{LIST}{twins[0].uuid}/").content.decode()
    other = twins[1]
    assert f'<label for="m-{other.uuid}">{TITLE} (dec 2025–feb 2026) <span' in page
    assert f"<title>{TITLE} (sep–nov 2025)" in page


@pytest.mark.django_db
def test_start_page_and_weighing_show_the_period(
    fatima_client: Client, twins: list[CollectiveQuestion]
) -> None:
    home = fatima_client.get("/").content.decode()
    assert f"{TITLE} (sep–nov 2025)</a>" in home
    assert f"{TITLE} (dec 2025–feb 2026)</a>" in home
    weighing = fatima_client.get("/trajecten/weging/").content.decode()
    assert f"{TITLE} (sep–nov 2025)" in weighing
    assert f"{TITLE} (dec 2025–feb 2026)" in weighing


@pytest.mark.django_db
def test_api_gives_the_title_with_its_period(
    fatima_client: Client, twins: list[CollectiveQuestion]
) -> None:
    body = fatima_client.get(f"/api/v1/gemeenschappelijke-vragen/{twins[1].uuid}").json()
    assert body["titel"] == TITLE
    assert body["titelMetPeriode"] == f"{TITLE} (dec 2025–feb 2026)"


def test_display_title_shortens_the_title_never_the_period() -> None:
    with translation.override("nl"):
        long = display_title("x" * 150, date(2025, 9, 2), date(2025, 11, 28), limit=150)
        assert len(long) == 150
        assert long.endswith("x… (sep–nov 2025)")
        assert display_title(TITLE, date(2025, 9, 2), None, limit=150) == f"{TITLE} (sep 2025)"


@pytest.mark.django_db
def test_wijkanalyse_api_names_questions_with_their_period(
    fatima_client: Client, twins: list[CollectiveQuestion]
) -> None:
    code = twins[0].neighbourhood.code
    body = fatima_client.get(f"/api/v1/wijkanalyses/{code}", HTTP_ACCEPT_LANGUAGE="nl").json()
    names = {row["id"]: row["naam"] for row in body["gemeenschappelijkeVragen"]}
    assert names[str(twins[0].uuid)] == f"{TITLE} (sep–nov 2025)"
    assert names[str(twins[1].uuid)] == f"{TITLE} (dec 2025–feb 2026)"
