"""New topics: words that many unthemed signals share and themed signals rarely use.

Among signals that fit no theme (no confirmed theme, classifier abstained), a stem is a candidate
when it occurs in at least ``new_topic_min_signals`` of them and is at least ``new_topic_min_lift``
times more frequent there than among themed signals (lift, as in association rules). Candidates that
co-occur in the same texts (in at least two, and in a fifth of the rarer one's texts) are merged with
union-find, and so are candidates whose words share a 5-letter piece (deelscooters ~ huurscooters);
different wordings of one topic thus become one. Each unthemed signal gets the pseudo-theme
``nieuw:<word>`` of its topic, named after its word with the largest count × log(lift); detection then scans these
like any theme, so a new topic is reported only when it gathers in place and time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from wijkverbinder.core.text import content_words, stem

PREFIX = "nieuw:"
_MIN_LENGTH = 4
_MIN_PAIR = 2
_PAIR_SHARE = 0.2
_GRAM = 5


def _stems(text: str) -> dict[str, str]:
    return {stem(w): w for w in content_words(text) if len(w) >= _MIN_LENGTH}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[item] = root
        return root

    def union(self, first: str, second: str) -> None:
        a, b = sorted((self.find(first), self.find(second)))
        self.parent[b] = a


class NewTopics:
    """Candidate topic stems learned from one run, to label unthemed signals."""

    def __init__(
        self, unthemed: Sequence[str], themed: Sequence[str], min_signals: int, min_lift: float
    ) -> None:
        docs = [_stems(text) for text in unthemed]
        inside: Counter[str] = Counter(key for doc in docs for key in doc)
        # Only stems found inside count outside (with no unthemed signals, nothing to count).
        outside: Counter[str] = Counter(
            key for text in (themed if inside else ()) for key in _stems(text) if key in inside
        )
        n_in, n_out = max(len(unthemed), 1), max(len(themed), 1)
        lift = {key: (count / n_in) / ((outside[key] + 1) / n_out) for key, count in inside.items()}
        self.count: dict[str, int] = {
            key: count
            for key, count in inside.items()
            if count >= min_signals and lift[key] >= min_lift
        }
        self._weight = {key: count * math.log(lift[key]) for key, count in self.count.items()}
        self.topic: dict[str, str] = self._merge(docs)
        #: The label of each of the ``unthemed`` texts, in order (as `label` would give it).
        self.labels: list[str | None] = [self._label(doc) for doc in docs]

    def _merge(self, docs: list[dict[str, str]]) -> dict[str, str]:
        pairs: Counter[tuple[str, str]] = Counter()
        forms: dict[str, Counter[str]] = {}
        for doc in docs:
            present = sorted(key for key in doc if key in self.count)
            pairs.update(combinations(present, 2))
            for key in present:
                forms.setdefault(key, Counter())[doc[key]] += 1
        groups = _UnionFind()
        for (a, b), together in pairs.items():
            if together >= _MIN_PAIR and together >= _PAIR_SHARE * min(
                self.count[a], self.count[b]
            ):
                groups.union(a, b)
        shared: dict[str, str] = {}
        for key in sorted(self.count):
            word = forms[key].most_common(1)[0][0] if key in forms else key
            for start in range(len(word) - _GRAM + 1):
                other = shared.setdefault(word[start : start + _GRAM], key)
                if other != key:
                    groups.union(key, other)
        best: dict[str, str] = {}
        for key in sorted(self.count):
            root = groups.find(key)
            if root not in best or self._weight[key] > self._weight[best[root]]:
                best[root] = key
        return {
            key: PREFIX + forms[best[groups.find(key)]].most_common(1)[0][0] for key in self.count
        }

    def label(self, text: str) -> str | None:
        """The pseudo-theme of one unthemed text, or None."""
        return self._label(_stems(text))

    def _label(self, doc: dict[str, str]) -> str | None:
        present = [key for key in doc if key in self.count]
        if not present:
            return None
        return self.topic[max(present, key=lambda key: (self.count[key], key))]
