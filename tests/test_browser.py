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


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"   # screenshots kept for a person to look at


def test_seed_example_in_a_real_browser(app_url):
    ARTIFACTS.mkdir(exist_ok=True)
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
            status = page.locator(".status").all_inner_texts()
            toasts = page.locator(".toast-body").count()
            files = page.locator("#files").inner_text()
            page.get_by_role("tab", name="Points").click()
            cell = page.locator("#points-table td .ar").first
            cell_direction = cell.evaluate("e => getComputedStyle(e).direction")
            cell_align = cell.evaluate("e => getComputedStyle(e).textAlign")
            headers = page.locator("#points-table th").all_inner_texts()
            empty_columns = page.evaluate("""() => {
                const table = document.querySelector('#points-table');
                const n = table.querySelectorAll('th').length;
                return [...Array(n).keys()].filter(k => [...table.querySelectorAll('tbody tr')]
                    .every(r => !r.children[k] || !r.children[k].innerText.trim())).length; }""")
            header_heights = page.evaluate("""() => [...document.querySelectorAll('#points-table th')]
                .map(th => th.getBoundingClientRect().height)""")
            page.screenshot(path=str(ARTIFACTS / "seed-example-points.png"), full_page=True)
            page.get_by_role("tab", name="Timeline").click()
            page.wait_for_selector("#timeline canvas, #timeline svg", timeout=30_000)
            page.screenshot(path=str(ARTIFACTS / "seed-example-timeline.png"), full_page=True)
            # The Points tab is chosen at full width: on a narrow screen Gradio folds the tabs that do not
            # fit into a menu, and which ones fold depends on the fonts and the timing of the layout.
            page.get_by_role("tab", name="Points").click()
            page.set_viewport_size({"width": 420, "height": 900})
            page.wait_for_selector("#points-table td .ar", state="visible", timeout=30_000)
            narrow_overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1")
            page.screenshot(path=str(ARTIFACTS / "seed-example-420px.png"), full_page=True)
        finally:
            browser.close()
    assert any("\u0600" <= c <= "\u06ff" for c in arabic)
    assert direction == "rtl" and text_align in ("start", "right")       # start is the right edge in rtl
    assert cell_direction == "rtl" and cell_align in ("right", "start")
    assert english.strip() and english != arabic        # the tiny translator's English
    assert len(status) == 1 and "Summary rewritten by" in status[0] and toasts == 0   # said once, no toast
    assert "reported by" in headers and empty_columns == 0
    assert max(header_heights) < 2 * min(header_heights) + 1             # no header broken inside a word
    assert not narrow_overflow
    assert all(seed in files for seed in ("000_f922e7772fa6ab27", "004_6afea4c6e43b9a86"))
    assert all((ARTIFACTS / name).stat().st_size > 10_000 for name in
               ("seed-example-points.png", "seed-example-timeline.png", "seed-example-420px.png"))
