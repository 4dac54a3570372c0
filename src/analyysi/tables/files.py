"""Writing table files: every file complete on disk before any replaces its previous version.

Kept apart from ``tidy`` so that the parse stage writes its tables without pandas.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TextIO

from analyysi.tables.datapackage import describe_package
from analyysi.tables.metadata import RESOURCES


def write_files_atomically(
    out: Path, contents: Mapping[str, str | Callable[[TextIO], None]]
) -> None:
    """Write every file to a temporary name first, then move each into place.

    Nothing is replaced until every file is complete on disk, and each replacement is atomic:
    a failure while writing leaves the previous tables as they were, and no file is ever
    half-written. Only a kill during the final renames (microseconds) could leave some tables
    from the previous run beside new ones; rerun to make them one set again. A content is
    text, or a function that writes it to the stream it is given."""
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    mask = os.umask(0)
    os.umask(mask)
    waits: list[Callable[..., None]] = []
    try:
        for name, text in contents.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            os.chmod(tmp, 0o666 & ~mask)  # as an ordinary file would be, not mkstemp's 0600
            staged.append((name, Path(tmp)))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                text(stream) if callable(text) else stream.write(text)
                stream.flush()
                # to disk while the next file is written: the waits overlap
                waits.append(_sync_later(os.dup(stream.fileno())))
        for wait in waits:
            wait()  # raises the error of the file's fsync, if any
        for name, tmp in staged:
            os.replace(tmp, out / name)
    finally:
        for wait in waits:
            wait(raise_error=False)
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)


def _sync_later(handle: int) -> Callable[..., None]:
    """Start writing a file to disk (fsync, then close ``handle``) in a thread of its own; the
    function returned waits for it and raises its error."""
    failed: list[OSError] = []

    def sync() -> None:
        try:
            os.fsync(handle)
        except OSError as exc:
            failed.append(exc)
        finally:
            os.close(handle)

    thread = threading.Thread(target=sync, daemon=True)
    try:
        thread.start()
    except BaseException:
        os.close(handle)
        raise

    def wait(raise_error: bool = True) -> None:
        thread.join()
        if failed and raise_error:
            raise failed[0]

    return wait


def write_tables(
    out: Path,
    files: Mapping[str, str | Callable[[TextIO], None]],
    remove: Iterable[str] = (),
) -> list[Path]:
    """Write table files atomically with a ``datapackage.json`` that describes every known
    table now in ``out`` (tables of other stages written earlier included); delete ``remove``
    first. Returns the paths written."""
    for name in remove:
        (out / name).unlink(missing_ok=True)
    present = [r for r in RESOURCES.values() if r.path in files or (out / r.path).exists()]
    contents = {**files, "datapackage.json": describe_package(present)}
    write_files_atomically(out, contents)
    return [out / name for name in contents]
