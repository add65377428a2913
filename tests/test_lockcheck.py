"""The lock files match pyproject.toml (else `make setup` stops), and the check notices a change."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("lockcheck", ROOT / "tools" / "lockcheck.py")
assert _spec is not None
assert _spec.loader is not None
lockcheck = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lockcheck)


def test_committed_locks_match_pyproject():
    assert lockcheck.check() == []


def test_every_locked_package_is_pinned_with_hashes():
    for lock in lockcheck.LOCKS:
        lines = lock.read_text(encoding="utf-8").splitlines()
        pins = [line for line in lines if line and not line.startswith((" ", "#"))]
        assert pins
        for pin in pins:
            assert "==" in pin, pin
            assert pin.endswith("\\"), f"{pin} has no hash"


def test_runtime_lock_is_the_dev_lock_without_the_tools():
    def pins(lock: Path) -> set[str]:
        text = lock.read_text(encoding="utf-8").splitlines()
        return {line.split(" ")[0] for line in text if line and not line.startswith((" ", "#"))}

    runtime, dev = lockcheck.LOCKS
    assert pins(runtime) <= pins(dev)
    assert not {pin.split("==")[0] for pin in pins(runtime)} & {"pytest", "mypy", "uv", "ruff"}


def test_a_changed_dependency_is_noticed(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    shutil.copy(ROOT / "pyproject.toml", pyproject)
    locks = tuple(shutil.copy(lock, tmp_path / lock.name) for lock in lockcheck.LOCKS)
    locks = tuple(Path(lock) for lock in locks)
    assert lockcheck.check(locks, pyproject) == []
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('"tqdm>=4.66",', '"tqdm>=4.66",\n    "segno>=1.6",'))
    assert lockcheck.check(locks, pyproject) == [
        "requirements.txt past niet meer bij pyproject.toml",
        "requirements-dev.txt past niet meer bij pyproject.toml",
    ]
    lockcheck.stamp(locks, pyproject)  # what `make lock` ends with
    assert lockcheck.check(locks, pyproject) == []
    assert (ROOT / "requirements.txt").read_text() != locks[0].read_text()  # only the copy


def test_reordering_the_lists_changes_nothing(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(
        text.replace('    "tqdm>=4.66",\n', "").replace(
            '    "weasyprint>=62",\n', '    "weasyprint>=62",\n    "tqdm>=4.66",\n'
        )
    )
    assert lockcheck.fingerprint(pyproject) == lockcheck.fingerprint(ROOT / "pyproject.toml")
