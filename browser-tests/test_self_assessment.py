"""The programme manager writes the self-assessment against live evidence; the submitted one stays as it was."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, fill, sign_in, submit


def test_programme_manager_writes_against_live_evidence(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Self-assessment")
    assert "Self-assessments" in browser.find_element(By.TAG_NAME, "h1").text
    check_accessibility(browser, "self-assessments")

    click_link(browser, "Self-assessment for the DfE review of progress, December 2016")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Submitted and frozen" in main and "Contacts are screened within a working day" in main
    check_accessibility(browser, "self-assessment-submitted")

    browser.back()
    click_link(browser, "Annual self-evaluation 2017")
    check_accessibility(browser, "self-assessment-draft")
    links = browser.find_elements(By.LINK_TEXT, "What do we know about the quality and impact of social work practice?")
    click_and_wait(browser, links[2])
    check_accessibility(browser, "self-assessment-section")
    fill(browser, "text", "Adopters are approved within the timescales and **matched promptly**.")
    click_and_wait(browser, browser.find_element(By.XPATH, "//main//button[normalize-space()='Save the answer']"))
    assert "Answer saved" in browser.page_source
    Select(browser.find_element(By.ID, "evidence")).select_by_index(1)
    fill(browser, "note", "The figure the DfE asked about")
    click_and_wait(browser, browser.find_element(By.XPATH, "//main//button[normalize-space()='Cite the evidence']"))
    assert "Evidence saved" in browser.page_source
    assert "The figure the DfE asked about" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "self-assessment-evidence")

    click_link(browser, "Back to the self-assessment")
    click_link(browser, "Record our judgement")
    submit(browser)
    assert "Select the grade you give this area" in browser.page_source
    check_accessibility(browser, "area-judgement-errors")

    browser.get(server + "/")
    click_link(browser, "Self-assessment")
    click_link(browser, "Practice audits")
    assert "Management oversight" in browser.find_element(By.TAG_NAME, "main").text
    check_accessibility(browser, "practice-audits")
    click_link(browser, "Record an audit round")
    fill(browser, "month", "2017-11")
    fill(browser, "theme", "Assessments")
    fill(browser, "casesAudited", "10")
    for field, value in [("outstanding", "1"), ("good", "8"), ("requiresImprovement", "3"), ("inadequate", "0")]:
        fill(browser, field, value)
    submit(browser)
    assert "more than the 10 cases audited" in browser.page_source
    check_accessibility(browser, "audit-round-errors")
