"""The review worksheet: what still needs an evaluator's decision, with its evidence, as CSV
files and one Excel workbook; and filled worksheets merged back into the review files.

The first columns of each sheet are those of the review file it feeds (``participant_outcomes``
or ``covid_evidence``), then the machine's reading and the evidence sentence with its
neighbours. An evaluator fills in ``decision`` (accept, reject, correct) and, for a correction,
``value`` or ``categories``, and merges the sheet back with ``analyysi review --merge``. Every
cell is made safe for a spreadsheet (``analyysi.tables.spreadsheet``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analyysi.review.decisions import REVIEWED, ReviewIssue, Reviews, csv_rows, read_rows
from analyysi.tables.spreadsheet import safe_frame
from analyysi.tables.tidy import read_table, write_files_atomically
from analyysi.text.sentences import split_sentences
from analyysi.text.unsure import evidence_reason, outcome_reason

SHEETS = {
    "participant_outcomes": (
        "uncertain_reason",
        "planned",
        "realised_reported",
        "realised_from_text",
        "status",
        "achievement",
        "source",
        "realised_parts",
        "evidence",
        "statement",
        "previous_sentence",
        "next_sentence",
    ),
    "covid_evidence": (
        "uncertain_reason",
        "adaptations",
        "link",
        "sentence",
        "previous_sentence",
        "next_sentence",
    ),
}
GUIDE = [
    (
        "fi",
        "Täytä sarake decision: accept (kone luki oikein), reject (väärin: ei lukua, ei muutosta) "
        "tai correct (korjaa: anna value = osallistujamäärä tai tila, tai categories = luokat "
        "puolipisteellä erotettuna). Lisää nimesi sarakkeeseen reviewer. Tallenna ja aja "
        "analyysi review --merge TIEDOSTO, sitten analyysi run.",
    ),
    (
        "en",
        "Fill in the decision column: accept (the machine read it right), reject (wrong: no "
        "figure, no adaptation) or correct (give value = the participant count or a status, or "
        "categories = categories separated by semicolons). Put your name in reviewer. Save and "
        "run analyysi review --merge FILE, then analyysi run.",
    ),
]


@dataclass
class Worksheet:
    files: list[Path]
    rows: dict[str, int]  # table -> rows waiting for a decision


def write_worksheet(processed: Path, out: Path) -> Worksheet:
    """Write the worksheet of every machine reading still waiting for a decision."""
    texts = read_table("texts", processed)
    neighbours = _neighbours(texts)
    frames = {
        "participant_outcomes": _outcome_rows(
            read_table("participant_outcomes", processed),
            neighbours,
            read_table("participant_claims", processed),
        ),
        "covid_evidence": _evidence_rows(read_table("covid_evidence", processed), neighbours),
    }
    contents = {
        f"{table}-worksheet.csv": safe_frame(frame).to_csv(index=False, lineterminator="\n")
        for table, frame in frames.items()
    }
    write_files_atomically(out, contents)
    workbook = out / "worksheet.xlsx"
    _write_workbook(workbook, frames)
    return Worksheet(
        [out / name for name in contents] + [workbook], {t: len(f) for t, f in frames.items()}
    )


def _neighbours(texts: pd.DataFrame) -> dict[tuple[str, str], list[str]]:
    return {
        (r.project_code, r.section): [" ".join(s.text.split()) for s in split_sentences(r.text)]
        for r in texts.itertuples(index=False)
    }


def _around(sentences: list[str], index: int) -> tuple[str, str]:
    before = sentences[index - 1] if 0 < index <= len(sentences) else ""
    after = sentences[index + 1] if 0 <= index + 1 < len(sentences) else ""
    return before, after


def _outcome_rows(
    outcome: pd.DataFrame, neighbours: dict, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every reading waiting for a decision; one the rules are unsure of says why
    (``uncertain_reason``) and quotes the sentences it rests on, and is never left out."""
    waiting = outcome[
        (outcome["review_status"] == "unconfirmed") & (outcome["status"] != "no_target")
    ]
    rows = []
    for r in waiting.to_dict("records"):
        final = neighbours.get((r["project_code"], "final_report"), [])
        quoted = r["evidence"] if isinstance(r["evidence"], str) else ""
        at = final.index(quoted) if quoted in final else -1
        before, after = _around(final, at) if at >= 0 else ("", "")
        unsure = outcome_reason(r, claims) if claims is not None else None
        shown = {c: _plain(r.get(c)) for c in SHEETS["participant_outcomes"][1:-2]}
        if unsure is not None and unsure[1] and not quoted:
            shown["evidence"] = unsure[1]  # the sentences the reading could rest on
        rows.append(
            {
                **_blank(r, "participant_outcomes"),
                "uncertain_reason": unsure[0] if unsure else "",
                **shown,
                "previous_sentence": before,
                "next_sentence": after,
            }
        )
    return pd.DataFrame(rows, columns=_columns("participant_outcomes"))


def _evidence_rows(evidence: pd.DataFrame, neighbours: dict) -> pd.DataFrame:
    """Adaptations waiting for a decision, and the changes tied to the pandemic the rules did
    not count (marked with why), so that none is dropped unseen."""
    unconfirmed = evidence[evidence["review_status"] == "unconfirmed"]
    reasons = [evidence_reason(r) for r in unconfirmed.to_dict("records")]
    waiting = unconfirmed.assign(uncertain_reason=reasons)
    waiting = waiting[waiting["adaptations"].notna() | waiting["uncertain_reason"].notna()]
    rows = []
    for r in waiting.to_dict("records"):
        sentences = neighbours.get((r["project_code"], r["section"]), [])
        before, after = _around(sentences, int(r["sentence_index"]))
        rows.append(
            {
                **_blank(r, "covid_evidence"),
                "uncertain_reason": r["uncertain_reason"] or "",
                "adaptations": _plain(r["adaptations"]),
                "link": _plain(r["link"]),
                "sentence": r["sentence"],
                "previous_sentence": before,
                "next_sentence": after,
            }
        )
    return pd.DataFrame(rows, columns=_columns("covid_evidence"))


def _plain(value: object) -> object:
    """A cell as an evaluator reads it: 50, not 50.0; empty, not nan."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _blank(row: dict, table: str) -> dict:
    """The review-file columns: the key filled in, the decision left to the evaluator."""
    spec = REVIEWED[table]
    blank = {column: "" for column in spec["columns"]}
    blank.update({column: row[column] for column in spec["key"]})
    blank["fingerprint"] = row["fingerprint"]
    return blank


def _columns(table: str) -> list[str]:
    return [*REVIEWED[table]["columns"], "fingerprint", *SHEETS[table]]


def _write_workbook(path: Path, frames: dict[str, pd.DataFrame]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        guide = pd.DataFrame(GUIDE, columns=["lang", "text"])
        safe_frame(guide).to_excel(writer, sheet_name="ohje-guide", index=False)
        for table, frame in frames.items():
            safe_frame(frame).to_excel(writer, sheet_name=table, index=False)
            for row in writer.sheets[table].iter_rows():
                for cell in row:
                    if cell.data_type == "f":  # text, never a formula
                        cell.data_type = "s"
    tmp.replace(path)


# --- merging a filled worksheet back ------------------------------------------------------------


@dataclass
class Merged:
    added: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)
    issues: list[ReviewIssue] = field(default_factory=list)
    refused: list[Path] = field(default_factory=list)  # review files left as they were


def merge_worksheet(path: Path, review: Path, categories: tuple[str, ...]) -> Merged:
    """Add the decided rows of a filled worksheet (CSV or Excel) to the review files in
    ``review``; a later decision on the same row replaces the earlier one. Rows that do not
    check out are reported with their line and left out."""
    merged = Merged()
    for table, rows, source in _read_worksheet(path):
        reviews = Reviews()
        read_rows(rows, source, table, categories, reviews)
        merged.issues += reviews.issues
        decided = reviews.for_table(table)
        if not decided:
            continue
        target = review / f"{table}.csv"
        existing = Reviews()
        if target.is_file():
            read_rows(csv_rows(target.read_bytes()), target.as_posix(), table, categories, existing)
        if existing.issues:
            # rewriting the file would drop its rows that do not check out: the evaluator fixes
            # them first, and nothing of this sheet is merged into it
            merged.issues += existing.issues
            merged.refused.append(target)
            continue
        kept = dict(existing.for_table(table))
        replaced = sum(1 for key in decided if key in kept)
        kept.update(decided)
        review.mkdir(parents=True, exist_ok=True)
        write_files_atomically(review, {target.name: _review_csv(table, kept.values())})
        merged.added[table] = len(decided) - replaced
        merged.replaced[table] = replaced
    return merged


def _read_worksheet(path: Path):
    """(table, rows, source name) of each sheet of a worksheet."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
        for name, frame in sheets.items():
            if name in REVIEWED:
                yield name, _frame_rows(frame), f"{path.as_posix()} [{name}]"
        return
    rows = csv_rows(path.read_bytes())
    header = set(rows[0][1]) if rows else set()
    table = "covid_evidence" if "sentence_index" in header else "participant_outcomes"
    yield table, rows, path.as_posix()


def _frame_rows(frame: pd.DataFrame) -> list[tuple[int, dict]]:
    return [(i + 2, row) for i, row in enumerate(frame.to_dict("records"))]


def _review_csv(table: str, decisions) -> str:
    spec = REVIEWED[table]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*spec["columns"], "fingerprint"])
    for d in sorted(decisions, key=lambda d: d.key):
        values = dict(zip(spec["key"], d.key, strict=True))
        values.update(
            decision=d.decision,
            reviewer=d.reviewer,
            note=d.note,
            **{spec["correction"]: d.correction},
        )
        writer.writerow([*(values[c] for c in spec["columns"]), d.fingerprint])
    return out.getvalue()
