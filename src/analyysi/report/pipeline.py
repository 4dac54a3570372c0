"""``analyysi run``: analyse, execute the notebooks, render HTML, write the index.

Each analysis notebook in ``notebooks/`` becomes one report; ``project_card.ipynb`` becomes
one card per project. Work whose inputs have not changed since the last run is skipped.
"""

from __future__ import annotations

import functools
import hashlib
import html
import importlib
import json
import os
import queue
import shutil
import signal
import time
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analyysi import config
from analyysi.analyses import overview
from analyysi.analyses.analyse import Analysed, analyse, is_current
from analyysi.analyses.process import AnalysisProcess, leaving_interrupts_to_main
from analyysi.catalogue import LANGUAGES, report_title, text
from analyysi.report import freshness
from analyysi.report.card import project_fingerprints
from analyysi.report.downloads import SPREADSHEET_FOLDER
from analyysi.report.index import INDEX_SCRIPT, ReportLink, index_body
from analyysi.report.parameters import ParameterError, check_parameters
from analyysi.report.provenance import Provenance, collect
from analyysi.report.render import Page, notebook_body, render_page
from analyysi.report.workbook import write_tables_workbook
from analyysi.tables.parse import find_documents

if TYPE_CHECKING:
    from analyysi.report.outcome import Outcome

CARD = "project_card"
PACKAGE = Path(__file__).resolve().parents[1]


class SelectionError(ValueError):
    """``--projects`` names a project that is not among the parsed ones."""


@dataclass(frozen=True)
class Settings:
    root: Path  # the project folder: notebooks/ and requirements.lock live here
    processed: Path
    reports: Path
    raw: Path | None = None  # the documents, for their hashes in the provenance footer
    lang: str = "fi"
    show_code: bool = False
    force: bool = False
    jobs: int = 1
    projects: tuple[str, ...] = ()  # empty: all
    project_list: str = ""  # the programme list given to this run, if any
    review: Path | None = None  # the evaluator's decisions (data/review), if any
    # The index in the other language when this run renders it too; else it is linked only
    # when it was rendered from the same data
    other_language_href: str | None = None
    messages_lang: str = "en"  # the language of the lines printed while running


@dataclass(frozen=True)
class Job:
    """One notebook run: what to execute, with which parameters, and where the HTML goes."""

    notebook: Path
    name: str  # output name, e.g. 01_funding or project_card-S22196
    parameters: dict
    title: str
    key: str  # cache key: unchanged inputs give the same key
    is_card: bool = False
    documents: tuple[tuple[str, str], ...] | None = None  # a card's own; None: all of the run


@dataclass
class Result:
    name: str
    html: Path
    outcome: Outcome | None  # None: skipped, unchanged since the last run


@dataclass
class RunSummary:
    results: list[Result] = field(default_factory=list)
    analysed: Analysed | None = None

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.outcome is not None and not r.outcome.ok]


def run(settings: Settings, print_line=print, progress=None) -> RunSummary:
    """Write the analysis tables, then execute and render every report and card; return
    what happened. ``progress(done, total)`` is called as each report is finished, and a
    progress bar of the text reading is shown on a terminal when it is given."""
    return run_languages([settings], print_line, progress)[0]


def run_languages(
    languages: list[Settings],
    print_line=print,
    progress=None,
    analysis: AnalysisProcess | None = None,
) -> list[RunSummary]:
    """``run`` for each of ``languages`` (settings that differ in language and reports
    folder), their reports rendered by one set of workers: a worker's start-up (its
    imports) is paid once, not once per language, and the workers start while the texts
    are read (in ``analysis`` when it was started already)."""
    first = languages[0]
    workers = None
    if not is_current(*_analysis_inputs(first)):  # a cold run: start the workers meanwhile
        workers = _Workers(first.jobs, _kernel_folder(languages))
    try:
        plans = [
            _plan(settings, print_line, progress, analysis if n == 0 else None)
            for n, settings in enumerate(languages)
        ]
        todo = [(job, plan.context) for plan in plans for job in plan.todo]
        say = _sayer(first)
        waiting = {plan.context.reports: {job.name for job in plan.todo} for plan in plans}
        results: dict[tuple[Path, str], Result] = {}
        completed: list[_Plan] = []

        def complete_finished_plans() -> None:
            """A language whose reports are all rendered gets its workbook, documents and
            index now, while the workers go on with the next language."""
            for plan in plans:
                if plan in completed:
                    continue
                if waiting[plan.context.reports]:
                    return
                plan.summary.results.extend(
                    results[(plan.context.reports, job.name)]
                    for job in plan.todo
                    if (plan.context.reports, job.name) in results
                )
                _complete(plan, print_line)
                completed.append(plan)

        def on_result(result: Result) -> None:
            # while the workers go on with the rest, the parent would otherwise only wait
            if not result.name.startswith(CARD) and result.outcome and result.outcome.ok:
                _write_documents(result.html.parent, [result.name], say, print_line)
            results[(result.html.parent, result.name)] = result
            waiting[result.html.parent].discard(result.name)
            complete_finished_plans()

        if todo:
            if workers is None:
                workers = _Workers(
                    min(first.jobs, len(_batches(todo, first.jobs))), _kernel_folder(languages)
                )
            _execute(todo, workers, first.jobs, first.reports, print_line, progress, on_result)
    except BaseException:  # Ctrl-C while the texts are read: the workers end with the run
        if workers is not None:
            workers.stop_now()
        raise
    finally:
        if workers is not None:
            workers.close()
    for folder in waiting:  # every job has reported: what is left has nothing to wait for
        waiting[folder].clear()
    complete_finished_plans()
    return [plan.summary for plan in plans]


@dataclass
class _Plan:
    """One language's part of a run: its jobs, those to render, and what its index needs."""

    settings: Settings
    summary: RunSummary
    tables: dict[str, pd.DataFrame]
    codes: list[str]
    provenance: Provenance
    data_key: str
    shared_key: str
    other_language: str | None
    jobs: list[Job]
    todo: list[Job]
    context: _RenderContext


def _analysis_inputs(settings: Settings) -> tuple:
    return (settings.processed, bool(settings.project_list), settings.review)


def _kernel_folder(languages: list[Settings]) -> Path | None:
    """Where the kernel spec goes when some notebook must run in a kernel (code shown, or a
    notebook edited by its user); None when every one renders plain."""
    from analyysi.report.plain import can_render_plain

    first = languages[0]
    notebooks = (first.root / "notebooks").glob("*.ipynb")
    if all(can_render_plain(n, s.show_code) for n in notebooks for s in languages):
        return None
    return first.reports / ".kernel"


def _plan(
    settings: Settings, print_line, progress, analysis: AnalysisProcess | None = None
) -> _Plan:
    """Analyse (once for all languages), then the language's jobs: those whose inputs are
    unchanged are skipped, those whose parameters cannot be used fail alone."""
    reports = settings.reports
    for folder in (reports, reports / "notebooks", reports / ".cache"):
        folder.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    shown = bool(progress) and not getattr(progress, "quiet", False)
    summary.analysed = _analyse(settings, print_line, shown, analysis)
    say = _sayer(settings)
    print_line(say("rendering", language=settings.lang, folder=reports, count=settings.jobs))
    tables = overview.load_tables(settings.processed)
    unknown = sorted(set(settings.projects) - set(tables["projects"]["project_code"]))
    if unknown:
        raise SelectionError(
            f"--projects names projects that were not parsed: {', '.join(unknown)}"
        )
    tables = overview.only_projects(tables, settings.projects)
    codes = sorted(tables["projects"]["project_code"])
    provenance = collect(settings.root, _document_hashes(settings, tables), settings.review)
    data_key = _data_key(settings, provenance)
    _settle_other_languages(settings, data_key, print_line)
    if _key_of(reports) != data_key:  # other data: no index may present a half-made mix
        (reports / "index.html").unlink(missing_ok=True)
        (reports / DATA_KEY).unlink(missing_ok=True)
    notebooks = sorted(p for p in (settings.root / "notebooks").glob("*.ipynb") if p.stem != CARD)
    base = {
        "processed": str(settings.processed.resolve()),
        "reports": str(reports.resolve()),
        "lang": settings.lang,
        "projects": ",".join(settings.projects),
        "project_list": settings.project_list,
    }
    other_language = settings.other_language_href or _other_language(
        reports, settings.lang, data_key
    )
    # a page links to its other-language twin: it is rendered again when that link changes
    code_key = _code_key(settings, provenance)
    shared_key = _key(code_key, data_key, provenance.documents, other_language)
    jobs, refused = [], {}
    for notebook in notebooks:  # a notebook whose parameters cannot be used is skipped alone
        try:
            jobs.append(_job(notebook, notebook.stem, check_parameters(notebook, base), settings,
                             shared_key))  # fmt: skip
        except ParameterError as exc:
            jobs.append(_job(notebook, notebook.stem, {}, settings, shared_key))
            refused[notebook.stem] = str(exc)
    card = settings.root / "notebooks" / f"{CARD}.ipynb"
    if card.exists():
        # A card shows its own project only: it is rendered again when its own rows or
        # document change, not when another project's do.
        rows = project_fingerprints(tables)
        sources = _own_documents(tables, provenance)
        card_parameters = (
            check_parameters(card, {**base, "project_code": codes[0]}) if codes else {}
        )
        for code in codes:
            own = sources.get(code, ())
            jobs.append(
                _job(card, f"{CARD}-{code}", {**card_parameters, "project_code": code}, settings,
                     _key(code_key, rows.get(code, ""), own, other_language), own)
            )  # fmt: skip
    _remove_stale(reports, jobs, keep_other_cards=bool(settings.projects))

    context = _RenderContext(
        settings.lang, settings.show_code, provenance, reports, settings.root, other_language
    )
    if refused:
        from analyysi.report.outcome import Outcome

        for job in [j for j in jobs if j.name in refused]:
            _clear_outputs(reports, job.name)
            (reports / "notebooks" / f"{job.name}.ipynb").unlink(missing_ok=True)
            skipped = Outcome(False, 0.0, f"not run: {refused[job.name]}")
            summary.results.append(_finish(job, skipped, context))
            print_line(_progress_line(summary.results[-1], reports))
    todo = [
        j for j in jobs if j.name not in refused and (settings.force or not _is_current(reports, j))
    ]
    unchanged = [j for j in jobs if j not in todo and j.name not in refused]
    summary.results.extend(Result(j.name, reports / f"{j.name}.html", None) for j in unchanged)
    if unchanged:
        print_line(say("unchanged", count=len(unchanged)))
    return _Plan(settings, summary, tables, codes, provenance, data_key, shared_key,
                 other_language, jobs, todo, context)  # fmt: skip


def _complete(plan: _Plan, print_line) -> None:
    """After the rendering: the tables workbook, the Word documents and the index."""
    settings, summary, reports = plan.settings, plan.summary, plan.settings.reports
    say = _sayer(settings)
    analyses = [j for j in plan.jobs if not j.is_card]
    links = [
        ReportLink(j.name, f"{j.name}.html", *_status(summary, j.name), f"{j.name}.docx")
        for j in analyses
    ]
    cards = {code: f"{CARD}-{code}.html" for code in plan.codes}
    write_tables_workbook(
        reports, [j.name for j in analyses], settings.lang, plan.codes, plan.provenance
    )
    _write_documents(reports, [link.name for link in links if link.ok], say, print_line)
    # the index of an unchanged run is left as it is: its answers cost seconds at scale
    index_key = _key(plan.shared_key, [repr(link) for link in links], cards, settings.projects)
    if settings.force or not _index_is_current(reports, index_key):
        index = Page(
            title=report_title("index", settings.lang),
            lang=settings.lang,
            body=index_body(plan.tables, links, cards, settings.lang),
            provenance=plan.provenance,
            other_language_href=plan.other_language,
            script=INDEX_SCRIPT,
            document_href="index.docx",
        )
        _write_atomically(reports / "index.html", render_page(index))
        (reports / INDEX_KEY).write_text(index_key, encoding="utf-8")
    _write_documents(reports, ["index"], say, print_line)
    (reports / DATA_KEY).write_text(plan.data_key, encoding="utf-8")


def _index_is_current(reports: Path, key: str) -> bool:
    try:
        recorded = (reports / INDEX_KEY).read_text(encoding="utf-8")
    except OSError:
        return False
    return recorded == key and (reports / "index.html").is_file()


def _write_documents(reports: Path, names: list[str], say, print_line) -> None:
    """The Word document of each page named (its inputs unchanged: left as it is); the
    documents of pages that failed or are gone were removed with them."""
    from analyysi.report.document import write_document

    for name in names:
        output = reports / f"{name}.docx"
        try:
            write_document(reports / f"{name}.html", output, reports)
        except Exception as exc:  # a page the converter cannot read: the page stays
            output.unlink(missing_ok=True)
            freshness.record(reports, output, None)
            print_line(say("document_failed", file=output, error=f"{type(exc).__name__}: {exc}"))


@dataclass(frozen=True)
class _RenderContext:
    lang: str
    show_code: bool
    provenance: Provenance
    reports: Path
    root: Path
    other_language_href: str | None = None  # the other language's index, when it shows this data


def _same_page(index_href: str | None, page: str) -> str | None:
    """The link to ``page`` in the other language, beside the other language's index."""
    return None if index_href is None else index_href.removesuffix("index.html") + page


def _analyse(
    settings: Settings,
    print_line,
    show_progress: bool = False,
    started: AnalysisProcess | None = None,
) -> Analysed:
    """The analysis tables, in a process of its own when they must be made (``started``
    already, or started here)."""
    inputs = _analysis_inputs(settings)
    if is_current(*inputs):
        if started is not None:
            started.close()
        return analyse(*inputs)
    print_line(_sayer(settings)("reading"))
    process = started or AnalysisProcess(settings.processed)
    try:
        with leaving_interrupts_to_main():
            future = process.analyse(*inputs, show_progress)
        return future.result()
    except KeyboardInterrupt:
        process.stop()
        raise
    finally:
        process.close()


class _Workers:
    """The processes that render: spawned (as on macOS and Windows), each taking batches of
    one language's jobs until its end mark. Started before the work is known, they import
    what rendering needs while the parent reads the texts."""

    def __init__(self, count: int, kernel_folder: Path | None) -> None:
        if kernel_folder is not None:
            from analyysi.report.execute import prepare_kernel  # papermill: only for a kernel

            prepare_kernel(kernel_folder)  # before the workers start: they inherit its path
        self.kernel_folder = kernel_folder
        spawn = get_context("spawn")
        self.tasks, self.finished, self.stop = spawn.Queue(), spawn.Queue(), spawn.Event()
        self.tasks.cancel_join_thread()  # marks left unread must not hold the exit
        self.processes = [
            spawn.Process(target=_work, args=(self.tasks, self.finished, self.stop), daemon=True)
            for _ in range(max(1, count))
        ]
        with leaving_interrupts_to_main():
            for process in self.processes:
                process.start()
        self.closed = False
        self.fed = False  # whether any job was given to them

    def close(self) -> None:
        """Every worker is told to end (after the batches given to it)."""
        if not self.closed:
            self.closed = True
            for _ in self.processes:
                self.tasks.put(None)

    def stop_now(self) -> None:
        """After Ctrl-C: workers finish the job they are on and shut their kernels down;
        those still busy after STOP_GRACE_S are terminated with their kernels. A second
        Ctrl-C meanwhile is ignored, so the shutdown itself is never cut short."""
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.stop.set()
            self.close()
            # no job given yet (they were still starting): nothing to finish
            deadline = time.monotonic() + (STOP_GRACE_S if self.fed else 0.0)
            for process in self.processes:
                process.join(timeout=max(0.0, deadline - time.monotonic()))
            busy = [process for process in self.processes if process.is_alive()]
            for process in busy:
                process.terminate()
                process.join(timeout=5)
            if busy and self.kernel_folder is not None:
                from analyysi.report.execute import stop_kernels

                stop_kernels(self.kernel_folder)
        finally:
            signal.signal(signal.SIGINT, previous)


def _batches(todo: list[tuple[Job, _RenderContext]], workers: int) -> list:
    """Language by language (the first is finished, and its index written, while the next
    renders): each analysis notebook alone, then the cards in one batch per worker (one
    warm kernel each when they need one)."""
    contexts: list[_RenderContext] = []
    for _, context in todo:
        if not any(context is seen for seen in contexts):
            contexts.append(context)
    batches = []
    for context in contexts:
        jobs = [job for job, c in todo if c is context]
        batches += [(context, [job]) for job in jobs if not job.is_card]
        cards = [job for job in jobs if job.is_card]
        batches += [(context, cards[i::workers]) for i in range(workers) if cards[i::workers]]
    return batches


def _execute(
    todo: list[tuple[Job, _RenderContext]],
    workers: _Workers,
    count: int,
    reports: Path,
    print_line,
    progress=None,
    on_result=None,
) -> None:
    """Run the jobs in the ``workers``, each with its language's context; ``reports`` is
    the folder the printed names are relative to. As each job finishes (or is failed with
    the worker that died with it), its line is printed and its result goes to
    ``on_result``. On Ctrl-C the workers finish the job they are on (or are stopped after
    STOP_GRACE_S) and what was finished stays."""
    for batch in _batches(todo, count):
        workers.tasks.put(batch)
    workers.fed = True
    workers.close()
    done: set[tuple[Path, str]] = set()

    def finish(result: Result) -> None:
        done.add((result.html.parent, result.name))
        print_line(_progress_line(result, reports))
        if progress:
            progress(len(done), len(todo))
        if on_result:
            on_result(result)

    def collect(timeout: float) -> None:
        try:
            result = workers.finished.get(timeout=timeout)
        except queue.Empty:
            return
        finish(result)

    try:
        while any(process.is_alive() for process in workers.processes):
            collect(timeout=0.2)
        while not workers.finished.empty():
            collect(timeout=0.2)
    except BaseException:  # Ctrl-C, or the terminal gone: the workers stop first
        workers.stop_now()
        while not workers.finished.empty():
            collect(timeout=0.2)
        raise
    crashed = [p.exitcode for p in workers.processes if p.exitcode]
    for job, context in todo:  # a worker that died took its unfinished jobs with it
        if (context.reports, job.name) not in done and crashed:
            error = f"the worker process stopped unexpectedly (exit code {crashed[0]})"
            finish(_failed(job, error, context))


WORKER_NICENESS = 5  # below the reading of the texts (and the parent's Word documents)
STOP_GRACE_S = 2.0  # after Ctrl-C, how long a worker may take to finish the job it is on


def _work(tasks, finished, stop) -> None:
    """A worker process: import what rendering needs, then take batches until the end mark
    or until ``stop`` is set."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Windows does not inherit an ignored signal
    if hasattr(os, "nice"):  # started early, they must not slow the reading of the texts,
        os.nice(WORKER_NICENESS)  # which the reports wait for: they take the spare core
    for module in ("analyysi.report.plain", "analyysi.report.plots"):  # while the parent
        importlib.import_module(module)  # still reads the texts

    while not stop.is_set():
        batch = tasks.get()
        if batch is None:
            return
        context, jobs = batch
        _run_batch(jobs, context, finished, stop)


def _run_batch(batch: list[Job], context: _RenderContext, finished, stop) -> None:
    """Execute and render each job of the batch, reporting each, until ``stop`` is set."""
    from analyysi.report.plain import can_render_plain, render_plain

    executed = context.reports / "notebooks"

    def do(job: Job, execute) -> None:
        """One job; whatever goes wrong is its own failure, never the worker's."""
        _clear_outputs(context.reports, job.name)
        (context.reports / ".cache" / f"{job.name}.json").unlink(missing_ok=True)
        try:
            finished.put(_finish(job, execute(executed / f"{job.name}.ipynb"), context))
        except Exception as exc:
            finished.put(_failed(job, f"{type(exc).__name__}: {exc}", context))

    plain = [j for j in batch if can_render_plain(j.notebook, context.show_code)]
    for job in plain:  # a notebook as shipped: its cells run here, no kernel round trip
        if stop.is_set():
            return
        _clear_outputs(context.reports, job.name)
        (context.reports / ".cache" / f"{job.name}.json").unlink(missing_ok=True)
        (executed / f"{job.name}.ipynb").unlink(missing_ok=True)
        try:
            body, outcome = render_plain(job.notebook, job.parameters, context.lang)
            finished.put(_finish(job, outcome, context, body))
        except Exception as exc:
            finished.put(_failed(job, f"{type(exc).__name__}: {exc}", context))
    batch = [j for j in batch if j not in plain]
    if not batch:
        return
    from analyysi.report.execute import CardRunner, run_notebook  # papermill: kernels only

    if not batch[0].is_card:
        job = batch[0]
        do(job, lambda out: run_notebook(job.notebook, out, job.parameters, job.notebook.parent))
        return
    try:
        runner = CardRunner(batch[0].notebook, batch[0].notebook.parent).__enter__()
    except Exception as exc:  # no kernel: every card of the batch fails with the reason
        for job in batch:
            finished.put(_failed(job, f"{type(exc).__name__}: {exc}", context))
        return
    try:
        for job in batch:
            if stop.is_set():
                return
            do(job, lambda out, job=job: runner.run(job.parameters, out))
    finally:
        runner.__exit__(None, None, None)


def _failed(job: Job, error: str, context: _RenderContext) -> Result:
    """A job that did not finish: its page says so (no page of earlier data stays)."""
    from analyysi.report.outcome import Outcome

    try:
        return _finish(job, Outcome(False, 0.0, error), context)
    except Exception:  # the page cannot be written either: the result still tells
        return Result(job.name, context.reports / f"{job.name}.html", Outcome(False, 0.0, error))


def _finish(job: Job, outcome: Outcome, context: _RenderContext, body: str | None = None) -> Result:
    """Render the executed notebook (also a failed one: its partial output helps), or the
    ``body`` a card rendered without a kernel, and, on success, record the cache key."""
    executed = context.reports / "notebooks" / f"{job.name}.ipynb"
    html_path = context.reports / f"{job.name}.html"
    if body is None:
        body = notebook_body(executed, context.show_code, context.lang) if executed.exists() else ""
    if not outcome.ok:
        where = text("report.failed_cell", context.lang, cell=outcome.cell) if outcome.cell else ""
        body = (
            f'<p class="failed">{html.escape(text("index.failed", context.lang))}{html.escape(where)}: '
            f"{html.escape(outcome.error or '')}</p>" + body
        )
    page = Page(
        title=job.title,
        lang=context.lang,
        body=body,
        parameters=_shown_parameters(job.parameters, context.root),
        provenance=context.provenance
        if job.documents is None
        else replace(context.provenance, documents=list(job.documents)),
        index_href="index.html",
        other_language_href=_same_page(context.other_language_href, f"{job.name}.html"),
        document_href=f"{job.name}.docx" if outcome.ok and not job.is_card else None,
    )
    _write_atomically(html_path, render_page(page))
    if not outcome.ok:  # no Word document of a failed report
        (context.reports / f"{job.name}.docx").unlink(missing_ok=True)
    record = context.reports / ".cache" / f"{job.name}.json"
    if outcome.ok:
        record.write_text(json.dumps({"key": job.key}), encoding="utf-8")
    else:
        record.unlink(missing_ok=True)
    return Result(job.name, html_path, outcome)


def _write_atomically(path: Path, content: str) -> None:
    """A page is there whole or not at all, even if the run is stopped while writing it."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(content, encoding="utf-8")
    os.replace(partial, path)


def _progress_line(result: Result, reports: Path) -> str:
    """The result's line, its name as a path from ``reports`` (en/01_funding)."""
    outcome, folder = result.outcome, result.html.parent
    name = result.name
    if folder != reports:
        name = f"{folder.relative_to(reports).as_posix() if folder.is_relative_to(reports) else folder.name}/{name}"
    if outcome.ok:
        return f"  {name:<32} {outcome.seconds:6.1f} s"
    where = f" in cell {outcome.cell}" if outcome.cell else ""
    partial = folder / "notebooks" / f"{result.name}.ipynb"
    kept = f" (executed notebook kept: {partial})" if partial.exists() else ""
    return f"  {name:<32} FAILED{where} after {outcome.seconds:.1f} s: {outcome.error}{kept}"


def _job(
    notebook: Path,
    name: str,
    parameters: dict,
    settings: Settings,
    key: str,
    documents: tuple[tuple[str, str], ...] | None = None,
) -> Job:
    is_card = name.startswith(f"{CARD}-")
    title = report_title(
        CARD if is_card else name, settings.lang, project_code=parameters.get("project_code", "")
    )
    digest = hashlib.sha256()
    digest.update(key.encode())
    digest.update(_notebook_digest(notebook, notebook.stat().st_mtime_ns))
    digest.update(json.dumps(parameters, sort_keys=True).encode())
    return Job(notebook, name, parameters, title, digest.hexdigest(), is_card, documents)


@functools.cache
def _notebook_digest(notebook: Path, stamp: int) -> bytes:
    return hashlib.sha256(notebook.read_bytes()).digest()


def _code_key(settings: Settings, provenance: Provenance) -> str:
    """What every page depends on besides its data: the package's code and reference data
    (the accuracy figures the reports quote), the lock, the commit it names and how the
    page is rendered."""
    digest = hashlib.sha256(f"{settings.lang}|{settings.show_code}".encode())
    digest.update(json.dumps([provenance.commit, provenance.dirty]).encode())
    files = sorted(PACKAGE.rglob("*.py")) + sorted(config.REFERENCE.glob("*.csv"))
    lock = settings.root / "requirements.lock"
    for path in [*files, lock] if lock.exists() else files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _own_documents(
    tables: dict[str, pd.DataFrame], provenance: Provenance
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each project's own document(s) with their SHA-256, as the provenance has them."""
    hashes = dict(provenance.documents)
    own: dict[str, list[tuple[str, str]]] = {}
    for code, source in tables["projects"][["project_code", "source_file"]].itertuples(
        index=False, name=None
    ):
        own.setdefault(code, []).append((source, hashes.get(source, "")))
    return {code: tuple(files) for code, files in own.items()}


def _document_hashes(settings: Settings, tables: dict[str, pd.DataFrame]) -> list[tuple[str, str]]:
    """Every input document (parsed or rejected) with its SHA-256."""
    if settings.raw is None or not settings.raw.is_dir():
        return list(
            tables["projects"][["source_file", "source_sha256"]].itertuples(index=False, name=None)
        )
    documents, _ = find_documents(settings.raw)
    hashes = []
    for path in documents:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "—"
        except OSError:
            digest = "—"
        hashes.append((path.relative_to(settings.raw).as_posix(), digest))
    return hashes


def _shown_parameters(parameters: dict, root: Path) -> dict:
    """Parameters as a reader needs them: paths inside the project relative to it."""
    shown = {}
    for name, value in parameters.items():
        inside = (
            isinstance(value, str)
            and Path(value).is_absolute()
            and Path(value).is_relative_to(root.resolve())
        )
        shown[name] = Path(value).relative_to(root.resolve()).as_posix() if inside else value
    return shown


def _is_current(reports: Path, job: Job) -> bool:
    record = reports / ".cache" / f"{job.name}.json"
    if not (reports / f"{job.name}.html").exists() or not record.exists():
        return False
    try:
        return json.loads(record.read_text(encoding="utf-8")).get("key") == job.key
    except (OSError, ValueError):
        return False


def _clear_outputs(reports: Path, name: str) -> None:
    """A job's tables and figures from an earlier run go before it runs again."""
    tables = reports / "tables"
    for folder in (tables, tables / SPREADSHEET_FOLDER, reports / "figures"):
        for old in folder.glob(f"{name}--*"):
            old.unlink()


def _remove_stale(reports: Path, jobs: list[Job], keep_other_cards: bool) -> None:
    """Reports of notebooks (or projects) that are gone: their pages, executed notebooks,
    tables, figures and cache records. A run limited with --projects keeps other cards."""
    wanted = {j.name for j in jobs}
    for page in reports.glob("*.html"):
        name = page.stem
        if name == "index" or name in wanted or (keep_other_cards and name.startswith(f"{CARD}-")):
            continue
        page.unlink()
        (reports / f"{name}.docx").unlink(missing_ok=True)
        (reports / "notebooks" / f"{name}.ipynb").unlink(missing_ok=True)
        (reports / ".cache" / f"{name}.json").unlink(missing_ok=True)
        _clear_outputs(reports, name)


def _status(summary: RunSummary, name: str) -> tuple[bool, str | None]:
    for result in summary.results:
        if result.name == name and result.outcome is not None and not result.outcome.ok:
            return False, result.outcome.error
    return True, None


def _sayer(settings: Settings):
    """The run's terminal lines from the catalogue, in the tool's language."""
    return lambda key, **values: text(f"run.{key}", settings.messages_lang, **values)


INDEX_KEY = Path(".cache") / "index-key"  # what the index was rendered from
DATA_KEY = Path(".cache") / "data-key"  # in a reports folder: of which data it was rendered


def _data_key(settings: Settings, provenance: Provenance) -> str:
    """Which data the reports show: the tables, the selection and the review decisions (the
    files the provenance names: a worksheet awaiting decisions is not one). Both languages of
    one run share it."""
    digest = hashlib.sha256(
        json.dumps([settings.projects, settings.project_list, provenance.reviews]).encode()
    )
    for path in sorted(settings.processed.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _other_languages(reports: Path, lang: str) -> list[tuple[Path, str]]:
    """Where the other language's reports would be, and the link to their index: a language
    folder inside this one (reports/en), or this folder's parent when it is one."""
    found = [(reports / other, f"{other}/index.html") for other in LANGUAGES if other != lang]
    if reports.name in LANGUAGES:
        found.append((reports.parent, "../index.html"))
    return found


def _key_of(folder: Path) -> str | None:
    path = folder / DATA_KEY
    return path.read_text(encoding="utf-8").strip() if path.is_file() else None


def _other_language(reports: Path, lang: str, data_key: str) -> str | None:
    """The other language's index when it was rendered from the same data."""
    for folder, href in _other_languages(reports, lang):
        if (folder / "index.html").is_file() and _key_of(folder) == data_key:
            return href
    return None


def _settle_other_languages(settings: Settings, data_key: str, print_line) -> None:
    """Reports in the other language of other data are removed when they sit inside this
    folder (reports/en under reports/), so no link leads from one data set to another; a
    Finnish index above this folder that is of other data is pointed out."""
    for folder, href in _other_languages(settings.reports, settings.lang):
        if settings.other_language_href and href.startswith("../"):
            continue  # rendered by this run, from the same data
        if not (folder / "index.html").is_file() or _key_of(folder) == data_key:
            continue
        say = _sayer(settings)
        if href.startswith("../"):
            print_line(say("other_data_above", index=folder / "index.html"))
        elif (folder / ".cache").is_dir():  # reports analyysi wrote, of earlier inputs
            shutil.rmtree(folder)
            print_line(say("other_language_removed", folder=folder))
