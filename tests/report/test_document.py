"""Each report as an editable Word document: headings as Word headings, the page's tables as
Word tables (header repeated, numbers right-aligned) and its figures as pictures, captions
numbered as on the page, document text as plain text, the date and provenance at the end;
written again only when the page changes."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile

import docx
import matplotlib
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from analyysi.report import display
from analyysi.report.display import Report
from analyysi.report.document import write_document
from analyysi.report.provenance import Provenance
from analyysi.report.render import Page, render_page

pytestmark = pytest.mark.usefixtures("sample_words")  # the sample pages' own words

matplotlib.use("Agg")

HOSTILE = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>'
QUOTED = f"Ensimmäinen kappale, jossa {HOSTILE}.\nRivinvaihto kappaleen sisällä.\n\nToinen kappale."


def _provenance() -> Provenance:
    return Provenance(
        version="0.1.0",
        commit="0123abc",
        dirty=False,
        python="3.11.7",
        libraries={"pandas": "2.2"},
        lock_sha256="f" * 64,
        documents=[("seed.txt", "e" * 64)],
    )


def _page(folder, lang: str = "fi", monkeypatch=None) -> str:
    """A report page made as a notebook makes one: its HTML."""
    import matplotlib.pyplot as plt

    shown: list[str] = []
    monkeypatch.setattr(display, "_show", shown.append)
    report = Report("01_funding", lang, folder)
    report.title("title.01_funding")
    report.say("funding.intro")
    report.heading("funding.by_project")
    report.table(
        pd.DataFrame(
            {
                "project_code": ["S22196", "S20573"],
                "project_name": ["Digituki arkeen Kuopio", HOSTILE],
                "planned_public_eur": [51005, 159117],
                "public_realisation": [1.0, 0.8873],
            }
        ),
        "realisation",
        caption="funding.by_project",
    )
    figure, axes = plt.subplots()
    axes.plot([0, 1], [1, 0])
    report.figure(figure, "line", alt="funding.distribution_alt")
    report.heading("card.texts")
    report.subheading("S22196")
    report.quote(QUOTED)
    report.table(pd.DataFrame({"line": [3]}), "lines")
    page = Page(
        title="Rahoituksen toteutuminen" if lang == "fi" else "Funding realisation",
        lang=lang,
        body="".join(shown),
        parameters={"lang": lang},
        provenance=_provenance(),
        index_href="index.html",
        document_href="01_funding.docx",
        date=dt.date(2026, 2, 1),
    )
    html = render_page(page)
    (folder / "01_funding.html").write_text(html, encoding="utf-8")
    return html


@pytest.fixture
def made(tmp_path, monkeypatch):
    html = _page(tmp_path, monkeypatch=monkeypatch)
    output = tmp_path / "01_funding.docx"
    assert write_document(tmp_path / "01_funding.html", output, tmp_path)
    return html, output, docx.Document(str(output))


def test_title_and_headings_are_word_headings(made):
    html, _, document = made
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.style.name != "Normal"]
    assert styles[0] == ("Title", "Rahoituksen toteutuminen")
    headings = [text for style, text in styles if style.startswith("Heading")]
    page = BeautifulSoup(html, "html.parser").find("main").find_all(["h2", "h3"])
    assert headings == [h.get_text(" ", strip=True) for h in page]
    assert ("Heading 1", "Hankkeittain") in styles and ("Heading 2", "S22196") in styles
    assert document.core_properties.title == "Rahoituksen toteutuminen"
    assert document.core_properties.language == "fi-FI"


def test_as_many_tables_and_figures_as_the_page(made):
    html, _, document = made
    page = BeautifulSoup(html, "html.parser")
    assert len(document.tables) == len(page.find_all("table")) == 3  # two data, parameters
    assert len(document.inline_shapes) == len(page.find_all("figure")) == 1
    width = document.sections[0].page_width - 2 * document.sections[0].left_margin
    assert abs(document.inline_shapes[0].width - width) < 5000  # column width
    describe = document.inline_shapes[0]._inline.docPr.get("descr")
    assert describe.startswith("Histogrammi")  # the figure's alt text


def test_captions_are_numbered_word_captions(made):
    _, _, document = made
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert [p.text for p in captions] == [
        "Taulukko 1. Hankkeittain",
        captions[1].text,
    ] and captions[1].text.startswith("Kuvio 1. ")
    fields = [
        node.text for p in captions for node in p._p.iter(qn("w:instrText"))
    ]  # Word renumbers them and lists them in a table of figures
    assert fields == [" SEQ Taulukko \\* ARABIC ", " SEQ Kuvio \\* ARABIC "]
    sources = [p.text for p in document.paragraphs if p.style.name == "Lähde"]
    assert sources.count("Lähde: EURA 2014 -hankekuvaukset, oma laskenta (analyysi).") == 3


def test_a_table_with_its_header_repeated_and_numbers_right_aligned(made):
    _, _, document = made
    table = document.tables[0]
    header = table.rows[0]
    assert [c.text for c in header.cells][:2] == ["Hankekoodi", "Hankkeen nimi"]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r.bold for r in header.cells[0].paragraphs[0].runs)
    amount = table.rows[2].cells[2].paragraphs[0]
    assert amount.text == "159\u00a0117" and amount.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.rows[2].cells[3].text == "88,7\u00a0%"
    assert table.rows[2].cells[0].paragraphs[0].alignment is None  # text stays left


def test_document_text_is_plain_text_paragraphs_kept(made, tmp_path):
    _, output, document = made
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert [p.text for p in quotes] == [
        f"Ensimmäinen kappale, jossa {HOSTILE}.\nRivinvaihto kappaleen sisällä.",
        "Toinen kappale.",
    ]
    assert document.tables[0].rows[2].cells[1].text == HOSTILE
    with zipfile.ZipFile(output) as package:
        body = package.read("word/document.xml").decode("utf-8")
        names = package.namelist()
    assert "<w:hyperlink" not in body and "fldSimple" not in body
    assert "<script>" not in body and "&lt;script&gt;" in body  # text, escaped as XML text
    assert re.findall(r"<w:instrText[^>]*>([^<]*)<", body) == [
        " SEQ Taulukko \\* ARABIC ",
        " SEQ Kuvio \\* ARABIC ",
    ]  # no field is made of a page's text
    assert not [n for n in names if "vbaProject" in n or n.endswith(".bin")]


def test_no_text_lost_from_a_paragraph(made):
    html, _, document = made
    sentence = BeautifulSoup(html, "html.parser").find("main").find("p").get_text()
    assert sentence.startswith("Kuinka suuri osa")
    assert sentence in [p.text for p in document.paragraphs]


def test_date_and_provenance_at_the_end(made):
    _, _, document = made
    texts = [p.text for p in document.paragraphs]
    assert texts[-1] == "Tuotettu 1.2.2026"
    at = texts.index("Alkuperätiedot")
    assert any(t.startswith("Git-versio: 0123abc") for t in texts[at:])
    assert "seed.txt " + "e" * 64 in texts[at:]
    assert document.core_properties.created == dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def test_english_page(tmp_path, monkeypatch):
    _page(tmp_path, "en", monkeypatch)
    output = tmp_path / "01_funding.docx"
    write_document(tmp_path / "01_funding.html", output, tmp_path)
    document = docx.Document(str(output))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Table 1. By project" and captions[1].startswith("Figure 1. ")
    assert document.tables[0].rows[2].cells[2].text == "159,117"
    assert document.paragraphs[-1].text == "Produced 1 Feb 2026"
    assert document.core_properties.language == "en-GB"
    assert "Source" in [p.style.name for p in document.paragraphs]


def test_written_again_only_when_the_page_changes(made, tmp_path):
    html, output, _ = made
    os.utime(output, ns=(1, 1))
    page = tmp_path / "01_funding.html"
    assert not write_document(page, output, tmp_path)
    assert output.stat().st_mtime_ns == 1
    page.write_text(html.replace("Kuinka suuri osa", "Kuinka iso osa"), encoding="utf-8")
    assert write_document(page, output, tmp_path)
    assert "Kuinka iso osa" in [p.text[:14] for p in docx.Document(str(output)).paragraphs]


def test_table_cells_are_written_as_python_docx_writes_them():
    """Table rows are built as XML directly (python-docx's cell API was slow): a cell's runs
    come out as python-docx's own add_run and font settings make them, for every kind of run."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt
    from lxml import etree

    from analyysi.report.document import _Run, _run_element

    runs = [
        _Run("plain"),
        _Run(" spaced ", bold=True),
        _Run("a\tb\nc\rd", italic=True),
        _Run("S22106", code=True, bold=True),
        _Run("merkitty\xa0", marked=True, italic=True),
        _Run("\n"),
    ]
    expected = docx.Document().add_paragraph()
    for run in runs:
        made = expected.add_run(run.words)
        made.bold = run.bold or None
        made.italic = run.italic or None
        if run.code:
            made.font.name = "Consolas"
        if run.marked:
            made.font.highlight_color = WD_COLOR_INDEX.YELLOW
        made.font.size = Pt(8)
    built = docx.Document().add_paragraph()
    for run in runs:
        _run_element(built._p, run, "16")
    assert etree.tostring(built._p) == etree.tostring(expected._p)
