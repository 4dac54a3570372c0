"""The parse stage: a folder of descriptions in, the tidy tables and their package out.

Every input file ends up in ``projects.csv`` or has an ``error`` row in ``parse_issues.csv``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from analyysi.datapackage import describe_package
from analyysi.documents.checks import check_record
from analyysi.documents.fields import (
    Issue,
    Record,
    extract_record,
    find_project_code,
    is_valid_project_code,
)
from analyysi.documents.read import RejectedFile, read_document
from analyysi.documents.sections import split_sections
from analyysi.metadata import RESOURCES
from analyysi.tidy import build_table, format_csv, write_files_atomically

DOCUMENT_SUFFIX = ".txt"
# Files a user keeps beside the documents on purpose; anything else unread is reported.
_NOT_DOCUMENTS = {"readme.md", "readme", "readme.txt", ".gitkeep", ".ds_store"}


@dataclass
class ParseResult:
    records: list[Record] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every document file read
    rejected: dict[str, str] = field(default_factory=dict)  # source_file -> reason

    @property
    def error_count(self) -> int:
        return sum(issue.severity == "error" for issue in self.issues)

    @property
    def warning_count(self) -> int:
        return sum(issue.severity == "warning" for issue in self.issues)


def find_documents(raw: Path) -> tuple[list[Path], list[Path]]:
    """Document files (``*.txt``, any depth, name order) and other files that are not read."""
    documents, others = [], []
    for path in sorted(p for p in raw.rglob("*") if p.is_file()):
        relative = path.relative_to(raw)
        if any(part.startswith(".") for part in relative.parts[:-1]):
            continue
        if path.suffix.lower() == DOCUMENT_SUFFIX and path.name.casefold() not in _NOT_DOCUMENTS:
            documents.append(path)
        elif path.name.casefold() not in _NOT_DOCUMENTS:
            others.append(path)
    return documents, others


def parse_folder(raw: Path, progress: Callable[[int, int], None] | None = None) -> ParseResult:
    """Parse every description under ``raw``; bad files become issues, never exceptions."""
    result = ParseResult()
    documents, others = find_documents(raw)
    for path in others:
        result.issues.append(
            Issue(
                _relative(raw, path),
                None,
                "warning",
                "file",
                None,
                f"not read: only {DOCUMENT_SUFFIX} files are taken as project descriptions",
            )
        )
    seen: dict[str, str] = {}  # project code -> source file
    for done, path in enumerate(documents, start=1):
        source_file = _relative(raw, path)
        result.files.append(source_file)
        outcome = _parse_file(path, source_file, seen)
        if isinstance(outcome, Record):
            seen[outcome.project_code] = source_file
            result.records.append(outcome)
            result.issues.extend(outcome.issues)
            result.issues.extend(check_record(outcome))
        else:
            code, reason = outcome
            result.rejected[source_file] = reason
            result.issues.append(Issue(source_file, code, "error", "file", None, reason))
        if progress:
            progress(done, len(documents))
    return result


def _parse_file(
    path: Path, source_file: str, seen: dict[str, str]
) -> Record | tuple[str | None, str]:
    """A record, or (project code if known, reason) for a rejected file."""
    try:
        document = read_document(path, source_file)
    except RejectedFile as exc:
        return None, f"rejected: {exc}"
    except OSError as exc:
        return None, f"rejected: cannot be read ({exc.strerror or exc})"
    split = split_sections(document)
    found = find_project_code(document)
    if not split.sections or found is None:
        lacking = " and ".join(
            what
            for what, missing in (
                ("no project code (Hankekoodi)", found is None),
                ("no known section headings", not split.sections),
            )
            if missing
        )
        return None, f"rejected: not a project description ({lacking})"
    code, line = found
    if not is_valid_project_code(code):
        return None, f"rejected: Hankekoodi on line {line} is not a project code: {code!r}"
    if code in seen:
        return code, (
            f"rejected: project code {code} was already read from {seen[code]}; "
            f"{source_file} is a second file with the same code"
        )
    return extract_record(document, split, code, line)


def _relative(raw: Path, path: Path) -> str:
    return path.relative_to(raw).as_posix()


def build_tables(result: ParseResult, include_contacts: bool = False) -> dict[str, str]:
    """CSV text of every table, validated, keyed by file name."""
    rows: dict[str, list[dict]] = {name: [] for name in RESOURCES}
    for record in result.records:
        code = record.project_code
        rows["projects"].append(
            {
                **record.project,
                "source_file": record.source_file,
                "source_sha256": record.source_sha256,
            }
        )
        rows["project_sources"].extend(
            {"project_code": code, "field": name, "line": line}
            for name, line in record.project_lines.items()
        )
        for table in (
            "funding",
            "areas",
            "indicators",
            "organisations",
            "texts",
            "gender_equality",
            "sustainability",
        ):
            rows[table].extend({"project_code": code, **row} for row in getattr(record, table))
        if record.contact:
            rows["contacts"].append({"project_code": code, **record.contact})
    rows["parse_issues"] = [issue.__dict__ for issue in result.issues]
    files = {}
    for name, resource in RESOURCES.items():
        if resource.optional and not include_contacts:
            continue
        files[resource.path] = format_csv(resource, build_table(resource, rows[name]))
    return files


def write_outputs(out: Path, files: dict[str, str], include_contacts: bool) -> list[Path]:
    """Write the tables and ``datapackage.json`` atomically; remove a stale ``contacts.csv``
    when contacts were not asked for. Returns the paths written."""
    resources = [r for r in RESOURCES.values() if r.path in files]
    contents = {**files, "datapackage.json": describe_package(resources)}
    write_files_atomically(out, contents)
    if not include_contacts:
        (out / RESOURCES["contacts"].path).unlink(missing_ok=True)
    return [out / name for name in contents]


def print_progress(done: int, total: int) -> None:
    """Progress on standard error for long runs only."""
    if total >= 200 and (done % 100 == 0 or done == total):
        print(f"  parsed {done}/{total} files", file=sys.stderr, flush=True)
