"""analyysi: reproducible evaluation of EU structural-fund project descriptions.

This is the package's public face. Notebooks and users import from here
(``from analyysi import Report, read_table, funding``), so the rooms behind it can move
without editing a notebook. Names load on first use: ``import analyysi`` stays light for the
command line.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# name -> "module" (the module itself) or "module:attribute"
_PUBLIC = {
    # reading the tables
    "read_table": "analyysi.tables.tidy:read_table",
    "load_tables": "analyysi.analyses.overview:load_tables",
    "only_projects": "analyysi.analyses.overview:only_projects",
    # the evaluation questions
    "overview": "analyysi.analyses.overview",
    "funding": "analyysi.analyses.funding",
    "participants": "analyysi.analyses.participants",
    "covid": "analyysi.analyses.covid",
    "programme": "analyysi.analyses.programme",
    "answers": "analyysi.analyses.answers",
    "groups": "analyysi.analyses.groups",
    "accuracy": "analyysi.text.accuracy",
    # showing results in a report
    "Report": "analyysi.report.display:Report",
    "resolve_parameters": "analyysi.report.parameters:resolve_parameters",
    "plots": "analyysi.report.plots",
    "card": "analyysi.report.card",
    "shown_issues": "analyysi.report.issues:shown_issues",
    "shown_review_issues": "analyysi.report.issues:shown_review_issues",
    "shown_programme_issues": "analyysi.report.issues:shown_programme_issues",
    "shown_set_aside": "analyysi.report.issues:shown_set_aside",
}
__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> object:
    target = _PUBLIC.get(name)
    if target is None:
        raise AttributeError(f"module 'analyysi' has no attribute {name!r}")
    module_name, _, attribute = target.partition(":")
    module = importlib.import_module(module_name)
    value = getattr(module, attribute) if attribute else module
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
