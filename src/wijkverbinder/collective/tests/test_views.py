"""Pages: ranked list with filters (no N+1), detail with timeline and map, decisions, scoping."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

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
    # the counts beside "ervaren last" are signals, not households (the card above counts those)
    assert "Aantal signalen per rol van de bewoner." in page


def test_list_rows_show_every_part_escaped(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    """The rows come from one tag (`question_rows`): themes, new topic, streets, stale, status,
    numbering and the link as the loop of the template showed them, the title escaped."""
    from django.utils import timezone

    q = questions[0]
    q.title = "<b>Lawaai & meer</b>"
    q.themes = ["overlast.geluid", "overlast.buren"]
    q.new_topic = True
    q.stale = True
    q.decided_at = timezone.now()
    q.streets = ["Astraat", "Bstraat", "Cstraat", "Dstraat"]
    q.save()
    page = fatima_client.get(LIST).content.decode()
    assert "&lt;b&gt;Lawaai &amp; meer&lt;/b&gt;" in page
    assert "<b>Lawaai" not in page
    assert f'href="{LIST}{q.uuid}/"' in page
    assert '<td class="utrecht-table__cell cq-muted">1</td>' in page
    assert '<td class="utrecht-table__cell cq-muted">2</td>' in page
    assert " · nieuw onderwerp</span>" in page
    assert '<span class="wv-small cq-themes">' + "thema's: Geluid, Buren</span>" in page
    assert "Astraat, Bstraat, Cstraat …</td>" in page
    assert "Dstraat" not in page
    assert "niet meer gevonden" in page
    assert 'cq-status--open">open</span>' in page


def test_detail_signal_rows_and_merge_options(
    fatima_client: Client, questions: list[CollectiveQuestion]
) -> None:
    """The signal rows and merge options come from tags: checkbox, link, date, role, escaping."""
    question = questions[0]
    signal = question.signals.order_by("-observed_on", "-id").first()
    assert signal is not None
    signal.text = "<script>x</script> " + "a" * 200
    signal.save()
    page = fatima_client.get(f"{LIST}{question.uuid}/").content.decode()
    assert f'value="{signal.uuid}" id="s-{signal.uuid}"' in page
    assert "<script>x" not in page
    assert "&lt;script&gt;x&lt;/script&gt; " + "a" * 100 in page
    assert "a" * 150 not in page  # cut at 140 characters
    assert 'aria-label="Kies het signaal van ' in page
    assert f'<a class="utrecht-link" href="/signalen/{signal.uuid}/">' in page
    other = questions[1]
    assert f'value="{other.uuid}" id="m-{other.uuid}"' in page
    assert f'<label for="m-{other.uuid}">{other.label} <span' in page


def test_trajectory_button_only_when_the_app_has_its_start_page(
    fatima_client: Client, questions: list[CollectiveQuestion], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wijkverbinder.collective.templatetags import collective_tags

    url = f"{LIST}{questions[0].uuid}/"
    real = reverse  # the page's other links (signal rows) reverse as usual

    def present(name: str, *args: Any, **kwargs: Any) -> str:
        if name == "trajectories:start":
            return "/trajecten/starten/"
        return real(name, *args, **kwargs)

    monkeypatch.setattr(collective_tags, "reverse", present)
    page = fatima_client.get(url).content.decode()
    assert f"/trajecten/starten/?vraag={questions[0].uuid}" in page

    def missing(name: str, *args: Any, **kwargs: Any) -> str:
        if name == "trajectories:start":
            raise NoReverseMatch(name)
        return real(name, *args, **kwargs)

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
