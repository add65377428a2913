"""The residents' light pages (`/t/<code>/`): no account, no e-mail, no name.

A random participant key lives in a cookie limited to the straattafel's path; only its hash is
stored. Pages: one statement at a time in the fair order (agree / disagree / pass), adding a
statement, and after voting the outcome in plain Dutch with the resident's own votes (each can be
changed). A closed or not yet open straattafel refuses with a clear message; limits answer 429.
These pages use their own base template, without the staff navigation, and work without JavaScript.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from wijkverbinder.common.actions import post_action
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.straattafel import forms, participation, results, selectors, state
from wijkverbinder.straattafel.models import Straattafel, Vote
from wijkverbinder.straattafel.participation import Cast, RateLimitedError

COOKIE_DAYS = 120
RESULTS_AFTER = 7  # votes (or all statements, if fewer) before the outcome is offered


def cookie_name(item: Straattafel) -> str:
    return f"wv_st_{item.code}"


def _key(request: HttpRequest, item: Straattafel) -> str | None:
    return request.COOKIES.get(cookie_name(item))


def _address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))


def _item(code: str) -> Straattafel:
    try:
        return selectors.get_by_code(code)
    except NotFoundError as exc:
        raise Http404(str(exc)) from exc


def _remember(response: HttpResponse, item: Straattafel, cast: Cast) -> HttpResponse:
    if cast.new_key:
        response.set_cookie(
            cookie_name(item),
            cast.new_key,
            max_age=COOKIE_DAYS * 86400,
            path=reverse("straattafel_residents:vote", args=[item.code]),
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response


def _context(request: HttpRequest, item: Straattafel) -> dict[str, Any]:
    participant = participation.find_participant(item, _key(request, item))
    todo = selectors.fair_order(item, participant)
    mine = selectors.my_votes(participant)
    total = len(mine) + len(todo)
    wanted = request.GET.get("stelling", "")
    current = todo[0] if todo else None
    if wanted.isdigit():
        chosen = selectors.shown_statements(item).filter(number=int(wanted)).first()
        current = chosen or current
    return {
        "item": item,
        "state": state.status(item),
        "current": current,
        "done": len(mine),
        "total": total,
        "position": min(len(mine) + 1, total),
        "mine": mine,
        "can_see_results": len(mine) >= min(RESULTS_AFTER, total) and len(mine) > 0,
    }


def vote_page(request: HttpRequest, code: str) -> HttpResponse:
    """The next statement to vote on (or the one asked for with `?stelling=N`)."""
    item = _item(code)
    context = _context(request, item)
    status = 200 if context["state"] == "open" else 403
    return render(request, "straattafel/resident/vote.html", context, status=status)


@post_action("straattafel_residents:vote", "code", writes=False)  # a vote again is the same vote
def vote(request: HttpRequest, code: str) -> HttpResponse:
    """Record one vote and go on to the next statement."""
    item = _item(code)
    number, value = request.POST.get("stelling", ""), request.POST.get("stem", "")
    try:
        if not number.lstrip("-").isdigit() or value not in {"1", "-1", "0"}:
            raise DomainError("Kies eens, oneens of weet niet.", code="vote")
        cast = participation.cast_vote(
            straattafel=item,
            key=_key(request, item),
            address=_address(request),
            statement_number=int(number),
            value=int(value),
        )
    except RateLimitedError as error:
        return _refused(request, item, error, 429)
    except state.ClosedError as error:
        return _refused(request, item, error, 403)
    except DomainError as error:
        return _refused(request, item, error, 400)
    return _remember(redirect("straattafel_residents:vote", code=item.code), item, cast)


def _refused(
    request: HttpRequest, item: Straattafel, error: DomainError, status: int
) -> HttpResponse:
    context = _context(request, item)
    context["refusal"] = error.message
    return render(request, "straattafel/resident/vote.html", context, status=status)


def add_statement(request: HttpRequest, code: str) -> HttpResponse:
    """A resident's own statement (redacted; shown after approval when moderated)."""
    item = _item(code)
    form = forms.ResidentStatementForm(request.POST or None)
    status = 200 if state.status(item) == "open" else 403
    refusal = ""
    if request.method == "POST" and form.is_valid():
        try:
            cast, created = participation.add_resident_statement(
                straattafel=item,
                key=_key(request, item),
                address=_address(request),
                text=form.cleaned_data["text"],
            )
        except RateLimitedError as error:
            refusal, status = error.message, 429
        except state.ClosedError as error:
            refusal, status = error.message, 403
        except DomainError as error:
            refusal, status = error.message, 400
        else:
            shown_later = created.status != "accepted"
            messages.success(
                request,
                _("Thank you. The team will read your statement first.")
                if shown_later
                else _("Thank you. Your statement has been added."),
            )
            return _remember(redirect("straattafel_residents:vote", code=item.code), item, cast)
    elif request.method == "POST":
        status = 400
    context = {"item": item, "form": form, "state": state.status(item), "refusal": refusal}
    return render(request, "straattafel/resident/add.html", context, status=status)


def outcome(request: HttpRequest, code: str) -> HttpResponse:
    """The groups and the common ground in plain Dutch, and the resident's own votes."""
    item = _item(code)
    context = _context(request, item)
    current = results.results_for(item) if context["can_see_results"] else None
    mine_group = None
    if current is not None and context["mine"]:
        number = context["mine"][0].participant.number
        index = current.group_of_participant.get(number)
        mine_group = next((g.name for g in current.groups if g.index == index), None)
    context.update(
        {
            "results": current,
            "mine_group": mine_group if current and current.meaningful else None,
            "labels": dict(Vote.Value.choices),
        }
    )
    return render(request, "straattafel/resident/outcome.html", context)
