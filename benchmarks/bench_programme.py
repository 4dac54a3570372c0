"""Benchmark: importing a programme project list of 20,000 rows (the real 2014–2020 export
repeated with new codes). Target (not a test): a few seconds on a 2-core machine.

    python benchmarks/bench_programme.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from analyysi.sources.programme import import_projects

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "projektilista-2014-2020-esr-2016-10.csv"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    if not SAMPLE.exists():
        raise SystemExit(f"needs the sample export at {SAMPLE}")
    header, *rows = SAMPLE.read_text(encoding="utf-8").splitlines()
    rows = [r for r in rows if r.strip()]
    with tempfile.TemporaryDirectory() as work:
        big = Path(work) / "list.csv"
        lines = [header]
        for i in range(args.rows):
            row = rows[i % len(rows)]
            quote = '"' if row.startswith('"') else ""  # one sample line is quoted whole
            lines.append(f"{quote}Q{i:05d}{row[row.index(',') :]}")
        big.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started = time.perf_counter()
        imported = import_projects(big, Path(work) / "out")
        took = time.perf_counter() - started
    print(f"rows:              {args.rows}")
    print(f"imported:          {imported.rows}, set aside {imported.set_aside}")
    print(f"import + write:    {took:.2f} s ({args.rows / took:,.0f} rows/s)")


if __name__ == "__main__":
    main()
