"""The ``analyysi`` command line: a thin wrapper over the stages."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from analyysi import __version__, config
from analyysi.catalogue import LANGUAGES, text
from analyysi.report import freshness
from analyysi.tables.rows import TableValidationError
from analyysi.tables.stream import parse_to_tables as parse_stream

if TYPE_CHECKING:  # imported where a run starts it: parse alone does not need its imports
    from analyysi.analyses.process import AnalysisProcess

LANG = "en"  # the language of the tool's own words: set by main() (choose_language)


def _(key: str, **values: object) -> str:
    """A message of the command line in its language (see ``choose_language``)."""
    return text(f"cli.{key}", LANG, **values)


def choose_language(argv: list[str]) -> str:
    """The tool's language: ANALYYSI_LANG if set, else the first report language a command
    is given (--lang), else the user's locale (Finnish for fi_*, else English)."""
    chosen = os.environ.get("ANALYYSI_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for number, argument in enumerate(argv):
        value = None
        if argument == "--lang" and number + 1 < len(argv):
            value = argv[number + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        if value and value.split(",")[0].strip() in LANGUAGES:
            return value.split(",")[0].strip()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if os.environ.get(name):
            return "fi" if os.environ[name].lower().startswith("fi") else "en"
    import locale

    found = (locale.getlocale()[0] or "").lower()  # e.g. Finnish_Finland on Windows
    return "fi" if found.startswith("fi") else "en"


def build_parser() -> argparse.ArgumentParser:
    _translate_argparse()
    parser = argparse.ArgumentParser(prog="analyysi", description=_("description"))
    parser.add_argument(
        "--version", action="version", version=f"analyysi {__version__}", help=_("version")
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("commands"))
    verbosity = argparse.ArgumentParser(add_help=False)
    said = verbosity.add_mutually_exclusive_group()
    said.add_argument("-q", "--quiet", action="store_true", help=_("quiet"))
    said.add_argument("-v", "--verbose", action="store_true", help=_("verbose"))
    parse = commands.add_parser(
        "parse",
        parents=[verbosity],
        help=_("parse.help"),
        description=_("parse.description"),
    )
    parse.add_argument("--raw", type=Path, default=config.RAW, help=_("raw"))
    parse.add_argument("--out", type=Path, default=config.PROCESSED, help=_("tables_out"))
    parse.add_argument("--strict", action="store_true", help=_("strict"))
    _document_options(parse)
    parse.add_argument("--include-contacts", action="store_true", help=_("contacts"))
    parse.add_argument(
        "--jobs", type=_positive, default=count_cores(), metavar="N", help=_("parse_jobs")
    )
    parse.set_defaults(run=run_parse)

    run = commands.add_parser(
        "run", parents=[verbosity], help=_("run.help"), description=_("run.description")
    )
    run.add_argument("--raw", type=Path, default=config.RAW, help=_("raw"))
    run.add_argument("--processed", type=Path, default=config.PROCESSED, help=_("tables_out"))
    run.add_argument("--reports", type=Path, default=config.REPORTS, help=_("reports"))
    run.add_argument("--projects", default="", metavar="CODE,...", help=_("projects"))
    run.add_argument(
        "--lang", type=_languages, default=("fi",), metavar="fi|en|fi,en", help=_("lang")
    )
    run.add_argument("--show-code", action="store_true", help=_("show_code"))
    run.add_argument("--force", action="store_true", help=_("force"))
    run.add_argument("--jobs", type=_positive, default=count_cores(), metavar="N", help=_("jobs"))
    _document_options(run)
    run.add_argument("--strict", action="store_true", help=_("run_strict"))
    run.add_argument("--project-list", type=Path, metavar="FILE", help=_("project_list"))
    _max_list_option(run)
    run.add_argument(
        "--review", type=Path, default=None, metavar="DIR",
        help=_("review_dir", folder=config.REVIEW),
    )  # fmt: skip
    run.set_defaults(run=run_reports)

    review = commands.add_parser(
        "review", parents=[verbosity], help=_("review.help"), description=_("review.description")
    )
    review.add_argument("--processed", type=Path, default=config.PROCESSED, help=_("tables_in"))
    review.add_argument("--review", type=Path, default=config.REVIEW, help=_("review_files"))
    review.add_argument("--out", type=Path, default=None, help=_("worksheet_out"))
    review.add_argument("--merge", type=Path, nargs="+", metavar="FILE", help=_("merge"))
    review.set_defaults(run=run_review)

    imports = commands.add_parser(
        "import-projects",
        parents=[verbosity],
        help=_("import.help"),
        description=_("import.description"),
    )
    imports.add_argument("file", type=Path, help=_("list_file"))
    imports.add_argument("--out", type=Path, default=config.PROCESSED, help=_("folder"))
    _max_list_option(imports)
    imports.set_defaults(run=run_import)

    fetch = commands.add_parser(
        "fetch", parents=[verbosity], help=_("fetch.help"), description=_("fetch.description")
    )
    fetch.add_argument("codes", nargs="*", metavar="CODE", help=_("codes"))
    fetch.add_argument("--from-list", type=Path, metavar="FILE", help=_("from_list"))
    _max_list_option(fetch)
    fetch.add_argument("--fund", choices=("ESR", "EAKR"), help=_("fund"))
    fetch.add_argument("--status", choices=("closed", "running"), help=_("status"))
    fetch.add_argument("--out", type=Path, default=config.RAW, help=_("folder"))
    fetch.add_argument("--base-url", default=None, help=_("base_url"))
    fetch.add_argument("--delay", type=float, default=1.0, metavar="SECONDS", help=_("delay"))
    fetch.add_argument("--refresh", action="store_true", help=_("refresh"))
    fetch.add_argument(
        "--timeout", type=_positive_number, default=30.0, metavar="SECONDS", help=_("timeout")
    )
    fetch.add_argument(
        "--max-page-mb", type=_positive_number, default=5.0, metavar="MB", help=_("max_page")
    )
    fetch.set_defaults(run=run_fetch)
    return parser


def run_fetch(args: argparse.Namespace) -> int:
    from analyysi.sources.fetch import BASE_URL, Settings, fetch, invalid_codes

    codes = [c.strip().upper() for c in args.codes if c.strip()]
    if args.from_list:
        listed = _codes_from_list(args)
        if listed is None:
            return 2
        codes += listed
    if not codes:
        print(_("error", command="fetch", message=_("no_codes")), file=sys.stderr)
        return 2
    bad = invalid_codes(codes)
    if bad:
        shown = ", ".join(repr(c) for c in bad[:5])
        print(_("error", command="fetch", message=_("bad_codes", codes=shown)), file=sys.stderr)
        return 2
    if args.delay < 0:
        print(_("error", command="fetch", message=_("negative_delay")), file=sys.stderr)
        return 2
    settings = Settings(
        out=args.out,
        base_url=args.base_url or BASE_URL,
        delay=args.delay,
        refresh=args.refresh,
        timeout=args.timeout,
        max_page_mb=args.max_page_mb,
    )
    say(_("fetching", count=len(codes), url=settings.base_url, out=args.out), args.quiet)
    try:
        results = fetch(codes, settings, progress=lambda line: say(line, args.quiet))
    except KeyboardInterrupt:
        print(_("fetch_interrupted"), file=sys.stderr)
        return 130
    counts: dict[str, int] = {}
    for got in results:
        counts[got.result] = counts.get(got.result, 0) + 1
    done = ", ".join(f"{_('fetch.' + r)}: {n}" for r, n in sorted(counts.items()))
    print(_("fetch_done", counts=done))
    failed = [got for got in results if not got.is_ok]
    for got in failed:
        print(f"  {got.project_code}: {_('fetch.' + got.result)} {got.message}".rstrip(),
              file=sys.stderr)  # fmt: skip
    return 1 if failed else 0


def _codes_from_list(args: argparse.Namespace) -> list[str] | None:
    from analyysi.sources.programme import ListRefused, read_programme_list

    if not args.from_list.is_file():
        print(_("error", command="fetch", message=_("not_a_file", path=args.from_list)),
              file=sys.stderr)  # fmt: skip
        return None
    try:
        listed = read_programme_list(args.from_list, args.max_list_mb)
    except ListRefused as exc:
        print(_("error", command="fetch", message=exc), file=sys.stderr)
        return None
    words = {"closed": "päättynyt", "running": "toiminnassa"}
    return [
        row["project_code"]
        for row in listed.rows
        if (args.fund is None or row["fund"] == args.fund)
        and (args.status is None or words[args.status] in (row["status"] or "").lower())
    ]


def run_import(args: argparse.Namespace) -> int:
    from analyysi.sources.programme import ListRefused, import_projects

    if not args.file.is_file():
        print(_("error", command="import-projects", message=_("not_a_file", path=args.file)),
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        imported = import_projects(args.file, args.out, args.max_list_mb)
    except ListRefused as exc:
        print(_("error", command="import-projects", message=exc), file=sys.stderr)
        return 2
    print(
        _("imported", file=args.file, encoding=imported.encoding, rows=imported.rows,
          set_aside=imported.set_aside, issues=args.out / "programme_issues.csv")
    )  # fmt: skip
    return 0


def _document_options(command: argparse.ArgumentParser) -> None:
    from analyysi.documents.read import MAX_MB

    command.add_argument(
        "--max-file-mb",
        type=_positive_number,
        default=MAX_MB,
        metavar="MB",
        help=_("max_file"),
    )
    command.add_argument(
        "--with-examples",
        action="store_true",
        help=_("with_examples"),
    )


def _max_list_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--max-list-mb",
        type=_positive_number,
        default=config.MAX_LIST_MB,
        metavar="MB",
        help=_("max_list"),
    )


def _languages(value: str) -> tuple[str, ...]:
    languages = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown or not languages:
        raise argparse.ArgumentTypeError(
            _("bad_languages", value=value, languages=", ".join(LANGUAGES))
        )
    return languages


def _positive_number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not_a_number", value=value)) from None
    if not number > 0:
        raise argparse.ArgumentTypeError(_("more_than_0"))
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not_a_number", value=value)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(_("at_least_1"))
    return number


RUN_LIST = ".project-list-of-run"  # in --processed: the list `run` imported, if any
SHOWN_FILES = 20  # files named on the terminal; all of them are in parse_issues.csv


def run_parse(args: argparse.Namespace) -> int:
    code, result = parse_to_tables(args)
    return 1 if code == 0 and args.strict and result.error_count else code


def parse_to_tables(args: argparse.Namespace):
    """Parse ``args.raw`` and write the tables: (exit status, the parse result or None)."""
    if not args.raw.is_dir():
        print(_("error", command="parse", message=_("not_a_folder", option="--raw", path=args.raw)),
              file=sys.stderr)  # fmt: skip
        return 2, None
    progress = Progress(_("parsing_bar"), args.quiet)
    (args.out / PARSE_KEY).unlink(missing_ok=True)  # a run must not take these for its own
    try:
        result = parse_stream(
            args.raw,
            args.out,
            jobs=getattr(args, "jobs", None) or count_cores(),
            include_contacts=args.include_contacts,
            max_mb=args.max_file_mb,
            with_examples=args.with_examples,
            progress=progress,
        )
    except TableValidationError as exc:  # a bug in analyysi: say so plainly, write nothing
        progress.close()
        print(_("internal_error", message=exc), file=sys.stderr)
        return 3, None
    except OSError as exc:
        progress.close()
        message = _("cannot_write_tables", out=args.out, message=exc)
        print(_("error", command="parse", message=message), file=sys.stderr)
        return 1, None
    finally:
        progress.close()
    if not result.files:
        message = _("no_descriptions", raw=args.raw) + (_("found_only") if result.skipped else "")
        print(_("error", command="parse", message=message), file=sys.stderr)
        _print_files(result.skipped, sys.stderr)
        return 2, None
    written = result.written
    print(
        _("parsed", count=result.files, raw=args.raw, projects=result.projects,
          rejected=len(result.rejected), errors=result.error_count,
          warnings=result.warning_count)
    )  # fmt: skip
    _print_files(sorted(result.rejected.items()) + result.skipped, sys.stdout, args.verbose)
    names = ", ".join(path.name for path in written)
    say(_("tables_written", out=args.out, names=names), args.quiet)
    if result.error_count or result.warning_count:
        say(_("problems_listed", path=args.out / "parse_issues.csv"), args.quiet)
    return 0, result


def _print_files(files: list[tuple[str, str]], stream, verbose: bool = False) -> None:
    shown = files if verbose else files[:SHOWN_FILES]
    for source_file, reason in shown:
        print(f"  {source_file}: {reason}", file=stream)
    if len(files) > len(shown):
        print(_("more_files", count=len(files) - len(shown)), file=stream)


class Progress:
    """A progress bar (done/total, time left) for a long stage: on a terminal, not with -q;
    lines printed meanwhile go above it."""

    def __init__(self, label: str, quiet: bool = False) -> None:
        self.label, self.quiet, self.bar = label, quiet, None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total < 2:
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=self.label, disable=None, leave=False,
                            dynamic_ncols=True)  # fmt: skip
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def say(line: str, quiet: bool = False) -> None:
    """A line on standard output, above any progress bar; none with -q."""
    if quiet:
        return
    from tqdm import tqdm

    tqdm.write(line, file=sys.stdout)
    sys.stdout.flush()


PARSE_KEY = ".parse-key.json"  # in the tables folder: what its parse tables were made from


def _parse_key(args: argparse.Namespace) -> str:
    """What a run's parse depends on: every file under the documents folder (name and
    content), the options that change what is read, and analyysi's code."""
    digest = hashlib.sha256(freshness.code_digest().encode())
    digest.update(f"{args.max_file_mb}|{args.with_examples}".encode())
    for path in sorted(p for p in args.raw.rglob("*") if p.is_file()):
        digest.update(path.relative_to(args.raw).as_posix().encode() + b"\0")
        with path.open("rb") as handle:  # a file beyond the size limit is not read whole
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()


def _unchanged_parse(processed: Path, key: str) -> int | None:
    """The parse's error count when the tables there were made from the same inputs and
    are all still there; None: parse again."""
    from analyysi.tables.metadata import RESOURCES

    try:
        record = json.loads((processed / PARSE_KEY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    written = [r.path for r in RESOURCES.values() if r.stage == "parse" and not r.optional]
    if record.get("key") != key or not all((processed / n).is_file() for n in written):
        return None
    return int(record.get("errors", 0))


def _record_parse(processed: Path, key: str, errors: int) -> None:
    (processed / PARSE_KEY).write_text(json.dumps({"key": key, "errors": errors}), "utf-8")


def _run_key(args: argparse.Namespace, parse_key: str, review: Path) -> str | None:
    """What all of a run's reports are made from, for an unchanged rerun to stop early: the
    parse's key, the tables, notebooks, lock, reference data, review decisions, commit,
    versions and the run's options. None when the run must go the whole way: the review
    decisions have rows to report again."""
    from analyysi.report.provenance import LIBRARIES, git_state, library_version

    issues = args.processed / "review_issues.csv"
    try:
        with issues.open(encoding="utf-8") as stream:
            if sum(1 for _ in stream) > 1:
                return None
    except OSError:
        return None
    parts = [
        parse_key,
        __version__,
        sys.version,
        [library_version(name) for name in LIBRARIES],
        git_state(config.ROOT),
        [str(args.reports.resolve()), str(args.processed.resolve()), args.lang],
        [args.projects, str(args.project_list or ""), args.show_code, str(review)],
    ]
    files = sorted(args.processed.glob("*.csv")) + sorted(
        (config.ROOT / "notebooks").glob("*.ipynb")
    )
    files += [*sorted(config.REFERENCE.glob("*.csv")), config.ROOT / "requirements.lock"]
    if args.project_list:
        files.append(args.project_list)
    if review.is_dir():
        files += sorted(review.glob("*.csv"))
    return freshness.run_key(parts, files)


def run_reports(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    marker = args.processed / RUN_LIST  # a list an earlier *run* was given (not import-projects)
    if not args.project_list and marker.is_file():  # must not join this run's data
        from analyysi.tables.metadata import RESOURCES

        for name in [r.path for r in RESOURCES.values() if r.stage == "import-projects"]:
            if (args.processed / name).is_file():
                (args.processed / name).unlink()
                print(_("list_removed", path=args.processed / name))
        marker.unlink()
    parse_key = _parse_key(args)
    errors = _unchanged_parse(args.processed, parse_key)
    review = args.review if args.review is not None else config.REVIEW
    if errors is not None:  # the same documents, options and code: the tables are current
        say(_("parse_unchanged", out=args.processed), args.quiet)
        run_key = None if args.force else _run_key(args, parse_key, review)
        if run_key is not None and freshness.is_unchanged_run(args.reports, run_key):
            say(_("reports_unchanged", languages=", ".join(args.lang)), args.quiet)
            return _done(args, started, errors, refused=0)
    freshness.forget_run(args.reports)
    analysis = None
    if errors is None:  # the texts must be read again too: that process starts meanwhile
        from analyysi.analyses.process import AnalysisProcess

        analysis = AnalysisProcess(args.processed)
    try:
        return _run_reports(args, started, parse_key, errors, review, analysis)
    finally:
        if analysis is not None:  # done with, or not needed after all (or Ctrl-C)
            analysis.stop()


def _run_reports(
    args: argparse.Namespace,
    started: float,
    parse_key: str,
    errors: int | None,
    review: Path,
    analysis: AnalysisProcess | None,
) -> int:
    """The run past its early stop: parse (unless unchanged), analyse, render, index."""
    from analyysi.report.parameters import ParameterError
    from analyysi.report.pipeline import SelectionError, Settings, run_languages

    marker = args.processed / RUN_LIST
    if errors is None:
        say(_("parsing"), args.quiet)
        parsed, result = parse_to_tables(
            argparse.Namespace(
                raw=args.raw,
                out=args.processed,
                include_contacts=False,
                max_file_mb=args.max_file_mb,
                with_examples=args.with_examples,
                quiet=args.quiet,
                verbose=args.verbose,
            )
        )
        if parsed != 0:
            return parsed
        errors = result.error_count
        _record_parse(args.processed, parse_key, errors)
    listed = argparse.Namespace(
        file=args.project_list, out=args.processed, max_list_mb=args.max_list_mb
    )
    if args.project_list:
        if run_import(listed) != 0:
            return 2
        marker.write_text(str(args.project_list), encoding="utf-8")
    projects = tuple(c.strip().upper() for c in args.projects.split(",") if c.strip())
    if args.review is not None and not args.review.is_dir():
        message = _("not_a_folder", option="--review", path=args.review)
        print(_("error", command="run", message=message), file=sys.stderr)
        return 2
    folders = {
        lang: args.reports if n == 0 else args.reports / lang for n, lang in enumerate(args.lang)
    }
    languages = [
        Settings(
            review=review if review.is_dir() else None,
            root=config.ROOT,
            raw=args.raw,
            processed=args.processed,
            reports=reports,
            lang=lang,
            show_code=args.show_code,
            force=args.force,
            jobs=args.jobs,
            projects=projects,
            project_list=str(args.project_list or ""),
            messages_lang=LANG,
            other_language_href=(
                None
                if len(folders) == 1
                else f"{next(o for o in folders if o != lang)}/index.html"
                if reports == args.reports
                else "../index.html"
            ),
        )
        for lang, reports in folders.items()
    ]
    try:
        progress = Progress(_("reports_bar", language=", ".join(folders)), args.quiet)
        try:
            summaries = run_languages(
                languages, lambda line: say(line, args.quiet), progress, analysis
            )
        finally:
            progress.close()
        failed = [result for summary in summaries for result in summary.failed]
        refused = _print_reviews(
            summaries[0].analysed, languages[0].review, args.processed, args.quiet
        )
    except (ParameterError, SelectionError) as exc:
        print(_("error", command="run", message=exc), file=sys.stderr)
        return 2
    except OSError as exc:
        message = _("cannot_write_reports", message=exc)
        print(_("error", command="run", message=message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("run_interrupted"), file=sys.stderr)
        return 130
    if not failed and not refused:  # a rerun with nothing changed may stop early
        run_key = _run_key(args, parse_key, review)
        if run_key is not None:
            freshness.record_run(args.reports, run_key)
    if failed:
        _done(args, started, errors, refused)
        names = ", ".join(r.name for r in failed)
        print(_("reports_failed", count=len(failed), names=names), file=sys.stderr)
        return 1
    return _done(args, started, errors, refused)


def _done(args: argparse.Namespace, started: float, errors: int, refused: int) -> int:
    """The run's last line, and its exit code when nothing failed."""
    took = time.perf_counter() - started
    seconds = f"{took:.1f}" if LANG == "en" else f"{took:.1f}".replace(".", ",")
    print(_("done", seconds=seconds, index=args.reports / "index.html"))
    if args.strict and (errors or refused):
        print(
            _("strict_failed", errors=errors, refused=refused,
              issues=args.processed / "parse_issues.csv"),
            file=sys.stderr,
        )  # fmt: skip
        return 1
    return 0


def _print_reviews(analysed, review: Path | None, processed: Path, quiet: bool = False) -> int:
    """Print what became of the review decisions; the number of rows not applied."""
    if analysed is None:
        return 0
    if review is not None and analysed.ran:
        say(_("reviews_applied", folder=review, count=analysed.reviews_applied), quiet)
    refused = [i for i in analysed.review_issues if not i.is_applied]
    if refused:
        path = processed / "review_issues.csv"
        print(_("reviews_refused", count=len(refused), path=path), file=sys.stderr)
        for issue in refused[:10]:
            where = f"{issue.file}:{issue.line}" if issue.line else issue.file
            print(f"  {where}: {issue.key}: {issue.problem}", file=sys.stderr)
        if len(refused) > 10:
            print(_("and_more", count=len(refused) - 10), file=sys.stderr)
    for issue in analysed.review_issues:
        if issue.is_applied:
            print(f"{issue.file}: {issue.problem}", file=sys.stderr)
    return len(refused)


def run_review(args: argparse.Namespace) -> int:
    from analyysi.analyses.covid import CATEGORIES
    from analyysi.review.worksheet import merge_worksheet, write_worksheet

    if args.merge:
        failed, merged_any = False, False
        for path in args.merge:
            if not path.is_file():
                print(_("error", command="review", message=_("not_a_file", path=path)),
                      file=sys.stderr)  # fmt: skip
                failed = True
                continue
            merged = merge_worksheet(path, args.review, CATEGORIES)
            added = sum(merged.added.values())
            replaced = sum(merged.replaced.values())
            for issue in merged.issues:
                print(f"  {issue.file}:{issue.line}: {issue.key}: {issue.problem}", file=sys.stderr)
            for target in merged.refused:
                print(_("merge_refused", target=target), file=sys.stderr)
            if merged.issues and not merged.refused:
                print(_("merge_partly"), file=sys.stderr)
            if added or replaced:
                print(_("merged", path=path, added=added, replaced=replaced, folder=args.review))
            elif not merged.issues:
                print(_("no_decisions", path=path), file=sys.stderr)
                failed = True
            failed = failed or bool(merged.issues)
            merged_any = merged_any or bool(added or replaced)
        if merged_any:
            print(_("apply_decisions"))
        return 1 if failed else 0
    needed = ("participant_outcomes", "covid_evidence", "texts")
    if not all((args.processed / f"{name}.csv").exists() for name in needed):
        message = _("no_analysis_tables", folder=args.processed)
        print(_("error", command="review", message=message), file=sys.stderr)
        return 2
    out = args.out or args.review
    sheet = write_worksheet(args.processed, out)
    waiting = ", ".join(f"{n} {table}" for table, n in sheet.rows.items())
    print(_("waiting", waiting=waiting))
    print(_("worksheet", files=", ".join(str(p) for p in sheet.files)))
    print(_("fill_in"))
    return 0


def count_cores() -> int:
    """The cores this process may use: its affinity where the platform has one (Linux),
    otherwise all of the machine's (macOS, Windows)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    global LANG
    for stream in (sys.stdout, sys.stderr):  # a Windows console's code page lacks some letters
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else list(argv)
    LANG = choose_language(argv)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:  # one line, no traceback; what was written whole stays
        print(_("interrupted", command=args.command), file=sys.stderr)
        return 130


# argparse's own words (usage, headings, its errors) in the tool's language
_ARGPARSE_FI = {
    "usage: ": "käyttö: ",
    "positional arguments": "argumentit",
    "options": "valitsimet",
    "show this help message and exit": "näytä tämä ohje ja lopeta",
    "the following arguments are required: %s": "seuraavat argumentit puuttuvat: %s",
    "unrecognized arguments: %s": "tuntemattomia argumentteja: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "virheellinen valinta: %(value)r (vaihtoehdot: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumentti %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: virhe: %(message)s\n",
    "expected one argument": "odotettiin yhtä argumenttia",
    "expected at least one argument": "odotettiin ainakin yhtä argumenttia",
    "not allowed with argument %s": "ei sallittu yhdessä argumentin %s kanssa",
    "invalid %(type)s value: %(value)r": "virheellinen %(type)s-arvo: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "monitulkintainen valitsin: %(option)s voi olla %(matches)s"
    ),
}


def _translate_argparse() -> None:
    """argparse looks its words up with gettext at the moment it uses them."""
    import gettext

    argparse._ = (lambda words: _ARGPARSE_FI.get(words, words)) if LANG == "fi" else gettext.gettext
