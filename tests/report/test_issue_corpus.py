"""Every data-quality message of a broad corpus has Finnish words: the issues of the inputs the
tests already use (the bundled documents, the bad files, the robustness edits, the forms, an ERDF
page, the hostile documents of the benchmark, the programme lists and the review files) and of
documents written here to trigger each remaining message, rendered on a Finnish page."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import RAW, ROOT, SEEDS, SHARED_DATA, seed_text

from analyysi import config
from analyysi.analyses.programme import _reason_kind, set_aside
from analyysi.report.issues import (
    PATTERNS,
    issue_message,
    reason_kind_message,
    shown_issues,
    shown_programme_issues,
    shown_review_issues,
    shown_set_aside,
    translate,
)
from analyysi.review import decisions
from analyysi.review.decisions import Reviews, match, read_reviews, read_rows
from analyysi.sources.programme import read_programme_list
from analyysi.tables import parse as parse_stage
from analyysi.tables.parse import ParseResult, parse_folder
from analyysi.tables.tidy import TableValidationError

KUOPIO = "000_3ca5471cb25b77c0.txt"  # S22196
UNTRANSLATED = "(englanniksi)"


def _load(path: Path):
    """A test or benchmark module by its path (their folders are no packages)."""
    spec = importlib.util.spec_from_file_location(f"corpus_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (old, new) edits of the Kuopio description, each under a code of its own: every edit of
# tests/documents (bad input, robustness, forms) and one for each message they leave out.
EDITS = [
    ("Myönnetty EU- ja valtion rahoitus: 43 005", "Myönnetty EU- ja valtion rahoitus: 43 0O5"),
    ("päättyy 31.8.2021", "päättyy 31.13.2021"),
    ("päättyy 31.8.2021", "päättyy 31.2.2021"),
    ("päättyy 31.8.2021", "päättyy 31.8.3021"),
    ("päättyy 31.8.2021", "päättyy pian"),
    ("Alkaa 1.9.2020 ja päättyy 31.8.2021", "Syyskuusta 2020 elokuuhun 2021"),
    ("Kulttuuriympäristö 0 0", "Kulttuuriympäristö 0 12"),
    ("Kulttuuriympäristö 0 0", "Kulttuuriympäristö 0"),
    ("sukupuolten tasa-arvon edistäminen: Ei", "sukupuolten tasa-arvon edistäminen: Ehkä"),
    ("sukupuolinäkökulmasta: Kyllä\n", "sukupuolinäkökulmasta:\nKyllä\n"),
    ("Y-tunnus: 2819071-5", "Y-tunnus: 2819071-4"),
    ("Y-tunnus: 2819071-5", "Y-tunnus: 28190715"),
    ("Alkaa 1.9.2020 ja päättyy 31.8.2021", "Alkaa 1.9.2021 ja päättyy 31.8.2020"),
    ("Myönnetty EU- ja valtion rahoitus: 43 005", "Myönnetty EU- ja valtion rahoitus: 61 005"),
    ("Toteutunut EU- ja valtion rahoitus: 43 005", "Toteutunut EU- ja valtion rahoitus: 61 005,5"),
    ("Toteutunut julkinen rahoitus yhteensä: 51 005", "Toteutunut julkinen rahoitus yhteensä: 52 005"),
    ("Suunniteltu: 0\n\nToteutunut", "Suunniteltu: 99999999999999999999\n\nToteutunut"),
    ("Suunniteltu: 0\n\nToteutunut", "Suunniteltu: 1 200\n\nToteutunut"),
    ("Toteutunut seurantatietojen mukaan: 0", "Toteutunut seurantatietojen mukaan: 5"),
    ("Myönnetty EU- ja valtion rahoitus: 43 005", "Myönnetty EU- ja valtion rahoitus: 43 005 000 000 000"),
    ("Tasa-arvon edistäminen 0 0\n", "Tasa-arvon edistäminen 0 0\nTasa-arvon edistäminen 3 3\n"),
    ("Materiaalit ja jätteet 0 0\n", ""),
    ("Postinumero: 70820\n", "Postinumero: 70820\n\nPostinumero: 70100\n"),
    ("Hankkeen yhteyshenkilön nimi: PROSHKINA VALENTINA", "Hankkeen yhteyshenkilö: PROSHKINA"),
    ("4 Hankkeen kohderyhmät\n", "4 Hankkeen kohderyhmät\n\nTämä rivi ei kuulu minnekään.\n"),
    ("Kunnat: Kuopio\n", ""),
    ("Toimintalinja: 5. Sosiaalinen", "Toimintalinja: Viides, sosiaalinen"),
    ("Euroopan sosiaalirahaston (ESR) rahoittaman", "Euroopan sosiaalirahaston rahoittaman"),
    ("8.2 Kestävä kehitys", "8.2 Kestävä kehitys\n\n8.1 Sukupuolten tasa-arvo"),
    ("6 Maantieteellinen kohdealue", "6 Maantieteellinen kohdealue\n\n5 Projektin julkinen rahoitus, euroa"),
    ("4.2 Välilliset kohderyhmät", "Välilliset"),  # section 4.2 missing
    ("Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija",
     "Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n\nOsatoteuttajat\n\n"
     "Kuopion kaupunki ilman tunnusta\n\nOsatoteuttajat\n\nOsatoteuttajat"),
    ("Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija",
     "Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n\nOsatoteuttajat"),
    ("Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija",
     "Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n\nOsatoteuttajat\n\n"
     "Kuopion kaupunki, 0171400-X"),
    ("Suunniteltu: 0\n\nToteutunut", "Suunniteltu: kymmenen\n\nToteutunut"),
]  # fmt: skip


def _write_corpus(folder: Path) -> None:
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    kuopio = seed_text(KUOPIO)
    for number, (old, new) in enumerate(EDITS):
        assert old in kuopio, old
        text = kuopio.replace(old, new, 1).replace("S22196", f"S7{number:04d}")
        (folder / f"edit_{number:02d}.txt").write_text(text, encoding="utf-8")
    five = kuopio[kuopio.index("5 Projektin") : kuopio.index("6 Maantieteellinen")]
    six = kuopio[kuopio.index("6 Maantieteellinen") : kuopio.index("7 Hakemusvaiheessa")]
    swapped = kuopio.replace(five + six, six + five).replace("S22196", "S70800")
    (folder / "swapped.txt").write_text(swapped, encoding="utf-8")
    uncoded = kuopio.replace("Hankekoodi: S22196", "Koodi: S22196")
    (folder / "uncoded.txt").write_text(uncoded, encoding="utf-8")
    (folder / "code_only.txt").write_text("Hankekoodi: S70801\n\nMuistiinpanoja.\n", "utf-8")
    # the bad files of test_bad_input, the hostile documents of the benchmark, an ERDF page
    _load(ROOT / "tests" / "documents" / "test_bad_input.py")._bad_files(folder)
    (folder / "hostile").mkdir()
    _load(ROOT / "benchmarks" / "bench_hostile.py").make_hostile(folder / "hostile")
    erdf = _load(ROOT / "tests" / "documents" / "test_real_pages.py")._erdf()
    (folder / "erdf.txt").write_text(erdf, encoding="utf-8")
    again = "7.5 Uusien yritysten lukumäärä\n\nSuunniteltu: 1\n\nUudet työpaikat: 4\n\n"
    erdf = erdf.replace("A72213", "A72214").replace(
        "8 Horisontaaliset", again + "8 Horisontaaliset"
    )
    (folder / "erdf_again.txt").write_text(erdf, encoding="utf-8")
    # files that are no description (test_bad_input), and every other kind of entry
    (folder / "kuopio16.txt").write_bytes(kuopio.replace("S22196", "S70900").encode("utf-16"))
    (folder / "no_mark.txt").write_bytes(seed_text(SEEDS[1].name).encode("utf-16-le"))
    (folder / "bad16.txt").write_bytes(b"\xff\xfe" + "Hanke".encode("utf-16-le") + b"\x00")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "pdf_named.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02 stream")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (folder / "page.mhtml").write_text("MIME-Version: 1.0\n", encoding="utf-8")
    (folder / "list.xlsx").write_bytes(b"PK\x03\x04 a workbook")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.md").write_text("notes", encoding="utf-8")
    (folder / "zipped.txt").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    (folder / "blob.txt").write_bytes(bytes(range(1, 9)) * 1000)
    (folder / "empty.html").write_text("<html><body><script>x</script></body></html>", "utf-8")
    (folder / "both.txt").write_text(kuopio + "\n\n" + seed_text(SEEDS[1].name), encoding="utf-8")
    (folder / "bad_code.txt").write_text(kuopio.replace("S22196", "S 22196"), encoding="utf-8")
    (folder / "odd_code.txt").write_text(kuopio.replace("S22196", "HANKE-1"), encoding="utf-8")
    mixed = kuopio.replace("S22196", "S70901").encode("utf-8")
    (folder / "mixed.txt").write_bytes(mixed.replace(b"8-10 infotilaisuutta", b"8\x9610 info"))
    ended = kuopio[: kuopio.index("9 Loppuraportin")].replace("S22196", "S70902")
    (folder / "no_final.txt").write_text(ended, encoding="utf-8")
    # duplicates: a copy as complete (test_bad_input), a cut copy, a copy with an error
    (folder / "0_cut_copy.txt").write_text(
        seed_text(SEEDS[1].name)[: seed_text(SEEDS[1].name).index("3 Suunnitelman")], "utf-8"
    )
    broken = seed_text(SEEDS[2].name).replace("Suunniteltu: ", "Suunniteltu: x", 1)
    (folder / "0_with_error.txt").write_text(broken, encoding="utf-8")
    (folder / ".hidden.txt").write_text(kuopio, encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / "linked").symlink_to(folder / "hostile", target_is_directory=True)
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "locked.txt").write_text(kuopio.replace("S22196", "S70903"), encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> ParseResult:
    folder = tmp_path_factory.mktemp("corpus")
    _write_corpus(folder)
    with pytest.MonkeyPatch.context() as patch:
        real = Path.read_bytes

        def locked(path):
            if path.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return real(path)

        patch.setattr(Path, "read_bytes", locked)
        result = parse_folder(folder)
    # a value that breaks the contract (a bug path: it cannot come from a document)
    parse_stage._reject_records(
        result,
        TableValidationError(
            "funding.csv", "amount_eur greater_than_or_equal_to(0): -1", {"S22106"}
        ),
    )
    return result


@pytest.fixture(scope="module")
def examples_left_out(tmp_path_factory) -> list[str]:
    """The bundled examples beside one's own document, in a copy of the project's data/raw."""
    root = tmp_path_factory.mktemp("root")
    raw = root / "data" / "raw"
    shutil.copytree(RAW, raw)
    (raw / "mine.txt").write_text(seed_text(KUOPIO).replace("S22196", "S71000"), "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(config, "ROOT", root)
        result = parse_folder(raw)
    return [i.message for i in result.issues]


def _programme_lists(folder: Path) -> list[Path]:
    header = (
        "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,"
        "Toteuttajan nimi,A,B,C,D;"
    )
    lines = [
        header,
        "S29001,ESR,Nimi, jossa, pilkkuja,3,ELY,Toiminta päättynyt,1.1.2016,31.12.2017,X,1,1,2,2;",
        "S29003,ESR,Ilman summia,3,Viranomainen,Toiminnassa,1.1.2016,31.12.2017,Toteuttaja;",
        "tämä ei ole hankerivi",
        "S29001,ESR,Sama koodi,3,Viranomainen,Toiminnassa,1.1.2016,31.12.2017,X,1,1,1,1;",
        "S20156,ESR,Ohjaamo,3,ELY,Toiminnassa,1.3.2015,28.2.2018,Lahti,92951,50177,67,461132,66903,55;",
        "S2015,ESR,Lyhyt koodi,3,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,1,1;",
        "S20157,ESF,Väärä rahasto,3,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,1,1;",
        "S20158,ESR,Summat,3,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,yksi,1;",
        "S20159,ESR,Ei päiviä,3,ELY,Toiminnassa,ei,päivää,X,1,1,1,1;",
        "S20160,ESR,Kaksi,3,ELY,1.1.2015,1.2.2015,1.3.2015,28.2.2018,X,1,1,1,1;",
        "S20161,ESR,Ei linjaa,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,1,1;",
        "S20162,ESR,,3,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,1,1;",
        "S20163,ESR,Karkauspäivä,3,ELY,Toiminnassa,31.2.2015,28.2.2018,X,1,1,1,1;",
    ]
    comma = folder / "comma.csv"
    comma.write_text("\n".join(lines) + "\n", encoding="utf-8")
    old = folder / "old.csv"
    old.write_text(
        "Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Tila,Aloituspvm,"
        "Päättymispvm,Toteuttajan nimi,A,B,C,D\n"
        "S10001,ESR,Ilman osiota,3,ELY,Toiminnassa,1.3.2009,28.2.2011,X,1,1,1,1\n",
        encoding="utf-8",
    )
    saved = folder / "saved.csv"
    named = (
        "Koodi;Rahasto;Hankkeen nimi;Tl;Viranomainen;Tila;Aloituspvm;Päättymispvm;"
        "Toteuttajan nimi;Myönnetty EU- ja valtion rahoitus;Toteutunut EU- ja valtion rahoitus;"
        "Suunniteltu julkinen rahoitus yhteensä;Toteutunut julkinen rahoitus yhteensä\n"
        "S30001;ESR;Hyvä;3;ELY;Toiminnassa;1.3.2015;28.2.2018;X;1 000,50;900;2 000;1 800\n"
        "X1;ESR;Huono koodi;3;ELY;Toiminnassa;1.3.2015;28.2.2018;X;1;1;1;1\n"
        "S30002;ERDF;Huono rahasto;3;ELY;Toiminnassa;1.3.2015;28.2.2018;X;1;1;1;1\n"
        "S30003;ESR;;3;ELY;Toiminnassa;1.3.2015;28.2.2018;X;1;1;1;1\n"
        "S30004;ESR;Päivä;3;ELY;Toiminnassa;maaliskuu;28.2.2018;X;1;1;1;1\n"
        "S30005;ESR;Summa;3;ELY;Toiminnassa;1.3.2015;28.2.2018;X;1.000,5;1;1;1\n"
    )
    saved.write_text(named, encoding="cp1252")
    headless = folder / "headless.csv"
    headless.write_text("Koodi;Nimi;A;B;C;D\nS1;x;1;1;1;1\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(named.split("\n")[0].split(";"))
    sheet.append(["S40001", "ESR", "Kuukausi", "3", "ELY", "T", "2015-13-01", "2018-02-28",
                  "X", 1, 1, 1, 1])  # fmt: skip
    sheet.append(["S40002", "ESR", "Päivä", "3", "ELY", "T", "2015-02-30", "2018-02-28",
                  "X", 1, 1, 1, 1])  # fmt: skip
    sheet.append(["S40003", "ESR", "Vuosi", "3", "ELY", "T", "0000-01-01", "2018-02-28",
                  "X", 1, 1, 1, 1])  # fmt: skip
    sheet.append(["S40004", "ESR", "Totuus", "3", "ELY", "T", "1.3.2015", "28.2.2018",
                  "X", True, 1, 1, 1])  # fmt: skip
    workbook = folder / "list.xlsx"
    book.save(workbook)
    real = sorted(SHARED_DATA.glob("*.csv")) if SHARED_DATA.is_dir() else []
    return [comma, old, saved, headless, workbook, *real]


@pytest.fixture(scope="module")
def programme_reasons(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("lists")
    return [
        issue["reason"]
        for path in _programme_lists(folder)
        for issue in read_programme_list(path).issues
    ]


def _review_issues(tmp_path: Path) -> list[str]:
    """The review rows of tests/review (a stale, a bad decision, a missing value, one without
    a fingerprint) and one of each other problem, read and matched to rows."""
    folder = tmp_path / "review"
    folder.mkdir()
    (folder / "participant_outcomes.csv").write_text(
        "project_code,indicator,decision,value,reviewer,note,fingerprint\n"
        "S22106,persons,accept,,Evaluator,,000000000000\n"
        "S22084,persons,perhaps,,Evaluator,,\n"
        "S22126,persons,correct,,Evaluator,no value given,\n"
        "S20573,persons,accept,,Evaluator,,\n"
        "S20573,persons,reject,,Evaluator,,\n"
        ",persons,accept,,E,,\n"
        "S22196,persons,accept,12,E,,\n"
        "S99999,persons,accept,,E,,abc\n",
        encoding="utf-8",
    )
    (folder / "covid_evidence.csv").write_text(
        "project_code,section,sentence_index,decision,categories,reviewer,note\n"
        "S22106,final_report,x,accept,,E,\n"
        "S22106,final_report,2,correct,lockdown;remote_delivery,E,\n"
        "S22106,final_report,3,reject,remote_delivery,E,\n",
        encoding="utf-8",
    )
    from analyysi.analyses.covid import CATEGORIES

    reviews = read_reviews(folder, CATEGORIES)
    rows = [
        {"project_code": "S22106", "indicator": "persons", "fingerprint": "f1"},
        {"project_code": "S20573", "indicator": "persons", "fingerprint": "f2"},
    ]
    _, matched = match(rows, "participant_outcomes", reviews)
    missing = Reviews()
    read_rows([(1, {"project_code": "S1"})], "sheet.csv", "covid_evidence", CATEGORIES, missing)
    (folder / "participant_outcomes.csv").write_text("project_code\n" + "S1\n" * 20, "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(decisions, "MAX_FILE_BYTES", 64)
        large = read_reviews(folder, CATEGORIES)
    return [i.problem for i in (*reviews.issues, *matched, *missing.issues, *large.issues)]


@pytest.fixture(scope="module")
def review_problems(tmp_path_factory) -> list[str]:
    return _review_issues(tmp_path_factory.mktemp("reviews"))


@pytest.fixture(scope="module")
def corpus(parsed, examples_left_out, programme_reasons, review_problems) -> list[str]:
    return sorted(
        {
            *(i.message for i in parsed.issues),
            *examples_left_out,
            *programme_reasons,
            *review_problems,
        }
    )


def _key(message: str) -> str | None:
    from analyysi.report import issues

    for pattern, key in PATTERNS:
        if issues._render(message, "en", ((pattern, key),)) is not None:
            return key
    return None


def test_the_corpus_is_broad(parsed, corpus, programme_reasons, review_problems):
    assert len(parsed.files) >= 60 and len(parsed.rejected) >= 20
    assert len(corpus) >= 120, len(corpus)
    assert len(programme_reasons) >= 20 and len(review_problems) >= 10


def test_no_message_of_the_corpus_is_left_in_english(corpus):
    left = [m for m in corpus if issue_message(m, "fi").startswith(UNTRANSLATED)]
    assert not left, "\n".join(left)


def test_each_pattern_reads_its_message_back_exactly(corpus):
    assert [m for m in corpus if translate(m, "en") != m] == []


def test_the_corpus_reaches_every_pattern(corpus):
    reached = {_key(m) for m in corpus}
    assert {key for _, key in PATTERNS} - reached == set()


def test_every_kind_of_set_aside_reason_has_words(programme_reasons):
    kinds = {_reason_kind(r) for r in programme_reasons}
    assert len(kinds) >= 15
    left = [k for k in kinds if reason_kind_message(k, "fi").startswith(UNTRANSLATED)]
    assert not left, left


def test_finnish_words_for_the_tables_of_a_page(parsed, programme_reasons, review_problems):
    import pandas as pd

    issues = pd.DataFrame([i.__dict__ for i in parsed.issues])
    shown = shown_issues(issues, "fi")
    assert (shown["message"] != issues["message"]).all()
    assert "Rahoitus: Määrä (€)" in set(shown["field"]) and "osio 8.2" in set(shown["field"])
    listed = pd.DataFrame({"row": range(len(programme_reasons)), "reason": programme_reasons,
                           "raw_line": "x"})  # fmt: skip
    assert not shown_programme_issues(listed, "fi")["reason"].str.startswith(UNTRANSLATED).any()
    kinds = shown_set_aside(set_aside(listed), "fi")
    assert not kinds["reason"].str.startswith(UNTRANSLATED).any()
    review = pd.DataFrame({"review_table": "covid_evidence", "problem": review_problems})
    shown = shown_review_issues(review, "fi")
    assert set(shown["review_table"]) == {"Koronamuutosten näyttö"}
    assert "Sarake categories on täytetty, vaikka päätös on reject" in set(shown["problem"])
    assert not shown["problem"].str.startswith(UNTRANSLATED).any()
    # an English page shows every table as it was written
    assert shown_issues(issues, "en")["message"].tolist() == issues["message"].tolist()
