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
    _write_json(reports / RECORD, json.dumps(keys, indent=1, sort_keys=True))


def _write_json(path: Path, text: str) -> None:
    """Written whole or not at all (a run may be stopped while it writes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _read(reports: Path) -> dict[str, str]:
    try:
        keys = json.loads((reports / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return keys if isinstance(keys, dict) else {}


# -- a whole run ------------------------------------------------------------------------------

RUN_RECORD = Path(".cache") / "run.json"  # in the first reports folder: the last whole run
_NOT_OUTPUTS = {".cache", ".kernel", "notebooks"}


def run_key(parts: list, files: list[Path]) -> str:
    """What a whole run's reports are made from: ``parts`` (JSON: the run's settings, the
    parse's key, the commit) and ``files`` (by name and content: the tables, notebooks, lock,
    reference data, review decisions)."""
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode())
    for path in files:
        digest.update(str(path).encode() + b"\0")
        digest.update(file_digest(path).encode() if path.is_file() else b"missing")
    return digest.hexdigest()


def is_unchanged_run(reports: Path, key: str) -> bool:
    """The last run had this key, finished without a failure, and every file it wrote into
    ``reports`` is still there, of the same size."""
    try:
        record = json.loads((reports / RUN_RECORD).read_text(encoding="utf-8"))
        if record["key"] != key:
            return False
        return all((reports / name).stat().st_size == size for name, size in record["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def record_run(reports: Path, key: str) -> None:
    """Note a finished run's key and the files it left in ``reports``."""
    files = sorted(
        (path.relative_to(reports).as_posix(), path.stat().st_size) for path in _outputs(reports)
    )
    _write_json(reports / RUN_RECORD, json.dumps({"key": key, "files": files}))


def forget_run(reports: Path) -> None:
    """A run has started: until it finishes, no later run may take its reports as current."""
    (reports / RUN_RECORD).unlink(missing_ok=True)


def _outputs(folder: Path):
    for entry in os.scandir(folder):
        if entry.name in _NOT_OUTPUTS or (
            entry.name.startswith(".") and entry.name.endswith(".partial")
        ):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _outputs(Path(entry.path))
        elif entry.is_file(follow_symlinks=False):
            yield Path(entry.path)
