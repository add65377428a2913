"""The deduce engine: one lazily built, shared instance, and its findings as our spans.

deduce (Menger et al., LGPL-3+, https://github.com/vmenger/deduce) de-identifies Dutch medical
text with lookup lists of first names, surnames, streets and with context patterns. It works
offline: the lists ship inside the package. Its first construction on a fresh install builds
lookup structures and pickles them as a cache (about two minutes on a laptop); later
constructions load that cache (about 10 s). We therefore build one instance, lazily, under a
lock, and reuse it.

We use deduce for what it is good at (names, street + house number, phone, e-mail, BSN) and
switch off what hurts a wijkteam's notes: place names, institutions, ages, all dates (we keep
visit dates and redact only dates of birth), generic ids, URLs, postcodes (own rule).

deduce calls `logging.basicConfig(level=DEBUG, stream=stdout)` at import; we neutralise that so
that no text is ever logged and `wijkverbinder redact` keeps a clean standard output.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from wijkverbinder.core.redaction.patterns import extend_toevoeging
from wijkverbinder.core.redaction.spans import Span, Tag

#: deduce processors (or groups) we do not run, see the module docstring.
DISABLED_PROCESSORS: frozenset[str] = frozenset(
    {
        "placename",
        "postal_code",
        "postbus",
        "institutions",
        "dates",
        "ages",
        "identifier",
        "urls",
        "patient_name",
        "eponymous_disease",
        "redactor",
    }
)

_DEDUCE_TAGS: dict[str, Tag] = {
    "persoon": Tag.NAAM,
    "patient": Tag.NAAM,
    "telefoonnummer": Tag.TELEFOON,
    "emailadres": Tag.EMAIL,
    "locatie": Tag.ADRES,  # with place names and postcodes off: street + house number
    "bsn": Tag.BSN,
}

_lock = threading.Lock()
_state: dict[str, Any] = {}


def _import_deduce_quietly() -> Any:
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # makes deduce's basicConfig() a no-op
    try:
        import deduce
    finally:
        root.removeHandler(guard)
    return deduce


def _cache_path(package_dir: Path) -> Path:
    """deduce's own cache folder when usable, else a private per-user cache folder."""
    lookup = package_dir / "data" / "lookup"
    if (lookup / "cache" / "lookup_structs.pickle").exists() or os.access(lookup, os.W_OK):
        return lookup
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    private = base / "wijkverbinder" / "deduce"
    private.mkdir(parents=True, exist_ok=True, mode=0o700)
    return private


def get_engine() -> Any:
    """The shared deduce instance, built on first use (thread-safe)."""
    engine = _state.get("engine")
    if engine is not None:
        return engine
    with _lock:
        if "engine" not in _state:
            started = time.perf_counter()
            deduce = _import_deduce_quietly()
            package_dir = Path(deduce.__file__).parent
            _state["engine"] = deduce.Deduce(cache_path=_cache_path(package_dir))
            _state["load_seconds"] = time.perf_counter() - started
    return _state["engine"]


def load_seconds() -> float | None:
    """How long building the shared instance took, or None when not built yet."""
    value = _state.get("load_seconds")
    return float(value) if value is not None else None


def deduce_spans(text: str) -> list[Span]:
    """Personal data deduce finds in `text`, as spans with our tags (names not yet cleaned)."""
    document = get_engine().deidentify(text, disabled=set(DISABLED_PROCESSORS))
    spans = []
    for annotation in document.annotations:
        tag = _DEDUCE_TAGS.get(annotation.tag)
        if tag is None:
            continue
        span = Span(annotation.start_char, annotation.end_char, tag)
        spans.append(extend_toevoeging(text, span) if tag is Tag.ADRES else span)
    return spans
