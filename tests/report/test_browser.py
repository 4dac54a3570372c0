"""The reports in a real browser (headless Chromium): no console errors, every image loads.
Screenshots are kept under tests/output/screenshots/ for a look."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import ROOT

SCREENSHOTS = ROOT / "tests" / "output" / "screenshots"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,1600",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and chromedriver):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs chromium and chromium-driver")
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield driver
    driver.quit()


def test_every_report_opens_cleanly(rendered, browser):
    reports = rendered[0] / "reports"
    pages = sorted(reports.glob("*.html"))
    assert len(pages) >= 10
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for page in pages:
        browser.get(page.as_uri())
        errors = [
            entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
        ]
        broken = browser.execute_script(
            "return Array.from(document.images)"
            ".filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt);"
        )
        images = browser.execute_script("return document.images.length;")
        browser.save_screenshot(str(SCREENSHOTS / f"{page.stem}.png"))
        if errors or broken:
            problems.append((page.name, errors, broken))
        if page.stem.startswith(("00_", "03_")):  # cards carry no figure: a bar in their answer
            assert images >= 1, page.name
    assert problems == []


def test_the_check_sees_broken_images_and_console_errors(browser, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><body><img src="missing.png" alt="gone">'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    browser.get(page.as_uri())
    errors = [
        entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"
    ]
    broken = browser.execute_script(
        "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt);"
    )
    assert broken == ["gone"] and any("boom" in e for e in errors)
