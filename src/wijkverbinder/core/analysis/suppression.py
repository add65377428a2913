"""Suppression of small counts so that no resident can be recognised (docs/wijkanalyse.md).

Primary rule: a cell with 1 to 4 distinct households is shown as "< 5"; an empty cell is shown as 0
(it tells nothing about a resident). Secondary rule: the shown tables add up — a wijk is the
sum of its buurten, "all themes" the sum of the themes, a year the sum of its blocks of weeks — and
an addition with exactly one hidden term gives that term away, and so does one whose hidden parts add
up to one signal each. `protect` hides one more term of every
such addition (the smallest shown non-empty part, or the total when there is none) until each addition has
none or at least two hidden terms. It looks at one addition at a time: a combination of several
additions is not solved, which is the usual limit of this method (see the docs).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

THRESHOLD = 5
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Equation(Generic[K]):
    """`total` is the sum of `parts`."""

    total: K
    parts: tuple[K, ...]


def primary(households: Mapping[K, int]) -> set[K]:
    """Cells with 1 to `THRESHOLD` - 1 households."""
    return {key for key, count in households.items() if 0 < count < THRESHOLD}


def protect(
    equations: Sequence[Equation[K]],
    suppressed: Iterable[K],
    size: Mapping[K, int],
) -> set[K]:
    """The hidden cells after secondary suppression; `size` (the signal counts) chooses which part
    to hide: the smallest, so that as little as possible is lost."""
    hidden = set(suppressed)
    changed = True
    while changed:
        changed = False
        for equation in equations:
            if not _exposed(equation, hidden, size):
                continue
            # an empty part would not protect anything: its 0 is no secret
            shown = [p for p in equation.parts if p not in hidden and size.get(p, 0) > 0]
            if shown:
                pick = min(shown, key=lambda part: (size.get(part, 0), str(part)))
            else:
                pick = equation.total
            hidden.add(pick)
            changed = True
    return hidden


def _exposed(equation: Equation[K], hidden: set[K], size: Mapping[K, int]) -> bool:
    """Whether a hidden term of this addition can be worked out: it is the only hidden term, or
    the total is shown and the hidden parts add up to as many signals as there are hidden parts
    (a hidden cell is never empty, so each of them must be 1)."""
    count = sum(term in hidden for term in (equation.total, *equation.parts))
    if count == 1:
        return True
    if count == 0 or equation.total in hidden:
        return False
    hidden_parts = [part for part in equation.parts if part in hidden]
    return sum(size.get(part, 0) for part in hidden_parts) == len(hidden_parts)


def leaks(
    equations: Sequence[Equation[K]], hidden: set[K], size: Mapping[K, int]
) -> list[Equation[K]]:
    """The additions whose hidden terms can be worked out (empty after `protect`)."""
    return [equation for equation in equations if _exposed(equation, hidden, size)]
