"""Portfolio facts from the tidy tables, shared by the data overview, the cards and the index.

Pure functions: tables in, tables or numbers out. The analyses proper (funding realisation,
participant outcomes, COVID adaptations) live in their own modules.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi.analyses import covid
from analyysi.tables.metadata import RESOURCES
from analyysi.tables.tidy import read_table


class Tables(Mapping[str, pd.DataFrame]):
    """The tables of a folder, each read (with its declared types) when first asked for:
    a report that needs three tables does not hold the claims of a thousand documents."""

    def __init__(self, folder: Path, names: list[str], codes: frozenset[str] = frozenset()):
        self.folder, self._names, self.codes = folder, names, codes
        self._read: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._read:
            self._read[name] = _only(name, read_table(name, self.folder), self.codes)
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def load_tables(processed: Path | str) -> Tables:
    """Every table that exists in ``processed`` (read on first use, with declared types)."""
    folder = Path(processed)
    names = [name for name, r in RESOURCES.items() if (folder / r.path).exists()]
    return Tables(folder, names)


def only_projects(tables: Mapping[str, pd.DataFrame], codes: str | tuple[str, ...] | list[str]):
    """The tables restricted to the given project codes (comma-separated or a sequence);
    no codes means all. parse_issues keeps its rows about files with no project."""
    if isinstance(codes, str):
        codes = [c.strip().upper() for c in codes.split(",") if c.strip()]
    if not codes:
        return tables
    wanted = frozenset(codes)
    if isinstance(tables, Tables):
        return Tables(tables.folder, list(tables), wanted)
    return {name: _only(name, table, wanted) for name, table in tables.items()}


def _only(name: str, table: pd.DataFrame, codes: frozenset[str]) -> pd.DataFrame:
    if not codes or "project_code" not in table or name == "parse_issues":
        return table
    return table[table["project_code"].isin(codes)].reset_index(drop=True)


def funding_wide(funding: pd.DataFrame) -> pd.DataFrame:
    """One row per project: the four section-5 amounts as columns."""
    wide = funding.pivot_table(
        index="project_code", columns=["source", "stage"], values="amount_eur", aggfunc="first"
    )
    wide.columns = [f"{stage}_{source}_eur" for source, stage in wide.columns]
    return wide.reindex(
        columns=[
            "planned_eu_state_eur",
            "realised_eu_state_eur",
            "planned_public_total_eur",
            "realised_public_total_eur",
        ]
    )


def key_figures(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per project: code, name, planned and realised public funding, their ratio, planned
    persons, final report present."""
    projects = tables["projects"][["project_code", "project_name", "planned_start", "planned_end"]]
    wide = funding_wide(tables["funding"]).reset_index()
    persons = tables["indicators"].query("indicator == 'persons'")[["project_code", "planned"]]
    merged = (
        projects.merge(wide, on="project_code", how="left")
        .merge(
            persons.rename(columns={"planned": "planned_persons"}), on="project_code", how="left"
        )
        .merge(tables["projects"][["project_code", "has_final_report"]], on="project_code")
    )
    merged["public_realisation"] = (
        merged["realised_public_total_eur"] / merged["planned_public_total_eur"]
    ).round(4)
    return merged.rename(
        columns={
            "planned_public_total_eur": "planned_public_eur",
            "realised_public_total_eur": "realised_public_eur",
        }
    )[
        [
            "project_code",
            "project_name",
            "planned_start",
            "planned_end",
            "planned_public_eur",
            "realised_public_eur",
            "public_realisation",
            "planned_persons",
            "has_final_report",
        ]
    ]


def ran_in_pandemic(projects: pd.DataFrame) -> pd.Series:
    """Whether each project's planned period overlaps the pandemic period."""
    return covid.ran_in_pandemic(projects["planned_start"], projects["planned_end"])


@dataclass(frozen=True)
class Quality:
    files: int
    projects: int
    rejected: int
    errors: int
    warnings: int


def quality_summary(tables: dict[str, pd.DataFrame]) -> Quality:
    issues = tables["parse_issues"]
    rejected = issues[(issues["field"] == "file") & issues["message"].str.startswith("rejected")]
    projects = len(tables["projects"])
    return Quality(
        files=projects + rejected["source_file"].nunique(),
        projects=projects,
        rejected=rejected["source_file"].nunique(),
        errors=int((issues["severity"] == "error").sum()),
        warnings=int((issues["severity"] == "warning").sum()),
    )


def codebook(lang: str) -> pd.DataFrame:
    """Every column of every parsed table with its type and description."""
    rows = [
        {
            "table": resource.path,
            "column": field.name,
            "type": field.type + (f" ({field.unit})" if field.unit else ""),
            "description": field.fi if lang == "fi" else field.en,
        }
        for resource in RESOURCES.values()
        for field in resource.fields
    ]
    frame = pd.DataFrame(rows)
    frame.attrs["code_columns"] = ["table", "column", "type"]  # names as a program writes them
    frame.attrs["code_span_columns"] = ["description"]  # which name codes and ISO dates
    return frame
