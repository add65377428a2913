"""Render `docs/settings.md` from the settings registry: `python -m wijkverbinder.config.settingsdoc`.

A test fails when the committed file differs from what this renders.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def render() -> str:
    """The Markdown table of every environment setting."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    from wijkverbinder.config import settings as _settings  # noqa: F401  (fills the registry)
    from wijkverbinder.config.env import REGISTRY

    lines = [
        "# Settings",
        "",
        "Every setting comes from an environment variable with a safe default. Generated from",
        "`src/wijkverbinder/config/settings/` by `make settingsdoc`; do not edit by hand.",
        "",
        "| variable | default | meaning |",
        "| --- | --- | --- |",
    ]
    for name in sorted(REGISTRY):
        item = REGISTRY[name]
        default = "(empty)" if item.default == "" else f"`{item.default}`"
        if name in {"WIJKVERBINDER_HOME", "WIJKVERBINDER_VAR", "NODE_MODULES_DIR"}:
            default = "(depends on the installation)"
        if name == "OPEN311_MAPPINGS_DIR":
            default = "`var/open311`"
        lines.append(f"| `{name}` | {default} | {item.help} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/settings.md")
    target.write_text(render(), encoding="utf-8")
