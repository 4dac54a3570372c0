"""Bad input: each problem is a row in parse_issues.csv, good files are unaffected, no crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS, copy_seeds, seed_text

from analyysi.tables.parse import RECORD_TABLES

GOOD_TABLES = ("projects", *RECORD_TABLES)


def _bad_files(folder):
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_blank.txt").write_bytes(b"  \r\n\n \n")
    (folder / "c_binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    )
    (folder / "d_not_a_description.txt").write_text(
        "Kokouksen pöytäkirja\n\n1. Kokouksen avaus\n2. Todettiin läsnäolijat\n", encoding="utf-8"
    )
    text = seed_text("002_c113c283eaad9dcd.txt")
    (folder / "e_truncated.txt").write_text(
        text.replace("S22084", "S99001")[: text.index("\n", text.index("rahoitus: 74 866"))],
        encoding="utf-8",
    )
    with open(folder / "f_junk.txt", "wb") as stream:  # 20 MB, sparse: fast to make
        stream.truncate(20 * 1024 * 1024)
    (folder / "g_duplicate.txt").write_text(seed_text("000_3ca5471cb25b77c0.txt"), encoding="utf-8")
    (folder / "h_notes.docx").write_bytes(b"PK\x03\x04 not a description")


@pytest.fixture
def mixed(parse, raw_dir):
    copy_seeds(raw_dir)
    _bad_files(raw_dir)
    return parse(raw_dir)


def _errors_by_file(run):
    found = {}
    for row in run.issues("error"):
        found.setdefault(row["source_file"], []).append(row)
    return found


def test_no_crash_and_exit_zero_with_a_summary(mixed):
    assert mixed.code == 0
    assert "Traceback" not in mixed.stderr
    assert "12 files" in mixed.stdout and "projects: 6, rejected: 6" in mixed.stdout
    for name in ("a_empty.txt", "c_binary.txt", "f_junk.txt", "g_duplicate.txt"):
        assert name in mixed.stdout


def test_every_input_file_is_accounted_for(mixed, raw_dir):
    parsed = {row["source_file"] for row in mixed.table("projects")}
    errors = _errors_by_file(mixed)
    for path in raw_dir.glob("*.txt"):
        assert path.name in parsed or path.name in errors, path.name
    # the .docx is not a description: it is named, as a warning, not silently skipped
    assert [
        r["message"][:9] for r in mixed.issues("warning") if r["source_file"] == "h_notes.docx"
    ] == ["not read:"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("a_empty.txt", "file is empty"),
        ("b_blank.txt", "file is empty"),
        ("c_binary.txt", "not text but an image"),
        (
            "d_not_a_description.txt",
            "not a project description "
            "(no project code (Hankekoodi) and no known section headings)",
        ),
        ("f_junk.txt", "larger than the 5 MB limit"),
        (
            "g_duplicate.txt",
            "project code S22196 is also in 000_3ca5471cb25b77c0.txt, which is as complete "
            "and comes first by name; g_duplicate.txt is not used",
        ),
    ],
)
def test_rejected_files_have_one_error_row_and_no_data(mixed, name, reason):
    (row,) = _errors_by_file(mixed)[name]
    assert (row["field"], row["line"]) == ("file", "")
    assert reason in row["message"]
    assert name not in {r["source_file"] for r in mixed.table("projects")}


def test_duplicate_keeps_the_first_file(mixed):
    (project,) = [r for r in mixed.table("projects") if r["project_code"] == "S22196"]
    assert project["source_file"] == "000_3ca5471cb25b77c0.txt"
    (row,) = _errors_by_file(mixed)["g_duplicate.txt"]
    assert row["project_code"] == "S22196"


def test_truncated_file_is_kept_with_a_error_per_missing_section(mixed):
    (project,) = [r for r in mixed.table("projects") if r["source_file"] == "e_truncated.txt"]
    assert project["project_code"] == "S99001" and project["applicant_name"] == "Kemin kaupunki"
    messages = [r["message"] for r in _errors_by_file(mixed)["e_truncated.txt"]]
    assert messages == [
        f"section '{n}' is missing"
        for n in (
            "6 Maantieteellinen kohdealue",
            "7.1 Osallistuvien yritysten lukumäärä",
            "7.2 Osallistuvien henkilöiden lukumäärä",
            "8.1 Sukupuolten tasa-arvo",
            "8.2 Kestävä kehitys",
        )
    ]
    # section 5 was cut after its first line: that value is read, the rest are said to be missing
    funding = [r for r in mixed.table("funding") if r["project_code"] == "S99001"]
    assert [(r["stage"], r["source"], r["amount_eur"]) for r in funding] == [
        ("planned", "eu_state", "74866"),
        ("realised", "eu_state", ""),
        ("planned", "public_total", ""),
        ("realised", "public_total", ""),
    ]


def test_good_files_are_unaffected(mixed, parse, tmp_path):
    alone = tmp_path / "alone"
    alone.mkdir()
    copy_seeds(alone)
    clean = parse(alone)
    for table in GOOD_TABLES:
        rows = [r for r in mixed.table(table) if r.get("source_file", "") != "e_truncated.txt"]
        rows = [r for r in rows if r["project_code"] != "S99001"]
        assert rows == clean.table(table), table


def test_strict_exits_1_on_errors(parse, raw_dir):
    copy_seeds(raw_dir)
    (raw_dir / "empty.txt").write_bytes(b"")
    assert parse(raw_dir, "--strict").code == 1


def test_strict_exits_0_with_warnings_only(parse, raw_dir):
    copy_seeds(raw_dir)
    run = parse(raw_dir, "--strict")
    assert run.code == 0 and run.issues("warning") and not run.issues("error")


def _one_seed_edited(raw_dir, old, new, name="000_3ca5471cb25b77c0.txt"):
    text = seed_text(name)
    assert old in text
    (raw_dir / name).write_text(text.replace(old, new), encoding="utf-8")


def test_unparseable_amount_is_left_empty_with_an_error(parse, raw_dir):
    _one_seed_edited(
        raw_dir,
        "Myönnetty EU- ja valtion rahoitus: 43 005",
        "Myönnetty EU- ja valtion rahoitus: 43 0O5",
    )
    run = parse(raw_dir)
    (row,) = run.issues("error")
    assert (row["field"], row["line"], row["project_code"]) == (
        "funding.amount_eur",
        "75",
        "S22196",
    )
    assert "'43 0O5'" in row["message"] and "Myönnetty EU- ja valtion rahoitus" in row["message"]
    (amount,) = [
        r["amount_eur"]
        for r in run.table("funding")
        if (r["source"], r["stage"]) == ("eu_state", "planned")
    ]
    assert amount == ""


def test_unparseable_date_is_left_empty_with_an_error(parse, raw_dir):
    _one_seed_edited(raw_dir, "päättyy 31.8.2021", "päättyy 31.13.2021")
    run = parse(raw_dir)
    (row,) = run.issues("error")
    assert (row["field"], row["line"]) == ("projects.planned_end", "15")
    assert "'31.13.2021'" in row["message"]
    project = run.table("projects")[0]
    assert (project["planned_start"], project["planned_end"]) == ("2020-09-01", "")


def test_unparseable_score_and_yes_no(parse, raw_dir):
    _one_seed_edited(raw_dir, "Kulttuuriympäristö 0 0", "Kulttuuriympäristö 0 12")
    text = (raw_dir / "000_3ca5471cb25b77c0.txt").read_text(encoding="utf-8")
    (raw_dir / "000_3ca5471cb25b77c0.txt").write_text(
        text.replace(
            "sukupuolten tasa-arvon edistäminen: Ei", "sukupuolten tasa-arvon edistäminen: Ehkä"
        ),
        encoding="utf-8",
    )
    run = parse(raw_dir)
    assert sorted((r["field"], r["line"]) for r in run.issues("error")) == [
        ("gender_equality.answer", "119"),
        ("sustainability.indirect", "141"),
    ]
    (row,) = [r for r in run.table("sustainability") if r["position"] == "14"]
    assert (row["direct"], row["indirect"]) == ("0", "")


@pytest.mark.parametrize(
    ("old", "new", "field", "line", "words"),
    [
        (
            "Y-tunnus: 2819071-5",
            "Y-tunnus: 2819071-4",
            "projects.applicant_business_id",
            "27",
            "wrong check digit",
        ),
        (
            "Alkaa 1.9.2020 ja päättyy 31.8.2021",
            "Alkaa 1.9.2021 ja päättyy 31.8.2020",
            "projects.planned_end",
            "15",
            "before planned start",
        ),
        (
            "Myönnetty EU- ja valtion rahoitus: 43 005",
            "Myönnetty EU- ja valtion rahoitus: 61 005",
            "funding.amount_eur",
            "75",
            "above planned total public",
        ),
        (
            "Toteutunut julkinen rahoitus yhteensä: 51 005",
            "Toteutunut julkinen rahoitus yhteensä: 52 005",
            "funding.amount_eur",
            "81",
            "above planned",
        ),
    ],
)
def test_plausibility_warnings_keep_the_value(parse, raw_dir, old, new, field, line, words):
    _one_seed_edited(raw_dir, old, new)
    run = parse(raw_dir)
    assert run.issues("error") == []
    (row,) = run.issues("warning")
    assert (row["field"], row["line"]) == (field, line) and words in row["message"]
    if "Y-tunnus" in old:
        project = run.table("projects")[0]
        assert (project["applicant_business_id"], project["applicant_business_id_valid"]) == (
            "2819071-4",
            "false",
        )


def test_missing_raw_folder_is_a_usage_error(parse, tmp_path):
    run = parse(tmp_path / "nowhere")
    assert run.code == 2 and "is not a folder" in run.stderr


def test_folder_without_documents_is_a_usage_error(parse, raw_dir):
    (raw_dir / "README.md").write_text("nothing here", encoding="utf-8")
    run = parse(raw_dir)
    assert run.code == 2 and "no project descriptions" in run.stderr


def test_unreadable_file_is_rejected_not_a_crash(parse, raw_dir, monkeypatch):
    copy_seeds(raw_dir)
    real = Path.read_bytes

    def failing(path):
        if path.name == SEEDS[0].name:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", failing)
    run = parse(raw_dir)
    assert run.code == 0 and "cannot be read (Permission denied)" in run.stdout
    assert len(run.table("projects")) == 4


def test_the_size_limit_is_a_default_the_user_can_raise(parse, raw_dir):
    text = seed_text("000_3ca5471cb25b77c0.txt")
    padding = "\n" + "Hanke eteni suunnitellusti. " * (7 * 1024 * 1024 // 28)
    (raw_dir / "long.txt").write_text(text + padding, encoding="utf-8")  # 7 MB
    default = parse(raw_dir)
    (row,) = default.issues("error")
    assert row["source_file"] == "long.txt"
    assert "file is 7.0 MB, larger than the 5 MB limit" in row["message"]
    assert "--max-file-mb" in row["message"]
    raised = parse(raw_dir, "--max-file-mb", "8")
    assert [r["project_code"] for r in raised.table("projects")] == ["S22196"]


def test_of_two_files_with_one_code_the_more_complete_is_kept(parse, raw_dir):
    text = seed_text("000_3ca5471cb25b77c0.txt")
    (raw_dir / "0_cut_copy.txt").write_text(text[: text.index("3 Suunnitelman")], encoding="utf-8")
    (raw_dir / "1_complete.txt").write_text(text, encoding="utf-8")
    run = parse(raw_dir)
    (project,) = run.table("projects")
    assert project["source_file"] == "1_complete.txt"
    (row,) = [r for r in run.issues("error") if r["field"] == "file"]
    assert row["source_file"] == "0_cut_copy.txt"
    assert (
        "is also in 1_complete.txt, which is more complete (0 sections missing there"
        in (row["message"])
    )
    # the file not used adds no rows of its own (its missing sections are not reported)
    assert [r for r in run.issues() if r["source_file"] == "0_cut_copy.txt"] == [row]


def test_files_that_are_no_description_are_named_with_a_remedy(parse, raw_dir):
    kuopio = seed_text("000_3ca5471cb25b77c0.txt")
    (raw_dir / "kuopio.txt").write_bytes(kuopio.encode("utf-16"))  # Notepad's "Unicode"
    (raw_dir / "big_endian.txt").write_bytes(
        b"\xfe\xff" + seed_text("002_c113c283eaad9dcd.txt").encode("utf-16-be")
    )
    (raw_dir / "no_mark.txt").write_bytes(seed_text(SEEDS[1].name).encode("utf-16-le"))
    (raw_dir / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (raw_dir / "pdf_named.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02 stream")
    (raw_dir / "notes.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (raw_dir / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (raw_dir / "page.mhtml").write_text("MIME-Version: 1.0\n", encoding="utf-8")
    (raw_dir / "list.xlsx").write_bytes(b"PK\x03\x04 a workbook")
    run = parse(raw_dir)
    projects = {r["project_code"]: r for r in run.table("projects")}
    assert set(projects) == {"S22196", "S22084"}  # both UTF-16 files with a mark are read
    (raw_dir.parent / "utf8").mkdir()
    (raw_dir.parent / "utf8" / "kuopio.txt").write_text(kuopio, encoding="utf-8")
    (as_utf8,) = parse(raw_dir.parent / "utf8").table("projects")
    del as_utf8["source_sha256"], projects["S22196"]["source_sha256"]  # of the file's bytes
    assert projects["S22196"] == as_utf8  # the same values, letter for letter
    reasons = {r["source_file"]: r["message"] for r in run.issues() if r["field"] == "file"}
    expected = {
        "no_mark.txt": "UTF-16 text without a byte-order mark: open it and save it again as UTF-8",
        "report.pdf": "a PDF; project descriptions are web pages, not PDFs: fetch the page with "
        "`analyysi fetch CODE`",
        "pdf_named.txt": "not text but a PDF",
        "notes.docx": "a word-processor document: save it as plain text",
        "old.doc": "a word-processor document: save it as plain text (.txt, UTF-8)",
        "page.mhtml": "a web archive: save the page as 'Web page, HTML only' (.html)",
        "list.xlsx": "a spreadsheet or list",
    }
    for name, phrase in expected.items():
        assert phrase in reasons[name], (name, reasons[name])
        assert name in run.stdout  # named on the terminal too, with the reason
    assert "save it again as UTF-8" in run.stdout and "analyysi fetch CODE" in run.stdout
