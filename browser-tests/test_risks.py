"""The programme manager reviews the register before a board meeting; the board reads the heat map and a risk's history."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def test_programme_manager_reviews_the_register(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Risks")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Risk register" in main and "Statutory intervention" in main
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure.ov-heat svg")) == 2
    check_accessibility(browser, "risk-register")

    browser.find_element(By.XPATH, "//summary[normalize-space()='Current risk as a table']").click()
    assert "Impact 5: Severe" in browser.find_element(By.TAG_NAME, "main").text
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Workforce")
    click_and_wait(browser, browser.find_element(By.XPATH, "//main//button[normalize-space()='Show risks']"))
    assert "category=workforce" in browser.current_url
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Workforce stability" in main and "Statutory intervention" not in main

    click_link(browser, "Workforce stability")
    assert "Current score at each review" in browser.page_source
    check_accessibility(browser, "risk")
    click_link(browser, "Record a review")
    check_accessibility(browser, "risk-review")
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert "Enter the commentary" in browser.page_source
    check_accessibility(browser, "risk-review-errors")
    fill(browser, "commentary", "Agency use down to 15%; two team managers appointed.")
    submit(browser)
    assert "Review saved" in browser.page_source
    assert "Agency use down to 15%" in browser.find_element(By.TAG_NAME, "main").text

    click_link(browser, "Change the mitigating actions")
    check_accessibility(browser, "risk-actions")
    browser.get(server + "/")
    click_link(browser, "Risks")
    click_link(browser, "Add a risk")
    submit(browser)
    assert "Enter the risk" in browser.page_source
    check_accessibility(browser, "risk-form-errors")
    browser.get(server + "/")
    click_link(browser, "Risks")
    click_link(browser, "Scoring scale and bands")
    check_accessibility(browser, "risk-scale")
