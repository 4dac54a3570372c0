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


MARKED = re.compile(r"^([A-Za-z0-9_.-]+)==[^\s;\\]+ ; ([^\\]+?)\s*\\?$")


def _platform(sys_platform: str, os_name: str, system: str) -> dict[str, str]:
    return {
        "sys_platform": sys_platform,
        "os_name": os_name,
        "platform_system": system,
        "python_version": "3.11",
        "python_full_version": "3.11.9",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }


def _installed_on(environment: dict[str, str]) -> set[str]:
    """The locked packages pip installs on a platform: those whose marker holds there."""
    from packaging.markers import Marker

    names = set()
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if marked := MARKED.match(line):
            if Marker(marked[2]).evaluate(environment):
                names.add(_normalise(marked[1]))
        elif pinned := PIN.match(line):
            names.add(_normalise(pinned[1]))
    return names


def test_one_lock_for_linux_macos_and_windows():
    header = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()[1]
    assert "--universal" in header  # resolved for every platform, not this machine's
    windows = _installed_on(_platform("win32", "nt", "Windows"))
    macos = _installed_on(_platform("darwin", "posix", "Darwin"))
    linux = _installed_on(_platform("linux", "posix", "Linux"))
    assert {"pywinpty", "colorama"} <= windows and not {"pexpect", "appnope"} & windows
    assert "appnope" in macos and not {"pywinpty", "colorama"} & macos
    assert not {"pywinpty", "colorama", "appnope"} & linux
    for platform in (windows, macos, linux):  # what analyysi itself needs is on every one
        assert {"pandas", "papermill", "nbconvert", "pyvoikko", "openpyxl", "psutil"} <= platform


def test_environment_yml_keeps_the_platform_markers():
    _, dependencies = _environment_pins()
    pip = next(d["pip"] for d in dependencies if isinstance(d, dict))
    assert any(item.startswith("colorama==") and "sys_platform == 'win32'" in item for item in pip)
    assert any(item.startswith("pywinpty==") and "os_name == 'nt'" in item for item in pip)
