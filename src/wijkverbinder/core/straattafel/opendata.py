"""Polis's openData CSV layout: read a conversation folder, write a straattafel in the same layout.

Files (1 = agree, −1 = disagree, 0 = pass): `comments.csv` (one row per statement, with
`moderated` 1/0/−1 and, in newer exports, `is-meta`), `votes.csv` (the vote event log; the latest
vote per voter and statement counts), `participants-votes.csv` (one row per voter with `group-id`
and the latest vote per statement) and `summary.csv` (key, value rows). Reading needs only
`comments.csv` and `votes.csv` (or `participants-votes.csv` when the event log is absent).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wijkverbinder.core.straattafel.matrix import VOTE_VALUES, Vote


class OpenDataError(ValueError):
    """A folder or file that is not in the openData layout (message in Dutch)."""


@dataclass(frozen=True)
class Comment:
    """One statement of the conversation."""

    id: int
    body: str = ""
    moderated: int = 1
    is_meta: bool = False
    author: str = ""
    timestamp: int = 0


@dataclass(frozen=True)
class Conversation:
    """Statements and vote events read from a folder."""

    comments: tuple[Comment, ...]
    votes: tuple[Vote, ...]

    @property
    def rejected(self) -> frozenset[int]:
        return frozenset(c.id for c in self.comments if c.moderated < 0)

    @property
    def meta(self) -> frozenset[int]:
        return frozenset(c.id for c in self.comments if c.is_meta)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            yield from csv.DictReader(handle)
    except FileNotFoundError:
        raise OpenDataError(f"Bestand ontbreekt: {path.name}") from None
    except (UnicodeDecodeError, csv.Error) as error:
        raise OpenDataError(f"{path.name} is geen leesbaar CSV-bestand ({error}).") from None


def _int(value: str | None, what: str, line: int, name: str) -> int:
    try:
        return int(float(value or ""))
    except ValueError:
        raise OpenDataError(f"{name}, regel {line}: '{value}' is geen geldig {what}.") from None


def read_comments(folder: Path) -> tuple[Comment, ...]:
    """Statements from `comments.csv`."""
    comments = []
    for line, row in enumerate(_rows(folder / "comments.csv"), start=2):
        if "comment-id" not in row:
            raise OpenDataError("comments.csv mist de kolom comment-id.")
        comments.append(
            Comment(
                id=_int(row["comment-id"], "nummer", line, "comments.csv"),
                body=row.get("comment-body") or "",
                moderated=_int(row.get("moderated") or "0", "moderatie", line, "comments.csv"),
                is_meta=(row.get("is-meta") or "").strip().lower() in {"true", "1"},
                author=row.get("author-id") or "",
                timestamp=_int(row.get("timestamp") or "0", "tijdstip", line, "comments.csv"),
            )
        )
    return tuple(comments)


def _vote(value: str, line: int, name: str) -> int:
    vote = _int(value, "stem", line, name)
    if vote not in VOTE_VALUES:
        raise OpenDataError(f"{name}, regel {line}: stem {vote} is niet 1, -1 of 0.")
    return vote


def read_votes(folder: Path) -> tuple[Vote, ...]:
    """Vote events from `votes.csv`, or the latest votes of `participants-votes.csv`.

    `participants-votes.csv` has no vote times: its votes all get time 0, so the analysis judges
    who is clustered on the final votes only (there is no history to replay).
    """
    if (folder / "votes.csv").exists():
        return tuple(
            Vote(
                participant=_int(row.get("voter-id"), "deelnemer", line, "votes.csv"),
                statement=_int(row.get("comment-id"), "stelling", line, "votes.csv"),
                vote=_vote(row.get("vote") or "", line, "votes.csv"),
                at=float(_int(row.get("timestamp") or "0", "tijdstip", line, "votes.csv")),
            )
            for line, row in enumerate(_rows(folder / "votes.csv"), start=2)
        )
    votes = []
    for line, row in enumerate(_rows(folder / "participants-votes.csv"), start=2):
        pid = _int(row.get("participant"), "deelnemer", line, "participants-votes.csv")
        for key, value in row.items():
            if key and key.isdigit() and value not in (None, ""):
                votes.append(Vote(pid, int(key), _vote(value, line, "participants-votes.csv"), 0.0))
    return tuple(votes)


def read_conversation(folder: Path) -> Conversation:
    """A conversation folder in the openData layout."""
    if not folder.is_dir():
        raise OpenDataError(f"Map niet gevonden: {folder}")
    return Conversation(comments=read_comments(folder), votes=read_votes(folder))


def read_groups(folder: Path) -> dict[int, int | None]:
    """Polis's `group-id` per participant from `participants-votes.csv` (for validation)."""
    out: dict[int, int | None] = {}
    for line, row in enumerate(_rows(folder / "participants-votes.csv"), start=2):
        pid = _int(row.get("participant"), "deelnemer", line, "participants-votes.csv")
        group = (row.get("group-id") or "").strip()
        out[pid] = int(group) if group else None
    return out


def parse_id_list(text: str) -> frozenset[int]:
    """'1,4-14' → {1, 4, 5, …, 14}; a Dutch error for anything else."""
    ids: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        low, _, high = part.partition("-")
        try:
            start, end = int(low), int(high or low)
        except ValueError:
            raise OpenDataError(
                f"'{part}' is geen nummer of reeks (bijvoorbeeld 1,4-14)."
            ) from None
        if end < start:
            raise OpenDataError(f"Reeks '{part}' loopt achteruit.")
        ids.update(range(start, end + 1))
    return frozenset(ids)


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text with a header row (for the export)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
