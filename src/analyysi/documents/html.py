"""A description saved as a web page (``.html``, ``.htm``) to the text form of the bundled
``.txt`` files, so the rest of the parser is the same for both.

The service's markup is not known here, so nothing depends on it: block elements (headings,
paragraphs, list items, table rows, ``div``) become paragraphs with a blank line between them,
``<br>`` ends a line within one, a table row of a label and a value, and a definition list's term and description,
become ``Label: value``; other table rows join their cells with spaces. Entities and no-break
spaces are decoded. Scripts, styles, navigation and page footers are left out. The tree is
walked without recursion, so a page nested a hundred thousand levels deep is read like any
other.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

from analyysi.documents.read import decode_text

_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "tr", "ul", "caption",
}  # fmt: skip
_SKIPPED = {
    "script", "style", "noscript", "template", "head", "nav", "footer", "iframe", "svg",
    "button", "select", "input", "textarea", "object", "embed", "canvas",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not the no-break space: the text keeps it
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used: a byte-order mark, else the charset the page
    declares, else the project's rule for text files (UTF-8, then Windows-1252)."""
    declared = _CHARSET.search(data[:4096])
    if not data.startswith(b"\xef\xbb\xbf") and declared:
        name = declared.group(1).decode("ascii").lower()
        if name in ("windows-1252", "cp1252", "iso-8859-1", "latin-1", "latin1", "iso-8859-15"):
            return data.decode("cp1252", errors="replace"), "windows-1252"
    text, encoding, _ = decode_text(data)
    return text, encoding


def html_to_text(markup: str) -> str:
    """The text of a page: a paragraph per block, blank lines between them."""
    soup = BeautifulSoup(markup, "html.parser")
    blocks: list[str] = []
    lines: list[str] = []  # the lines of the block being read
    line: list[str] = []
    rows: list[list[tuple[str, bool]]] = []  # cells of the table rows being read
    cell: list[str] | None = None
    term: str | None = None  # a definition list's term, waiting for its description

    def end_line() -> None:
        nonlocal line, term
        words = _SPACES.sub(" ", "".join(line)).strip()
        if term is not None and words:
            words = f"{term} {words}"
            term = None
        lines.append(words)
        line = []

    def flush() -> None:
        """End the block: its lines, without empty ones at its edges."""
        nonlocal lines
        end_line()
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if lines:
            blocks.append("\n".join(lines))
        lines = []

    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Comment | Doctype):
            continue
        if isinstance(node, NavigableString):
            (cell if cell is not None else line).append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if leaving:
            if name in ("td", "th") and rows and cell is not None:
                rows[-1].append((_SPACES.sub(" ", "".join(cell)).strip(), name == "th"))
                cell = None
            elif name == "tr" and rows:
                line.append(_row_text(rows.pop()))
                flush()
            elif name == "dt":
                flush()
                if blocks:
                    label = blocks.pop()
                    term = label if label.endswith(":") else f"{label}:"
            elif name == "dd":
                flush()
                if term is not None:  # an empty description: the value stays empty
                    blocks.append(term)
                    term = None
            elif name in _BLOCKS:
                flush()
            continue
        if name in _SKIPPED:
            continue
        if name == "br":
            if cell is not None:
                cell.append(" ")
            else:
                end_line()
            continue
        if name == "dt" and term is not None:
            # the term before had an empty description (<dd></dd>): an empty value, not
            # this next label
            flush()
            blocks.append(term)
            term = None
        if name == "tr":
            flush()
            rows.append([])
        elif name in ("td", "th") and rows:
            cell = []
        elif name in _BLOCKS:
            flush()
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    if term is not None:
        blocks.append(term)
    return "\n\n".join(blocks) + "\n"


def _row_text(cells: list[tuple[str, bool]]) -> str:
    """A label and a value as ``Label: value``; a header row or a row of several values as
    its cells with spaces between."""
    filled = [(text, header) for text, header in cells if text]
    if len(filled) == 2 and not all(header for _, header in filled):
        label, value = filled[0][0], filled[1][0]
        return f"{label} {value}" if label.endswith(":") else f"{label}: {value}"
    return " ".join(text for text, _ in filled)
