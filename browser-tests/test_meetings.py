"""A democratic services officer runs the board's minutes; a board member reads the next meeting and its
pack; anyone reads the calendar, its feed and the Part I minutes."""
import urllib.request

from icalendar import Calendar
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
    click_link(browser, "Read the board pack")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Frozen when the agenda was published on 1 November 2017" in main
    assert "Minutes of the meeting on Thursday, 12 October 2017, 10am" in main
    check_accessibility(browser, "board-pack")
    browser.find_element(By.CSS_SELECTOR, "nav.ov-contents a[href='#section-3']").click()
    assert browser.execute_script("return location.hash") == "#section-3"
    assert browser.find_element(By.PARTIAL_LINK_TEXT, "Word (.docx)").get_attribute("href").endswith("/pack.docx")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    click_link(browser, "Action log")
    assert "Overdue" in browser.page_source
    check_accessibility(browser, "action-log")
    click_and_wait(browser, browser.find_elements(By.CSS_SELECTOR, "main table a")[0])
    check_accessibility(browser, "board-action")



def test_anyone_reads_the_calendar_its_feed_and_the_part_one_minutes(server, browser):
    # Signed in only to find the council's address; then signed out, as a member of the public.
    sign_in(browser, server, "viewer@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    bodies = browser.current_url
    press_sign_out = browser.find_element(By.CSS_SELECTOR, "button.ov-header__sign-out")
    click_and_wait(browser, press_sign_out)

    browser.get(bodies)
    assert "Children's Services Improvement Board" in browser.find_element(By.TAG_NAME, "main").text
    assert "Sign out" not in browser.page_source
    check_accessibility(browser, "bodies-public")
    click_link(browser, "Cabinet")
    click_link(browser, "Thursday, 12 October 2017, 2pm")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Cabinet approved the Continuous Improvement Plan." in main
    assert "agency staffing contract" not in main.lower()
    check_accessibility(browser, "meeting-public")

    browser.get(bodies.replace("/bodies", "/calendar?from=2017-10"))
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Papers due: Cabinet, 12 October 2017" in main and "Updates due" not in main
    check_accessibility(browser, "calendar")

    # The feed as Outlook would read it, parsed by an independent iCalendar library.
    with urllib.request.urlopen(bodies.replace("/bodies", "/calendar.ics")) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        feed = Calendar.from_ical(response.read())
    events = [component for component in feed.walk("VEVENT")]
    summaries = [str(event["SUMMARY"]) for event in events]
    assert "Cabinet" in summaries and "Children's Services Improvement Board" in summaries
    cabinet = next(event for event in events if str(event["SUMMARY"]) == "Cabinet")
    assert cabinet.decoded("DTSTART").isoformat() == "2017-10-12T14:00:00+01:00"
    assert "Cabinet approved the Continuous Improvement Plan." in str(cabinet["DESCRIPTION"])
    assert all("agency staffing" not in str(event.get("DESCRIPTION", "")).lower() for event in events)
    assert len({str(event["UID"]) for event in events}) == len(events)
