"""Benchmark: every figure of plots for 500 and 2,000 synthetic projects, saved as
Report.figure saves it (SVG, 300-dpi PNG, the page's image), each in a process of its own.
Prints the PNG's size in pixels, the time, and the process's peak memory over what it held
before drawing. Targets (not tests) on a 2-core machine, whatever the number of projects:

- every figure at most 16 × 24 cm at 300 dpi (1890 × 2835 px)
- peak memory of drawing and saving one figure: <= 150 MB over the tables
- <= 3 s a figure

    python benchmarks/bench_figures.py [--projects 500 2000] [--lang fi]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "report"))


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    try:
        import resource
    except ImportError:  # Windows: the peak working set
        import psutil

        return psutil.Process().memory_info().peak_wset / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes / kB


def one(figure: str, projects: int, lang: str) -> dict[str, float]:
    """Draw and save one figure; what it cost."""
    from figure_tables import FIGURES, tables
    from PIL import Image

    from analyysi.report.display import Report

    made = tables(projects)
    before = peak_mb()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        Report("bench", lang, folder).figure(FIGURES[figure](made, lang), figure)
        width, height = Image.open(Path(folder) / "figures" / f"bench--{figure}.png").size
    return {
        "seconds": time.perf_counter() - started,
        "width": width,
        "height": height,
        "peak_mb": peak_mb() - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--projects", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--one", nargs=2, metavar=("FIGURE", "PROJECTS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.lang)))
        return
    from figure_tables import FIGURES

    print(f"{'figure':32} {'projects':>8} {'pixels':>12} {'seconds':>8} {'peak MB':>8}")
    for projects in args.projects:
        for figure in FIGURES:
            if figure == "funding_bars":
                continue  # a card's figure: one project, whatever the portfolio
            command = [
                sys.executable,
                __file__,
                "--one",
                figure,
                str(projects),
                "--lang",
                args.lang,
            ]
            cost = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
            pixels = f"{cost['width']} × {cost['height']}"
            print(
                f"{figure:32} {projects:8} {pixels:>12} {cost['seconds']:8.2f} "
                f"{cost['peak_mb']:8.1f}"
            )
    print("targets: <= 1890 × 2835 px, <= 3 s, <= 150 MB a figure")


if __name__ == "__main__":
    main()
