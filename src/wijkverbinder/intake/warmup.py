"""Warming up what the first signal would otherwise wait for: the redaction engine (deduce's
lookup tables, seconds) and the seed-only theme classifier. Run in a thread at start-up."""

from __future__ import annotations

import logging

from wijkverbinder.core.redaction import warm_up as warm_redaction
from wijkverbinder.intake.themes import seed_classifier_bytes

logger = logging.getLogger("wijkverbinder.intake")


def warm_up() -> None:
    """Build the shared redaction engine and the seed classifier now."""
    seconds = warm_redaction()
    seed_classifier_bytes()
    logger.info("Redactie en themaclassificatie klaar (deduce %.1f s).", seconds)
