"""The parse stage as a stream: a folder of descriptions in, the tidy tables out, in memory
that does not grow with the number of documents.

Worker processes (``jobs``, one per core by default) each turn a document into its finished
rows: read, parse, checked against the column metadata and formatted as CSV text
(``parse.document_rows``), and append them to temporary files of their own, one per table
(the spill). The parent takes, in file-name order, only small keys per document (its
project code, its completeness, where its rows lie), keeps one document per project code
(``parse._completeness``, the rule of ``parse.parse_folder``) and finally writes every table
in key order, atomically, from the workers' files: it never handles the rows in between, so
its share of the work stays small. The tables written are byte for byte those of
``parse_folder`` + ``build_tables`` whatever the number of workers.
"""

from __future__ import annotations

import gc
import heapq
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TextIO

from analyysi.documents.fields import Issue
from analyysi.documents.read import MAX_MB
from analyysi.tables import parse
from analyysi.tables.metadata import RESOURCES
from analyysi.tables.rows import RowsInvalid, TableValidationError

RUN_BYTES = 1 << 20  # rows read from a spill file at once, at most (beyond one document's)
PENDING_BYTES = 4 << 20  # rows a process holds before writing them (beyond one document's)
CHUNK = 32  # documents a worker takes at a time: fewer messages and writes, fewer wake-ups
POOL_FROM = 16  # fewer documents are parsed in this process: sooner done than starting workers


@dataclass
class StreamResult:
    """What a streamed parse found and wrote (the counts ``analyysi parse`` reports)."""

    files: int = 0  # document files read
    projects: int = 0  # projects written
    rejected: dict[str, str] = field(default_factory=dict)  # source_file -> reason
    skipped: list[tuple[str, str]] = field(default_factory=list)  # other files, not read
    error_count: int = 0  # error rows in parse_issues.csv
    warning_count: int = 0  # warning rows in parse_issues.csv
    written: list[Path] = field(default_factory=list)


def parse_to_tables(
    raw: Path,
    out: Path,
    *,
    jobs: int = 1,
    include_contacts: bool = False,
    max_mb: float = MAX_MB,
    with_examples: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> StreamResult:
    """Parse every description under ``raw`` and write the tables and ``datapackage.json``
    into ``out``. Nothing is written when there is no document (``files`` is 0). Raises
    ``TableValidationError`` (nothing written) when a row breaks a contract in a way that
    cannot be traced to one project, ``OSError`` when the tables cannot be written."""
    # The folder outlives the workers: they are ended before their spill files are removed.
    with (
        tempfile.TemporaryDirectory(prefix="analyysi-parse-") as folder,
        _forked_pool(jobs) as pool,
    ):
        try:
            return _parse_to_tables(
                raw,
                out,
                jobs,
                include_contacts,
                max_mb,
                with_examples,
                progress,
                pool,
                Path(folder),
            )
        finally:
            _close_spill_file()  # this process's own, when it parsed documents itself


_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")


@contextmanager
def _forked_pool(jobs: int) -> Iterator[Any]:
    """Worker processes forked now, before the parent holds anything per document, so that
    none of it is in their memory (None for one job, or where workers are not forked: Windows
    has no fork, on macOS it is not safe; there they are started when needed)."""
    if jobs <= 1 or not _FORK:
        yield None
        return
    gc.freeze()  # and the workers' collector leaves the parent's objects alone: shared
    try:
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_quiet_worker)
    finally:
        gc.unfreeze()
    with pool:
        yield pool


def _parse_to_tables(
    raw: Path,
    out: Path,
    jobs: int,
    include_contacts: bool,
    max_mb: float,
    with_examples: bool,
    progress: Callable[[int, int], None] | None,
    pool: Any,
    folder: Path,
) -> StreamResult:
    result = StreamResult()
    names, skipped = parse.find_document_names(raw)  # in name order
    if not with_examples:
        names, examples = parse.leave_out_examples(raw, names)
        skipped = sorted(skipped + [(name, parse._LEFT_OUT) for name in examples])
    result.skipped, result.files = skipped, len(names)
    if not names:
        return result
    tables = parse.written_tables(include_contacts)
    issues = parse.table_rows("parse_issues")
    skipped_rows = [
        (source_file, _issue_text(Issue(source_file, None, "warning", "file", None, reason)))
        for source_file, reason in skipped
    ]
    result.warning_count += len(skipped)
    spill = _Spill(tables)
    # Per document only small keys: its project's candidates by code, where its rows lie.
    by_code: dict[str, tuple | list[tuple]] = {}  # code -> rank(s): see _rank
    slot = array("q")  # document -> its rows in the spill, -1 for none
    counts = array("q")  # errors, warnings of each spilled document
    broken: dict[int, tuple[str, str]] = {}  # document -> (table file, summary)
    issues_broken: dict[int, str] = {}
    error_rows: dict[int, bytes] = {}  # document -> its one error row (a rejected file)
    rows = _rows_of(raw, names, jobs, max_mb, spill.tables, pool, folder)
    for index, (done, where) in enumerate(rows):
        if done.rejected is not None:
            slot.append(-1)
            result.rejected[done.source_file] = done.rejected
            error_rows[index] = _error_row(done.source_file, done.project_code, done.rejected)
        else:
            rank = (*done.completeness[:3], index)  # documents come in name order
            found = by_code.get(done.project_code)
            if found is None:
                by_code[done.project_code] = rank
            elif isinstance(found, list):
                found.append(rank)
            else:
                by_code[done.project_code] = [found, rank]
            slot.append(spill.add(where))
            counts.extend((done.errors, done.warnings))
            if done.broken:
                broken[index] = done.broken
            if done.issues_broken:
                issues_broken[index] = done.issues_broken
        if progress:
            progress(index + 1, len(names))
    if pool is not None:
        pool.terminate()  # every document is done: the workers' memory is given back
    kept: list[tuple[str, int]] = []
    for code, ranks in by_code.items():
        candidates = ranks if isinstance(ranks, list) else [ranks]
        best = min(candidates)  # the most complete; first by name on a tie
        for rank in candidates:
            if rank is not best:
                index = rank[3]
                reason = parse._duplicate_reason(code, _named(rank, names), _named(best, names))
                result.rejected[names[index]] = reason
                error_rows[index] = _error_row(names[index], code, reason)
        index = best[3]
        if index in broken:
            reason = parse.contract_reason(TableValidationError(*broken[index], set()))
            result.rejected[names[index]] = reason
            error_rows[index] = _error_row(names[index], code, reason)
        elif index in issues_broken:  # cannot be traced to a project: write nothing
            raise TableValidationError(issues.resource.path, issues_broken[index], set())
        else:
            kept.append((code, index))
    del by_code, broken, issues_broken
    kept.sort()
    order = array("q", (slot[index] for _, index in kept))
    del kept
    for place in order:
        result.error_count += counts[2 * place]
        result.warning_count += counts[2 * place + 1]
    result.error_count += len(error_rows)
    result.projects = len(order)
    spill.open()
    files: dict[str, Callable[[TextIO], None]] = {
        RESOURCES[name].path: partial(_write_table, spill, name, order)
        for name in tables
        if name != "parse_issues"
    }
    files[issues.resource.path] = partial(
        _write_issues, spill, names, slot, error_rows, skipped_rows
    )
    ordered = {RESOURCES[name].path: files[RESOURCES[name].path] for name in tables}
    stale = [] if include_contacts else [RESOURCES["contacts"].path]
    try:
        result.written = parse.write_tables(out, ordered, remove=stale)
    finally:
        spill.close()
    return result


def _named(rank: tuple, names: list[str]) -> parse.Completeness:
    """A rank as ``parse._completeness`` gives it: the document's name last."""
    return parse.Completeness(*rank[:3], names[rank[3]])


def _issue_text(issue: Issue) -> bytes:
    try:
        return parse.table_rows("parse_issues").text([issue.__dict__]).encode()
    except RowsInvalid as exc:
        raise TableValidationError(exc.resource.path, exc.summary, set()) from None


def _error_row(source_file: str, code: str | None, reason: str) -> bytes:
    return _issue_text(Issue(source_file, code, "error", "file", None, reason))


def _rows_of(
    raw: Path,
    names: list[str],
    jobs: int,
    max_mb: float,
    tables: list[str],
    pool: Any,
    folder: Path,
) -> Iterator[tuple[parse.DocumentRows, _Where | None]]:
    """Each document parsed and its rows spilled, in the order of ``names``: in this process
    for one job or a few documents, else by the workers (``pool``, or a pool started here
    where workers are not forked), with a bounded number of documents in flight."""
    batch = partial(_documents, raw=raw, max_mb=max_mb, tables=tables, folder=folder)
    if jobs <= 1 or len(names) < POOL_FROM:
        for part in _batches(names, CHUNK):
            yield from batch(part)
        return
    if pool is None:
        with multiprocessing.get_context().Pool(jobs, initializer=_quiet_worker) as started:
            yield from _rows_of(raw, names, jobs, max_mb, tables, started, folder)
        return
    chunk = max(1, min(CHUNK, len(names) // (jobs * 4)))
    # Finished documents' keys wait for the parent in its memory: at most this many batches
    # are handed out ahead of it, so memory does not grow with the number of documents.
    ahead = threading.Semaphore(jobs * 4)
    stop = threading.Event()

    def handed_out() -> Iterator[list[str]]:
        for part in _batches(names, chunk):
            while not ahead.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield part

    try:
        for done in pool.imap(batch, handed_out()):
            ahead.release()
            yield from done
    finally:  # before the pool ends: its feeding thread must not wait on ``ahead``
        stop.set()


def _batches(names: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(names), size):
        yield names[start : start + size]


class _Where(NamedTuple):
    """Where a document's rows lie: in which process's spill files, and where in each (the
    tables in the order of ``_Spill.tables``)."""

    files: str  # the common start of their paths: ``<folder>/rows-<process id>``
    starts: tuple[int, ...]
    sizes: tuple[int, ...]


def _documents(
    source_files: list[str], raw: Path, max_mb: float, tables: list[str], folder: Path
) -> list[tuple[parse.DocumentRows, _Where | None]]:
    """A batch of documents parsed (in a worker, or in the parent for one job), their rows
    appended to this process's spill files in ``folder``, each file written once per batch:
    only the small rest goes back to the parent."""
    include_contacts = "contacts" in tables
    spill = _spill_files(folder, tables)
    made = []
    for source_file in source_files:
        done = parse.document_rows(raw / source_file, source_file, max_mb, include_contacts)
        if done.rejected is not None:
            made.append((done, None))
            continue
        parts = [
            done.issues if name == "parse_issues" else done.tables.get(name, b"") for name in tables
        ]
        done.tables, done.issues = {}, b""
        made.append((done, spill.append(parts)))
    spill.flush()  # before the parent hears of them
    return made


class _SpillFiles:
    """This process's spill files, one per table: documents' rows appended one after another,
    so that a table's rows of documents parsed in a row lie together, read back at once."""

    def __init__(self, prefix: str, tables: list[str]) -> None:
        self.prefix, self.tables = prefix, tables
        # Unbuffered, written by ``flush`` (the parent reads the files after this process has
        # ended, without a chance to flush): a write per table and batch, not per document.
        paths = [f"{prefix}-{name}.part" for name in tables]
        self.streams = [open(path, "ab", buffering=0) for path in paths]  # noqa: SIM115
        self.ends = [stream.seek(0, os.SEEK_END) for stream in self.streams]
        self.pending: list[list[bytes]] = [[] for _ in tables]
        self.pending_bytes = 0

    def append(self, parts: list[bytes]) -> _Where:
        starts = tuple(self.ends)
        for number, data in enumerate(parts):
            if data:
                self.pending[number].append(data)
                self.ends[number] += len(data)
                self.pending_bytes += len(data)
        if self.pending_bytes > PENDING_BYTES:  # a batch of long documents
            self.flush()
        return _Where(self.prefix, starts, tuple(map(len, parts)))

    def flush(self) -> None:
        for stream, pending in zip(self.streams, self.pending, strict=True):
            if pending:
                _write_all(stream, b"".join(pending))
                pending.clear()
        self.pending_bytes = 0

    def close(self) -> None:
        try:
            self.flush()
        finally:  # also when the disk is full: no file is left open
            for stream in self.streams:
                stream.close()


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """An unbuffered write may take only part of the data: the rest is written after it."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view) :]


_own_spill: _SpillFiles | None = None


def _spill_files(folder: Path, tables: list[str]) -> _SpillFiles:
    """This process's spill files in ``folder``, named by its process id: a forked worker opens
    its own rather than use the parent's."""
    global _own_spill
    prefix = str(folder / f"rows-{os.getpid()}")
    if _own_spill is None or _own_spill.prefix != prefix or _own_spill.tables != tables:
        _close_spill_file()
        _own_spill = _SpillFiles(prefix, tables)
    return _own_spill


def _close_spill_file() -> None:
    global _own_spill
    if _own_spill is not None:
        spill, _own_spill = _own_spill, None
        spill.close()


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle: a worker stops when the parent ends the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_PREAD = hasattr(os, "pread")  # not on Windows


class _Spill:
    """Where each document's rows lie in the spill files, table by table."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = [name for name in tables if name != "parse_issues"] + ["parse_issues"]
        self.prefixes: dict[str, int] = {}  # a process's spill files -> their number
        self.file = array("q")  # slot -> the number of its spill files
        self.starts = {name: array("q") for name in self.tables}
        self.sizes = {name: array("q") for name in self.tables}
        self.streams: list[BinaryIO] = []
        self.numbers: dict[str, list[int]] = {}  # table -> file descriptor of each process's

    def add(self, where: _Where) -> int:
        """Note where one document's rows lie; returns its slot."""
        self.file.append(self.prefixes.setdefault(where.files, len(self.prefixes)))
        for name, start, size in zip(self.tables, where.starts, where.sizes, strict=True):
            self.starts[name].append(start)
            self.sizes[name].append(size)
        return len(self.file) - 1

    def open(self) -> None:
        # Unbuffered: each read is a run of rows, read whole.
        for name in self.tables:
            paths = [f"{prefix}-{name}.part" for prefix in self.prefixes]
            self.streams += [open(path, "rb", buffering=0) for path in paths]  # noqa: SIM115
            self.numbers[name] = [stream.fileno() for stream in self.streams[-len(paths) :]]

    def read(self, name: str, slot: int) -> bytes:
        return self._read(name, self.file[slot], self.starts[name][slot], self.sizes[name][slot])

    def copy(self, name: str, slots: Iterable[int], write: Callable[[bytes], object]) -> None:
        """Write the rows of ``slots`` in their order: rows that lie together in a file (the
        documents a process parsed in a row) are read at once, up to RUN_BYTES."""
        files, starts, sizes = self.file, self.starts[name], self.sizes[name]
        run_file, run_start, run_end = -1, 0, 0
        for slot in slots:
            size = sizes[slot]
            if not size:
                continue
            file, start = files[slot], starts[slot]
            if file == run_file and start == run_end and run_end - run_start < RUN_BYTES:
                run_end += size
                continue
            if run_end > run_start:
                write(self._read(name, run_file, run_start, run_end - run_start))
            run_file, run_start, run_end = file, start, start + size
        if run_end > run_start:
            write(self._read(name, run_file, run_start, run_end - run_start))

    def _read(self, name: str, file: int, start: int, size: int) -> bytes:
        if not size:
            return b""
        number = self.numbers[name][file]
        if _PREAD:  # one system call, not two
            data = os.pread(number, size, start)
        else:
            os.lseek(number, start, os.SEEK_SET)
            data = os.read(number, size)
        while len(data) < size:  # a read may return less than asked
            more = (
                os.pread(number, size - len(data), start + len(data))
                if _PREAD
                else os.read(number, size - len(data))
            )
            if not more:
                raise OSError(f"a spill file of the parse is shorter than written: {name}")
            data += more
        return data

    def close(self) -> None:
        for stream in self.streams:
            stream.close()


def _bytes_of(stream: TextIO) -> Callable[[bytes], object]:
    """A writer of UTF-8 bytes to a text stream: to its buffer when it has one (after what was
    written as text), so rows are not decoded only to be encoded again."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None or (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
        return lambda data: stream.write(data.decode("utf-8"))
    stream.flush()
    return buffer.write


def _write_table(spill: _Spill, name: str, slots: array, stream: TextIO) -> None:
    stream.write(parse.table_rows(name).header())
    spill.copy(name, slots, _bytes_of(stream))


def _write_issues(
    spill: _Spill,
    names: list[str],
    slot: array,
    error_rows: dict[int, bytes],
    skipped_rows: list[tuple[str, bytes]],
    stream: TextIO,
) -> None:
    """parse_issues.csv: by file name (skipped files and documents merged), a document's own
    rows already sorted; a rejected document has its one error row."""
    stream.write(parse.table_rows("parse_issues").header())
    write = _bytes_of(stream)
    documents = ((name, index) for index, name in enumerate(names))
    merged = heapq.merge(
        ((name, 1, text) for name, text in skipped_rows),
        ((name, 0, index) for name, index in documents),
        key=lambda entry: entry[0],
    )
    for _, kind, what in merged:
        if kind == 1:
            write(what)
        elif what in error_rows:
            write(error_rows[what])
        else:
            write(spill.read("parse_issues", slot[what]))
