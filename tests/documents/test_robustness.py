"""Realistic deviations from the form: each is read where it can be and reported where not,
and no single document can stop the others from being written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import RAW, ROOT, copy_seeds, seed_text

KUOPIO = "000_3ca5471cb25b77c0.txt"  # S22196


def _edit(raw_dir, old, new, name=KUOPIO, count=1):
    text = seed_text(name)
    assert text.count(old) >= 1, old
    (raw_dir / name).write_text(text.replace(old, new, count), encoding="utf-8")


def _messages(run, severity=None):
    return [(r["field"], r["line"], r["message"]) for r in run.issues(severity)]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("päättyy 31.8.2021", "päättyy 31.8.3021", "projects.planned_end"),
        (
            "Suunniteltu: 0\n\nToteutunut",
            "Suunniteltu: 99999999999999999999\n\nToteutunut",
            "indicators.planned",
        ),
        (
            "Myönnetty EU- ja valtion rahoitus: 43 005",
            "Myönnetty EU- ja valtion rahoitus: 43 005 000 000 000",
            "funding.amount_eur",
        ),
    ],
)
def test_absurd_values_are_errors_for_that_file_only(parse, raw_dir, old, new, field):
    copy_seeds(raw_dir)
    _edit(raw_dir, old, new)
    run = parse(raw_dir)
    assert run.code == 0 and len(run.table("projects")) == 5
    assert [m[0] for m in _messages(run, "error")] == [field]


def test_repeated_criterion_is_an_error_and_positions_stay_1_to_15(parse, raw_dir):
    _edit(
        raw_dir,
        "Tasa-arvon edistäminen 0 0\n",
        "Tasa-arvon edistäminen 0 0\nTasa-arvon edistäminen 3 3\n",
    )
    run = parse(raw_dir)
    assert [r["position"] for r in run.table("sustainability")] == [str(i) for i in range(1, 16)]
    ((field, line, message),) = _messages(run, "error")
    assert (field, line) == ("sustainability.criterion", "140") and "repeated" in message


def test_justification_opening_with_a_criterion_name_is_text(parse, raw_dir):
    _edit(
        raw_dir,
        "Liikkuminen ja logistiikka 0 0\n",
        "Liikkuminen ja logistiikka 0 0\nLiikkuminen ja logistiikka ei ole\nRyhmiä on 3 4\n",
    )
    run = parse(raw_dir)
    assert run.issues() == []
    (row,) = [r for r in run.table("sustainability") if r["position"] == "10"]
    assert row["justification"] == "Liikkuminen ja logistiikka ei ole\nRyhmiä on 3 4"


def test_missing_criterion_keeps_the_others_positions(parse, raw_dir):
    _edit(raw_dir, "Materiaalit ja jätteet 0 0\n", "")
    run = parse(raw_dir)
    positions = {r["criterion"]: r["position"] for r in run.table("sustainability")}
    assert positions["Uusiutuvien energialähteiden käyttö"] == "7" and "6" not in positions.values()
    ((field, _, message),) = _messages(run, "error")
    assert field == "section 8.2" and message.endswith("not found: Materiaalit ja jätteet")


def test_two_descriptions_in_one_file_are_rejected(parse, raw_dir):
    joined = seed_text(KUOPIO) + "\n\n" + seed_text("001_bff608aa8b8d76fe.txt")
    (raw_dir / "both.txt").write_text(joined, encoding="utf-8")
    run = parse(raw_dir)
    assert run.table("projects") == []
    ((field, _, message),) = _messages(run, "error")
    assert field == "file" and "S22196 (line 7), S22106 (line 179)" in message


def test_same_code_in_other_case_is_a_duplicate(parse, raw_dir):
    copy_seeds(raw_dir)
    (raw_dir / "z.txt").write_text(seed_text(KUOPIO).replace("S22196", "s22196"), encoding="utf-8")
    run = parse(raw_dir)
    assert len(run.table("projects")) == 5
    assert "is also in 000_3ca5471cb25b77c0.txt" in run.issues("error")[0]["message"]


def test_no_personal_data_in_messages(parse, raw_dir):
    _edit(
        raw_dir,
        "Hankkeen yhteyshenkilön nimi: PROSHKINA VALENTINA",
        "Hankkeen yhteyshenkilö: PROSHKINA VALENTINA",
    )
    run = parse(raw_dir)
    issues = (run.out / "parse_issues.csv").read_text(encoding="utf-8")
    assert "PROSHKINA" not in issues and "personal data" in issues


def test_stray_windows_1252_byte_in_a_utf8_file(parse, raw_dir):
    data = (
        seed_text(KUOPIO)
        .encode("utf-8")
        .replace(b"8-10 infotilaisuutta", b"8\x9610 infotilaisuutta")
    )
    (raw_dir / KUOPIO).write_bytes(data)
    run = parse(raw_dir)
    (plan,) = [r for r in run.table("texts") if r["section"] == "plan_summary"]
    assert (
        "8–10 infotilaisuutta" in plan["text"]
        and "Toiminta toteutetaan eri muodoissa" in plan["text"]
    )
    assert run.table("projects")[0]["applicant_city"] == "Kuopio"
    ((field, line, message),) = _messages(run)
    assert (field, line) == ("file", "53") and "Windows-1252" in message


def test_every_kind_of_entry_is_accounted_for(parse, raw_dir):
    (raw_dir / "sub").mkdir()
    (raw_dir / "sub" / "a.TXT").write_text(seed_text(KUOPIO), encoding="utf-8")
    (raw_dir / ".hidden").mkdir()
    (raw_dir / ".hidden" / "b.txt").write_text(
        seed_text("001_bff608aa8b8d76fe.txt"), encoding="utf-8"
    )
    (raw_dir / "readme.txt").write_text("Notes on these files", encoding="utf-8")
    (raw_dir / "README.md").write_text("ignored on purpose", encoding="utf-8")
    (raw_dir / "broken.txt").symlink_to(raw_dir / "nowhere.txt")
    (raw_dir / "loop.txt").symlink_to(raw_dir / "loop.txt")
    os.mkfifo(raw_dir / "pipe.txt")
    run = parse(raw_dir)
    assert [r["source_file"] for r in run.table("projects")] == ["sub/a.TXT"]
    reported = {r["source_file"]: r["message"] for r in run.issues()}
    assert reported == {
        ".hidden": "not read: a hidden folder",
        "readme.txt": "rejected: not a project description (no project code (Hankekoodi) "
        "and no known section headings)",
        "broken.txt": "rejected: not a regular file (a broken link, a pipe or a device)",
        "loop.txt": "rejected: not a regular file (a broken link, a pipe or a device)",
        "pipe.txt": "rejected: not a regular file (a broken link, a pipe or a device)",
    }


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("8.2 Kestävä kehitys", "8.2 Kestävä kehitys:"),
        ("4.1 Varsinaiset kohderyhmät", "4.1Varsinaiset kohderyhmät"),
        ("1 Hanke", "1. HANKE"),
    ],
)
def test_heading_spelling_variants(parse, raw_dir, old, new):
    copy_seeds(raw_dir)
    baseline = parse(raw_dir)
    _edit(raw_dir, old, new)
    run = parse(raw_dir)
    assert run.issues() == baseline.issues()
    for table in ("sustainability", "texts", "projects", "gender_equality"):
        drop = {"source_sha256"}
        assert [{k: v for k, v in r.items() if k not in drop} for r in run.table(table)] == [
            {k: v for k, v in r.items() if k not in drop} for r in baseline.table(table)
        ]


def test_sections_out_of_order_are_read_and_reported(parse, raw_dir):
    text = seed_text(KUOPIO)
    five = text[text.index("5 Projektin") : text.index("6 Maantieteellinen")]
    six = text[text.index("6 Maantieteellinen") : text.index("7 Hakemusvaiheessa")]
    (raw_dir / KUOPIO).write_text(text.replace(five + six, six + five), encoding="utf-8")
    run = parse(raw_dir)
    assert [r["amount_eur"] for r in run.table("funding")] == ["43005", "43005", "51005", "51005"]
    assert [r["name"] for r in run.table("areas")] == ["Kuopio", "Pohjois-Savo", "Kuopion"]
    ((field, _, message),) = _messages(run)
    assert field == "section" and "out of order" in message


def test_answer_on_the_next_line_is_an_error_not_a_silent_gap(parse, raw_dir):
    _edit(raw_dir, "sukupuolinäkökulmasta: Kyllä\n", "sukupuolinäkökulmasta:\nKyllä\n")
    run = parse(raw_dir)
    ((field, line, _),) = _messages(run, "error")
    assert (field, line) == ("gender_equality.answer", "115")


def test_repeated_label_with_another_value_is_left_empty(parse, raw_dir):
    _edit(raw_dir, "Postinumero: 70820\n", "Postinumero: 70820\n\nPostinumero: 70100\n")
    run = parse(raw_dir)
    assert run.table("projects")[0]["applicant_postcode"] == ""
    ((field, line, message),) = _messages(run, "error")
    assert (field, line) == ("section 2", "35") and "lines 33 and 35" in message


def test_repeated_label_with_the_same_value_is_harmless(parse, raw_dir):
    _edit(raw_dir, "Postinumero: 70820\n", "Postinumero: 70820\n\nPostinumero: 70820\n")
    run = parse(raw_dir)
    assert run.table("projects")[0]["applicant_postcode"] == "70820" and run.issues() == []


def test_co_implementer_on_the_heading_line(parse, raw_dir):
    name = "002_c113c283eaad9dcd.txt"
    _edit(
        raw_dir, "Osatoteuttajat\n\nSaura-säätiö sr", "Osatoteuttajat: Saura-säätiö sr", name=name
    )
    run = parse(raw_dir)
    rows = [(r["position"], r["name"], r["business_id"]) for r in run.table("organisations")]
    assert rows[1:] == [("1", "Saura-säätiö sr", "1733423-4"), ("2", "Meriva sr", "1570156-3")]
    assert run.issues() == []


def test_byte_identical_across_processes_and_hash_seeds(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-m", "analyysi", "parse", "--raw", str(RAW), "--out", str(out)],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
