"""Every contract field of the five bundled documents against values read by hand."""

from __future__ import annotations

import hashlib

import pytest
from conftest import RAW, SEEDS
from fixtures.seed_expected import EXPECTED


def _cell(value) -> str:
    """The CSV spelling of a hand-read value (data contract conventions)."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    from analyysi.cli import main

    out = tmp_path_factory.mktemp("processed")
    assert main(["parse", "--raw", str(RAW), "--out", str(out), "--include-contacts"]) == 0

    import csv

    def table(name):
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))

    return table


def test_every_seed_has_expectations():
    assert sorted(EXPECTED) == [p.name for p in SEEDS]


def _rows_for(table, code):
    return [row for row in table if row["project_code"] == code]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_projects_row(seeds_run, name):
    expected = EXPECTED[name]["projects"]
    (row,) = _rows_for(seeds_run("projects"), expected["project_code"])
    want = {column: _cell(value) for column, value in expected.items()}
    want["source_file"] = name
    want["source_sha256"] = hashlib.sha256((RAW / name).read_bytes()).hexdigest()
    assert row == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_project_source_lines(seeds_run, name):
    code = EXPECTED[name]["projects"]["project_code"]
    got = {row["field"]: int(row["line"]) for row in _rows_for(seeds_run("project_sources"), code)}
    assert got == EXPECTED[name]["project_lines"]


COLUMNS = {
    "funding": ("source", "stage", "amount_eur", "label_fi", "line"),
    "areas": ("level", "position", "name", "line"),
    "indicators": ("indicator", "planned", "realised", "planned_line", "realised_line"),
    "organisations": ("role", "position", "name", "business_id", "business_id_valid", "line"),
}


@pytest.mark.parametrize("table", sorted(COLUMNS))
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_long_tables(seeds_run, name, table):
    code = EXPECTED[name]["projects"]["project_code"]
    columns = COLUMNS[table]
    got = sorted(tuple(row[c] for c in columns) for row in _rows_for(seeds_run(table), code))
    want = sorted(tuple(_cell(v) for v in row) for row in EXPECTED[name][table])
    assert got == want


def _lines(name: str) -> list[str]:
    return (RAW / name).read_text(encoding="utf-8").split("\n")


def _block(name: str, first: int, last: int) -> str:
    """Source lines first..last verbatim: in these files paragraphs are already separated by
    exactly one blank line, so this is the contract's text value."""
    return "\n".join(_lines(name)[first - 1 : last])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_texts(seeds_run, name):
    code = EXPECTED[name]["projects"]["project_code"]
    got = {
        row["section"]: (row["text"], row["first_line"])
        for row in _rows_for(seeds_run("texts"), code)
    }
    want = {
        section: (_block(name, first, last), str(first))
        for section, first, last in EXPECTED[name]["texts"]
    }
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gender_equality(seeds_run, name):
    code = EXPECTED[name]["projects"]["project_code"]
    got = sorted(
        (r["question"], r["answer"], r["line"], r["justification"])
        for r in _rows_for(seeds_run("gender_equality"), code)
    )
    want = sorted(
        (question, _cell(answer), str(line), _block(name, first, last) if first else "")
        for question, answer, line, first, last in EXPECTED[name]["gender_equality"]
    )
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sustainability(seeds_run, name):
    code = EXPECTED[name]["projects"]["project_code"]
    got = [
        (
            r["position"],
            r["dimension"],
            r["criterion"],
            r["direct"],
            r["indirect"],
            r["line"],
            r["justification"],
        )
        for r in _rows_for(seeds_run("sustainability"), code)
    ]
    want = [
        (str(pos), dim, crit, str(d), str(i), str(line), _block(name, j, j) if j else "")
        for pos, dim, crit, d, i, line, j in EXPECTED[name]["sustainability"]
    ]
    assert got == want


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_contacts(seeds_run, name):
    code = EXPECTED[name]["projects"]["project_code"]
    (row,) = _rows_for(seeds_run("contacts"), code)
    assert row == {
        "project_code": code,
        **{k: _cell(v) for k, v in EXPECTED[name]["contacts"].items()},
    }


def test_only_plausibility_finding_is_the_enterprise_count(seeds_run):
    """Read by hand: S22106 plans 0 participating enterprises (line 109) and reports 1 (line
    111); nothing else in the five documents is implausible or unreadable."""
    issues = seeds_run("parse_issues")
    assert [(r["source_file"], r["severity"], r["field"], r["line"]) for r in issues] == [
        ("001_bff608aa8b8d76fe.txt", "warning", "indicators.realised", "111")
    ]
