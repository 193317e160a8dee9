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
