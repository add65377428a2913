"""The POST actions of the detail page: one form, one service call each.

On success: a message and a redirect to the step's section of the detail page. On invalid input or
a refusal (a gate, rule 9, the ladder, an action only a coordinator may take): nothing is stored,
and a redirect to the detail page, which shows the typed values, the errors and the reason (kept in
the session for one page view). A GET on an action URL redirects to the detail page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django import forms as django_forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkverbinder.common.actions import post_action
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.trajectories import checkins, escalation, forms, records, selectors, services
from wijkverbinder.trajectories.models import Trajectory

SESSION_KEY = "trajectory_refused"
Handler = Callable[[HttpRequest, Trajectory, Any], str]


def _stakeholder(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    records.add_stakeholder(user=request.user, trajectory=trajectory, **form.cleaned_data)
    return _("The stakeholder has been added.")


def _contact(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    records.log_contact(user=request.user, trajectory=trajectory, **form.cleaned_data)
    return _("The contact has been logged.")


def _impartiality(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    records.record_impartiality(
        user=request.user, trajectory=trajectory, note=form.cleaned_data["note"]
    )
    return _("The impartiality check has been recorded.")


def _meeting(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    data = {key: value for key, value in form.cleaned_data.items() if key != "agenda"}
    _made, warnings = records.record_meeting(
        user=request.user, trajectory=trajectory, agenda=form.agenda_items(), **data
    )
    for warning in warnings:
        messages.warning(request, warning.message)
    return _("The meeting has been recorded.")


def _agreement(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    records.add_agreement(user=request.user, trajectory=trajectory, **form.cleaned_data)
    return _("The agreement has been recorded.")


def _agreement_status(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    found = trajectory.agreements.filter(pk=form.cleaned_data["agreement"]).first()
    if found is None:
        raise NotFoundError("Deze afspraak hoort niet bij dit traject.")
    records.set_agreement_status(
        user=request.user, agreement=found, status=form.cleaned_data["status"]
    )
    return _("The agreement has been updated.")


def _check_in(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    checkins.plan_check_in(
        user=request.user, trajectory=trajectory, planned_on=form.cleaned_data["planned_on"]
    )
    return _("The check-in has been scheduled.")


def _check_in_held(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    found = trajectory.check_ins.filter(pk=form.cleaned_data["check_in"]).first()
    if found is None:
        raise NotFoundError("Deze check-in hoort niet bij dit traject.")
    checkins.record_check_in(
        user=request.user,
        check_in=found,
        outcome=form.cleaned_data["outcome"],
        note=form.cleaned_data["note"],
    )
    return _("The check-in has been recorded.")


def _escalation(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    data = form.cleaned_data
    done = escalation.escalate(
        user=request.user,
        trajectory=trajectory,
        target=data["target"] or None,
        skip_reason=data["skip_reason"],
        acute_danger=data["acute_danger"],
        intake=form.intake(),
    )
    if done.proposal.contact_police_directly:
        messages.error(request, _("Acute danger: call the police (112) now."))
    return _("The intervention level has been changed.")


def _next_step(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    target = request.POST.get("stap", "")
    if not target:
        raise DomainError("Kies de stap waar het traject naartoe gaat.", code="step_missing")
    services.advance_step(user=request.user, trajectory=trajectory, target=target)
    return _("The trajectory has moved to the next step.")


def _hand_over(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    services.hand_over(user=request.user, trajectory=trajectory)
    return _("The initiative has been handed over to the residents.")


def _close(request: HttpRequest, trajectory: Trajectory, form: Any) -> str:
    services.close_trajectory(
        user=request.user, trajectory=trajectory, reason=form.cleaned_data["reason"]
    )
    return _("The trajectory has been closed.")


#: action slug → (form key, form class or None, handler, section anchor)
ACTIONS: dict[str, tuple[str, type[django_forms.Form] | None, Handler, str]] = {
    "belanghebbende": ("stakeholder", forms.StakeholderForm, _stakeholder, "stap-2"),
    "contact": ("contact", forms.ContactForm, _contact, "stap-2"),
    "onpartijdigheid": ("impartiality", forms.ImpartialityForm, _impartiality, "stap-2"),
    "bijeenkomst": ("meeting", forms.MeetingForm, _meeting, "stap-3"),
    "afspraak": ("agreement", forms.AgreementForm, _agreement, "afspraken"),
    "afspraak-status": ("", forms.AgreementStatusForm, _agreement_status, "afspraken"),
    "check-in": ("check_in", forms.CheckInPlanForm, _check_in, "stap-4"),
    "check-in-uitkomst": ("", forms.CheckInRecordForm, _check_in_held, "stap-4"),
    "escalatie": ("escalation", forms.EscalationForm, _escalation, "escalatie"),
    "volgende-stap": ("", None, _next_step, "voortgang"),
    "overdragen": ("", None, _hand_over, "stap-4"),
    "afsluiten": ("close", forms.CloseForm, _close, "afsluiten"),
}


@post_action("trajectories:detail", "public_id")
def act(request: HttpRequest, public_id: UUID, action: str) -> HttpResponse:
    """Run one action of the detail page, then redirect to it (post/redirect/get).

    On invalid input or a refusal the typed values, the errors and the reason travel in the
    session to the detail page (`bound_from_session`), so a reload never repeats the POST.
    """
    if action not in ACTIONS:
        raise Http404
    _key, form_class, handler, anchor = ACTIONS[action]
    try:
        trajectory = selectors.get_trajectory_for_user(user=request.user, public_id=public_id)
    except NotFoundError as exc:
        raise Http404 from exc
    form = _form(form_class, request.POST, trajectory)
    page = reverse("trajectories:detail", args=[trajectory.uuid])
    refusal: dict[str, str] | None = None
    if form is None or form.is_valid():
        try:
            done = handler(request, trajectory, form)
        except NotFoundError as exc:
            raise Http404 from exc
        except DomainError as refused:
            refusal = {"message": refused.message, "code": refused.code}
        except PermissionDenied as denied:
            refusal = {"message": str(denied), "code": "forbidden"}
        else:
            messages.success(request, done)
            return redirect(f"{page}#{anchor}")
    request.session[SESSION_KEY] = {
        "trajectory": str(trajectory.uuid),
        "action": action,
        "data": {
            key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"
        },
        "refusal": refusal,
    }
    return redirect(f"{page}#{anchor}")


def _form(
    form_class: type[django_forms.Form] | None, data: QueryDict, trajectory: Trajectory
) -> Any:
    if form_class is forms.ContactForm:
        return forms.ContactForm(data, trajectory=trajectory)
    if form_class is not None:
        return form_class(data)
    return None


def bound_from_session(request: HttpRequest, trajectory: Trajectory) -> dict[str, Any]:
    """The refused action's form with the typed values and its errors, and the refusal (once)."""
    stored = request.session.get(SESSION_KEY)
    if not stored or stored.get("trajectory") != str(trajectory.uuid):
        return {}
    del request.session[SESSION_KEY]
    action = stored["action"]
    key, form_class, _handler, _anchor = ACTIONS[action]
    data = QueryDict(mutable=True)
    for name, values in stored["data"].items():
        data.setlist(name, values)
    form = _form(form_class, data, trajectory)
    if form is not None:
        form.is_valid()  # the errors again, for the page
    bound: dict[str, Any] = {"action": action, "refusal": stored.get("refusal")}
    if key:
        bound[key] = form
    return bound
