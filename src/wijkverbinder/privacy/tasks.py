"""Retention as a scheduled background task.

Production: run `wijkverbinder retention` daily (cron, systemd timer) or enqueue `apply_retention_task`
for the database worker. The embedded default: `serve` starts `schedule_retention`, a thread that
enqueues the task every `RETENTION_INTERVAL_HOURS` (first run one minute after start).
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django_tasks import task

from wijkverbinder.privacy.retention import apply_retention

logger = logging.getLogger(__name__)


@task()
def apply_retention_task() -> dict[str, int]:
    """Apply the retention periods once."""
    report = apply_retention(username="taak")
    logger.info("bewaartermijnen toegepast: %s", report.counts)
    return report.counts


def schedule_retention(stop: threading.Event, *, first_delay: float = 60.0) -> threading.Thread:
    """Start the embedded scheduler thread (a daemon; `stop` ends it)."""

    def loop() -> None:
        delay = first_delay
        while not stop.wait(delay):
            try:
                apply_retention_task.enqueue()
            except Exception:  # a failed run is logged; the next one tries again
                logger.exception("bewaartermijnen: run mislukt")
            delay = settings.RETENTION_INTERVAL_HOURS * 3600

    thread = threading.Thread(target=loop, name="retention", daemon=True)
    thread.start()
    return thread
