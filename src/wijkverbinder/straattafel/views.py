"""The team's pages of `straattafel` (log-in required, staff base template).

List and new straattafel (for a buurt, or from a trajectory in step 3), the detail page with its
statements, moderation, the residents' link and QR code, and the tally form for paper votes; the
live results page and its printable "wat ons bindt" sheet are in `results_views.py`, printed matter
and the export in `print_views.py`. Thin: parse, call one service or selector, render. Another
team's straattafel is a 404; a refusal is shown on the page (status 400) and nothing is stored.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkverbinder.accounts.selectors import neighbourhoods_for_user
from wijkverbinder.common.actions import post_action
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.submissions import first_submission
from wijkverbinder.core.straattafel.language import b1_hints
from wijkverbinder.straattafel import forms, printing, selectors, services, state
from wijkverbinder.straattafel.models import Statement, Straattafel
from wijkverbinder.straattafel.services import OBJECT_TYPE
from wijkverbinder.trajectories.selectors import get_trajectory_for_user


def get_or_404(request: HttpRequest, public_id: UUID) -> Straattafel:
    """The team's straattafel, or 404 (logged)."""
    try:
        found = selectors.get_straattafel_for_user(user=request.user, public_id=public_id)
    except NotFoundError as exc:
        log_access(
            user=request.user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=public_id,
            result="not_found",
        )
        raise Http404 from exc
    return found


def straattafel_list(request: HttpRequest) -> HttpResponse:
    """The team's straattafels."""
    rows = list(selectors.straattafels_for_user(user=request.user))
    for row in rows:
        row.state = state.status(row)  # type: ignore[attr-defined]
    log_access(user=request.user, action="list", object_type=OBJECT_TYPE, count=len(rows))
    return render(request, "straattafel/list.html", {"rows": rows})


def new(request: HttpRequest) -> HttpResponse:
    """A new straattafel: `?traject=<uuid>` within a trajectory in step 3, else for a buurt."""
    trajectory = None
    if request.GET.get("traject"):
        try:
            trajectory = get_trajectory_for_user(
                user=request.user, public_id=request.GET["traject"]
            )
        except NotFoundError as exc:
            raise Http404 from exc
    areas = None if trajectory else neighbourhoods_for_user(user=request.user)
    form = forms.StraattafelForm(request.POST or None, neighbourhoods=areas)
    status = 200
    if request.method == "POST" and not first_submission(request):
        return redirect("straattafel:list")  # a double click: the first one creates it
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                created = services.create_straattafel(
                    user=request.user,
                    neighbourhood=data.get("neighbourhood") or trajectory.neighbourhood,  # type: ignore[union-attr]
                    title=data["title"],
                    question=data["question"],
                    opens_at=data["opens_at"],
                    closes_at=data["closes_at"],
                    moderated=data["moderated"],
                    participant_cap=data["participant_cap"],
                    trajectory=trajectory,
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The straattafel has been created. Add statements."))
                return redirect("straattafel:detail", public_id=created.uuid)
        status = 400
    context = {"form": form, "trajectory": trajectory}
    return render(request, "straattafel/new.html", context, status=status)


def detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Settings, statements with moderation, link and QR code, tally form."""
    item = get_or_404(request, public_id)
    log_access(user=request.user, action="view", object_type=OBJECT_TYPE, object_id=item.uuid)
    return render(request, "straattafel/detail.html", detail_context(request, item, {}))


def detail_context(
    request: HttpRequest, item: Straattafel, bound: dict[str, Any]
) -> dict[str, Any]:
    """What the detail page shows; `bound` holds a form with errors."""
    statements = list(selectors.shown_statements(item)) + list(
        item.statements.exclude(status=Statement.Status.ACCEPTED)
    )
    statements.sort(key=lambda s: s.number)
    shown = [s for s in statements if s.status == Statement.Status.ACCEPTED]
    url = printing.residents_url(request, item)
    context: dict[str, Any] = {
        "item": item,
        "state": state.status(item),
        "statements": statements,
        "pending": [s for s in statements if s.status == Statement.Status.PENDING],
        "statement_form": forms.StatementForm(),
        "tally_form": forms.TallyForm(statements=shown, auto_id="turf-%s"),
        "residents_url": url,
        "qr": printing.qr_svg(url, scale=4),
        "hints": [],
    }
    context.update(bound)
    return context


@post_action("straattafel:detail", "public_id")
def add_statement(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """POST: a seed statement; B1 hints are shown after saving (never a refusal)."""
    item = get_or_404(request, public_id)
    form = forms.StatementForm(request.POST)
    if form.is_valid():
        try:
            created = services.add_statement(
                user=request.user,
                straattafel=item,
                text=form.cleaned_data["text"],
                is_meta=form.cleaned_data["is_meta"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            hints = b1_hints(created.text)
            if hints:
                messages.warning(request, _("Saved. Tips for plain Dutch (B1): ") + " ".join(hints))
            else:
                messages.success(request, _("The statement has been added."))
            return redirect("straattafel:detail", public_id=item.uuid)
    context = detail_context(request, item, {"statement_form": form})
    return render(request, "straattafel/detail.html", context, status=400)


@post_action("straattafel:detail", "public_id")
def moderate(request: HttpRequest, public_id: UUID, number: int) -> HttpResponse:
    """POST: show, reject, or (un)mark a statement as context question."""
    item = get_or_404(request, public_id)
    try:
        statement = selectors.get_statement_for_user(
            user=request.user, straattafel=item, number=number
        )
    except NotFoundError as exc:
        raise Http404 from exc
    action = request.POST.get("actie", "")
    options: dict[str, dict[str, Any]] = {
        "tonen": {"status": Statement.Status.ACCEPTED},
        "afwijzen": {"status": Statement.Status.REJECTED},
        "context": {"is_meta": True},
        "geen-context": {"is_meta": False},
    }
    changes = options.get(action, {})
    if not changes:
        messages.error(request, _("Unknown action."))
        return redirect("straattafel:detail", public_id=item.uuid)
    services.moderate_statement(user=request.user, statement=statement, **changes)
    messages.success(request, _("The statement has been changed."))
    return redirect("straattafel:detail", public_id=item.uuid)


@post_action("straattafel:detail", "public_id")
def tally(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """POST: the answers of one paper participant from the tally form."""
    item = get_or_404(request, public_id)
    shown = list(item.statements.filter(status=Statement.Status.ACCEPTED))
    form = forms.TallyForm(request.POST, statements=shown, auto_id="turf-%s")
    if form.is_valid():
        try:
            participant = services.record_paper_votes(
                user=request.user, straattafel=item, votes=form.votes()
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Paper participant %(number)s has been recorded.")
                % {"number": participant.number},
            )
            return redirect(reverse("straattafel:detail", args=[item.uuid]) + "#turven")
    context = detail_context(request, item, {"tally_form": form, "tally_open": True})
    return render(request, "straattafel/detail.html", context, status=400)


@post_action("straattafel:detail", "public_id")
def close(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """POST: close now and store the results (also on the trajectory's timeline)."""
    item = get_or_404(request, public_id)
    try:
        services.close_straattafel(user=request.user, straattafel=item)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The straattafel is closed; the results are stored."))
    return redirect("straattafel:results", public_id=item.uuid)
