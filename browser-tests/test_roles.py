"""Sign in as different roles and check what each sees, as people would."""
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_and_wait, click_link, sign_in, submit


def test_wrong_password_then_right(server, browser):
    sign_in(browser, server, "pm@northshire.example", password="not-the-password")
    assert browser.title.startswith("Error: ")
    assert "Enter a correct email address and password" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "sign-in-error")
    sign_in(browser, server, "pm@northshire.example")
    assert "Northshire County Council" in browser.title
    assert "David Okafor" in browser.find_element(By.CLASS_NAME, "ov-header").text


def test_viewer_reads_but_is_offered_no_changes(server, browser):
    sign_in(browser, server, "viewer@northshire.example")
    click_link(browser, "People")
    assert "Helen Marsh" in browser.page_source
    assert not browser.find_elements(By.LINK_TEXT, "Add a person")
    click_link(browser, "Helen Marsh")
    assert not browser.find_elements(By.PARTIAL_LINK_TEXT, "Change")
    assert not browser.find_elements(By.LINK_TEXT, "Audit trail")
    # Hiding a link is not the protection: the address itself is refused.
    browser.get(browser.current_url + "/edit")
    assert "You do not have permission" in browser.page_source
    check_accessibility(browser, "forbidden")


def test_programme_manager_is_offered_changes_but_not_the_audit(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    click_link(browser, "People")
    assert browser.find_elements(By.LINK_TEXT, "Add a person")
    assert not browser.find_elements(By.LINK_TEXT, "Audit trail")


def test_sign_out_ends_the_session(server, browser):
    sign_in(browser, server, "board@northshire.example")
    click_and_wait(browser, browser.find_element(By.CLASS_NAME, "ov-header__sign-out"))
    assert "Sign in" in browser.title
    browser.get(server + "/councils")
    assert "Sign in" in browser.title


def test_api_token_is_shown_once(server, browser):
    sign_in(browser, server, "data@northshire.example")
    click_link(browser, "API tokens")
    browser.find_element(By.ID, "name").send_keys("Scorecard refresh")
    submit(browser)
    token = browser.find_element(By.ID, "new-token").text
    assert token.startswith("ovt_")
    check_accessibility(browser, "token-created")
    click_link(browser, "API tokens")
    assert token not in browser.page_source
    assert "Scorecard refresh" in browser.page_source


def test_lead_finds_their_actions(server, browser):
    sign_in(browser, server, "lead@northshire.example")
    click_link(browser, "My actions")
    assert "Actions you lead" in browser.page_source
    check_accessibility(browser, "my-actions")


def test_slowed_sign_ins_are_seen_and_cleared_by_an_administrator(server, browser):
    # Wrong passwords make the next attempt wait; the page says how long, and nothing is locked.
    for attempt in range(6):
        sign_in(browser, server, "board@northshire.example", password="not-the-board-password")
        if "too many attempts" in browser.page_source:
            break
    assert "There have been too many attempts to sign in. Wait" in browser.page_source
    check_accessibility(browser, "sign-in-slowed")
    sign_in(browser, server, "admin@northshire.example")
    click_link(browser, "Audit trail")
    click_link(browser, "security events")
    assert browser.title.startswith("Security events")
    rows = browser.find_element(By.TAG_NAME, "main").text
    assert "board@northshire.example" in rows and "sign-in.failure" in rows
    check_accessibility(browser, "security-events")
    clear = browser.find_element(By.XPATH, "//tr[td[text()='board@northshire.example']]//button")
    click_and_wait(browser, clear)
    assert "Failed sign-ins cleared" in browser.page_source
    sign_in(browser, server, "board@northshire.example")
    assert "Northshire County Council" in browser.title
