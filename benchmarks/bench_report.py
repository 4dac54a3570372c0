"""Benchmark: `analyysi run` on the bundled documents, an unchanged rerun, and project cards
for many synthetic projects. Prints the figures; targets (not tests) on a 2-core machine:

- default run on the five bundled documents, environment installed: <= 30 s
- rerun with nothing changed: <= 3 s
- project cards for 500 synthetic projects: <= 0.5 s each, amortised

    python benchmarks/bench_report.py [--cards 500] [--jobs 2]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import make_documents

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    analyysi = [sys.executable, "-m", "analyysi"]
    work = Path(tempfile.mkdtemp(prefix="analyysi-bench-"))
    try:
        common = ["--processed", str(work / "processed"), "--reports", str(work / "reports")]
        first = timed([*analyysi, "run", *common, "--jobs", str(args.jobs)])
        rerun = timed([*analyysi, "run", *common, "--jobs", str(args.jobs)])
        print(f"default run, 5 documents:       {first:6.1f} s   (target <= 30 s)")
        print(f"rerun, nothing changed:         {rerun:6.1f} s   (target <= 3 s)")

        # Cards alone: a project folder whose only notebook is the card.
        project = work / "cards-project"
        (project / "notebooks").mkdir(parents=True)
        shutil.copy(ROOT / "notebooks" / "project_card.ipynb", project / "notebooks")
        raw = work / "many"
        raw.mkdir()
        make_documents(raw, args.cards)
        code = (
            "import sys; from pathlib import Path; from analyysi import config; "
            f"config.ROOT = Path({str(project)!r}); from analyysi.cli import main; "
            "sys.exit(main(sys.argv[1:]))"
        )
        cards = timed(
            [
                sys.executable,
                "-c",
                code,
                "run",
                "--raw",
                str(raw),
                "--processed",
                str(work / "many-processed"),
                "--reports",
                str(work / "many-reports"),
                "--jobs",
                str(args.jobs),
            ]
        )
        made = len(list((work / "many-reports").glob("project_card-*.html")))
        print(
            f"cards for {made} projects:         {cards:6.1f} s   "
            f"= {cards / made:.2f} s per card amortised (target <= 0.5 s)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
