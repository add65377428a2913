"""Redacting many texts at once: in parallel over the machine's cores for large imports.

Redaction (deduce plus our rules, `core.redaction`) costs about a millisecond per text, so a large
import spreads it over worker processes. The shared redaction engine is built once in the parent
and inherited by the forked workers; the database connections are closed before forking, and the
workers never touch the database. Where `fork` is unavailable, or the batch is small, it runs here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence

from django.db import connections

from wijkverbinder.core.redaction import redact, warm_up

PARALLEL_FROM = 5000
CHUNK = 500


def _redact_text(text: str) -> str:
    return redact(text).text


def redact_many(
    texts: Sequence[str],
    *,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Redacted texts in the same order; `progress(n)` is called as chunks of n are done.

    A text that occurs more than once (exports repeat short meldingen such as "Grofvuil") is
    redacted once."""
    unique = list(dict.fromkeys(texts))
    redacted = dict(zip(unique, _redact_all(unique, workers, progress), strict=True))
    if progress and len(unique) < len(texts):
        progress(len(texts) - len(unique))
    return [redacted[text] for text in texts]


def _redact_all(
    texts: Sequence[str], workers: int | None, progress: Callable[[int], None] | None
) -> list[str]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    parallel = (
        count > 1
        and len(texts) >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
    )
    if not parallel:
        out = []
        for index, text in enumerate(texts, start=1):
            out.append(_redact_text(text))
            if progress and index % CHUNK == 0:
                progress(CHUNK)
        if progress and len(texts) % CHUNK:
            progress(len(texts) % CHUNK)
        return out
    warm_up()
    connections.close_all()
    context = multiprocessing.get_context("fork")
    results: list[str] = []
    with context.Pool(count) as pool:
        for index, text in enumerate(pool.imap(_redact_text, texts, chunksize=CHUNK), start=1):
            results.append(text)
            if progress and index % CHUNK == 0:
                progress(CHUNK)
    if progress and len(texts) % CHUNK:
        progress(len(texts) % CHUNK)
    return results
