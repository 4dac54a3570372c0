"""Real-world forms of the same documents: each variant is generated from the bundled seeds
and must give the same tables (or the stated difference)."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS, copy_seeds, seed_text

from analyysi.tables.metadata import RESOURCES

TABLES = [n for n, r in RESOURCES.items() if r.stage == "parse" and not r.optional]
LINE_COLUMNS = {"line", "first_line", "planned_line", "realised_line"}


def _write_variants(folder, transform, encoding="utf-8", names=None, newline="\n"):
    for seed in SEEDS:
        if names and seed.name not in names:
            continue
        text = transform(seed_text(seed.name))
        (folder / seed.name).write_bytes(text.replace("\n", newline).encode(encoding))


def _tables(run, drop=frozenset({"source_sha256"})):
    def keep(row):
        kept = {k: v for k, v in row.items() if k not in drop}
        if "line" in drop and "message" in kept:  # messages cite other lines too
            kept["message"] = re.sub(r"line \d+", "line N", kept["message"])
        return kept

    return {name: [keep(row) for row in run.table(name)] for name in TABLES}


@pytest.fixture
def baseline(parse, tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    copy_seeds(folder)
    run = parse(folder)
    assert run.code == 0
    return run


@pytest.mark.parametrize(
    ("form", "encoding", "newline"),
    [
        ("crlf", "utf-8", "\r\n"),
        ("bom", "utf-8-sig", "\n"),
        ("bom_crlf", "utf-8-sig", "\r\n"),
        ("windows_1252", "cp1252", "\n"),
        ("old_mac_cr", "utf-8", "\r"),
    ],
)
def test_encodings_and_line_ends_change_nothing(parse, raw_dir, baseline, form, encoding, newline):
    _write_variants(raw_dir, lambda t: t, encoding=encoding, newline=newline)
    assert _tables(parse(raw_dir)) == _tables(baseline)


def test_latin_1_changes_nothing(parse, raw_dir, baseline):
    # Only 003 is Latin-1 encodable (the others have typographic quotes or dashes).
    name = "003_ea5cb71493c7603b.txt"
    _write_variants(raw_dir, lambda t: t, encoding="latin-1", names={name})
    got = _tables(parse(raw_dir))
    want = _tables(baseline)
    for table in TABLES:
        rows = [r for r in want[table] if r.get("project_code") == "S20573"]
        assert got[table] == rows, table


def test_windows_1252_text_is_decoded_not_replaced(parse, raw_dir):
    # “ and ” are 0x93 0x94 in Windows-1252; a UTF-8 reading would fail on them.
    _write_variants(raw_dir, lambda t: t, encoding="cp1252", names={"000_3ca5471cb25b77c0.txt"})
    (plan,) = [r for r in parse(raw_dir).table("texts") if r["section"] == "plan_summary"]
    assert plan["text"].startswith("“Digituki arkeen Kuopio”- hankkeen")


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_special_spaces_as_thousands_separators(parse, raw_dir, baseline, space):
    amount = re.compile(r"(rahoitus(?: yhteensä)?: \d{1,3}) (\d{3})")
    _write_variants(raw_dir, lambda t: amount.sub(rf"\1{space}\2", t))
    assert _tables(parse(raw_dir)) == _tables(baseline)


def test_decimal_commas(parse, raw_dir):
    _write_variants(
        raw_dir,
        lambda t: t.replace(
            "Toteutunut EU- ja valtion rahoitus: 43 005",
            "Toteutunut EU- ja valtion rahoitus: 17 743,48",
        ).replace(
            "Toteutunut julkinen rahoitus yhteensä: 51 005",
            "Toteutunut julkinen rahoitus yhteensä: 25 743,5",
        ),
        names={"000_3ca5471cb25b77c0.txt"},
    )
    run = parse(raw_dir)
    amounts = {(r["source"], r["stage"]): r["amount_eur"] for r in run.table("funding")}
    assert amounts == {
        ("eu_state", "planned"): "43005",
        ("eu_state", "realised"): "17743.48",
        ("public_total", "planned"): "51005",
        ("public_total", "realised"): "25743.50",
    }
    assert run.issues() == []


def test_stray_spaces_change_nothing(parse, raw_dir, baseline):
    def stray(text):
        lines = []
        for line in text.split("\n"):
            line = (
                line.replace(": ", " :  ", 1) if re.match(r"^[A-ZÄÖ][^:]{2,60}: ", line) else line
            )
            lines.append(f"  {line}  \t")
        return "\n".join(lines)

    _write_variants(raw_dir, stray)
    assert _tables(parse(raw_dir)) == _tables(baseline)


def test_extra_blank_lines_move_line_numbers_only(parse, raw_dir, baseline):
    _write_variants(raw_dir, lambda t: "\n\n" + t.replace("\n\n", "\n\n\n\n") + "\n\n\n")
    run = parse(raw_dir)
    assert _tables(run, LINE_COLUMNS | {"source_sha256"}) == _tables(
        baseline, LINE_COLUMNS | {"source_sha256"}
    )
    # and the new line numbers still point at the values
    for seed in SEEDS:
        lines = (raw_dir / seed.name).read_text(encoding="utf-8").split("\n")
        code = next(
            r["project_code"] for r in run.table("projects") if r["source_file"] == seed.name
        )
        for row in run.table("funding"):
            if row["project_code"] == code:
                assert lines[int(row["line"]) - 1].startswith(row["label_fi"])
        for row in run.table("texts"):
            if row["project_code"] == code:
                assert lines[int(row["first_line"]) - 1] == row["text"].split("\n")[0]


def test_no_final_report_is_a_running_project_not_an_error(parse, raw_dir):
    _write_variants(
        raw_dir,
        lambda t: t[: t.index("9 Loppuraportin tiivistelmä")].replace(
            "Toiminta päättynyt", "Toiminnassa"
        ),
        names={"002_c113c283eaad9dcd.txt"},
    )
    run = parse(raw_dir)
    (project,) = run.table("projects")
    assert (project["has_final_report"], project["status"]) == ("false", "Toiminnassa")
    assert "final_report" not in {r["section"] for r in run.table("texts")}
    assert run.issues() == []


def test_section_9_heading_without_text(parse, raw_dir):
    _write_variants(
        raw_dir,
        lambda t: t[: t.index("9 Loppuraportin tiivistelmä")] + "9 Loppuraportin tiivistelmä\n\n",
        names={"002_c113c283eaad9dcd.txt"},
    )
    run = parse(raw_dir)
    assert run.table("projects")[0]["has_final_report"] == "false"
    (warning,) = run.issues()  # the project is closed: its final report is missed
    assert (warning["severity"], warning["field"]) == ("warning", "section 9")
    assert "closed (Toiminta päättynyt) but has no final-report summary" in warning["message"]


@pytest.mark.parametrize(("realised", "warned"), [("65", False), ("1 080", True)])
def test_realised_persons_line(parse, raw_dir, realised, warned):
    _write_variants(
        raw_dir,
        lambda t: t.replace(
            "Suunniteltu: 70\n",
            f"Suunniteltu: 70\n\nToteutunut seurantatietojen mukaan: {realised}\n",
        ),
        names={"001_bff608aa8b8d76fe.txt"},
    )
    run = parse(raw_dir)
    (persons,) = [r for r in run.table("indicators") if r["indicator"] == "persons"]
    assert (
        persons["planned"],
        persons["realised"],
        persons["planned_line"],
        persons["realised_line"],
    ) == (
        "70",
        realised.replace(" ", ""),
        "115",
        "117",
    )
    person_warnings = [w for w in run.issues("warning") if w["line"] == "117"]
    assert len(person_warnings) == int(warned)


CO_IMPLEMENTER_IDS = ["2819071-5", "2079261-5", "0210427-6", "1733423-4", "1570156-3", "1710217-7"]


@pytest.mark.parametrize("count", [1, 3, 30])
def test_any_number_of_co_implementers(parse, raw_dir, count):
    listed = [
        f"Osatoteuttaja {i}, Kehitys ja koulutus Oy, {CO_IMPLEMENTER_IDS[i % 6]}"
        for i in range(1, count + 1)
    ]
    block = "Osatoteuttajat\n\n" + "\n".join(listed) + "\n\n3 Suunnitelman"
    _write_variants(
        raw_dir,
        lambda t: t.replace("3 Suunnitelman", block, 1),
        names={"000_3ca5471cb25b77c0.txt"},
    )
    run = parse(raw_dir)
    rows = [r for r in run.table("organisations") if r["role"] == "co_implementer"]
    assert [(r["position"], r["name"], r["business_id"], r["business_id_valid"]) for r in rows] == [
        (str(i), f"Osatoteuttaja {i}, Kehitys ja koulutus Oy", CO_IMPLEMENTER_IDS[i % 6], "true")
        for i in range(1, count + 1)
    ]
    assert run.issues() == []


def test_empty_optional_fields_are_empty_not_errors(parse, raw_dir):
    def empty(text):
        for label in (
            "WWW-osoite",
            "Hakijoiden lukumäärä tai tuen siirto -menettely",
            "Seutukunnat",
            "Kunnat",
        ):
            text = re.sub(rf"^{re.escape(label)}:.*$", f"{label}:", text, flags=re.M)
        return text

    _write_variants(raw_dir, empty, names={"003_ea5cb71493c7603b.txt"})
    run = parse(raw_dir)
    (project,) = run.table("projects")
    assert (project["applicant_website"], project["applicant_mode"]) == ("", "")
    assert project["site_street"] == "Matarankatu 6A1"  # the filled site address is kept
    assert {r["level"] for r in run.table("areas")} == {"maakunta"}
    assert run.issues() == []
