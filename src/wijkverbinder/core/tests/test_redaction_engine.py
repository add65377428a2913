"""The redaction engine: a reduced lookup cache built once, safely; fail closed; shared by threads.

- the cache holds only the structures the annotators we run look up;
- building is atomic (no half file, no leftovers when it fails) and one process at a time: a
  second process waits for the first and does not build again;
- a damaged cache file is rebuilt, not used;
- a caller that may not wait long gets `RedactionUnavailableError` (nothing redacted, nothing
  passed through); a caller without a limit waits; a load that fails is reported, in Dutch;
- one engine serves many threads with the same results as one thread.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from wijkverbinder.core.redaction import (
    RedactionUnavailableError,
    engine,
    lookup_cache,
    redact,
)
from wijkverbinder.core.tests.test_redaction import CASES


@pytest.fixture(scope="module")
def deduce():
    return lookup_cache.import_deduce()


@pytest.fixture(scope="module")
def config(deduce):
    return lookup_cache.reduced_config(deduce)


@pytest.fixture
def unloaded():
    """The shared engine as if this process had not loaded it yet (restored afterwards)."""
    engine.get_engine(timeout=-1)
    saved = dict(engine._state)
    engine._state.pop("engine")
    engine._state.pop("load_seconds", None)
    yield
    engine._state.clear()
    engine._state.update(saved)


def _read(data: bytes):
    return pickle.loads(data)  # noqa: S301  (our own cache file, written by the test)


def _tiny_build(deduce, names):
    return {"names": sorted(names)}


def test_reduced_config_runs_no_switched_off_annotator(config):
    for name, info in config["annotators"].items():
        assert name not in lookup_cache.DISABLED_PROCESSORS
        assert info.get("group") not in lookup_cache.DISABLED_PROCESSORS
    assert {"first_name_lookup", "surname_lookup", "street_lookup", "phone", "bsn"} <= set(
        config["annotators"]
    )


def test_only_the_structures_in_use_are_built(config):
    names = lookup_cache.needed_structures(config)
    assert {"first_name", "surname", "street", "prefix", "interfix", "whitelist"} <= names
    assert not names & {"healthcare_institution", "hospital", "placename", "eponymous_disease"}


def test_cache_folder_changes_with_the_structures(deduce, config, tmp_path):
    folder = lookup_cache.cache_dir(deduce, config, tmp_path)
    assert folder.name.startswith(f"deduce-{deduce.__version__}-")
    fewer = {**config, "annotators": {"phone": config["annotators"]["phone"]}}
    assert lookup_cache.cache_dir(deduce, fewer, tmp_path) != folder


def test_built_once_then_reused(deduce, config, tmp_path):
    folder, cpu = lookup_cache.ensure_cache(deduce, config, tmp_path, build=_tiny_build)
    stored = _read(lookup_cache.cache_file(folder).read_bytes())
    assert stored["deduce_version"] == deduce.__version__
    assert stored["lookup_structs"]["names"] == sorted(lookup_cache.needed_structures(config))
    assert cpu >= 0
    assert lookup_cache.cache_file(folder).stat().st_mode & 0o044 == 0o044  # readable by others

    def must_not_build(deduce, names):
        raise AssertionError("built twice")

    assert lookup_cache.ensure_cache(deduce, config, tmp_path, build=must_not_build) == (
        folder,
        0.0,
    )


def test_a_failed_build_leaves_no_file(deduce, config, tmp_path):
    def broken(deduce, names):
        return {"unpicklable": lambda: None}

    with pytest.raises((pickle.PicklingError, AttributeError)):
        lookup_cache.ensure_cache(deduce, config, tmp_path, build=broken)
    folder = lookup_cache.cache_dir(deduce, config, tmp_path)
    assert not lookup_cache.cache_file(folder).exists()
    assert not [p for p in folder.rglob("*") if p.name.startswith(".building-")]


_SLOW_BUILDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wijkverbinder.core.redaction import lookup_cache

    def slow(deduce, names):
        print("building", flush=True)
        time.sleep(2)
        return {"built_by": "other process"}

    deduce = lookup_cache.import_deduce()
    config = lookup_cache.reduced_config(deduce)
    lookup_cache.ensure_cache(deduce, config, Path(sys.argv[1]), build=slow)
    """
)


def test_a_second_process_waits_for_the_builder(deduce, config, tmp_path):
    """The reported `[NIET GEREDIGEERD]` came from reading a cache another process was writing."""
    other = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BUILDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "building"  # it holds the lock now

    def must_not_build(deduce, names):
        raise AssertionError("the second process built the cache again")

    started = time.perf_counter()
    folder, cpu = lookup_cache.ensure_cache(deduce, config, tmp_path, build=must_not_build)
    assert other.wait(timeout=60) == 0
    assert cpu == 0.0
    assert time.perf_counter() - started > 0.5  # it waited for the lock
    stored = _read(lookup_cache.cache_file(folder).read_bytes())
    assert stored["lookup_structs"] == {"built_by": "other process"}


def test_a_damaged_cache_is_rebuilt(unloaded, tmp_path, monkeypatch):
    with lookup_cache.long_lived_objects():
        real = _read(lookup_cache.cache_file(engine.cache_folder()).read_bytes())
    rebuilt = []

    def from_real_cache(deduce, names):
        rebuilt.append(True)
        return real["lookup_structs"]

    monkeypatch.setattr(lookup_cache, "build_structures", from_real_cache)
    engine.configure(cache_root=str(tmp_path))
    try:
        broken = lookup_cache.cache_file(engine.cache_folder())
        broken.parent.mkdir(parents=True)
        broken.write_bytes(pickle.dumps({"deduce_version": "x"})[:10])  # cut off mid-file
        assert redact("Mevrouw De Vries belt.").text == "Mevrouw [NAAM] belt."
    finally:
        engine.configure(cache_root=None)
    assert rebuilt == [True]


def test_a_limited_wait_is_refused_while_another_thread_loads(unloaded):
    with (
        engine._lock,  # another thread is loading
        engine.wait_limit(0.05),
        pytest.raises(RedactionUnavailableError) as caught,
    ):
        redact("Mevrouw De Vries belt 06-12345678.")
    assert "nog geladen" in caught.value.message
    assert "er is niets opgeslagen" in caught.value.message
    assert caught.value.retry_after > 0


def test_without_a_limit_the_caller_waits_for_the_load(unloaded):
    results: list[str] = []
    engine._lock.acquire()  # another thread is loading
    waiter = threading.Thread(target=lambda: results.append(redact("Henk belde.").text))
    waiter.start()
    waiter.join(timeout=0.3)
    assert waiter.is_alive()  # still waiting
    assert results == []  # and nothing passed through
    engine._lock.release()
    waiter.join(timeout=120)
    assert results == ["[NAAM] belde."]


def test_a_failed_load_is_reported_in_dutch(unloaded, monkeypatch):
    def missing():
        raise ImportError("no deduce")

    monkeypatch.setattr(lookup_cache, "import_deduce", missing)
    with pytest.raises(RedactionUnavailableError) as caught:
        redact("Henk belde.")
    assert "kon niet worden geladen (ImportError)" in caught.value.message
    status = engine.status()
    assert (status.loaded, status.error) == (False, "ImportError")


def test_threads_share_one_engine_with_the_same_results():
    texts = [case.text for case in CASES]
    expected = [redact(text).text for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda text: redact(text).text, texts * 3))
    assert got == expected * 3
    assert engine.status().loaded


def test_the_engine_lives_in_the_cache_folder():
    assert Path(engine.get_engine().cache_path) == engine.cache_folder()
