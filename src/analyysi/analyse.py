"""The analysis stage: tidy tables in ``processed`` → analysis tables beside them.

Run by ``analyysi run`` after parsing, before the notebooks, so notebooks only read and show.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analyysi import funding, overview, participants
from analyysi.metadata import RESOURCES
from analyysi.tidy import build_table, format_csv, write_tables


def analyse(processed: Path, with_programme: bool = False) -> list[Path]:
    """Write ``funding_realisation.csv`` (with programme percentiles when ``with_programme``
    and ``programme_projects.csv`` is present), ``participant_claims.csv`` and
    ``participant_outcomes.csv``, and refresh ``datapackage.json``."""
    tables = overview.load_tables(processed)
    realisation = funding.project_realisation(tables["projects"], tables["funding"])
    if with_programme and "programme_projects" in tables:
        realisation = funding.with_programme_percentiles(realisation, tables["programme_projects"])
    claims = participants.extract_claims(tables["texts"])
    outcome = participants.outcomes(tables["indicators"], claims, tables["texts"])
    return write_tables(
        processed,
        {
            RESOURCES[name].path: _csv(name, frame)
            for name, frame in (
                ("funding_realisation", realisation),
                ("participant_claims", claims),
                ("participant_outcomes", outcome),
            )
        },
    )


def _csv(name: str, frame: pd.DataFrame) -> str:
    resource = RESOURCES[name]
    return format_csv(resource, build_table(resource, frame.to_dict("records")))
