"""Reading a document file: size and binary checks, encoding, line ends."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

MAX_MB = 5  # larger files are rejected unread: no description is near this size (--max-file-mb)
_BOM = b"\xef\xbb\xbf"
# C0 control characters other than tab, line feed, form feed and carriage return.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
# A well-formed multi-byte UTF-8 sequence: a file with one is UTF-8, whatever else it holds.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


HTML_SUFFIXES = (".html", ".htm")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_FETCH = "fetch the page with `analyysi fetch CODE`, or save it from the browser as .html or .txt"
# What a file that is not read is, and what to do: by its name, then by its first bytes.
_KINDS = (
    ((b"%PDF",), (".pdf",), "a PDF; project descriptions are web pages, not PDFs: " + _FETCH),
    (
        (b"\xd0\xcf\x11\xe0",),
        (".doc", ".docx", ".odt", ".rtf", ".pages"),
        "a word-processor document: save it as plain text (.txt, UTF-8), or " + _FETCH,
    ),
    (
        (),
        (".xlsx", ".xlsm", ".xls", ".ods", ".csv"),
        "a spreadsheet or list, not a description; a programme project list is given with "
        "`analyysi run --project-list FILE`",
    ),
    (
        (),
        (".mht", ".mhtml", ".webarchive", ".maff"),
        "a web archive: save the page as 'Web page, HTML only' (.html), or as text (.txt)",
    ),
    (
        (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*"),
        (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic"),
        "an image; a description is read from its text: " + _FETCH,
    ),
    (
        (b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!"),
        (".zip", ".7z", ".rar", ".gz", ".tgz", ".tar"),
        "an archive: unpack it, or save its descriptions as .txt or .html into the folder",
    ),
)


def identify_file(path: Path, head: bytes = b"") -> str | None:
    """What a file that cannot be a description is, and what to do about it, from its name or
    else its first bytes (a PDF named .txt); None when neither tells."""
    for _, suffixes, what in _KINDS:
        if path.suffix.lower() in suffixes:
            return what
    for magics, _, what in _KINDS:
        if magics and head.startswith(magics):
            return what
    return _UTF16_WITHOUT_BOM if _looks_like_utf16(head) else None


_UTF16_WITHOUT_BOM = (
    "UTF-16 text without a byte-order mark: open it and save it again as UTF-8 (in Notepad: "
    "Save as, Encoding UTF-8)"
)


def _looks_like_utf16(head: bytes) -> bool:
    """Mostly text with a zero byte beside every character: UTF-16 that lost its mark."""
    sample = head[:4096]
    if len(sample) < 4:
        return False
    odd, even = sample[1::2], sample[0::2]
    return odd.count(0) > 0.9 * len(odd) or even.count(0) > 0.9 * len(even)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


class RejectedFile(Exception):
    """The file cannot be read as a text document; the message says why."""


@dataclass(frozen=True)
class Document:
    """The text of one input file, split into lines (without line ends)."""

    source_file: str  # path relative to the raw folder, with '/' separators
    sha256: str
    encoding: str
    lines: tuple[str, ...]
    mixed_encoding_line: int | None = None  # first line with bytes that are not UTF-8


def read_document(path: Path, source_file: str, max_mb: float = MAX_MB) -> Document:
    """Read ``path``; raise ``RejectedFile`` if it is empty, too large or binary. A web page
    (``.html``, ``.htm``, or text that starts as one) is turned into the text form of the
    bundled files (``analyysi.documents.html``); its line numbers are those of that text.

    UTF-8 (with or without byte-order mark) is tried first, then Windows-1252, with the five
    bytes Windows-1252 leaves undefined read as Latin-1, so no byte is ever lost or replaced.
    A UTF-8 file with a few stray Windows-1252 bytes (an edit in another program) keeps its
    UTF-8 and only the stray bytes are read as Windows-1252; ``mixed_encoding_line`` says where.
    """
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise RejectedFile(
            f"file is {size / 1024 / 1024:.1f} MB, larger than the {max_mb:g} MB limit "
            "(a description is well under 1 MB; raise the limit with --max-file-mb)"
        )
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    is_utf16 = data.startswith(_UTF16_BOMS)
    if is_utf16:  # what Windows Notepad saves as "Unicode"
        try:
            data = _BOM + data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise RejectedFile(
                "file starts as UTF-16 text but is not: open it and save it again as UTF-8"
            ) from None
    if not data.strip(_BOM + b" \t\r\n"):
        raise RejectedFile("file is empty")
    if b"\x00" in data or _control_share(data) > 0.01:
        what = identify_file(path, data[:4096]) or (
            "binary data: save the description as text (.txt, UTF-8) or as a web page (.html)"
        )
        raise RejectedFile(f"file is not text but {what}")
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(data):
        from analyysi.documents.html import decode_html, html_to_text

        markup, encoding = decode_html(data)
        text, encoding, mixed_line = html_to_text(markup), f"html ({encoding})", None
        if not text.strip():
            raise RejectedFile("web page without text")
    else:
        text, encoding, mixed_line = decode_text(data)
    if is_utf16:
        encoding = encoding.replace("utf-8-sig", "utf-16")
    if "\r" in text:  # looking for "\r\n" costs as much as the split when there is none
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = tuple(text.split("\n"))
    return Document(source_file, sha256, encoding, lines, mixed_line)


def decode_text(data: bytes) -> tuple[str, str, int | None]:
    """Bytes to text by the project's rule (see ``read_document``): the text, the encoding
    used, and the first line with bytes that are not UTF-8 in an otherwise UTF-8 text."""
    if data.startswith(_BOM):
        data, encoding = data[len(_BOM) :], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8"), encoding, None
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            mixed_line = data[: exc.start].count(b"\n") + 1
            return data.decode("utf-8", errors="analyysi-cp1252"), "utf-8+windows-1252", mixed_line
        return data.decode("cp1252", errors="analyysi-latin-1"), "windows-1252", None


def _control_share(data: bytes) -> float:
    sample = data[:65536]
    return (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample)  # one pass


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("latin-1"), error.end


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="analyysi-latin-1"), error.end


codecs.register_error("analyysi-latin-1", _latin1_fallback)
codecs.register_error("analyysi-cp1252", _cp1252_fallback)
