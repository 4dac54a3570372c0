"""Where a report comes from: package version, git commit, inputs, environment."""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from analyysi import __version__

LIBRARIES = ("pandas", "matplotlib", "statsmodels", "pandera", "papermill", "nbconvert")


@dataclass(frozen=True)
class Provenance:
    version: str
    commit: str  # "unknown" outside a git checkout
    dirty: bool | None
    python: str
    libraries: dict[str, str]
    lock_sha256: str | None
    documents: list[tuple[str, str]] = field(default_factory=list)  # (source_file, sha256)
    reviews: list[tuple[str, str]] = field(default_factory=list)  # (review file, sha256)


def collect(root: Path, documents: list[tuple[str, str]], review: Path | None = None) -> Provenance:
    """``review``: the folder of the evaluator's decisions, whose CSV files the figures use."""
    commit, dirty = git_state(root)
    lock = root / "requirements.lock"
    return Provenance(
        version=__version__,
        commit=commit,
        dirty=dirty,
        python=platform.python_version(),
        libraries={name: library_version(name) for name in LIBRARIES},
        lock_sha256=hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else None,
        documents=sorted(documents),
        reviews=[
            (path.name, hashlib.sha256(path.read_bytes()).hexdigest())
            for path in sorted(review.glob("*.csv"))
            if path.is_file() and not path.name.endswith("-worksheet.csv")
        ]
        if review is not None and review.is_dir()
        else [],
    )


def git_state(root: Path) -> tuple[str, bool | None]:
    """The commit checked out and whether files differ from it (unknown outside git)."""
    if not (root / ".git").exists():  # an installed package, or a checkout without history
        return "unknown", None
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        # Read only: otherwise status writes the refreshed index, and while it holds the
        # index's lock a git command of the user's own would fail (a git older than 2.15
        # ignores the variable, where the option would fail).
        status = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain"],
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
            capture_output=True,
            text=True,
            check=True,
            timeout=60,  # seen taking 25 s on a loaded machine; "unknown" would be wrong
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown", None
    return commit, bool(status.strip())


def library_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"
