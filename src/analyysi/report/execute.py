"""Executing notebooks in the project's own Python: papermill for each analysis report; one
warm kernel for many project cards.

A fresh papermill run costs a kernel start and the imports (about 1.5 s here) before any
work, which is fine for a handful of reports but not for hundreds of cards. Cards therefore
share one kernel per worker: papermill injects each card's parameters as usual, the
namespace is reset between cards, and the cells run in the warm kernel.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import time
from pathlib import Path

import nbformat
import papermill
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from papermill.exceptions import PapermillExecutionError
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from analyysi.report.outcome import Outcome

KERNEL = "analyysi"
CELL_TIMEOUT_S = 600


def stop_kernels(folder: Path) -> int:
    """Kill the kernels started for ``folder`` (see ``prepare_kernel``) that are still
    running; the number killed. Used when their workers had to be terminated."""
    import psutil

    marker = str(folder.resolve())
    killed = 0
    for process in psutil.process_iter():
        try:
            if process.environ().get("ANALYYSI_KERNEL_OF") == marker:
                process.kill()
                killed += 1
        except (psutil.Error, OSError):
            continue  # gone meanwhile, or another user's
    return killed


def prepare_kernel(folder: Path) -> None:
    """A kernel spec that runs this very Python (the project's environment), set for this
    process and the workers it starts, so that a ``python3`` kernel installed elsewhere on
    the machine is never picked by mistake. Kernels carry ``ANALYYSI_KERNEL_OF`` = ``folder``
    in their environment, so a run's kernels can be found (and checked to be gone)."""
    folder = folder.resolve()  # papermill changes the working directory
    spec = folder / "share" / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True, exist_ok=True)
    argv = [
        sys.executable,
        "-m",
        "ipykernel_launcher",
        "-f",
        "{connection_file}",
        "--IPKernelApp.log_level=CRITICAL",
    ]  # keep start-up chatter off the console
    description = {
        "argv": argv,
        "display_name": "analyysi",
        "language": "python",
        "env": {"ANALYYSI_KERNEL_OF": str(folder)},
    }
    (spec / "kernel.json").write_text(json.dumps(description), encoding="utf-8")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(folder / "share" / "jupyter"), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    )


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
        )
    except PapermillExecutionError as exc:
        elapsed = time.perf_counter() - started
        return Outcome(False, elapsed, f"{exc.ename}: {exc.evalue}", _failed_cell(output))
    except Exception as exc:  # a kernel that died or timed out must not take the run with it
        return Outcome(False, time.perf_counter() - started, f"{type(exc).__name__}: {exc}")
    return Outcome(True, time.perf_counter() - started)


class CardRunner:
    """Runs one parameterised notebook many times in a single warm kernel."""

    def __init__(self, source: Path, cwd: Path) -> None:
        self.template = load_notebook_node(str(source))  # as papermill reads it (tags filled in)
        self.cwd = cwd
        self.client: NotebookClient | None = None
        self._kernel = None

    def __enter__(self) -> CardRunner:
        self.client = NotebookClient(
            copy.deepcopy(self.template),
            kernel_name=KERNEL,
            timeout=CELL_TIMEOUT_S,
            resources={"metadata": {"path": str(self.cwd)}},
        )
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
        failure: tuple[str, int | None] | None = None
        try:
            reset = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%reset -f")])
            self.client.nb = reset  # nbclient files an executed cell into client.nb
            self.client.execute_cell(reset.cells[0], 0)
            self.client.nb = nb
            for index, cell in enumerate(nb.cells):
                if cell.cell_type == "code":
                    try:
                        self.client.execute_cell(cell, index)
                    except CellExecutionError as exc:
                        failure = (f"{exc.ename}: {exc.evalue}", index + 1)
                        break
        except (DeadKernelError, CellTimeoutError, RuntimeError) as exc:
            failure = (f"{type(exc).__name__}: {exc}", None)
            self.__exit__(None, None, None)  # a fresh kernel for the next card
            self.__enter__()
        output.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, output)
        elapsed = time.perf_counter() - started
        return Outcome(True, elapsed) if failure is None else Outcome(False, elapsed, *failure)


def _failed_cell(executed: Path) -> int | None:
    """1-based position, in the executed notebook as saved, of the cell that raised."""
    try:
        nb = nbformat.read(executed, as_version=4)
    except (OSError, ValueError):
        return None
    for position, cell in enumerate(nb.cells, start=1):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return position
    return None
