"""The HTML report's layout in headless Chromium (issue 16, item 3): at 1280 px nothing is wider than
the window, tables scroll inside their own box, the charts share the width; printed, the page is A4
and nothing is wider than the paper. Screenshots go to .build/browser-screenshots/."""

import base64
import glob
import os
import re
import subprocess
import tempfile

import pytest

from conftest import ROOT, SHOTS, make_driver

SAMPLES = os.path.join(ROOT, "Samples")
# One class from three platforms (wide rows, three charts per section), and a city report by school
# (a summary table with a column per mark and the bands, the widest table the report writes).
REPORTS = {
    "merge-kk": (
        ["Merge/kundelik-7A-dump.json", "Merge/bilimclass-7A-nurlanov.json", "Merge/7А Математика 2-тоқсан.csv"],
        ["--lang", "kk", "--prefer", "last"],
    ),
    # README's city example: two sample folders stand in for two schools.
    "city-ru": (["Journal/*.csv", "OnlineMektep/*.csv"], ["--lang", "ru", "--school-from-folder", "--by", "school"]),
}
# Everything on the page must fit; a table may be wider only inside its scrolling box.
OVERFLOW = """
const limit = arguments[0];
const wide = [];
for (const element of document.body.querySelectorAll('*')) {
  if (element.closest('.table-wrap') && !element.classList.contains('table-wrap')) continue;
  const box = element.getBoundingClientRect();
  if (box.width > 0 && (box.right > limit + 0.5 || box.left < -0.5)) {
    const name = typeof element.className === 'string' ? element.className : element.className.baseVal;
    wide.push(element.tagName + '.' + name + ' ' + box.left + '..' + box.right);
  }
}
return {scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10)};
"""


@pytest.fixture(scope="module")
def pages(gradeport):
    folder = tempfile.mkdtemp(prefix="gradeport-report-layout-")
    paths = {}
    for name, (inputs, options) in REPORTS.items():
        path = os.path.join(folder, name + ".html")
        files = [match for pattern in inputs for match in sorted(glob.glob(pattern, root_dir=SAMPLES))]
        run = subprocess.run(
            [gradeport, "report"] + files + options + ["--format", "html", "-o", path],
            cwd=SAMPLES, capture_output=True, text=True,
        )
        assert run.returncode in (0, 1), run.stderr
        paths[name] = path
    return paths


@pytest.fixture(scope="module")
def driver(pages):
    browser = make_driver(os.path.dirname(next(iter(pages.values()))))
    browser.set_page_load_timeout(60)
    yield browser
    browser.quit()


def show(driver, path, width, media="screen"):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
    driver.get("file://" + path)


@pytest.mark.parametrize("name", list(REPORTS))
def test_the_page_fits_1280_pixels(driver, pages, name):
    show(driver, pages[name], 1280)
    assert driver.execute_script("return window.innerWidth") == 1280
    found = driver.execute_script(OVERFLOW, 1280)
    assert found["wide"] == [] and found["scrollWidth"] <= 1280, found
    # Each table's box fits the page; a wider table scrolls inside it.
    boxes = driver.execute_script(
        "return [...document.querySelectorAll('.table-wrap')].map(w => "
        "[w.getBoundingClientRect().right, w.scrollWidth, w.clientWidth, getComputedStyle(w).overflowX])"
    )
    assert boxes, "the page has tables"
    for right, scroll_width, client_width, overflow in boxes:
        assert right <= 1280 and overflow == "auto"
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, f"report-{name}-1280.png"))


def test_charts_share_the_width(driver, pages):
    show(driver, pages["merge-kk"], 1280)
    rows = driver.execute_script(
        "const grid = document.querySelector('section .charts');"
        "const width = grid.getBoundingClientRect().width;"
        "return [width, [...grid.querySelectorAll('svg.chart')].map(c => "
        "[c.getBoundingClientRect().top, c.getBoundingClientRect().width])];"
    )
    width, charts = rows
    assert len(charts) == 3
    # Side by side on one row, together filling (almost) the whole width of the content.
    assert len({round(top) for top, _ in charts}) == 1, charts
    assert sum(w for _, w in charts) >= 0.9 * width, (width, charts)
    assert width >= 1100, width


@pytest.mark.parametrize("name", list(REPORTS))
def test_print_is_a4_and_fits_the_paper(driver, pages, name):
    # A4 is 210 mm wide; with the page's 12 mm margins the content is 186 mm = 703 CSS pixels.
    show(driver, pages[name], 703, media="print")
    found = driver.execute_script(OVERFLOW, 703)
    assert found["wide"] == [] and found["scrollWidth"] <= 703, found
    show(driver, pages[name], 1280)
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    pages_count = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert boxes and pages_count >= 1
    for width, height in boxes:
        # A4 in points: 595.28 × 841.89 (Chromium rounds to whole pixels: 594.96 × 841.92).
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2, (width, height)
    with open(os.path.join(SHOTS, f"report-{name}-print.pdf"), "wb") as out:
        out.write(pdf)
