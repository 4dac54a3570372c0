"""Benchmark: hostile documents. Whole processes, several runs, min / median / max of the wall
time and of the peak memory of the process and all its children together. Targets (not tests)
on a 2-core machine:

- reading one 400 KB final report that is a pasted table of 200,000 numbers (parse and the
  analysis tables): a few seconds
- `analyysi run` over the five bundled documents plus three hostile ones (200,000 numbers in
  one sentence; 2 MB without a full stop; 40 MB, rejected by its size): well under a minute,
  peak memory far below 1.5 GB

    python benchmarks/bench_hostile.py [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "004_401a0e0e3b90dde9.txt"
FINAL = "9 Loppuraportin tiivistelmä"


def hostile_document(code: str, final_report: str) -> str:
    """A bundled description with another code and the given final-report text."""
    head = SEED.read_text(encoding="utf-8").partition(FINAL)[0]
    return head.replace("S22126", code) + f"{FINAL}\n\n{final_report}\n"


def make_hostile(folder: Path) -> None:
    numbers = " ".join(str(n % 10) for n in range(200_000))  # 400 KB, no full stop
    (folder / "h1_numbers.txt").write_text(
        hostile_document("S90001", "Taulukko " + numbers), encoding="utf-8"
    )
    words = "hanke järjestää etäkoulutusta korona aikana 12 osallistujaa ja verkossa "
    (folder / "h2_no_full_stop.txt").write_text(
        hostile_document("S90002", words * (2_000_000 // len(words))), encoding="utf-8"
    )
    (folder / "h3_40_mb.txt").write_text(
        hostile_document("S90003", "Hanke eteni. " * (40_000_000 // 13)), encoding="utf-8"
    )


def measure(command: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak memory (bytes) of the process tree, exit status."""
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    return time.perf_counter() - started, peak, process.returncode


def report(label: str, runs: list[tuple[float, int, int]]) -> None:
    walls = [r[0] for r in runs]
    peaks = [r[1] / 1024**2 for r in runs]
    codes = sorted({r[2] for r in runs})

    def spread(values: list[float], unit: str) -> str:
        return f"{min(values):7.1f} / {statistics.median(values):7.1f} / {max(values):7.1f} {unit}"

    print(f"{label}")
    print(f"  wall, min / median / max:  {spread(walls, 's')}")
    print(f"  peak memory (tree):        {spread(peaks, 'MB')}")
    print(f"  exit status:               {', '.join(map(str, codes))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    analyysi = [sys.executable, "-m", "analyysi"]
    work = Path(tempfile.mkdtemp(prefix="analyysi-hostile-"))
    try:
        numbers_only = work / "numbers"
        numbers_only.mkdir()
        make_hostile(work)
        shutil.move(work / "h1_numbers.txt", numbers_only / "h1_numbers.txt")
        read = (
            "import sys; from pathlib import Path; from analyysi.cli import main; "
            "from analyysi.analyses.analyse import analyse; "
            "out = Path(sys.argv[2]); "
            "assert main(['parse', '--raw', sys.argv[1], '--out', str(out)]) == 0; analyse(out)"
        )
        runs = []
        for k in range(args.runs):
            out = work / f"read{k}"
            runs.append(measure([sys.executable, "-c", read, str(numbers_only), str(out)]))
        report("read a 400 KB final report of 200,000 numbers (parse + analysis):", runs)

        raw = work / "raw"
        raw.mkdir()
        for seed in sorted((ROOT / "data" / "raw").glob("*.txt")):
            shutil.copy(seed, raw / seed.name)
        make_hostile(raw)
        runs = []
        for k in range(args.runs):
            common = ["--processed", str(work / f"p{k}"), "--reports", str(work / f"r{k}")]
            runs.append(measure([*analyysi, "run", "--raw", str(raw), *common, "--lang", "en"]))
        report("analyysi run: 5 bundled + 3 hostile documents (fresh folders each run):", runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
