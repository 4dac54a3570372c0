"""The analysis stage: tidy tables in ``processed`` → analysis tables beside them.

Run by ``analyysi run`` after parsing, before the notebooks, so notebooks only read and show.
"""

from __future__ import annotations

from pathlib import Path

from analyysi import funding, overview
from analyysi.metadata import RESOURCES
from analyysi.tidy import build_table, format_csv, write_tables


def analyse(processed: Path, with_programme: bool = False) -> list[Path]:
    """Write ``funding_realisation.csv`` (with programme percentiles when ``with_programme``
    and ``programme_projects.csv`` is present) and refresh ``datapackage.json``."""
    tables = overview.load_tables(processed)
    realisation = funding.project_realisation(tables["projects"], tables["funding"])
    if with_programme and "programme_projects" in tables:
        realisation = funding.with_programme_percentiles(realisation, tables["programme_projects"])
    resource = RESOURCES["funding_realisation"]
    return write_tables(
        processed,
        {
            resource.path: format_csv(
                resource, build_table(resource, realisation.to_dict("records"))
            )
        },
    )
