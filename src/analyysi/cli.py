"""The ``analyysi`` command line: a thin wrapper over the stages."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from analyysi import __version__, config
from analyysi.catalogue import LANGUAGES
from analyysi.tables.parse import build_tables, parse_folder, write_outputs
from analyysi.tables.tidy import TableValidationError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analyysi",
        description="Reproducible evaluation of EU structural-fund project descriptions.",
    )
    parser.add_argument("--version", action="version", version=f"analyysi {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    verbosity = argparse.ArgumentParser(add_help=False)
    said = verbosity.add_mutually_exclusive_group()
    said.add_argument(
        "-q", "--quiet", action="store_true", help="print only problems and the last line"
    )
    said.add_argument(
        "-v", "--verbose", action="store_true", help="also name every file and report, unabridged"
    )
    parse = commands.add_parser(
        "parse",
        parents=[verbosity],
        help="parse project descriptions into tidy tables",
        description="Parse every *.txt project description under --raw into the tidy tables "
        "of the data contract, with datapackage.json and parse_issues.csv.",
    )
    parse.add_argument(
        "--raw", type=Path, default=config.RAW, help="folder of documents (%(default)s)"
    )
    parse.add_argument(
        "--out", type=Path, default=config.PROCESSED, help="folder for the tables (%(default)s)"
    )
    parse.add_argument("--strict", action="store_true", help="exit 1 when any error was recorded")
    _document_options(parse)
    parse.add_argument(
        "--include-contacts",
        action="store_true",
        help="also write contact persons' names, e-mails and phones to contacts.csv "
        "(personal data: off by default)",
    )
    parse.set_defaults(run=run_parse)

    run = commands.add_parser(
        "run",
        parents=[verbosity],
        help="parse, then render every report and project card as HTML",
        description="Parse the documents, execute the notebooks with papermill and render "
        "reviewer-ready HTML into --reports: one report per analysis notebook, one card per "
        "project, and index.html. Unchanged reports are skipped.",
    )
    run.add_argument(
        "--raw", type=Path, default=config.RAW, help="folder of documents (%(default)s)"
    )
    run.add_argument(
        "--processed",
        type=Path,
        default=config.PROCESSED,
        help="folder for the tables (%(default)s)",
    )
    run.add_argument(
        "--reports", type=Path, default=config.REPORTS, help="output folder (%(default)s)"
    )
    run.add_argument(
        "--projects", default="", metavar="CODE,...", help="only these projects (default: all)"
    )
    run.add_argument(
        "--lang",
        type=_languages,
        default=("fi",),
        metavar="fi|en|fi,en",
        help="report language(s); the first into --reports, another into --reports/LANG, "
        "each linking to the other (default: fi)",
    )
    run.add_argument("--show-code", action="store_true", help="include the code in the HTML")
    run.add_argument("--force", action="store_true", help="rerun reports even when unchanged")
    run.add_argument(
        "--jobs",
        type=_positive,
        default=count_cores(),
        metavar="N",
        help="notebooks run at once (default: number of cores, %(default)s)",
    )
    _document_options(run)
    run.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a document had an error or a review row was not applied",
    )
    run.add_argument(
        "--project-list",
        type=Path,
        metavar="FILE",
        help="a programme project-list export: place each project in its programme",
    )
    _max_list_option(run)
    run.add_argument(
        "--review",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"the evaluator's review decisions (default: {config.REVIEW} when it exists)",
    )
    run.set_defaults(run=run_reports)

    review = commands.add_parser(
        "review",
        parents=[verbosity],
        help="write a worksheet of machine readings awaiting a decision, or merge one back",
        description="Write a worksheet (CSV and Excel) of every participant outcome and COVID "
        "adaptation read from the texts that no evaluator has decided on yet, with the evidence "
        "sentence and its neighbours. Fill in 'decision' (accept, reject, correct) and merge it "
        "back with --merge; 'analyysi run' then applies the decisions.",
    )
    review.add_argument(
        "--processed", type=Path, default=config.PROCESSED, help="the tables (%(default)s)"
    )
    review.add_argument(
        "--review", type=Path, default=config.REVIEW, help="the review files (%(default)s)"
    )
    review.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for the worksheet (default: the review folder)",
    )
    review.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="filled worksheet(s), .csv or .xlsx, to add to the review files",
    )
    review.set_defaults(run=run_review)

    imports = commands.add_parser(
        "import-projects",
        parents=[verbosity],
        help="import a programme project-list export (rakennerahastot.fi)",
        description="Read a project-list export (2007–2013 or 2014–2020 columns, UTF-8 or "
        "Windows-1252) into programme_projects.csv; rows that cannot be read are set aside "
        "in programme_issues.csv with the reason.",
    )
    imports.add_argument("file", type=Path, help="the export (CSV or .xlsx)")
    imports.add_argument("--out", type=Path, default=config.PROCESSED, help="folder (%(default)s)")
    _max_list_option(imports)
    imports.set_defaults(run=run_import)

    fetch = commands.add_parser(
        "fetch",
        parents=[verbosity],
        help="download project descriptions from the public service",
        description="Download the description page of each project (EURA 2014, "
        "projekti.php?projektikoodi=CODE) into --out as CODE.html, one page at a time, with a "
        "manifest (fetch-manifest.csv). Pages already there are skipped; failures are "
        "reported and the others still fetched. Exit 1 when some could not be fetched.",
    )
    fetch.add_argument("codes", nargs="*", metavar="CODE", help="project codes, e.g. S22196")
    fetch.add_argument(
        "--from-list", type=Path, metavar="FILE", help="take the codes from a project-list export"
    )
    _max_list_option(fetch)
    fetch.add_argument("--fund", choices=("ESR", "EAKR"), help="only this fund's projects")
    fetch.add_argument("--status", choices=("closed", "running"), help="only closed or running")
    fetch.add_argument("--out", type=Path, default=config.RAW, help="folder (%(default)s)")
    fetch.add_argument("--base-url", default=None, help="the service's page address")
    fetch.add_argument(
        "--delay", type=float, default=1.0, metavar="SECONDS", help="pause between requests (1)"
    )
    fetch.add_argument("--refresh", action="store_true", help="download pages already here")
    fetch.add_argument(
        "--timeout", type=_positive_number, default=30.0, metavar="SECONDS", help="per request"
    )
    fetch.add_argument(
        "--max-page-mb", type=_positive_number, default=5.0, metavar="MB", help="per page (5)"
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
        print("analyysi fetch: error: give project codes or --from-list FILE", file=sys.stderr)
        return 2
    bad = invalid_codes(codes)
    if bad:
        shown = ", ".join(repr(c) for c in bad[:5])
        print(
            f"analyysi fetch: error: not a project code (a letter and 5 to 9 digits): {shown}; "
            "nothing was fetched",
            file=sys.stderr,
        )
        return 2
    if args.delay < 0:
        print("analyysi fetch: error: --delay cannot be negative", file=sys.stderr)
        return 2
    settings = Settings(
        out=args.out,
        base_url=args.base_url or BASE_URL,
        delay=args.delay,
        refresh=args.refresh,
        timeout=args.timeout,
        max_page_mb=args.max_page_mb,
    )
    print(f"Fetching {len(codes)} page(s) from {settings.base_url} into {args.out}/…", flush=True)
    try:
        results = fetch(codes, settings, progress=lambda line: say(line, args.quiet))
    except KeyboardInterrupt:
        print("analyysi fetch: interrupted; what was fetched is kept", file=sys.stderr)
        return 130
    counts: dict[str, int] = {}
    for got in results:
        counts[got.result] = counts.get(got.result, 0) + 1
    print("Done: " + ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in sorted(counts.items())))
    failed = [got for got in results if not got.is_ok]
    for got in failed:
        print(f"  {got.project_code}: {got.result.replace('_', ' ')} {got.message}".rstrip(),
              file=sys.stderr)  # fmt: skip
    return 1 if failed else 0


def _codes_from_list(args: argparse.Namespace) -> list[str] | None:
    from analyysi.sources.programme import ListRefused, read_programme_list

    if not args.from_list.is_file():
        print(f"analyysi fetch: error: {args.from_list} is not a file", file=sys.stderr)
        return None
    try:
        listed = read_programme_list(args.from_list, args.max_list_mb)
    except ListRefused as exc:
        print(f"analyysi fetch: error: {exc}", file=sys.stderr)
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
        print(f"analyysi import-projects: error: {args.file} is not a file", file=sys.stderr)
        return 2
    try:
        imported = import_projects(args.file, args.out, args.max_list_mb)
    except ListRefused as exc:
        print(f"analyysi import-projects: error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Read {args.file} ({imported.encoding}): {imported.rows} projects imported, "
        f"{imported.set_aside} rows set aside (reasons in {args.out / 'programme_issues.csv'})."
    )
    return 0


def _document_options(command: argparse.ArgumentParser) -> None:
    from analyysi.documents.read import MAX_MB

    command.add_argument(
        "--max-file-mb",
        type=_positive_number,
        default=MAX_MB,
        metavar="MB",
        help="reject description files larger than this, unread (default: %(default)s MB)",
    )
    command.add_argument(
        "--with-examples",
        action="store_true",
        help="keep the five bundled example descriptions in data/raw when your own documents "
        "are beside them (they are left out by default)",
    )


def _max_list_option(command: argparse.ArgumentParser) -> None:
    from analyysi.sources.programme import MAX_LIST_MB

    command.add_argument(
        "--max-list-mb",
        type=_positive_number,
        default=MAX_LIST_MB,
        metavar="MB",
        help="refuse a project list larger than this, read or unpacked (default: %(default)s MB)",
    )


def _languages(value: str) -> tuple[str, ...]:
    languages = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown or not languages:
        raise argparse.ArgumentTypeError(
            f"{value!r}: the languages are {', '.join(LANGUAGES)} (e.g. fi,en)"
        )
    return languages


def _positive_number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not number > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


SHOWN_FILES = 20  # files named on the terminal; all of them are in parse_issues.csv


def run_parse(args: argparse.Namespace) -> int:
    code, result = parse_to_tables(args)
    return 1 if code == 0 and args.strict and result.error_count else code


def parse_to_tables(args: argparse.Namespace):
    """Parse ``args.raw`` and write the tables: (exit status, the parse result or None)."""
    if not args.raw.is_dir():
        print(f"analyysi parse: error: --raw {args.raw} is not a folder", file=sys.stderr)
        return 2, None
    progress = Progress("  Parsing", args.quiet)
    try:
        result = parse_folder(
            args.raw, progress=progress, max_mb=args.max_file_mb, with_examples=args.with_examples
        )
    finally:
        progress.close()
    if not result.files:
        print(
            f"analyysi parse: error: no project descriptions (.txt, .html, .htm) under {args.raw}"
            + ("; found only:" if result.skipped else ""),
            file=sys.stderr,
        )
        _print_files(result.skipped, sys.stderr)
        return 2, None
    try:
        files = build_tables(result, include_contacts=args.include_contacts)
    except TableValidationError as exc:  # a bug in analyysi: say so plainly, write nothing
        print(f"analyysi parse: internal error, nothing written: {exc}", file=sys.stderr)
        return 3, None
    try:
        written = write_outputs(args.out, files, include_contacts=args.include_contacts)
    except OSError as exc:
        print(
            f"analyysi parse: error: cannot write to {args.out} ({exc}); "
            "the tables there were left as they were",
            file=sys.stderr,
        )
        return 1, None
    print(
        f"Parsed {len(result.files)} files under {args.raw}: {len(result.records)} projects, "
        f"{len(result.rejected)} rejected; {result.error_count} errors, "
        f"{result.warning_count} warnings."
    )
    _print_files(sorted(result.rejected.items()) + result.skipped, sys.stdout, args.verbose)
    say(f"Tables in {args.out}/: " + ", ".join(path.name for path in written), args.quiet)
    if result.issues:
        say(f"Problems are listed in {args.out / 'parse_issues.csv'}.", args.quiet)
    return 0, result


def _print_files(files: list[tuple[str, str]], stream, verbose: bool = False) -> None:
    shown = files if verbose else files[:SHOWN_FILES]
    for source_file, reason in shown:
        print(f"  {source_file}: {reason}", file=stream)
    if len(files) > len(shown):
        print(f"  … and {len(files) - len(shown)} more (all in parse_issues.csv; -v names them)",
              file=stream)  # fmt: skip


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


def run_reports(args: argparse.Namespace) -> int:
    from analyysi.report.parameters import ParameterError
    from analyysi.report.pipeline import SelectionError, Settings, run

    started = time.perf_counter()
    if not args.project_list:  # a list an earlier run was given must not join this one's data
        from analyysi.tables.metadata import RESOURCES

        for name in [r.path for r in RESOURCES.values() if r.stage == "import-projects"]:
            if (args.processed / name).is_file():
                (args.processed / name).unlink()
                print(f"Removed {args.processed / name}: this run was given no --project-list")
    say("Parsing documents…", args.quiet)
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
    listed = argparse.Namespace(
        file=args.project_list, out=args.processed, max_list_mb=args.max_list_mb
    )
    if args.project_list and run_import(listed) != 0:
        return 2
    projects = tuple(c.strip().upper() for c in args.projects.split(",") if c.strip())
    review = args.review if args.review is not None else config.REVIEW
    if args.review is not None and not args.review.is_dir():
        print(f"analyysi run: error: --review {args.review} is not a folder", file=sys.stderr)
        return 2
    folders = {
        lang: args.reports if n == 0 else args.reports / lang for n, lang in enumerate(args.lang)
    }
    failed, refused = [], 0
    try:
        for lang, reports in folders.items():
            others = [other for other in folders if other != lang]
            settings = Settings(
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
                other_language_href=(
                    None
                    if not others
                    else f"{others[0]}/index.html"
                    if reports == args.reports
                    else "../index.html"
                ),
            )
            progress = Progress(f"  Reports ({lang})", args.quiet)
            try:
                summary = run(
                    settings, print_line=lambda line: say(line, args.quiet), progress=progress
                )
            finally:
                progress.close()
            failed += summary.failed
            if lang == args.lang[0]:
                refused = _print_reviews(
                    summary.analysed, settings.review, settings.processed, args.quiet
                )
    except (ParameterError, SelectionError) as exc:
        print(f"analyysi run: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"analyysi run: error: cannot write the reports ({exc})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("analyysi run: interrupted; finished reports are kept, a rerun does the rest",
              file=sys.stderr)  # fmt: skip
        return 130
    took = time.perf_counter() - started
    print(f"Done in {took:.1f} s: open {args.reports / 'index.html'}")
    if failed:
        names = ", ".join(r.name for r in failed)
        print(f"analyysi run: {len(failed)} report(s) failed: {names}", file=sys.stderr)
        return 1
    if args.strict and (result.error_count or refused):
        print(
            f"analyysi run: --strict: {result.error_count} error(s) in the documents "
            f"({args.processed / 'parse_issues.csv'}), {refused} review row(s) not applied",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_reviews(analysed, review: Path | None, processed: Path, quiet: bool = False) -> int:
    """Print what became of the review decisions; the number of rows not applied."""
    if analysed is None:
        return 0
    if review is not None and analysed.ran:
        say(f"Review decisions in {review}/ applied: {analysed.reviews_applied}.", quiet)
    refused = [i for i in analysed.review_issues if not i.is_applied]
    if refused:
        print(
            f"{len(refused)} review row(s) not applied as written (listed in "
            f"{processed / 'review_issues.csv'}):",
            file=sys.stderr,
        )
        for issue in refused[:10]:
            where = f"{issue.file}:{issue.line}" if issue.line else issue.file
            print(f"  {where}: {issue.key}: {issue.problem}", file=sys.stderr)
        if len(refused) > 10:
            print(f"  … and {len(refused) - 10} more", file=sys.stderr)
    for issue in analysed.review_issues:
        if issue.is_applied:
            print(f"{issue.file}: {issue.problem}", file=sys.stderr)
    return len(refused)


def run_review(args: argparse.Namespace) -> int:
    from analyysi.analyses.covid import CATEGORIES
    from analyysi.review.worksheet import merge_worksheet, write_worksheet

    if args.merge:
        failed = False
        for path in args.merge:
            if not path.is_file():
                print(f"analyysi review: error: {path} is not a file", file=sys.stderr)
                failed = True
                continue
            merged = merge_worksheet(path, args.review, CATEGORIES)
            added = sum(merged.added.values())
            replaced = sum(merged.replaced.values())
            for issue in merged.issues:
                print(f"  {issue.file}:{issue.line}: {issue.key}: {issue.problem}", file=sys.stderr)
            for target in merged.refused:
                print(
                    f"  {target} has rows that do not check out (above): nothing was merged "
                    "into it; correct them and merge again",
                    file=sys.stderr,
                )
            if merged.issues and not merged.refused:
                print("  the rows above were not merged; the others were", file=sys.stderr)
            if added or replaced:
                print(
                    f"{path}: {added} decision(s) added and {replaced} replaced in {args.review}/"
                )
            elif not merged.issues:
                print(f"{path}: no decided rows (fill in the 'decision' column)", file=sys.stderr)
                failed = True
            failed = failed or bool(merged.issues)
        print("Apply the decisions with 'make report' (or 'analyysi run').")
        return 1 if failed else 0
    needed = ("participant_outcomes", "covid_evidence", "texts")
    if not all((args.processed / f"{name}.csv").exists() for name in needed):
        print(
            f"analyysi review: error: no analysis tables in {args.processed}; run 'analyysi run' "
            "first",
            file=sys.stderr,
        )
        return 2
    out = args.out or args.review
    sheet = write_worksheet(args.processed, out)
    waiting = ", ".join(f"{n} {table}" for table, n in sheet.rows.items())
    print(f"Waiting for a decision: {waiting}.")
    print("Worksheet: " + ", ".join(str(p) for p in sheet.files))
    print("Fill in 'decision' and merge it back: analyysi review --merge FILE")
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
    for stream in (sys.stdout, sys.stderr):  # a Windows console's code page lacks some letters
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:  # one line, no traceback; what was written whole stays
        print(f"analyysi {args.command}: interrupted", file=sys.stderr)
        return 130
