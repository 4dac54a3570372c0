"""Benchmark: one Ctrl-C during a 200-document run. Whole processes, several runs, min /
median / max. Target (not a test) on a 2-core machine: the run ends within 5 s of the
interrupt, prints one line on stderr and no traceback, and leaves no process behind.

The interrupt is sent as a terminal sends it: SIGINT to the whole process group, by default
once the first project card has been rendered (the stage that took longest to stop), or as
the text reading starts (--at analysis) or while parsing (--at parse). POSIX only.

    python benchmarks/bench_interrupt.py [--runs 3] [--documents 200] [--at cards]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "raw").glob("*.txt"))
CODES = ("S22196", "S22106", "S22084", "S20573", "S22126")  # of the seeds, in name order


def make_documents(folder: Path, count: int) -> None:
    for number in range(count):
        seed = SEEDS[number % len(SEEDS)]
        text = seed.read_text(encoding="utf-8").replace(CODES[number % 5], f"S{30000 + number}")
        (folder / f"doc{number:03d}.txt").write_text(text, encoding="utf-8")


SIGNS = {"parse": "Parsing documents", "analysis": "Reading the texts", "cards": "project_card-"}


def interrupt_once(raw: Path, work: Path, at: str) -> tuple[float, list[str], int, int]:
    """Seconds from the interrupt to the exit, stderr lines, processes left, exit status."""
    command = [sys.executable, "-m", "analyysi", "run", "--raw", str(raw),
               "--processed", str(work / "p"), "--reports", str(work / "r")]  # fmt: skip
    process = psutil.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "ANALYYSI_LANG": "en"},
    )  # fmt: skip
    for line in process.stdout:
        if SIGNS[at] in line:
            break
    family = [process, *process.children(recursive=True)]
    os.killpg(process.pid, signal.SIGINT)
    started = time.perf_counter()
    _, err = process.communicate(timeout=300)
    took = time.perf_counter() - started
    time.sleep(1)
    left = [p for p in family[1:] if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    for leftover in left:
        leftover.kill()
    return took, err.strip().splitlines(), len(left), process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--at", choices=SIGNS, default="cards", help="when to interrupt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "raw"
        raw.mkdir()
        make_documents(raw, args.documents)
        runs = [interrupt_once(raw, Path(folder) / f"run{n}", args.at) for n in range(args.runs)]
    times = [r[0] for r in runs]
    print(f"Ctrl-C at {args.at} of a {args.documents}-document run ({args.runs} runs)")
    print(
        f"  interrupt to exit, min / median / max: {min(times):.1f} / "
        f"{statistics.median(times):.1f} / {max(times):.1f} s"
    )
    print(f"  stderr lines: {', '.join(str(len(r[1])) for r in runs)}")
    print(f"  tracebacks: {sum(any('Traceback' in line for line in r[1]) for r in runs)}")
    print(f"  processes left behind: {', '.join(str(r[2]) for r in runs)}")
    print(f"  exit status: {', '.join(str(r[3]) for r in runs)}")
    for line in runs[-1][1][:5]:
        print(f"    {line}")


if __name__ == "__main__":
    main()
