"""What notebooks use to show things: headings, sentences, tables and figures.

Every string that reaches a report goes through ``html.escape`` here, so document text (which
is untrusted) can never inject markup. Tables and figures are numbered in page order
("Taulukko 2.", "Kuvio 3.") with a caption and a source line, as Finnish evaluation reports
cite them; a figure's caption says how many projects it shows out of how many. Tables are
also written as CSV and figures as SVG and 300-dpi PNG under the reports folder, for authors
to lift into their own reports.
"""

from __future__ import annotations

import base64
import html
import io
import numbers
import re
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd
from PIL import Image

from analyysi.catalogue import column_label, number, text, value_label
from analyysi.formats import format_date, format_number, format_percent
from analyysi.report.downloads import Column, TableInfo, spreadsheet_path, write_table_files
from analyysi.tables.metadata import FIELDS, RESOURCES

FIGURE_DPI = 300


MAX_ROWS = 200  # rows of a table shown on a page; the CSV beside it has them all
MAX_PROJECT_TABLES = 20  # projects with a table each; beyond, one table for all
MAX_QUOTE = 20_000  # characters of a document text quoted on a page


class Report:
    """Output helpers for one notebook run (``name`` is the notebook's output name)."""

    def __init__(self, name: str, lang: str = "fi", reports: str | Path = "reports") -> None:
        self.name, self.lang = name, lang
        self.reports = Path(reports)
        self._anchors: dict[str, int] = {}
        self.figures = 0  # numbered in page order
        self.tables = 0
        self.section = ""  # the heading (level 2) that what is shown now stands under
        self.files = 0  # tables written, numbered or not

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def value(self, coded: object) -> object:
        """A coded value (enum member, boolean) in the report language."""
        return value_label(coded, self.lang)

    def title(self, key: str, **values: object) -> None:
        """The page's title; a ``name`` in it is a project's name as written, marked Finnish
        on a page in another language."""
        if self.lang == "fi" or "name" not in values:
            _show(f"<h1>{html.escape(self.t(key, **values))}</h1>")
            return
        shown = {k: html.escape(str(v)) for k, v in values.items()}
        shown["name"] = f'<span lang="fi">{shown["name"]}</span>'
        _show(f"<h1>{html.escape(text(key, self.lang)).format(**shown)}</h1>")

    def heading(self, key: str, level: int = 2, **values: object) -> None:
        self.subheading(self.t(key, **values), level=level, anchor=key)

    def subheading(self, words: str, level: int = 3, anchor: str | None = None) -> None:
        """A heading made of data (e.g. a project code), escaped; anchors stay unique."""
        slug = re.sub(r"[^a-z0-9]+", "-", (anchor or words).lower()).strip("-") or "section"
        self._anchors[slug] = self._anchors.get(slug, 0) + 1
        if self._anchors[slug] > 1:
            slug = f"{slug}-{self._anchors[slug]}"
        if level <= 2:
            self.section = words
        _show(f'<h{level} id="{slug}">{html.escape(words)}</h{level}>')

    def say(self, key: str, **values: object) -> None:
        """A sentence from the catalogue, its values filled in and escaped."""
        _show(f"<p>{html.escape(self.t(key, **values))}</p>")

    def sentences(self, sentences: list[str]) -> None:
        """Sentences built from the catalogue (e.g. by an analysis module), escaped."""
        _show("".join(f"<p>{html.escape(s)}</p>" for s in sentences))

    def quote(self, words: str) -> None:
        """Document text, as written (in Finnish): escaped, line breaks kept; a text longer
        than ``MAX_QUOTE`` characters is cut there, and the page says so."""
        cut = words[:MAX_QUOTE]
        _show(f'<blockquote class="document-text" lang="fi">{_escape_lines(cut)}</blockquote>')
        if len(words) > MAX_QUOTE:
            self.say(
                "text_cut", shown=number(MAX_QUOTE, self.lang), total=number(len(words), self.lang)
            )

    def table(
        self,
        frame: pd.DataFrame,
        name: str,
        *,
        caption: str | None = None,
        resource: str | None = None,
        source: str = "source.documents",
        **values: object,
    ) -> None:
        """Show a table with labelled columns and coded values translated, numbered with its
        ``caption`` (a catalogue key, filled with ``values``) and a ``source`` line; also write
        it to ``tables/<report>--<name>.csv`` (same labels, numbers kept as numbers, cells a
        spreadsheet would run neutralised), its spreadsheet variant and its description
        (``report.downloads``). ``resource`` names the table whose column titles apply where
        a column name means something else elsewhere."""
        labelled = label_table(frame, self.lang, resource)
        path = self.reports / "tables" / f"{self.name}--{name}.csv"
        numbered = bool(caption) and not labelled.empty
        if numbered:
            self.tables += 1
        info = TableInfo(
            table=path.stem,
            report=self.name,
            lang=self.lang,
            rows=len(labelled),
            columns=describe_columns(frame, labelled, resource),
            number=self.tables if numbered else None,
            label=self.t("table.label", number=self.tables) if numbered else "",
            caption=self.t(caption, **values) if caption else "",
            source=self.t(source),
            section=self.section,
            order=self._next_file(),
        )
        write_table_files(labelled, path, info)
        if labelled.empty:
            _show(f"<p>{html.escape(self.t('no_rows'))}</p>")
            return
        head = frame.head(MAX_ROWS)
        shown = display_numbers(labelled.head(MAX_ROWS), head, self.lang, resource)
        numeric = [_unit_of(c, resource) is not None or _is_number(head[c]) for c in head.columns]
        as_written = frame.attrs.get("document_text_columns", ())
        finnish = [
            self.lang != "fi" and (_is_document_text(c) or c in as_written) for c in head.columns
        ]
        code = [c in frame.attrs.get("code_columns", ()) for c in head.columns]
        spans = [c in frame.attrs.get("code_span_columns", ()) for c in head.columns]
        caption_html = ""
        if numbered:
            caption_html = (
                f'<caption id="{self.name}-table-{self.tables}"><span class="label">'
                f"{html.escape(info.label)}</span> {html.escape(info.caption)}</caption>"
            )
        _show(
            f'<div class="table-wrap">{_html_table(shown, numeric, caption_html, finnish, code, spans)}</div>'
            f'<p class="source">{html.escape(info.source)}</p>'
            f"{self._download(path, len(labelled))}"
        )

    def tables_by_project(
        self, frame: pd.DataFrame, name: str, caption: str, all_caption: str, **options
    ) -> None:
        """A table per project under its code while there are few projects; beyond
        ``MAX_PROJECT_TABLES`` one table with the project code first (a page of hundreds of
        tables is read by no one, and costs a second per hundred tables to make)."""
        projects = frame["project_code"].nunique()
        if projects > MAX_PROJECT_TABLES:
            self.say("project_tables_joined", count=number(projects, self.lang))
            self.table(frame, name, caption=all_caption, **options)
            return
        columns = [c for c in frame.columns if c != "project_code"]
        for code, mine in frame.groupby("project_code"):
            self.subheading(code)
            self.table(
                mine[columns], f"{name}_{code}", caption=caption, project_code=code, **options
            )

    def _next_file(self) -> int:
        self.files += 1
        return self.files

    def _download(self, path: Path, rows: int) -> str:
        """The links to a table's CSV and to its spreadsheet variant, saying how many rows
        the page left out."""
        more = (
            f'<span class="rows-cut">'
            f"{html.escape(self.t('rows_cut', shown=MAX_ROWS, total=number(rows, self.lang)))}"
            "</span> "
            if rows > MAX_ROWS
            else ""
        )
        variant = spreadsheet_path(path).relative_to(path.parent.parent).as_posix()
        return (
            f'<p class="download">{more}{html.escape(self.t("table_files"))}: '
            f'<a href="tables/{html.escape(path.name)}" title="{html.escape(self.t("csv.plain_hint"))}">'
            f"{html.escape(self.t('csv.plain'))}</a> · "
            f'<a href="{html.escape(variant)}" title="{html.escape(self.t("csv.spreadsheet_hint"))}">'
            f"{html.escape(self.t('csv.spreadsheet'))}</a></p>"
        )

    def answers(self, said: list, links: list[str | None] | None = None) -> None:
        """The evaluation questions answered (``analyses.answers.Said``), key figure first;
        ``links`` lead to each answer's evidence."""
        _show(answers_html(said, self.lang, links))

    def coverage(self, cover, name: str = "coverage") -> None:
        """What the report covers, and each project left out with the reason."""
        if cover.left_out.empty:
            self.say("coverage.all", total=cover.total)
            return
        self.say("coverage.some", covered=cover.covered, total=cover.total)
        self.table(cover.left_out, name, caption="coverage.caption")

    def evidence(
        self,
        evidence: pd.DataFrame,
        name: str,
        coded: tuple[str, ...] = ("categories",),
        caption: str = "covid.evidence_caption",
    ) -> None:
        """Evidence sentences with their matched terms highlighted (all text escaped), after
        the project, the section and the ``coded`` columns (values translated, lists split on
        ";"); the same rows go to ``tables/<report>--<name>.csv``."""
        if evidence.empty:
            _show(f"<p>{html.escape(self.t('no_rows'))}</p>")
            return
        columns = ["project_code", "section", *coded, "sentence"]
        path = self.reports / "tables" / f"{self.name}--{name}.csv"
        written = evidence[[*columns, "matched_terms"]]
        labelled = label_table(written, self.lang)
        info = TableInfo(
            table=path.stem,
            report=self.name,
            lang=self.lang,
            rows=len(labelled),
            columns=describe_columns(written, labelled),
            source=self.t("source.documents"),
            section=self.section,
            order=self._next_file(),
        )
        write_table_files(labelled, path, info)
        head = "".join(f"<th>{html.escape(column_label(c, self.lang))}</th>" for c in columns)
        rows = []
        for row in evidence.head(MAX_ROWS).to_dict("records"):
            cells = [row["project_code"], value_label(row["section"], self.lang)]
            for column in coded:
                codes = "" if pd.isna(row[column]) else str(row[column])
                cells.append(
                    ", ".join(str(value_label(c, self.lang)) for c in codes.split(";") if c)
                )
            shown = "".join(f"<td>{html.escape(str(cell))}</td>" for cell in cells)
            marked = highlight(row["sentence"], str(row["matched_terms"]).split(";"))
            rows.append(f'<tr>{shown}<td lang="fi">{marked}</td></tr>')
        self.tables += 1
        caption_html = (
            f'<caption id="{self.name}-table-{self.tables}"><span class="label">'
            f"{html.escape(self.t('table.label', number=self.tables))}</span> "
            f"{html.escape(self.t(caption))}</caption>"
        )
        _show(
            f'<div class="table-wrap"><table class="data">{caption_html}<thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table></div>"
            f'<p class="source">{html.escape(self.t("source.documents"))}</p>'
            f"{self._download(path, len(evidence))}"
        )

    def figure(
        self,
        chart,
        name: str,
        caption: str | None = None,
        alt: str | None = None,
        *,
        source: str = "source.documents",
        **values: object,
    ) -> None:
        """Show a figure (a ``plots.Chart``, or a bare matplotlib figure), numbered, with its
        ``caption`` (a catalogue key filled with ``values``), how many projects it shows out of
        how many and the chart's note of what it leaves out, alt text (``alt``, else the
        chart's own key, else the caption) and a ``source`` line. Saved as SVG and 300-dpi PNG;
        the page's image is that PNG scaled down, so the figure is rendered to pixels once."""
        fig = getattr(chart, "figure", chart)
        folder = self.reports / "figures"
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{self.name}--{name}"
        png, pixels = save_figure(fig, folder / f"{stem}.svg")
        _close(fig)
        (folder / f"{stem}.png").write_bytes(png)
        self.figures += 1
        data = base64.b64encode(page_image(pixels)).decode("ascii")
        alt = alt or getattr(chart, "alt", None)
        note = getattr(chart, "note", "")
        words = " ".join(filter(None, [self.t(caption or alt, **values), self._count(chart), note]))
        alt_text = " ".join(filter(None, [self.t(alt, **values), note])) if alt else words
        files = " · ".join(
            f'<a href="figures/{stem}.{ext}">{ext.upper()}</a>' for ext in ("svg", "png")
        )
        label = html.escape(self.t("figure.label", number=self.figures))
        _show(
            f'<figure id="{self.name}-figure-{self.figures}">'
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt_text, quote=True)}">'
            f'<figcaption><span class="label">{label}</span> {html.escape(words)} '
            f'<span class="source">{html.escape(self.t(source))}</span> '
            f'<span class="download">{html.escape(self.t("figure_files"))}: {files}</span>'
            "</figcaption></figure>"
        )

    def _count(self, chart) -> str:
        """ "Shows 3 projects of 5"; nothing for a figure of one project drawn whole."""
        shown, total = getattr(chart, "shown", None), getattr(chart, "total", None)
        if shown is None or (shown == total == 1):
            return ""
        return self.t(
            "figure.count", count=_Grouped(shown, self.lang), total=number(total, self.lang)
        )


class _Grouped(int):
    """A count that picks the plural form as a number and is written grouped (1 200)."""

    def __new__(cls, value: int, lang: str) -> _Grouped:
        count = super().__new__(cls, value)
        count.lang = lang
        return count

    def __format__(self, spec: str) -> str:
        return number(int(self), self.lang)


def save_figure(fig, svg: Path) -> tuple[bytes, Image.Image]:
    """Save ``fig`` as SVG; return it as a 300-dpi PNG and as those pixels, all from one
    layout and one rendering to pixels.

    ``savefig`` with a tight bounding box lays a figure out afresh for each file (a draw
    with its output switched off, constrained layout included) before drawing it. Here that
    is done once, at the PNG's resolution as savefig does it for the PNG, and the PNG is
    written from the pixels as savefig writes it (the same bytes); the SVG has the same
    geometry. The figure keeps that layout."""
    import matplotlib as mpl
    import matplotlib.image

    dpi = fig.dpi
    fig.dpi = FIGURE_DPI
    try:
        fig.draw_without_rendering()
        box = fig.get_tightbbox()
    finally:
        fig.dpi = dpi
    box = box.padded(mpl.rcParams["savefig.pad_inches"])  # as savefig pads a tight box
    fig.set_layout_engine("none")
    raw = io.BytesIO()
    fig.savefig(raw, format="rgba", dpi=FIGURE_DPI, bbox_inches=box)
    # Agg's canvas is the box at the resolution, in whole pixels (its int() of each side)
    width, height = int(box.width * FIGURE_DPI), int(box.height * FIGURE_DPI)
    if len(raw.getbuffer()) != width * height * 4:  # never seen; the PNG is then read back
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=FIGURE_DPI, bbox_inches=box)
        image = Image.open(png)
    else:
        pixels = np.frombuffer(raw.getbuffer(), np.uint8).reshape(height, width, 4)
        png = io.BytesIO()
        matplotlib.image.imsave(
            png, memoryview(pixels), format="png", origin="upper", dpi=FIGURE_DPI
        )  # as FigureCanvasAgg.print_png
        image = Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", 0, 1)
    # SVGs carry no date (and plots fixes svg.hashsalt), so reruns give the same bytes.
    fig.savefig(svg, bbox_inches=box, metadata={"Date": None})
    return png.getvalue(), image


PAGE_DPI = 110  # the figure embedded in the page; the PNG file has FIGURE_DPI


def page_image(image: Image.Image) -> bytes:
    """The 300-dpi figure scaled to the page's resolution (Pillow, Lanczos), as a PNG."""
    if image.mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255):
        image = image.convert("RGB")  # opaque: the same pixels, scaled in half the time
    scale = PAGE_DPI / FIGURE_DPI
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    out = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(out, format="png", dpi=(PAGE_DPI,) * 2)
    return out.getvalue()


def answers_html(said: list, lang: str, links: list[str | None] | None = None) -> str:
    """Answer boxes: the question, its key figure and what the figure is, the sentences
    behind it, its review status, quoted evidence (escaped, matched words marked), its
    uncertainty and coverage in words, and a link to the evidence."""
    boxes = []
    for i, answer in enumerate(said):
        parts = [
            f'<div class="answer"><h3 id="answer-{i + 1}">{html.escape(answer.question)}</h3>',
            f'<p class="figure">{html.escape(answer.figure)}</p>',
            _bar(answer.share),
            f"<p>{html.escape(answer.figure_label)}</p>",
            *(f"<p>{html.escape(s)}</p>" for s in answer.sentences),
        ]
        if answer.review:
            status = "status_confirmed" if answer.is_confirmed else "status_waiting"
            kind = "status confirmed" if answer.is_confirmed else "status"
            parts.append(
                f'<p><span class="{kind}">{html.escape(text(f"answer.{status}", lang))}</span> '
                f"{html.escape(answer.review)}</p>"
            )
        for words, terms, review in answer.quotes:
            mark = "" if review in ("accepted", "corrected") else " waiting"
            parts.append(
                f'<blockquote class="document-text{mark}" lang="fi">'
                f"{highlight(words, list(terms))}</blockquote>"
            )
        for key, words in (("uncertainty", answer.uncertainty), ("coverage", answer.coverage)):
            if words:
                parts.append(
                    f'<p class="note"><strong>{html.escape(text(f"answer.{key}", lang))}:</strong> '
                    f"{html.escape(words)}</p>"
                )
        link = links[i] if links and i < len(links) else None
        if link:
            parts.append(
                f'<p><a href="{html.escape(link)}">{html.escape(text("answer.read_more", lang))}</a></p>'
            )
        parts.append("</div>")
        boxes.append("".join(parts))
    return f'<div class="answers">{"".join(boxes)}</div>'


def _bar(share: float | None) -> str:
    """A realisation as a bar (decoration: the figure beside it says it in words); over 100 %
    the bar is full and marked."""
    if share is None:
        return ""
    width = max(0.0, min(float(share), 1.0)) * 100
    over = " over" if share > 1 else ""
    return (
        f'<div class="bar{over}" aria-hidden="true"><span style="width:{width:.1f}%"></span></div>'
    )


# Columns of analysis tables that hold codes rather than text (besides enum fields).
CODED = {"breakdown", "group", "indicator", "term", "reason", "size_band", "status",
         "applicant_org_type", "org_type"}  # fmt: skip
# Analysis columns (not in the metadata) that hold shares: shown as percentages.
_RATIO_ENDINGS = ("_realisation", "realisation", "_share")
_RATIOS = {"test", "dev", "share_under_80"}  # accuracy figures, programme shares
# Columns that hold lists of codes separated by ";".
CODE_LISTS = {"categories", "adaptations", "adaptations_confirmed"}


def label_table(frame: pd.DataFrame, lang: str, resource: str | None = None) -> pd.DataFrame:
    """Columns renamed to their report labels, coded values (enum members, booleans)
    translated; document text is left as written."""
    fields = {f.name: f for f in RESOURCES[resource].fields} if resource else {}
    labelled = frame.copy().astype(object)
    for column in labelled.columns:
        field = fields.get(column) or FIELDS.get(column)
        coded = column in CODED or bool(field and (field.enum or field.type == "boolean"))
        if column in CODE_LISTS:
            labelled[column] = labelled[column].map(lambda v: _shown_list(v, lang))
        else:
            labelled[column] = labelled[column].map(lambda v, coded=coded: _shown(v, lang, coded))
    titles = {name: f.title(lang) for name, f in fields.items()}
    return labelled.rename(
        columns={c: titles.get(c) or column_label(c, lang) for c in labelled.columns}
    )


def _shown(value: object, lang: str, coded: bool) -> object:
    """A cell as a reader (and a spreadsheet) wants it: no NaN or <NA>, whole numbers
    without '.0', dates as ISO dates, codes in the report language."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return "" if pd.isna(value) else int(value) if value.is_integer() else value
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if type(value).__name__ in ("bool", "bool_") or coded:
        return value_label(value, lang)
    return value


def _shown_list(value: object, lang: str) -> str:
    if not isinstance(value, str):
        return ""
    return ", ".join(str(value_label(code, lang)) for code in value.split(";") if code)


# Analysis columns (not in the metadata) that count something: grouped like quantities.
_COUNTS = {"projects", "rows", "count", "planned", "realised", "realised_count", "planned_persons",
           "realised_persons", "planned_persons_reported"}  # fmt: skip


def _unit_of(column: str, resource: str | None = None) -> str | None:
    """What a column measures, for the page: "ratio", "EUR", a counted unit, or None (a
    number that is an identifier: a year, a line, a position)."""
    fields = {f.name: f for f in RESOURCES[resource].fields} if resource else {}
    field = fields.get(column) or FIELDS.get(column)
    if column.endswith("_eur"):
        return "EUR"
    if field is not None:
        return field.unit
    if column.endswith(_RATIO_ENDINGS) or column in _RATIOS:
        return "ratio"
    if column in _COUNTS or column.endswith(("_count", "_days")):
        return "count"
    return None


def describe_columns(
    frame: pd.DataFrame, labelled: pd.DataFrame, resource: str | None = None
) -> list[Column]:
    """Each column's title, type and unit as the CSV holds it: coded values and booleans
    are text (they are translated), numbers are numbers, dates ISO dates."""
    fields = {f.name: f for f in RESOURCES[resource].fields} if resource else {}
    described = []
    for position, (original, title) in enumerate(zip(frame.columns, labelled.columns, strict=True)):
        field = fields.get(original) or FIELDS.get(original)
        values = [v for v in labelled.iloc[:, position] if not (isinstance(v, str) and v == "")]
        if original in CODED or original in CODE_LISTS or (field and field.enum):
            kind = "string"
        elif field is not None:
            kind = "string" if field.type == "boolean" else field.type
        elif pd.api.types.is_datetime64_any_dtype(frame[original]):
            kind = "date"
        elif values and all(_is_real(v) and float(v).is_integer() for v in values):
            kind = "integer"
        elif values and all(_is_real(v) for v in values):
            kind = "number"
        else:
            kind = "string"
        unit = _unit_of(original, resource) if kind in ("integer", "number") else None
        described.append(Column(str(original), str(title), kind, unit))
    return described


def _is_real(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def display_numbers(
    labelled: pd.DataFrame, frame: pd.DataFrame, lang: str, resource: str | None = None
) -> pd.DataFrame:
    """For the page only: numbers, shares and dates in the report language's style (Babel):
    ratios as percentages, quantities grouped, identifiers such as years as they are, dates
    as d.m.yyyy (the CSV keeps plain numbers and ISO dates)."""
    shown = labelled.copy()
    for original, column in zip(frame.columns, labelled.columns, strict=True):
        unit = _unit_of(original, resource)
        shown[column] = [_page_value(v, lang, unit) for v in labelled[column]]
    return shown


def _page_value(value: object, lang: str, unit: str | None) -> object:
    if isinstance(value, str) and unit is None:
        try:  # an ISO date as the CSV holds it
            return (
                format_date(pd.Timestamp(value).date(), lang)
                if _ISO_DATE.fullmatch(value)
                else value
            )
        except ValueError:
            return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if unit == "ratio":
        return format_percent(value, lang)
    if unit is None:
        return str(value) if isinstance(value, int) else format_number(value, lang, None)
    return format_number(value, lang, 0 if float(value).is_integer() else None)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_document_text(column: str) -> bool:
    field = FIELDS.get(column)
    return field is not None and field.is_document_text


def _html_table(
    shown: pd.DataFrame,
    numeric: list[bool],
    caption_html: str,
    finnish: list[bool] | None = None,
    code: list[bool] | None = None,
    spans: list[bool] | None = None,
) -> str:
    """A data table: every cell escaped, numbers right-aligned, document text marked Finnish
    (``finnish``: on pages in another language), names a program uses set as code (the whole
    cell where ``code``; names and ISO dates inside prose where ``spans``)."""
    code = code or [False] * len(numeric)
    spans = spans or [False] * len(numeric)
    kinds = [' class="num"' if is_num else "" for is_num in numeric]
    heads = "".join(
        f'<th{kind} scope="col">{html.escape(str(c))}</th>'
        for c, kind in zip(shown.columns, kinds, strict=True)
    )
    if finnish:
        kinds = [k + (' lang="fi"' if fi else "") for k, fi in zip(kinds, finnish, strict=True)]
    rows = []
    for row in shown.itertuples(index=False):
        cells = "".join(
            f"<td{kind}><code>{html.escape(str(v))}</code></td>"
            if is_code
            else f"<td{kind}>{_code_spans(html.escape(str(v))) if in_prose else html.escape(str(v))}</td>"
            for v, kind, is_code, in_prose in zip(row, kinds, code, spans, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="data">{caption_html}<thead><tr>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# names as a program writes them (snake_case with an underscore) and ISO dates, in prose
_PROGRAM_WORDS = re.compile(r"\b(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\d{4}-\d{2}-\d{2})\b")


def _code_spans(escaped: str) -> str:
    return _PROGRAM_WORDS.sub(lambda m: f"<code>{m.group(0)}</code>", escaped)


def _escape_lines(words: str) -> str:
    return "<br>".join(html.escape(line) for line in words.split("\n"))


_SINK: list[str] | None = None  # set while a notebook is rendered without a kernel


@contextmanager
def shown_into(sink: list[str]):
    """While inside, what a Report shows goes to ``sink`` instead of to IPython's display
    (``report.plain`` runs a card's cells in this process)."""
    global _SINK
    previous, _SINK = _SINK, sink
    try:
        yield sink
    finally:
        _SINK = previous


def _show(markup: str) -> None:
    if _SINK is not None:
        _SINK.append(markup)
        return
    from IPython.display import HTML, display

    display(HTML(markup))


def _close(fig) -> None:
    import matplotlib.pyplot as plt

    plt.close(fig)


def highlight(sentence: str, terms: list[str]) -> str:
    """The sentence escaped, with each matched term wrapped in <mark> (the terms are found
    in the raw text first, so escaping can never be undone by the markup)."""
    spans = []
    for term in sorted(filter(None, terms), key=len, reverse=True):
        for match in re.finditer(re.escape(term), sentence):
            if not any(s < match.end() and match.start() < e for s, e in spans):
                spans.append(match.span())
    out, cursor = [], 0
    for start, end in sorted(spans):
        out.append(html.escape(sentence[cursor:start]))
        out.append(f"<mark>{html.escape(sentence[start:end])}</mark>")
        cursor = end
    out.append(html.escape(sentence[cursor:]))
    return "".join(out)
