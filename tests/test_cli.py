"""The command line on any laptop: nothing in it may need a function only Linux has."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import RAW, ROOT

# Loaded by every Python process started with this folder on PYTHONPATH (the CLI, the workers
# it spawns and the notebook kernels), so the whole run sees an interpreter like macOS's or
# Windows': no CPU affinity calls and no fork.
WITHOUT_LINUX = """
import os
for name in ("sched_getaffinity", "sched_setaffinity", "process_cpu_count", "fork"):
    if hasattr(os, name):
        delattr(os, name)
"""


def _run_without_linux(tmp_path, *args: str) -> subprocess.CompletedProcess:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(WITHOUT_LINUX, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = "import os, analyysi.cli; print(hasattr(os, 'sched_getaffinity'))"
    seen = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert seen.stdout.strip() == "False"  # the platform is really simulated
    return subprocess.run(
        [sys.executable, "-m", "analyysi", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_help_and_run_on_an_interpreter_without_linux_only_functions(tmp_path):
    shown = _run_without_linux(tmp_path, "--help")
    assert shown.returncode == 0, shown.stderr
    assert "run" in shown.stdout and "fetch" in shown.stdout
    jobs = _run_without_linux(tmp_path, "run", "--help")
    assert f"default: number of cores, {os.cpu_count()}" in " ".join(jobs.stdout.split())
    reports = tmp_path / "reports"
    ran = _run_without_linux(
        tmp_path,
        "run",
        "--raw",
        str(RAW),
        "--processed",
        str(tmp_path / "processed"),
        "--reports",
        str(reports),
        "--projects",
        "S22084",
        "--lang",
        "en",
    )
    assert ran.returncode == 0, ran.stderr
    assert (reports / "index.html").exists() and (reports / "project_card-S22084.html").exists()


def test_quiet_prints_only_the_last_line_and_verbose_names_every_file(tmp_path, capsys):
    from analyysi.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    for number in range(25):  # more than the 20 files named by default
        (raw / f"notes{number:02d}.pdf").write_bytes(b"%PDF-1.7")
    (raw / "kuopio.txt").write_bytes((RAW / "000_3ca5471cb25b77c0.txt").read_bytes())
    out = tmp_path / "out"
    assert main(["parse", "--raw", str(raw), "--out", str(out), "-v"]) == 0
    printed = capsys.readouterr().out
    assert all(f"notes{number:02d}.pdf" in printed for number in range(25))
    assert main(["parse", "--raw", str(raw), "--out", str(out)]) == 0
    assert "… and 5 more" in capsys.readouterr().out
    reports = tmp_path / "reports"
    code = main(["run", "-q", "--raw", str(raw), "--processed", str(out), "--reports",
                 str(reports), "--lang", "en"])  # fmt: skip
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Parsed 1 file") and lines[-1].startswith("Done in")
    assert not any("project_card" in line or "Rendering" in line for line in lines)
