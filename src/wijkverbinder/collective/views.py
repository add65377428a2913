"""Pages of collective questions: the team's ranked list, one question in detail, the decisions and
the button that starts detection. Thin: parse, call one selector or service, render or redirect."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import (
    neighbourhoods_for_user,
    teams_for_user,
    user_of,
)
from wijkverbinder.collective import decisions, presentation
from wijkverbinder.collective.forms import FilterForm
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.collective.selectors import (
    decisions_of,
    get_question_for_user,
    last_run,
    merge_candidates,
    neighbourhoods_around,
    questions_for_user,
    signals_of,
)
from wijkverbinder.collective.tasks import request_detection
from wijkverbinder.common.actions import post_action
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError

PAGE_SIZE = 25


def _question_or_404(request: HttpRequest, question_id: str) -> CollectiveQuestion:
    try:
        return get_question_for_user(user=request.user, question_id=question_id)
    except NotFoundError as exc:
        raise Http404 from exc


def question_list(request: HttpRequest) -> HttpResponse:
    """The team's collective questions, most unusual first. A filter that is not valid (a period
    whose start lies after its end) shows its error and no list, as the signal list does."""
    form = FilterForm(
        request.GET or None, neighbourhoods=neighbourhoods_for_user(user=request.user)
    )
    if form.is_bound and not form.is_valid():
        return render(request, "collective/list.html", {"form": form, "not_applied": True})
    qs = questions_for_user(user=request.user, filters=form.to_filter())
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    log_access(
        user=request.user,
        action="list",
        object_type="collective_question",
        count=len(page.object_list),
    )
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "last_run": last_run(user=request.user),
        "offset": page.start_index() - 1 if page.object_list else 0,
    }
    return render(request, "collective/list.html", context)


@post_action("collective:list")
def question_detect(request: HttpRequest) -> HttpResponse:
    """Start detection for the user's teams (a background task)."""
    teams: list[Team] = list(teams_for_user(user=request.user))
    for team in teams:
        request_detection(team, trigger="web")
    log_access(
        user=request.user, action="detect", object_type="collective_question", count=len(teams)
    )
    messages.success(
        request,
        _("Detection has been started; the list is updated as soon as it is finished."),
    )
    return redirect("collective:list")


def question_detail(request: HttpRequest, question_id: str) -> HttpResponse:
    """One question: its signals, timeline, map, sides, words, score and the decisions."""
    question = _question_or_404(request, question_id)
    signals = list(signals_of(question=question))
    log_access(
        user=request.user, action="view", object_type="collective_question", object_id=question.uuid
    )
    context_buurten = neighbourhoods_around(question=question)
    points = [(s.lat, s.lon) for s in signals if s.lat is not None and s.lon is not None]
    context = {
        "question": question,
        "signals": signals,
        "decisions": decisions_of(question=question),
        # The page offers at most 30 (the template's slice): fetch no more.
        "candidates": list(merge_candidates(question=question)[:30]),
        "timeline": presentation.timeline_svg(
            [s.observed_on for s in signals], start=question.start, end=question.end
        ),
        "map": presentation.map_svg(question.neighbourhood, list(context_buurten), points),
        "explained": presentation.score_explained(
            question.score, question.households, question.expected, question.households_known
        ),
        "count_note": presentation.count_note(question.households_known),
        "dots": len(points),
    }
    return render(request, "collective/detail.html", context)


def _decide(
    request: HttpRequest, question_id: str, action: Callable[[CollectiveQuestion], None], done: str
) -> HttpResponse:
    question = _question_or_404(request, question_id)
    try:
        action(question)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, done)
    target = (
        question.merged_into if question.status == CollectiveQuestion.Status.MERGED else question
    )
    return redirect("collective:detail", question_id=(target or question).uuid)


@post_action("collective:detail", "question_id")
def question_confirm(request: HttpRequest, question_id: str) -> HttpResponse:
    """Confirm a question."""
    return _decide(
        request,
        question_id,
        lambda q: decisions.confirm_question(user=user_of(request), question=q),
        _("The question has been confirmed."),
    )


@post_action("collective:detail", "question_id")
def question_dismiss(request: HttpRequest, question_id: str) -> HttpResponse:
    """Dismiss a question with a note."""
    return _decide(
        request,
        question_id,
        lambda q: decisions.dismiss_question(
            user=user_of(request), question=q, note=request.POST.get("note", "")
        ),
        _("The question has been dismissed."),
    )


@post_action("collective:detail", "question_id")
def question_rename(request: HttpRequest, question_id: str) -> HttpResponse:
    """Give a question the team's own title."""
    return _decide(
        request,
        question_id,
        lambda q: decisions.rename_question(
            user=user_of(request), question=q, title=request.POST.get("title", "")
        ),
        _("The title has been changed."),
    )


@post_action("collective:detail", "question_id")
def question_merge(request: HttpRequest, question_id: str) -> HttpResponse:
    """Merge other questions into this one."""

    def merge(question: CollectiveQuestion) -> None:
        others = []
        for other_id in request.POST.getlist("others"):
            try:
                others.append(get_question_for_user(user=request.user, question_id=other_id))
            except NotFoundError as exc:
                raise DomainError(exc.message, code="not_found") from exc
        decisions.merge_questions(user=user_of(request), target=question, others=others)

    return _decide(request, question_id, merge, _("The questions have been merged."))


@post_action("collective:detail", "question_id")
def question_split(request: HttpRequest, question_id: str) -> HttpResponse:
    """Move the chosen signals into a new question."""
    question = _question_or_404(request, question_id)
    try:
        part = decisions.split_question(
            user=user_of(request),
            question=question,
            signals=request.POST.getlist("signals"),
            title=request.POST.get("title", ""),
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("collective:detail", question_id=question.uuid)
    messages.success(request, _("The chosen signals are now a question of their own."))
    return redirect("collective:detail", question_id=part.uuid)
