"""The scorecard as a board member reads it."""
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_link, sign_in, submit


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


def test_performance_officer_imports_a_month(server, browser, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator_code,period,value\nCIN-REREF,2017-13,22\n", encoding="utf-8")
    good = tmp_path / "november.csv"
    good.write_bytes("\ufeffindicator_code,period,numerator,denominator,value,status,comment\r\n"
                     "CIN-REREF,2017-11,44,200,,,\r\n".encode("utf-8"))
    sign_in(browser, server, "data@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    click_link(browser, "Import figures")
    check_accessibility(browser, "import-form")
    browser.find_element(By.ID, "file").send_keys(str(bad))
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert '"2017-13" is not a period' in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "import-problems")
    browser.find_element(By.ID, "file").send_keys(str(good))
    submit(browser)
    assert "november.csv has 1 figure for 1 indicator" in browser.page_source
    check_accessibility(browser, "import-preview")
    submit(browser)
    assert "Figures imported into the scorecard" in browser.page_source
    assert "November 2017" in browser.page_source


def test_catalogue_page(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    click_link(browser, "Add from the catalogue")
    assert "Every standard indicator is on the scorecard already" in browser.page_source
    check_accessibility(browser, "indicator-catalogue")
