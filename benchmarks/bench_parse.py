"""Benchmark: `analyysi parse` on many documents made from the bundled seeds.

Prints documents per second and peak memory. Target (not a test): 1,000 documents parsed and
written in under 20 s on a 2-core machine, peak memory under 500 MB.

    python benchmarks/bench_parse.py [--documents 1000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from analyysi.tables.parse import build_tables, parse_folder, write_outputs

ROOT = Path(__file__).resolve().parents[1]


def make_documents(folder: Path, count: int) -> None:
    seeds = sorted((ROOT / "data" / "raw").glob("*.txt"))
    texts = [seed.read_text(encoding="utf-8") for seed in seeds]
    codes = [text.split("Hankekoodi: ", 1)[1].split("\n", 1)[0] for text in texts]
    for i in range(count):
        text = texts[i % len(texts)].replace(codes[i % len(codes)], f"S{90000 + i}")
        (folder / f"doc_{i:05d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=1000, help="at most 9,999")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="analyysi-bench-"))
    try:
        raw, out = work / "raw", work / "processed"
        raw.mkdir()
        make_documents(raw, args.documents)
        started = time.perf_counter()
        result = parse_folder(raw)
        parsed = time.perf_counter()
        files = build_tables(result)
        built = time.perf_counter()
        write_outputs(out, files, include_contacts=False)
        done = time.perf_counter()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"documents:            {args.documents}")
        print(f"projects parsed:      {len(result.records)} ({len(result.rejected)} rejected)")
        print(f"read + parse:         {parsed - started:6.2f} s")
        print(f"tables + validation:  {built - parsed:6.2f} s")
        print(f"write:                {done - built:6.2f} s")
        print(
            f"total:                {done - started:6.2f} s "
            f"({args.documents / (done - started):.0f} documents/s)"
        )
        print(f"peak memory (RSS):    {peak_mb:6.0f} MB")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
