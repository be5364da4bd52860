"""The web page in a real browser: Debian's chromium, driven headless by Playwright.

`.ci/run` installs chromium with apt-get; outside CI the test is skipped, saying
why, when /usr/bin/chromium is absent. Playwright downloads no browser here.
"""
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install chromium (apt-get install chromium) for the browser test")
    pytest.skip("no /usr/bin/chromium on this machine (apt-get install chromium to run the browser test)",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency: pip install -e '.[dev]'")


def test_seed_example_in_a_real_browser(app_url, tmp_path):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(app_url)
            page.click("#example")
            summary = page.locator("#summary-ar textarea")
            page.wait_for_function("document.querySelector('#summary-ar textarea')?.value.length > 0",
                                   timeout=120_000)
            arabic = summary.input_value()
            direction = summary.evaluate("e => getComputedStyle(e).direction")
            text_align = summary.evaluate("e => getComputedStyle(e).textAlign")
            english = page.locator("#summary-en textarea").input_value()
            badge = page.locator("#method-badge").inner_text()
            files = page.locator("#files").inner_text()
            screenshot = tmp_path / "seed-example.png"
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert any("\u0600" <= c <= "\u06ff" for c in arabic)
    assert direction == "rtl" and text_align in ("start", "right")       # start is the right edge in rtl
    assert english.strip() and english != arabic        # the tiny translator's English, or why there is none
    assert "Abstractive summary" in badge
    assert all(seed in files for seed in ("000_f922e7772fa6ab27", "004_6afea4c6e43b9a86"))
    assert screenshot.stat().st_size > 10_000
