"""Calibration of the "no meaningful split" rule on synthetic streets (docs/straattafel.md).

    python benchmarks/straattafel_split.py

Residents in 1, 2 or 3 camps vote on 15 statements (each seen with chance 0.8); a vote is replaced
by a random one with chance `noise` (1.0 = no structure at all). For 10, 20 and 40 residents, ten
runs each: how often the rule finds a meaningful split, and the silhouette Polis would use (it
stays around 0.4 even without structure, which is why the rule does not rely on it).
"""

from __future__ import annotations

import numpy as np

from wijkverbinder.core.straattafel import AnalysisOptions, Vote, analyse

CASES = (
    ("geen structuur", 1, 1.0),
    ("één kamp, ruis 0,4", 1, 0.4),
    ("twee kampen, ruis 0,3", 2, 0.3),
    ("twee kampen, ruis 0,6", 2, 0.6),
    ("drie kampen, ruis 0,3", 3, 0.3),
)


def street(
    n: int, statements: int, camps: int, noise: float, rng: np.random.Generator
) -> list[Vote]:
    stance = rng.choice([-1, 1], size=(camps, statements))
    votes = []
    for person in range(n):
        for tid in range(statements):
            if rng.random() > 0.8:
                continue
            value = stance[person % camps, tid] if rng.random() > noise else rng.choice([-1, 0, 1])
            votes.append(Vote(person, tid, int(value), float(person * 100 + tid)))
    return votes


def main() -> None:
    rng = np.random.default_rng(1)
    print(f"{'straat':24} {'n':>3} {'silhouet (med)':>15} {'tweedeling':>11}  redenen")
    for label, camps, noise in CASES:
        for n in (10, 20, 40):
            verdicts, silhouettes = [], []
            for _ in range(10):
                result = analyse(street(n, 15, camps, noise, rng), AnalysisOptions(split_rule=True))
                assert result.split is not None
                verdicts.append(result.split.code or "ok")
                silhouettes.append(max(result.silhouettes.values(), default=0.0))
            reasons = {code: verdicts.count(code) for code in sorted(set(verdicts))}
            print(
                f"{label:24} {n:3} {np.median(silhouettes):15.2f} {verdicts.count('ok'):8}/10  {reasons}"
            )


if __name__ == "__main__":
    main()
