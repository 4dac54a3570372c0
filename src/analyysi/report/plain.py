"""A notebook rendered without a kernel: its cells run in this process.

A kernel round trip costs a second or more per notebook before any work: too much for a card
per project when there are thousands, and most of a small run's time. The notebooks as
analyysi ships them are plain code calling the package, so their cells run here, with the
run's parameters, and what they show (``display.Report`` hands its markup to a sink instead of
to IPython) is put together with the prose of their markdown cells. A notebook that differs
from the shipped one — edited by its user, or a new one — runs in a kernel instead, so an edit
always takes effect the way it would in Jupyter.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
import traceback
import warnings
from pathlib import Path

from analyysi.report import display
from analyysi.report.outcome import Outcome
from analyysi.report.render import cells_for, plain_heading

# The fingerprints of the notebooks as shipped: their cells' kinds, tags and sources (outputs
# and ids do not count). tests/report/test_plain.py says when one changed, and its new value.
SHIPPED = {
    "00_data_overview": "ae8f7dfbcdb28838",
    "01_funding": "e430b9a753714a0f",
    "02_participants": "7cb777652682673b",
    "03_covid": "ed56bdb5b2929f14",
    "04_programme": "68aa013a3b5d0b09",
    "project_card": "9623800852d8ac61",
}


def fingerprint(notebook: Path) -> str:
    """What a notebook does: its cells' kinds, tags and sources, hashed."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    shape = [
        (c["cell_type"], sorted(c.get("metadata", {}).get("tags", [])), "".join(c["source"]))
        for c in cells
    ]
    return hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode()).hexdigest()[:16]


def can_render_plain(notebook: Path, show_code: bool) -> bool:
    """Only a notebook as shipped, and only when no code is to be shown."""
    return not show_code and SHIPPED.get(notebook.stem) == _fingerprint_of(
        notebook, notebook.stat().st_mtime_ns
    )


@functools.cache
def _fingerprint_of(notebook: Path, stamp: int) -> str:
    return fingerprint(notebook)


@functools.cache
def _cells(notebook: Path, stamp: int) -> list[dict]:
    return json.loads(notebook.read_text(encoding="utf-8"))["cells"]


@functools.cache
def _markdown(source: str) -> str:
    """A markdown cell as nbconvert renders it (``markdown2html_mistune``: the same mistune,
    plugins and raw HTML; no math, which the notebooks' prose does not use), headings as
    ``plain_headings`` leaves them. Not nbconvert itself: importing it costs a worker seconds
    (nbformat's schema checker compiles grammars), more than a card takes."""
    return f'<div class="text_cell_render">{_markdown_parser()(source)}</div>'


@functools.cache
def _markdown_parser():
    import mistune

    class Renderer(mistune.HTMLRenderer):
        def heading(self, text: str, level: int, **attrs) -> str:
            return plain_heading(text, level)

    plugins = ["strikethrough", "table", "url", "task_lists", "def_list"]
    renderer = Renderer(escape=False, allow_harmful_protocols=True)
    return mistune.create_markdown(renderer=renderer, hard_wrap=False, plugins=plugins)


def render_plain(notebook: Path, parameters: dict, lang: str) -> tuple[str, Outcome]:
    """The page body of ``notebook`` run with ``parameters``, and how it went (a failing cell
    is named by its 1-based position, as for a notebook run in a kernel)."""
    started = time.perf_counter()
    cells = cells_for(_cells(notebook, notebook.stat().st_mtime_ns), lang, show_code=False)
    namespace: dict = {"__name__": "__main__"}
    shown: list[str] = []
    everything = _cells(notebook, notebook.stat().st_mtime_ns)
    parameters_cell = next(
        c for c in everything if "parameters" in c.get("metadata", {}).get("tags", [])
    )
    exec(compile("".join(parameters_cell["source"]), "<parameters>", "exec"), namespace)
    namespace.update(parameters)
    # warnings stay out of the terminal, as a kernel's stderr stays out of its page; recorded,
    # because a library may set its own filter to "always" as it is imported (statsmodels)
    with display.shown_into(shown), warnings.catch_warnings(record=True):
        warnings.simplefilter("ignore")
        for cell in cells:
            if cell["cell_type"] == "markdown":
                shown.append(_markdown("".join(cell["source"])))
                continue
            if cell["cell_type"] != "code":
                continue
            try:
                code = compile(
                    "".join(cell["source"]), f"<cell {everything.index(cell) + 1}>", "exec"
                )
                exec(code, namespace)
            except Exception as exc:
                elapsed = time.perf_counter() - started
                shown.append(f"<pre>{_escaped_traceback(exc)}</pre>")
                error = f"{type(exc).__name__}: {exc}"
                return "\n".join(shown), Outcome(False, elapsed, error, everything.index(cell) + 1)
    return "\n".join(shown), Outcome(True, time.perf_counter() - started)


def _escaped_traceback(exc: Exception) -> str:
    import html

    return html.escape("".join(traceback.format_exception_only(type(exc), exc)))
