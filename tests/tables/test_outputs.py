"""The written package: determinism, atomic writes, personal data, datapackage.json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import RAW, ROOT, copy_seeds
from fixtures.seed_expected import EXPECTED

from analyysi.tables import tidy
from analyysi.tables.metadata import RESOURCES


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_runs_are_byte_identical(parse):
    first, second = parse(RAW), parse(RAW)
    assert _files(first.out) == _files(second.out)
    assert len(_files(first.out)) == 11


def test_csv_conventions(parse):
    run = parse(RAW)
    text = (run.out / "funding.csv").read_text(encoding="utf-8")
    assert "\r" not in text and text.endswith("\n")
    assert text.splitlines()[0] == "project_code,source,stage,amount_eur,label_fi,line"
    projects = (run.out / "projects.csv").read_bytes()
    assert not projects.startswith(b"\xef\xbb\xbf")
    # a multi-line justification-like value keeps its line breaks inside one quoted cell
    texts = run.table("texts")
    assert any("\n\n" in row["text"] for row in texts)


def test_rows_are_sorted_by_key_numerically(parse, raw_dir):
    copy_seeds(raw_dir)
    run = parse(raw_dir)
    rows = run.table("sustainability")
    keys = [(r["project_code"], int(r["position"])) for r in rows]
    assert keys == sorted(keys)
    assert [r["position"] for r in rows[:11]][-2:] == ["10", "11"]  # not "10" before "2"


def test_default_output_has_no_contact_details(parse):
    run = parse(RAW)
    assert not (run.out / "contacts.csv").exists()
    everything = b"".join(_files(run.out).values()).decode("utf-8")
    for expected in EXPECTED.values():
        for key in ("name", "email", "phone"):
            assert expected["contacts"][key] not in everything, (key, expected["contacts"][key])


def test_contacts_only_on_request_and_stale_file_removed(parse, tmp_path):
    from analyysi.cli import main

    out = tmp_path / "processed"
    assert main(["parse", "--raw", str(RAW), "--out", str(out), "--include-contacts"]) == 0
    assert (out / "contacts.csv").exists()
    resources = {r["name"] for r in json.loads((out / "datapackage.json").read_text())["resources"]}
    assert "contacts" in resources
    assert main(["parse", "--raw", str(RAW), "--out", str(out)]) == 0
    assert not (out / "contacts.csv").exists()
    resources = {r["name"] for r in json.loads((out / "datapackage.json").read_text())["resources"]}
    assert "contacts" not in resources


def test_failed_write_leaves_previous_tables_whole(monkeypatch, tmp_path, capsys):
    from analyysi.cli import main

    out = tmp_path / "processed"
    assert main(["parse", "--raw", str(RAW), "--out", str(out)]) == 0
    before = _files(out)
    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    assert main(["parse", "--raw", str(RAW), "--out", str(out), "--include-contacts"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert _files(out) == before  # no table replaced, no temporary file left behind


def test_a_project_breaking_the_contract_is_rejected_alone(parse, monkeypatch):
    from analyysi.documents import fields

    real = fields.extract_record

    def broken(document, *args):
        record = real(document, *args)
        if record.project_code == "S22084":
            record.sustainability[0]["direct"] = 99  # a bug slipping past the value parser
        return record

    monkeypatch.setattr("analyysi.tables.parse.extract_record", broken)
    run = parse(RAW)
    assert run.code == 0
    assert sorted(r["project_code"] for r in run.table("projects")) == [
        "S20573",
        "S22106",
        "S22126",
        "S22196",
    ]
    (error,) = run.issues("error")
    assert error["source_file"] == "002_c113c283eaad9dcd.txt"
    assert "sustainability.csv" in error["message"] and "bug in analyysi" in error["message"]
    assert not [r for r in run.table("sustainability") if r["project_code"] == "S22084"]


def test_an_untraceable_contract_failure_writes_nothing(parse, monkeypatch):
    from analyysi.documents import checks

    real = checks.check_record

    def broken(record):
        return [
            issue.__class__(**{**issue.__dict__, "severity": "fatal"}) for issue in real(record)
        ]

    monkeypatch.setattr("analyysi.tables.parse.check_record", broken)
    run = parse(RAW)
    assert run.code == 3 and "parse_issues.csv does not meet its contract" in run.stderr
    assert not run.out.exists()


def test_datapackage_describes_every_column_in_both_languages(parse):
    run = parse(RAW)
    package = json.loads((run.out / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        header = (run.out / resource["path"]).read_text(encoding="utf-8").split("\n", 1)[0]
        assert [f["name"] for f in resource["schema"]["fields"]] == header.split(",")
        for field in resource["schema"]["fields"]:
            assert field["description"] and field["description_fi"], field["name"]
    assert {r["name"] for r in package["resources"]} == {
        n for n, r in RESOURCES.items() if r.stage == "parse" and not r.optional
    }


def _frictionless_validate(folder: Path) -> subprocess.CompletedProcess:
    frictionless = Path(sys.executable).with_name("frictionless")
    command = [str(frictionless), "validate", str(folder / "datapackage.json")]
    return subprocess.run(command, capture_output=True, text=True, cwd=folder, check=False)


def test_frictionless_validate_passes(parse):
    result = _frictionless_validate(parse(RAW, "--include-contacts").out)
    assert result.returncode == 0, result.stdout + result.stderr


def test_frictionless_catches_a_broken_table(parse):
    """The check above is not vacuous: a value outside its constraint fails validation."""
    run = parse(RAW)
    path = run.out / "sustainability.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace(",ecological,", ",astrological,", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _frictionless_validate(run.out).returncode != 0


def test_read_table_restores_types(parse):
    run = parse(RAW)
    funding = tidy.read_table("funding", run.out)
    assert str(funding["amount_eur"].dtype) == "Float64"
    assert (
        funding["amount_eur"].sum()
        == 43005 * 2
        + 51005 * 2
        + 78423 * 2
        + 74319 * 2
        + 74866
        + 67228
        + 86001
        + 77470
        + 120600
        + 107190
        + 159117
        + 141192
        + 87747 * 2
        + 87191 * 2
    )
    projects = tidy.read_table("projects", run.out)
    assert str(projects["planned_start"].dtype).startswith("datetime64")
    assert projects["has_final_report"].all()


def test_python_dash_m_and_usage_errors():
    ran = subprocess.run(
        [sys.executable, "-m", "analyysi", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert ran.returncode == 0 and "parse" in ran.stdout
    ran = subprocess.run(
        [sys.executable, "-m", "analyysi", "parse", "--nonsense"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert ran.returncode == 2 and "unrecognized arguments" in ran.stderr


def test_analysis_tables_are_checked_as_pandera_checks_them(tmp_path):
    """The analysis stage checks and writes its tables in plain Python (``checked_csv``):
    the same CSV as ``format_csv(build_table(…))`` for each of its tables, and the same
    message, naming the same projects, when a row breaks the contract."""
    import pytest

    from analyysi.analyses.analyse import OUTPUTS, analyse

    processed = tmp_path / "processed"
    assert subprocess.run(
        [sys.executable, "-m", "analyysi", "parse", "-q", "--raw", str(RAW), "--out",
         str(processed), "--with-examples"], cwd=ROOT, capture_output=True
    ).returncode == 0  # fmt: skip
    analyse(processed)
    for name in OUTPUTS:
        resource = RESOURCES[name]
        frame = tidy.read_table(name, processed)
        assert len(frame) or name == "review_issues"
        expected = tidy.format_csv(resource, tidy.build_table(resource, frame))
        assert tidy.checked_csv(resource, frame) == expected, name
        assert (processed / resource.path).read_text(encoding="utf-8") == expected, name
    resource = RESOURCES["funding_realisation"]
    frame = tidy.read_table("funding_realisation", processed)
    frame.loc[1, "eu_state_realisation"] = -2.0  # below its minimum
    for broken, codes in ((frame, {frame.loc[1, "project_code"]}), (frame.copy(), None)):
        if codes is None:
            broken.loc[3, "project_code"] = None  # required
        failures = []
        for check in (tidy.build_table, tidy.checked_csv):
            with pytest.raises(tidy.TableValidationError) as raised:
                check(resource, broken)
            failures.append((raised.value.summary, raised.value.project_codes))
        assert failures[0][1] == failures[1][1] and (codes is None or failures[0][1] == codes)
        if codes is None:  # pandera writes a value beside a missing one as a plain float
            assert [p.split(": ")[0] for p in failures[0][0].split("; ")] == [
                p.split(": ")[0] for p in failures[1][0].split("; ")
            ]
        else:
            assert failures[0][0] == failures[1][0]


def test_csv_text_is_what_the_csv_module_writes():
    """The parse stage writes CSV without the csv module's per-character loop; the text
    must stay the module's own, quotes, line breaks and odd characters included."""
    import random

    from analyysi.tables.rows import _csv_module_text, _csv_text

    characters = [",", '"', "\n", "\r", "\x00", " ", "a", "ä", "\t", "\x85", "\u2028", "“", "😀"]
    rnd = random.Random(7)
    for _ in range(20000):
        rows = [
            ["".join(rnd.choices(characters, k=rnd.randrange(5))) for _ in range(rnd.randrange(4))]
            for _ in range(rnd.randrange(4))
        ]
        assert _csv_text(rows) == _csv_module_text(rows), rows
