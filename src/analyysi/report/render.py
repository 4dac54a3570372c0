"""Executed notebooks to self-contained HTML pages for reviewers.

nbconvert renders the cells (its ``basic`` template: no scripts, no styles from the network);
this module wraps them in one page with the language set, a table of contents, the run's
parameters and its provenance. Code is hidden unless asked for; the injected-parameters cell
is never shown.
"""

from __future__ import annotations

import copy
import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path

from analyysi.catalogue import text
from analyysi.report.provenance import Provenance

_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.S)
_TAGS = re.compile(r"<[^>]+>")

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;
line-height:1.5;background:#fff}
main{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 3rem}
nav.top{display:flex;gap:1.5rem;font-size:.9rem;padding:.6rem 1.5rem;background:#eef2f5}
a{color:#1f5673}
h1{font-size:1.7rem;margin:.6rem 0 .4rem}h2{font-size:1.3rem;margin-top:2rem;
border-bottom:1px solid #d5dde3}h3{font-size:1.1rem}
.table-wrap{overflow-x:auto;margin:.6rem 0}
table.data,table.meta{border-collapse:collapse;font-size:.85rem}
table.data th,table.data td,table.meta th,table.meta td{border:1px solid #d5dde3;
padding:.25rem .5rem;text-align:left;vertical-align:top}
table.data th,table.meta th{background:#f3f6f8}caption{text-align:left;font-weight:600;
padding:.3rem 0}
figure{margin:1rem 0}figure img{max-width:100%;height:auto}figcaption{font-size:.85rem;
color:#4a5866}
blockquote.document-text{margin:.5rem 0;padding:.5rem 1rem;border-left:3px solid #9db4c0;
background:#f7f9fa;white-space:normal}
.download{font-size:.8rem}
nav.toc{font-size:.9rem;background:#f7f9fa;padding:.5rem 1rem;margin:1rem 0}
nav.toc ol{margin:.2rem 0;padding-left:1.2rem}nav.toc li.sub{margin-left:1.2rem;
list-style:circle}
footer{font-size:.8rem;color:#4a5866;border-top:1px solid #d5dde3;margin-top:3rem;
padding-top:.5rem}
details summary{cursor:pointer}
.failed{background:#fdecea;border:1px solid #e0a39b;padding:.5rem 1rem}
.input_area pre,.output_stream pre{background:#f7f9fa;padding:.5rem;overflow-x:auto;
font-size:.8rem}
code{font-size:.85em}
"""


@dataclass(frozen=True)
class Page:
    title: str
    lang: str
    body: str
    parameters: dict | None = None
    provenance: Provenance | None = None
    index_href: str | None = None
    other_language_href: str | None = None


@functools.cache
def _exporter(show_code: bool):
    from nbconvert import HTMLExporter  # heavy: imported only when a notebook is rendered

    return HTMLExporter(
        template_name="basic",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
    )


def notebook_body(executed: Path, show_code: bool) -> str:
    """The HTML of an executed notebook's cells, prepared for reviewers."""
    import nbformat

    nb = copy.deepcopy(nbformat.read(executed, as_version=4))
    # papermill's own error banners are English and styled inline; the page says it instead
    hidden = {"injected-parameters", "papermill-error-cell-tag"} | (
        set() if show_code else {"parameters", "analyst"}
    )
    nb.cells = [c for c in nb.cells if not hidden & set(c.get("metadata", {}).get("tags", []))]
    if not show_code:  # kernel warnings are for analysts; reviewers see results
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.outputs if o.get("name") != "stderr"]
    body, _ = _exporter(show_code).from_notebook_node(nb)
    return body


def render_page(page: Page) -> str:
    """A complete, self-contained HTML document (no scripts, nothing from the network)."""
    lang = page.lang
    appendix = "\n".join(
        part
        for part in (
            _parameters(page.parameters, lang) if page.parameters else "",
            _footer(page.provenance, lang) if page.provenance else "",
        )
        if part
    )
    toc = _contents(page.body + appendix, lang)
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
        f'<nav class="top">{"".join(nav)}</nav>' if nav else "",
        "<main>",
        *_with_contents(page.body, toc),
        appendix,
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _with_contents(body: str, toc: str) -> list[str]:
    """The table of contents goes right after the page's title."""
    head, end, rest = body.partition("</h1>")
    return [head + end, toc, rest] if end else [toc, body]


def _contents(body: str, lang: str) -> str:
    headings = _HEADING.findall(body)
    if len(headings) < 2:
        return ""
    sub = ' class="sub"'
    items = "".join(
        f'<li{sub if level == "3" else ""}><a href="#{anchor}">{_TAGS.sub("", title).strip()}</a></li>'
        for level, anchor, title in headings
    )
    return f'<nav class="toc" aria-label="{html.escape(text("contents", lang))}"><strong>{html.escape(text("contents", lang))}</strong><ol>{items}</ol></nav>'


def _parameters(parameters: dict, lang: str) -> str:
    rows = "".join(
        f"<tr><th>{html.escape(name)}</th><td><code>{html.escape(repr(value))}</code></td></tr>"
        for name, value in parameters.items()
    )
    return (
        f'<h2 id="parameters">{html.escape(text("parameters", lang))}</h2>'
        f'<table class="meta"><thead><tr><th>{html.escape(text("parameter", lang))}</th>'
        f"<th>{html.escape(text('value', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
    )


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
