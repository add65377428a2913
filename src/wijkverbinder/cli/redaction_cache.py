"""`wijkverbinder redaction-cache`: build the redaction engine's lookup cache now (set-up time).

`make setup` runs it, so that no process has to build the cache on first use (minutes of CPU).
It is quick when the cache is there. `--check` only reports, and exits 1 when it is missing.
See `wijkverbinder.core.redaction.lookup_cache`.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from wijkverbinder.core.redaction import lookup_cache


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkverbinder redaction-cache",
        description=(
            "Bouwt de opzoektabellen van de redactie (deduce) vooraf, zodat een proces ze bij "
            "het starten alleen hoeft te laden."
        ),
    )
    parser.add_argument(
        "--check", action="store_true", help="alleen controleren; code 1 als de cache ontbreekt"
    )
    return parser


def run(argv: list[str]) -> int:
    """Entry point used by `wijkverbinder.cli.main`."""
    options = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
    deduce = lookup_cache.import_deduce()
    config = lookup_cache.reduced_config(deduce)
    root = lookup_cache.cache_root()
    if options.check:
        folder = lookup_cache.cache_dir(deduce, config, root)
        present = lookup_cache.cache_file(folder).exists()
        print(f"Redactiecache {'aanwezig' if present else 'ontbreekt'}: {folder}")
        return 0 if present else 1
    started = time.perf_counter()
    folder, cpu = lookup_cache.ensure_cache(deduce, config, root)
    if cpu:
        wall = time.perf_counter() - started
        print(f"Redactiecache gebouwd in {wall:.0f} s ({cpu:.0f} s CPU): {folder}")
    else:
        print(f"Redactiecache is er al: {folder}")
    return 0
