"""Opening ZIP files (Signalen's datawarehouse export is one): their tables as separate files.

Only the data files in a ZIP are read (`.csv`, `.json`, `.xml`, `.txt`; folders and macOS
`__MACOSX/` copies are skipped). A ZIP that unpacks to more than `MAX_UNPACKED` bytes is refused, so
a small upload cannot fill the memory. An Excel workbook (`.xlsx`, itself a ZIP) is refused with
the advice to save it as CSV.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

MAX_UNPACKED = 1_000_000_000
DATA_SUFFIXES = (".csv", ".json", ".xml", ".txt", ".geojson")
XLSX = (
    "{name} is een Excel-werkmap: sla hem in Excel op als 'CSV (gescheiden door "
    "lijstscheidingstekens)' en lees die CSV in."
)


class ArchiveError(ValueError):
    """A ZIP that cannot be used; the message is Dutch."""


def _members(name: str, data: bytes) -> list[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ArchiveError(f"{name} is geen geldig ZIP-bestand.") from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            raise ArchiveError(XLSX.format(name=name))
        wanted = [
            info
            for info in infos
            if not info.is_dir()
            and not info.filename.startswith("__MACOSX/")
            and not info.filename.rsplit("/", 1)[-1].startswith(".")
            and info.filename.lower().endswith(DATA_SUFFIXES)
        ]
        if sum(info.file_size for info in wanted) > MAX_UNPACKED:
            raise ArchiveError(f"{name} is uitgepakt groter dan 1 GB; pak hem zelf uit.")
        if not wanted:
            raise ArchiveError(f"{name} bevat geen CSV-, JSON- of XML-bestanden.")
        try:
            return [(info.filename.rsplit("/", 1)[-1], archive.read(info)) for info in wanted]
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as error:
            raise ArchiveError(f"{name} kan niet worden uitgepakt: {error}.") from None


def expand(files: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The files with every ZIP replaced by its data files."""
    out: list[tuple[str, bytes]] = []
    for name, data in files:
        out.extend(_members(name, data) if data.startswith(b"PK\x03\x04") else [(name, data)])
    return out
