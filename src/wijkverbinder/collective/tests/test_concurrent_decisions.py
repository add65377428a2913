"""Team members deciding on the same collective question at the same moment, and a detection run
storing its results meanwhile (threads with their own database connections, SQLite and
PostgreSQL): each decision takes the team's lock and decides on the question as it is then, so a
question is dismissed once, a merged question stays merged, and a decision never writes back the
numbers a detection run has just changed."""

from __future__ import annotations

from typing import Any

import pytest

from wijkverbinder.accounts.models import User
from wijkverbinder.collective import decisions
from wijkverbinder.collective.models import CollectiveQuestion, Decision
from wijkverbinder.collective.tests.factories import (
    apply,
    make_signals,
    reload,
    result,
    street,
    team,
)
from wijkverbinder.common.tests.threads import at_once, failures, one_refusal

pytestmark = pytest.mark.django_db(transaction=True)
Status = CollectiveQuestion.Status


def _as(username: str, *questions: CollectiveQuestion) -> Any:
    """What a request does first: read the user and its own copies of the questions."""
    return lambda: (User.objects.get(username=username), *(reload(q) for q in questions))


def test_two_members_dismissing_one_question_at_once_dismiss_it_once(
    questions: list[CollectiveQuestion],
) -> None:
    question = questions[0]

    def dismiss(read: tuple[User, CollectiveQuestion]) -> None:
        decisions.dismiss_question(user=read[0], question=read[1], note="Geen gedeelde vraag.")

    outcome = at_once([(_as("fatima", question), dismiss), (_as("joost", question), dismiss)])
    one_refusal(outcome, "already_dismissed")
    assert Decision.objects.filter(question=question, action="dismiss").count() == 1
    assert reload(question).status == Status.DISMISSED


@pytest.mark.parametrize("round_", range(3))
def test_a_question_confirmed_while_it_is_merged_stays_merged(
    questions: list[CollectiveQuestion], round_: int
) -> None:
    target, other = questions[0], questions[1]

    def merge(read: tuple[User, CollectiveQuestion, CollectiveQuestion]) -> None:
        decisions.merge_questions(user=read[0], target=read[1], others=[read[2]])

    def confirm(read: tuple[User, CollectiveQuestion]) -> None:
        decisions.confirm_question(user=read[0], question=read[1])

    outcome = at_once([(_as("joost", target, other), merge), (_as("fatima", other), confirm)])
    assert outcome[0] is None, outcome  # the merge always goes through
    assert outcome[1] is None or getattr(outcome[1], "code", "") == "question_merged", outcome
    merged = reload(other)
    assert (merged.status, merged.merged_into_id) == (Status.MERGED, target.pk)
    assert not merged.signals.exclude(pk__in=reload(target).signals.all()).exists()


def test_a_rename_during_a_detection_run_keeps_the_runs_numbers(
    questions: list[CollectiveQuestion],
) -> None:
    question = questions[0]
    grown = list(question.signals.all()) + make_signals(
        count=4, place=street("BU99010102", "Kastanjelaan"), prefix="nieuw"
    )

    def rename(read: tuple[User, CollectiveQuestion]) -> None:
        decisions.rename_question(user=read[0], question=read[1], title="Muziek in de nacht")

    def run(_read: object) -> object:
        return apply(team(), result(grown, score=9.0, key="Kastanjelaan"))

    outcome = at_once([(_as("fatima", question), rename), (lambda: None, run)])
    assert not failures(outcome), outcome
    stored = reload(question)
    assert stored.title == "Muziek in de nacht"
    assert stored.signal_count == len(grown) == stored.signals.count()
    assert stored.households == len({s.household for s in grown})
