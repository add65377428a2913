"""Do the lock files still match `pyproject.toml`? (`make lock` stamps them, `make setup` checks.)

The dependency lists of `pyproject.toml` (runtime, optional groups, requires-python) are hashed;
`make lock` writes the hash as a comment into `requirements.txt` and `requirements-dev.txt`, and
`make setup` refuses to install when a dependency was added, removed or changed without running
`make lock`. Plain standard library, no network: it runs before anything is installed.

    python tools/lockcheck.py stamp   # after compiling the lock files
    python tools/lockcheck.py check   # exit 1 with an explanation when they disagree
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = (ROOT / "requirements.txt", ROOT / "requirements-dev.txt")
PREFIX = "# pyproject-dependencies-sha256: "


def fingerprint(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """Hash of what `pyproject.toml` asks for (order of the lists does not matter)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": sorted(project.get("dependencies", [])),
        "optional": {
            group: sorted(items)
            for group, items in sorted(project.get("optional-dependencies", {}).items())
        },
    }
    return hashlib.sha256(json.dumps(wanted, sort_keys=True).encode()).hexdigest()


def _stamped(lock: Path) -> str | None:
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(PREFIX):
            return line[len(PREFIX) :].strip()
    return None


def stamp(locks: tuple[Path, ...] = LOCKS, pyproject: Path = ROOT / "pyproject.toml") -> None:
    """Write the current fingerprint into each lock file (after its generated header)."""
    line = PREFIX + fingerprint(pyproject) + "\n"
    for lock in locks:
        kept = [
            text
            for text in lock.read_text(encoding="utf-8").splitlines(keepends=True)
            if not text.startswith(PREFIX)
        ]
        header = next((i for i, text in enumerate(kept) if not text.startswith("#")), len(kept))
        lock.write_text("".join([*kept[:header], line, *kept[header:]]), encoding="utf-8")


def check(locks: tuple[Path, ...] = LOCKS, pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """Problems found (empty when every lock file matches `pyproject.toml`)."""
    expected = fingerprint(pyproject)
    problems = []
    for lock in locks:
        if not lock.exists():
            problems.append(f"{lock.name} ontbreekt")
        elif _stamped(lock) != expected:
            problems.append(f"{lock.name} past niet meer bij pyproject.toml")
    return problems


def main(argv: list[str]) -> int:
    """`stamp` or `check`."""
    if argv == ["stamp"]:
        stamp()
        return 0
    if argv == ["check"]:
        problems = check()
        for problem in problems:
            print(f"Fout: {problem}.", file=sys.stderr)
        if problems:
            print(
                "De afhankelijkheden in pyproject.toml zijn gewijzigd: voer `make lock` uit en "
                "commit requirements.txt en requirements-dev.txt.",
                file=sys.stderr,
            )
            return 1
        return 0
    print("gebruik: python tools/lockcheck.py stamp|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
