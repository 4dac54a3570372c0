"""Descriptions saved as web pages: several plausible markups of the five bundled documents
parse to the same tables as their text (line numbers aside), and no markup crashes the
reader."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest
from conftest import SEEDS

from analyysi.documents.html import html_to_text
from analyysi.tables.metadata import RESOURCES

HEADING = re.compile(r"^\d{1,2}(?:\.\d)? [A-ZÅÄÖ]")
LABEL = re.compile(r"^([^:]{2,80}?):(?: (.*))?$")
SCORE = re.compile(r"^(.*\S) (\d{1,2}) (\d{1,2})$")


def _paragraphs(seed: Path) -> list[list[str]]:
    """The text's paragraphs (split at blank lines), each a list of its lines."""
    text = seed.read_text(encoding="utf-8")
    return [p.splitlines() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _e(text: str) -> str:
    return html.escape(text).replace("\u00a0", "&nbsp;")


def _br(lines: list[str]) -> str:
    return "<br>\n".join(_e(line) for line in lines)


def _page(body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="fi"><head><meta charset="{charset}"><title>Hanke</title>'
        "<style>p{margin:0}</style><script>var x = '<p>not text</p>';</script></head><body>"
        '<nav><a href="/">Etusivu</a> | <a href="/haku">Haku</a></nav>'
        f"{body}<footer>© Rakennerahastot.fi – palaute</footer></body></html>"
    )


def _heading(paragraph: list[str]) -> bool:
    return len(paragraph) == 1 and bool(HEADING.match(paragraph[0])) and ":" not in paragraph[0]


def _label(paragraph: list[str]):
    """The label and value of a one-line ``Label: value`` paragraph, else None."""
    if len(paragraph) != 1 or _heading(paragraph):
        return None
    match = LABEL.match(paragraph[0])
    return match if match and match.group(2) else None


def service(paragraphs: list[list[str]]) -> str:
    """What the service is said to write: a div per section, h2/h3 headings, p per line."""
    parts, open_div = [], False
    for paragraph in paragraphs:
        if _heading(paragraph) and "." not in paragraph[0].split()[0]:
            parts.append("</div>" if open_div else "")
            parts.append(f'<div class="osio"><h2>{_e(paragraph[0])}</h2>')
            open_div = True
        elif _heading(paragraph):
            parts.append(f"<h3>{_e(paragraph[0])}</h3>")
        else:
            parts.append(f"<p>{_br(paragraph)}</p>")
    return _page("".join(parts) + ("</div>" if open_div else ""))


def table(paragraphs: list[list[str]]) -> str:
    """Label and value in the cells of a table row, scores in a table, the rest paragraphs."""
    parts = []
    for paragraph in paragraphs:
        label = _label(paragraph)
        if paragraph[0] == "VälitönVälillinen":
            rows = ["<tr><td></td><th>Välitön</th><th>Välillinen</th></tr>"]
            for line in paragraph[1:]:
                score = SCORE.match(line)
                cells = score.groups() if score else (line,)
                rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
        elif label:
            parts.append(
                f"<table><tr><th>{_e(label.group(1))}</th>"
                f"<td>{_e(label.group(2))}</td></tr></table>"
            )
        else:
            parts.append(f"<p>{_br(paragraph)}</p>")
    return _page("".join(parts))


def definitions(paragraphs: list[list[str]]) -> str:
    parts = []
    for paragraph in paragraphs:
        label = _label(paragraph)
        if label:
            parts.append(f"<dl><dt>{_e(label.group(1))}</dt><dd>{_e(label.group(2))}</dd></dl>")
        else:
            parts.append(f"<p>{_br(paragraph)}</p>")
    return _page("".join(parts))


def bold_labels(paragraphs: list[list[str]]) -> str:
    parts = []
    for paragraph in paragraphs:
        label = _label(paragraph)
        if label:
            parts.append(f"<p><strong>{_e(label.group(1))}:</strong> {_e(label.group(2))}</p>")
        else:
            parts.append(f"<p>{_br(paragraph)}</p>")
    return _page("".join(parts))


def breaks(paragraphs: list[list[str]]) -> str:
    """The whole text in one block: a <br> per line, two between paragraphs."""
    return _page("<div>" + "<br><br>\n".join(_br(p) for p in paragraphs) + "</div>")


MARKUPS = {
    "service": service,
    "table": table,
    "definitions": definitions,
    "bold": bold_labels,
    "breaks": breaks,
}
LINE_COLUMNS = {"line", "planned_line", "realised_line", "first_line"}
SOURCE_COLUMNS = {"source_file", "source_sha256", "encoding"}


def _tables(out: Path) -> dict[str, list[dict]]:
    tables = {}
    for resource in RESOURCES.values():
        path = out / resource.path
        if not path.exists() or resource.path in ("parse_issues.csv", "project_sources.csv"):
            continue
        with open(path, encoding="utf-8", newline="") as stream:
            tables[resource.path] = [
                {k: v for k, v in row.items() if k not in LINE_COLUMNS | SOURCE_COLUMNS}
                for row in csv.DictReader(stream)
            ]
    return tables


@pytest.fixture(scope="module")
def from_text(tmp_path_factory):
    from analyysi.cli import main

    raw, out = tmp_path_factory.mktemp("txt"), tmp_path_factory.mktemp("txt-out")
    for seed in SEEDS:
        (raw / seed.name).write_bytes(seed.read_bytes())
    assert main(["parse", "--raw", str(raw), "--out", str(out)]) == 0
    return _tables(out)


@pytest.mark.parametrize("markup", MARKUPS)
def test_pages_parse_to_the_same_tables_as_their_text(markup, from_text, parse, raw_dir):
    for seed in SEEDS:
        page = MARKUPS[markup](_paragraphs(seed))
        (raw_dir / seed.with_suffix(".html").name).write_text(page, encoding="utf-8")
    run = parse(raw_dir)
    assert run.code == 0
    assert not run.issues("error")
    assert _tables(run.out) == from_text


def test_a_page_saved_as_windows_1252(parse, raw_dir, from_text):
    for seed in SEEDS:
        page = service(_paragraphs(seed)).replace('charset="utf-8"', 'charset="windows-1252"')
        (raw_dir / seed.with_suffix(".htm").name).write_bytes(page.encode("cp1252"))
    run = parse(raw_dir)
    assert _tables(run.out) == from_text  # "ä" read as ä, not as two letters


def test_entities_breaks_and_cells():
    text = html_to_text(
        "<html><body><p>Hankekoodi:&nbsp;S22196 &amp; muuta</p>"
        "<table><tr><td>Suunniteltu</td><td>70</td></tr>"
        "<tr><th>Välitön</th><th>Välillinen</th></tr></table>"
        "<p>rivi<br>toinen</p><dl><dt>Postinumero:</dt><dd>70820</dd></dl></body></html>"
    )
    assert text.split("\n\n") == [
        "Hankekoodi:\u00a0S22196 & muuta",
        "Suunniteltu: 70",
        "Välitön Välillinen",
        "rivi\ntoinen",
        "Postinumero: 70820\n",
    ]


def test_a_page_nested_a_hundred_thousand_levels_deep(parse, raw_dir):
    deep = "<div>" * 100_000 + "Hankekoodi: S99999" + "</div>" * 100_000
    (raw_dir / "deep.html").write_text(_page(deep), encoding="utf-8")
    run = parse(raw_dir)
    assert run.code == 0 and "Traceback" not in run.stderr
    (row,) = run.issues("error")
    assert row["source_file"] == "deep.html"  # read, then found not to be a description
    assert "not a project description" in row["message"] or "missing" in row["message"]


def test_an_empty_description_stays_empty():
    # a definition list whose value cells are empty (<dd></dd>): the next label is no value
    text = html_to_text(
        "<html><body><dl><dt>Jakeluosoite:</dt><dd></dd>"
        "<dt>Puhelinnumero:</dt><dd>0401504151</dd>"
        "<dt>Postinumero</dt><dd> </dd></dl><p>Seuraava kappale</p></body></html>"
    )
    assert text.split("\n\n") == [
        "Jakeluosoite:",
        "Puhelinnumero: 0401504151",
        "Postinumero:",
        "Seuraava kappale\n",
    ]
