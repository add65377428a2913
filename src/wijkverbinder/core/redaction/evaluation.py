"""Scoring redaction against an annotated set (used by the tests and `benchmarks/redaction.py`).

Measures, on sentences whose personal-data spans are annotated as substrings:
- recall per tag and overall: share of annotated spans that are *fully* covered by found spans
  (whatever tag they got);
- kept text: share of word tokens outside every annotated span that no found span touches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from wijkverbinder.core.redaction.spans import Span, Tag

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Case:
    """One annotated sentence."""

    text: str
    spans: tuple[Span, ...]
    keep: tuple[str, ...]
    holdout: bool = False


@dataclass(frozen=True, slots=True)
class Score:
    """Recall per tag (found, total) and kept-token counts."""

    found: Counter[str]
    total: Counter[str]
    kept_tokens: int
    plain_tokens: int

    def recall(self, tag: str | None = None) -> float:
        """Recall for one tag, or overall when `tag` is None."""
        found = self.found[tag] if tag else sum(self.found.values())
        total = self.total[tag] if tag else sum(self.total.values())
        return found / total if total else 1.0

    @property
    def kept(self) -> float:
        """Share of non-personal word tokens that survive."""
        return self.kept_tokens / self.plain_tokens if self.plain_tokens else 1.0


def _gold_spans(text: str, annotations: Sequence[dict[str, str]]) -> tuple[Span, ...]:
    spans: list[Span] = []
    for item in annotations:
        needle, tag = item["text"], Tag(item["tag"])
        starts = [m.start() for m in re.finditer(re.escape(needle), text)]
        if not starts:
            msg = f"annotated span {needle!r} not in sentence"
            raise ValueError(msg)
        spans.extend(Span(start, start + len(needle), tag) for start in starts)
    return tuple(sorted(spans))


def load_cases(path: Path) -> list[Case]:
    """Read the YAML test set (format described at the top of the file)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(
            text=item["text"],
            spans=_gold_spans(item["text"], item.get("spans") or []),
            keep=tuple(item.get("keep") or []),
            holdout=bool(item.get("holdout", False)),
        )
        for item in data["sentences"]
    ]


def _covered(span: Span, found: Sequence[Span]) -> bool:
    covered = [0] * (span.end - span.start)
    for other in found:
        for index in range(max(span.start, other.start), min(span.end, other.end)):
            covered[index - span.start] = 1
    return all(covered)


def score(cases: Sequence[Case], finder: Callable[[str], list[Span]]) -> Score:
    """Run `finder` on every case and count recall and kept tokens."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kept = plain = 0
    for case in cases:
        predicted = finder(case.text)
        for span in case.spans:
            total[span.tag.value] += 1
            found[span.tag.value] += _covered(span, predicted)
        for token in _WORD.finditer(case.text):
            probe = Span(token.start(), token.end(), Tag.NAAM)
            if any(probe.overlaps(gold) for gold in case.spans):
                continue
            plain += 1
            kept += not any(probe.overlaps(other) for other in predicted)
    return Score(found=found, total=total, kept_tokens=kept, plain_tokens=plain)
