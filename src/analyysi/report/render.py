"""Executed notebooks to self-contained HTML pages for reviewers.

nbconvert renders the cells (its ``basic`` template: no scripts, no styles from the network);
this module wraps them in one page with the language set, a numbered table of contents, the
date, a link to the same page in the other language, the run's parameters and its
provenance. Prose lives in the notebook's markdown cells, one per language (tagged
``lang-fi`` / ``lang-en``): a page keeps the cells of its language and those without a
language tag. Code is hidden unless asked for; the injected-parameters cell is never shown.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from analyysi.catalogue import LANGUAGES, MESSAGES, text
from analyysi.formats import format_date
from analyysi.report.provenance import Provenance

_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.S)
_TAGS = re.compile(r"<[^>]+>")
_CHARACTER_REFERENCE = re.compile(r"&#(\d{1,7});")
# nbconvert's headings of markdown cells: an id made of the words and a pilcrow link
# (within one heading only: a generated heading without the link must not reach the next one)
_MARKDOWN_HEADING = re.compile(
    r'<h([1-6]) id="([^"]*)">((?:(?!</h[1-6]>).)*?)<a class="anchor-link"[^>]*>[^<]*</a></h\1>',
    re.S,
)

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;
line-height:1.5;background:#fff}
main{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 3rem}
nav.top{display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;font-size:.9rem;padding:.6rem 1.5rem;
background:#eef2f5}nav.top .date{margin-left:auto;color:#4a5866}
a{color:#1f5673}
h1{font-size:1.7rem;margin:.6rem 0 .4rem;overflow-wrap:anywhere}h2{font-size:1.3rem;
margin-top:2rem;border-bottom:1px solid #d5dde3}h3{font-size:1.1rem}
.table-wrap{overflow-x:auto;margin:.6rem 0;max-width:100%;container-type:inline-size}
table.data,table.meta{border-collapse:collapse;font-size:.85rem}
table.data th,table.data td,table.meta th,table.meta td{border:1px solid #d5dde3;
padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.data td.num,table.data th.num{text-align:right}table.data td.num{white-space:nowrap}
table.data th,table.meta th{background:#f3f6f8}caption{text-align:left;font-weight:600;
padding:.3rem 0;caption-side:top;position:sticky;left:0;max-width:100cqw}
figure{margin:1rem 0}figure img{max-width:100%;height:auto}figcaption{font-size:.85rem;
color:#4a5866}.label{font-weight:600;color:#1d2733}p.source{font-size:.8rem;color:#4a5866;
margin:.2rem 0 1rem}
blockquote.document-text{margin:.5rem 0;padding:.5rem 1rem;border-left:3px solid #9db4c0;
background:#f7f9fa;white-space:normal;overflow-wrap:anywhere}
.download{font-size:.8rem}
button.sort{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;
text-align:left;color:inherit}th[aria-sort=ascending] button.sort::after{content:" ▲"}
th[aria-sort=descending] button.sort::after{content:" ▼"}p.filter input{font:inherit}
nav.toc{font-size:.9rem;background:#f7f9fa;padding:.5rem 1rem;margin:1rem 0}
nav.toc ol{margin:.2rem 0;padding-left:0;list-style:none}nav.toc ol ol{padding-left:1.6rem}
nav.toc .n{display:inline-block;min-width:2.2rem;color:#4a5866}
.answers{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;
margin:1rem 0}.answer{border:1px solid #d5dde3;border-radius:4px;padding:.6rem 1rem;
background:#fbfcfd}.answer h3{margin:.2rem 0 .4rem;font-size:1rem}.answer .figure{font-size:1.6rem;
font-weight:600;margin:.2rem 0}.answer p{margin:.3rem 0}.status{font-size:.8rem;
padding:.05rem .4rem;border-radius:3px;background:#fdf2d0;white-space:nowrap}
.status.confirmed{background:#dcebdc}
.bar{height:.5rem;background:#e3e9ee;border-radius:2px;margin:.1rem 0 .3rem;max-width:16rem;
-webkit-print-color-adjust:exact;print-color-adjust:exact}.bar span{display:block;height:100%;
background:#1f5673;border-radius:2px}.bar.over span{background:#b03a2e}
footer{font-size:.8rem;color:#4a5866;border-top:1px solid #d5dde3;margin-top:3rem;
padding-top:.5rem;overflow-wrap:anywhere}
details summary{cursor:pointer}
.failed{background:#fdecea;border:1px solid #e0a39b;padding:.5rem 1rem}
.input_area pre,.output_stream pre{background:#f7f9fa;padding:.5rem;overflow-x:auto;
font-size:.8rem}
code{font-size:.85em;overflow-wrap:anywhere}table.data td>code{white-space:nowrap;overflow-wrap:normal}
@media (max-width:40rem){main{padding:.5rem .8rem 2rem}nav.top{padding:.5rem .8rem}
h1{font-size:1.35rem}table.data,table.meta{font-size:.78rem}
table.index thead{display:none}table.index,table.index tbody,table.index tr,table.index td{
display:block;width:auto}table.index tr{border:1px solid #d5dde3;margin:.5rem 0;padding:.3rem .5rem}
table.index td{border:0;padding:.1rem 0}table.index td::before{content:attr(data-label) ": ";
font-weight:600}}
@media print{@page{size:A4;margin:15mm 12mm}@page landscape{size:A4 landscape;margin:12mm 15mm}
body{font-size:10pt;line-height:1.35}
main{max-width:none;padding:0}nav.top a,.download,nav.toc{display:none}
nav.top{background:none;padding:0 0 .3rem}p.filter{display:none}
h1,h2,h3,h4,caption,thead{break-after:avoid;page-break-after:avoid}
tbody>tr:first-child{break-before:avoid;page-break-before:avoid}
figure,tr,blockquote,.answer{break-inside:avoid;page-break-inside:avoid}
.table-wrap{overflow:visible}table.data{width:100%;table-layout:auto;font-size:7.5pt}
table.data th,table.data td{padding:.1rem .25rem;white-space:normal}
table.data td.num{white-space:nowrap}a{color:inherit;text-decoration:none}
.table-wrap:has(tr>:nth-child(9)),.table-wrap:has(tr>:nth-child(9))+p.source{page:landscape}
details>*{display:block}}
"""


@dataclass(frozen=True)
class Page:
    title: str
    lang: str
    body: str
    parameters: dict | None = None
    provenance: Provenance | None = None
    index_href: str | None = None
    other_language_href: str | None = None  # the same page in the other language
    date: dt.date = field(default_factory=lambda: report_date())
    script: str | None = None  # only the index has one: the page works without it
    document_href: str | None = None  # the page as a Word document


def report_date() -> dt.date:
    """The date a page carries: today, or ``SOURCE_DATE_EPOCH`` when set (reproducible
    builds set it to fix the bytes of a page)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


@functools.cache
def _exporter(show_code: bool):
    from nbconvert import HTMLExporter  # heavy: imported only when a notebook is rendered

    return HTMLExporter(
        template_name="basic",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
    )


LANGUAGE_TAGS = {f"lang-{lang}" for lang in LANGUAGES}


def cells_for(cells: list, lang: str, show_code: bool) -> list:
    """The cells a page in ``lang`` shows: prose of its language (and prose without a
    language tag), results; never the injected parameters or papermill's own banners."""
    hidden = {"injected-parameters", "papermill-error-cell-tag"} | (
        set() if show_code else {"parameters", "analyst"}
    )
    hidden |= LANGUAGE_TAGS - {f"lang-{lang}"}
    return [c for c in cells if not hidden & set(c.get("metadata", {}).get("tags", []))]


def notebook_body(executed: Path, show_code: bool, lang: str = "fi") -> str:
    """The HTML of an executed notebook's cells, prepared for reviewers."""
    import nbformat

    nb = copy.deepcopy(nbformat.read(executed, as_version=4))
    nb.cells = cells_for(nb.cells, lang, show_code)
    if not show_code:  # kernel warnings are for analysts; reviewers see results
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.outputs if o.get("name") != "stderr"]
    body, _ = _exporter(show_code).from_notebook_node(nb)
    return plain_headings(body)


def plain_headings(body: str) -> str:
    """Headings written in markdown cells get the ids the generated ones have (lower case,
    hyphens) and lose nbconvert's pilcrow links."""

    def plain(match: re.Match) -> str:
        return plain_heading(match.group(3), int(match.group(1)))

    return _MARKDOWN_HEADING.sub(plain, body)


def _letter(reference: re.Match) -> str:
    number = int(reference.group(1))  # markup characters (below 128) stay references
    return (
        chr(number)
        if 128 <= number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF
        else reference.group(0)
    )


def plain_heading(words: str, level: int) -> str:
    """A heading with the id made of its words, as the generated ones have (nbconvert writes
    letters beyond ASCII as character references: they are letters again, in the id too)."""
    words = _CHARACTER_REFERENCE.sub(_letter, words)
    slug = re.sub(r"\W+", "-", _TAGS.sub("", words).lower()).strip("-_") or "section"
    return f'<h{level} id="{slug}">{words}</h{level}>'


def render_page(page: Page) -> str:
    """A complete, self-contained HTML document (nothing from the network; no script but the
    index's filter, and every page works without it)."""
    lang = page.lang
    appendix = "\n".join(
        part
        for part in (
            _parameters(page.parameters, lang) if page.parameters else "",
            _footer(page.provenance, lang) if page.provenance else "",
        )
        if part
    )
    body = _unique_ids(page.body + "\n" + appendix)
    toc = _contents(body, lang)
    nav = []
    if page.index_href:
        nav.append(
            f'<a href="{html.escape(page.index_href)}">{html.escape(text("back_to_index", lang))}</a>'
        )
    if page.other_language_href:
        other = "en" if lang == "fi" else "fi"
        nav.append(
            f'<a href="{html.escape(page.other_language_href)}" hreflang="{other}" lang="{other}">'
            f"{html.escape(text('other_language', lang))}</a>"
        )
    if page.document_href:
        nav.append(
            f'<a href="{html.escape(page.document_href)}">{html.escape(text("document.link", lang))}</a>'
        )
    when = html.escape(text("page.date", lang, date=format_date(page.date, lang)))
    nav.append(f'<span class="date"><time datetime="{page.date.isoformat()}">{when}</time></span>')
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(page.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<nav class="top">{"".join(nav)}</nav>',
        "<main>",
        *_with_contents(body, toc),
        "</main>",
        f"<script>{page.script}</script>" if page.script else "",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _unique_ids(body: str) -> str:
    """Two headings of one name (a generated one and one from a markdown cell) must not share
    an anchor: later ones get -2, -3."""
    seen: dict[str, int] = {}

    def unique(match: re.Match) -> str:
        level, anchor, words = match.groups()
        seen[anchor] = seen.get(anchor, 0) + 1
        if seen[anchor] > 1:
            anchor = f"{anchor}-{seen[anchor]}"
        return f'<h{level} id="{anchor}">{words}</h{level}>'

    return _HEADING.sub(unique, body)


def _with_contents(body: str, toc: str) -> list[str]:
    """The table of contents goes after the answers when the page opens with them (the
    first screen answers the questions), else right after the page's title."""
    answers = body.find('<div class="answers">')
    if answers != -1:
        end = _closing_div(body, answers)
        if end != -1:
            return [body[:end], toc, body[end:]]
    head, end, rest = body.partition("</h1>")
    return [head + end, toc, rest] if end else [toc, body]


def _closing_div(body: str, start: int) -> int:
    """Where the div opened at ``start`` ends (just after its closing tag), or -1."""
    depth, position = 0, start
    for match in re.finditer(r"<div\b|</div>", body[start:]):
        depth += 1 if match.group() != "</div>" else -1
        position = start + match.end()
        if depth == 0:
            return position
    return -1


def _contents(body: str, lang: str) -> str:
    """Numbered contents: sections 1, 2, 3 and their sub-sections 2.1, 2.2."""
    headings = _HEADING.findall(body)
    if len(headings) < 2:
        return ""
    items, section, sub, open_sub = [], 0, 0, False
    for level, anchor, title in headings:
        words = _TAGS.sub("", title).strip()
        if level == "2" or section == 0:
            if open_sub:
                items.append("</ol>")
                open_sub = False
            if section:
                items.append("</li>")
            section, sub = section + 1, 0
            number = str(section)
        else:
            if not open_sub:
                items.append("<ol>")
                open_sub = True
            sub += 1
            number = f"{section}.{sub}"
        link = f'<span class="n">{number}</span><a href="#{anchor}">{words}</a>'
        items.append(f"<li>{link}" if level == "2" or sub == 0 else f"<li>{link}</li>")
    items.append("</ol></li>" if open_sub else "</li>")
    label = html.escape(text("contents", lang))
    return (
        f'<nav class="toc" aria-label="{label}"><strong>{label}</strong>'
        f"<ol>{''.join(items)}</ol></nav>"
    )


def _parameters(parameters: dict, lang: str) -> str:
    """The run's parameters as a reader reads them: named in words, empty values said."""
    rows = "".join(
        f"<tr><th>{html.escape(parameter_label(name, lang))}</th>"
        f"<td>{_parameter_html(name, value, lang)}</td></tr>"
        for name, value in parameters.items()
    )
    return (
        f'<h2 id="parameters">{html.escape(text("parameters", lang))}</h2>'
        f'<table class="meta"><thead><tr><th>{html.escape(text("parameter", lang))}</th>'
        f"<th>{html.escape(text('value', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _parameter_html(name: str, value: object, lang: str) -> str:
    """A value as the page shows it: a folder or file path as code (it is typed, not read)."""
    shown = html.escape(parameter_value(name, value, lang))
    is_path = isinstance(value, str | os.PathLike) and any(c in str(value) for c in "/\\")
    return f"<code>{shown}</code>" if is_path else shown


def parameter_label(name: str, lang: str) -> str:
    """A parameter's name for readers; one a user added is shown by its own name."""
    return text(f"param.{name}", lang) if f"param.{name}" in MESSAGES else name


def parameter_value(name: str, value: object, lang: str) -> str:
    if name == "lang" and value in LANGUAGES:
        return text(f"language.{value}", lang)
    if value == "" and f"param.{name}.empty" in MESSAGES:
        return text(f"param.{name}.empty", lang)
    if isinstance(value, bool):
        return text(f"value.{str(value).lower()}", lang)
    return str(value)


def _footer(provenance: Provenance, lang: str) -> str:
    def t(key: str) -> str:
        return html.escape(text(key, lang))

    state = (
        t("missing")
        if provenance.dirty is None
        else t("prov.dirty" if provenance.dirty else "prov.clean")
    )
    libraries = ", ".join(
        f"{html.escape(k)} {html.escape(v)}" for k, v in provenance.libraries.items()
    )
    documents = "".join(
        f"<li><code>{html.escape(name)}</code> <code>{html.escape(digest)}</code></li>"
        for name, digest in provenance.documents
    )
    reviews = (
        "<details><summary>SHA-256</summary><ul>"
        + "".join(
            f"<li><code>{html.escape(name)}</code> <code>{html.escape(digest)}</code></li>"
            for name, digest in provenance.reviews
        )
        + "</ul></details>"
        if provenance.reviews
        else t("prov.no_reviews")
    )
    return (
        f'<footer><h2 id="provenance">{t("provenance")}</h2><dl>'
        f"<dt>{t('prov.version')}</dt><dd>{html.escape(provenance.version)}</dd>"
        f"<dt>{t('prov.commit')}</dt><dd><code>{html.escape(provenance.commit)}</code> ({state})</dd>"
        f"<dt>{t('prov.python')}</dt><dd>Python {html.escape(provenance.python)}; {libraries}</dd>"
        f"<dt>{t('prov.lock')}</dt><dd><code>{html.escape(provenance.lock_sha256 or t('missing'))}</code></dd>"
        f"<dt>{t('prov.documents')} ({len(provenance.documents)})</dt>"
        f"<dd><details><summary>SHA-256</summary><ul>{documents}</ul></details></dd>"
        f"<dt>{t('prov.reviews')} ({len(provenance.reviews)})</dt>"
        f"<dd>{reviews}</dd>"
        f"</dl><p>{t('prov.generated')}</p></footer>"
    )
