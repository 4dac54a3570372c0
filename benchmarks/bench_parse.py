"""Benchmark: `analyysi parse` on many documents made from the bundled seeds.

Whole processes, as a user runs them: the time from start to exit and the peak memory of the
process tree (the parse process and its workers, resident memory summed, sampled every
20 ms), and the CPU time of all of them (user + system; on a machine shared with other work
the wall time grows with the load, the CPU time much less). Each figure is the minimum,
median and maximum of --runs runs, beside the floor: a process that only reads and decodes the
same files. Target (issue 20): at least 1,500
documents/s at 2,000 and at 20,000 documents, peak memory under 300 MB and flat in the
number of documents.

    python benchmarks/bench_parse.py [--documents 2000,20000] [--runs 3] [--jobs N] [--mixed]

The corpus is ``benchmarks/corpus.py``'s: each seed with a new project code; --mixed makes
about one file in ten bad input (rejected files, duplicates, encodings).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_documents

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_S = 0.02

# The floor: read every document file and decode it, in one process, nothing else.
FLOOR = """
import os, sys
from analyysi.documents.read import decode_text
count = 0
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        with open(os.path.join(folder, name), "rb") as stream:
            decode_text(stream.read())
        count += 1
print(count)
"""


def measure(command: list[str]) -> tuple[float, float, float]:
    """(seconds from start to exit, peak resident MB of the process and its children, CPU
    seconds (user + system) of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.NoSuchProcess:
            pass
        time.sleep(SAMPLE_S)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, peak / 1024 / 1024, cpu


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return 0


def spread(values: list[float], fmt: str) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:{fmt}} / {mid:{fmt}} / {high:{fmt}}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", default="2000,20000", help="counts, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="default: analyysi's own")
    parser.add_argument("--mixed", action="store_true", help="one file in ten bad input")
    args = parser.parse_args()
    python = sys.executable
    print(f"runs: {args.runs} per figure, shown as min / median / max; {os.cpu_count()} cores")
    for count in (int(c) for c in args.documents.split(",")):
        work = Path(tempfile.mkdtemp(prefix="analyysi-bench-"))
        try:
            raw, out = work / "raw", work / "processed"
            raw.mkdir()
            make_documents(raw, count, mixed=args.mixed)
            floor = [measure([python, "-c", FLOOR, str(raw)]) for _ in range(args.runs)]
            command = [python, "-m", "analyysi", "parse", "--raw", str(raw), "--out", str(out)]
            command += ["-q"] + (["--jobs", str(args.jobs)] if args.jobs else [])
            runs = [measure(command) for _ in range(args.runs)]
        finally:
            shutil.rmtree(work)
        floor_s = [s for s, *_ in floor]
        seconds = [s for s, *_ in runs]
        ratio = statistics.median(seconds) / statistics.median(floor_s)
        print(f"\n{count} documents{' (mixed)' if args.mixed else ''}")
        print(f"  floor, read + decode:  {spread(floor_s, '7.2f')} s")
        print(f"  floor, peak memory:    {spread([m for _, m, _ in floor], '7.0f')} MB")
        print(f"  parse:                 {spread(seconds, '7.2f')} s")
        print(f"  parse, documents/s:    {spread([count / s for s in seconds], '7.0f')}")
        print(f"  parse, peak memory:    {spread([m for _, m, _ in runs], '7.0f')} MB")
        cpu = [c for *_, c in runs]
        print(f"  parse, CPU (all procs): {spread(cpu, '7.2f')} s")
        print(f"  parse, documents/CPU-s:{spread([count / c for c in cpu], '7.0f')}")
        floor_cpu = statistics.median([c for *_, c in floor])
        print(f"  CPU ratio to the floor: {statistics.median(cpu) / floor_cpu:6.1f}x")
        print(f"  ratio to the floor:    {ratio:7.1f}x (median parse / median floor)")


if __name__ == "__main__":
    main()
