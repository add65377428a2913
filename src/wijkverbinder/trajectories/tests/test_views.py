"""Pages: board, weighing, start, detail with a form per step; gates refuse on the page; 404."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.titles import period_label
from wijkverbinder.trajectories.models import Trajectory, TrajectoryEvent
from wijkverbinder.trajectories.tests import factories

NOORDERVELD = "BU99010201"  # Wijkteam Noord

pytestmark = pytest.mark.django_db


@pytest.fixture
def joost_client(demo: None) -> Client:
    client = Client()
    client.force_login(User.objects.get(username="joost"))
    return client


def test_board_shows_candidates_and_trajectories_by_step(fatima_client: Client) -> None:
    factories.question(
        title="Jongeren op het Marktplein",
        code=factories.HET_PLEIN,
        street="Marktplein",
        theme="overlast.jongeren",
    )
    trajectory = factories.in_step3()
    response = fatima_client.get("/trajecten/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Jongeren op het Marktplein" in body
    assert trajectory.title in body
    assert f"/trajecten/{trajectory.uuid}/" in body


def test_board_candidate_tiles_link_count_and_escape(fatima_client: Client) -> None:
    """Column 1 comes from one tag (`candidate_tiles`): the start link, the buurt, the households
    in singular and plural, the title escaped, and the empty message when there is none."""
    empty = fatima_client.get("/trajecten/").content.decode()
    assert '<li class="wv-small">Geen open gemeenschappelijke vragen.</li>' in empty
    one = factories.question(title="<i>Lawaai</i> & meer", households=1, causing=0)
    many = factories.question(
        title="Jongeren", code=factories.HET_PLEIN, street="Marktplein", households=7
    )
    body = fatima_client.get("/trajecten/").content.decode()
    # the title with its period (`display_title`): two questions can share a title
    period = period_label(one.start, one.end)
    assert period
    assert (
        f'href="/trajecten/start?vraag={one.uuid}">&lt;i&gt;Lawaai&lt;/i&gt; &amp; meer ({period})</a>'
        in body
    )
    assert "<i>Lawaai" not in body
    assert f"{one.neighbourhood.name} · 1 huishouden</span>" in body
    assert f'href="/trajecten/start?vraag={many.uuid}">{many.label}</a>' in body
    assert many.households > 1
    assert f"{many.neighbourhood.name} · {many.households} huishoudens</span>" in body
    assert "Geen open gemeenschappelijke vragen." not in body


def test_board_queries_do_not_grow_with_trajectories(
    fatima_client: Client, django_assert_max_num_queries: object
) -> None:
    factories.in_step3()
    factories.started(title="Tweede", code=factories.MOLENBUURT, street="Molenstraat")
    with django_assert_max_num_queries(15):  # type: ignore[operator]
        assert fatima_client.get("/trajecten/").status_code == 200


def test_board_filters_by_buurt(joost_client: Client) -> None:
    """`?buurt=<code>` shows that buurt's trajectories and candidate questions only."""
    here = factories.started(title="Geluid in Rozenhof")
    elsewhere = factories.started(title="Geluid in Molenbuurt", code=factories.MOLENBUURT,
                                  street="Molenstraat")  # fmt: skip
    factories.question(title="Jongeren op het Marktplein", code=factories.HET_PLEIN,
                       street="Marktplein", theme="overlast.jongeren")  # fmt: skip
    body = joost_client.get(f"/trajecten/?buurt={factories.MOLENBUURT}").content.decode()
    assert elsewhere.title in body
    assert here.title not in body
    assert "Jongeren op het Marktplein" not in body
    assert f'<option value="{factories.MOLENBUURT}" selected>' in body
    everything = joost_client.get("/trajecten/").content.decode()
    assert here.title in everything
    assert elsewhere.title in everything


def test_board_refuses_another_teams_buurt_and_shows_nothing(joost_client: Client) -> None:
    """Another team's (or an unknown) buurt code gives a Dutch message and an empty board, never
    another team's data nor, silently, all of the own team's."""
    own = factories.started(title="Geluid in Rozenhof")
    theirs = factories.started(title="Geluid in Noorderveld", code=factories.MOLENBUURT,
                               street="Molenstraat")  # fmt: skip
    noorderveld = Neighbourhood.objects.get(code=NOORDERVELD)
    Trajectory.objects.filter(pk=theirs.pk).update(  # Wijkteam Noord's trajectory in its buurt
        team=Team.objects.get(name="Wijkteam Noord"),
        neighbourhood=noorderveld,
        district=noorderveld.district,
    )
    for code in (NOORDERVELD, "BU00000000", "<script>"):
        response = joost_client.get("/trajecten/", {"buurt": code})
        assert response.status_code == 200
        body = response.content.decode()
        assert "Deze buurt bestaat niet of hoort niet bij uw team." in body
        assert theirs.title not in body
        assert own.title not in body


def test_buurt_page_links_to_its_trajectories(joost_client: Client) -> None:
    body = joost_client.get(f"/buurten/{factories.ROZENHOF}/").content.decode()
    assert f'href="/trajecten/?buurt={factories.ROZENHOF}"' in body


def test_weighing_saves_scores_and_ranks(joost_client: Client) -> None:
    first = factories.question()
    second = factories.question(
        title="Geluid Molenstraat", code=factories.MOLENBUURT, street="Molenstraat"
    )
    for question, values in ((first, ("5", "4", "4")), (second, ("3", "3", "2"))):
        response = joost_client.post(
            "/trajecten/weging/",
            {
                "vraag": str(question.uuid),
                "annoyance": values[0],
                "annoyance_reason": "veel klachten",
                "impact": values[1],
                "impact_reason": "hele straat",
                "chance_of_success": values[2],
                "chance_of_success_reason": "actieve bewoners",
            },
        )
        assert response.status_code == 302
    page = joost_client.get(
        "/trajecten/weging/?annoyance=1&impact=1&chance_of_success=1&aggregation=product"
    )
    body = page.content.decode()
    assert "Eerste keuze: Geluidsoverlast in de Kastanjelaan" in body or "First choice" in body
    assert body.index("Geluidsoverlast in de Kastanjelaan") < body.index("Geluid Molenstraat")


def test_weighing_without_reason_is_refused(joost_client: Client) -> None:
    question = factories.question()
    response = joost_client.post(
        "/trajecten/weging/",
        {"vraag": str(question.uuid), "annoyance": "5", "impact": "4", "chance_of_success": "4"},
    )
    assert response.status_code == 302  # post/redirect/get: the refusal is shown after it
    page = joost_client.get(response["Location"])
    assert page.status_code == 200
    assert "utrecht-form-field-error-message" in page.content.decode()
    assert joost_client.get(response["Location"]).content.decode().count("wv-invalid") == 0


def test_start_from_question_and_third_refused_on_page(joost_client: Client) -> None:
    question = factories.question()
    page = joost_client.get(f"/trajecten/start?vraag={question.uuid}")
    assert page.status_code == 200
    response = joost_client.post(f"/trajecten/start?vraag={question.uuid}")
    assert response.status_code == 302
    factories.started(title="Tweede", code=factories.MOLENBUURT, street="Molenstraat")
    third = factories.question(title="Derde", code=factories.HET_PLEIN, street="Marktplein")
    refused = joost_client.post(f"/trajecten/start?vraag={third.uuid}", follow=True)
    assert refused.redirect_chain == [(f"/trajecten/start?vraag={third.uuid}", 302)]
    body = refused.content.decode()
    assert "Geluidsoverlast in de Kastanjelaan" in body
    assert "Tweede" in body
    assert "maximum is 2" in body


def test_member_cannot_start(fatima_client: Client) -> None:
    question = factories.question()
    refused = fatima_client.post(f"/trajecten/start?vraag={question.uuid}", follow=True)
    assert "Alleen een coördinator" in refused.content.decode()
    assert not Trajectory.objects.exists()


def test_detail_shows_step2_gate_and_refuses_next_step(fatima_client: Client) -> None:
    trajectory = factories.started()
    page = fatima_client.get(f"/trajecten/{trajectory.uuid}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Er is nog geen contact geweest met bewoners die last ervaren." in body
    refused = fatima_client.post(
        f"/trajecten/{trajectory.uuid}/volgende-stap/", {"stap": "connect"}, follow=True
    )
    assert refused.redirect_chain == [(f"/trajecten/{trajectory.uuid}/#voortgang", 302)]
    assert "MTH002" not in refused.content.decode()  # codes stay in the API
    # a reload (GET) of the action URL leads to the page, not a 405
    reload = fatima_client.get(f"/trajecten/{trajectory.uuid}/volgende-stap/")
    assert reload.status_code == 302
    assert reload["Location"] == f"/trajecten/{trajectory.uuid}/"
    assert "De toets op onpartijdigheid is nog niet vastgelegd." in refused.content.decode()
    trajectory.refresh_from_db()
    assert trajectory.step == "map_network"


def test_detail_forms_walk_step2(fatima_client: Client) -> None:
    trajectory = factories.started()
    url = f"/trajecten/{trajectory.uuid}/"
    ok = fatima_client.post(
        f"{url}belanghebbende/",
        {
            "kind": "household",
            "role": "affected",
            "reached": "own_contact",
            "note": "Belt Jan de Vries op 06-12345678",
        },
    )
    assert ok.status_code == 302
    person = trajectory.stakeholders.get()
    assert person.label == "Huishouden 1"
    assert "06-12345678" not in person.note
    ok = fatima_client.post(
        f"{url}contact/",
        {
            "stakeholder": person.pk,
            "on": timezone.localdate().isoformat(),
            "format": "huisbezoek",
            "summary": "Sprak mevrouw Jansen, tel 0612345678",
        },
    )
    assert ok.status_code == 302
    assert "0612345678" not in trajectory.contacts.get().summary
    page = fatima_client.get(url)
    assert page.status_code == 200
    # the kind's own label has brackets: "Huishouden 1 · bewoner (huishouden)", not nested ones
    assert "(bewoner (huishouden))" not in page.content.decode()
    assert "· bewoner (huishouden)" in page.content.decode()


def test_meeting_with_social_media_on_sensitive_theme_refused_on_page(
    fatima_client: Client,
) -> None:
    trajectory = factories.in_step3()
    Trajectory.objects.filter(pk=trajectory.pk).update(theme="samenleven.discriminatie")
    response = fatima_client.post(
        f"/trajecten/{trajectory.uuid}/bijeenkomst/",
        {
            "format": "social_media",
            "on": timezone.localdate().isoformat(),
            "affected": 3,
            "causing": 1,
            "others": 0,
            "professionals": 1,
            "agenda": "Wat bindt ons?",
        },
        follow=True,
    )
    body = response.content.decode()
    assert "niet toegestaan bij een gevoelig thema" in body
    assert "MTH003" not in body
    assert 'value="3"' in body  # the typed values survive the redirect


def test_detail_step4_and_escalation_pages_render(fatima_client: Client) -> None:
    trajectory = factories.handed_over()
    check_in = trajectory.check_ins.get()
    response = fatima_client.post(
        f"/trajecten/{trajectory.uuid}/check-in-uitkomst/",
        {"check_in": check_in.pk, "outcome": "not_improving", "note": ""},
    )
    assert response.status_code == 302
    page = fatima_client.get(f"/trajecten/{trajectory.uuid}/")
    body = page.content.decode()
    assert page.status_code == 200
    assert "escalatie" in body
    assert TrajectoryEvent.objects.filter(trajectory=trajectory, kind="check_in_held").exists()
    assert check_in.planned_on >= timezone.localdate() - dt.timedelta(days=1)


def test_other_team_gets_404(pieter_client: Client) -> None:
    trajectory = factories.started()
    assert pieter_client.get(f"/trajecten/{trajectory.uuid}/").status_code == 404
    assert (
        pieter_client.post(
            f"/trajecten/{trajectory.uuid}/onpartijdigheid/", {"note": "x"}
        ).status_code
        == 404
    )
    question = factories.question(title="Nog een", code=factories.MOLENBUURT, street="Molenstraat")
    assert pieter_client.get(f"/trajecten/start?vraag={question.uuid}").status_code == 404
    assert trajectory.title not in pieter_client.get("/trajecten/").content.decode()


def test_start_page_shows_due_check_ins(fatima_client: Client, pieter_client: Client) -> None:
    trajectory = factories.handed_over()
    body = fatima_client.get("/").content.decode()
    assert f"/trajecten/{trajectory.uuid}/#stap-4" in body
    assert trajectory.title not in pieter_client.get("/").content.decode()


def test_next_step_without_stap_is_refused_not_a_500(fatima_client: Client) -> None:
    trajectory = factories.started()
    response = fatima_client.post(f"/trajecten/{trajectory.uuid}/volgende-stap/", {}, follow=True)
    assert response.status_code == 200
    assert "Kies de stap waar het traject naartoe gaat." in response.content.decode()
    trajectory.refresh_from_db()
    assert trajectory.step == "map_network"


def test_escalation_form_shows_referrals_and_their_sources(fatima_client: Client) -> None:
    """Issue 13: where the rung is chosen, each rung and each referral names its source."""
    trajectory = factories.handed_over()
    body = fatima_client.get(f"/trajecten/{trajectory.uuid}/").content.decode()
    assert 'data-testid="escalatie-bronnen"' in body
    assert (
        "Geweld of kans op geweld</strong> → wijkagent of politie (0900-8844), bij acuut gevaar 112"
        in body
    )
    assert "Geen oplossing? Wanneer buurtbemiddeling niet past" in body  # readable source title
    assert "https://beterburen.nl/geen-oplossing/" in body
    assert "Als elke seconde telt" in body  # source of the acute-danger text


def test_step3_advice_panel_names_the_contact_conditions(fatima_client: Client) -> None:
    """Issue 13 point 3: where meetings between groups are planned, the four contact conditions
    (KIS, 'Waarom contact werkt') and what the team can do, including support from authorities."""
    from wijkverbinder.diagnosis.tests.factories import ONGEMAK, ROZENHOF, assess

    trajectory = factories.in_step3()
    assess("fatima", ROZENHOF, ONGEMAK)
    body = fatima_client.get(f"/trajecten/{trajectory.uuid}/").content.decode()
    assert 'data-testid="contactvoorwaarden"' in body
    for name in ("Gelijkwaardige positie", "Gemeenschappelijk doel", "Samenwerking"):
        assert name in body
    assert "Steun van autoriteiten" in body
    assert "wijkagent" in body


def test_weighing_page_explains_the_weights(joost_client: Client) -> None:
    """Three fields with "1" and no word on what a weight does."""
    page = joost_client.get("/trajecten/weging/").content.decode()
    assert "Hoe zwaar elk criterium meetelt in de rangorde" in page
