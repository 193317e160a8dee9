"""Submit forms wrongly, then rightly, as a person would."""
from selenium.webdriver.common.by import By

from conftest import ARTIFACTS
from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def test_add_person_wrongly_then_rightly(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "People")
    click_link(browser, "Add a person")
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
    click_link(browser, "Inspections")
    click_link(browser, "Add an inspection")
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
    click_link(browser, "Plans")
    click_link(browser, "Children's Services Improvement Plan")
    click_link(browser, "2.2")
    click_link(browser, "Submit an update for", partial=True)
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert "Select a rating" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "update-form-error")
    browser.find_element(By.CSS_SELECTOR, "input[name=rating][value=amber]").click()
    fill(browser, "narrative", "Timeliness is up to **79%**; agency cover ends in November.")
    evidence = ARTIFACTS / "timeliness-audit.pdf"
    evidence.write_bytes(b"%PDF-1.4\nTimeliness audit, October 2017\n%%EOF\n")
    browser.find_element(By.ID, "evidenceFiles").send_keys(str(evidence))
    submit(browser)
    assert "Update submitted for review" in browser.page_source
    assert "<strong>79%</strong>" in browser.page_source
    assert "Evidence: timeliness-audit.pdf" in browser.page_source
    check_accessibility(browser, "update-submitted")


def test_programme_manager_accepts_an_update(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Children's Services Improvement Plan")
    click_link(browser, "October 2017")
    assert "Not yet updated" in browser.page_source
    waiting = len(browser.find_elements(By.XPATH, "//button[starts-with(normalize-space(.), 'Accept')]"))
    assert waiting > 0
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[starts-with(normalize-space(.), 'Accept')]"))
    assert "Update accepted" in browser.page_source
    assert "Updates for October 2017" in browser.page_source
    assert len(browser.find_elements(By.XPATH, "//button[starts-with(normalize-space(.), 'Accept')]")) == waiting - 1


def test_board_member_reads_the_exceptions_and_the_approved_plan(server, browser):
    sign_in(browser, server, "board@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Children's Services Improvement Plan")
    assert not browser.find_elements(By.LINK_TEXT, "Add a priority")
    click_link(browser, "exceptions to look at", partial=True)
    assert "Rated red: off track" in browser.page_source
    browser.back()
    click_link(browser, "Version 1", partial=True)
    assert "As approved by Cabinet on 17 March 2016" in browser.page_source
    check_accessibility(browser, "board-version")


def test_programme_manager_makes_and_approves_a_plan(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Start a plan")
    fill(browser, "title", "Youth Justice Improvement Plan")
    fill(browser, "startDate-day", "1")
    fill(browser, "startDate-month", "4")
    fill(browser, "startDate-year", "2018")
    submit(browser)
    assert "Plan started as a draft" in browser.page_source, browser.title + " " + browser.find_element(By.TAG_NAME, "main").text[:500]
    click_link(browser, "Add a priority")
    fill(browser, "title", "Out-of-court disposals")
    submit(browser)
    assert "Priority 1: Out-of-court disposals" in browser.page_source
    click_link(browser, "Add an action")
    submit(browser)
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    assert "Select the priority the action belongs to" in summary
    assert "Enter what the action will do" in summary
    check_accessibility(browser, "action-new-errors")
    from selenium.webdriver.support.ui import Select
    Select(browser.find_element(By.ID, "priority")).select_by_visible_text("1. Out-of-court disposals")
    fill(browser, "what", "Agree a joint decision-making panel with the police")
    fill(browser, "dueDate-day", "30")
    fill(browser, "dueDate-month", "9")
    fill(browser, "dueDate-year", "2018")
    submit(browser)
    assert "Action saved" in browser.page_source
    click_link(browser, "Youth Justice Improvement Plan")
    fill(browser, "body", "Cabinet")
    fill(browser, "meetingDate-day", "12")
    fill(browser, "meetingDate-month", "4")
    fill(browser, "meetingDate-year", "2018")
    fill(browser, "decision", "Resolved: approved (minute 9)")
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space(.)='Record the approval']"))
    assert "Approval recorded" in browser.page_source
    click_link(browser, "Version 1", partial=True)
    assert "Agree a joint decision-making panel with the police" in browser.page_source
    check_accessibility(browser, "new-plan-version")
