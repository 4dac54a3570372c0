"""How a report's job went, whether its notebook ran in a kernel or in the worker itself.

Kept apart from ``report.execute``: that module brings papermill and nbformat, whose import
(jsonschema's format grammars among it) costs seconds in every worker that renders
without a kernel.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    ok: bool
    seconds: float
    error: str | None = None  # what went wrong, e.g. "KeyError: 'x'"
    cell: int | None = None  # 1-based position of the failing cell in the executed notebook
