"""Each report as an editable Word document (``<report>.docx``), for an author to start an
evaluation report from.

The rendered page is read back (our own small subset of HTML: headings, paragraphs, lists,
data tables with captions, figures with captions, quotes of document text, the parameters
and the provenance) and written with python-docx, so prose from the notebooks' markdown cells
comes along: the title as Word's Title, headings as Word headings (navigation pane, table of
contents), tables as Word tables with a header row repeated on every page and numbers
right-aligned, figures from their 300-dpi PNG at column width, captions as Word captions
(style Caption, numbered by a SEQ field whose shown number is the page's), the source
lines, and the date and provenance at the end.

Document text is untrusted: it becomes run text only. No field, hyperlink or other markup
is ever built from a page's text; the only fields are the captions' SEQ fields, whose
names (Taulukko, Kuvio, Table, Figure) come from the catalogue.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree  # python-docx's own XML library

from analyysi.catalogue import text
from analyysi.report import freshness

# A4 with margins of 2.5 cm: the column a figure fills is 16 cm wide
PAGE_WIDTH_CM, PAGE_HEIGHT_CM, MARGIN_CM = 21.0, 29.7, 2.5
LANGUAGE_TAGS = {"fi": "fi-FI", "en": "en-GB"}
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's white space; a no-break space is kept
# Characters XML 1.0 cannot hold (a document may carry control characters)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LABEL = re.compile(r"^\s*(\w+)\s+(\d+)\.\s*$")  # "Taulukko 3." → Taulukko, 3
_HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}
WIDE_TABLE = 8  # columns: a wider table gets a landscape page
_CONTENT = {"p", "figure", "table", "blockquote", "ul", "ol", "pre", "dl"}
_SKIPPED = {"script", "style", "nav", "summary", "img", "svg", "template", "head", "title"}


def write_document(page: Path, output: Path, reports: Path) -> bool:
    """``output`` (a .docx) from the rendered ``page``, unless it was already made from this
    page and these figures; returns whether it was written."""
    html_text = page.read_text(encoding="utf-8")
    figures = [reports / href for href in _figure_files(html_text)]
    key = freshness.key_of(page, *figures)
    if freshness.is_current(reports, output, key):
        return False
    document = page_document(html_text, reports)
    partial = output.with_name(f".{output.name}.partial")
    document.save(str(partial))
    os.replace(partial, output)
    freshness.record(reports, output, key)
    return True


def _figure_files(html_text: str) -> list[str]:
    """The 300-dpi PNG files a page's figures link to."""
    return sorted(set(re.findall(r'href="(figures/[^"<>]+\.png)"', html_text)))


@dataclass
class _Run:
    words: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    marked: bool = False


def page_document(html_text: str, reports: Path):
    """A python-docx Document of a rendered page."""
    from bs4 import BeautifulSoup  # imported when a document is written

    soup = BeautifulSoup(html_text, "html.parser")
    lang = (soup.html.get("lang") if soup.html else None) or "fi"
    lang = lang if lang in LANGUAGE_TAGS else "fi"
    writer = _Writer(lang, reports)
    title = soup.title.get_text(strip=True) if soup.title else ""
    writer.set_properties(title, soup.find("time"))
    main = soup.find("main") or soup.body or soup
    _mark_wide_tables(main)
    writer.blocks(main)
    when = soup.find("time")
    if when is not None:  # the page's date, at the end with the provenance
        writer.paragraph([_Run(when.get_text(" ", strip=True))], writer.source_style)
    return writer.document


class _Writer:
    def __init__(self, lang: str, reports: Path) -> None:
        from docx import Document
        from docx.shared import Cm

        self.lang, self.reports = lang, reports
        self.document = Document()
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        self.column_width = Cm(PAGE_WIDTH_CM - 2 * MARGIN_CM)
        self._language()
        self.source_style = self._source_style()
        self._style_ids: dict[tuple, str | None] = {}
        self.landscape_until_next_block = False

    # -- the document ---------------------------------------------------------------------

    def _language(self) -> None:
        """Word's proofing language for the whole document (quotes of Finnish documents in
        an English report are Finnish, but a reader edits the report's language)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        language = run_defaults.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            run_defaults.append(language)
        language.set(qn("w:val"), LANGUAGE_TAGS[self.lang])

    def _source_style(self):
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        style = self.document.styles.add_style(
            text("document.style.source", self.lang), WD_STYLE_TYPE.PARAGRAPH
        )
        style.base_style = self.document.styles["Normal"]
        style.font.size = Pt(8)
        style.font.color.rgb = RGBColor(0x4A, 0x58, 0x66)
        style.paragraph_format.space_after = Pt(8)
        return style

    def set_properties(self, title: str, when) -> None:
        properties = self.document.core_properties
        properties.title = _xml_safe(title)
        properties.language = LANGUAGE_TAGS[self.lang]
        properties.author = "analyysi"
        properties.comments = ""
        try:
            day = dt.date.fromisoformat(when.get("datetime", "")) if when is not None else None
        except ValueError:
            day = None
        if day is not None:
            properties.created = properties.modified = dt.datetime(day.year, day.month, day.day)

    # -- blocks -----------------------------------------------------------------------------

    def blocks(self, node) -> None:
        """Every block of ``node`` in document order."""
        from bs4 import NavigableString, Tag

        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString and child.strip():
                    self.paragraph(_runs(child))
                continue
            if not isinstance(child, Tag) or child.name in _SKIPPED:
                continue
            classes = set(child.get("class") or ())
            if child.get("data-turn") == "landscape":
                self._orientation(landscape=True)
            else:
                self._after_wide_table(child, classes)
            if child.name in _HEADINGS:
                self.heading(child)
            elif child.name == "p":
                self.p(child, classes)
            elif child.name in ("ul", "ol"):
                self.list(child, level=1)
            elif child.name == "table":
                self.table(child)
            elif child.name == "figure":
                self.figure(child)
            elif child.name == "blockquote":
                self.quote(child)
            elif child.name == "dl":
                self.definitions(child)
            elif child.name == "pre":
                self.paragraph([_Run(_xml_safe(child.get_text()), code=True)])
            elif "download" in classes or "input" in classes or "input_area" in classes:
                continue  # links to files, and code: the files are beside the document
            else:
                self.blocks(child)  # div, section, footer, details, …

    def _after_wide_table(self, node, classes: set[str]) -> None:
        """Back to portrait after a wide table's page, once its source line and links are
        past, unless what comes is another wide table."""
        if not self.landscape_until_next_block:
            return
        if node.name == "p" and classes & {"source", "download"}:
            return
        if _widest(node) <= WIDE_TABLE:
            self._orientation(landscape=False)

    def paragraph(self, runs: list[_Run], style=None):
        runs = _trimmed(runs)
        if not runs:
            return None
        paragraph = self._add_paragraph(style)
        _add_runs(paragraph, runs)
        return paragraph

    def heading(self, node) -> None:
        words = _plain(node.get_text(" "))
        if words:
            level = _HEADINGS[node.name]  # as add_heading: Title, or Heading N
            self._add_paragraph("Title" if level == 0 else f"Heading {level}").add_run(words)

    def _add_paragraph(self, style=None):
        """``document.add_paragraph(style=style)``, the style's id looked up once."""
        from docx.enum.style import WD_STYLE_TYPE

        paragraph = self.document.add_paragraph()
        if style is not None:  # what paragraph.style = … sets
            paragraph._p.style = self._style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        return paragraph

    def _style_id(self, style, kind) -> str | None:
        """The id of a style (or of a style's name) of ``kind``: python-docx looks it up,
        scanning every style twice, each time a paragraph or table is given a style."""
        key = (style if isinstance(style, str) else style.name, kind)
        if key not in self._style_ids:
            self._style_ids[key] = self.document.part.get_style_id(style, kind)
        return self._style_ids[key]

    def p(self, node, classes: set[str]) -> None:
        if "download" in classes:  # the links to files go; a note of rows left out stays
            cut = node.find(class_="rows-cut")
            if cut is not None:
                self.paragraph(_runs(cut), self.source_style)
            return
        style = self.source_style if "source" in classes else None
        runs = _runs(node)
        if "failed" in classes:
            runs = [_Run(r.words, True, r.italic, r.code, r.marked) for r in runs]
        self.paragraph(runs, style)

    def list(self, node, level: int) -> None:
        ordered = node.name == "ol"
        name = "List Number" if ordered else "List Bullet"
        style = name if level == 1 else f"{name} {min(level, 3)}"
        for item in node.find_all("li", recursive=False):
            nested = [c for c in item.find_all(["ul", "ol"], recursive=False)]
            for sub in nested:
                sub.extract()
            self.paragraph(_runs(item), style)
            for sub in nested:
                self.list(sub, level + 1)

    def quote(self, node) -> None:
        """Document text: its paragraphs (blank lines) as paragraphs of style Quote."""
        for part in _split_paragraphs(_runs(node)):
            self.paragraph(part, "Quote")

    def definitions(self, node) -> None:
        """The provenance: each term with its value; lists under a term (the documents'
        hashes) as small lines."""
        for term in node.find_all("dt", recursive=False):
            value = term.find_next_sibling("dd")
            if value is None:
                self.paragraph([_Run(_plain(term.get_text(" ")), bold=True)])
                continue
            items = value.find_all("li")
            if items:
                self.paragraph([_Run(_plain(term.get_text(" ")), bold=True)])
                for item in items:
                    self.paragraph(_runs(item), self.source_style)
            else:
                head = _Run(_plain(term.get_text(" ")) + ": ", bold=True)
                self.paragraph([head, *_runs(value)])

    # -- captions, tables and figures -------------------------------------------------------

    def caption(self, label_node, words: list[_Run]):
        """A Word caption: "Taulukko 3. words", the number a SEQ field (Word renumbers it
        and lists it in a table of figures); a label that is not "Word N." stays text."""
        paragraph = self._add_paragraph("Caption")
        label = _plain(label_node.get_text(" ")) if label_node is not None else ""
        found = _LABEL.match(label)
        if found:
            name, number = found.groups()
            paragraph.add_run(f"{name} ")
            _seq_field(paragraph, name, number)
            paragraph.add_run(". ")
        elif label:
            paragraph.add_run(f"{label} ")
        _add_runs(paragraph, _trimmed(words))
        return paragraph

    def table(self, node) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Emu

        rows = [tr for tr in node.find_all("tr") if tr.find_parent("table") is node]
        cells_of = [tr.find_all(["th", "td"], recursive=False) for tr in rows]
        width = max((len(cells) for cells in cells_of), default=0)
        if width > WIDE_TABLE:  # a page of its own, turned landscape
            self._orientation(landscape=True)
        caption = node.find("caption")
        if caption is not None:
            label = caption.find(class_="label")
            if label is not None:
                label.extract()
            self.caption(label, _runs(caption)).paragraph_format.keep_with_next = True
        if not width:
            return
        table = self.document.add_table(rows=0, cols=width)
        table._tbl.tblStyle_val = self._style_id("Table Grid", WD_STYLE_TYPE.TABLE)  # table.style
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        points = 8 if width > 6 else 9
        widths = self._column_widths(cells_of, width, points)
        for column, column_width in zip(table.columns, widths, strict=True):
            column.width = column_width  # the grid (LibreOffice reads it); cells for Word
        # The rows as Word's XML, built here: python-docx's cell by cell API took most of a
        # report's document time. The same elements, in schema order, as it would write.
        grid = table._tbl
        twips = [str(Emu(w).twips) for w in widths]
        half_points = str(points * 2)
        for tr, cells_html in zip(rows, cells_of, strict=True):
            is_head = tr.find_parent("thead") is not None
            row = _element(grid, "tr")
            properties = _element(row, "trPr")
            _element(properties, "cantSplit")  # before tblHeader: Word reads schema order
            if is_head:
                _element(properties, "tblHeader", val="true")
            for j in range(width):
                cell = _element(row, "tc")
                cell_properties = _element(cell, "tcPr")
                _element(cell_properties, "tcW", type="dxa", w=twips[j])
                if j >= len(cells_html):
                    _element(cell, "p")
                    continue
                td = cells_html[j]
                if is_head:
                    _element(cell_properties, "shd", val="clear", color="auto", fill="DCE6F0")
                paragraph = _element(cell, "p")
                paragraph_properties = _element(paragraph, "pPr")
                _element(paragraph_properties, "spacing", after="0")
                if "num" in (td.get("class") or ()):
                    _element(paragraph_properties, "jc", val="right")
                bold = td.name == "th"
                for run in _trimmed(_runs(td)):
                    _run_element(
                        paragraph,
                        _Run(run.words, run.bold or bold, run.italic, run.code, run.marked),
                        half_points,
                    )

    def _column_widths(self, cells_of: list, width: int, points: int) -> list[int]:
        """Each column at least as wide as its longest word (up to 16 characters; 10 in a
        header, which may break a word), the rest of the line shared by how much longer its
        texts are (up to 80 characters)."""
        from docx.shared import Cm

        character, padding = Cm(0.024 * points), Cm(0.25)
        words, texts = [1] * width, [1] * width
        for cells in cells_of:
            for j, td in enumerate(cells):
                content = _plain(td.get_text(" "))
                longest = max(
                    (len(w) for w in _SPACES.split(content)), default=0
                )  # 1 200 is a word
                words[j] = max(words[j], min(longest, 10 if td.name == "th" else 16))
                texts[j] = max(texts[j], min(len(content), 80), words[j])
        section = self.document.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin
        least = [w * character + padding for w in words]
        wanted = [t * character + padding for t in texts]
        if sum(least) >= usable:
            return [int(usable * w / sum(least)) for w in least]
        if sum(wanted) <= usable:
            return [int(usable * w / sum(wanted)) for w in wanted]
        spare, flex = usable - sum(least), [w - m for w, m in zip(wanted, least, strict=True)]
        return [int(m + spare * f / sum(flex)) for m, f in zip(least, flex, strict=True)]

    def _orientation(self, landscape: bool) -> None:
        """A new section (and page) turned as asked, unless the last one is already."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self.document.sections[-1]
        if (section.orientation == WD_ORIENT.LANDSCAPE) == landscape:
            self.landscape_until_next_block = landscape
            return
        new = self.document.add_section(WD_SECTION.NEW_PAGE)
        new.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        short, long = sorted((section.page_width, section.page_height))
        new.page_width, new.page_height = (long, short) if landscape else (short, long)
        self.landscape_until_next_block = landscape

    def figure(self, node) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        picture = self._picture(node)
        figcaption = node.find("figcaption")
        if picture is not None:
            paragraph = self.document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True
            shape = paragraph.add_run().add_picture(picture, width=self.column_width)
            image = node.find("img")
            alt = _plain(image.get("alt", "")) if image is not None else ""
            shape._inline.docPr.set("descr", _xml_safe(alt))  # python-docx has no API for it
        if figcaption is None:
            return
        label = figcaption.find(class_="label")
        source = figcaption.find(class_="source")
        for part in (label, source, figcaption.find(class_="download")):
            if part is not None:
                part.extract()
        self.caption(label, _runs(figcaption)).paragraph_format.keep_with_next = source is not None
        if source is not None:
            self.paragraph(_runs(source), self.source_style)

    def _picture(self, node) -> io.BytesIO | Path | None:
        """The figure's 300-dpi PNG beside the page, else the image the page holds."""
        for link in node.find_all("a", href=True):
            href = link["href"]
            if href.startswith("figures/") and href.endswith(".png"):
                path = (self.reports / href).resolve()
                if path.is_file() and path.is_relative_to(self.reports.resolve()):
                    return io.BytesIO(path.read_bytes())
        image = node.find("img")
        source = image.get("src", "") if image is not None else ""
        if source.startswith("data:image/png;base64,"):
            try:
                return io.BytesIO(base64.b64decode(source.split(",", 1)[1], validate=True))
            except (binascii.Error, ValueError):
                return None
        return None


def _mark_wide_tables(main) -> None:
    """A heading with nothing but a wide table under it turns to landscape with the table,
    so the heading is not left alone at the foot of the page before."""
    for table in main.find_all("table"):
        if _widest(table) <= WIDE_TABLE:
            continue
        for element in table.find_all_previous():
            if element.name in _HEADINGS:
                element["data-turn"] = "landscape"
                break
            if element.name in _CONTENT:
                break


def _widest(node) -> int:
    """The most cells in a row of the tables in (or of) ``node``."""
    return max(
        (len(tr.find_all(["th", "td"], recursive=False)) for tr in node.find_all("tr")),
        default=0,
    )


# -- inline text ------------------------------------------------------------------------------


def _runs(node, style: _Run | None = None) -> list[_Run]:
    """The text of ``node`` as runs, with bold, italic, code and marked spans; ``<br>`` is a
    line break. White space is collapsed as a browser does."""
    from bs4 import NavigableString, Tag

    style = style or _Run("")
    if isinstance(node, NavigableString):
        if type(node) is not NavigableString:  # a comment, a doctype
            return []
        return [_Run(_xml_safe(_SPACES.sub(" ", str(node))), *_flags(style))]
    runs: list[_Run] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            runs += _runs(child, style)
            continue
        if not isinstance(child, Tag) or child.name in _SKIPPED:
            continue
        if child.name == "br":
            runs.append(_Run("\n", *_flags(style)))
            continue
        classes = set(child.get("class") or ())
        inner = _Run(
            "",
            style.bold or child.name in ("strong", "b", "th") or "label" in classes,
            style.italic or child.name in ("em", "i"),
            style.code or child.name in ("code", "kbd", "samp"),
            style.marked or child.name == "mark",
        )
        runs += _runs(child, inner)
    return runs


def _flags(style: _Run) -> tuple[bool, bool, bool, bool]:
    return style.bold, style.italic, style.code, style.marked


def _trimmed(runs: list[_Run]) -> list[_Run]:
    """Runs without white space at the ends of the paragraph or around line breaks, and
    without doubled spaces between runs."""
    out: list[_Run] = []
    for run in runs:
        words = run.words
        if out and (out[-1].words.endswith((" ", "\n")) or run.words == "\n"):
            words = words.lstrip(" ")
        if run.words == "\n" and out:
            out[-1].words = out[-1].words.rstrip(" ")
        if words:
            out.append(_Run(words, run.bold, run.italic, run.code, run.marked))
    out = [run for run in out if run.words]
    while out and not out[0].words.strip():
        out.pop(0)
    while out and not out[-1].words.strip():
        out.pop()
    if out:
        out[0].words = out[0].words.lstrip()
        out[-1].words = out[-1].words.rstrip()
    return out


def _split_paragraphs(runs: list[_Run]) -> list[list[_Run]]:
    """Runs split where two line breaks meet (a blank line of the document)."""
    parts: list[list[_Run]] = [[]]
    for run in _trimmed(runs):
        if run.words == "\n" and parts[-1] and parts[-1][-1].words == "\n":
            parts[-1].pop()
            parts.append([])
        else:
            parts[-1].append(run)
    return [p for p in parts if p]


def _add_runs(paragraph, runs: list[_Run]) -> list:
    from docx.enum.text import WD_COLOR_INDEX

    added = []
    for run in runs:
        docx_run = paragraph.add_run(run.words)  # "\n" becomes a line break
        docx_run.bold = run.bold or None
        docx_run.italic = run.italic or None
        if run.code:
            docx_run.font.name = "Consolas"
        if run.marked:
            docx_run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        added.append(docx_run)
    return added


def _plain(words: str) -> str:
    return _xml_safe(_SPACES.sub(" ", words).strip())


def _xml_safe(words: str) -> str:
    return _NOT_XML.sub("\ufffd", words)


# -- Word's own markup ------------------------------------------------------------------------


def _seq_field(paragraph, name: str, number: str) -> None:
    """A SEQ field numbering captions of ``name`` (from the catalogue), showing ``number``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    identifier = re.sub(r"[^\w]", "", name) or "Caption"

    def field_char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    field_char("begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" SEQ {identifier} \\* ARABIC "
    paragraph.add_run()._r.append(instruction)
    field_char("separate")
    paragraph.add_run(number)
    field_char("end")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _element(parent, tag: str, **attributes: str):
    """A w: element appended to ``parent``, with w: attributes in the order given."""
    element = etree.SubElement(parent, _W + tag)
    for name, value in attributes.items():
        element.set(_W + name, value)
    return element


def _run_element(paragraph, run: _Run, half_points: str) -> None:
    """A run as python-docx writes ``add_run(words)`` with bold, italic, a code font, a
    highlight and a size: tabs and line breaks as their own elements."""
    element = _element(paragraph, "r")
    properties = _element(element, "rPr")
    if run.code:
        _element(properties, "rFonts", ascii="Consolas", hAnsi="Consolas")
    if run.bold:
        _element(properties, "b")
    if run.italic:
        _element(properties, "i")
    _element(properties, "sz", val=half_points)
    if run.marked:
        _element(properties, "highlight", val="yellow")
    for part in _RUN_PARTS.findall(run.words):
        if part == "\t":
            _element(element, "tab")
        elif part in ("\n", "\r"):
            _element(element, "br")
        else:
            words = _element(element, "t")
            words.text = part
            if part != part.strip():
                words.set(_XML_SPACE, "preserve")


_RUN_PARTS = re.compile(r"[\t\n\r]|[^\t\n\r]+")
