"""Fixtures of the detection tests: the golden town and its detection."""

from __future__ import annotations

import pytest

from wijkverbinder.core.detection import detect
from wijkverbinder.core.tests.detection.town import SEEDS, golden_town


@pytest.fixture(scope="module")
def golden():
    return golden_town()


@pytest.fixture(scope="module")
def result(golden):
    return detect(golden, seeds=SEEDS, seed=7)
