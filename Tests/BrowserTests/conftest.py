"""Fixtures for the browser tests of `gradeport serve`: the built gradeport, a running server on a
free port with its own store, and headless Chromium driven by Selenium (Debian's packages)."""

import os
import shutil
import subprocess
import tempfile
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHOTS = os.path.join(ROOT, ".build", "browser-screenshots")


def gradeport_binary():
    path = os.environ.get("GRADEPORT")
    if path:
        return path
    folder = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    return os.path.join(folder, "gradeport")


@pytest.fixture(scope="session")
def gradeport():
    path = gradeport_binary()
    assert os.access(path, os.X_OK), f"build gradeport first: {path} is missing"
    return path


class Server:
    """A `gradeport serve` process; `url` is the first line it printed."""

    def __init__(self, gradeport, folder, max_upload_mb=2):
        self.store = os.path.join(folder, "store.sqlite")
        self.process = subprocess.Popen(
            [gradeport, "serve", "--port", "0", "--store", self.store, "--max-upload-mb", str(max_upload_mb)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started = time.monotonic()
        self.url = self.process.stdout.readline().strip()
        self.startup_seconds = time.monotonic() - started
        assert self.url.startswith("http://127.0.0.1:") and "/?token=" in self.url, self.url
        self.base = self.url.split("/?token=")[0]

    def stop(self):
        self.process.terminate()
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


@pytest.fixture(scope="module")
def workspace():
    folder = tempfile.mkdtemp(prefix="gradeport-browser-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def server(gradeport, workspace):
    running = Server(gradeport, workspace)
    yield running
    running.stop()


def make_driver(download_dir, language="ru"):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", f"--lang={language}"]:
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": download_dir,
            "download.prompt_for_download": False,
            "intl.accept_languages": language,
        },
    )
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="module")
def downloads(workspace):
    folder = os.path.join(workspace, "downloads")
    os.makedirs(folder, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(downloads):
    driver = make_driver(downloads)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


class Shots:
    """Screenshots of each step under .build/browser-screenshots/."""

    def __init__(self, driver):
        self.driver = driver
        os.makedirs(SHOTS, exist_ok=True)

    def take(self, name):
        self.driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


@pytest.fixture(scope="module")
def shots(browser):
    return Shots(browser)
