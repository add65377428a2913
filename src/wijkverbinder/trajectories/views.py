"""Pages of `trajectories`: the board by step, step 1's weighing, starting from a question, and the
detail page with the timeline and a form per step (the POST actions are in `actions.py`).

Thin: parse, call one selector or service, render. Another team's trajectory or question is a 404;
a refusal of the method is shown on the page with its reason (status 400), nothing is stored.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkverbinder.accounts.selectors import role_in_team
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.method import Aggregation, Weights
from wijkverbinder.diagnosis.presentation import phase_info
from wijkverbinder.trajectories import forms, hooks, presentation, selectors, services
from wijkverbinder.trajectories.history import OBJECT_TYPE
from wijkverbinder.trajectories.models import Agreement, Step, Trajectory

COLUMNS = [Step.MAP_NETWORK, Step.CONNECT, Step.HAND_OVER]


def board(request: HttpRequest) -> HttpResponse:
    """The team's trajectories by step; step 1 holds the candidate questions."""
    rows = list(selectors.board_for_user(user=request.user))
    columns = [
        {"step": step, "items": [t for t in rows if t.status == "active" and t.step == step]}
        for step in COLUMNS
    ]
    candidates = list(selectors.candidate_questions_for_user(user=request.user)[:20])
    log_access(user=request.user, action="list", object_type=OBJECT_TYPE, count=len(rows))
    return render(
        request,
        "trajectories/board.html",
        {
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
    score_form, scored = forms.ScoreForm(), ""
    status = 200
    if request.method == "POST":
        score_form = forms.ScoreForm(request.POST)
        scored = request.POST.get("vraag", "")
        try:
            question = selectors.get_question_for_user(user=request.user, public_id=scored)
        except NotFoundError as exc:
            raise Http404 from exc
        if score_form.is_valid():
            try:
                services.score_question(
                    user=request.user,
                    question=question,
                    scores=score_form.scores(),
                    reasons=score_form.reasons(),
                )
            except DomainError as error:
                score_form.add_error(None, error.message)
            else:
                messages.success(request, _("The weighing has been saved."))
                return redirect(request.get_full_path())
        status = 400
    ranking, rows, problem = presentation.ranking_rows(
        user=request.user, questions=questions, weights=weights, aggregation=aggregation
    )
    for row in rows:
        row["phase_info"] = phase_info(row["phase"].phase) if row["phase"] else None
        mine = str(row["question"].uuid) == scored
        row["form"] = (
            score_form
            if mine
            else forms.ScoreForm(
                initial=_initial(row["score"]), auto_id=f"score-{row['question'].pk}-%s"
            )
        )
    context = {"rows": rows, "ranking": ranking, "weights_form": weights_form, "error": problem}
    return render(request, "trajectories/weighing.html", context, status=status)


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
    error, status = "", 200
    if request.method == "POST":
        try:
            created = services.start_trajectory(user=request.user, question=question)
        except DomainError as refused:
            error, status = refused.message, 400
        except PermissionDenied as denied:
            error, status = str(denied), 403
        else:
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
        "error": error,
        "can_lead": role_in_team(user=request.user, team=question.team) in services.LEADING_ROLES,
    }
    return render(request, "trajectories/start.html", context, status=status)


def detail(
    request: HttpRequest,
    public_id: UUID,
    bound: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
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
    context = detail_context(request, trajectory, bound or {})
    return render(request, "trajectories/detail.html", context, status=status)


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
    }
