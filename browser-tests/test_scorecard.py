"""The scorecard as a board member reads it."""
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_link, sign_in


def test_board_member_reads_the_scorecard_and_one_indicator(server, browser):
    sign_in(browser, server, "board@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    page = browser.find_element(By.TAG_NAME, "main").text
    for words in ["Help and protection", "Workforce", "Re-referrals within 12 months", "October 2017 (provisional)"]:
        assert words in page
    assert browser.find_elements(By.CSS_SELECTOR, "svg.ov-trend--compact[role=img]")
    check_accessibility(browser, "scorecard")
    browser.find_element(By.CSS_SELECTOR, "details summary").click()
    assert "the last 13 periods" in browser.find_element(By.CSS_SELECTOR, "details").text
    check_accessibility(browser, "scorecard-figures")
    click_link(browser, "Re-referrals within 12 months")
    assert "Every figure, newest first" in browser.page_source
    assert "April 2015" in browser.page_source
    check_accessibility(browser, "indicator")
