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
