"""The parse stage: a folder of descriptions in, the tidy tables and their package out.

Every input file ends up in ``projects.csv`` or has an ``error`` row in ``parse_issues.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from analyysi import config
from analyysi.documents.checks import check_record
from analyysi.documents.fields import (
    Issue,
    Record,
    extract_record,
    find_project_codes,
    is_valid_project_code,
)
from analyysi.documents.read import MAX_MB, RejectedFile, identify_file, read_document
from analyysi.documents.sections import split_sections
from analyysi.tables.files import write_tables
from analyysi.tables.metadata import RESOURCES
from analyysi.tables.rows import RowsInvalid, TableRows, TableValidationError

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")  # the text of a page, or the page itself
# Kept beside the documents on purpose; passed over without a word. Anything else not read
# is reported.
_QUIET = {"readme.md", ".gitkeep", ".ds_store", "fetch-manifest.csv"}


@dataclass
class ParseResult:
    records: list[Record] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every document file read
    rejected: dict[str, str] = field(default_factory=dict)  # source_file -> reason
    skipped: list[tuple[str, str]] = field(default_factory=list)  # other files, not read

    @property
    def error_count(self) -> int:
        return sum(issue.severity == "error" for issue in self.issues)

    @property
    def warning_count(self) -> int:
        return sum(issue.severity == "warning" for issue in self.issues)


def find_documents(raw: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Document files (``*.txt``, ``*.html``, ``*.htm`` at any depth, in name order) and, for
    everything else that is not read, (relative path, reason)."""
    names, skipped = find_document_names(raw)
    return [raw / name for name in names], skipped


def find_document_names(raw: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """``find_documents`` with each document as its path relative to ``raw`` ('/' between
    folders): its ``source_file``. Names are strings until a file is opened, as a Path for
    each of thousands of files cost the parse stage a serial start of tenths of a second."""
    documents: list[str] = []
    skipped: list[tuple[str, str]] = []
    for folder, subfolders, names in os.walk(raw):
        here = Path(folder)
        prefix = "" if here == raw else _relative(raw, here) + "/"
        for name in sorted(subfolders):
            path = here / name
            if name.startswith(".") or path.is_symlink():
                subfolders.remove(name)
                why = "a hidden folder" if name.startswith(".") else "a link to a folder"
                skipped.append((prefix + name, f"not read: {why}"))
        for name in names:
            if name.casefold() in _QUIET:
                continue
            if name.startswith("."):
                skipped.append((prefix + name, "not read: a hidden file"))
            elif os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES:
                documents.append(prefix + name)
            else:
                skipped.append((prefix + name, f"not read: {_identify(here / name)}"))
    return sorted(documents), sorted(skipped)


def _identify(path: Path) -> str:
    head = b""
    if path.is_file():  # never open a pipe or a device: it could block
        try:
            with path.open("rb") as file:
                head = file.read(4096)
        except OSError:
            pass
    return identify_file(path, head) or "only .txt, .html and .htm files are descriptions"


EXAMPLES = config.REFERENCE / "bundled_examples.csv"
_LEFT_OUT = (
    "not read: one of the bundled example descriptions, left out because your own documents "
    "are beside it (--with-examples keeps it)"
)


def leave_out_examples(raw: Path, documents: list[str]) -> tuple[list[str], list[str]]:
    """(documents, examples left out), by their names relative to ``raw``: the project's
    bundled examples, unchanged in its data/raw, take part only while they are alone there."""
    bundled = config.ROOT / "data" / "raw"
    if not EXAMPLES.is_file() or not bundled.is_dir() or raw.resolve() != bundled.resolve():
        return documents, []
    with EXAMPLES.open(encoding="utf-8", newline="") as file:
        known = {(int(r["size_bytes"]), r["sha256"]) for r in csv.DictReader(file)}
    sizes = {size for size, _ in known}

    def is_example(path: Path) -> bool:
        return (
            path.is_file()
            and path.stat().st_size in sizes
            and (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest()) in known
        )

    examples = [name for name in documents if is_example(raw / name)]
    if len(examples) == len(documents):
        return documents, []
    return [name for name in documents if name not in examples], examples


def parse_folder(
    raw: Path,
    progress: Callable[[int, int], None] | None = None,
    max_mb: float = MAX_MB,
    with_examples: bool = False,
) -> ParseResult:
    """Parse every description under ``raw``; bad files become issues, never exceptions.
    Files over ``max_mb`` megabytes are rejected unread. The bundled examples are left out
    when other documents are beside them, unless ``with_examples``."""
    result = ParseResult()
    documents, skipped = find_document_names(raw)
    if not with_examples:
        documents, examples = leave_out_examples(raw, documents)
        skipped = sorted(skipped + [(name, _LEFT_OUT) for name in examples])
    result.skipped = skipped
    for source_file, reason in skipped:
        result.issues.append(Issue(source_file, None, "warning", "file", None, reason))
    by_code: dict[str, list[Record]] = {}
    for done, source_file in enumerate(documents, start=1):
        result.files.append(source_file)
        outcome = _parse_file(raw / source_file, source_file, max_mb)
        if isinstance(outcome, Record):
            by_code.setdefault(outcome.project_code, []).append(outcome)
        else:
            code, reason = outcome
            result.rejected[source_file] = reason
            result.issues.append(Issue(source_file, code, "error", "file", None, reason))
        if progress:
            progress(done, len(documents))
    for code, records in by_code.items():
        kept = min(records, key=_completeness)  # the most complete; first by name on a tie
        result.records.append(kept)
        result.issues.extend(kept.issues)
        result.issues.extend(check_record(kept))
        for other in records:
            if other is kept:
                continue
            reason = _duplicate_reason(code, _completeness(other), _completeness(kept))
            result.rejected[other.source_file] = reason
            result.issues.append(Issue(other.source_file, code, "error", "file", None, reason))
    result.records.sort(key=lambda r: r.source_file)
    return result


def _missing_sections(record: Record) -> int:
    return sum(
        1 for i in record.issues if i.field.startswith("section ") and "missing" in i.message
    )


class Completeness(NamedTuple):
    """How complete a record is; the smallest is kept among documents with the same project
    code (a tuple: compared field by field, the name last breaks a tie)."""

    missing_sections: int
    errors: int
    minus_filled: int  # the values filled, negated: more is better
    source_file: str


def _completeness(record: Record) -> Completeness:
    errors = sum(1 for i in record.issues if i.severity == "error")
    filled = sum(1 for v in record.project.values() if v not in (None, ""))
    return Completeness(_missing_sections(record), errors, -filled, record.source_file)


def _duplicate_reason(code: str, other: Completeness, kept: Completeness) -> str:
    """The error of a document not used, from its completeness and the kept one's."""
    here, there = other.missing_sections, kept.missing_sections
    if there < here:
        why = f"which is more complete ({there} sections missing there, {here} here)"
    elif kept[:3] == other[:3]:
        why = "which is as complete and comes first by name"
    else:
        why = "which has the same sections with fewer errors or more values"
    return (
        f"rejected: project code {code} is also in {kept.source_file}, {why}; "
        f"{other.source_file} is not used"
    )


def _parse_file(
    path: Path, source_file: str, max_mb: float = MAX_MB
) -> Record | tuple[str | None, str]:
    """A record, or (project code if known, reason) for a rejected file."""
    if not path.is_file():
        return None, "rejected: not a regular file (a broken link, a pipe or a device)"
    try:
        document = read_document(path, source_file, max_mb)
    except RejectedFile as exc:
        return None, f"rejected: {exc}"
    except OSError as exc:
        return None, f"rejected: cannot be read ({exc.strerror or exc})"
    split = split_sections(document)
    codes = find_project_codes(document)
    if not split.sections or not codes:
        lacking = " and ".join(
            what
            for what, missing in (
                ("no project code (Hankekoodi)", not codes),
                ("no known section headings", not split.sections),
            )
            if missing
        )
        return None, f"rejected: not a project description ({lacking})"
    code, line = codes[0]
    if len({c for c, _ in codes}) > 1:
        listed = ", ".join(f"{c} (line {n})" for c, n in codes)
        return code, (
            f"rejected: holds more than one project description ({listed}); "
            "put each project in a file of its own"
        )
    if not is_valid_project_code(code):
        return None, f"rejected: Hankekoodi on line {line} is not a project code: {code!r}"
    record = extract_record(document, split, code, line)
    if document.mixed_encoding_line:
        record.issues.append(
            Issue(
                source_file,
                code,
                "warning",
                "file",
                document.mixed_encoding_line,
                "not all UTF-8: bytes that are not UTF-8 (first on this line) were read as "
                "Windows-1252; check the characters there",
            )
        )
    return record


def _relative(raw: Path, path: Path) -> str:
    return path.relative_to(raw).as_posix()


RECORD_TABLES = (  # tables of a record's row lists
    "funding",
    "areas",
    "indicators",
    "organisations",
    "texts",
    "gender_equality",
    "sustainability",
)


# The tables of one record, in the order their contracts are checked.
PARSE_TABLES = tuple(
    name for name, r in RESOURCES.items() if r.stage == "parse" and name != "parse_issues"
)
_CHECKERS: dict[str, TableRows] = {}


def table_rows(name: str) -> TableRows:
    """The checker and writer of a table (built once per process)."""
    if name not in _CHECKERS:
        _CHECKERS[name] = TableRows(RESOURCES[name])
    return _CHECKERS[name]


def written_tables(include_contacts: bool) -> list[str]:
    """The tables ``parse`` writes, in the order of the metadata."""
    return [
        name
        for name, r in RESOURCES.items()
        if r.stage == "parse" and (include_contacts or not r.optional)
    ]


def build_tables(result: ParseResult, include_contacts: bool = False) -> dict[str, str]:
    """CSV text of every table, validated, keyed by file name.

    Should a project's values still break the contract (a bug in analyysi), that project is
    rejected with an error row and the others are written; ``TableValidationError`` is raised
    only when the failure cannot be traced to a project."""
    while True:
        rows = _table_rows(result)
        try:
            return {
                RESOURCES[name].path: table_rows(name).header() + table_rows(name).text(rows[name])
                for name in written_tables(include_contacts)
            }
        except RowsInvalid as exc:
            resource = exc.resource
            codes: set[str] = set()
            if "project_code" in resource.primary_key:
                table = rows[resource.name]
                codes = {table[n].get("project_code") for *_, n in exc.failures} - {None}
            if not codes:
                raise TableValidationError(resource.path, exc.summary, set()) from None
            _reject_records(result, TableValidationError(resource.path, exc.summary, codes))


def _record_rows(record: Record, name: str) -> list[dict]:
    """The rows of one table from one record."""
    code = record.project_code
    if name == "projects":
        return [
            {
                **record.project,
                "source_file": record.source_file,
                "source_sha256": record.source_sha256,
            }
        ]
    if name == "project_sources":
        return [
            {"project_code": code, "field": key, "line": line}
            for key, line in record.project_lines.items()
        ]
    if name == "contacts":
        return [{"project_code": code, **record.contact}] if record.contact else []
    return [{"project_code": code, **row} for row in getattr(record, name)]


def _table_rows(result: ParseResult) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {name: [] for name in RESOURCES}
    for record in result.records:
        for name in PARSE_TABLES:
            rows[name].extend(_record_rows(record, name))
    rows["parse_issues"] = [issue.__dict__ for issue in result.issues]
    return rows


def _reject_records(result: ParseResult, exc: TableValidationError) -> None:
    for record in [r for r in result.records if r.project_code in exc.project_codes]:
        result.records.remove(record)
        reason = contract_reason(exc)
        result.rejected[record.source_file] = reason
        result.issues = [i for i in result.issues if i.source_file != record.source_file]
        result.issues.append(
            Issue(record.source_file, record.project_code, "error", "file", None, reason)
        )


def contract_reason(exc: TableValidationError) -> str:
    """The error of a project whose values break a table's contract."""
    return (
        f"rejected: a value breaks the data contract in {exc.table} ({exc.summary}); "
        "this is a bug in analyysi, please report it with this file"
    )


def write_outputs(out: Path, files: dict[str, str], include_contacts: bool) -> list[Path]:
    """Write the tables and ``datapackage.json`` atomically; remove a stale ``contacts.csv``
    when contacts were not asked for. Returns the paths written."""
    stale = [] if include_contacts else [RESOURCES["contacts"].path]
    return write_tables(out, files, remove=stale)


@dataclass
class DocumentRows:
    """One document made into finished rows, as a worker hands it to the parse stream."""

    source_file: str
    project_code: str | None
    rejected: str | None = None  # why the file gives no project
    completeness: Completeness | None = None  # of its record
    # table -> its checked, sorted CSV rows, UTF-8 (encoded in the worker, written as they are)
    tables: dict[str, bytes] = field(default_factory=dict)
    issues: bytes = b""  # its parse_issues rows, checked and sorted, UTF-8
    errors: int = 0
    warnings: int = 0
    broken: tuple[str, str] | None = None  # (table file, summary): a value breaks a contract
    issues_broken: str | None = None  # summary: its issue rows break parse_issues' contract


def document_rows(
    path: Path, source_file: str, max_mb: float = MAX_MB, include_contacts: bool = False
) -> DocumentRows:
    """Read, parse, check and format one document: what a worker of the stream does."""
    outcome = _parse_file(path, source_file, max_mb)
    if not isinstance(outcome, Record):
        code, reason = outcome
        return DocumentRows(source_file, code, rejected=reason)
    record = outcome
    done = DocumentRows(source_file, record.project_code, completeness=_completeness(record))
    for name in PARSE_TABLES:
        if name == "contacts" and not include_contacts:
            continue
        try:
            done.tables[name] = table_rows(name).text(_record_rows(record, name)).encode()
        except RowsInvalid as exc:
            done.tables, done.broken = {}, (exc.resource.path, exc.summary)
            return done
    issues = record.issues + check_record(record)
    done.errors = sum(issue.severity == "error" for issue in issues)
    done.warnings = sum(issue.severity == "warning" for issue in issues)
    try:
        done.issues = table_rows("parse_issues").text(i.__dict__ for i in issues).encode()
    except RowsInvalid as exc:
        done.issues_broken = exc.summary
    return done
