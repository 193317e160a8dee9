import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from axe_selenium_python import Axe

from conftest import ARTIFACTS


def check_accessibility(browser, name):
    """Runs axe-core on the page in view (WCAG 2.0, 2.1 and 2.2 A and AA rules) and saves a
    screenshot; fails with every violation named."""
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    axe = Axe(browser)
    axe.inject()
    results = axe.run(options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})
    violations = results["violations"]
    summary = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations)
    assert not violations, f"axe found {len(violations)} violations on {name}:\n{summary}"


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


PASSWORD = "northshire-demo"


def click_and_wait(browser, element):
    """Clicks a link or button and waits until the next page has replaced this one.

    Selenium's click returns as soon as the click is dispatched; a form POST (sign-out, every
    submit) may still be in flight, so a check straight after it can read the old page."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    # A marker on the old page's window: it is gone once the new page has loaded.
    browser.execute_script("window.__oversightOldPage = true")
    element.click()
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return window.__oversightOldPage === undefined && document.readyState === 'complete'"))


def click_link(browser, text, partial=False):
    from selenium.webdriver.common.by import By
    by = By.PARTIAL_LINK_TEXT if partial else By.LINK_TEXT
    click_and_wait(browser, browser.find_element(by, text))


def fill(browser, field_id, value):
    """Types into a field as a person would, replacing what is there."""
    from selenium.webdriver.common.by import By
    element = browser.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(value)


def submit(browser):
    """Clicks the main form's button and waits for the page that answers it."""
    from selenium.webdriver.common.by import By
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def sign_in(browser, server, email, password=PASSWORD):
    """Signs in through the real form, starting from a clean browser."""
    from selenium.webdriver.common.by import By
    browser.delete_all_cookies()
    browser.get(server + "/sign-in")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    submit(browser)


def convert_with_libreoffice(data, name, target, needs_calc=False):
    """Opens a downloaded file in LibreOffice and saves it as `target` (pdf, csv): proof that an
    office program opens it without repair. Returns the converted bytes."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    missing = soffice is None or (needs_calc and not Path("/usr/lib/libreoffice/program/libsclo.so").exists())
    if missing:
        package = "libreoffice-calc-nogui" if needs_calc else "libreoffice-writer-nogui"
        if os.environ.get("CI"):
            pytest.fail(f"LibreOffice is not installed: .ci/run installs {package}")
        pytest.skip("LibreOffice is not installed here")
    work = Path(tempfile.mkdtemp(prefix="oversight-office-"))
    try:
        (work / name).write_bytes(data)
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", target,
             "--outdir", str(work), str(work / name)],
            capture_output=True, text=True, timeout=180)
        converted = work / (Path(name).stem + "." + target)
        assert converted.exists(), f"LibreOffice could not open {name}: {result.stdout} {result.stderr}"
        return converted.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)
