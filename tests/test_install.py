"""A wheel is a working install: built from the checkout, put where no checkout is, and run
from another working directory, it finds its notebooks and reference data inside itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from conftest import ROOT, SEEDS


def test_the_wheel_renders_reports_from_another_working_directory(tmp_path):
    wheels, installed, work = tmp_path / "wheels", tmp_path / "installed", tmp_path / "work"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels, ROOT],
        check=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )
    (wheel,) = wheels.glob("analyysi-*.whl")
    subprocess.run([*pip, "install", "--quiet", "--no-deps", "--target", installed, wheel],
                   check=True, env={**os.environ, "PIP_CONFIG_FILE": os.devnull})  # fmt: skip
    (work / "my documents").mkdir(parents=True)
    for seed in SEEDS[:2]:
        shutil.copy(seed, work / "my documents" / seed.name)
    # The installed copy comes first on the path, before the checkout's editable install
    env = {**os.environ, "PYTHONPATH": str(installed)}
    where = subprocess.run(
        [sys.executable, "-c", "import analyysi.config as c; print(c.__file__, c.IS_CHECKOUT)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(installed)) and where.stdout.split()[-1] == "False"
    ran = subprocess.run(
        [sys.executable, "-m", "analyysi", "run", "--raw", "my documents", "--lang", "en"],
        cwd=work, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    index = (work / "reports" / "index.html").read_text(encoding="utf-8")
    assert "COVID-era adaptations" in index and "Participant targets" in index
    assert (work / "reports" / "03_covid.html").exists()
    assert (work / "data" / "processed" / "projects.csv").exists()
    assert "<dt>Git commit</dt><dd><code>unknown</code>" in index  # none claimed when installed
