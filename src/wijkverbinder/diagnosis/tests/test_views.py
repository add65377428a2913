"""Pages in Dutch: Kennisbank, Situatie bepalen (questionnaire → result, history), Advies, PDF."""

from __future__ import annotations

from django.test import Client

from wijkverbinder.common.models import AccessLogEntry
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.tests.factories import NOORDERVELD, ROZENHOF, SPANNING, WIJK_W, assess


def test_knowledge_base_shows_phases_sources_and_badges(fatima_client: Client) -> None:
    body = fatima_client.get("/kennisbank/").content.decode()
    for text in ("Kennisbank", "Rust", "Ongemak", "Spanning", "Incidenten", "Dialoog", "Burendag"):
        assert text in body
    assert "Werkt wel" in body
    assert "Werkt niet" in body
    assert "Escalatieladder" in body
    assert "Buurtbemiddeling" in body
    assert "eigen oordeel" in body
    assert "Wat de bron zegt" in body
    assert "Bronnen en eigen oordelen" in body
    assert "https://dewijkverbinder.nl/" in body
    assert "De Wijkverbinder – bij incidenten: Aanpakken en handhaven" in body  # readable title
    assert 'aria-current="page"' in body


def test_navigation_links_to_knowledge_base(fatima_client: Client) -> None:
    body = fatima_client.get("/").content.decode()
    assert 'href="/kennisbank/"' in body


def test_areas_page_lists_the_teams_areas(fatima_client: Client) -> None:
    assess("fatima", ROZENHOF, SPANNING)
    body = fatima_client.get("/situatie-bepalen/").content.decode()
    assert "Situatie bepalen" in body
    assert "Wijk W" in body
    assert "Rozenhof" in body
    assert "Spanning" in body
    assert "Noorderveld" not in body


def test_questionnaire_submit_shows_result(fatima_client: Client) -> None:
    page = fatima_client.get(f"/situatie-bepalen/{ROZENHOF}/").content.decode()
    assert "Wat ziet of hoort u in de buurt?" in page
    assert "<legend" in page
    response = fatima_client.post(
        f"/situatie-bepalen/{ROZENHOF}/",
        {**SPANNING, "toelichting": "na overleg"},
        follow=True,
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Fase van Rozenhof" in body
    assert "Spanning" in body
    assert "Wij-zij-taal over andere groepen" in body
    assert "Hoe zeker is dit?" in body
    assert "Bewijs uit signalen" in body
    assert "Eerdere situatiebepalingen" in body
    assert "/advies/?gebied=BU99010102" in body
    assert PhaseAssessment.objects.count() == 1
    assert AccessLogEntry.objects.filter(action="view", object_type="phase_assessment").exists()


def test_wijk_questionnaire(fatima_client: Client) -> None:
    response = fatima_client.post(f"/situatie-bepalen/{WIJK_W}/", SPANNING, follow=True)
    assert "Fase van Wijk W" in response.content.decode()


def test_bad_input_gives_dutch_error_and_stores_nothing(fatima_client: Client) -> None:
    response = fatima_client.post(f"/situatie-bepalen/{ROZENHOF}/", {"waargenomen": ["geweld"]})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Niet opgeslagen" in body
    assert "Beantwoord deze vraag." in body
    response = fatima_client.post(
        f"/situatie-bepalen/{ROZENHOF}/", {**SPANNING, "hoe_vaak": "altijd"}
    )
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not PhaseAssessment.objects.exists()


def test_other_teams_area_and_assessment_are_404(pieter_client: Client) -> None:
    item = assess("fatima", ROZENHOF, SPANNING)
    assert pieter_client.get(f"/situatie-bepalen/{ROZENHOF}/").status_code == 404
    assert pieter_client.post(f"/situatie-bepalen/{ROZENHOF}/", SPANNING).status_code == 404
    response = pieter_client.get(f"/situatie-bepalen/uitkomst/{item.uuid}/")
    assert response.status_code == 404
    assert "Rozenhof" not in response.content.decode()
    assert pieter_client.get(f"/situatie-bepalen/{NOORDERVELD}/").status_code == 200
    assert PhaseAssessment.objects.count() == 1


def test_advice_form_presets_phase_from_latest_assessment(fatima_client: Client) -> None:
    assess("fatima", ROZENHOF, SPANNING)
    body = fatima_client.get(f"/advies/?gebied={ROZENHOF}").content.decode()
    assert "overgenomen van de laatste situatiebepaling van Rozenhof" in body
    assert 'value="spanning" id="id_fase_2" required checked' in body


def test_advice_shows_ranked_approaches_and_warnings(fatima_client: Client) -> None:
    query = "fase=spanning&bijeenkomstvorm=buurt_bbq&doelen=elkaar+leren+kennen&gevoelig=on"
    body = fatima_client.get(f"/advies/?{query}").content.decode()
    assert "Advies voor de fase Spanning" in body
    assert "ADV001" in body
    assert "ADV007" in body
    assert "Dialoog" in body
    assert "Werkt niet" in body
    assert "/advies/blad/?" in body
    assert "/advies/pdf/?" in body


def test_advice_with_plan_checks(fatima_client: Client) -> None:
    query = "fase=spanning&aanpak=dialoog&plan_controleren=on&groepsgrootte=40"
    body = fatima_client.get(f"/advies/?{query}").content.decode()
    assert "Controle van het activiteitenplan" in body
    assert "Groep te groot" in body


def test_advice_bad_input_is_dutch(fatima_client: Client) -> None:
    response = fatima_client.get("/advies/?fase=chaos")
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_printable_sheet_and_pdf(fatima_client: Client) -> None:
    query = "fase=incidenten&bijeenkomstvorm=buurtfeest"
    sheet = fatima_client.get(f"/advies/blad/?{query}")
    assert sheet.status_code == 200
    body = sheet.content.decode()
    assert "Adviesblad" in body
    assert "Eenmalig feest bij spanning of incidenten" in body
    assert "ADV001" not in body  # codes stay in the API and the Kennisbank's source notes
    assert "Beslisregel" not in body
    assert "sheet.css" in body
    pdf = fatima_client.get(f"/advies/pdf/?{query}")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "advies-incidenten-" in pdf["Content-Disposition"]


def test_sheet_without_phase_goes_back_to_form(fatima_client: Client) -> None:
    response = fatima_client.get("/advies/pdf/")
    assert response.status_code == 302
    assert response["Location"].startswith("/advies/")


def test_advice_free_text_is_redacted_in_page_links_and_sheet(fatima_client: Client) -> None:
    """Issue 11: a name and a phone number typed under 'Doelen' appear nowhere."""
    assess("fatima", ROZENHOF, SPANNING)
    query = (
        f"gebied={ROZENHOF}&fase=spanning&doelen=Jan+Jansen+belt+0612345678%0D%0AMinder+geluid"
        "&sleutelfiguren=Piet+de+Vries"
    )
    first = fatima_client.get(f"/advies/?{query}")
    assert first.status_code == 302
    assert "0612345678" not in first["Location"]
    assert "Jansen" not in first["Location"]
    page = fatima_client.get(first["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    for personal in ("0612345678", "Jansen", "Piet de Vries"):
        assert personal not in body
    assert "Minder geluid" in body
    again = fatima_client.get(first["Location"])  # redaction is stable: no second redirect
    assert again.status_code == 200
    sheet = fatima_client.get(f"/advies/blad/?{query}", follow=True).content.decode()
    assert "0612345678" not in sheet
    assert "Rozenhof" in sheet  # the sheet names the buurt
    pdf = fatima_client.get(f"/advies/pdf/?{query}", follow=True)
    assert "bu99010102" in pdf["Content-Disposition"]


def test_advice_form_marks_every_optional_field(fatima_client: Client) -> None:
    """The page says "only the phase is required": the optional text fields say so too, as the
    optional check box groups already did."""
    import re

    body = fatima_client.get("/advies/").content.decode()
    assert "alleen de fase is verplicht" in body
    for label in ("Doelen van de activiteit", "Betrokken groepen", "Thema"):
        assert re.search(
            rf">{label} <span class=\"wv-muted\">\(optioneel\)</span></label>", body
        ), label
    assert "Fase van het gebied <span" not in body
