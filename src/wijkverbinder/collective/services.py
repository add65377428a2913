"""Running detection for a team and storing its results as collective questions.

`run_detection` reads the team's live signals, runs `core.detection.detect` with the taxonomy's
seed words and the team's classifier (`intake.themes.classifier_for`), and `apply_results` stores
the outcome, keeping identity across runs (`matching`):

* a result that overlaps an existing question of the same theme (Jaccard ≥ 0.3 of signal ids)
  updates that question's numbers and signals; its status, a title the team set, and its decisions
  stay. A result that matches a question merged into another updates the question it was merged
  into. Signals the team split off into another question stay there.
* a dismissed question stays dismissed unless it has grown substantially (≥ 1.5 × its households
  when dismissed and ≥ 3 more); then it is reopened, recorded as a decision of detection.
* a result that matches nothing becomes a new `open` question.
* a question not found any more keeps its status, numbers and signals and is marked `stale`
  ("niet meer gevonden"); the list hides stale questions the team never decided on. A later run
  that finds it again clears the mark. A question the team split off is never produced by
  detection itself; it is marked stale only when its whole split family is not found.

Decisions by the team (confirm, dismiss, rename, merge, split) are in `decisions.py`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.collective import matching
from wijkverbinder.collective.inputs import TeamSignals, numbers, team_signals
from wijkverbinder.collective.models import CollectiveQuestion, Decision, DetectionRun
from wijkverbinder.collective.titles import default_title
from wijkverbinder.common.audit import log_access
from wijkverbinder.core.detection import CollectiveQuestionResult, detect
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.themes import classifier_for

Through = CollectiveQuestion.signals.through


@dataclass(frozen=True)
class Existing:
    """The team's questions before a run, with their signal sets."""

    questions: dict[int, CollectiveQuestion]
    signals: dict[int, frozenset[int]]

    def final(self, key: int) -> int:
        """The question a merged question leads to (follows `merged_into`)."""
        seen = {key}
        question = self.questions[key]
        while question.merged_into_id is not None and question.merged_into_id in self.questions:
            if question.merged_into_id in seen:
                break
            seen.add(question.merged_into_id)
            question = self.questions[question.merged_into_id]
        return question.pk

    def identities(self) -> list[matching.Identity]:
        merged_into: dict[int, set[int]] = {}
        for q in self.questions.values():
            if q.status == CollectiveQuestion.Status.MERGED:
                merged_into.setdefault(self.final(q.pk), set()).update(self.signals[q.pk])
        out = []
        for q in self.questions.values():
            own = self.signals[q.pk]
            if q.status != CollectiveQuestion.Status.MERGED:
                own = own - merged_into.get(q.pk, set())
            out.append(matching.Identity(q.pk, self.final(q.pk), q.theme, frozenset(own)))
        return out

    def family_signals(self, key: int) -> set[int]:
        """Signals of the other live questions of `key`'s split family (split from, into, siblings)."""
        question = self.questions[key]
        root = question.split_from_id
        members = {
            q.pk
            for q in self.questions.values()
            if q.status != CollectiveQuestion.Status.MERGED
            and q.pk != key
            and (q.split_from_id in {key, root} - {None} or q.pk == root)
        }
        return set().union(*(self.signals[m] for m in members)) if members else set()

    def family_found(self, key: int, landed: Iterable[int]) -> bool:
        """Whether `key` is a split part whose family this run found again.

        Detection never produces a split part itself (its signals stay out of the other family
        members, see `family_signals`), so a part stays live as long as its family is found.
        """
        question = self.questions[key]
        if question.split_from_id is None:
            return False
        found = set(landed)
        seen = {key}
        while question.split_from_id is not None and question.split_from_id in self.questions:
            if question.split_from_id in seen:
                break
            seen.add(question.split_from_id)
            question = self.questions[question.split_from_id]
        family = {q.pk for q in self.questions.values() if q.pk in seen or q.split_from_id in seen}
        return bool(family & found)


def _existing(team: Team) -> Existing:
    questions = {
        q.pk: q for q in CollectiveQuestion.objects.filter(team=team).select_related("street")
    }
    sets: dict[int, set[int]] = {key: set() for key in questions}
    rows = Through.objects.filter(collectivequestion__team=team).values_list(
        "collectivequestion_id", "signal_id"
    )
    for question_id, signal_id in rows.iterator(chunk_size=5000):
        sets[question_id].add(signal_id)
    return Existing(questions, {k: frozenset(v) for k, v in sets.items()})


def _combine(results: list[CollectiveQuestionResult]) -> dict[str, Any]:
    """Numbers detection gives (score, baseline, words) of one or more results landing together."""
    ranked = sorted(results, key=lambda r: -r.score)
    best, latest = ranked[0], max(results, key=lambda r: r.end)
    keywords = list(dict.fromkeys(w for r in ranked for w in r.keywords))[:10]
    examples = list(dict.fromkeys(e for r in ranked for e in r.examples))
    return {
        "detector_id": best.id,
        "score": round(max(r.score for r in results), 4),
        "p_value": min(r.p_value for r in results),
        "expected": round(sum(r.expected for r in results), 4),
        "trend": latest.trend.value,
        "level": best.level.value,
        "keywords": keywords,
        "examples": examples[:5],
        "new_topic": any(r.new_topic for r in results),
        "themes": list(dict.fromkeys(t for r in ranked for t in (r.themes or (r.theme,)))),
    }


def _describe(question: CollectiveQuestion, signal_ids: set[int], inputs: TeamSignals) -> None:
    facts = [inputs.facts[s] for s in signal_ids if s in inputs.facts]
    for name, value in numbers(facts).items():
        setattr(question, name, value)
    if not question.title_edited:
        question.title = default_title(
            question.theme,
            street=question.street.name if question.street else "",
            neighbourhood=facts[0].neighbourhood_name if facts else "",
        )


def _new_question(
    team: Team, result: CollectiveQuestionResult, inputs: TeamSignals
) -> CollectiveQuestion:
    first = inputs.facts[int(result.signal_ids[0])]
    buurt_id = inputs.neighbourhood_ids.get(result.neighbourhood or "", first.neighbourhood_id)
    street_id = None
    if result.street:
        street_id = next(
            (
                inputs.facts[int(s)].street_id
                for s in result.signal_ids
                if inputs.facts[int(s)].street == result.street
            ),
            None,
        )
    return CollectiveQuestion(
        team=team, theme=result.theme, neighbourhood_id=buurt_id, street_id=street_id
    )


#: Fields a run sets on a question it finds again (`_combine`, `_describe`, stale and time).
_UPDATED_FIELDS = (
    "detector_id", "score", "p_value", "expected", "trend", "level", "keywords", "examples",
    "new_topic", "themes", "households", "households_known", "signal_count", "start", "end",
    "streets", "role_counts", "sides", "title", "stale", "detected_at",
)  # fmt: skip


def _set_signals(question_id: int, before: frozenset[int], after: set[int]) -> None:
    """Make a question's signals `after`, writing only the difference with `before`."""
    gone, new = before - after, after - before
    if gone:
        Through.objects.filter(collectivequestion_id=question_id, signal_id__in=gone).delete()
    if new:
        Through.objects.bulk_create(
            [Through(collectivequestion_id=question_id, signal_id=s) for s in sorted(new)]
        )


@dataclass(frozen=True)
class RunSummary:
    """What a run changed."""

    found: int
    created: int
    updated: int
    stale: int
    reopened: int


def _maybe_reopen(question: CollectiveQuestion) -> bool:
    if question.status != CollectiveQuestion.Status.DISMISSED:
        return False
    if not matching.grown_substantially(
        households_then=question.dismissed_households, households_now=question.households
    ):
        return False
    question.status = CollectiveQuestion.Status.OPEN
    return True


@transaction.atomic
def apply_results(
    *, team: Team, results: Sequence[CollectiveQuestionResult], inputs: TeamSignals
) -> RunSummary:
    """Store one run's results for the team (identity rule: see the module docstring)."""
    # One run per team at a time (PostgreSQL; SQLite's IMMEDIATE transactions are serial anyway):
    # two runs reading `_existing` together would both create the same new question.
    Team.objects.select_for_update(no_key=True).filter(pk=team.pk).values_list("pk").first()
    existing = _existing(team)
    findings = matching.chain_windows(results)
    indexed = {
        i: (f[0].theme, frozenset(int(s) for r in f for s in r.signal_ids))
        for i, f in enumerate(findings)
    }
    matched = matching.assign(indexed, existing.identities())
    landed: dict[int, list[int]] = {}
    for index, target in matched.items():
        landed.setdefault(target, []).append(index)
    now = timezone.now()
    reopened, created = 0, 0
    plan: list[tuple[CollectiveQuestion, list[CollectiveQuestionResult], set[int]]] = []
    for target, indices in landed.items():
        signals = set().union(*(indexed[i][1] for i in indices)) - existing.family_signals(target)
        found = [r for i in indices for r in findings[i]]
        plan.append((existing.questions[target], found, signals))
    for index, finding in enumerate(findings):
        if index not in matched:
            question = _new_question(team, finding[0], inputs)
            plan.append((question, finding, set(indexed[index][1])))
            created += 1
    updated: list[CollectiveQuestion] = []
    changed_fields: set[str] = set()
    for question, found, signals in plan:
        before = {f: getattr(question, f) for f in _UPDATED_FIELDS} if question.pk else {}
        for name, value in _combine(found).items():
            setattr(question, name, value)
        _describe(question, signals, inputs)
        question.stale, question.detected_at = False, now
        if question.pk is None:
            question.save()
            question.signals.add(*signals)
            continue
        if _maybe_reopen(question):
            reopened += 1
            question.save()
            Decision.objects.create(
                question=question,
                action=Decision.Action.REOPEN,
                details={
                    "households_then": question.dismissed_households,
                    "households_now": question.households,
                },
            )
        else:
            changed_fields.update(f for f in _UPDATED_FIELDS if getattr(question, f) != before[f])
            updated.append(question)
        _set_signals(question.pk, existing.signals[question.pk], signals)
    if updated and changed_fields:  # one statement for the questions found again
        CollectiveQuestion.objects.bulk_update(updated, sorted(changed_fields))
    gone = [
        q.pk
        for q in existing.questions.values()
        if q.pk not in landed
        and q.status != CollectiveQuestion.Status.MERGED
        and not q.stale
        and not existing.family_found(q.pk, landed)
    ]
    CollectiveQuestion.objects.filter(pk__in=gone).update(stale=True)
    return RunSummary(len(findings), created, len(landed), len(gone), reopened)


def run_detection(
    *, team: Team, trigger: str = "", user: AbstractBaseUser | None = None, seed: int = 0
) -> RunSummary:
    """Detect the team's collective questions now and store them."""
    started = time.perf_counter()
    inputs = team_signals(team)
    if inputs.all_themes_fixed:  # no theme to suggest: the classifier would not be asked
        result = detect(inputs.records, seed=seed)
    else:
        result = detect(
            inputs.records,
            seeds=load_taxonomy().seeds(),
            classifier=classifier_for(team),
            seed=seed,
        )
    with transaction.atomic():  # all or nothing: a worker killed mid-run leaves no trace
        summary = apply_results(team=team, results=result.questions, inputs=inputs)
        DetectionRun.objects.create(
            team=team,
            seconds=round(time.perf_counter() - started, 3),
            signals=len(inputs.records),
            found=summary.found,
            created=summary.created,
            updated=summary.updated,
            stale=summary.stale,
            trigger=trigger[:20],
        )
        log_access(
            user=user,
            action="detect",
            object_type="collective_question",
            object_id=team.pk,
            channel=trigger or "task",
            count=summary.found,
        )
    return summary
