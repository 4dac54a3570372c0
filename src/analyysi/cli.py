"""The ``analyysi`` command line: a thin wrapper over the stages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analyysi import __version__, config
from analyysi.parse import build_tables, parse_folder, print_progress, write_outputs
from analyysi.tidy import TableValidationError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analyysi",
        description="Reproducible evaluation of EU structural-fund project descriptions.",
    )
    parser.add_argument("--version", action="version", version=f"analyysi {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
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
    parse.add_argument(
        "--include-contacts",
        action="store_true",
        help="also write contact persons' names, e-mails and phones to contacts.csv "
        "(personal data: off by default)",
    )
    parse.set_defaults(run=run_parse)
    return parser


def run_parse(args: argparse.Namespace) -> int:
    if not args.raw.is_dir():
        print(f"analyysi parse: error: --raw {args.raw} is not a folder", file=sys.stderr)
        return 2
    result = parse_folder(args.raw, progress=print_progress)
    if not result.files:
        found = ", ".join(name for name, _ in result.skipped[:5])
        more = ", …" if len(result.skipped) > 5 else ""
        print(
            f"analyysi parse: error: no project descriptions (*.txt) under {args.raw}"
            + (f"; found only {found}{more}" if found else ""),
            file=sys.stderr,
        )
        return 2
    try:
        files = build_tables(result, include_contacts=args.include_contacts)
    except TableValidationError as exc:  # a bug in analyysi: say so plainly, write nothing
        print(f"analyysi parse: internal error, nothing written: {exc}", file=sys.stderr)
        return 3
    try:
        written = write_outputs(args.out, files, include_contacts=args.include_contacts)
    except OSError as exc:
        print(
            f"analyysi parse: error: cannot write to {args.out} ({exc}); "
            "the tables there were left as they were",
            file=sys.stderr,
        )
        return 1
    print(
        f"Parsed {len(result.files)} files under {args.raw}: {len(result.records)} projects, "
        f"{len(result.rejected)} rejected; {result.error_count} errors, "
        f"{result.warning_count} warnings."
    )
    for source_file, reason in sorted(result.rejected.items()):
        print(f"  {source_file}: {reason}")
    print(f"Tables in {args.out}/: " + ", ".join(path.name for path in written))
    if result.issues:
        print(f"Problems are listed in {args.out / 'parse_issues.csv'}.")
    return 1 if args.strict and result.error_count else 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
