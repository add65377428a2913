"""The Advies pages: the form with the advice below it, the printable sheet, and the PDF.

The form is sent with GET (nothing is stored), so the sheet and the PDF links carry the same query
string. `?gebied=<CBS code>` presets the phase from the area's latest assessment and brings in the
area's recorded safety check (made after that assessment), so after incidents the advice knows
whether safety is restored; there is no tick box for that.
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


def advice(request: HttpRequest) -> HttpResponse:
    """The advice form; with a phase in the query, the ranked advice below it."""
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


def _sheet_html(request: HttpRequest, outcome: AdviceOutcome, *, for_pdf: bool) -> str:
    context = _context(outcome)
    context["for_pdf"] = for_pdf
    context["back_url"] = f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}"
    return render_to_string("diagnosis/advice_sheet.html", context, request=request)


def advice_sheet(request: HttpRequest) -> HttpResponse:
    """The advice as a printable sheet (print CSS)."""
    outcome = _outcome(AdviceForm(request.GET), _area_state(request))
    if outcome is None:
        return redirect(f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}")
    return HttpResponse(_sheet_html(request, outcome, for_pdf=False))


def advice_pdf(request: HttpRequest) -> HttpResponse:
    """The advice sheet as a PDF (WeasyPrint)."""
    outcome = _outcome(AdviceForm(request.GET), _area_state(request))
    if outcome is None:
        return redirect(f"{reverse('diagnosis:advice')}?{request.GET.urlencode()}")
    pdf = render_pdf(_sheet_html(request, outcome, for_pdf=True))
    response = HttpResponse(pdf, content_type="application/pdf")
    stamp: datetime = timezone.localtime()
    name = f"advies-{outcome.advice.request.phase}-{stamp:%Y%m%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
