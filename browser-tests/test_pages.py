"""Click through every page of the first slice like a person would, and scan each with axe."""
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_and_wait, click_link, sign_in


def test_every_page_has_no_accessibility_violations(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/sign-in")
    assert "Sign in" in browser.title
    check_accessibility(browser, "sign-in")
    sign_in(browser, server, "admin@northshire.example")
    browser.get(server + "/")
    assert "Northshire County Council" in browser.title
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en-GB"
    check_accessibility(browser, "overview")
    overview = browser.current_url

    visits = [
        ("plans", lambda: click_link(browser, "Plans")),
        ("plan", lambda: click_link(browser, "Children's Services Improvement Plan")),
        ("actions-list", lambda: click_link(browser, "Filter and sort all", partial=True)),
        ("actions-sorted", lambda: click_link(browser, "Due", partial=True)),
        ("plan-again-0", lambda: click_link(browser, "Children's Services Improvement Plan")),
        ("exceptions", lambda: click_link(browser, "exceptions to look at", partial=True)),
        ("plan-again", lambda: browser.back()),
        ("period", lambda: click_link(browser, "October 2017")),
        ("plan-again-2", lambda: browser.back()),
        ("priority", lambda: click_link(browser, "Priority 2: Assessment and planning")),
        ("plan-again-3", lambda: browser.back()),
        ("action", lambda: click_link(browser, "2.2")),
        ("update-correct", lambda: click_link(browser, "Correct this update", partial=True)),
        ("action-again-0", lambda: browser.back()),
        ("update-new", lambda: click_link(browser, "Submit an update for", partial=True)),
        ("action-again", lambda: browser.back()),
        ("action-edit", lambda: click_link(browser, "Change", partial=True)),
        ("coverage", lambda: browser.get(browser.current_url.split("/actions/")[0] + "/coverage")),
        ("successor", lambda: browser.get(browser.current_url.rsplit("/coverage", 1)[0] + "/successor")),
        ("priority-new", lambda: browser.get(browser.current_url.rsplit("/successor", 1)[0] + "/priorities/new")),
        ("action-new", lambda: browser.get(browser.current_url.rsplit("/priorities/", 1)[0] + "/actions/new")),
        ("plan-edit", lambda: browser.get(browser.current_url.rsplit("/actions/", 1)[0] + "/edit")),
        ("plan-new", lambda: browser.get(browser.current_url.rsplit("/plans/", 1)[0] + "/plans/new")),
        ("plans-again", lambda: click_link(browser, "Plans")),
        ("cip", lambda: click_link(browser, "Children's Services Continuous Improvement Plan")),
        ("version", lambda: click_link(browser, "Version 1", partial=True)),
        ("cip-again", lambda: browser.back()),
        ("carried-action", lambda: click_link(browser, "2.2")),
        ("inspections", lambda: click_link(browser, "Inspections")),
        ("inspection", lambda: click_link(browser, "Full inspection, September 2015")),
        ("recommendation", lambda: click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "table a[href*='/recommendations/']"))),
        ("recommendation-edit", lambda: click_link(browser, "Change", partial=True)),
        ("inspection-again", lambda: browser.back() or browser.back()),
        ("judgement-edit", lambda: click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[href$='/edit'][href*='/judgements/']"))),
        ("judgement-new", lambda: browser.get(browser.current_url.rsplit("/judgements/", 1)[0] + "/judgements/new")),
        ("recommendation-new", lambda: browser.get(browser.current_url.rsplit("/judgements/", 1)[0] + "/recommendations/new")),
        ("inspection-edit", lambda: browser.get(browser.current_url.rsplit("/recommendations/", 1)[0] + "/edit")),
        ("inspection-new", lambda: browser.get(overview + "/inspections/new")),
        ("people", lambda: click_link(browser, "People")),
        ("person", lambda: click_link(browser, "Helen Marsh")),
        ("person-edit", lambda: click_link(browser, "Change", partial=True)),
        ("person-new", lambda: browser.get(overview + "/people/new")),
        ("council-edit", lambda: click_link(browser, "Council details")),
        ("councils", lambda: click_link(browser, "All councils")),
        ("council-new", lambda: click_link(browser, "Add a council")),
        ("audit", lambda: click_link(browser, "Audit trail")),
        ("tokens", lambda: click_link(browser, "API tokens")),
        ("not-found", lambda: browser.get(server + "/no/such/page")),
    ]
    for name, go in visits:
        go()
        assert "Sorry, there is a problem" not in browser.page_source, name
        check_accessibility(browser, name)

    assert "Page not found" in browser.title


def test_skip_link_and_focus(server, browser):
    sign_in(browser, server, "viewer@northshire.example")
    browser.get(server + "/")
    skip = browser.find_element(By.CLASS_NAME, "ov-skip-link")
    assert skip.get_attribute("href").endswith("#main-content")
    assert browser.find_element(By.ID, "main-content").tag_name == "main"


def test_pages_work_without_javascript(server, browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        sign_in(browser, server, "viewer@northshire.example")
        browser.get(server + "/")
        click_link(browser, "People")
        assert "Helen Marsh" in browser.page_source
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
