"""Review decisions: read, checked, and matched to the rows they decide.

An evaluator's decisions live in a folder (``data/review/`` by default), one plain CSV per
reviewed table, one row per decision, keyed like the table:

- ``participant_outcomes.csv``: ``project_code, indicator, decision, value, reviewer, note``;
- ``covid_evidence.csv``: ``project_code, section, sentence_index, decision, categories,
  reviewer, note``.

``decision`` is ``accept``, ``reject`` or ``correct``; ``value`` (a count, or a status such as
``exceeded``) and ``categories`` (``;``-separated) only where corrected. An optional
``fingerprint`` column (the worksheet fills it in) ties a decision to what the reviewer saw: a
row whose key no longer matches a row of the table, or whose fingerprint differs from the
table's (the document changed), is reported and never applied.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

DECISIONS = ("accept", "reject", "correct")
STATUSES = ("met", "exceeded", "not_met", "not_reported", "no_target")
REVIEWED = {
    "participant_outcomes": {
        "key": ("project_code", "indicator"),
        "columns": ("project_code", "indicator", "decision", "value", "reviewer", "note"),
        "correction": "value",
    },
    "covid_evidence": {
        "key": ("project_code", "section", "sentence_index"),
        "columns": (
            "project_code",
            "section",
            "sentence_index",
            "decision",
            "categories",
            "reviewer",
            "note",
        ),
        "correction": "categories",
    },
}
MAX_FILE_BYTES = 20 * 1024 * 1024  # review files are small; anything larger is a mistake


@dataclass(frozen=True)
class Decision:
    table: str
    key: tuple[str, ...]
    decision: str
    correction: str  # the value or categories, as written ("" unless corrected)
    reviewer: str
    note: str
    fingerprint: str  # "" when the row carries none
    file: str
    line: int


@dataclass(frozen=True)
class ReviewIssue:
    file: str
    line: int | None
    table: str
    key: str
    problem: str

    @property
    def is_applied(self) -> bool:
        """Whether the decisions it is about were applied all the same (unverified ones)."""
        return self.problem.startswith("unverified")


@dataclass
class Reviews:
    """Decisions by table and key, and every problem found while reading or matching."""

    decisions: dict[str, dict[tuple[str, ...], Decision]] = field(default_factory=dict)
    issues: list[ReviewIssue] = field(default_factory=list)

    def for_table(self, table: str) -> dict[tuple[str, ...], Decision]:
        return self.decisions.get(table, {})

    @property
    def count(self) -> int:
        return sum(len(d) for d in self.decisions.values())


def read_reviews(folder: Path | None, categories: tuple[str, ...] = ()) -> Reviews:
    """The decisions in ``folder`` (missing folder or files: none). ``categories`` are the
    COVID categories a correction may name."""
    reviews = Reviews()
    if folder is None:
        return reviews
    for table, spec in REVIEWED.items():
        path = folder / f"{table}.csv"
        if path.is_file():
            _read_file(path, table, spec, categories, reviews)
    return reviews


def _read_file(path: Path, table: str, spec: dict, categories: tuple[str, ...], reviews: Reviews):
    name = path.as_posix()
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        reviews.issues.append(
            ReviewIssue(
                name,
                None,
                table,
                "",
                f"not read: {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit",
            )
        )
        return
    read_rows(csv_rows(path.read_bytes()), name, table, categories, reviews)


def csv_rows(data: bytes) -> list[tuple[int, dict]]:
    """The rows of a review file or worksheet saved by any spreadsheet, with their line
    numbers: UTF-8 (with or without BOM), else Windows-1252 (Excel on Windows); comma- or
    semicolon-separated (Excel in Finnish), as its header line says."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(reader.line_num, row) for row in reader]


def read_rows(
    rows: list[tuple[int, dict]],
    name: str,
    table: str,
    categories: tuple[str, ...],
    reviews: Reviews,
) -> None:
    """Check each decided row of a review file (or worksheet) and keep the good ones."""
    spec = REVIEWED[table]

    def problem(line: int | None, key: str, message: str) -> None:
        reviews.issues.append(ReviewIssue(name, line, table, key, message))

    header = {str(k).strip() for _, row in rows[:1] for k in row if k is not None}
    missing = [c for c in spec["columns"] if rows and c not in header]
    if missing:
        problem(1, "", f"not read: missing column(s) {', '.join(missing)}")
        return
    chosen = reviews.decisions.setdefault(table, {})
    for line, row in rows:
        values = {str(k).strip(): str(v or "").strip() for k, v in row.items() if k is not None}
        if not any(values.values()):
            continue
        key = tuple(values.get(c, "") for c in spec["key"])
        shown = ", ".join(key)
        decision = values.get("decision", "").lower()
        if not decision:
            continue  # a worksheet row not decided yet
        if not all(key):
            problem(line, shown, f"the key ({', '.join(spec['key'])}) is incomplete")
            continue
        if decision not in DECISIONS:
            problem(line, shown, f"decision {decision!r} is not one of {', '.join(DECISIONS)}")
            continue
        correction = values.get(spec["correction"], "")
        if decision == "correct":
            message = _check_correction(table, correction, categories)
            if message:
                problem(line, shown, message)
                continue
        elif correction:
            problem(line, shown, f"{spec['correction']} is given but the decision is {decision}")
            continue
        if table == "covid_evidence" and not key[2].isdigit():
            problem(line, shown, "sentence_index is not a whole number")
            continue
        if key in chosen:
            earlier = chosen[key]
            problem(
                line,
                shown,
                f"a second decision for this row (the first is on line {earlier.line}); "
                "this later one is applied",
            )
        chosen[key] = Decision(
            table,
            key,
            decision,
            correction,
            values.get("reviewer", ""),
            values.get("note", ""),
            values.get("fingerprint", ""),
            name,
            line,
        )


def _check_correction(table: str, correction: str, categories: tuple[str, ...]) -> str | None:
    if table == "participant_outcomes":
        if correction.isdigit() or correction in STATUSES:
            return None
        return (
            f"value {correction!r} is neither a whole number of participants nor a status "
            f"({', '.join(STATUSES)})"
        )
    named = [c.strip() for c in correction.split(";") if c.strip()]
    unknown = [c for c in named if c not in categories]
    if unknown:
        return f"unknown categories {', '.join(unknown)} (known: {', '.join(categories)})"
    return None


def match(
    rows: list[dict], table: str, reviews: Reviews
) -> tuple[list[Decision | None], list[ReviewIssue]]:
    """The decision for each row (None where there is none or it is stale), and an issue for
    every decision that matches no row or was made on another reading."""
    spec = REVIEWED[table]
    decisions = reviews.for_table(table)
    used: set[tuple[str, ...]] = set()
    matched: list[Decision | None] = []
    issues: list[ReviewIssue] = []
    for row in rows:
        key = tuple(str(row[c]) for c in spec["key"])
        decision = decisions.get(key)
        if decision is None:
            matched.append(None)
            continue
        used.add(key)
        if decision.fingerprint and decision.fingerprint != row.get("fingerprint"):
            issues.append(
                ReviewIssue(
                    decision.file,
                    decision.line,
                    table,
                    ", ".join(key),
                    "stale: the row has changed since it was reviewed (the document or the "
                    "reading is different); review it again",
                )
            )
            matched.append(None)
            continue
        matched.append(decision)
    unverified: dict[str, int] = {}
    for decision in matched:
        if decision is not None and not decision.fingerprint:
            unverified[decision.file] = unverified.get(decision.file, 0) + 1
    for file, count in unverified.items():
        issues.append(
            ReviewIssue(
                file,
                None,
                table,
                "",
                f"unverified: {count} decision(s) carry no fingerprint and were applied by key "
                "alone, so a change of the document since they were made cannot be detected; "
                "decisions written through the worksheet (analyysi review) carry one",
            )
        )
    for key, decision in decisions.items():
        if key not in used:
            issues.append(
                ReviewIssue(
                    decision.file,
                    decision.line,
                    table,
                    ", ".join(key),
                    "stale: no such row in the tables (the document changed or is gone, or the "
                    "key is mistyped); not applied",
                )
            )
    return matched, issues
