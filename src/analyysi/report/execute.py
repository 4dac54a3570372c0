"""Executing notebooks in the project's own Python: papermill for each analysis report; one
warm kernel for many project cards.

A fresh papermill run costs a kernel start and the imports (about 1.5 s here) before any
work, which is fine for a handful of reports but not for hundreds of cards. Cards therefore
share one kernel per worker: papermill injects each card's parameters as usual, the
namespace is reset between cards, and the cells run in the warm kernel.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from papermill.exceptions import PapermillExecutionError
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

KERNEL = "python3"  # the kernel of the Python running analyysi, i.e. the project's .venv
_QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]  # keep kernel start-up chatter off the console
CELL_TIMEOUT_S = 600


@dataclass(frozen=True)
class Outcome:
    ok: bool
    seconds: float
    error: str | None = None  # which cell failed, and how


def run_notebook(source: Path, output: Path, parameters: dict, cwd: Path) -> Outcome:
    """Run one notebook with papermill; the executed notebook (partial on failure) is kept."""
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(source),
            str(output),
            parameters=parameters,
            kernel_name=KERNEL,
            cwd=str(cwd),
            progress_bar=False,
            log_output=False,
            execution_timeout=CELL_TIMEOUT_S,
            extra_arguments=_QUIET_KERNEL,
        )
    except PapermillExecutionError as exc:
        return Outcome(
            False, time.perf_counter() - started, _describe(exc.exec_count, exc.ename, exc.evalue)
        )
    return Outcome(True, time.perf_counter() - started)


class CardRunner:
    """Runs one parameterised notebook many times in a single warm kernel."""

    def __init__(self, source: Path, cwd: Path) -> None:
        self.template = load_notebook_node(str(source))  # as papermill reads it (tags filled in)
        self.client = NotebookClient(
            copy.deepcopy(self.template),
            kernel_name=KERNEL,
            timeout=CELL_TIMEOUT_S,
            extra_arguments=_QUIET_KERNEL,
            resources={"metadata": {"path": str(cwd)}},
        )
        self._kernel = None

    def __enter__(self) -> CardRunner:
        self._kernel = self.client.setup_kernel()
        self._kernel.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        self._kernel.__exit__(*exc_info)  # shuts the kernel down, on errors and Ctrl-C too

    def run(self, parameters: dict, output: Path) -> Outcome:
        started = time.perf_counter()
        nb = parameterize_notebook(
            copy.deepcopy(self.template), parameters, kernel_name=KERNEL, language="python"
        )
        reset = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%reset -f")])
        self.client.nb = reset  # nbclient files an executed cell into client.nb
        self.client.execute_cell(reset.cells[0], 0)
        self.client.nb = nb
        outcome = None
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            try:
                self.client.execute_cell(cell, index)
            except CellExecutionError as exc:
                count = cell.get("execution_count")
                outcome = Outcome(False, 0.0, _describe(count, exc.ename, exc.evalue))
                break
        output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, output)
        elapsed = time.perf_counter() - started
        return Outcome(True, elapsed) if outcome is None else Outcome(False, elapsed, outcome.error)


def _describe(count: int | None, ename: str, evalue: str) -> str:
    where = f"cell In [{count}]" if count else "a cell"
    return f"{where} raised {ename}: {evalue}"
