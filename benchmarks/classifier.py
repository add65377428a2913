"""Theme classifier on a hand-written held-out Dutch set: seeds only, then after learning.

    python benchmarks/classifier.py

Reports, for the themed texts: accuracy (correct / all), precision on answered texts, abstention
rate; for the texts that fit no theme: how often the classifier rightly abstains. Learning uses the
confirmed themes of a synthetic town (`wijkverbinder.core.synthetic`), whose phrasing differs from
the held-out set (`classifier_heldout.py`).
"""

from __future__ import annotations

import argparse
import importlib
import time

from wijkverbinder.core.classify import ThemeClassifier
from wijkverbinder.core.synthetic import SYNTHETIC_SEEDS, generate_town


def evaluate(classifier: ThemeClassifier, items: tuple[tuple[str, str | None], ...]) -> str:
    """One table row for ``classifier`` on ``items``."""
    predictions = classifier.predict_many([text for text, _ in items])
    themed = [(p, truth) for p, (_, truth) in zip(predictions, items, strict=True) if truth]
    unthemed = [p for p, (_, truth) in zip(predictions, items, strict=True) if truth is None]
    answered = [(p, truth) for p, truth in themed if not p.abstained]
    correct = sum(p.theme == truth for p, truth in answered)
    return (
        f"accuracy {correct / len(themed):5.3f} | precision answered "
        f"{correct / max(len(answered), 1):5.3f} | abstained {1 - len(answered) / len(themed):5.3f}"
        f" | no-theme abstained {sum(p.abstained for p in unthemed)}/{len(unthemed)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    items = importlib.import_module("classifier_heldout").HELD_OUT
    n_themed = sum(1 for _, truth in items if truth)
    print(f"held-out set: {n_themed} themed texts, {len(items) - n_themed} without a theme")
    classifier = ThemeClassifier(SYNTHETIC_SEEDS, seed=args.seed)
    print(f"{'seeds only':<28} | {evaluate(classifier, items)}")
    town = generate_town(40_000, seed=args.seed + 11)
    confirmed = [s for s in town.signals if s.theme]
    done = 0
    for size in (500, 2_000, 10_000):
        batch = confirmed[done:size]
        start = time.perf_counter()
        classifier.learn([s.text for s in batch], [s.theme for s in batch])
        seconds = time.perf_counter() - start
        done = size
        label = f"+ {size:,} confirmed ({seconds:.1f} s)"
        print(f"{label:<28} | {evaluate(classifier, items)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
