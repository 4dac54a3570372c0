"""The reports in a real browser (headless Chromium), in Finnish and in English: no console
errors, every image loads, and what ``pagecheck`` checks of every page: no sideways scrolling
at a desktop's or a phone's width, no table cut off in print, no raw codes, words of the other
language or ISO dates in the text, a date, a link to the other language, tables, figures and
contents numbered without gaps. Screenshots (desktop and phone) and PDFs are kept under
tests/output/screenshots/ for a look. The last tests feed the checks broken pages."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pagecheck
import pytest
from conftest import RAW, ROOT

from analyysi.cli import main
from analyysi.report import render

SCREENSHOTS = ROOT / "tests" / "output" / "screenshots"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,1600",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and chromedriver):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs chromium and chromium-driver")
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Path]:
    """Every page of a run of the bundled documents in both languages (Finnish first)."""
    base = tmp_path_factory.mktemp("both")
    reports = base / "reports"
    code = main(
        ["run", "--raw", str(RAW), "--processed", str(base / "processed"),
         "--reports", str(reports), "--lang", "fi,en", "--jobs", "2", "-q"]
    )  # fmt: skip
    assert code == 0
    return sorted(reports.glob("*.html")) + sorted((reports / "en").glob("*.html"))


def test_every_report_opens_cleanly(browser, pages):
    assert len(pages) >= 20
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for page in pages:
        browser.get(page.as_uri())
        errors = [
            entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
        ]
        broken = browser.execute_script(
            "return Array.from(document.images)"
            ".filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt);"
        )
        images = browser.execute_script("return document.images.length;")
        if errors or broken:
            problems.append((pagecheck.page_name(page), errors, broken))
        if page.stem.startswith(("00_", "03_")):  # cards carry no figure: a bar in their answer
            assert images >= 1, page
    assert problems == []


# What the check finds in code this test's branch did not change (notebooks, the codebook's
# descriptions in tables.metadata, report.display): each known problem with where it is to be
# fixed. A problem that matches is left out of the failures (and printed); once fixed there,
# its line here goes too.
KNOWN = {
    "report.card: on English pages, the values of a card's Key facts (project, axis, "
    'objective, authority names) are not marked lang="fi" (the column mixes names as written '
    "with translated values)": re.compile(
        r'^en/[^:]+: words of the other language .* in td \(column "Value"\)'
    ),
    "notebooks/02_participants.ipynb: the parts of a realised figure are said in an English "
    "sentence with the document's Finnish words (Parts: 50 asiakasta (participants)), not "
    'marked lang="fi"': re.compile(
        r'^en/02_participants\.html: words of the other language .* in p under .*: "Parts: '
    ),
    "tables.metadata: the English codebook's descriptions quote the documents' Finnish words "
    "(e.g. 'Toiminta päättynyt') without a Finnish mark": re.compile(
        r"^en/00_data_overview\.html: words of the other language .* in td \(column "
        r'"Description"\) under "Codebook"'
    ),
}


def test_every_page_reads_well_on_screen_phone_and_paper(browser, pages):
    problems = []
    for page in pages:
        problems += pagecheck.check_page(browser, page, SCREENSHOTS)
    known = {reason: [p for p in problems if rule.search(p)] for reason, rule in KNOWN.items()}
    for reason, found in known.items():
        print(f"known ({len(found)}): {reason}", *found[:3], sep="\n  ")
    left = [p for p in problems if not any(rule.search(p) for rule in KNOWN.values())]
    assert not left, "\n".join(["", *left])


def test_the_check_sees_broken_images_and_console_errors(browser, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><body><img src="missing.png" alt="gone">'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    browser.get(page.as_uri())
    errors = [
        entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
    ]
    broken = browser.execute_script(
        "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt);"
    )
    assert broken == ["gone"] and any("boom" in e for e in errors)


def _page(lang: str, body: str, other: str, *, date: bool = True, style: str = "") -> str:
    """A page as ``render`` makes one: its stylesheet, a link to the other language and a
    date (unless told not to), and ``body``."""
    other_lang = "en" if lang == "fi" else "fi"
    nav = f'<a href="{other}" hreflang="{other_lang}" lang="{other_lang}">x</a>'
    if date:
        nav += '<span class="date"><time datetime="2026-12-06">6.12.2026</time></span>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{style or render.STYLE}</style></head><body>"
        f'<nav class="top">{nav}</nav><main><h1>Otsikko</h1>{body}</main></body></html>'
    )


def _pair(folder: Path, fi: str, en: str, **options) -> tuple[Path, Path]:
    """A Finnish page and its English one, each linking to the other."""
    (folder / "en").mkdir(exist_ok=True)
    fi_page, en_page = folder / "p.html", folder / "en" / "p.html"
    fi_page.write_text(_page("fi", fi, "en/p.html", **options), encoding="utf-8")
    en_page.write_text(_page("en", en, "../p.html"), encoding="utf-8")
    return fi_page, en_page


def test_a_sound_page_passes_every_check(browser, tmp_path):
    fi, en = _pair(
        tmp_path,
        "<h2>Rahoitus</h2><p>Hankkeen rahoitus toteutui: 1,5 %.</p>"
        '<blockquote class="document-text" lang="fi">As written: planned_total_eur, None'
        "</blockquote>",
        "<h2>Funding</h2><p>The project's funding was used: 1.5%.</p>"
        '<p lang="fi">Hankkeen nimi ja tavoite</p><p><code>planned_total_eur</code></p>',
    )
    assert pagecheck.check_page(browser, fi) == []
    assert pagecheck.check_page(browser, en) == []


def test_the_checks_see_a_broken_finnish_page(browser, tmp_path):
    heads = "".join(f"<th>Sarake {i}</th>" for i in range(30))
    cells = "".join(f'<td class="num">{i}\u00a0000\u00a0000</td>' for i in range(30))
    fi, _ = _pair(
        tmp_path,
        '<div style="width:1500px">leveä</div>'
        f'<div class="table-wrap"><table class="data"><thead><tr>{heads}</tr></thead>'
        f"<tbody><tr>{cells}</tr></tbody></table></div>"
        "<p>Hankkeen rahoitus and the rest: planned_total_eur, remote_delivery, NaN, "
        "2020-09-01, 12.5 prosenttia; 1 virkettä.</p>"
        '<div class="answer"><h3>Kysymys</h3><p>Sama.</p><p>Sama.</p></div>'
        '<table class="data"><caption><span class="label">Taulukko 1.</span> a</caption>'
        "<tr><td>x</td></tr></table>"
        '<table class="data"><caption><span class="label">Taulukko 3.</span> b</caption>'
        "<tr><td>x</td></tr></table>"
        '<nav class="toc"><ol><li><span class="n">1</span><a href="#a">a</a></li>'
        '<li><span class="n">3</span><a href="#b">b</a></li></ol></nav>',
        "<p>Fine.</p>",
        date=False,
    )
    problems = "\n".join(pagecheck.check_page(browser, fi))
    for expected in (
        "p.html: no date on the page",
        "at desktop width (1280 px) the page scrolls sideways",
        'div "leveä" reaches',
        "at phone width (390 px) the page scrolls sideways",
        'printed, table "Sarake 0" is',
        "words of the other language ['and', 'the']",
        "raw code 'planned_total_eur'",
        "raw code 'remote_delivery'",
        "raw value 'NaN'",
        "ISO date '2020-09-01'",
        "decimal point in '12.5'",
        "tables numbered [1, 3]",
        "the contents are numbered ['1', '3']",
        "one with a plural word '1 virkettä'",
        'answer "Kysymys" says "Sama." twice',
    ):
        assert expected in problems, f"{expected!r} not in\n{problems}"


def test_the_checks_see_finnish_on_an_english_page_a_wrong_link_and_a_lone_heading(
    browser, tmp_path
):
    lone = render.STYLE.replace("break-after:avoid;page-break-after:avoid", "")
    _, en = _pair(tmp_path, "<p>Hyvä.</p>", "<h2>Alone</h2><p>The hanke yhteensä.</p>")
    body = "<h2>Alone</h2><p>The hanke yhteensä.</p><p>A count of järjestöjen.</p>"
    en.write_text(_page("en", body, "../q.html", style=lone), encoding="utf-8")
    problems = "\n".join(pagecheck.check_page(browser, en))
    assert "words of the other language ['hanke', 'yhteensä']" in problems
    assert "words of the other language ['järjestöjen']" in problems  # ä, ö or å
    assert "en/p.html: the other language's link leads to ../q.html" in problems
    assert 'heading "Alone" may be left alone' in problems


def test_the_caption_of_a_wide_table_stays_in_view(browser, tmp_path):
    heads = "".join(f"<th>Sarake {i}</th>" for i in range(12))
    body = (
        '<div class="table-wrap"><table class="data"><caption><span class="label">Taulukko 1.'
        f"</span> Pitkä otsikko, jonka sanat jatkuvat pitkälle.</caption><thead><tr>{heads}</tr>"
        "</thead></table></div>"
    )
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>")
    assert pagecheck.check_page(browser, fi) == []
    fi, _ = _pair(
        tmp_path, body, "<p>Fine.</p>", style=render.STYLE.replace("max-width:100cqw", "")
    )
    problems = "\n".join(pagecheck.check_page(browser, fi))
    assert "at phone width the caption of Taulukko 1. runs" in problems


def test_a_code_in_a_table_is_not_broken_mid_name(browser, tmp_path):
    row = "<td><code>sustainability.csv</code></td><td>" + "sana " * 80 + "</td>"
    body = f'<div class="table-wrap"><table class="data"><tr>{row}</tr></table></div>'
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>")
    assert pagecheck.check_page(browser, fi) == []
    broken = render.STYLE.replace("table.data td>code{white-space:nowrap;overflow-wrap:normal}", "")
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>", style=broken)
    problems = "\n".join(pagecheck.check_page(browser, fi))
    assert "the code 'sustainability.csv' in a table is broken across lines" in problems


def test_a_phone_must_read_the_project_table_without_scrolling(browser, tmp_path):
    row = "".join(f'<td data-label="Sarake">{"pitkä " * 12}</td>' for _ in range(6))
    body = f'<div class="table-wrap"><table class="data index"><tr>{row}</tr></table></div>'
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>")
    assert not [p for p in pagecheck.check_page(browser, fi) if "project table" in p]
    as_on_a_desktop = render.STYLE.replace("table.index", "table.nothing")
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>", style=as_on_a_desktop)
    problems = "\n".join(pagecheck.check_page(browser, fi))
    assert "on a phone the project table has a column" in problems
    small = render.STYLE.replace(
        "table.index td{border:0;", "table.index td{font-size:9px;border:0;"
    )
    fi, _ = _pair(tmp_path, body, "<p>Fine.</p>", style=small)
    assert "project table's letters are 9 px" in "\n".join(pagecheck.check_page(browser, fi))
