"""Users in the browser: an administrator invites someone, who follows the link, chooses a password
and signs in; then the administrator changes their roles and disables them."""
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def test_invite_choose_a_password_and_manage(server, browser):
    sign_in(browser, server, "admin@northshire.example")
    click_link(browser, "Users")
    assert "Oversight Administrator" in browser.page_source
    check_accessibility(browser, "users")
    click_link(browser, "Invite a user")
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert "Enter the user's email address" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "invite-user-errors")
    fill(browser, "email", "kofi.mensah@northshire.example")
    fill(browser, "displayName", "Kofi Mensah")
    browser.find_element(By.CSS_SELECTOR, "input[name='roles[]'][value='viewer']").click()
    submit(browser)
    link = browser.find_element(By.ID, "password-link").text
    assert "/password/" in link
    check_accessibility(browser, "user-invited")

    # The invited person, in a browser with no session.
    browser.delete_all_cookies()
    browser.get(link)
    assert "Welcome to Oversight" in browser.page_source
    check_accessibility(browser, "choose-password")
    fill(browser, "password", "short")
    fill(browser, "confirm", "short")
    submit(browser)
    assert "Password must be 12 characters or more" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "choose-password-errors")
    fill(browser, "password", "front-door-triage-2017")
    fill(browser, "confirm", "front-door-triage-2017")
    submit(browser)
    assert "Password saved" in browser.page_source
    sign_in(browser, server, "kofi.mensah@northshire.example", password="front-door-triage-2017")
    assert "Kofi Mensah" in browser.find_element(By.CLASS_NAME, "ov-header").text
    click_link(browser, "Password")
    fill(browser, "current", "not-the-password")
    fill(browser, "password", "front-door-triage-2018")
    fill(browser, "confirm", "front-door-triage-2018")
    submit(browser)
    assert "Enter your current password correctly" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "change-password-errors")

    # Back as the administrator: the user's page, a change of roles, and disabling them.
    browser.delete_all_cookies()
    sign_in(browser, server, "admin@northshire.example")
    click_link(browser, "Users")
    click_link(browser, "Kofi Mensah")
    assert "Signed in on 1 browser" in browser.page_source
    check_accessibility(browser, "user")
    click_link(browser, "Change", partial=True)
    browser.find_element(By.CSS_SELECTOR, "input[name='roles[]'][value='board-member']").click()
    submit(browser)
    assert "Board member" in browser.page_source
    click_and_wait(browser, browser.find_element(By.ID, "status"))
    assert "User disabled" in browser.page_source
    assert "Not signed in anywhere" in browser.page_source
    check_accessibility(browser, "user-disabled")
