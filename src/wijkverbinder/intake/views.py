"""Pages of intake: list with filters, detail with history, record, edit, delete, and the htmx
helpers (address → street and buurt, live theme suggestion). Thin: parse, call, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wijkverbinder.accounts.selectors import neighbourhoods_for_user, user_of
from wijkverbinder.areas.selectors import address_lookup
from wijkverbinder.common.actions import post_action
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.paging import KeyFirstPaginator
from wijkverbinder.common.submissions import first_submission
from wijkverbinder.core.redaction import redact
from wijkverbinder.intake.forms import DeleteForm, FilterForm, SignalForm, theme_choices
from wijkverbinder.intake.models import Signal
from wijkverbinder.intake.selectors import (
    SignalFilter,
    buurt_visible_to_user,
    edits_of,
    get_signal_for_user,
    signals_for_user,
    street_names_for_user,
)
from wijkverbinder.intake.services import (
    as_input,
    confirm_theme,
    create_signal,
    delete_signal,
    team_for,
    update_signal,
)
from wijkverbinder.intake.themes import suggest_theme

PAGE_SIZE = 25
COUNT_CAP = 1000  # "more than 1000 signals": counting a team's 20,000 on every view costs


def _signal_or_404(request: HttpRequest, signal_id: str) -> Signal:
    try:
        return get_signal_for_user(user=request.user, signal_id=signal_id)
    except NotFoundError as exc:
        raise Http404 from exc


def _filters(form: FilterForm) -> SignalFilter:
    if not form.is_valid():
        return SignalFilter()
    data = form.cleaned_data
    return SignalFilter(
        neighbourhood=data["buurt"].code if data.get("buurt") else "",
        street=data.get("straat") or "",
        theme=data.get("thema") or "",
        since=data.get("vanaf"),
        until=data.get("tot"),
        role=data.get("rol") or "",
        source=data.get("bron") or "",
    )


def signal_list(request: HttpRequest) -> HttpResponse:
    """The team's signals, filtered and paged. A filter that is not valid (a period whose start
    lies after its end) shows its error and no list: the unfiltered list beside it was read as the
    result."""
    form = FilterForm(
        request.GET or None, neighbourhoods=neighbourhoods_for_user(user=request.user)
    )
    if form.is_bound and not form.is_valid():
        return render(request, "intake/list.html", {"form": form, "not_applied": True})
    qs = signals_for_user(user=request.user, filters=_filters(form))
    page = KeyFirstPaginator(qs, PAGE_SIZE, count_cap=COUNT_CAP).get_page(request.GET.get("pagina"))
    log_access(user=request.user, action="list", object_type="signal", count=len(page.object_list))
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request, "intake/list.html", {"form": form, "page": page, "query": query.urlencode()}
    )


def signal_detail(request: HttpRequest, signal_id: str) -> HttpResponse:
    """One signal with its history."""
    signal = _signal_or_404(request, signal_id)
    log_access(user=request.user, action="view", object_type="signal", object_id=signal.uuid)
    context = {
        "signal": signal,
        "edits": edits_of(signal=signal),
        "theme_choices": theme_choices()[1:],
    }
    return render(request, "intake/detail.html", context)


def _form_page(request: HttpRequest, form: SignalForm, signal: Signal | None) -> HttpResponse:
    names = street_names_for_user(user=request.user)
    return render(
        request, "intake/form.html", {"form": form, "signal": signal, "street_names": names}
    )


@require_http_methods(["GET", "POST"])
def signal_create(request: HttpRequest) -> HttpResponse:
    """Record a signal."""
    form = SignalForm(
        request.POST or None, neighbourhoods=neighbourhoods_for_user(user=request.user)
    )
    if request.method == "POST" and not first_submission(request):
        return redirect("intake:list")  # a double click: the first one records the signal
    if request.method == "POST" and form.is_valid():
        try:
            signal = create_signal(user=user_of(request), data=form.to_input())
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("The signal has been saved."))
            if "nog_een" in request.POST:
                return redirect("intake:create")
            return redirect("intake:detail", signal_id=signal.uuid)
    return _form_page(request, form, None)


@require_http_methods(["GET", "POST"])
def signal_edit(request: HttpRequest, signal_id: str) -> HttpResponse:
    """Change a signal."""
    signal = _signal_or_404(request, signal_id)
    current = as_input(signal)
    initial = {
        "observed_on": current.observed_on,
        "text": current.text,
        "neighbourhood": signal.neighbourhood,
        "street": current.place.street_name,
        "role": current.role,
        "source": current.source,
        "theme": current.theme,
        "severity": current.severity,
    }
    form = SignalForm(
        request.POST or None,
        initial=initial,
        neighbourhoods=neighbourhoods_for_user(user=request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            update_signal(user=user_of(request), signal=signal, data=form.to_input(), base=current)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("The signal has been changed."))
            return redirect("intake:detail", signal_id=signal.uuid)
    return _form_page(request, form, signal)


@require_http_methods(["GET", "POST"])
def signal_delete(request: HttpRequest, signal_id: str) -> HttpResponse:
    """Delete a signal (soft, with a reason)."""
    signal = _signal_or_404(request, signal_id)
    form = DeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            delete_signal(user=user_of(request), signal=signal, reason=form.cleaned_data["reason"])
        except DomainError as exc:
            form.add_error("reason", exc.message)
        else:
            messages.success(request, _("The signal has been deleted."))
            return redirect("intake:list")
    return render(request, "intake/delete.html", {"signal": signal, "form": form})


@post_action("intake:detail", "signal_id")
def signal_confirm_theme(request: HttpRequest, signal_id: str) -> HttpResponse:
    """Confirm or correct the theme with one click."""
    signal = _signal_or_404(request, signal_id)
    try:
        confirm_theme(user=user_of(request), signal=signal, theme=request.POST.get("theme", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Theme confirmed."))
    return redirect("intake:detail", signal_id=signal.uuid)


def address_hint(request: HttpRequest) -> HttpResponse:
    """htmx: street and buurt for a postcode and house number (or a hint to pick them)."""
    address = address_lookup(
        postcode=request.GET.get("postcode", ""), house_number=request.GET.get("house_number", "")
    )
    visible = address is not None and buurt_visible_to_user(
        user=request.user, neighbourhood_id=address.street.neighbourhood_id
    )
    return render(
        request,
        "intake/_address_hint.html",
        {"address": address if visible else None, "asked": bool(request.GET.get("postcode"))},
    )


@post_action("intake:list", writes=False)
def theme_hint(request: HttpRequest) -> HttpResponse:
    """htmx: live theme suggestion for the text being typed (redacted first, never logged)."""
    text = request.POST.get("text", "")[:4000]
    suggestion = None
    if len(text.strip()) >= 12:
        try:
            team = team_for(user=user_of(request))
        except DomainError:
            team = None
        if team is not None:
            suggestion = suggest_theme(team=team, text=redact(text).text)
    return render(request, "intake/_theme_hint.html", {"suggestion": suggestion})
