"""What a project card shows: one project's rows of every table, ready for display."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi.analyses.overview import load_tables
from analyysi.catalogue import column_label, text
from analyysi.documents.fields import AREA_LABELS, TEXT_SECTIONS
from analyysi.tables.metadata import RESOURCES

# The key facts are the projects.csv columns, in their order, without addresses and checksums.
_LEFT_OUT = {
    "applicant_business_id_valid",
    "applicant_street",
    "applicant_postcode",
    "applicant_mode",
    "site_street",
    "site_postcode",
    "site_city",
    "source_sha256",
}
_FACTS = tuple(n for n in RESOURCES["projects"].field_names if n not in _LEFT_OUT)


@dataclass(frozen=True)
class Project:
    facts: pd.DataFrame  # field label, value
    funding: pd.DataFrame
    indicators: pd.DataFrame
    areas: pd.DataFrame
    organisations: pd.DataFrame
    texts: list[tuple[str, str]]  # (section, text)
    issues: pd.DataFrame


# What a card shows: the document's own tables, never the analyses'.
CARD_TABLES = (
    "projects",
    "funding",
    "areas",
    "indicators",
    "organisations",
    "texts",
    "parse_issues",
)


@functools.lru_cache(maxsize=4)
def _tables(processed: str, stamp: tuple) -> dict[str, pd.DataFrame]:
    return load_tables(processed)


def load_project(processed: Path | str, project_code: str, lang: str = "fi") -> Project:
    """One project's data; tables are read once per kernel while the files are unchanged."""
    folder = Path(processed)
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.csv")))
    tables = _tables(str(folder.resolve()), stamp)
    mine = {
        name: tables[name][tables[name]["project_code"] == project_code].drop(
            columns="project_code"
        )
        for name in CARD_TABLES
        if name in tables
    }
    if mine["projects"].empty:
        raise LookupError(text("card.unknown_project", lang, project_code=project_code))
    row = tables["projects"].set_index("project_code").loc[project_code]
    facts = pd.DataFrame(
        {
            "field": [column_label(name, lang) for name in _FACTS],
            "value": [project_code if name == "project_code" else row[name] for name in _FACTS],
        }
    )
    facts["value"] = facts["value"].map(_plain)
    order = {section: i for i, section in enumerate(TEXT_SECTIONS.values())}
    texts = sorted(
        ((r.section, r.text) for r in mine["texts"].itertuples()), key=lambda t: order[t[0]]
    )
    levels = {level: i for i, level in enumerate(AREA_LABELS.values())}
    areas = mine["areas"].assign(order=mine["areas"]["level"].map(levels))
    areas = areas.sort_values(["order", "position"])
    issues = mine["parse_issues"][["severity", "field", "line", "message"]]
    return Project(
        facts,
        mine["funding"][["source", "stage", "amount_eur", "line"]],
        mine["indicators"][["indicator", "indicator_label", "planned", "realised"]],
        areas[["level", "position", "name"]],
        mine["organisations"][["role", "position", "name", "business_id", "business_id_valid"]],
        texts,
        issues,
    )


def _plain(value: object) -> object:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return None if value is pd.NA or (isinstance(value, float) and pd.isna(value)) else value
