"""``analyysi fetch``: project descriptions downloaded from the public service, politely.

One page at a time with a pause between requests (a second by default), the tool named in the
User-Agent, a transient failure (5xx, 429, a timeout, a dropped connection) retried with
back-off, a 404 never retried. Each page is kept as downloaded (``CODE.html``) beside a
manifest (``fetch-manifest.csv``: code, URL, time, HTTP status, SHA-256, bytes, result), so a
rerun downloads only what is missing (``refresh`` downloads again). A code that is not a letter
and 5 to 9 digits is refused before any request is made or file named; a page is read up to a
size limit and a request has a timeout.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from analyysi import __version__
from analyysi.documents.fields import PROJECT_CODE

BASE_URL = "https://www.eura2014.fi/rrtiepa/projekti.php"
MANIFEST = "fetch-manifest.csv"
MAX_PAGE_MB = 5  # a description page is well under 1 MB
TRANSIENT = {429, 500, 502, 503, 504}
RESULTS = ("ok", "already_here", "not_found", "not_a_description", "too_large", "failed", "refused")


@dataclass
class Fetched:
    project_code: str
    url: str
    result: str  # one of RESULTS
    http_status: int | None = None
    sha256: str | None = None
    bytes: int | None = None
    fetched_at: str | None = None
    message: str = ""

    @property
    def is_ok(self) -> bool:
        return self.result in ("ok", "already_here")


@dataclass(frozen=True)
class Settings:
    out: Path
    base_url: str = BASE_URL
    delay: float = 1.0  # seconds between requests
    refresh: bool = False
    timeout: float = 30.0  # seconds per request
    max_page_mb: float = MAX_PAGE_MB
    retries: int = 3  # further tries of a transient failure


def invalid_codes(codes: Iterable[str]) -> list[str]:
    """The codes that are not a letter and 5 to 9 digits (nothing is fetched for them)."""
    return [c for c in codes if not PROJECT_CODE.fullmatch(c)]


def fetch(
    codes: list[str],
    settings: Settings,
    progress: Callable[[str], None] = print,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Fetched]:
    """Download every page that is not here yet; one ``Fetched`` per code, in order."""
    import httpx

    wanted = list(dict.fromkeys(c.strip().upper() for c in codes if c.strip()))
    bad = set(invalid_codes(wanted))
    done = [] if bad == set(wanted) else _manifest(settings.out)
    results: list[Fetched] = []
    headers = {"User-Agent": f"analyysi/{__version__} (research software; one page a second)"}
    with httpx.Client(headers=headers, timeout=settings.timeout, follow_redirects=True) as client:
        asked = False
        for n, code in enumerate(wanted, start=1):
            url = f"{settings.base_url}?projektikoodi={code}"
            if code in bad:
                got = Fetched(code, "", "refused", message="not a project code")
            elif not settings.refresh and _is_here(settings.out, code, done):
                got = Fetched(code, url, "already_here")
            else:
                if asked:
                    sleep(settings.delay)
                asked = True
                got = _get(client, code, url, settings, sleep)
                if got.result == "ok" or code not in done:
                    done[code] = got
                _write_manifest(settings.out, done)
            results.append(got)
            progress(f"[{n}/{len(wanted)}] {code} {_said(got)}")
    return results


def _get(client, code: str, url: str, settings: Settings, sleep) -> Fetched:
    import httpx

    limit = int(settings.max_page_mb * 1024 * 1024)
    for attempt in range(settings.retries + 1):
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with client.stream("GET", url) as response:
                status = response.status_code
                if status in (404, 410):
                    return Fetched(code, url, "not_found", status, fetched_at=stamp)
                if status in TRANSIENT:
                    raise _Transient(f"HTTP {status}")
                if status != 200:
                    return Fetched(code, url, "failed", status, fetched_at=stamp,
                                   message=f"HTTP {status}")  # fmt: skip
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        return Fetched(
                            code, url, "too_large", status, fetched_at=stamp,
                            message=f"over the {settings.max_page_mb:g} MB limit for a page",
                        )  # fmt: skip
        except (_Transient, httpx.TimeoutException, httpx.TransportError) as exc:
            if attempt == settings.retries:
                message = str(exc) or type(exc).__name__
                return Fetched(code, url, "failed", fetched_at=stamp,
                               message=f"{message} ({attempt + 1} tries)")  # fmt: skip
            sleep(settings.delay * 2**attempt)  # back off: 1, 2, 4 × the delay
            continue
        data = bytes(body)
        if not _is_description(data, code):
            return Fetched(code, url, "not_a_description", status, fetched_at=stamp,
                           message="the page has no 'Hankekoodi' of this project")  # fmt: skip
        _write_atomically(settings.out / f"{code}.html", data)
        return Fetched(code, url, "ok", status, hashlib.sha256(data).hexdigest(), len(data), stamp)
    raise AssertionError("unreachable")


class _Transient(Exception):
    pass


def _is_description(data: bytes, code: str) -> bool:
    text = data.decode("utf-8", errors="replace")
    if code not in text and code not in data.decode("cp1252", errors="replace"):
        return False
    return "Hankekoodi" in text or "Hankekoodi" in data.decode("cp1252", errors="replace")


def _said(got: Fetched) -> str:
    if got.result == "ok":
        return f"ok ({got.bytes / 1024:.0f} KB)"
    if got.result == "already_here":
        return "already here"
    detail = f": {got.message}" if got.message else ""
    status = f" (HTTP {got.http_status})" if got.http_status else ""
    return f"{got.result.replace('_', ' ')}{status}{detail}"


def _manifest(out: Path) -> dict[str, Fetched]:
    path = out / MANIFEST
    if not path.is_file():
        return {}
    found = {}
    with open(path, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            found[row["project_code"]] = Fetched(
                row["project_code"],
                row["url"],
                row["result"],
                int(row["http_status"]) if row.get("http_status") else None,
                row.get("sha256") or None,
                int(row["bytes"]) if row.get("bytes") else None,
                row.get("fetched_at") or None,
                row.get("message", ""),
            )
    return found


def _is_here(out: Path, code: str, done: dict[str, Fetched]) -> bool:
    page = out / f"{code}.html"
    return code in done and done[code].result == "ok" and page.is_file()


def _write_manifest(out: Path, done: dict[str, Fetched]) -> None:
    columns = list(asdict(Fetched("", "", "")).keys())
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for code in sorted(done):
        writer.writerow({k: "" if v is None else v for k, v in asdict(done[code]).items()})
    _write_atomically(out / MANIFEST, text.getvalue().encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(tmp, path)
