"""Pages of `diagnosis`: Kennisbank, Situatie bepalen (questionnaire → result, history, safety
check after incidents) and Advies.

Thin: parse the input, call one selector or service, render. Another team's area or assessment is a
404. Reads and writes of assessments are written to the access log. The advice pages are GET forms
(nothing is stored), so the printable sheet and the PDF carry the same query string.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.submissions import first_submission
from wijkverbinder.core.advice import assess_safety
from wijkverbinder.core.knowledge import load_knowledge_base
from wijkverbinder.diagnosis import selectors, services
from wijkverbinder.diagnosis.advice_view import advice, advice_pdf, advice_sheet
from wijkverbinder.diagnosis.forms import QuestionnaireForm, SafetyCheckForm
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.diagnosis.presentation import knowledge_page, phase_info, theme_label
from wijkverbinder.diagnosis.snapshot import confidence_meaning

__all__ = [
    "advice",
    "advice_pdf",
    "advice_sheet",
    "areas",
    "assess",
    "assessment",
    "knowledge_base",
    "record_safety",
]

OBJECT_TYPE = services.OBJECT_TYPE


def knowledge_base(request: HttpRequest) -> HttpResponse:
    """Kennisbank: phases, approaches, examples, formats, escalation ladder, buurtbemiddeling."""
    return render(request, "diagnosis/knowledge_base.html", knowledge_page())


def areas(request: HttpRequest) -> HttpResponse:
    """Situatie bepalen: the team's wijken and buurten with their latest phase."""
    districts, neighbourhoods = selectors.assessable_areas_for_user(user=request.user)
    latest = selectors.latest_by_area_for_user(user=request.user)
    rows: list[dict[str, Any]] = []
    for kind, group in ((_("District"), districts), (_("Neighbourhood"), neighbourhoods)):
        for area in group:
            found = latest.get(area.code)
            info = phase_info(found.phase) if found else None
            rows.append({"area": area, "kind": kind, "latest": found, "phase": info})
    log_access(user=request.user, action="list", object_type=OBJECT_TYPE, count=len(latest))
    return render(request, "diagnosis/areas.html", {"rows": rows})


def assess(request: HttpRequest, code: str) -> HttpResponse:
    """The questionnaire for one wijk or buurt, with the area's history."""
    try:
        area = selectors.get_area_for_user(user=request.user, code=code)
    except NotFoundError as exc:
        raise Http404 from exc
    form = QuestionnaireForm(request.POST or None)
    status = 200
    if request.method == "POST" and not first_submission(request):
        return redirect("diagnosis:assess", code=area.code)  # a double click: saved once
    if request.method == "POST":
        if form.is_valid():
            try:
                created = services.record_assessment(
                    user=request.user,
                    area=area,
                    answers=form.answers(),
                    notes=form.cleaned_data["toelichting"],
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The situation has been assessed and saved."))
                return redirect("diagnosis:assessment", public_id=created.uuid)
        status = 400
    history = list(selectors.assessments_for_area(user=request.user, area=area)[:20])
    log_access(user=request.user, action="list", object_type=OBJECT_TYPE, count=len(history))
    context = {"area": area, "form": form, "history": _history(history)}
    return render(request, "diagnosis/assess.html", context, status=status)


def assessment(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The result of one assessment: phase, deciding answers, confidence, moves, evidence."""
    try:
        found = selectors.get_assessment_for_user(user=request.user, public_id=public_id)
    except NotFoundError as exc:
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=public_id,
            result="not_found",
        )
        raise Http404 from exc
    log_access(user=request.user, action="view", object_type=OBJECT_TYPE, object_id=found.uuid)
    return render(request, "diagnosis/assessment.html", _assessment_context(request, found))


def _assessment_context(
    request: HttpRequest, found: PhaseAssessment, safety_form: SafetyCheckForm | None = None
) -> dict[str, Any]:
    history = list(selectors.assessments_for_area(user=request.user, area=found.area)[:20])
    context: dict[str, Any] = {
        "assessment": found,
        "area": found.area,
        "phase": phase_info(found.phase),
        "phase_from_answers": phase_info(found.phase_from_answers),
        "confidence_meaning": confidence_meaning(found.confidence),
        "decisive": [{**item, "phase_info": phase_info(item["fase"])} for item in found.decisive],
        "evidence": [{**item, "label": theme_label(item["thema"])} for item in found.evidence],
        "signal_counts": [
            (theme_label(code), count) for code, count in sorted(found.signal_counts.items())
        ],
        "signals_available": selectors.signals_available(),
        "window_days": selectors.SIGNAL_WINDOW_DAYS,
        "history": _history(history),
        "advice_url": f"{reverse('diagnosis:advice')}?gebied={found.area_code}",
    }
    context.update(_safety_context(request, found, safety_form))
    return context


def _safety_context(
    request: HttpRequest, found: PhaseAssessment, form: SafetyCheckForm | None
) -> dict[str, Any]:
    """The area's safety checks, the current one evaluated today, and the form (rule 2)."""
    kb = load_knowledge_base()
    checks = list(selectors.safety_checks_for_area(user=request.user, area=found.area)[:10])
    current = selectors.current_safety_check(user=request.user, area=found.area)
    evaluated = None
    if current is not None:
        core = services.as_core_check(current)
        evaluated = assess_safety(core, knowledge=kb, today=timezone.localdate())
    return {
        "safety_checks": checks,
        "current_safety": evaluated,
        "safety_criteria": kb.safety.criteria,
        "safety_form": form or SafetyCheckForm(initial={"checked_on": timezone.localdate()}),
    }


def record_safety(request: HttpRequest, code: str) -> HttpResponse:
    """Record a safety check of a wijk or buurt (POST); back to its latest assessment."""
    try:
        area = selectors.get_area_for_user(user=request.user, code=code)
    except NotFoundError as exc:
        raise Http404 from exc
    latest = selectors.latest_assessment(user=request.user, area=area)
    if latest is None:
        messages.error(request, _("Assess the situation first."))
        return redirect("diagnosis:assess", code=area.code)
    if request.method != "POST":
        return redirect("diagnosis:assessment", public_id=latest.uuid)
    if not first_submission(request):  # a double click: recorded once
        url = reverse("diagnosis:assessment", kwargs={"public_id": latest.uuid})
        return redirect(f"{url}#veiligheid")
    form = SafetyCheckForm(request.POST)
    if form.is_valid():
        try:
            services.record_safety_check(user=request.user, area=area, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The safety check has been recorded."))
            url = reverse("diagnosis:assessment", kwargs={"public_id": latest.uuid})
            return redirect(f"{url}#veiligheid")
    context = _assessment_context(request, latest, form)
    return render(request, "diagnosis/assessment.html", context, status=400)


def _history(items: list[Any]) -> list[dict[str, Any]]:
    """Each assessment with its phase and the direction of change against the one before."""
    rows = []
    for index, item in enumerate(items):
        info = phase_info(item.phase)
        before = items[index + 1] if index + 1 < len(items) else None
        change = 0
        if before is not None:
            change = info.rank - phase_info(before.phase).rank
        rows.append({"assessment": item, "phase": info, "change": change})
    return rows
