"""Per-source mapping files from Open311 service codes and names to our themes (YAML).

Every Open311 server has its own list of services (`GET services.json`): Chicago's
`4fd3b167e750846744000005` is "Graffiti Removal", a Dutch server's `veeg-zwerfvuil` is "Veeg- /
zwerfvuil". A mapping file says, for one source, which theme each service gets:

    name: chicago                       # how the file is chosen (--mapping chicago)
    description: City of Chicago 311
    services:
      - code: 4fd3b167e750846744000005
        name: Graffiti Removal
        theme: veiligheid.vernieling
      - code: 4ffa9db16018277d400000a2
        name: Traffic Signal Out
        theme: ""                       # empty: left to the classifier

A service is found by its code, else by its name (case and punctuation ignored). The files shipped
with wijkverbinder are in `open311_mappings/`; an installation adds or overrides files (same `name`)
in its own folder (setting `OPEN311_MAPPINGS_DIR`). Without a chosen file, the file whose service
codes cover most of a feed's codes is used; services it does not know fall back to the Signalen
mapping (Dutch feeds often use Signalen's categories) and then to the classifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wijkverbinder.core.taxonomy import Taxonomy

BUILTIN_DIR = Path(__file__).resolve().parent / "open311_mappings"
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


def normalise(value: str) -> str:
    """`Street Lights - All/Out` → `street-lights-all-out`."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


@dataclass(frozen=True)
class ServiceMapping:
    """One source's services → theme ('' = left to the classifier)."""

    name: str
    description: str
    path: str
    by_code: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)

    def lookup(self, code: str, name: str) -> str | None:
        """The theme of a service ('' when mapped to nothing), or None when the file lacks it."""
        if code and code in self.by_code:
            return self.by_code[code]
        key = normalise(name)
        return self.by_name.get(key) if key else None


@dataclass(frozen=True)
class ServiceMappings:
    """All mapping files of an installation, by name."""

    mappings: tuple[ServiceMapping, ...] = ()

    def get(self, name: str) -> ServiceMapping | None:
        """The mapping called `name`, or None."""
        return next((mapping for mapping in self.mappings if mapping.name == name), None)

    def names(self) -> list[str]:
        """The names, sorted."""
        return sorted(mapping.name for mapping in self.mappings)

    def choose(self, codes: Iterable[str], names: Iterable[str]) -> ServiceMapping | None:
        """The mapping that knows most of a feed's services (codes count first), or None."""
        code_set = {code for code in codes if code}
        name_set = {normalise(name) for name in names if name}
        best, best_score = None, (0, 0)
        for mapping in self.mappings:
            score = (len(code_set & mapping.by_code.keys()), len(name_set & mapping.by_name.keys()))
            if score > best_score:
                best, best_score = mapping, score
        return best


class MappingFileError(ValueError):
    """A mapping file that cannot be used; the message (Dutch) names the file and the entry."""


def _entry(path: Path, index: int, item: object, leaves: frozenset[str]) -> tuple[str, str, str]:
    where = f"{path.name}, services[{index}]"
    if not isinstance(item, dict):
        raise MappingFileError(f"{where}: verwacht code, name en theme")
    code, name = str(item.get("code") or "").strip(), str(item.get("name") or "").strip()
    theme = str(item.get("theme") or "").strip()
    if not code and not name:
        raise MappingFileError(f"{where}: geef code of name")
    if theme and theme not in leaves:
        raise MappingFileError(
            f"{where}: thema {theme!r} bestaat niet (zie docs/themes.md; leeg laten mag)"
        )
    return code, name, theme


def load_mapping_file(path: Path, taxonomy: Taxonomy) -> ServiceMapping:
    """Read and check one mapping file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise MappingFileError(f"{path.name}: niet te lezen als YAML ({error})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("services"), list):
        raise MappingFileError(f"{path.name}: verwacht 'name' en een lijst 'services'")
    name = str(raw.get("name") or path.stem).strip().lower()
    if not _NAME.fullmatch(name):
        raise MappingFileError(f"{path.name}: naam {name!r} mag alleen a-z, 0-9, - en _ bevatten")
    leaves = frozenset(taxonomy.leaf_codes())
    by_code: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for index, item in enumerate(raw["services"]):
        code, service_name, theme = _entry(path, index, item, leaves)
        if code:
            by_code[code] = theme
        if service_name:
            by_name[normalise(service_name)] = theme
    return ServiceMapping(
        name=name,
        description=str(raw.get("description") or "").strip(),
        path=str(path),
        by_code=by_code,
        by_name=by_name,
    )


def load_service_mappings(folders: Sequence[Path], taxonomy: Taxonomy) -> ServiceMappings:
    """Every `*.yaml` of the folders (a later folder overrides a file of the same name)."""
    found: dict[str, ServiceMapping] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            mapping = load_mapping_file(path, taxonomy)
            found[mapping.name] = mapping
    return ServiceMappings(tuple(found[name] for name in sorted(found)))


def template(name: str, services: Iterable[tuple[str, str, str]]) -> str:
    """A mapping file for `services` (code, name, suggested theme) to edit by hand."""
    lines = [
        f"# Open311-koppeling voor {name}: vul per dienst een thema in (docs/themes.md),",
        "# of laat het leeg om het thema door de classifier te laten voorstellen.",
        f"name: {name}",
        "description: ''",
        "services:",
    ]
    for code, service_name, theme in services:
        lines += [
            f"  - code: {yaml.safe_dump(code, default_style=chr(34)).strip()}",
            f"    name: {yaml.safe_dump(service_name, default_style=chr(34)).strip()}",
            f"    theme: {yaml.safe_dump(theme, default_style=chr(34)).strip()}",
        ]
    return "\n".join(lines) + "\n"
