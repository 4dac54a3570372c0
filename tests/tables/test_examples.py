"""The five bundled examples in data/raw take part only while they are alone there: an
evaluator's own documents put beside them are analysed without them, unless asked."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS, seed_text

from analyysi import config


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A project folder whose data/raw holds the bundled examples."""
    raw = tmp_path / "project" / "data" / "raw"
    raw.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, raw / seed.name)
    monkeypatch.setattr(config, "ROOT", tmp_path / "project")
    return raw


def _codes(run) -> list[str]:
    return sorted(row["project_code"] for row in run.table("projects"))


def test_alone_the_examples_are_read(parse, checkout):
    assert len(_codes(parse(checkout))) == 5


def test_beside_ones_own_documents_the_examples_are_left_out_and_named(parse, checkout):
    own = seed_text("000_3ca5471cb25b77c0.txt").replace("S22196", "S29999")
    (checkout / "my_project.txt").write_text(own, encoding="utf-8")
    edited = seed_text(SEEDS[1].name) + "\n"  # an example the evaluator changed is theirs
    (checkout / SEEDS[1].name).write_text(edited, encoding="utf-8")
    run = parse(checkout)
    assert _codes(run) == ["S22106", "S29999"]  # 001_… is S22106
    left_out = [r for r in run.issues("warning") if "bundled example" in r["message"]]
    assert len(left_out) == 4 and "--with-examples" in left_out[0]["message"]
    assert SEEDS[0].name in run.stdout  # named on the terminal
    assert len(_codes(parse(checkout, "--with-examples"))) == 6


def test_examples_copied_to_a_folder_of_ones_own_are_read(parse, raw_dir):
    for seed in SEEDS:
        shutil.copy(seed, raw_dir / seed.name)
    (raw_dir / "mine.txt").write_text(
        seed_text(SEEDS[0].name).replace("S22196", "S29999"), encoding="utf-8"
    )
    assert len(_codes(parse(raw_dir))) == 6  # put there on purpose: nothing is left out


def test_the_list_of_examples_matches_the_bundled_files():
    from analyysi.tables.parse import EXAMPLES

    listed = EXAMPLES.read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(line.split(",")[0] for line in listed) == [seed.name for seed in SEEDS]
