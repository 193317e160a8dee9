"""Submit forms wrongly, then rightly, as a person would."""
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

from helpers import check_accessibility, sign_in


def fill(browser, field_id, value):
    element = browser.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(value)


def submit(browser):
    """Clicks the form's button and waits until the next page has replaced this one."""
    # A marker on the old page's window: it is gone once the new page has loaded.
    browser.execute_script("window.__oversightOldPage = true")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script(
            "return window.__oversightOldPage === undefined && document.readyState === 'complete'"))


def test_add_person_wrongly_then_rightly(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    browser.find_element(By.LINK_TEXT, "People").click()
    browser.find_element(By.LINK_TEXT, "Add a person").click()
    fill(browser, "name", "Grace Hopper")
    fill(browser, "email", "grace-at-northshire")
    submit(browser)

    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "ov-error-summary")
    assert "Enter an email address in the correct format" in summary.text
    assert browser.find_element(By.ID, "name").get_attribute("value") == "Grace Hopper"
    check_accessibility(browser, "person-form-error")
    summary.find_element(By.LINK_TEXT, "Enter an email address in the correct format, like name@example.gov.uk").click()
    assert browser.switch_to.active_element.get_attribute("id") == "email"

    fill(browser, "email", "grace.hopper@northshire.example")
    submit(browser)
    assert not browser.title.startswith("Error: ")
    assert "Person added" in browser.find_element(By.CLASS_NAME, "ov-notification-banner").text
    assert "grace.hopper@northshire.example" in browser.page_source
    check_accessibility(browser, "person-added")
    browser.refresh()
    assert "Person added" not in browser.page_source


def test_record_inspection_with_impossible_date_then_real_one(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    browser.find_element(By.LINK_TEXT, "Inspections").click()
    browser.find_element(By.LINK_TEXT, "Add an inspection").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=kind][value=monitoring-visit]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=framework][value=sif-2013]").click()
    fill(browser, "startDate-day", "31")
    fill(browser, "startDate-month", "2")
    fill(browser, "startDate-year", "2017")
    submit(browser)

    assert browser.title.startswith("Error: ")
    assert "Start date must be a real date" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    assert browser.find_element(By.ID, "startDate-day").get_attribute("value") == "31"
    check_accessibility(browser, "inspection-form-error")

    fill(browser, "startDate-day", "28")
    submit(browser)
    assert "Inspection added" in browser.page_source
    assert "Monitoring visit, February 2017" in browser.find_element(By.TAG_NAME, "h1").text
    assert "28 February 2017" in browser.page_source


def test_lead_submits_monthly_update_wrongly_then_rightly(server, browser):
    sign_in(browser, server, "lead@northshire.example")
    browser.get(server + "/")
    browser.find_element(By.LINK_TEXT, "Plans").click()
    browser.find_element(By.LINK_TEXT, "Children's Services Improvement Plan").click()
    browser.find_element(By.LINK_TEXT, "2.2").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Submit an update for").click()
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert "Select a rating" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "update-form-error")
    browser.find_element(By.CSS_SELECTOR, "input[name=rating][value=amber]").click()
    fill(browser, "narrative", "Timeliness is up to **79%**; agency cover ends in November.")
    submit(browser)
    assert "Update submitted for review" in browser.page_source
    assert "<strong>79%</strong>" in browser.page_source
    check_accessibility(browser, "update-submitted")
