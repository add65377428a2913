"""Pages of `trajectories`: the board by step, step 1's weighing, starting from a question, and the
detail page with the timeline and a form per step (the POST actions are in `actions.py`).

Thin: parse, call one selector or service, render. Another team's trajectory or question is a 404.
Post/redirect/get: every POST ends in a redirect; a refusal is shown on the page it leads to, with
the typed values and the reason, and nothing is stored.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkverbinder.accounts.selectors import neighbourhoods_for_user, role_in_team
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.method import Aggregation, Weights
from wijkverbinder.diagnosis.presentation import phase_info
from wijkverbinder.trajectories import (
    actions,
    effect_chart,
    forms,
    hooks,
    presentation,
    selectors,
    services,
)
from wijkverbinder.trajectories.history import OBJECT_TYPE
from wijkverbinder.trajectories.models import Agreement, Step, Trajectory

COLUMNS = [Step.MAP_NETWORK, Step.CONNECT, Step.HAND_OVER]


def board(request: HttpRequest) -> HttpResponse:
    """The team's trajectories by step; step 1 holds the candidate questions. `?buurt=<code>`
    shows one of the user's buurten; a refused code shows the form's message and nothing else."""
    form = forms.BoardFilterForm(
        request.GET or None, neighbourhoods=neighbourhoods_for_user(user=request.user)
    )
    code = form.neighbourhood_code()
    rows: list[Trajectory] = []
    candidates: list[CollectiveQuestion] = []
    if code is not None:
        rows = list(selectors.board_for_user(user=request.user, neighbourhood=code))
        found = selectors.candidate_questions_for_user(user=request.user, neighbourhood=code)
        candidates = list(found[:20])
    columns = [
        {"step": step, "items": [t for t in rows if t.status == "active" and t.step == step]}
        for step in COLUMNS
    ]
    log_access(user=request.user, action="list", object_type=OBJECT_TYPE, count=len(rows))
    return render(
        request,
        "trajectories/board.html",
        {
            "form": form,
            "columns": columns,
            "candidates": candidates,
            "handed_over": [t for t in rows if t.status == Trajectory.Status.HANDED_OVER],
            "closed": [t for t in rows if t.status == Trajectory.Status.CLOSED],
        },
    )


def weighing(request: HttpRequest) -> HttpResponse:
    """Step 1: score candidate questions and rank them with adjustable weights."""
    questions = list(selectors.candidate_questions_for_user(user=request.user)[:20])
    weights_form = forms.WeightsForm(request.GET or None)
    weights, aggregation = Weights(), Aggregation.SUM
    if weights_form.is_valid():
        data = weights_form.cleaned_data
        weights = Weights(
            annoyance=data["annoyance"],
            impact=data["impact"],
            chance_of_success=data["chance_of_success"],
        )
        aggregation = Aggregation(data["aggregation"])
    if request.method == "POST":
        return _save_weighing(request)
    score_form, scored = _refused_weighing(request)
    ranking, rows, problem = presentation.ranking_rows(
        user=request.user, questions=questions, weights=weights, aggregation=aggregation
    )
    for row in rows:
        row["phase_info"] = phase_info(row["phase"].phase) if row["phase"] else None
        mine = str(row["question"].uuid) == scored
        row["open"] = mine
        row["form"] = (
            score_form
            if mine and score_form is not None
            else forms.ScoreForm(
                initial=_initial(row["score"]), auto_id=f"score-{row['question'].pk}-%s"
            )
        )
    context = {"rows": rows, "ranking": ranking, "weights_form": weights_form, "error": problem}
    return render(request, "trajectories/weighing.html", context)


WEIGHING_KEY = "weighing_refused"


def _save_weighing(request: HttpRequest) -> HttpResponse:
    """Save one question's weighing, then back to the page (post/redirect/get)."""
    scored = request.POST.get("vraag", "")
    try:
        question = selectors.get_question_for_user(user=request.user, public_id=scored)
    except NotFoundError as exc:
        raise Http404 from exc
    form = forms.ScoreForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            services.score_question(
                user=request.user,
                question=question,
                scores=form.scores(),
                reasons=form.reasons(),
            )
        except DomainError as refused:
            error = refused.message
        else:
            messages.success(request, _("The weighing has been saved."))
            return redirect(f"{request.get_full_path()}#vraag-{question.pk}")
    request.session[WEIGHING_KEY] = {
        "vraag": str(question.uuid),
        "data": {key: request.POST.get(key, "") for key in forms.ScoreForm.base_fields},
        "error": error,
    }
    return redirect(f"{request.get_full_path()}#vraag-{question.pk}")


def _refused_weighing(request: HttpRequest) -> tuple[forms.ScoreForm | None, str]:
    """The refused weighing (typed values, errors), once, from the session."""
    stored = request.session.pop(WEIGHING_KEY, None)
    if not stored:
        return None, ""
    form = forms.ScoreForm(stored["data"])
    form.is_valid()
    if stored["error"]:
        form.add_error(None, stored["error"])
    return form, stored["vraag"]


def _initial(score: Any) -> dict[str, Any]:
    if score is None:
        return {}
    return {
        key: getattr(score, key)
        for key in (
            "annoyance",
            "annoyance_reason",
            "impact",
            "impact_reason",
            "chance_of_success",
            "chance_of_success_reason",
        )
    }


def start(request: HttpRequest) -> HttpResponse:
    """Start a trajectory from a collective question (`?vraag=<uuid>`): confirm, then create."""
    try:
        question = selectors.get_question_for_user(
            user=request.user, public_id=request.GET.get("vraag", "")
        )
    except NotFoundError as exc:
        raise Http404 from exc
    if request.method == "POST":
        try:
            created = services.start_trajectory(user=request.user, question=question)
        except (DomainError, PermissionDenied) as refused:
            text = refused.message if isinstance(refused, DomainError) else str(refused)
            messages.error(request, _("Not started: %(reason)s") % {"reason": text})
            return redirect(request.get_full_path())
        messages.success(request, _("The trajectory has started in step 2."))
        return redirect("trajectories:detail", public_id=created.uuid)
    score = selectors.latest_scores(questions=[question]).get(question.pk)
    running = selectors.active_trajectories(
        team=question.team, district_id=question.neighbourhood.district_id
    )
    context = {
        "question": question,
        "theme_label": selectors.theme_label(question.theme),
        "score": score,
        "running": running,
        "can_lead": role_in_team(user=request.user, team=question.team) in services.LEADING_ROLES,
    }
    return render(request, "trajectories/start.html", context)


def detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """One trajectory: where it stands, what each gate misses, a form per step, the timeline."""
    try:
        trajectory = selectors.get_trajectory_for_user(user=request.user, public_id=public_id)
    except NotFoundError as exc:
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=public_id,
            result="not_found",
        )
        raise Http404 from exc
    log_access(user=request.user, action="view", object_type=OBJECT_TYPE, object_id=trajectory.uuid)
    context = detail_context(request, trajectory, actions.bound_from_session(request, trajectory))
    return render(request, "trajectories/detail.html", context)


def detail_context(
    request: HttpRequest, trajectory: Trajectory, bound: dict[str, Any]
) -> dict[str, Any]:
    """Everything the detail page shows; `bound` holds a form with errors and the refusal."""
    blank: dict[str, Any] = {
        "stakeholder": forms.StakeholderForm(),
        "contact": forms.ContactForm(trajectory=trajectory),
        "impartiality": forms.ImpartialityForm(),
        "meeting": forms.MeetingForm(
            initial={"agenda": _("Getting to know each other\nWhat binds us?")}
        ),
        "agreement": forms.AgreementForm(),
        "check_in": forms.CheckInPlanForm(),
        "escalation": forms.EscalationForm(),
        "close": forms.CloseForm(),
    }
    blank.update({key: value for key, value in bound.items() if key != "refusal"})
    planned = request.GET.get("vorm", "")
    advice = presentation.advice_for(
        user=request.user, trajectory=trajectory, planned_format=planned
    )
    if advice["assessment"] is not None:
        advice["phase"] = phase_info(advice["assessment"].phase)
    step_index = [str(step) for step in Step].index(trajectory.step) + 1
    stakeholders = list(trajectory.stakeholders.all())
    names = dict(forms.format_choices())
    meetings = list(trajectory.meetings.all())
    for meeting in meetings:
        meeting.format_name = names.get(meeting.format, meeting.format)  # type: ignore[attr-defined]
    return {
        "trajectory": trajectory,
        "theme_label": selectors.theme_label(trajectory.theme),
        "step_index": step_index,
        "steps": list(Step),
        "progress": selectors.progress(trajectory),
        "stakeholders": stakeholders,
        "kartrekkers": [item for item in stakeholders if item.role == "kartrekker"],
        "contacts": trajectory.contacts.select_related("stakeholder"),
        "meetings": meetings,
        "format_names": names,
        "agreements": trajectory.agreements.all(),
        "agreement_statuses": Agreement.Status.choices,
        "check_ins": trajectory.check_ins.all(),
        "events": trajectory.events.select_related("by"),
        "forms": blank,
        "refusal": bound.get("refusal"),
        "refused_action": bound.get("action"),
        "advice": advice,
        "escalation": presentation.escalation_state(trajectory),
        "sensitive": selectors.theme_sensitive(trajectory.theme),
        "can_lead": role_in_team(user=request.user, team=trajectory.team) in services.LEADING_ROLES,
        "is_open": trajectory.status != Trajectory.Status.CLOSED,
        "step3_panels": hooks.render_step3_panels(request, trajectory) if step_index >= 3 else [],
        "effect": effect_chart.panel(trajectory=trajectory, moment=request.GET.get("moment", "")),
    }
