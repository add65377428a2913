"""Storing detection results: identity across runs, also after the team's decisions."""

from __future__ import annotations

import pytest

from wijkverbinder.collective.models import CollectiveQuestion, Decision, DetectionRun
from wijkverbinder.collective.services import run_detection
from wijkverbinder.collective.tests.factories import (
    apply,
    make_signals,
    reload,
    result,
    signal_ids,
    street,
    team,
)
from wijkverbinder.common.models import AccessLogEntry

pytestmark = pytest.mark.django_db
Status = CollectiveQuestion.Status


def test_new_result_becomes_an_open_question_with_default_title(demo: None) -> None:
    signals = make_signals(count=12, households=10)
    summary = apply(team(), result(signals))
    assert (summary.created, summary.updated) == (1, 0)
    question = CollectiveQuestion.objects.get()
    assert question.status == Status.OPEN
    assert question.title == "Geluid – Kastanjelaan, Rozenhof"
    assert (question.households, question.signal_count) == (10, 12)
    assert question.streets == ["Kastanjelaan"]
    assert question.sides == ["affected"]
    assert signal_ids(question) == {s.pk for s in signals}


def test_identity_kept_when_the_signals_shift(demo: None) -> None:
    signals = make_signals(count=12)
    apply(team(), result(signals))
    question = CollectiveQuestion.objects.get()
    more = make_signals(count=4, prefix="new")
    summary = apply(team(), result(signals[3:] + more, score=7.0))
    assert (summary.created, summary.updated) == (0, 1)
    again = reload(question)
    assert again.uuid == question.uuid
    assert again.score == 7.0
    assert signal_ids(again) == {s.pk for s in signals[3:] + more}


def test_decisions_survive_the_next_run(demo: None, fatima: object) -> None:
    from wijkverbinder.collective.decisions import confirm_question, rename_question

    signals = make_signals(count=12)
    apply(team(), result(signals))
    question = CollectiveQuestion.objects.get()
    confirm_question(user=fatima, question=question)  # type: ignore[arg-type]
    rename_question(user=fatima, question=question, title="Muziek in de Kastanjelaan")  # type: ignore[arg-type]
    apply(team(), result(signals[1:] + make_signals(count=2, prefix="x")))
    again = reload(question)
    assert again.status == Status.CONFIRMED
    assert again.title == "Muziek in de Kastanjelaan"
    assert CollectiveQuestion.objects.count() == 1


def test_question_not_found_again_is_stale_not_deleted(demo: None) -> None:
    signals = make_signals(count=12)
    apply(team(), result(signals))
    other = make_signals(count=8, place=street("BU99010102", "Rozenstraat"), prefix="r")
    summary = apply(team(), result(other, key="o"))
    assert (summary.created, summary.stale) == (1, 1)
    old = CollectiveQuestion.objects.get(street__name="Kastanjelaan")
    assert old.stale
    assert old.status == Status.OPEN
    apply(team(), result(signals, key="back"))
    assert not reload(old).stale


def test_dismissed_stays_dismissed_unless_it_grows_substantially(
    demo: None, fatima: object
) -> None:
    from wijkverbinder.collective.decisions import dismiss_question

    signals = make_signals(count=10)
    apply(team(), result(signals))
    question = CollectiveQuestion.objects.get()
    dismiss_question(user=fatima, question=question, note="Eén feest, al opgelost.")  # type: ignore[arg-type]
    assert reload(question).dismissed_households == 10
    grown_a_bit = signals + make_signals(count=4, prefix="a")  # 14 < 1.5 × 10
    apply(team(), result(grown_a_bit))
    assert reload(question).status == Status.DISMISSED
    grown_a_lot = grown_a_bit + make_signals(count=2, prefix="b")  # 16 ≥ 15
    apply(team(), result(grown_a_lot))
    again = reload(question)
    assert again.status == Status.OPEN
    reopen = again.decisions.get(action=Decision.Action.REOPEN)
    assert reopen.by is None
    assert reopen.details["households_now"] == 16


def test_merge_survives_the_next_run(demo: None, fatima: object) -> None:
    from wijkverbinder.collective.decisions import merge_questions

    a = make_signals(count=6, prefix="a")
    b = make_signals(count=10, place=street("BU99010102", "Rozenstraat"), prefix="b")
    apply(team(), result(a, key="a"), result(b, key="b"))
    qa = CollectiveQuestion.objects.get(street__name="Kastanjelaan")
    qb = CollectiveQuestion.objects.get(street__name="Rozenstraat")
    merge_questions(user=fatima, target=qa, others=[qb])  # type: ignore[arg-type]
    qa, qb = reload(qa), reload(qb)
    assert qb.status == Status.MERGED
    assert qb.merged_into_id == qa.pk
    assert signal_ids(qa) == {s.pk for s in a + b}
    assert qa.households == 16
    summary = apply(team(), result(a, key="a2"), result(b, key="b2"))
    assert summary.created == 0
    assert signal_ids(reload(qa)) == {s.pk for s in a + b}
    assert reload(qb).status == Status.MERGED


def test_split_survives_the_next_run(demo: None, fatima: object) -> None:
    from wijkverbinder.collective.decisions import split_question

    signals = make_signals(count=14)
    apply(team(), result(signals))
    question = CollectiveQuestion.objects.get()
    part = split_question(user=fatima, question=question, signals=[s.uuid for s in signals[:4]])  # type: ignore[arg-type]
    assert part.split_from_id == question.pk
    assert part.signal_count == 4
    assert reload(question).signal_count == 10
    summary = apply(team(), result(signals))  # detection still sees one group
    assert summary.created == 0
    assert signal_ids(reload(question)) == {s.pk for s in signals[4:]}
    assert signal_ids(reload(part)) == {s.pk for s in signals[:4]}


def test_run_detection_finds_a_planted_cluster_and_is_stable(demo: None) -> None:
    make_signals(
        count=40,
        theme="leefbaarheid.afval",
        text="Afval naast de container.",
        place=street("BU99010102", "Rozenstraat"),
        days=500,
        prefix="bg",
    )
    make_signals(count=16, days=30, households=14)
    first = run_detection(team=team(), trigger="test")
    top = CollectiveQuestion.objects.filter(team=team()).order_by("-score").first()
    assert top is not None
    assert top.theme == "overlast.geluid"
    assert top.households >= 10
    second = run_detection(team=team(), trigger="test")
    assert second.created == 0
    assert second.updated == first.found
    assert DetectionRun.objects.filter(trigger="test").count() == 2
    assert AccessLogEntry.objects.filter(action="detect").exists()


def test_split_part_is_not_stale_while_its_family_is_found(demo: None, fatima: object) -> None:
    from wijkverbinder.collective.decisions import split_question

    signals = make_signals(count=14)
    apply(team(), result(signals))
    question = CollectiveQuestion.objects.get()
    part = split_question(user=fatima, question=question, signals=[s.uuid for s in signals[:4]])  # type: ignore[arg-type]
    summary = apply(team(), result(signals))  # detection still sees one group
    assert summary.stale == 0
    assert reload(part).stale is False
    assert reload(question).stale is False
    apply(team())  # the whole family is gone
    assert reload(part).stale is True
    assert reload(question).stale is True
