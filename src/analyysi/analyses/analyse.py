"""The analysis stage: tidy tables in ``processed`` → analysis tables beside them.

Run by ``analyysi run`` after parsing, before the notebooks, so notebooks only read and show.
The evaluator's review decisions (``data/review/`` by default) are applied here, and every
review row that could not be applied is written to ``review_issues.csv``. Skipped when its
inputs (tables, reviews, reference data, analysis code) are unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analyysi import config
from analyysi.analyses import covid, funding, overview, participants
from analyysi.analyses.process import MORPHOLOGY_CACHE
from analyysi.review.decisions import REVIEWED, ReviewIssue, read_reviews
from analyysi.tables.metadata import RESOURCES
from analyysi.tables.tidy import checked_csv, write_tables
from analyysi.text import morphology

OUTPUTS = (
    "funding_realisation",
    "participant_claims",
    "participant_outcomes",
    "covid_projects",
    "covid_evidence",
    "review_issues",
)
_INPUTS = ("projects", "funding", "indicators", "texts", "programme_projects")
# What the analysis tables depend on besides their inputs: the code of these rooms and the
# reference data.
_PACKAGE = Path(__file__).resolve().parents[1]
_CODE_ROOMS = ("analyses", "review", "tables", "text")
STAMP = ".analysis-key"


@dataclass
class Analysed:
    """What the stage did: whether it ran, and the review rows it could not apply."""

    ran: bool
    review_issues: list[ReviewIssue] = field(default_factory=list)
    reviews_applied: int = 0


def analyse(
    processed: Path,
    with_programme: bool = False,
    review: Path | None = None,
    progress: bool = False,
) -> Analysed:
    """Write the analysis tables and refresh ``datapackage.json``: ``funding_realisation``
    (with programme percentiles when ``with_programme`` and ``programme_projects.csv`` is
    present), ``participant_claims``, ``participant_outcomes``, ``covid_projects``,
    ``covid_evidence`` and ``review_issues``, with the decisions in ``review`` applied.
    ``progress``: a bar of the texts read (characters, time left) on a terminal."""
    key = _key(processed, with_programme, review)
    if is_current(processed, with_programme, review, key):
        issues = overview.load_tables(processed).get("review_issues", pd.DataFrame())
        return Analysed(False, [ReviewIssue(**r) for r in _issue_rows(issues)])
    morphology.load_cache(processed / MORPHOLOGY_CACHE)
    tables = overview.load_tables(processed)
    realisation = funding.project_realisation(tables["projects"], tables["funding"])
    if with_programme and "programme_projects" in tables:
        funds = set(tables["projects"]["fund"].dropna())  # ESR projects against ESR projects
        realisation = funding.with_programme_percentiles(
            realisation, tables["programme_projects"], funds
        )
    reviews = read_reviews(review, covid.CATEGORIES)
    read = _reading_bar(tables["texts"], progress)
    claims = participants.extract_claims(tables["texts"], on_text=read)
    outcome = participants.outcomes(tables["indicators"], claims, tables["texts"])
    outcome, outcome_issues = participants.confirm(outcome, reviews)
    evidence = covid.sentence_evidence(tables["texts"], covid.load_lexicon(), on_text=read)
    read(None)
    timeline = covid.load_timeline()
    eras = covid.exposure(tables["projects"], timeline).set_index("project_code")["era"]
    evidence = covid.adaptations(evidence, eras)
    evidence, evidence_issues = covid.confirm(evidence, reviews)
    projects = covid.project_summary(tables["projects"], tables["texts"], evidence, timeline)
    issues = [*reviews.issues, *outcome_issues, *evidence_issues]
    frames = {
        "funding_realisation": realisation,
        "participant_claims": claims,
        "participant_outcomes": outcome,
        "covid_projects": projects,
        "covid_evidence": evidence,
        "review_issues": pd.DataFrame(
            [
                {
                    "review_file": i.file,
                    "line": i.line,
                    "review_table": i.table,
                    "review_key": i.key,
                    "problem": i.problem,
                }
                for i in issues
            ]
        ),
    }
    # every table checked against its contract before any file is written
    checked = {RESOURCES[n].path: checked_csv(RESOURCES[n], frame) for n, frame in frames.items()}
    write_tables(processed, checked)
    morphology.save_cache(processed / MORPHOLOGY_CACHE)
    (processed / STAMP).write_text(key, encoding="utf-8")
    applied = reviews.count - sum(1 for i in issues if i.problem.startswith("stale"))
    return Analysed(True, issues, max(applied, 0))


def _reading_bar(texts: pd.DataFrame, shown: bool):
    """A callback for each text read (its length; None at the end) that moves a progress bar
    over both readings of every text: characters done and time left, on a terminal only."""
    if not shown:
        return lambda length: None
    import threading

    from tqdm import tqdm

    # A lock for this process only: tqdm's default one is a system semaphore, reported as
    # leaked when Ctrl-C ends this process while it reads
    tqdm.set_lock(threading.RLock())
    total = 2 * int(texts["text"].fillna("").str.len().sum())
    bar = tqdm(total=total, desc="  Reading the texts", unit="ch", unit_scale=True,
               disable=None, leave=False, dynamic_ncols=True)  # fmt: skip

    def read(length: int | None) -> None:
        if length is None:
            bar.close()
        else:
            bar.update(length)

    return read


def is_current(
    processed: Path, with_programme: bool = False, review: Path | None = None, key: str = ""
) -> bool:
    """Whether the analysis tables are those of the current inputs (nothing to do)."""
    key = key or _key(processed, with_programme, review)
    stamp = processed / STAMP
    written = all((processed / RESOURCES[name].path).exists() for name in OUTPUTS)
    return written and stamp.exists() and stamp.read_text(encoding="utf-8") == key


def _issue_rows(frame: pd.DataFrame) -> list[dict]:
    if frame.empty:
        return []
    rows = []
    for r in frame.itertuples(index=False):
        rows.append(
            {
                "file": r.review_file,
                "line": None if pd.isna(r.line) else int(r.line),
                "table": r.review_table,
                "key": "" if pd.isna(r.review_key) else r.review_key,
                "problem": r.problem,
            }
        )
    return rows


def _key(processed: Path, with_programme: bool, review: Path | None) -> str:
    digest = hashlib.sha256(str(with_programme).encode())
    files = [processed / RESOURCES[name].path for name in _INPUTS]
    files += sorted(config.REFERENCE.glob("*.csv"))
    files += [p for room in _CODE_ROOMS for p in sorted((_PACKAGE / room).glob("*.py"))]
    if review is not None:
        files += [review / f"{table}.csv" for table in REVIEWED]
    for path in files:
        digest.update(path.as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.exists() else b"-")
    return digest.hexdigest()
