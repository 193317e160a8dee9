"""The scorecard as a board member reads it."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def test_board_member_reads_the_scorecard_and_one_indicator(server, browser):
    sign_in(browser, server, "board@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    page = browser.find_element(By.TAG_NAME, "main").text
    for words in ["Help and protection", "Workforce", "Re-referrals within 12 months", "October 2017 (provisional)"]:
        assert words in page
    assert browser.find_elements(By.CSS_SELECTOR, "svg.ov-trend--compact[role=img]")
    check_accessibility(browser, "scorecard")
    figures = browser.find_element(By.XPATH, "//details[summary[contains(., 'The figures behind')]]")
    figures.find_element(By.TAG_NAME, "summary").click()
    assert "the last 13 periods" in figures.text
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


def press(browser, words):
    """Clicks the button with these words (a page may hold several forms) and waits."""
    click_and_wait(browser, browser.find_element(By.XPATH, f"//main//button[normalize-space()='{words}']"))


def test_programme_manager_changes_an_indicator(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    click_link(browser, "Agency social worker rate")
    assert "Reduce the agency rate below 20 per cent" in browser.find_element(By.TAG_NAME, "main").text

    click_link(browser, "Add a figure")
    fill(browser, "period", "2017-13")
    submit(browser)
    assert browser.title.startswith("Error: ")
    check_accessibility(browser, "indicator-figure-errors")
    fill(browser, "period", "2017-11")
    fill(browser, "value", "19.5")
    submit(browser)
    assert "Figure saved" in browser.page_source
    assert "November 2017" in browser.page_source

    click_and_wait(browser, browser.find_element(By.XPATH, "//a[normalize-space()='Change targets']"))
    check_accessibility(browser, "indicator-targets")
    fill(browser, "period", "2018-19")
    fill(browser, "value", "15")
    fill(browser, "tolerance", "2")
    press(browser, "Set target")
    assert "Target set" in browser.page_source and "2018-19" in browser.page_source

    click_link(browser, "Back")
    click_and_wait(browser, browser.find_element(By.XPATH, "//a[normalize-space()='Change benchmarks']"))
    browser.find_element(By.CSS_SELECTOR, "details summary").click()
    assert "Stonebridge" in browser.find_element(By.CSS_SELECTOR, "details").text
    check_accessibility(browser, "indicator-benchmarks")
    fill(browser, "year", "2018-19")
    fill(browser, "england", "16.5")
    press(browser, "Save benchmarks")
    assert "Benchmarks saved" in browser.page_source

    click_link(browser, "Back")
    click_link(browser, "Link or unlink actions")
    check_accessibility(browser, "indicator-actions")
    choice = next(option.text for option in Select(browser.find_element(By.ID, "action")).options
                  if "Agree a retention payment and career pathway" in option.text)
    Select(browser.find_element(By.ID, "action")).select_by_visible_text(choice)
    press(browser, "Link action")
    assert "Action linked" in browser.page_source

    click_link(browser, "Back")
    click_and_wait(browser, browser.find_element(By.XPATH, "//a[normalize-space()='Change source']"))
    check_accessibility(browser, "indicator-definition")
    fill(browser, "source", "Monthly workforce return to the DfE")
    submit(browser)
    assert "Indicator saved" in browser.page_source
    assert "Monthly workforce return to the DfE" in browser.page_source


def test_own_indicator_and_comparators_forms(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    click_link(browser, "Add an indicator of your own")
    submit(browser)
    assert browser.title.startswith("Error: ")
    check_accessibility(browser, "indicator-new-errors")
    browser.get(server + "/")
    click_link(browser, "Scorecard")
    click_link(browser, "Change the region and statistical neighbours")
    fill(browser, "neighbours", "Eastshire\nWestmoor")
    submit(browser)
    assert "you entered 2" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "comparators-errors")


def test_part_one_scorecard_appendix_hides_small_numbers(server, browser):
    sign_in(browser, server, "democratic@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Reports")
    click_link(browser, "Improvement Board Update: January 2018")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "Appendix B: Performance scorecard, October 2017" in text
    assert "Counts of children from 1 to 5 are shown as c" in text
    check_accessibility(browser, "report-scorecard-appendix")
