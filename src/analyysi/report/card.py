"""What a project card shows: the project's three answers (the same the index and the
reports give), then its rows of every table, ready for display."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi.analyses.answers import ANALYSIS_TABLES, ProjectAnswers, all_project_answers
from analyysi.analyses.overview import load_tables
from analyysi.catalogue import column_label, text, value_label
from analyysi.documents.fields import AREA_LABELS, TEXT_SECTIONS
from analyysi.formats import format_date

# The key facts, as a reader asks for them: codes joined with their names, the period as one
# line; addresses and checksums stay in projects.csv.
_FACTS = (
    "project_name",
    "fund",
    "priority_axis",
    "specific_objective",
    "planned_period",
    "status",
    "authority",
    "applicant_name",
    "applicant_org_type",
    "applicant_business_id",
    "applicant_city",
    "applicant_website",
    "has_final_report",
    "source_file",
)


@dataclass(frozen=True)
class Project:
    name: str
    facts: pd.DataFrame  # field label, value
    funding: pd.DataFrame
    indicators: pd.DataFrame
    areas: pd.DataFrame
    organisations: pd.DataFrame
    texts: list[tuple[str, str]]  # (section, text)
    issues: pd.DataFrame


# The detail of a card: the document's own tables (the answers above them come from the analyses).
CARD_TABLES = (
    "projects",
    "funding",
    "areas",
    "indicators",
    "organisations",
    "texts",
    "parse_issues",
)


def project_fingerprints(tables) -> dict[str, str]:
    """project code → a digest of every row a card of it shows (its document's tables and
    its analysis rows): a card is rendered again only when its own rows change."""
    import hashlib

    digests: dict[str, hashlib._Hash] = {}
    for name in (*CARD_TABLES, *ANALYSIS_TABLES):
        if name not in tables:
            continue
        table = tables[name]
        rows = pd.util.hash_pandas_object(table, index=False).to_numpy()
        for code, positions in table.groupby("project_code", sort=False).indices.items():
            digest = digests.setdefault(code, hashlib.sha256())
            digest.update(name.encode())
            digest.update(rows[positions].tobytes())
    return {code: digest.hexdigest() for code, digest in digests.items()}


@functools.lru_cache(maxsize=4)
def _tables(processed: str, stamp: tuple) -> dict[str, pd.DataFrame]:
    return load_tables(processed)


def load_project(processed: Path | str, project_code: str, lang: str = "fi") -> Project:
    """One project's data; tables are read once per kernel while the files are unchanged."""
    folder = Path(processed)
    split = _split(str(folder.resolve()), _stamp(folder))
    mine = {name: _rows_of(split[name], project_code) for name in CARD_TABLES if name in split}
    if mine["projects"].empty:
        raise LookupError(text("card.unknown_project", lang, project_code=project_code))
    row = mine["projects"].iloc[0]
    facts = pd.DataFrame(
        {
            "field": [column_label(name, lang) for name in _FACTS],
            "value": [_fact(row, name, lang) for name in _FACTS],
        }
    )
    order = {section: i for i, section in enumerate(TEXT_SECTIONS.values())}
    texts = sorted(
        ((r.section, r.text) for r in mine["texts"].itertuples()), key=lambda t: order[t[0]]
    )
    levels = {level: i for i, level in enumerate(AREA_LABELS.values())}
    areas = mine["areas"].assign(order=mine["areas"]["level"].map(levels))
    areas = areas.sort_values(["order", "position"])
    issues = mine["parse_issues"][["severity", "field", "line", "message"]]
    return Project(
        str(row["project_name"]),
        facts,
        mine["funding"][["source", "stage", "amount_eur", "line"]],
        mine["indicators"][["indicator", "indicator_label", "planned", "realised"]],
        areas[["level", "position", "name"]],
        mine["organisations"][["role", "position", "name", "business_id", "business_id_valid"]],
        texts,
        issues,
    )


def load_answers(processed: Path | str, project_code: str) -> ProjectAnswers:
    """The project's three answers, from the tables the index and the reports read."""
    folder = Path(processed)
    found = _answers(str(folder.resolve()), _stamp(folder)).get(project_code)
    if found is None:
        raise LookupError(f"project {project_code} is not in projects.csv")
    return found


# A worker renders many cards of one folder: each table is split by project, and every
# project's answers made, once (a search of the whole table per card grows with the square of
# the projects).
def _stamp(folder: Path) -> tuple:
    return tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.csv")))


@functools.lru_cache(maxsize=2)
def _split(processed: str, stamp: tuple) -> dict[str, tuple[pd.DataFrame, dict]]:
    """Each card table without its project code, and where each project's rows are."""
    tables = _tables(processed, stamp)
    return {
        name: (
            tables[name].drop(columns="project_code"),
            tables[name].groupby("project_code", sort=False).indices,
        )
        for name in CARD_TABLES
        if name in tables
    }


def _rows_of(split: tuple[pd.DataFrame, dict], code: str) -> pd.DataFrame:
    table, positions = split
    return table.iloc[positions.get(code, [])]


@functools.lru_cache(maxsize=2)
def _answers(processed: str, stamp: tuple) -> dict[str, ProjectAnswers]:
    return {a.project_code: a for a in all_project_answers(_tables(processed, stamp))}


def _fact(row: pd.Series, name: str, lang: str) -> object:
    """One key fact for the page: codes with their names, dates in the language's style."""
    if name == "priority_axis":
        return _joined(row["priority_axis_code"], row["priority_axis_name"])
    if name == "specific_objective":
        return _joined(row["specific_objective_code"], row["specific_objective_name"])
    if name == "planned_period":
        start, end = row["planned_start"], row["planned_end"]
        if pd.isna(start) or pd.isna(end):
            return ""
        return f"{format_date(start, lang)}–{format_date(end, lang)}"
    if name == "fund":
        return value_label(f"fund.{row['fund']}", lang) if not pd.isna(row["fund"]) else ""
    value = row[name]
    if type(value).__name__ in ("bool", "bool_") or name in ("status", "applicant_org_type"):
        return "" if pd.isna(value) else value_label(value, lang)
    return "" if value is pd.NA or (isinstance(value, float) and pd.isna(value)) else value


def _joined(code: object, name: object) -> str:
    parts = [str(v) for v in (code, name) if not (v is None or v is pd.NA or pd.isna(v))]
    return " ".join(parts)
