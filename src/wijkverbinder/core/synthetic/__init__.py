"""Synthetic towns with planted collective questions (benchmarks and tests)."""

from wijkverbinder.core.synthetic.generator import (
    PlantedQuestion,
    SyntheticTown,
    generate_town,
    planted_count,
)
from wijkverbinder.core.synthetic.io import write_csv, write_planted
from wijkverbinder.core.synthetic.taxonomy import NEW_TOPICS, SYNTHETIC_SEEDS

__all__ = [
    "NEW_TOPICS",
    "SYNTHETIC_SEEDS",
    "PlantedQuestion",
    "SyntheticTown",
    "generate_town",
    "planted_count",
    "write_csv",
    "write_planted",
]
