"""The commit and the state of the checkout that a report's colophon names."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from analyysi.report.provenance import git_state


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_state_reads_the_checkout_without_writing_to_it(tmp_path: Path):
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    git("init", "-q")
    (tmp_path / "a.txt").write_text("a\n", encoding="utf-8")
    git("add", "a.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "a")
    commit = git("rev-parse", "HEAD")
    assert git_state(tmp_path) == (commit, False)
    (tmp_path / "a.txt").write_text("b\n", encoding="utf-8")  # the index is now stale
    index = (tmp_path / ".git" / "index").stat().st_mtime_ns
    assert git_state(tmp_path) == (commit, True)
    assert (tmp_path / ".git" / "index").stat().st_mtime_ns == index  # not refreshed by us
    (tmp_path / "b.txt").write_text("new\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a\n", encoding="utf-8")
    assert git_state(tmp_path) == (commit, True)  # an untracked file counts as a change
    assert git_state(tmp_path / "b.txt") == ("unknown", None)
