"""The analysis stage in a process of its own, which may be started before its inputs exist.

Its memory (a long document can take hundreds of megabytes) is returned before the reports
start, and a run that must read the texts again starts it as it starts parsing: the process
imports the analyses and loads the morphology's dictionary while the parent parses. Nothing
here imports pandas: the parent may not have needed it yet.
"""

from __future__ import annotations

import importlib
import signal
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path

MORPHOLOGY_CACHE = ".morphology-cache.json"  # in the tables folder: the readings of word forms


class AnalysisProcess:
    """One spawned process (as on macOS and Windows) that runs the analysis stage."""

    def __init__(self, processed: Path) -> None:
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        with leaving_interrupts_to_main():  # the process starts with its first task
            self.pool.submit(importlib.import_module, "analyysi.analyses.analyse")
        if not (processed / MORPHOLOGY_CACHE).is_file():  # every word will be looked up
            from analyysi.text import morphology

            self.pool.submit(morphology.load_dictionary)

    def analyse(self, *inputs) -> Future:
        """``analyse.analyse(*inputs)`` there; ``inputs`` end with whether to show progress."""
        return self.pool.submit(analyse_in_process, *inputs)

    def stop(self) -> None:
        """Ctrl-C: nothing of the stage is kept (its tables are written atomically at the
        end), so the process is ended at once."""
        for process in list((self.pool._processes or {}).values()):  # no public way
            process.terminate()
        # waited for: the executor's queues are then released here, not reported as leaked
        # by the resource tracker after the run
        self.pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def analyse_in_process(*inputs):
    from analyysi.analyses.analyse import analyse

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Windows does not inherit an ignored signal
    *arguments, progress = inputs
    return analyse(*arguments, progress=progress)


@contextmanager
def leaving_interrupts_to_main() -> Iterator[None]:
    """Start worker processes here: they inherit an ignored Ctrl-C (an ignored signal stays
    ignored across exec, and Python then installs no handler of its own), so that Ctrl-C,
    which reaches the whole process group, is handled by the main process alone, which stops
    the workers; no worker prints a traceback of its own, not even while starting up."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
