"""deduce's lookup structures, reduced to what we use, built once and stored as a cache file.

Where deduce's start-up time goes (measured, deduce 3.0.6, `benchmarks/redaction_start.py`):
building all its lookup structures from the word lists costs minutes of CPU (most of it the street
and healthcare-institution tries, made of millions of small objects); loading its own cache of
all of them (an 83 MB pickle) costs 7 s of CPU, nearly all in `pickle.load`; the tokenizer and the
annotators cost 0.2 s. We switch off the annotators that need the institution, hospital, place
name and disease lists (`engine.DISABLED_PROCESSORS`), so we build and store only the structures
that the remaining annotators name, store their tries as nested dicts (`compact_trie`: a third of
the objects), and load them with the garbage collector paused (unpickling millions of objects
otherwise triggers many full collections).

The cache is built at set-up (`wijkverbinder redaction-cache`, run by `make setup`) into the user's
cache folder (or `REDACTION_CACHE_DIR`), shared by every clone and virtualenv, written to a
temporary file and renamed into place (a reader never sees half a file), and built by one process
at a time (a lock file): a second process waits for the first instead of building it again. Its
folder name carries the deduce version and a fingerprint of the structures, so an upgrade of
deduce or a change of the configuration gets a fresh cache. deduce itself reads the file (its
`cache_path`), and checks the version again.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import hashlib
import json
import logging
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

#: annotators (or groups) we never run; their lookup structures are not built either.
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

#: deduce word lists that only switched-off annotators use: not read when building.
_UNUSED_LISTS = frozenset(
    {"healthcare_institution", "hospital", "hospital_abbr", "placename", "eponymous_disease"}
)
_FORMAT = 2  # bump when the way we build or store the structures changes
_CACHE_SUBDIR = "cache"  # deduce reads <cache_path>/cache/lookup_structs.pickle
_CACHE_FILE = "lookup_structs.pickle"
CACHE_ENV = "REDACTION_CACHE_DIR"

logger = logging.getLogger("wijkverbinder.redaction")


def import_deduce() -> Any:
    """Import deduce without letting its `logging.basicConfig(DEBUG, stdout)` take effect."""
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # makes deduce's basicConfig() a no-op
    try:
        import deduce
    finally:
        root.removeHandler(guard)
    return deduce


def reduced_config(deduce: Any) -> dict[str, Any]:
    """deduce's base configuration without the annotators we switch off."""
    base = json.loads((Path(deduce.__file__).parent / "base_config.json").read_text("utf-8"))
    config = copy.deepcopy(base)
    config["annotators"] = {
        name: info
        for name, info in base["annotators"].items()
        if name not in DISABLED_PROCESSORS and info.get("group") not in DISABLED_PROCESSORS
    }
    return dict(config)


def _named_structures(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key in {"lookup", "neg_lookup", "lookup_values"} and isinstance(value, str):
                yield value
            else:
                yield from _named_structures(value)
    elif isinstance(node, list):
        for item in node:
            yield from _named_structures(item)


def needed_structures(config: Mapping[str, Any]) -> frozenset[str]:
    """Names of the lookup structures the configured annotators look up."""
    return frozenset(_named_structures(config["annotators"]))


def _fingerprint(deduce: Any, names: frozenset[str]) -> str:
    key = f"{_FORMAT}:{deduce.__version__}:{','.join(sorted(names))}"
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def cache_root(configured: str | None = None) -> Path:
    """Where caches live: the configured folder, else the user's cache folder.

    Per user, like pip's and npm's caches: every clone and virtualenv of the same deduce version
    shares one cache (the folder name carries the version and the structures' fingerprint).
    """
    chosen = configured or os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "wijkverbinder" / "redaction-cache"


def cache_dir(deduce: Any, config: Mapping[str, Any], root: Path) -> Path:
    """The folder deduce gets as `cache_path` for this deduce version and configuration."""
    names = needed_structures(config)
    return root / f"deduce-{deduce.__version__}-{_fingerprint(deduce, names)}"


def cache_file(folder: Path) -> Path:
    """The pickle inside a cache folder."""
    return folder / _CACHE_SUBDIR / _CACHE_FILE


def build_structures(deduce: Any, names: frozenset[str]) -> Any:
    """Build the named lookup structures from deduce's word lists (minutes of CPU for streets)."""
    from deduce import lookup_structs as ls
    from deduce.data.lookup.src import all_lists
    from docdeid.ds.ds import DsCollection
    from docdeid.ds.lookup import LookupSet

    from wijkverbinder.core.redaction.compact_trie import CompactTrie

    package = Path(deduce.__file__).parent / "data" / "lookup"
    lists = [path for path in all_lists if path.rsplit("/lst_", 1)[-1] not in _UNUSED_LISTS]
    raw = ls.load_raw_itemsets(base_path=package, subdirs=lists)
    tokenizer = deduce.Deduce._initialize_tokenizer(package)
    structures = DsCollection()
    for name in sorted(names):
        if name in ls._LOOKUP_SET_LOADERS:
            structures[name] = ls._LOOKUP_SET_LOADERS[name](raw)
        elif name in ls._LOOKUP_TRIE_LOADERS:
            structures[name] = CompactTrie(ls._LOOKUP_TRIE_LOADERS[name](raw, tokenizer))
        else:
            lookup = LookupSet()
            lookup.add_items_from_iterable(raw[name])
            structures[name] = lookup
    return structures


@contextlib.contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """One builder at a time across processes (POSIX file lock; elsewhere no lock)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: the atomic rename still protects readers
        yield
        return
    with (folder / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_atomically(target: Path, payload: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".building-")
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o644)  # readable by the service user when built at install time
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def ensure_cache(
    deduce: Any,
    config: Mapping[str, Any],
    root: Path,
    *,
    build: Callable[[Any, frozenset[str]], Any] | None = None,
) -> tuple[Path, float]:
    """The cache folder, built first when missing; returns it and the CPU seconds of building."""
    folder = cache_dir(deduce, config, root)
    if cache_file(folder).exists():
        return folder, 0.0
    with _exclusive(folder):
        if cache_file(folder).exists():  # another process built it while we waited
            return folder, 0.0
        logger.warning("Redactie: opzoektabellen worden gebouwd (eenmalig, enkele minuten).")
        started = time.process_time()
        structures = (build or build_structures)(deduce, needed_structures(config))
        payload = {
            "deduce_version": deduce.__version__,
            "saved_datetime": str(datetime.now()),
            "lookup_structs": structures,
        }
        _write_atomically(cache_file(folder), payload)
        return folder, time.process_time() - started


@contextlib.contextmanager
def long_lived_objects() -> Iterator[None]:
    """Create objects that live as long as the process without the cyclic collector's cost.

    The collector is paused while they are made (unpickling millions of objects would trigger
    many collections), and they are frozen before it resumes (else its first run walks them all).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
