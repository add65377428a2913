"""Benchmark: redaction recall, kept text and speed on our annotated Dutch test set.

Run: `python benchmarks/redaction.py`. Compares the full redactor (deduce + own rules) with a
baseline measured in the same run: our own rules only, without deduce. Prints recall per tag and
overall, the share of non-personal tokens kept, sentences per second, and deduce's load time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from wijkverbinder.core.redaction import Span, Tag, find_spans, warm_up
from wijkverbinder.core.redaction.evaluation import Case, Score, load_cases, score

DATA = Path(__file__).parent.parent / "src/wijkverbinder/core/tests/data/redaction_set.yaml"


def _speed(cases: list[Case], finder: Callable[[str], list[Span]], seconds: float = 2.0) -> float:
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for case in cases:
            finder(case.text)
        done += len(cases)
    return done / (time.perf_counter() - started)


def _ratio(value: float, base: float) -> str:
    return f"{value / base:5.2f}x" if base else "    -"


def _report(full: Score, base: Score, full_speed: float, base_speed: float) -> None:
    print(f"{'':16}{'deduce+rules':>14}{'rules only':>12}{'ratio':>8}")
    for tag in Tag:
        if full.total[tag.value]:
            label = f"recall {tag.value} (n={full.total[tag.value]})"
            fr, br = full.recall(tag.value), base.recall(tag.value)
            print(f"{label:28}{fr:6.1%}{br:12.1%}{_ratio(fr, br):>8}")
    fr, br = full.recall(), base.recall()
    print(f"{'recall overall':28}{fr:6.1%}{br:12.1%}{_ratio(fr, br):>8}")
    print(f"{'kept text':28}{full.kept:6.1%}{base.kept:12.1%}{_ratio(full.kept, base.kept):>8}")
    print(
        f"{'sentences/s':22}{full_speed:12.0f}{base_speed:12.0f}{_ratio(full_speed, base_speed):>8}"
    )


def main() -> None:
    """Measure and print."""
    cases = load_cases(DATA)
    with_personal = sum(1 for case in cases if case.spans)
    print(
        f"test set: {len(cases)} sentences, {with_personal} with personal data, "
        f"{sum(len(case.spans) for case in cases)} annotated spans"
    )
    load = warm_up()
    print(f"deduce load time: {load:.1f} s (once per process)")
    full_finder = find_spans
    base_finder = partial(find_spans, use_deduce=False)
    full, base = score(cases, full_finder), score(cases, base_finder)
    _report(full, base, _speed(cases, full_finder), _speed(cases, base_finder))
    holdout = [case for case in cases if case.holdout]
    held_full, held_base = score(holdout, full_finder), score(holdout, base_finder)
    print(
        f"hold-out only ({len(holdout)} sentences, {sum(held_full.total.values())} spans, "
        "written after the rules were first tuned):"
    )
    for label, full_value, base_value in (
        ("recall overall", held_full.recall(), held_base.recall()),
        ("kept text", held_full.kept, held_base.kept),
    ):
        print(f"  {label:24}{full_value:6.1%}{base_value:12.1%}{_ratio(full_value, base_value):>8}")


if __name__ == "__main__":
    main()
