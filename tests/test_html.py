"""The rendered report in a real browser (headless Chromium from Debian's packages, driven by selenium).

Each page must load from the file alone with no console error and no request to the network; every
interactive table must be a working DataTables table (search narrows the rows), every map a Leaflet
map with its boundaries and markers (a click opens a source card), every timeline a TimelineJS view
with slides; code is folded and can be shown. Pages checked: a scratch notebook that uses every display
helper (``tests/data/display_check.ipynb``, executed here), the committed notebooks rendered afresh,
and, with ``CHECK_HTML_DIR=folder`` (``make check-html OUT=folder``), a report folder of yours.

Without Chromium the test skips with a message; with ``REQUIRE_BROWSER=1`` (set by ``.ci/run``) it fails.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from analysis import paths

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  "--window-size=1280,1000"]
SCRATCH = paths.PROJECT_ROOT / "tests" / "data" / "display_check.ipynb"


def _binaries() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser():
    found = _binaries()
    if found is None:
        message = "Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; REQUIRE_BROWSER=1 is set")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = found[0]
    for flag in CHROMIUM_FLAGS:
        opts.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(found[1]), options=opts)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, script: str, timeout: float = 15.0):
    """Poll a JavaScript expression until it is truthy (or the time is up); return its last value."""
    end = time.monotonic() + timeout
    value = driver.execute_script(f"return {script}")
    while not value and time.monotonic() < end:
        time.sleep(0.2)
        value = driver.execute_script(f"return {script}")
    return value


def check_page(driver, page: Path) -> list[str]:
    """Open one rendered page and return every problem found (an empty list means it works)."""
    problems: list[str] = []
    driver.get_log("browser")  # drop anything left from the page before
    driver.get(page.resolve().as_uri())
    _wait(driver, "document.readyState === 'complete'")
    n_tables = driver.execute_script("return document.querySelectorAll('.analysis-table-wrap').length")
    n_maps = driver.execute_script("return document.querySelectorAll('.analysis-map').length")
    n_timelines = driver.execute_script("return document.querySelectorAll('.analysis-timeline').length")
    if n_tables:
        ready = _wait(driver, f"document.querySelectorAll('.analysis-table-wrap .dt-container').length === {n_tables}")
        if not ready:
            problems.append(f"{page.name}: {n_tables} interactive table(s), not all initialised by DataTables")
        else:
            problems += _check_search(driver, page)
    if n_maps:
        if not _wait(driver, "Array.from(document.querySelectorAll('.analysis-map')).every("
                             "m => m.analysisMap && m.querySelectorAll('path.leaflet-interactive').length > 1)"):
            problems.append(f"{page.name}: a map has no Leaflet boundaries or markers")
        else:
            problems += _check_popup(driver, page)
    if n_timelines and not _wait(driver, "Array.from(document.querySelectorAll('.analysis-timeline')).every("
                                         "t => t.classList.contains('tl-timeline') && t.querySelectorAll('.tl-slide').length > 0)"):
        problems.append(f"{page.name}: a timeline has no TimelineJS slides")
    problems += _check_code_folding(driver, page)
    remote = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)"
                                   ".filter(n => /^(https?|wss?):/.test(n))")
    problems += [f"{page.name}: requested {url} from the network" for url in remote]
    problems += [f"{page.name}: console {e['level']}: {e['message']}" for e in driver.get_log("browser")
                 if e["level"] in ("SEVERE", "WARNING")]
    return problems


def _check_search(driver, page: Path) -> list[str]:
    """Type a word from the first table into its search box: the table must narrow to fewer rows."""
    from selenium.webdriver.common.by import By

    wrap = driver.find_element(By.CSS_SELECTOR, ".analysis-table-wrap")
    table_id = wrap.find_element(By.CSS_SELECTOR, "table.dataTable").get_attribute("id")
    info = (f"return document.querySelector('#{table_id}').closest('.dt-container')"
            ".querySelector('.dt-info').textContent")
    total = driver.execute_script(info)
    word = driver.execute_script(f"return document.querySelector('#{table_id} tbody tr td:last-child').textContent"
                                 ".trim().split(/\\s+/).filter(w => w.length > 4).pop() || ''")
    if not word:
        return []
    box = wrap.find_element(By.CSS_SELECTOR, ".dt-search input")
    box.send_keys(word)
    time.sleep(0.6)
    after = driver.execute_script(info)
    box.clear()
    if "filtered" not in after and after == total:
        return [f"{page.name}: searching the first table for {word!r} changed nothing ({after})"]
    return []


def _check_popup(driver, page: Path) -> list[str]:
    """Open the first marker's popup: it must hold a source card."""
    text = driver.execute_script(
        "var m = document.querySelector('.analysis-map').analysisMap, k = null;"
        "m.eachLayer(function (l) { if (!k && l instanceof L.CircleMarker) k = l; });"
        "if (!k) return ''; k.openPopup();"
        "var c = document.querySelector('.leaflet-popup-content'); return c ? c.textContent : '';")
    return [] if text and len(text) > 20 else [f"{page.name}: clicking a map marker opened no source card"]


def _check_code_folding(driver, page: Path) -> list[str]:
    """Code is folded on arrival; the 'Show all code' button unfolds it."""
    counts = driver.execute_script(
        "var d = document.querySelectorAll('details.report-code');"
        "var before = Array.from(d).filter(x => x.open).length;"
        "var b = document.querySelector('.report-banner button'); if (b) b.click();"
        "var after = Array.from(d).filter(x => x.open).length; if (b) b.click();"
        "return [d.length, before, after];")
    n, before, after = counts
    if n and (before or after != n):
        return [f"{page.name}: code not folded on arrival ({before}/{n} open) or not shown on demand ({after}/{n})"]
    return []


def check_index(driver, index: Path) -> list[str]:
    """The index: no console error, every link to an existing page, every key figure drawn."""
    problems = check_page(driver, index)
    links = driver.execute_script("return Array.from(document.querySelectorAll('ol.notebooks h2 a'))"
                                  ".map(a => a.getAttribute('href'))")
    problems += [f"index links to a missing page {href}" for href in links if not (index.parent / href).is_file()]
    broken = driver.execute_script("return Array.from(document.images).filter(i => !i.complete || !i.naturalWidth)"
                                   ".map(i => i.alt)")
    problems += [f"index: figure not drawn: {alt}" for alt in broken]
    if not links:
        problems.append("index lists no notebook")
    return problems


@pytest.fixture(scope="module")
def scratch_report(tmp_path_factory) -> Path:
    """The scratch notebook, executed and rendered with an index."""
    from analysis.report import execute, render_html, write_index
    from analysis.report.corpusinfo import describe_corpus
    from analysis.report.index import page_entry

    out = tmp_path_factory.mktemp("scratch-report")
    nb = out / SCRATCH.name
    execute(SCRATCH, output=nb)
    page = render_html(nb, out)
    write_index([page_entry(nb, page.name)], out, describe_corpus(paths.RAW))
    return out


def test_scratch_page_has_working_table_map_and_timeline(browser, scratch_report):
    page = scratch_report / "display_check.html"
    text = page.read_text(encoding="utf-8")
    assert text.count('class="analysis-map"') == 1 and text.count('class="analysis-timeline"') == 1
    assert text.count("analysis-interactive analysis-table-wrap") == 1, "one long (interactive) table, one plain"
    assert check_page(browser, page) == []
    assert check_index(browser, scratch_report / "index.html") == []


def test_a_broken_widget_is_caught(browser, scratch_report, tmp_path):
    """The checks can fail: a page whose map library is missing is reported."""
    page = tmp_path / "broken.html"
    text = (scratch_report / "display_check.html").read_text(encoding="utf-8")
    page.write_text(text.replace("L.map(el", "L.mapp(el"), encoding="utf-8")
    problems = check_page(browser, page)
    assert any("map" in p for p in problems) and any("console" in p for p in problems), problems


def test_committed_notebooks_render_to_working_pages(browser, tmp_path):
    from analysis.report import run_notebooks

    result = run_notebooks(render_only=True, out_dir=tmp_path, progress=False)
    problems = check_index(browser, result.index)
    for page in sorted(tmp_path.glob("[0-9][0-9]_*.html")):
        problems += check_page(browser, page)
    assert problems == []


@pytest.mark.skipif(not os.environ.get("CHECK_HTML_DIR"), reason="CHECK_HTML_DIR not set (make check-html OUT=folder)")
def test_a_report_folder_works_in_the_browser(browser):
    folder = Path(os.environ["CHECK_HTML_DIR"])
    pages = sorted(folder.glob("*.html"))
    assert pages, f"no HTML page in {folder}"
    problems = check_index(browser, folder / "index.html") if (folder / "index.html").exists() else []
    for page in pages:
        if page.name != "index.html":
            problems += check_page(browser, page)
    assert problems == []
