"""Moving in: a programme manager brings the council's plan tracker into Oversight in the browser,
as a new user would try it with the sample: upload, the sheet, the columns, the preview, confirm."""
import http.client
from pathlib import Path
from urllib.parse import urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import check_accessibility, click_and_wait, click_link, sign_in

ROOT = Path(__file__).resolve().parent.parent


def press(browser, text):
    """Clicks the button with this text and waits for the page that answers it."""
    click_and_wait(browser, browser.find_element(By.XPATH, f"//main//button[normalize-space()='{text}']"))


def test_sample_tracker_becomes_a_draft_plan(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Import a plan from a spreadsheet")
    check_accessibility(browser, "plan-import-upload")
    press(browser, "Import the sample tracker")

    assert "Which sheet holds the plan?" in browser.page_source
    check_accessibility(browser, "plan-import-sheet")
    assert browser.find_element(By.ID, "sheet").is_selected(), "the sheet with known headings is chosen"
    press(browser, "Continue")

    assert browser.find_element(By.TAG_NAME, "h1").text.endswith("Say which column holds what")
    assert browser.find_element(By.ID, "header-row").get_attribute("value") == "2"
    assert Select(browser.find_element(By.ID, "column-action")).first_selected_option.text == "B: Action"
    assert Select(browser.find_element(By.ID, "column-rating")).first_selected_option.text == "G: RAG"
    check_accessibility(browser, "plan-import-columns")
    press(browser, "Preview the plan")

    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Put the file right before importing" in main
    assert 'Rating "A/G" is not Red, Amber, Green or Blue' in main
    assert "Improvement plan" in main and "6" in main and "G (RAG)" in main, "the problem is placed by sheet, row and column"
    check_accessibility(browser, "plan-import-problems")
    Select(browser.find_element(By.ID, "rating-1")).select_by_visible_text("Amber: at risk")
    press(browser, "Check again")

    main = browser.find_element(By.TAG_NAME, "main").text
    assert "3 priorities and 7 actions, with no problems" in main
    assert "Audit every child protection plan over 18 months old" in main
    check_accessibility(browser, "plan-import-preview")
    title = browser.find_element(By.ID, "title")
    title.clear()
    title.send_keys("Improvement plan (from the tracker)")
    press(browser, "Create the draft plan")

    assert "Plan imported as a draft" in browser.page_source
    assert browser.find_element(By.TAG_NAME, "h1").text.endswith("Improvement plan (from the tracker)")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Priority 1: Children in need of help and protection" in main
    assert "Review every placement made out of county" in main
    check_accessibility(browser, "plan-imported")


def test_files_that_cannot_be_imported_are_refused(server, browser, tmp_path):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Import a plan from a spreadsheet")
    browser.find_element(By.ID, "file").send_keys(str(ROOT / "Tests/Fixtures/workbooks/not-a-workbook.xlsx"))
    press(browser, "Upload and continue")
    assert browser.title.startswith("Error: ")
    assert "not-a-workbook.xlsx cannot be read" in browser.find_element(By.CLASS_NAME, "ov-error-summary").text
    check_accessibility(browser, "plan-import-refused")

    # A 200 MB upload is refused on its declared length, before a byte of it is read.
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    url = urlparse(browser.current_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.putrequest("POST", url.path)
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(200 * 1024 * 1024))
    connection.putheader("Cookie", cookies)
    connection.endheaders()
    connection.send(b"--x\r\n" + b"A" * 65536)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    assert response.status == 413
    assert "a plan tracker must be 50 MB or smaller" in body


def test_risk_log_imports_into_the_register(server, browser, tmp_path):
    header = ("reference,title,category,owner,raised_on,cause,event,consequence,inherent_likelihood,inherent_impact,"
              "current_likelihood,current_impact,target_likelihood,target_impact,proximity\n")
    bad = tmp_path / "risk-log.csv"
    bad.write_text(header + ",Court delays,Partnership,Nobody Known,12/09/2017,Backlog,Hearings slip,Drift,3,4,3,4,2,4,Soon\n",
                   encoding="utf-8")
    good = tmp_path / "risk-log-corrected.csv"
    good.write_text(header + "LOG-1,Court delays,Partnership,Helen Marsh,12/09/2017,Backlog,Hearings slip,Drift,3,4,3,4,2,4,"
                    "In 3 to 12 months\n", encoding="utf-8")
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Risks")
    click_link(browser, "Import risks")
    check_accessibility(browser, "risk-import-form")
    browser.find_element(By.ID, "file").send_keys(str(bad))
    press(browser, "Check the file")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Nobody Known is not in the people directory" in main
    assert '"Soon" is not one of Within 3 months' in main
    check_accessibility(browser, "risk-import-problems")
    browser.find_element(By.ID, "file").send_keys(str(good))
    press(browser, "Check the file")
    assert "risk-log-corrected.csv has 1 risk and no problems" in browser.page_source
    check_accessibility(browser, "risk-import-preview")
    press(browser, "Import 1 risk")
    assert "Risks imported into the register" in browser.page_source
    assert "Court delays" in browser.find_element(By.TAG_NAME, "main").text
