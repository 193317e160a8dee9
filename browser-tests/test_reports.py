"""Committee reports as a democratic services officer, a senior leader and the public use them."""
import http.cookiejar
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, convert_with_libreoffice, fill, sign_in, submit


def press(browser, text):
    """Clicks the button with this text and waits for the answer."""
    click_and_wait(browser, browser.find_element(By.XPATH, f"//main//button[normalize-space()='{text}']"))


def open_reports(browser, server):
    browser.get(server + "/")
    click_link(browser, "Reports")


def download(browser, url):
    """Fetches a download with the browser's session, as the browser would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with opener.open(request, timeout=60) as response:
        return response.status, response.headers.get("Content-Type"), response.read()


def opens_in_libreoffice(data):
    """Converts a .docx to PDF with LibreOffice: proof that a word processor opens it without repair."""
    pdf = convert_with_libreoffice(data, "report.docx", "pdf")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 5000


def test_draft_clear_publish_and_download(server, browser):
    sign_in(browser, server, "democratic@northshire.example")
    open_reports(browser, server)
    check_accessibility(browser, "reports-list")
    click_link(browser, "Draft a report")
    Select(browser.find_element(By.ID, "body")).select_by_visible_text("Children's Services Scrutiny Committee")
    fill(browser, "meeting-day", "10")
    fill(browser, "meeting-month", "2")
    fill(browser, "meeting-year", "2027")
    fill(browser, "reportOf", "the Director of Children's Services")
    browser.find_element(By.CSS_SELECTOR, "input[name=part][value=part-ii]").click()
    submit(browser)
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    assert "Enter the report's title" in summary
    assert "Select the paragraph of Schedule 12A" in summary
    assert browser.find_element(By.ID, "meeting-year").get_attribute("value") == "2027"
    check_accessibility(browser, "report-form-error")

    browser.find_element(By.CSS_SELECTOR, "input[name=part][value=part-i]").click()
    fill(browser, "title", "Improvement Board Update: February 2027")
    fill(browser, "section-executive-summary", "An update on the programme.")
    fill(browser, "section-recommendation", "The Committee is asked to note the report.")
    fill(browser, "section-background", "The Board met in **January**.\n\n- Caseloads fell\n- Agency use fell")
    fill(browser, "implication-1", "Children may not be safe if progress stalls.")
    fill(browser, "paper-1-name", "Improvement Board minutes")
    fill(browser, "paper-1-date", "January 2027")
    submit(browser)
    assert "Report saved as a draft" in browser.page_source
    assert "Publish by" in browser.page_source and "Tuesday, 2 February 2027" in browser.page_source
    check_accessibility(browser, "report-draft")

    click_link(browser, "Add an appendix")
    check_accessibility(browser, "appendix-form")
    browser.find_element(By.CSS_SELECTOR, "input[name=source][value=plan]").click()
    Select(browser.find_element(By.ID, "plan")).select_by_visible_text("Children's Services Continuous Improvement Plan")
    submit(browser)
    assert "Appendix added" in browser.page_source
    assert "(Appendix 'A' refers)" in browser.find_element(By.CLASS_NAME, "ov-report").text
    report_url = browser.current_url.split("?")[0]

    sign_in(browser, server, "director@northshire.example")
    browser.get(report_url)
    press(browser, "Clear for publication")
    assert "Report cleared for publication" in browser.page_source

    sign_in(browser, server, "democratic@northshire.example")
    browser.get(report_url)
    check_accessibility(browser, "report-cleared")
    press(browser, "Publish the report")
    assert "Report published" in browser.page_source
    assert "Checksum (SHA-256)" in browser.page_source
    check_accessibility(browser, "report-published")

    status, kind, docx = download(browser, report_url + "/report.docx")
    assert status == 200 and kind.startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    opens_in_libreoffice(docx)
    status, kind, pdf = download(browser, report_url + "/report.pdf")
    assert status == 200 and kind == "application/pdf" and pdf.startswith(b"%PDF")


def test_the_public_reads_part_one_but_not_part_two(server, browser):
    browser.delete_all_cookies()
    sign_in(browser, server, "viewer@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Reports")
    reports_url = browser.current_url
    browser.delete_all_cookies()
    browser.get(reports_url)
    assert "Sign out" not in browser.page_source
    assert "Improvement Board Update: January 2018" not in browser.page_source  # a draft
    check_accessibility(browser, "public-reports")
    click_link(browser, "Children's Services Continuous Improvement Plan")
    report = browser.find_element(By.CLASS_NAME, "ov-report").text
    for words in ["Report to the Cabinet", "Meeting to be held on Thursday, 12 October 2017", "Part I",
                  "(Appendix 'A' refers)", "Executive Summary", "Reason for inclusion in Part II",
                  "Appendix A: Children's Services Continuous Improvement Plan"]:
        assert words in report
    check_accessibility(browser, "public-report")
    status, _, docx = download(browser, browser.current_url + "/report.docx")
    assert status == 200
    opens_in_libreoffice(docx)

    browser.get(reports_url)
    click_link(browser, "Children's Social Care Agency Staffing Contract")
    assert "This report is exempt" in browser.page_source
    assert "Paragraph 3 of Part 1 of Schedule 12A" in browser.page_source
    assert "£38.50" not in browser.page_source
    assert not browser.find_elements(By.CLASS_NAME, "ov-report")
    check_accessibility(browser, "public-report-exempt")


def test_report_settings(server, browser):
    sign_in(browser, server, "admin@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Settings")
    check_accessibility(browser, "report-templates")
    click_link(browser, "Committee report (standard)")
    check_accessibility(browser, "report-template")
    fill(browser, "section-1-label", "")
    browser.find_element(By.ID, "section-7-include").click()
    submit(browser)
    assert "Keep the reason for inclusion in Part II" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "report-template-error")
    browser.get(server + "/settings/bank-holidays")
    check_accessibility(browser, "bank-holidays")
    fill(browser, "holiday-day", "3")
    fill(browser, "holiday-month", "6")
    fill(browser, "holiday-year", "2030")
    fill(browser, "title", "A one-off bank holiday")
    submit(browser)
    assert "Bank holidays saved" in browser.page_source
    assert "Monday, 3 June 2030" in browser.page_source
