"""Export in Polis's openData layout (1 = agree, −1 = disagree, 0 = pass).

`comments.csv` (timestamp ms, datetime, comment-id, author-id, agrees, disagrees, moderated, is-meta,
is-seed, comment-body), `votes.csv` (the vote history: timestamp, datetime, comment-id, voter-id,
vote), `participants-votes.csv` (participant, group-id, n-comments, n-votes, n-agree, n-disagree,
then the latest vote per statement) and `summary.csv`. Ids are the statement and participant
numbers; a paper participant's votes are in the same files (the channel is not exported, so the
files stay in Polis's layout). No address, key or name is exported.
"""

from __future__ import annotations

import io
import zipfile

from django.utils import timezone

from wijkverbinder.core.straattafel.opendata import to_csv
from wijkverbinder.straattafel import results
from wijkverbinder.straattafel.models import Statement, Straattafel, VoteEvent

MODERATED: dict[str, int] = {
    Statement.Status.ACCEPTED: 1,
    Statement.Status.PENDING: 0,
    Statement.Status.REJECTED: -1,
}


def _ms(moment: object) -> int:
    return int(moment.timestamp() * 1000)  # type: ignore[attr-defined]


def files(straattafel: Straattafel) -> dict[str, str]:
    """File name → CSV text."""
    statements = list(straattafel.statements.select_related("author"))
    events = list(
        VoteEvent.objects.filter(straattafel=straattafel).values_list(
            "at", "statement__number", "participant__number", "value"
        )
    )
    latest: dict[tuple[int, int], int] = {}
    for _, tid, pid, value in events:
        latest[(pid, tid)] = value
    current = results.results_for(straattafel)
    numbers = [s.number for s in statements]
    participants = sorted({pid for pid, _ in latest})
    authored: dict[int, int] = {}
    for s in statements:
        if s.author is not None:
            authored[s.author.number] = authored.get(s.author.number, 0) + 1
    comments = to_csv(
        [
            "timestamp",
            "datetime",
            "comment-id",
            "author-id",
            "agrees",
            "disagrees",
            "moderated",
            "is-meta",
            "is-seed",
            "comment-body",
        ],
        [
            [
                _ms(s.created_at),
                timezone.localtime(s.created_at).isoformat(),
                s.number,
                s.author.number if s.author else "",
                sum(1 for e in events if e[1] == s.number and e[3] == 1),
                sum(1 for e in events if e[1] == s.number and e[3] == -1),
                MODERATED[s.status],
                str(s.is_meta).lower(),
                str(s.origin == Statement.Origin.TEAM).lower(),
                s.text,
            ]
            for s in statements
        ],
    )
    votes = to_csv(
        ["timestamp", "datetime", "comment-id", "voter-id", "vote"],
        [
            [_ms(at), timezone.localtime(at).isoformat(), tid, pid, value]
            for at, tid, pid, value in events
        ],
    )
    rows = []
    for pid in participants:
        mine = {tid: v for (p, tid), v in latest.items() if p == pid}
        group = current.group_of_participant.get(pid)
        rows.append(
            [
                pid,
                "" if group is None else group,
                authored.get(pid, 0),
                len(mine),
                sum(1 for v in mine.values() if v == 1),
                sum(1 for v in mine.values() if v == -1),
            ]
            + [mine.get(n, "") for n in numbers]
        )
    matrix = to_csv(
        [
            "participant",
            "group-id",
            "n-comments",
            "n-votes",
            "n-agree",
            "n-disagree",
            *[str(n) for n in numbers],
        ],
        rows,
    )
    summary = to_csv(
        ["key", "value"],
        [
            ["topic", straattafel.title],
            ["conversation-description", straattafel.question],
            ["voters", len(participants)],
            [
                "voters-in-conv",
                int((current.analysis.group_of_row >= 0).sum()) if current.analysis else 0,
            ],
            ["commenters", len(authored)],
            ["comments", len(statements)],
            [
                "groups",
                len(current.groups) if current.meaningful else (1 if current.analysis else 0),
            ],
        ],
    )
    return {
        "comments.csv": comments,
        "votes.csv": votes,
        "participants-votes.csv": matrix,
        "summary.csv": summary.split("\n", 1)[1],
    }


def as_zip(straattafel: Straattafel) -> bytes:
    """The four files in one ZIP archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files(straattafel).items():
            archive.writestr(name, text)
    return buffer.getvalue()
