"""The Advies pages: the form with the advice below it, the printable sheet, and the PDF.

The form is sent with GET (nothing is stored), so the sheet and the PDF links carry the same query
string. `?gebied=<CBS code>` presets the phase from the area's latest assessment and brings in the
area's recorded safety check (made after that assessment), so after incidents the advice knows
whether safety is restored; there is no tick box for that. Free text (goals, groups, theme, key
figures) is redacted first: a query holding personal data is redirected to the same page with it
redacted, so the page, the address bar, the print and PDF links and the sheet never show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.knowledge.vocabulary import FIT_LABELS, Fit
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.diagnosis import selectors
from wijkverbinder.diagnosis.advice_input import AdviceOutcome, build_advice
from wijkverbinder.diagnosis.forms import AdviceForm
from wijkverbinder.diagnosis.models import PhaseAssessment, SafetyCheck
from wijkverbinder.diagnosis.pdf import render_pdf
from wijkverbinder.diagnosis.services import as_core_check


@dataclass(frozen=True)
class AreaState:
    """What `?gebied=` brings in: the latest assessment and the current safety check."""

    assessment: PhaseAssessment | None = None
    safety_check: SafetyCheck | None = None
    area_name: str = ""
    area_code: str = ""


def _area_state(request: HttpRequest) -> AreaState:
    code = request.GET.get("gebied", "").strip()
    if not code:
        return AreaState()
    try:
        area = selectors.get_area_for_user(user=request.user, code=code)
    except NotFoundError:
        return AreaState()
    return AreaState(
        assessment=selectors.latest_assessment(user=request.user, area=area),
        safety_check=selectors.current_safety_check(user=request.user, area=area),
        area_name=area.name,
        area_code=area.code,
    )


def _outcome(form: AdviceForm, state: AreaState) -> AdviceOutcome | None:
    if not form.is_valid():
        return None
    check = as_core_check(state.safety_check) if state.safety_check else None
    try:
        return build_advice(form.advice_data(), safety_check=check)
    except DomainError as error:
        form.add_error(None, error.message)
        return None


def _context(outcome: AdviceOutcome) -> dict[str, Any]:
    data = outcome.as_dict()
    for item in data["bijeenkomstvormen"]:
        item["geschiktheid_label"] = FIT_LABELS[Fit(item["geschiktheid"])]
    return {"advice": data, "made_at": timezone.localtime()}


#: the form's free-text fields; redacted before the advice, the page, the links or the sheet use them
FREE_TEXT = ("doelen", "groepen", "thema", "sleutelfiguren")


def _redacted_query(request: HttpRequest) -> str | None:
    """The query string with its free text redacted, or None when nothing had to change.

    Each line is redacted on its own, so one goal per line stays one goal per line.
    """
    query = request.GET.copy()
    changed = False
    for name in FREE_TEXT:
        for index, value in enumerate(query.getlist(name)):
            clean = "\n".join(redact_free_text(line) for line in value.splitlines() if line.strip())
            if clean != value.strip().replace("\r\n", "\n"):
                values = query.getlist(name)
                values[index] = clean
                query.setlist(name, values)
                changed = True
    return query.urlencode() if changed else None


def _redirect_if_personal(request: HttpRequest) -> HttpResponse | None:
    """Send the browser to the same page with the free text redacted (address bar, links, sheet)."""
    clean = _redacted_query(request)
    if clean is None:
        return None
    return redirect(f"{request.path}?{clean}")


def advice(request: HttpRequest) -> HttpResponse:
    """The advice form; with a phase in the query, the ranked advice below it."""
    if (moved := _redirect_if_personal(request)) is not None:
        return moved
    submitted = "fase" in request.GET
    state = _area_state(request)
    initial: dict[str, Any] = {"gebied": request.GET.get("gebied", "").strip()}
    if state.assessment is not None:
        initial["fase"] = state.assessment.phase
    form = AdviceForm(request.GET if submitted else None, initial=initial)
    context: dict[str, Any] = {
        "form": form,
        "preset_from": state.assessment,
        "safety_check": state.safety_check,
    }
    if state.assessment is not None:
        found = state.assessment
        context["assess_url"] = reverse("diagnosis:assess", args=[found.area_code])
        context["safety_area"] = (
            reverse("diagnosis:assessment", kwargs={"public_id": found.uuid}) + "#veiligheid"
        )
    outcome = _outcome(form, state) if submitted else None
    if outcome is not None:
        context.update(_context(outcome))
        query = request.GET.urlencode()
        context["sheet_url"] = f"{reverse('diagnosis:advice_sheet')}?{query}"
        context["pdf_url"] = f"{reverse('diagnosis:advice_pdf')}?{query}"
    return render(request, "diagnosis/advice.html", context, status=400 if form.errors else 200)


def _sheet_html(
    request: HttpRequest, outcome: AdviceOutcome, state: AreaState, *, for_pdf: bool
) -> str:
    context = _context(outcome)
    context["area_name"] = state.area_name
    context["for_pdf"] = for_pdf
    context["back_url"] = f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}"
    return render_to_string("diagnosis/advice_sheet.html", context, request=request)


def advice_sheet(request: HttpRequest) -> HttpResponse:
    """The advice as a printable sheet (print CSS)."""
    if (moved := _redirect_if_personal(request)) is not None:
        return moved
    state = _area_state(request)
    outcome = _outcome(AdviceForm(request.GET), state)
    if outcome is None:
        return redirect(f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}")
    return HttpResponse(_sheet_html(request, outcome, state, for_pdf=False))


def advice_pdf(request: HttpRequest) -> HttpResponse:
    """The advice sheet as a PDF (WeasyPrint)."""
    if (moved := _redirect_if_personal(request)) is not None:
        return moved
    state = _area_state(request)
    outcome = _outcome(AdviceForm(request.GET), state)
    if outcome is None:
        return redirect(f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}")
    pdf = render_pdf(_sheet_html(request, outcome, state, for_pdf=True))
    response = HttpResponse(pdf, content_type="application/pdf")
    stamp: datetime = timezone.localtime()
    where = f"{state.area_code.lower()}-" if state.area_code else ""
    name = f"advies-{where}{outcome.advice.request.phase}-{stamp:%Y%m%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
