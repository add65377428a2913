"""The deduce engine: one shared instance per process, built under a lock, its findings as spans.

deduce (Menger et al., LGPL-3+, https://github.com/vmenger/deduce) de-identifies Dutch medical
text with lookup lists of first names, surnames, streets and with context patterns. It works
offline: the lists ship inside the package. Building its lookup structures costs minutes; we do
that once at set-up and keep only what we use (`lookup_cache`), so a process loads the engine in
a second or two. One instance serves every thread of a process (it keeps no state per call).

We use deduce for what it is good at (names, street + house number, phone, e-mail, BSN) and
switch off what hurts a wijkteam's notes: place names, institutions, ages, all dates (we keep
visit dates and redact only dates of birth), generic ids, URLs, postcodes (own rule).

Fail closed: when the engine cannot be had within the wait a caller allows (still loading in
another thread, or broken), `RedactionUnavailableError` is raised with a Dutch message. Nothing is
then stored or printed: there is no fallback to unredacted text.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkverbinder.core.redaction import lookup_cache
from wijkverbinder.core.redaction.lookup_cache import DISABLED_PROCESSORS
from wijkverbinder.core.redaction.patterns import extend_toevoeging
from wijkverbinder.core.redaction.spans import Span, Tag

__all__ = [
    "DISABLED_PROCESSORS",
    "EngineStatus",
    "RedactionUnavailableError",
    "configure",
    "deduce_spans",
    "get_engine",
    "load_seconds",
    "status",
    "wait_limit",
]

_DEDUCE_TAGS: dict[str, Tag] = {
    "persoon": Tag.NAAM,
    "patient": Tag.NAAM,
    "telefoonnummer": Tag.TELEFOON,
    "emailadres": Tag.EMAIL,
    "locatie": Tag.ADRES,  # with place names and postcodes off: street + house number
    "bsn": Tag.BSN,
}
_RUN_TIME_DISABLED = frozenset({"redactor"})  # we only need the annotations, not deduce's text


class RedactionUnavailableError(RuntimeError):
    """The redaction engine cannot be used now; the text must not be stored or shown."""

    def __init__(self, message: str, *, retry_after: int = 10) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """What readiness checks report about the engine of this process."""

    loaded: bool
    loading: bool
    load_seconds: float | None
    build_cpu_seconds: float | None
    error: str | None


_lock = threading.Lock()
_state: dict[str, Any] = {"cache_root": None}
_wait: ContextVar[float | None] = ContextVar("redaction_wait", default=None)


def configure(*, cache_root: str | None = None) -> None:
    """Set the cache folder (the Django settings do this; empty: the default place)."""
    _state["cache_root"] = cache_root or None


def _after_fork_in_child() -> None:
    """A forked child cannot inherit a lock held by a loading thread: give it a fresh one."""
    global _lock  # noqa: PLW0603
    _lock = threading.Lock()
    _state["loading"] = False


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def wait_limit(seconds: float | None) -> Iterator[None]:
    """Within this block, callers wait at most `seconds` for the engine (None: as long as it
    takes). A web request sets a limit; commands, workers and imports wait."""
    token = _wait.set(seconds)
    try:
        yield
    finally:
        _wait.reset(token)


def _load() -> Any:
    started = time.perf_counter()
    deduce = lookup_cache.import_deduce()
    config = lookup_cache.reduced_config(deduce)
    root = lookup_cache.cache_root(_state["cache_root"])
    folder, build_cpu = lookup_cache.ensure_cache(deduce, config, root)
    with lookup_cache.long_lived_objects():
        try:
            engine = deduce.Deduce(load_base_config=False, config=config, cache_path=folder)
        except Exception:  # a damaged cache file (any unpickling error): build it once more
            lookup_cache.cache_file(folder).unlink(missing_ok=True)
            folder, build_cpu = lookup_cache.ensure_cache(deduce, config, root)
            engine = deduce.Deduce(load_base_config=False, config=config, cache_path=folder)
    _state["load_seconds"] = time.perf_counter() - started
    _state["build_cpu_seconds"] = build_cpu or None
    return engine


def get_engine(*, timeout: float | None = None) -> Any:
    """The shared deduce instance, loaded on first use (thread-safe).

    `timeout`: seconds to wait while another thread loads it (None: the limit of the enclosing
    `wait_limit()`, else no limit; a negative value: no limit). Raises `RedactionUnavailableError`
    when it is not there in time or cannot be loaded.
    """
    engine = _state.get("engine")
    if engine is not None:
        return engine
    wait = _wait.get() if timeout is None else timeout
    if not _lock.acquire(timeout=wait if wait is not None and wait >= 0 else -1):
        raise RedactionUnavailableError(
            "De redactie van persoonsgegevens wordt nog geladen; er is niets opgeslagen. "
            "Probeer het over een halve minuut opnieuw."
        )
    try:
        if "engine" not in _state:
            _state["loading"] = True
            try:
                _state["engine"] = _load()
                _state.pop("error", None)
            except Exception as exc:
                _state["error"] = type(exc).__name__
                raise RedactionUnavailableError(
                    "De redactie van persoonsgegevens kon niet worden geladen "
                    f"({type(exc).__name__}); er is niets opgeslagen. Waarschuw de beheerder.",
                    retry_after=60,
                ) from exc
            finally:
                _state["loading"] = False
    finally:
        _lock.release()
    return _state["engine"]


def status() -> EngineStatus:
    """The engine's state in this process, without loading it."""
    build = _state.get("build_cpu_seconds")
    return EngineStatus(
        loaded="engine" in _state,
        loading=bool(_state.get("loading")),
        load_seconds=load_seconds(),
        build_cpu_seconds=float(build) if build is not None else None,
        error=_state.get("error"),
    )


def load_seconds() -> float | None:
    """How long loading the shared instance took, or None when not loaded yet."""
    value = _state.get("load_seconds")
    return float(value) if value is not None else None


def cache_folder() -> Path:
    """The cache folder this process uses (builds nothing)."""
    deduce = lookup_cache.import_deduce()
    config = lookup_cache.reduced_config(deduce)
    return lookup_cache.cache_dir(deduce, config, lookup_cache.cache_root(_state["cache_root"]))


_DIGIT = re.compile(r"\d")
#: deduce's phone annotator wants 9 digits or more, its BSN annotator 9 in a row
_FEWEST_DIGITS = 9


def skipped_processors(text: str) -> set[str]:
    """deduce's annotator groups that cannot find anything in `text`, so need not run: e-mail
    without an "@"; phone numbers and BSN with fewer than 9 digits; street + house number without
    any digit (deduce drops a street without a number). The spans are the same (a property test
    compares them with a run of every annotator); the tokenizer and the name annotators always run.
    """
    skipped = set(_RUN_TIME_DISABLED)
    if "@" not in text:
        skipped.add("email_addresses")
    digits = len(_DIGIT.findall(text))
    if digits < _FEWEST_DIGITS:
        skipped |= {"phone_numbers", "identifiers"}
    if not digits:
        skipped.add("locations")
    return skipped


def deduce_spans(
    text: str, *, timeout: float | None = None, every_annotator: bool = False
) -> list[Span]:
    """Personal data deduce finds in `text`, as spans with our tags (names not yet cleaned).

    `every_annotator`: also run the annotators that `skipped_processors` knows to be idle (tests)."""
    disabled = set(_RUN_TIME_DISABLED) if every_annotator else skipped_processors(text)
    document = get_engine(timeout=timeout).deidentify(text, disabled=disabled)
    spans = []
    for annotation in document.annotations:
        tag = _DEDUCE_TAGS.get(annotation.tag)
        if tag is None:
            continue
        span = Span(annotation.start_char, annotation.end_char, tag)
        spans.append(extend_toevoeging(text, span) if tag is Tag.ADRES else span)
    return spans
