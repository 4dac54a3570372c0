"""What a reader sees of a report page in a real browser, checked: the page at a desktop and at
a phone's width, printed, its words and its structure. Each check returns its problems as
"page: problem" lines (an empty list when the page is fine); ``check_page`` runs them all.

The browser is a Selenium Chrome driver (Debian's headless Chromium); the page widths and the
print are set through the DevTools protocol (``Emulation.*``, ``Page.printToPDF``).
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

DESKTOP = 1280
PHONE = 390
# The printable width of a page as the stylesheet's @page rules give it (size less the left
# and right margins), by page name ("" for the default page); a page with no size is A4.
_PAGES = r"""
const mm = 96 / 25.4;
const papers = {a5: [148, 210], a4: [210, 297], a3: [297, 420], letter: [215.9, 279.4]};
const length = v => {
  const n = parseFloat(v);
  if (!v || isNaN(n)) return 0;
  return v.endsWith('mm') ? n * mm : v.endsWith('cm') ? n * 10 * mm : v.endsWith('in') ? n * 96
    : v.endsWith('pt') ? n * 96 / 72 : n;
};
const widths = {};
const walk = rules => {
  for (const rule of rules) {
    if (rule instanceof CSSPageRule) {
      const words = (rule.style.size || 'A4').toLowerCase().split(/\s+/);
      const paper = papers[words.find(w => w in papers) || 'a4'];
      const width = (words.includes('landscape') ? paper[1] : paper[0]) * mm;
      widths[rule.selectorText.trim()] = Math.floor(
        width - length(rule.style.marginLeft) - length(rule.style.marginRight));
    } else if (rule.cssRules) {
      walk(rule.cssRules);
    }
  }
};
for (const sheet of document.styleSheets) walk(sheet.cssRules);
if (!('' in widths)) widths[''] = Math.floor(210 * mm);
return widths;
"""
LANGUAGES = ("fi", "en")
MIN_PHONE_FONT = 12  # px: the index's project table on a phone
MIN_PHONE_CELL = 120  # px: a narrower column shows a word or two a line

# Common words of the other language: one of them in a page's own text means a label or a
# sentence was left untranslated. Short and unambiguous (no word that is also Finnish, such as
# "on", or also English, such as "data").
ENGLISH_WORDS = frozenset({
    "the", "and", "of", "with", "for", "from", "this", "that", "these", "which", "are", "was",
    "were", "not", "none", "yes", "unknown", "other", "project", "projects", "funding",
    "planned", "realised", "realized", "total", "table", "figure", "share", "missing",
    "participants", "participant", "report", "reports", "page", "contents", "source", "back",
    "in", "is", "to", "by", "or", "at", "has", "have", "will", "all", "only", "also", "than",
    "string", "integer", "number", "boolean", "date",
})  # fmt: skip
FINNISH_WORDS = frozenset({
    "ja", "ei", "tai", "sekä", "että", "joka", "jotka", "ovat", "oli", "kyllä", "hanke",
    "hankkeen", "hankkeet", "hankkeita", "hankkeiden", "taulukko", "kuvio", "yhteensä", "euroa",
    "puuttuu", "lähde", "sisällys", "rahoitus", "osallistujat", "suunniteltu", "toteutunut",
    "muu", "tuntematon", "vuosi", "myös", "vain", "kun", "jos", "eivät", "kuin", "tämä",
    "nämä", "toteuma", "toteutuma", "kaikki", "kaikkiaan", "mukana", "kanssa",
})  # fmt: skip
# Raw values of the code: field names and enum codes, Python's and pandas' words for nothing.
SNAKE_CASE = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/-])")
PYTHON_WORDS = re.compile(r"(?<![\w<])(?:True|False|NaN|NaT|None|nan|<NA>)(?![\w>])")
ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
# A decimal point in a quantity: a number with one point (a date 6.12.2026 or a version 3.11.2
# has two) followed by a unit, or any such number in a numeric cell or an answer's figure. A
# section number (osio 7.2, erityistavoite 10.1) is not a quantity and keeps its point.
DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.\d+(?![\d.])")
UNIT = re.compile(
    r"\s?(?:%|€|e\b|euro|milj|mrd|prosent|henkil|osallistuj|hankett|päivä|pv\b|vuot|kuukau|kk\b)"
)
# Names of files (parse_issues.csv) and command-line options (--project-list): words a reader
# types or opens, the same in both languages
FILE_OR_OPTION = re.compile(
    r"(?<![\w-])(?:[\w-]+\.(?:csv|json|xlsx|docx|html|ipynb|png|svg)|--[a-z][a-z-]*)\b"
)
# One of something with the plural word: "1 sentences", "1 virkettä" (Finnish says 1 virke)
ONE_MANY = {
    "en": re.compile(
        r"(?<![\d.,\u00a0\u202f])1\s(sentences|projects|participants|readings|figures|documents|"
        r"days|changes|kinds)\b"
    ),
    "fi": re.compile(
        r"(?<![\d.,\u00a0\u202f])1\s(virkettä|hanketta|osallistujaa|lukemaa|lukua|asiakirjaa|"
        r"päivää|muutosta|hankkeista)\b"
    ),
}
WORD = re.compile(r"[A-Za-zÅÄÖåäö]+")
FINNISH_LETTERS = re.compile(r"[äöåÄÖÅ]")  # on an English page, a word with them is Finnish
NUMBER_LABEL = re.compile(r"(\d+)\.")

# The text of a page as its reader meets it: text nodes and the attributes that are read
# (alt texts, the labels a phone shows before each cell of the index). Each piece says the
# language it is in (the nearest lang attribute) and whether it is code, quoted document text,
# the table of contents or the provenance footer.
_TEXT = r"""
const out = [];
const skipped = 'script, style, noscript, template';
function where(el) {
  const lang = (el.closest('[lang]') || document.documentElement).getAttribute('lang');
  const heading = el.closest('main') ? Array.from(document.querySelectorAll('h1,h2,h3'))
    .filter(h => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).pop() : null;
  return {
    lang: lang,
    code: !!el.closest('code, pre, kbd, samp'),
    quote: !!el.closest('blockquote.document-text, .quote, q, mark'),
    toc: !!el.closest('nav.toc'),
    footer: !!el.closest('footer'),
    tag: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
      ? '.' + el.className.trim().split(/\s+/).join('.') : ''),
    under: heading ? heading.textContent.trim().slice(0, 60) : '',
    column: (() => {  // a cell's column, by its heading
      const cell = el.closest('td');
      const head = cell && cell.closest('table').querySelector('thead tr');
      return head && head.cells[cell.cellIndex] ? head.cells[cell.cellIndex].textContent.trim() : '';
    })(),
  };
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (!el || el.closest(skipped) || !node.nodeValue.trim()) continue;
  out.push(Object.assign(where(el), {text: node.nodeValue}));
}
for (const el of document.querySelectorAll('[alt], [data-label], [title], [aria-label]')) {
  for (const name of ['alt', 'data-label', 'title', 'aria-label']) {
    const value = el.getAttribute(name);
    if (value && value.trim()) out.push(Object.assign(where(el), {text: value, attribute: name}));
  }
}
return out;
"""

# Elements that stick out of the viewport's width and are not inside a container that scrolls
# them (the outermost such element of each branch is named). Printed (given the widths of the
# named pages), an element on a wider named page may reach as far as that page is wide.
_OVERFLOW = r"""
const rooms = arguments[0] || {};
const width = document.documentElement.clientWidth;
const pageOf = el => {
  for (; el; el = el.parentElement) {
    const page = getComputedStyle(el).page;
    if (page && page !== 'auto') return page;
  }
  return '';
};
const scrolls = el => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
  }
  return false;
};
const out = [];
let widest = 0;
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  const room = Math.max(width, rooms[pageOf(el)] || 0);
  if (!r.width || (r.right <= room + 1 && r.left >= -1) || scrolls(el)) continue;
  widest = Math.max(widest, Math.round(r.right));
  const p = el.parentElement.getBoundingClientRect();
  if (el.parentElement !== document.body && p.right > room + 1) continue;
  out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '') +
    ' "' + el.textContent.trim().slice(0, 40) + '" reaches ' + Math.round(r.right) + ' px');
}
return {width: width, scroll: arguments[0] ? widest : document.documentElement.scrollWidth,
        culprits: out.slice(0, 5)};
"""

# Each table of the page: its number or first column, how wide it is and how wide its place.
_TABLES = r"""
return Array.from(document.querySelectorAll('table')).map(t => {
  const label = t.querySelector('caption .label');
  const head = t.querySelector('th');
  const wrap = t.closest('.table-wrap') || t.parentElement;
  const cell = t.querySelector('td') || t.querySelector('th');
  const caption = t.querySelector('caption');
  return {
    name: label ? label.textContent.trim() : (head ? 'table "' + head.textContent.trim()
      .slice(0, 30) + '"' : 'a table'),
    cls: t.className,
    width: Math.ceil(t.getBoundingClientRect().width),
    scroll: t.scrollWidth,
    wrap: wrap.clientWidth,
    wrap_scroll: wrap.scrollWidth,
    page: (() => {  // the named page the table is printed on (the nearest one set)
      for (let el = t; el; el = el.parentElement) {
        const page = getComputedStyle(el).page;
        if (page && page !== 'auto') return page;
      }
      return '';
    })(),
    font: cell ? parseFloat(getComputedStyle(cell).fontSize) : 0,
    // how far the caption's words run past the right edge of what the container shows
    caption_past: caption ? Math.round(caption.getBoundingClientRect().right
      - Math.min(wrap.getBoundingClientRect().right, document.documentElement.clientWidth)) : 0,
    narrowest: Math.min(...Array.from(t.querySelectorAll('td'))
      .map(td => td.getBoundingClientRect().width).filter(w => w > 0)),
  };
});
"""

# Codes in data tables' cells (file and column names) laid out on more than one line (a long
# path in the parameters may wrap).
_BROKEN_CODES = r"""
const lines = el => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
};
return Array.from(document.querySelectorAll('table.data td code'))
  .filter(c => lines(c) > 1).map(c => c.textContent).slice(0, 5);
"""

# A sentence said twice in one answer box: [box's question, sentence].
_REPEATED = r"""
const out = [];
for (const box of document.querySelectorAll('.answer')) {
  const seen = new Set();
  for (const p of box.querySelectorAll('p')) {
    const words = p.textContent.trim();
    if (words && seen.has(words)) {
      out.push([(box.querySelector('h3') || {}).textContent || '', words]);
    }
    seen.add(words);
  }
}
return out;
"""

_HEADINGS = r"""
return Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main caption'))
  .filter(h => getComputedStyle(h).display !== 'none')
  .map(h => ({text: h.textContent.trim().slice(0, 50), after: getComputedStyle(h).breakAfter}));
"""

_STRUCTURE = r"""
const time = document.querySelector('nav.top time[datetime]');
const other = document.querySelector('a[hreflang]');
const labels = sel => Array.from(document.querySelectorAll(sel)).map(e => e.textContent.trim());
const toc = document.querySelector('nav.toc');
const numbers = toc ? Array.from(toc.querySelectorAll(':scope > ol > li')).map(li => ({
  n: (li.querySelector(':scope > .n') || {}).textContent || '',
  subs: Array.from(li.querySelectorAll(':scope > ol > li > .n')).map(s => s.textContent),
})) : [];
return {
  lang: document.documentElement.getAttribute('lang'),
  date: time ? time.textContent.trim() : '',
  other: other ? other.getAttribute('href') : null,
  other_lang: other ? other.getAttribute('hreflang') : null,
  tables: labels('caption .label'),
  figures: labels('figcaption .label'),
  toc: numbers,
};
"""


def cdp(driver, command: str, **params):
    return driver.execute_cdp_cmd(command, params)


def set_width(driver, width: int, media: str = "") -> None:
    """The page laid out at ``width`` CSS pixels (a phone's when narrow), for ``media``."""
    cdp(
        driver,
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=900,
        deviceScaleFactor=1,
        mobile=width < 600,
    )
    cdp(driver, "Emulation.setEmulatedMedia", media=media)


def reset(driver) -> None:
    cdp(driver, "Emulation.clearDeviceMetricsOverride")
    cdp(driver, "Emulation.setEmulatedMedia", media="")


def page_name(path: Path) -> str:
    """``en/01_funding.html`` or ``01_funding.html``: the page as the report folder has it."""
    return f"{path.parent.name}/{path.name}" if path.parent.name in LANGUAGES else path.name


def check_layout(driver, name: str, screenshots: Path | None = None) -> list[str]:
    """At a desktop's and at a phone's width the page does not scroll sideways (a wide table
    may scroll in its own container, its caption staying in view); on a phone the index's project table fits the screen
    without scrolling, in columns wide enough and letters large enough to read."""
    problems = []
    for label, width in (("desktop", DESKTOP), ("phone", PHONE)):
        set_width(driver, width)
        found = driver.execute_script(_OVERFLOW)
        if found["scroll"] > found["width"] + 1:
            problems.append(
                f"{name}: at {label} width ({width} px) the page scrolls sideways "
                f"({found['scroll']} px wide): {'; '.join(found['culprits']) or 'cause not found'}"
            )
        for code in driver.execute_script(_BROKEN_CODES):
            problems.append(
                f"{name}: at {label} width the code {code!r} in a table is broken across lines"
            )
        tables = driver.execute_script(_TABLES)
        for table in tables:
            if table["caption_past"] > 1:
                problems.append(
                    f"{name}: at {label} width the caption of {table['name']} runs "
                    f"{table['caption_past']} px past the edge of the screen: its words are cut "
                    "off until the table is scrolled"
                )
        if width == PHONE:
            for table in tables:
                if "index" not in table["cls"].split():
                    continue
                if table["wrap_scroll"] > table["wrap"] + 1 or table["width"] > found["width"]:
                    problems.append(
                        f"{name}: on a phone the project table is {table['width']} px wide "
                        f"for a {found['width']} px screen: it scrolls"
                    )
                if table["narrowest"] < MIN_PHONE_CELL:
                    problems.append(
                        f"{name}: on a phone the project table has a column "
                        f"{round(table['narrowest'])} px narrow (at least {MIN_PHONE_CELL})"
                    )
                if table["font"] < MIN_PHONE_FONT:
                    problems.append(
                        f"{name}: on a phone the project table's letters are {table['font']} px"
                        f" (at least {MIN_PHONE_FONT})"
                    )
        if screenshots is not None:
            _screenshot(driver, width, screenshots / f"{_stem(name)}-{label}.png")
    reset(driver)
    return problems


def check_print(driver, name: str, pdfs: Path | None = None) -> list[str]:
    """Printed (print media, at the printable width of the stylesheet's page), no table is wider
    than the page it is printed on (a named page of its own, such as a landscape one, counts),
    so no column is cut off; headings keep with what follows them (break-after: avoid);
    the page prints to a PDF."""
    problems = []
    widths = driver.execute_script(_PAGES)
    paper = widths[""]
    set_width(driver, paper, "print")
    found = driver.execute_script(_OVERFLOW, widths)
    for table in driver.execute_script(_TABLES):
        room = widths.get(table["page"], paper)
        wide = max(table["width"], table["scroll"])
        if wide > room + 1:
            where = f" page {table['page']!r}" if table["page"] else ""
            problems.append(
                f"{name}: printed, {table['name']} is {wide} px wide and the{where} page {room}"
                f" px: its last columns are cut off"
            )
    if found["culprits"] and not problems:
        problems.append(
            f"{name}: printed, the page is {found['scroll']} px wide and the paper {paper}"
            f" px: {'; '.join(found['culprits']) or 'cause not found'}"
        )
    for heading in driver.execute_script(_HEADINGS):
        if heading["after"] not in ("avoid", "avoid-page"):
            problems.append(
                f'{name}: printed, heading "{heading["text"]}" may be left alone at the foot of a '
                f"page (break-after: {heading['after']})"
            )
    reset(driver)
    pdf = cdp(driver, "Page.printToPDF", printBackground=True, preferCSSPageSize=True)
    data = base64.b64decode(pdf.get("data", ""))
    if not data.startswith(b"%PDF"):
        problems.append(f"{name}: printing to PDF gave no PDF")
    elif pdfs is not None:
        pdfs.mkdir(parents=True, exist_ok=True)
        (pdfs / f"{_stem(name)}.pdf").write_bytes(data)
    return problems


def check_words(driver, name: str) -> list[str]:
    """The page's own words: no field names, enum codes or Python's None/NaN outside code and
    quoted documents; no word of the other language outside quoted text (marked lang="fi" on
    English pages; there a word with ä, ö or å is Finnish too); no "1" with a plural word, no
    sentence twice in one answer box; no ISO dates outside code; a decimal comma in Finnish quantities. Names of
    files and command-line options are left out: a reader types them as they are."""
    problems: list[str] = []
    pieces = driver.execute_script(_TEXT)
    page_lang = driver.execute_script("return document.documentElement.getAttribute('lang');")
    foreign = ENGLISH_WORDS if page_lang == "fi" else FINNISH_WORDS
    seen = set()

    def report(problem: str, piece: dict) -> None:
        where = piece["tag"] + (f"[{piece['attribute']}]" if piece.get("attribute") else "")
        where += f' (column "{piece["column"]}")' if piece["column"] else ""
        under = f' under "{piece["under"]}"' if piece["under"] else ""
        line = f'{name}: {problem} in {where}{under}: "{_snippet(piece["text"])}"'
        if line not in seen:
            seen.add(line)
            problems.append(line)

    for piece in pieces:
        if piece["code"]:
            continue
        words = FILE_OR_OPTION.sub(" ", piece["text"])
        if not piece["quote"]:
            for token in SNAKE_CASE.findall(words):
                report(f"raw code {token!r}", piece)
            for token in PYTHON_WORDS.findall(words):
                report(f"raw value {token!r}", piece)
        if ISO_DATE.search(words):
            report(f"ISO date {ISO_DATE.search(words).group()!r}", piece)
        own_language = piece["lang"] == page_lang and not piece["quote"]
        if own_language and page_lang in ONE_MANY:
            for found in ONE_MANY[page_lang].finditer(words):
                report(f"one with a plural word {found.group()!r}", piece)
        if own_language:
            prose = SNAKE_CASE.sub(" ", words)  # a raw code is said once, above
            other = sorted(
                {
                    w
                    for w in WORD.findall(prose)
                    if w.lower() in foreign or (page_lang == "en" and FINNISH_LETTERS.search(w))
                }
            )
            if other:
                report(f"words of the other language {other}", piece)
        if page_lang == "fi" and own_language and not piece["toc"] and not piece["footer"]:
            numeric = any(c in piece["tag"].split(".") for c in ("num", "figure"))
            for found in DECIMAL_POINT.finditer(words):
                if numeric or UNIT.match(words, found.end()):
                    report(f"decimal point in {found.group()!r}", piece)
    for box, sentence in driver.execute_script(_REPEATED):
        problems.append(f'{name}: answer "{box}" says "{_snippet(sentence)}" twice')
    return problems


def check_structure(driver, name: str, path: Path) -> list[str]:
    """A date; a link to the same page in the other language (the page is there and in that
    language); tables and figures numbered 1, 2, 3; the contents numbered without gaps."""
    problems = []
    found = driver.execute_script(_STRUCTURE)
    if not re.search(r"\d", found["date"]):
        problems.append(f"{name}: no date on the page")
    if found["other"] is None:
        problems.append(f"{name}: no link to the page in the other language")
    else:
        target = (path.parent / found["other"]).resolve()
        other_lang = next(lang for lang in LANGUAGES if lang != found["lang"])
        if target.name != path.name:
            problems.append(
                f"{name}: the other language's link leads to {found['other']}, not to {path.name}"
            )
        elif not target.is_file():
            problems.append(f"{name}: the other language's page {found['other']} is missing")
        elif f'<html lang="{other_lang}"' not in target.read_text(encoding="utf-8"):
            problems.append(f"{name}: {found['other']} is not in language {other_lang!r}")
        if found["other_lang"] != other_lang:
            problems.append(
                f"{name}: the other language's link says hreflang={found['other_lang']}"
            )
    for kind in ("tables", "figures"):
        numbers = [_number(label) for label in found[kind]]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"{name}: {kind} numbered {numbers}, not 1, 2, 3…")
    sections = [item["n"].strip() for item in found["toc"]]
    if sections != [str(i) for i in range(1, len(sections) + 1)]:
        problems.append(f"{name}: the contents are numbered {sections}")
    for item in found["toc"]:
        subs = [s.strip() for s in item["subs"]]
        if subs != [f"{item['n'].strip()}.{i}" for i in range(1, len(subs) + 1)]:
            problems.append(f"{name}: the contents under {item['n']} are numbered {subs}")
    return problems


def check_page(driver, path: Path, screenshots: Path | None = None) -> list[str]:
    """Every check of one page (opened fresh)."""
    name = page_name(path)
    driver.get(path.as_uri())
    return [
        *check_structure(driver, name, path),
        *check_words(driver, name),
        *check_layout(driver, name, screenshots),
        *check_print(driver, name, screenshots),
    ]


SCREENSHOT_HEIGHT = 6000  # px: the whole page, or its first 6000 px


def _screenshot(driver, width: int, path: Path) -> None:
    """The whole page (down to SCREENSHOT_HEIGHT) as laid out at ``width``."""
    height = driver.execute_script("return document.documentElement.scrollHeight;")
    cdp(
        driver,
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=min(height, SCREENSHOT_HEIGHT),
        deviceScaleFactor=1,
        mobile=width < 600,
    )
    shot = cdp(driver, "Page.captureScreenshot", format="png")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))


def _stem(name: str) -> str:
    return name.replace("/", "-").removesuffix(".html")


def _number(label: str) -> int | None:
    found = NUMBER_LABEL.search(label)
    return int(found.group(1)) if found else None


def _snippet(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 80 else words[:77] + "…"
