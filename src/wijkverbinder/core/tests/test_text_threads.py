"""Stemming from many threads at once gives the same stems as one thread (the server's threads
suggest themes at the same time; one shared Snowball stemmer raised IndexError then)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from wijkverbinder.core.text.normalise import stem

WORDS = [
    f"{root}{ending}"
    for root in ("wandel", "loop", "werk", "speel", "huis", "straat", "buurt", "klacht")
    for ending in ("en", "ingen", "de", "te", "heid", "lijkheden", "achtig")
] * 40


def test_threads_stem_like_one_thread():
    uncached = stem.__wrapped__  # past the per-word cache: every call runs the stemmer
    expected = [uncached(word) for word in WORDS]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, as a loaded server does
    try:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: [uncached(word) for word in WORDS], range(8)))
    finally:
        sys.setswitchinterval(interval)
    assert results == [expected] * 8
