"""The team's decisions: recorded (who, when), access-logged, and refused with a Dutch message."""

from __future__ import annotations

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
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(demo: None) -> CollectiveQuestion:
    apply(team(), result(make_signals(count=8)))
    return CollectiveQuestion.objects.get()


def test_confirm_is_recorded_and_logged(question: CollectiveQuestion, fatima: User) -> None:
    decisions.confirm_question(user=fatima, question=question)
    again = reload(question)
    assert again.status == "confirmed"
    assert again.decided_by == fatima
    assert again.decided_at
    assert Decision.objects.get(question=question).action == "confirm"
    assert AccessLogEntry.objects.filter(action="confirm", object_id=str(question.uuid)).exists()


def test_rename_sets_title_edited(question: CollectiveQuestion, fatima: User) -> None:
    decisions.rename_question(user=fatima, question=question, title="  Muziek   op de  laan ")
    again = reload(question)
    assert (again.title, again.title_edited) == ("Muziek op de laan", True)


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda q, u: decisions.dismiss_question(user=u, question=q, note="  "), "note_required"),
        (
            lambda q, u: decisions.dismiss_question(user=u, question=q, note="x" * 301),
            "note_too_long",
        ),
        (lambda q, u: decisions.rename_question(user=u, question=q, title=""), "title_empty"),
        (
            lambda q, u: decisions.rename_question(user=u, question=q, title="x" * 151),
            "title_too_long",
        ),
        (lambda q, u: decisions.merge_questions(user=u, target=q, others=[]), "nothing_to_merge"),
        (lambda q, u: decisions.merge_questions(user=u, target=q, others=[q]), "merge_self"),
        (
            lambda q, u: decisions.split_question(user=u, question=q, signals=[]),
            "nothing_chosen",
        ),
        (
            lambda q, u: decisions.split_question(
                user=u, question=q, signals=list(q.signals.values_list("uuid", flat=True))
            ),
            "split_all",
        ),
        (
            lambda q, u: decisions.split_question(
                user=u, question=q, signals=["00000000-0000-0000-0000-000000000001"]
            ),
            "not_in_question",
        ),
    ],
)
def test_refusals_change_nothing(
    question: CollectiveQuestion, fatima: User, call: object, code: str
) -> None:
    with pytest.raises(DomainError) as caught:
        call(question, fatima)  # type: ignore[operator]
    assert caught.value.code == code
    assert caught.value.message  # Dutch, for the user
    assert not Decision.objects.exists()
    assert reload(question).status == "open"


def test_confirm_twice_and_decisions_on_a_merged_question_are_refused(
    question: CollectiveQuestion, fatima: User
) -> None:
    decisions.confirm_question(user=fatima, question=question)
    with pytest.raises(DomainError, match="al bevestigd"):
        decisions.confirm_question(user=fatima, question=reload(question))
    other_signals = make_signals(count=5, place=street("BU99010102", "Rozenstraat"), prefix="o")
    apply(
        team(),
        result(list(reload(question).signals.all()), key="q"),
        result(other_signals, key="o"),
    )
    other = CollectiveQuestion.objects.get(street__name="Rozenstraat")
    decisions.merge_questions(user=fatima, target=reload(question), others=[other])
    with pytest.raises(DomainError, match="samengevoegd"):
        decisions.confirm_question(user=fatima, question=reload(other))


def test_merge_with_another_team_is_refused(question: CollectiveQuestion, fatima: User) -> None:
    noord = team("Wijkteam Noord")
    theirs = make_signals(
        count=5, owner=noord, place=street("BU99010201", _first_street("BU99010201"))
    )
    apply(noord, result(theirs, key="n"))
    other = CollectiveQuestion.objects.get(team=noord)
    with pytest.raises(DomainError) as caught:
        decisions.merge_questions(user=fatima, target=question, others=[other])
    assert caught.value.code == "merge_team"


def _first_street(code: str) -> str:
    from wijkverbinder.areas.models import Street

    found = Street.objects.filter(neighbourhood__code=code).order_by("name").first()
    assert found is not None
    return found.name


PERSONAL = "Mevrouw Jansen belt 06-12345678 elke dag."


def test_dismiss_note_is_redacted_before_storage(
    question: CollectiveQuestion, fatima: User
) -> None:
    decisions.dismiss_question(user=fatima, question=question, note=PERSONAL)
    stored = reload(question).decision_note
    decision = Decision.objects.get(question=question, action="dismiss")
    for text in (stored, decision.note):
        assert "Jansen" not in text
        assert "12345678" not in text
        assert "[TELEFOON]" in text


def test_own_title_is_redacted_before_storage(question: CollectiveQuestion, fatima: User) -> None:
    decisions.rename_question(user=fatima, question=question, title=PERSONAL)
    again = reload(question)
    decision = Decision.objects.get(question=question, action="rename")
    for text in (again.title, decision.details["to"]):
        assert "Jansen" not in text
        assert "12345678" not in text
        assert "[NAAM]" in text
    signals = list(question.signals.values_list("uuid", flat=True))
    part = decisions.split_question(
        user=fatima, question=question, signals=signals[:2], title=PERSONAL
    )
    assert "12345678" not in reload(part).title


def test_split_is_logged_with_its_channel(question: CollectiveQuestion, fatima: User) -> None:
    signals = list(question.signals.values_list("uuid", flat=True))
    part = decisions.split_question(
        user=fatima, question=question, signals=signals[:2], channel="api"
    )
    logged = AccessLogEntry.objects.filter(action="split")
    assert {entry.object_id for entry in logged} == {str(part.uuid), str(question.uuid)}
    assert {entry.channel for entry in logged} == {"api"}
