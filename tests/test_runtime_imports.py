"""A lean runtime: no module of the package pulls in a test, lint, lock or browser tool, so a
runtime install (`pip install .`, without the dev extra) runs everything."""

from __future__ import annotations

import subprocess
import sys

# the dev extra of pyproject.toml, by the names they import as
DEV_TOOLS = ("pytest", "hypothesis", "frictionless", "ruff", "uv", "selenium", "nbstripout")

PROBE = f"""
import importlib, pkgutil, sys
import analyysi
for module in pkgutil.walk_packages(analyysi.__path__, "analyysi."):
    if not module.name.endswith("__main__"):  # runs the command line
        importlib.import_module(module.name)
found = sorted({{name.split(".")[0] for name in sys.modules}} & set({DEV_TOOLS!r}))
print(",".join(found))
"""


def test_no_module_of_the_package_imports_a_dev_tool():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.strip() == "", f"dev tools imported at run time: {done.stdout.strip()}"


def test_the_probe_sees_a_dev_tool_when_one_is_imported():
    done = subprocess.run(
        [sys.executable, "-c", "import pytest\n" + PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert done.stdout.strip() == "pytest"
