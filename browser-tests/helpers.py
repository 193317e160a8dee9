import re

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


def sign_in(browser, server, email, password=PASSWORD):
    """Signs in through the real form, starting from a clean browser."""
    from selenium.webdriver.common.by import By
    browser.delete_all_cookies()
    browser.get(server + "/sign-in")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.execute_script("window.__oversightOldPage = true")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.common.exceptions import WebDriverException
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return window.__oversightOldPage === undefined && document.readyState === 'complete'"))
