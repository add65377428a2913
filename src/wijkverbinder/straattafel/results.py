"""The analysis of a straattafel, shaped for the team's results page, the residents and the timeline.

Runs `core.straattafel.analyse` on the current votes (participant and statement numbers as ids;
rejected statements out, context questions as meta; the "no meaningful split" rule applied, seeded
with the straattafel's id so the page is stable). Groups are named A, B, C… by size. Shares are
smoothed like Polis's, (agree + 1) / (votes + 2); the residents see them as words, never as counts.
"What binds" lists the statements that more than half of every group agrees with, highest
group-informed consensus first (GIC alone would also rank a statement one group rejects when the
others are large and agree strongly).
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkverbinder.core.straattafel import Analysis, AnalysisOptions, analyse
from wijkverbinder.core.straattafel import Vote as CoreVote
from wijkverbinder.straattafel.models import (
    Channel,
    Participant,
    Statement,
    Straattafel,
    Vote,
    VoteEvent,
)

COMMON_GROUND = 5
SHARED = 0.5  # common ground: in every group more than half agrees (smoothed share), then by GIC
DIVISIVE = 5


@dataclass
class GroupView:
    """One opinion group for display."""

    index: int
    name: str
    size: int
    representatives: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Results:
    """Everything the results pages show."""

    straattafel: Straattafel
    analysis: Analysis | None
    statements: dict[int, Statement]
    participants: int
    paper: int
    votes: int
    groups: list[GroupView]
    common_ground: list[dict[str, Any]]
    divisive: list[dict[str, Any]]
    group_of_participant: dict[int, int | None]
    meaningful: bool
    reason: str


def core_votes(straattafel: Straattafel) -> list[CoreVote]:
    """The vote history as core votes (ids = participant and statement numbers)."""
    rows = VoteEvent.objects.filter(straattafel=straattafel).values_list(
        "participant__number", "statement__number", "value", "at"
    )
    return [CoreVote(p, s, v, at.timestamp() * 1000) for p, s, v, at in rows]


def run_analysis(straattafel: Straattafel, statements: dict[int, Statement]) -> Analysis | None:
    """The core analysis of the current votes, or None without votes."""
    votes = core_votes(straattafel)
    if not votes:
        return None
    options = AnalysisOptions(
        rejected=frozenset(
            n for n, s in statements.items() if s.status == Statement.Status.REJECTED
        ),
        meta=frozenset(n for n, s in statements.items() if s.is_meta),
        split_rule=True,
        seed=straattafel.pk,
    )
    return analyse(votes, options)


def share_words(share: float) -> str:
    """A share of agree votes in plain Dutch."""
    if share >= 0.85:
        return _("almost everybody")
    if share >= 0.65:
        return _("most residents")
    if share >= 0.45:
        return _("about half")
    if share >= 0.25:
        return _("a smaller part")
    return _("almost nobody")


def _groups(result: Analysis, statements: dict[int, Statement]) -> list[GroupView]:
    sizes = np.bincount(result.group_of_row[result.group_of_row >= 0], minlength=result.groups)
    order = sorted(range(result.groups), key=lambda g: (-sizes[g], g))
    views = []
    for rank, g in enumerate(order):
        view = GroupView(
            index=g,
            name=_("Group %(letter)s") % {"letter": string.ascii_uppercase[rank]},
            size=int(sizes[g]),
        )
        for item in result.repness.get(g, []):
            view.representatives.append(
                {
                    "statement": statements[item.statement],
                    "agree": item.repful_for == "agree",
                    "share": item.p_success,
                    "words": share_words(item.p_success),
                    "repness_test": item.repness_test,
                }
            )
        views.append(view)
    return views


def _per_statement(
    result: Analysis, statements: dict[int, Statement], groups: list[GroupView]
) -> list[dict[str, Any]]:
    tally = result.tally
    rows = []
    for j, number in enumerate(result.matrix.statements):
        statement = statements.get(number)
        if statement is None or statement.status != Statement.Status.ACCEPTED or statement.is_meta:
            continue
        shares: list[dict[str, Any]] = [
            {
                "group": view.name,
                "share": float((tally.agree[view.index, j] + 1) / (tally.votes[view.index, j] + 2)),
            }
            for view in groups
        ]
        for item in shares:
            item["words"] = share_words(item["share"])
        values: list[float] = [item["share"] for item in shares]
        rows.append(
            {
                "statement": statement,
                "gic": float(result.gic[j]),
                "shares": shares,
                "spread": max(values) - min(values) if values else 0.0,
                "votes": int(tally.votes[:, j].sum()),
            }
        )
    return rows


def results_for(straattafel: Straattafel) -> Results:
    """The current results (recomputed from the votes; cheap at street scale)."""
    statements = {s.number: s for s in straattafel.statements.all()}
    participants = Participant.objects.filter(straattafel=straattafel)
    count, paper = participants.count(), participants.filter(channel=Channel.PAPER).count()
    votes = Vote.objects.filter(participant__straattafel=straattafel).count()
    result = run_analysis(straattafel, statements)
    if result is None:
        return Results(
            straattafel,
            None,
            statements,
            count,
            paper,
            votes,
            [],
            [],
            [],
            {},
            False,
            "Er is nog niet gestemd.",
        )
    groups = _groups(result, statements)
    rows = _per_statement(result, statements, groups)
    shared = [r for r in rows if all(x["share"] > SHARED for x in r["shares"])]
    common = sorted(shared, key=lambda r: -r["gic"])[:COMMON_GROUND]
    divisive = (
        sorted((r for r in rows if r["spread"] >= 0.3), key=lambda r: -r["spread"])[:DIVISIVE]
        if len(groups) > 1
        else []
    )
    verdict = result.split
    return Results(
        straattafel=straattafel,
        analysis=result,
        statements=statements,
        participants=count,
        paper=paper,
        votes=votes,
        groups=groups,
        common_ground=common,
        divisive=divisive,
        group_of_participant=result.group_of(),
        meaningful=bool(verdict and verdict.meaningful),
        reason=verdict.reason if verdict else "",
    )


def participation_by_day(straattafel: Straattafel) -> list[tuple[dt.date, int, int]]:
    """Per day: votes cast and participants who cast their first vote."""
    days: dict[dt.date, list[int]] = {}
    first: dict[int, dt.date] = {}
    for pid, at in VoteEvent.objects.filter(straattafel=straattafel).values_list(
        "participant_id", "at"
    ):
        day = timezone.localdate(at)
        days.setdefault(day, [0, 0])[0] += 1
        if pid not in first or day < first[pid]:
            first[pid] = day
    for day in first.values():
        days[day][1] += 1
    return [(day, v, p) for day, (v, p) in sorted(days.items())]


def results_summary(straattafel: Straattafel) -> dict[str, Any]:
    """What is stored at closing (on the straattafel and on the trajectory's timeline)."""
    current = results_for(straattafel)
    binds = [row["statement"].text for row in current.common_ground[:3]]
    return {
        "deelnemers": current.participants,
        "opPapier": current.paper,
        "stemmen": current.votes,
        "groepen": len(current.groups) if current.meaningful else 1,
        "tweedeling": current.meaningful,
        "bindt": binds,
        "bindt_tekst": "; ".join(binds) or "nog niets",
        "verdeelt": [row["statement"].text for row in current.divisive[:3]],
    }
