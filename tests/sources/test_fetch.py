"""`analyysi fetch` against a local server started by the test: every page fetched, reruns
resume, failures reported without stopping the others, nothing requested for a bad code."""

from __future__ import annotations

import csv
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import SEEDS

from analyysi.cli import main
from analyysi.sources.fetch import Settings, fetch

PAGES = {"S22196": SEEDS[0], "S22106": SEEDS[1], "S22084": SEEDS[2]}


def _page(code: str) -> bytes:
    text = PAGES[code].read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()


class Service(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []
    flaky: ClassVar[dict[str, int]] = {}

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        code = query.get("projektikoodi", [""])[0]
        Service.requests.append(code)
        if code in PAGES:
            if Service.flaky.get(code, 0) > 0:  # fails twice with 503, then answers
                Service.flaky[code] -= 1
                return self._send(503, b"busy")
            return self._send(200, _page(code))
        if code == "S90001":  # not a description: the service's front page
            return self._send(200, b"<html><body><h1>Rakennerahastot</h1></body></html>")
        if code == "S90002":  # a page that never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if code == "S90003":  # answers too slowly
            time.sleep(2)
            return self._send(200, b"late")
        return self._send(404, b"not found")

    def _send(self, status: int, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def service():
    Service.requests, Service.flaky = [], {"S22106": 2}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Service)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/rrtiepa/projekti.php"
    server.shutdown()
    server.server_close()


def _manifest(folder):
    with open(folder / "fetch-manifest.csv", encoding="utf-8", newline="") as stream:
        return {row["project_code"]: row for row in csv.DictReader(stream)}


def test_fetch_gets_retries_resumes_and_reports(service, tmp_path):
    out = tmp_path / "raw"
    settings = Settings(out=out, base_url=service, delay=0.01, timeout=1.0, max_page_mb=1)
    codes = ["S22196", "S22106", "S99999", "S90001", "S90002", "S90003", "S22084"]
    lines: list[str] = []
    results = {r.project_code: r for r in fetch(codes, settings, progress=lines.append)}
    assert {c: r.result for c, r in results.items()} == {
        "S22196": "ok",
        "S22106": "ok",  # after two 503s
        "S99999": "not_found",
        "S90001": "not_a_description",
        "S90002": "too_large",
        "S90003": "failed",  # timed out, tried again, timed out
        "S22084": "ok",
    }
    assert Service.requests.count("S22106") == 3
    assert Service.requests.count("S99999") == 1  # a 404 is never retried
    assert sorted(p.name for p in out.glob("*.html")) == [
        "S22084.html",
        "S22106.html",
        "S22196.html",
    ]
    manifest = _manifest(out)
    assert manifest["S22196"]["http_status"] == "200" and len(manifest["S22196"]["sha256"]) == 64
    assert manifest["S99999"]["result"] == "not_found"
    assert lines[0].startswith("[1/7] S22196 ok") and lines[-1].startswith("[7/7] S22084 ok")

    Service.requests = []
    again = fetch(["S22196", "S22106", "S22084"], settings, progress=lambda _: None)
    assert [r.result for r in again] == ["already_here"] * 3
    assert Service.requests == []  # resumed: nothing downloaded twice
    fetch(["S22196"], Settings(**{**settings.__dict__, "refresh": True}), progress=print)
    assert Service.requests == ["S22196"]


def test_the_fetched_pages_parse(service, tmp_path, parse):
    out = tmp_path / "raw"
    settings = Settings(out=out, base_url=service, delay=0.0, timeout=5.0)
    assert all(r.is_ok for r in fetch(list(PAGES), settings, progress=lambda _: None))
    run = parse(out)
    assert sorted(r["project_code"] for r in run.table("projects")) == sorted(PAGES)
    assert not [r for r in run.issues() if r["source_file"] == "fetch-manifest.csv"]


def test_cli_exit_status_and_a_bad_code_refused_before_anything(service, tmp_path, capsys):
    out = tmp_path / "raw"
    common = ["--out", str(out), "--base-url", service, "--delay", "0", "--timeout", "2"]
    assert main(["fetch", "../../x", "S22196", *common]) == 2
    assert "not a project code" in capsys.readouterr().err
    assert Service.requests == [] and not out.exists()  # nothing requested, nothing written
    assert main(["fetch", "S22196", "S99999", *common]) == 1
    captured = capsys.readouterr()
    assert "S99999: not found" in captured.err and "ok: 1" in captured.out
    assert main(["fetch", "S22196", *common]) == 0
    assert "already here: 1" in capsys.readouterr().out


def test_codes_from_a_programme_list(service, tmp_path, capsys):
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,"
        "Toteuttajan nimi,A,B,C,D;\n"
        "S22196,ESR,Digituki,5,ELY,Toiminta päättynyt,1.9.2020,31.8.2021,X,1,1,1,1;\n"
        "S22106,ESR,Osaamisella,5,ELY,Toiminnassa,1.9.2020,31.8.2021,X,1,1,1,1;\n"
        "A72213,EAKR,Kasvu,1,Liitto,Toiminta päättynyt,1.9.2020,31.8.2021,X,1,1,1,1;\n",
        encoding="utf-8",
    )
    out = tmp_path / "raw"
    code = main(
        [
            "fetch",
            "--from-list",
            str(listing),
            "--fund",
            "ESR",
            "--status",
            "closed",
            "--out",
            str(out),
            "--base-url",
            service,
            "--delay",
            "0",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert Service.requests == ["S22196"]
