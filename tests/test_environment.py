"""The conda environment.yml pins exactly what requirements.lock pins."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock_pins() -> dict[str, str]:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return {_normalise(m[1]): m[2] for line in lines if (m := PIN.match(line))}


def _environment_pins() -> tuple[dict[str, str], list]:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    pins = {_normalise(m[1]): m[2] for item in pip if (m := PIN.match(item))}
    return pins, environment["dependencies"]


def test_environment_yml_and_lock_agree():
    lock = _lock_pins()
    environment, _ = _environment_pins()
    assert len(lock) > 50
    missing = sorted(set(lock) - set(environment))
    extra = sorted(set(environment) - set(lock))
    differ = sorted(n for n in set(lock) & set(environment) if lock[n] != environment[n])
    assert (missing, extra, differ) == ([], [], []), "run `make lock` to regenerate environment.yml"


def test_environment_yml_python_matches_the_project():
    _, dependencies = _environment_pins()
    assert "python=3.11" in dependencies
    assert 'requires-python = ">=3.11"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_every_locked_package_is_hashed():
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if PIN.match(line):
            assert lines[number + 1].strip().startswith("--hash=sha256:"), line
