"""A democratic services officer runs the board's minutes; a board member reads the next meeting."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def press(browser, words):
    """Clicks the button with these words (a page may hold several forms) and waits."""
    click_and_wait(browser, browser.find_element(By.XPATH, f"//main//button[normalize-space()='{words}']"))


def open_details(browser, summary):
    browser.find_element(By.XPATH, f"//summary[normalize-space()='{summary}']").click()


def test_democratic_services_write_and_approve_the_minutes(server, browser):
    sign_in(browser, server, "democratic@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    check_accessibility(browser, "bodies")
    click_link(browser, "Children's Services Improvement Board")
    assert "Independent chair" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "body")
    click_link(browser, "Thursday, 12 October 2017, 10am")
    assert "Held, minutes in draft" in browser.page_source
    check_accessibility(browser, "meeting-held")

    click_link(browser, "Write the minute for item 3")
    check_accessibility(browser, "item-minutes")
    fill(browser, "discussion", "The Board welcomed Cabinet's approval of the Continuous Improvement Plan.")
    press(browser, "Save the minute")
    assert "Minutes saved" in browser.page_source

    open_details(browser, "Record a decision")
    fill(browser, "text", "The Board agreed to monitor the new plan from November.")
    press(browser, "Record the decision")
    assert browser.title.startswith("Error: ")
    assert "Enter the reasons for the decision" in browser.page_source
    check_accessibility(browser, "item-minutes-errors")
    fill(browser, "reasons", "Monthly monitoring keeps the pace of improvement.")
    press(browser, "Record the decision")
    assert "Decision 3.2: The Board agreed to monitor the new plan from November." in browser.find_element(By.TAG_NAME, "main").text

    open_details(browser, "Add an action")
    fill(browser, "what", "Prepare the first monitoring report on the Continuous Improvement Plan")
    Select(browser.find_element(By.ID, "owner")).select_by_visible_text("David Okafor")
    fill(browser, "due-day", "7")
    fill(browser, "due-month", "11")
    fill(browser, "due-year", "2017")
    press(browser, "Add the action")
    assert "Prepare the first monitoring report" in browser.page_source

    click_link(browser, "Back")
    click_link(browser, "Record attendance")
    check_accessibility(browser, "attendance")
    submit(browser)
    assert "Attendance saved" in browser.page_source

    Select(browser.find_element(By.ID, "approvedAt")).select_by_index(0)
    press(browser, "Approve the minutes")
    assert "Minutes approved" in browser.page_source
    assert "Approved as a correct record at the meeting of 9 November 2017" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "meeting-approved")


def test_board_member_reads_the_next_meeting_and_the_action_log(server, browser):
    sign_in(browser, server, "board@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    click_link(browser, "Children's Services Improvement Board")
    click_link(browser, "Thursday, 9 November 2017, 10am")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Agenda published" in main and "Risk register" in main
    check_accessibility(browser, "meeting-next")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    click_link(browser, "Action log")
    assert "Overdue" in browser.page_source
    check_accessibility(browser, "action-log")
    click_and_wait(browser, browser.find_elements(By.CSS_SELECTOR, "main table a")[0])
    check_accessibility(browser, "board-action")
