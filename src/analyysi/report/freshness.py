"""Derived files (the workbook, the Word documents) are rewritten only when their inputs
change.

Each is keyed on the hashes of what it is built from (the CSV files and their descriptions,
the page and its figures) and of the package's code; the keys are kept in
``.cache/derived.json`` of the reports folder. An unchanged rerun leaves the files as they
are, so their dates (and an author's copy beside them) tell when their content last changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

RECORD = Path(".cache") / "derived.json"
PACKAGE = Path(__file__).resolve().parents[1]


def key_of(*parts: str | bytes | Path) -> str:
    """A key over text, bytes and files (a file by its name and content; a missing file
    counts as missing), plus the package's code."""
    digest = hashlib.sha256(code_digest().encode())
    for part in parts:
        if isinstance(part, Path):
            digest.update(part.name.encode())
            digest.update(file_digest(part).encode() if part.is_file() else b"missing")
        else:
            digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@functools.cache
def code_digest() -> str:
    """The package's code: a change to how a file is built rebuilds it."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_current(reports: Path, output: Path, key: str) -> bool:
    """``output`` exists and was built from inputs with this key."""
    return output.is_file() and _read(reports).get(output.name) == key


def record(reports: Path, output: Path, key: str | None) -> None:
    """Note the key ``output`` was built with (None: forget it)."""
    keys = _read(reports)
    if key is None:
        keys.pop(output.name, None)
    else:
        keys[output.name] = key
    path = reports / RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(keys, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def _read(reports: Path) -> dict[str, str]:
    try:
        keys = json.loads((reports / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return keys if isinstance(keys, dict) else {}
