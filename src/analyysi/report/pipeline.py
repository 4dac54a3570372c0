"""``analyysi run``: parse, execute the notebooks, render HTML, write the index.

Each analysis notebook in ``notebooks/`` becomes one report; ``project_card.ipynb`` becomes
one card per project. Work whose inputs have not changed since the last run is skipped.
"""

from __future__ import annotations

import hashlib
import html
import json
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analyysi import overview
from analyysi.analyse import analyse
from analyysi.catalogue import report_title
from analyysi.report.index import ReportLink, index_body
from analyysi.report.parameters import check_parameters
from analyysi.report.provenance import Provenance, collect
from analyysi.report.render import Page, notebook_body, render_page

if TYPE_CHECKING:
    from analyysi.report.execute import Outcome

CARD = "project_card"
PACKAGE = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    root: Path  # the project folder: notebooks/ and requirements.lock live here
    processed: Path
    reports: Path
    lang: str = "fi"
    show_code: bool = False
    force: bool = False
    jobs: int = 1
    projects: tuple[str, ...] = ()  # empty: all
    project_list: str = ""  # the programme list given to this run, if any


@dataclass(frozen=True)
class Job:
    """One notebook run: what to execute, with which parameters, and where the HTML goes."""

    notebook: Path
    name: str  # output name, e.g. 01_funding or project_card-S22196
    parameters: dict
    title: str
    key: str  # cache key: unchanged inputs give the same key


@dataclass
class Result:
    name: str
    html: Path
    outcome: Outcome | None  # None: skipped, unchanged since the last run


@dataclass
class RunSummary:
    results: list[Result] = field(default_factory=list)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.outcome is not None and not r.outcome.ok]


def run(settings: Settings, print_line=print) -> RunSummary:
    """Write the analysis tables, then execute and render every report and card; return
    what happened."""
    reports = settings.reports
    for folder in (reports, reports / "notebooks", reports / ".cache"):
        folder.mkdir(parents=True, exist_ok=True)
    analyse(settings.processed, with_programme=bool(settings.project_list))
    tables = overview.load_tables(settings.processed)
    tables = overview.only_projects(tables, settings.projects)
    codes = sorted(tables["projects"]["project_code"])
    provenance = collect(
        settings.root,
        list(
            tables["projects"][["source_file", "source_sha256"]].itertuples(index=False, name=None)
        ),
    )
    notebooks = sorted(p for p in (settings.root / "notebooks").glob("*.ipynb") if p.stem != CARD)
    base = {
        "processed": str(settings.processed.resolve()),
        "reports": str(reports.resolve()),
        "lang": settings.lang,
        "projects": ",".join(settings.projects),
        "project_list": settings.project_list,
    }
    shared_key = _shared_key(settings)
    jobs = [_job(nb, nb.stem, check_parameters(nb, base), settings, shared_key) for nb in notebooks]
    card = settings.root / "notebooks" / f"{CARD}.ipynb"
    card_jobs = (
        [
            _job(
                card,
                f"{CARD}-{code}",
                check_parameters(card, {**base, "project_code": code}),
                settings,
                shared_key,
            )
            for code in codes
        ]
        if card.exists()
        else []
    )
    _remove_stale_cards(reports, {j.name for j in card_jobs})

    summary = RunSummary()
    todo = [j for j in jobs + card_jobs if settings.force or not _is_current(reports, j)]
    for job in jobs + card_jobs:
        if job not in todo:
            summary.results.append(Result(job.name, reports / f"{job.name}.html", None))
    skipped = len(jobs) + len(card_jobs) - len(todo)
    if skipped:
        print_line(f"  {skipped} reports unchanged since the last run (use --force to rerun them)")
    context = _RenderContext(settings.lang, settings.show_code, provenance, reports, settings.root)
    summary.results.extend(_execute(todo, context, settings.jobs, print_line))

    ok = {r.name for r in summary.results if r.outcome is None or r.outcome.ok}
    links = [
        ReportLink(j.name, f"{j.name}.html", j.name in ok, _error(summary, j.name)) for j in jobs
    ]
    cards = {code: f"{CARD}-{code}.html" for code in codes}
    write_tables_workbook(reports, [j.name for j in jobs], settings.lang)
    index = Page(
        title=report_title("index", settings.lang),
        lang=settings.lang,
        body=index_body(tables, links, cards, settings.lang),
        provenance=provenance,
        other_language_href=_other_language(reports, "index.html", settings.lang),
    )
    (reports / "index.html").write_text(render_page(index), encoding="utf-8")
    return summary


@dataclass(frozen=True)
class _RenderContext:
    lang: str
    show_code: bool
    provenance: Provenance
    reports: Path
    root: Path


def _execute(todo: list[Job], context: _RenderContext, workers: int, print_line) -> list[Result]:
    """Run the jobs in ``workers`` processes: each analysis notebook alone, the cards in one
    batch per worker (one warm kernel each). Lines are printed as jobs finish."""
    if not todo:
        return []
    singles = [[j] for j in todo if not j.name.startswith(f"{CARD}-")]
    cards = [j for j in todo if j.name.startswith(f"{CARD}-")]
    batches = [cards[i::workers] for i in range(workers) if cards[i::workers]]
    results: list[Result] = []
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    try:
        pending: set[Future] = {
            pool.submit(_run_batch, batch, context) for batch in singles + batches
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                for result in future.result():
                    results.append(result)
                    print_line(_progress_line(result, context.reports))
    except KeyboardInterrupt:
        pool.shutdown(wait=True, cancel_futures=True)  # workers shut their kernels down
        raise
    pool.shutdown(wait=True)
    return results


def _run_batch(batch: list[Job], context: _RenderContext) -> list[Result]:
    """In a worker process: execute and render each job of the batch."""
    from analyysi.report.execute import CardRunner, run_notebook  # papermill: workers only

    executed = context.reports / "notebooks"
    results = []
    if len(batch) == 1 and not batch[0].name.startswith(f"{CARD}-"):
        job = batch[0]
        outcome = run_notebook(
            job.notebook, executed / f"{job.name}.ipynb", job.parameters, job.notebook.parent
        )
        results.append(_finish(job, outcome, context))
        return results
    with CardRunner(batch[0].notebook, batch[0].notebook.parent) as runner:
        for job in batch:
            outcome = runner.run(job.parameters, executed / f"{job.name}.ipynb")
            results.append(_finish(job, outcome, context))
    return results


def _finish(job: Job, outcome: Outcome, context: _RenderContext) -> Result:
    """Render the executed notebook (also a failed one: its partial output helps) and, on
    success, record the cache key."""
    executed = context.reports / "notebooks" / f"{job.name}.ipynb"
    html_path = context.reports / f"{job.name}.html"
    body = notebook_body(executed, context.show_code)
    if not outcome.ok:
        body = f'<p class="failed">{html.escape(outcome.error or "")}</p>' + body
    page = Page(
        title=job.title,
        lang=context.lang,
        body=body,
        parameters=job.parameters,
        provenance=context.provenance,
        index_href="index.html",
        other_language_href=_other_language(context.reports, f"{job.name}.html", context.lang),
    )
    html_path.write_text(render_page(page), encoding="utf-8")
    record = context.reports / ".cache" / f"{job.name}.json"
    if outcome.ok:
        record.write_text(json.dumps({"key": job.key}), encoding="utf-8")
    else:
        record.unlink(missing_ok=True)
    return Result(job.name, html_path, outcome)


def _progress_line(result: Result, reports: Path) -> str:
    outcome = result.outcome
    if outcome.ok:
        return f"  {result.name:<32} {outcome.seconds:6.1f} s"
    partial = reports / "notebooks" / f"{result.name}.ipynb"
    return f"  {result.name:<32} FAILED after {outcome.seconds:.1f} s: {outcome.error} (executed notebook kept: {partial})"


def _job(notebook: Path, name: str, parameters: dict, settings: Settings, shared_key: str) -> Job:
    title_key = "project_card" if name.startswith(f"{CARD}-") else name
    title = report_title(title_key, settings.lang, project_code=parameters.get("project_code", ""))
    digest = hashlib.sha256()
    digest.update(shared_key.encode())
    digest.update(notebook.read_bytes())
    digest.update(json.dumps(parameters, sort_keys=True).encode())
    return Job(notebook, name, parameters, title, digest.hexdigest())


def _shared_key(settings: Settings) -> str:
    """What every report depends on: the parsed tables, the package's code, the lock, and how
    the page is rendered."""
    digest = hashlib.sha256(f"{settings.lang}|{settings.show_code}".encode())
    files = sorted(settings.processed.glob("*.csv")) + sorted(PACKAGE.rglob("*.py"))
    lock = settings.root / "requirements.lock"
    for path in [*files, lock] if lock.exists() else files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _is_current(reports: Path, job: Job) -> bool:
    record = reports / ".cache" / f"{job.name}.json"
    if not (reports / f"{job.name}.html").exists() or not record.exists():
        return False
    try:
        return json.loads(record.read_text(encoding="utf-8")).get("key") == job.key
    except (OSError, ValueError):
        return False


def _remove_stale_cards(reports: Path, wanted: set[str]) -> None:
    for old in reports.glob(f"{CARD}-*.html"):
        if old.stem not in wanted:
            old.unlink()
            (reports / ".cache" / f"{old.stem}.json").unlink(missing_ok=True)


def _error(summary: RunSummary, name: str) -> str | None:
    for result in summary.results:
        if result.name == name and result.outcome is not None and not result.outcome.ok:
            return result.outcome.error
    return None


def _other_language(reports: Path, page: str, lang: str) -> str | None:
    """The same page in the other language, in the standard layout (Finnish in reports/,
    English in reports/en/)."""
    if lang == "fi":
        return f"en/{page}"
    return f"../{page}" if reports.name == "en" else None


def write_tables_workbook(reports: Path, names: list[str], lang: str) -> Path:
    """One Excel workbook with a sheet per table of the analysis reports."""
    path = reports / "tables.xlsx"
    tables = sorted(p for n in names for p in (reports / "tables").glob(f"{n}--*.csv"))
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        used: set[str] = set()
        for csv in tables or []:
            sheet = _sheet_name(csv.stem, used)
            pd.read_csv(csv, keep_default_na=False).to_excel(writer, sheet_name=sheet, index=False)
        if not tables:
            pd.DataFrame().to_excel(writer, sheet_name="-", index=False)
    return path


def _sheet_name(stem: str, used: set[str]) -> str:
    base = stem.replace("--", " ")[:31]
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base[:28]}~{n}"
    used.add(name)
    return name
