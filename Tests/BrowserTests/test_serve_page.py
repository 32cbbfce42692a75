"""End-to-end tests of the teacher's page in headless Chromium: upload exports of several
platforms, check cards, preview and diagnostics, settle a conflict, download files equal to the
CLI's output, import, look at the history and undo, and use the page in Kazakh."""

import os
import shutil
import subprocess
import time

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import ROOT, SHOTS as SHOTS_DIR

SAMPLES = os.path.join(ROOT, "Samples")
CLASSROOM_EXCEL = os.path.join(SAMPLES, "GoogleClassroom", "7A-physics-grades-excel-cp1251.csv")
KUNDELIK = os.path.join(SAMPLES, "Merge", "kundelik-7A-dump.json")
MEKTEP = os.path.join(SAMPLES, "Merge", "7А Математика 2-тоқсан.csv")
DAMAGED = os.path.join(SAMPLES, "GoogleClassroom", "bad", "negative-score.csv")
INPUTS = [CLASSROOM_EXCEL, KUNDELIK, MEKTEP]


def wait(driver, seconds=30):
    # A page that reloads (after an upload, a choice) leaves elements found before it stale: look again.
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,))


def cards(driver):
    return driver.find_elements(By.CSS_SELECTOR, "[data-testid=file-card]")


def upload(driver, paths, expected_cards):
    field = driver.find_element(By.CSS_SELECTOR, "input[type=file][data-testid=upload]")
    assert field.get_attribute("multiple") is not None
    field.send_keys("\n".join(paths))
    wait(driver).until(lambda d: len(cards(d)) == expected_cards)


def wait_for_download(folder, name, seconds=30):
    path = os.path.join(folder, name)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            return path
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded: {os.listdir(folder)}")


def cli_output(gradeport, workspace, arguments):
    """What the CLI writes for the same inputs, given by the same names, in the same order."""
    folder = os.path.join(workspace, "cli-inputs")
    os.makedirs(folder, exist_ok=True)
    for path in INPUTS:
        shutil.copy(path, folder)
    names = [os.path.basename(path) for path in INPUTS]
    return subprocess.run([gradeport] + arguments[:1] + names + arguments[1:], cwd=folder, capture_output=True).stdout


def test_teacher_flow(server, browser, shots, downloads, gradeport, workspace):
    driver = browser
    driver.get(server.url)
    assert driver.current_url == server.base + "/", "the token leaves the address bar"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    shots.take("01-empty-page-ru")

    # Drop an Excel re-save of a Classroom CSV, a Kundelik dump and an OnlineMektep journal.
    upload(driver, INPUTS, 3)
    platforms = [card.get_attribute("data-platform") for card in cards(driver)]
    assert platforms == ["google-classroom", "kundelik", "onlinemektep"]
    states = [card.get_attribute("data-state") for card in cards(driver)]
    assert states[0] == "read"
    assert all(state in ("read", "warnings") for state in states)
    assert "windows-1251" in cards(driver)[0].text
    shots.take("02-cards")

    preview = driver.find_element(By.CSS_SELECTOR, "table[data-testid=preview]")
    assert len(preview.find_elements(By.CSS_SELECTOR, "tbody tr")) > 10
    hover = preview.find_element(By.CSS_SELECTOR, "tbody td[title]").get_attribute("title")
    assert hover.startswith("В файле: ")

    # Settle the conflict: keep Kundelik's 12 for Иванова's СОР 2 instead of OnlineMektep's 13.
    conflict = driver.find_element(By.CSS_SELECTOR, "[data-testid=conflict]")
    assert "12" in conflict.text and "13" in conflict.text
    choice = [radio for radio in conflict.find_elements(By.CSS_SELECTOR, "[data-testid=conflict-choice]")
              if radio.get_attribute("data-source") == "s2"][0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", choice)
    choice.click()
    shots.take("03-conflict-choice")
    driver.find_element(By.CSS_SELECTOR, "[data-testid=save-choices]").click()
    wait(driver).until(lambda d: "выбрано" in d.find_element(By.CSS_SELECTOR, "[data-testid=conflict]").text)

    assert "12" in driver.find_element(By.CSS_SELECTOR, "[data-testid=conflict] em").find_element(By.XPATH, "..").text

    # Prefer Kundelik for every conflict, as --prefer kundelik does; then the downloads are what the
    # CLI writes with that option: the Excel CSV and the report.
    Select(driver.find_element(By.CSS_SELECTOR, "select[data-testid=prefer]")).select_by_value("kundelik")
    wait(driver).until(
        lambda d: Select(d.find_element(By.CSS_SELECTOR, "select[data-testid=prefer]")).first_selected_option
        .get_attribute("value") == "kundelik")
    links = {link.get_attribute("data-format"): link for link in driver.find_elements(By.CSS_SELECTOR, "a[data-testid=download]")}
    assert set(links) == {"json", "csv", "csv-excel", "oneroster", "sds", "classroom-roster", "report-html", "problems"}
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", links["csv-excel"])
    links["csv-excel"].click()
    excel = open(wait_for_download(downloads, "results-excel.csv"), "rb").read()
    assert excel.startswith(b"\xef\xbb\xbf")
    expected = cli_output(gradeport, workspace, ["convert", "--to", "csv", "--excel", "--prefer", "kundelik"])
    assert excel == expected
    links["report-html"].click()
    report = open(wait_for_download(downloads, "report.html"), "rb").read()
    assert report == cli_output(gradeport, workspace, ["report", "--format", "html", "--lang", "ru", "--prefer", "kundelik"])
    shots.take("04-downloads")

    # Review against the store, import, history, undo.
    driver.find_element(By.CSS_SELECTOR, "[data-testid=review]").click()
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=import]")))
    assert len(driver.find_elements(By.CSS_SELECTOR, "[data-testid=review-file]")) == 3
    shots.take("05-review")
    driver.find_element(By.CSS_SELECTOR, "[data-testid=import]").click()
    wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-testid=history-row]")) == 3)
    shots.take("06-history")
    newest = driver.find_elements(By.CSS_SELECTOR, "[data-testid=history-row]")[0]
    newest_id = newest.get_attribute("data-import")
    newest.find_element(By.CSS_SELECTOR, "[data-testid=undo]").click()
    wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-testid=history-row]")) == 4)
    undone = driver.find_element(By.CSS_SELECTOR, f"[data-testid=history-row][data-import='{newest_id}']")
    assert "undone" in undone.get_attribute("class")
    assert not undone.find_elements(By.CSS_SELECTOR, "[data-testid=undo]")
    shots.take("07-undo")
    history = subprocess.run([gradeport, "history", "--store", server.store, "--json"], capture_output=True, text=True)
    assert history.returncode == 0
    assert history.stdout.count('"kind":"undo"') == 1

    # A damaged file: its diagnostics with their lines; choosing one lights up its row.
    upload(driver, [DAMAGED], 4)
    damaged = cards(driver)[3]
    assert damaged.get_attribute("data-state") == "errors"
    diagnostic = [item for item in driver.find_elements(By.CSS_SELECTOR, "[data-testid=diagnostic]")
                  if "negative-score.csv:" in item.text][0]
    assert diagnostic.get_attribute("data-line").isdigit()
    assert diagnostic.get_attribute("data-column").isdigit()
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", diagnostic)
    diagnostic.click()
    assert "chosen" in diagnostic.get_attribute("class")
    shots.take("08-damaged-file")

    # The page in Kazakh.
    Select(driver.find_element(By.CSS_SELECTOR, "select[data-testid=lang]")).select_by_value("kk")
    wait(driver).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk")
    assert "Файлдар" in driver.page_source
    assert "Теріс балл; қабылданбады." in driver.page_source
    shots.take("09-kazakh")

    # An upload over the limit (2 MB here) is refused with a message on the page.
    big = os.path.join(workspace, "big.csv")
    with open(big, "wb") as handle:
        handle.write(b"name,score\n" + b"x,1\n" * (700 * 1024))
    driver.find_element(By.CSS_SELECTOR, "input[type=file][data-testid=upload]").send_keys(big)
    status = wait(driver).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "[data-testid=upload-status][data-state=failed]"))
    assert "2 МБ" in status.text
    shots.take("10-too-big")
    assert len(cards(driver)) == 4


def test_guards_in_a_real_browser(server, browser):
    """Without the token the page is refused; the server stops within seconds on SIGTERM."""
    from conftest import make_driver
    import tempfile

    fresh = make_driver(tempfile.mkdtemp())
    try:
        fresh.get(server.base + "/")
        assert "gradeport serve" in fresh.find_element(By.CSS_SELECTOR, "[data-testid=message]").text
    finally:
        fresh.quit()


def test_sigterm_stops_and_cleans_up(gradeport, workspace):
    from conftest import Server

    running = Server(gradeport, os.path.join(workspace))
    started = time.monotonic()
    assert running.stop() == 0
    assert time.monotonic() - started < 5


def write_classroom_csv(path, target_bytes):
    """A Google Classroom grades CSV of about `target_bytes` (20 assessments), as `make bench` writes."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("Last Name,First Name,Email Address,Overall" + "".join(f",\"СОР {i} (10)\"" for i in range(1, 21)))
        out.write("\n,,," + ",".join(f"\"Sep {i}, 2025\"" for i in range(1, 21)) + "\n,,," + ",".join(["10"] * 20) + "\n")
        student = 0
        while out.tell() < target_bytes:
            cells = ",".join(str((i + student) % 11) for i in range(20))
            out.write(f"Фамилия{student},Имя{student},student{student}@school.example,77.5,{cells}\n")
            student += 1


def test_policy_file_and_read_progress(gradeport, workspace):
    """A grading policy file chosen on the page (the report equals report --policy FILE), a broken one
    refused with its file, line and column; then a 2 MB export shows its reading percentage."""
    from conftest import Server, make_driver

    folder = os.path.join(workspace, "progress")
    os.makedirs(os.path.join(folder, "downloads"), exist_ok=True)
    os.makedirs(SHOTS_DIR, exist_ok=True)
    running = Server(gradeport, folder, max_upload_mb=20)
    driver = make_driver(os.path.join(folder, "downloads"))
    driver.set_page_load_timeout(60)
    try:
        driver.get(running.url)
        upload(driver, [KUNDELIK], 1)

        # A broken policy: the message names the file, line and column, as the CLI prints it.
        broken = os.path.join(folder, "weights.yaml")
        with open(broken, "w", encoding="utf-8") as handle:
            handle.write("id: weights\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, СОР: 25, СОЧ: 40}\n")
        driver.find_element(By.CSS_SELECTOR, "input[type=file][data-testid=policy-upload]").send_keys(broken)
        status = wait(driver).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "[data-testid=policy-status][data-state=failed]"))
        assert "weights.yaml:4:14: error:" in status.text, status.text

        # The school's policy file: chosen at once; the report download equals report --policy FILE.
        policy = os.path.join(ROOT, "docs", "policies", "school-example.yaml")
        driver.find_element(By.CSS_SELECTOR, "input[type=file][data-testid=policy-upload]").send_keys(policy)
        wait(driver).until(
            lambda d: Select(d.find_element(By.CSS_SELECTOR, "select[data-testid=policy]")).first_selected_option
            .get_attribute("value") == "file-1")
        driver.get_screenshot_as_file(os.path.join(SHOTS_DIR, "11-policy-file.png"))
        link = driver.find_element(By.CSS_SELECTOR, "a[data-testid=download][data-format=report-html]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", link)
        link.click()
        report = open(wait_for_download(os.path.join(folder, "downloads"), "report.html"), "rb").read()
        cli = os.path.join(folder, "cli")
        os.makedirs(cli, exist_ok=True)
        shutil.copy(KUNDELIK, cli)
        shutil.copy(policy, cli)
        expected = subprocess.run(
            [gradeport, "report", os.path.basename(KUNDELIK), "--format", "html", "--policy", "school-example.yaml"],
            cwd=cli, capture_output=True).stdout
        assert report == expected and b"school-example" in report

        # A 2 MB export: the page shows how much of it the server has read, until its card appears.
        big = os.path.join(folder, "big-grades.csv")
        write_classroom_csv(big, 2 << 20)
        driver.execute_script("""
            window.progressSeen = [];
            var status = document.querySelector('[data-testid=upload-status]');
            new MutationObserver(function () {
              window.progressSeen.push([status.getAttribute('data-phase'), status.getAttribute('data-percent')]);
            }).observe(status, {attributes: true, childList: true, characterData: true, subtree: true});
        """)
        driver.execute_script(
            "document.querySelector('[data-testid=dropzone]').scrollIntoView({block: 'start'});")
        driver.find_element(By.CSS_SELECTOR, "input[type=file][data-testid=upload]").send_keys(big)
        wait(driver, 120).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid=upload-status][data-phase=reading][data-percent]"))
        driver.get_screenshot_as_file(os.path.join(SHOTS_DIR, "12-reading-progress.png"))
        # What the status showed, read until the page reloads with the new card.
        seen = []
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and len(cards(driver)) < 2:
            try:
                latest = driver.execute_script("return window.progressSeen || null;")
            except WebDriverException:  # the page is reloading
                latest = None
            seen = latest if latest else seen
            time.sleep(0.1)
        wait(driver, 60).until(lambda d: len(cards(d)) == 2)
        percents = [int(percent) for phase, percent in seen if phase == "reading" and percent is not None]
        assert percents and percents == sorted(percents) and all(0 <= p <= 100 for p in percents), seen
        assert cards(driver)[1].get_attribute("data-platform") == "google-classroom"
    finally:
        driver.quit()
        running.stop()
