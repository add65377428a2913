"""The application's code imports only what the runtime lock installs (requirements.txt).

Production installs requirements.txt, the tests run with requirements-dev.txt: a module of the
app that imports a development-only package (pytest, scikit-learn of the benchmarks, …) would pass
every test and fail in production. Test modules, conftest files and benchmarks may use dev packages.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "wijkverbinder"


def _app_modules() -> list[Path]:
    return [
        path
        for path in SOURCE.rglob("*.py")
        if "tests" not in path.relative_to(SOURCE).parts and path.name != "conftest.py"
    ]


def _imported_top_levels(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_lock() -> set[str]:
    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    return {_normalised(line.split("==")[0]) for line in text.splitlines() if "==" in line}


def test_app_code_imports_only_runtime_packages():
    distributions = packages_distributions()
    locked = _runtime_lock()
    missing = {}
    for path in _app_modules():
        for name in _imported_top_levels(path):
            if name in sys.stdlib_module_names or name in {"wijkverbinder", "__future__"}:
                continue
            provided = {_normalised(dist) for dist in distributions.get(name, [name])}
            if not provided & locked:
                missing.setdefault(name, str(path.relative_to(ROOT)))
    assert missing == {}, f"imported by app code but not in requirements.txt: {missing}"
