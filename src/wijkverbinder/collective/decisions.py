"""The team's decisions on collective questions: confirm, dismiss (with a note), rename, merge, split.

Each decision is appended to `Decision` (who, when, what), sets `decided_by`/`decided_at`, and is
written to the access log. A refusal raises `DomainError` with a Dutch message and changes nothing.
Decisions survive later detection runs (identity rule in `services.py` and `matching.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.collective.inputs import facts_of, numbers
from wijkverbinder.collective.models import CollectiveQuestion, Decision
from wijkverbinder.collective.titles import MAX_TITLE, default_title
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.core.redaction import redact_free_text

MAX_NOTE = 300
Status = CollectiveQuestion.Status


def _record(
    question: CollectiveQuestion,
    *,
    user: User,
    action: str,
    note: str = "",
    details: dict[str, Any] | None = None,
    channel: str = "web",
) -> None:
    question.decided_by, question.decided_at = user, timezone.now()
    question.full_clean()
    question.save()
    Decision.objects.create(
        question=question, action=action, by=user, note=note, details=details or {}
    )
    log_access(
        user=user,
        action=action,
        object_type="collective_question",
        object_id=question.uuid,
        channel=channel,
    )


def _lock(*questions: CollectiveQuestion) -> None:
    """Take the team's lock and bring the questions up to date, inside the decision's transaction.

    The lock is the one a detection run holds while it stores its results (`services.apply_results`),
    so decisions of one team and its detection runs take turns: two people deciding at once each
    decide on the question as it is now (dismissed once, a merged question stays merged), and a
    decision never writes back numbers a run has just changed. SQLite's transactions are serial
    anyway; the refresh is what counts there.
    """
    teams = Team.objects.select_for_update(no_key=True).filter(
        pk__in={q.team_id for q in questions}
    )
    list(teams.order_by("pk").values_list("pk", flat=True))
    for question in questions:
        try:
            question.refresh_from_db()
        except CollectiveQuestion.DoesNotExist:
            raise NotFoundError("Deze gemeenschappelijke vraag bestaat niet (meer).") from None


def _not_merged(question: CollectiveQuestion) -> None:
    if question.status == Status.MERGED:
        raise DomainError(
            "Deze vraag is samengevoegd met een andere; neem het besluit daar.",
            code="question_merged",
        )


def _no_running_trajectory(question: CollectiveQuestion) -> None:
    """Refuse while a trajectory on the question is not closed (it would lose its question).

    `trajectories` is a higher layer, so its model is looked up by name, not imported.
    """
    if not apps.is_installed("wijkverbinder.trajectories"):
        return
    trajectory = apps.get_model("trajectories", "Trajectory")
    if trajectory._default_manager.filter(question=question).exclude(status="closed").exists():
        raise DomainError(
            f"Voor de vraag '{question.title}' loopt een traject; sluit dat eerst af.",
            code="trajectory_running",
        )


@transaction.atomic
def confirm_question(*, user: User, question: CollectiveQuestion, channel: str = "web") -> None:
    """The team recognises the question as a real collective question."""
    _lock(question)
    _not_merged(question)
    if question.status == Status.CONFIRMED:
        raise DomainError("Deze vraag is al bevestigd.", code="already_confirmed")
    question.status = Status.CONFIRMED
    _record(question, user=user, action=Decision.Action.CONFIRM, channel=channel)


@transaction.atomic
def dismiss_question(
    *, user: User, question: CollectiveQuestion, note: str, channel: str = "web"
) -> None:
    """The team sets the question aside, with a reason. It comes back only if it grows a lot."""
    _lock(question)
    _not_merged(question)
    note = " ".join(note.split())
    if not note:
        raise DomainError("Geef een korte reden waarom u deze vraag afwijst.", code="note_required")
    if len(note) > MAX_NOTE:
        raise DomainError(
            f"De reden is {len(note)} tekens lang; het maximum is {MAX_NOTE}.", code="note_too_long"
        )
    if question.status == Status.DISMISSED:
        raise DomainError("Deze vraag is al afgewezen.", code="already_dismissed")
    _no_running_trajectory(question)
    note = redact_free_text(note)[:MAX_NOTE]
    question.status, question.decision_note = Status.DISMISSED, note
    question.dismissed_households = question.households
    _record(question, user=user, action=Decision.Action.DISMISS, note=note, channel=channel)


@transaction.atomic
def rename_question(
    *, user: User, question: CollectiveQuestion, title: str, channel: str = "web"
) -> None:
    """Give the question the team's own title; detection keeps it from now on."""
    _lock(question)
    title = " ".join(title.split())
    if not title:
        raise DomainError("Vul een titel in.", code="title_empty")
    if len(title) > MAX_TITLE:
        raise DomainError(
            f"De titel is {len(title)} tekens lang; het maximum is {MAX_TITLE}.",
            code="title_too_long",
        )
    title = redact_free_text(title)[:MAX_TITLE]
    old = question.title
    question.title, question.title_edited = title, True
    _record(
        question,
        user=user,
        action=Decision.Action.RENAME,
        details={"from": old, "to": title},
        channel=channel,
    )


def _refresh_numbers(question: CollectiveQuestion, signal_ids: Iterable[int]) -> None:
    for name, value in numbers(facts_of(signal_ids).values()).items():
        setattr(question, name, value)


@transaction.atomic
def merge_questions(
    *,
    user: User,
    target: CollectiveQuestion,
    others: Sequence[CollectiveQuestion],
    channel: str = "web",
) -> None:
    """Merge `others` into `target`: their signals join it; they get status `merged`."""
    _lock(target, *others)
    _not_merged(target)
    if not others:
        raise DomainError(
            "Kies minstens één vraag om mee samen te voegen.", code="nothing_to_merge"
        )
    for other in others:
        if other.pk == target.pk:
            raise DomainError("Een vraag kan niet met zichzelf samengaan.", code="merge_self")
        if other.team_id != target.team_id:
            raise DomainError("Deze vragen horen niet bij hetzelfde team.", code="merge_team")
        _not_merged(other)
        _no_running_trajectory(other)
    signal_ids = set(target.signals.values_list("id", flat=True))
    for other in others:
        signal_ids.update(other.signals.values_list("id", flat=True))
        other.status, other.merged_into = Status.MERGED, target
        _record(
            other,
            user=user,
            action=Decision.Action.MERGE,
            details={"into": str(target.uuid)},
            channel=channel,
        )
    target.signals.add(*signal_ids)
    _refresh_numbers(target, signal_ids)
    target.score = max([target.score, *(o.score for o in others)])
    target.themes = list(
        dict.fromkeys(t for q in (target, *others) for t in (q.themes or [q.theme]))
    )
    target.stale = False
    _record(
        target,
        user=user,
        action=Decision.Action.MERGE,
        details={"merged": [str(o.uuid) for o in others]},
        channel=channel,
    )


@transaction.atomic
def split_question(
    *,
    user: User,
    question: CollectiveQuestion,
    signals: Sequence[uuid.UUID | str],
    title: str = "",
    channel: str = "web",
) -> CollectiveQuestion:
    """Move the chosen signals (public ids) of a question into a new question (status open).

    The one place that checks that the chosen signals belong to this question: the page and the
    API pass the ids as given; a malformed or foreign id refuses the whole split.
    """
    _lock(question)
    _not_merged(question)
    members = dict(question.signals.values_list("uuid", "id"))
    current = set(members.values())
    if not signals:
        raise DomainError("Kies de signalen die een eigen vraag worden.", code="nothing_chosen")
    try:
        wanted = {item if isinstance(item, uuid.UUID) else uuid.UUID(str(item)) for item in signals}
    except ValueError:
        wanted = set()
    if not wanted or not wanted <= members.keys():
        raise DomainError(
            "Een of meer gekozen signalen horen niet bij deze vraag.", code="not_in_question"
        )
    chosen = {members[item] for item in wanted}
    if chosen == current:
        raise DomainError(
            "Laat minstens één signaal bij de oorspronkelijke vraag.", code="split_all"
        )
    facts = facts_of(chosen)
    streets = {f.street_id for f in facts.values()}
    part = CollectiveQuestion(
        team_id=question.team_id,
        theme=question.theme,
        neighbourhood_id=question.neighbourhood_id,
        street_id=streets.pop() if len(streets) == 1 else None,
        split_from=question,
        level=question.level,
        score=0.0,
        keywords=list(question.keywords),
        new_topic=question.new_topic,
        themes=list(question.themes),
    )
    _refresh_numbers(part, chosen)
    part.title = redact_free_text(title)[:MAX_TITLE] or default_title(
        part.theme,
        street=next(iter(facts.values())).street if part.street_id and facts else "",
        neighbourhood=question.neighbourhood.name,
    )
    part.title_edited = bool(title.strip())
    _record(
        part,
        user=user,
        action=Decision.Action.SPLIT,
        details={"from": str(question.uuid)},
        channel=channel,
    )
    part.signals.set(chosen)
    question.signals.remove(*chosen)
    _refresh_numbers(question, current - chosen)
    _record(
        question,
        user=user,
        action=Decision.Action.SPLIT,
        details={"into": str(part.uuid), "signals": len(chosen)},
        channel=channel,
    )
    return part
