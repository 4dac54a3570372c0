"""The analysis stage: tidy tables in ``processed`` → analysis tables beside them.

Run by ``analyysi run`` after parsing, before the notebooks, so notebooks only read and show.
Skipped when its inputs (tables, reference data, analysis code) are unchanged.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

from analyysi.analyses import covid, funding, overview, participants
from analyysi.tables import metadata, tidy
from analyysi.tables.metadata import RESOURCES
from analyysi.tables.tidy import build_table, format_csv, write_tables
from analyysi.text import numbers, sentences

OUTPUTS = (
    "funding_realisation",
    "participant_claims",
    "participant_outcomes",
    "covid_projects",
    "covid_evidence",
)
_INPUTS = ("projects", "funding", "indicators", "texts", "programme_projects")
# The code the analysis tables depend on: this module and what it calls.
_CODE = (
    sys.modules[__name__],
    funding,
    participants,
    covid,
    sentences,
    numbers,
    overview,
    metadata,
    tidy,
)
STAMP = ".analysis-key"


def analyse(processed: Path, with_programme: bool = False) -> None:
    """Write the analysis tables and refresh ``datapackage.json``: ``funding_realisation``
    (with programme percentiles when ``with_programme`` and ``programme_projects.csv`` is
    present), ``participant_claims``, ``participant_outcomes``, ``covid_projects`` and
    ``covid_evidence``."""
    key = _key(processed, with_programme)
    stamp = processed / STAMP
    written = all((processed / RESOURCES[name].path).exists() for name in OUTPUTS)
    if written and stamp.exists() and stamp.read_text() == key:
        return
    tables = overview.load_tables(processed)
    realisation = funding.project_realisation(tables["projects"], tables["funding"])
    if with_programme and "programme_projects" in tables:
        funds = set(tables["projects"]["fund"].dropna())  # ESR projects against ESR projects
        realisation = funding.with_programme_percentiles(
            realisation, tables["programme_projects"], funds
        )
    claims = participants.extract_claims(tables["texts"])
    outcome = participants.outcomes(tables["indicators"], claims, tables["texts"])
    evidence = covid.sentence_evidence(tables["texts"], covid.load_lexicon())
    projects = covid.project_summary(
        tables["projects"], tables["texts"], evidence, covid.load_timeline()
    )
    evidence = covid.adaptations(evidence, projects.set_index("project_code")["era"])
    frames = {
        "funding_realisation": realisation,
        "participant_claims": claims,
        "participant_outcomes": outcome,
        "covid_projects": projects,
        "covid_evidence": evidence,
    }
    write_tables(processed, {RESOURCES[n].path: _csv(n, frame) for n, frame in frames.items()})
    stamp.write_text(key)


def _csv(name: str, frame: pd.DataFrame) -> str:
    resource = RESOURCES[name]
    return format_csv(resource, build_table(resource, frame.to_dict("records")))


def _key(processed: Path, with_programme: bool) -> str:
    digest = hashlib.sha256(str(with_programme).encode())
    files = [processed / RESOURCES[name].path for name in _INPUTS]
    files += [covid.TIMELINE, covid.LEXICON, *(Path(module.__file__) for module in _CODE)]
    for path in files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.exists() else b"-")
    return digest.hexdigest()
