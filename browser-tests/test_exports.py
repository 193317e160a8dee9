"""Spreadsheets out: a programme manager downloads the plan's actions, the risk register and the
scorecard as Excel workbooks, and they open in a spreadsheet program with typed cells."""
import datetime
import io

import openpyxl
from selenium.webdriver.common.by import By

from helpers import click_link, convert_with_libreoffice, sign_in
from test_reports import download


def opens_in_calc(data):
    """Converts a workbook's first sheet to CSV with LibreOffice Calc: proof it opens without repair."""
    return convert_with_libreoffice(data, "export.xlsx", "csv", needs_calc=True).decode("utf-8", "replace")


def fetch(browser, link_text):
    link = browser.find_element(By.PARTIAL_LINK_TEXT, link_text)
    status, kind, data = download(browser, link.get_attribute("href"))
    assert status == 200
    assert kind.startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return data


def test_plan_register_and_scorecard_as_workbooks(server, browser):
    sign_in(browser, server, "pm@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Plans")
    click_link(browser, "Children's Services Improvement Plan")
    data = fetch(browser, "Download all actions (Excel")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames[0] == "All actions" and len(book.sheetnames) > 1
    sheet = book["All actions"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:K")
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Reference", "Priority", "Action"]
    due = sheet.cell(row=2, column=header.index("Due date") + 1)
    assert isinstance(due.value, datetime.datetime), "due dates are dates, not text"
    assert due.number_format == "dd/mm/yyyy"
    assert isinstance(sheet.cell(row=2, column=header.index("Revisions") + 1).value, int)
    assert "Reference" in opens_in_calc(data)

    browser.get(server + "/")
    click_link(browser, "Risks")
    data = fetch(browser, "Download as Excel")
    register = openpyxl.load_workbook(io.BytesIO(data))["Risk register"]
    header = [cell.value for cell in register[1]]
    assert isinstance(register.cell(row=2, column=header.index("Current score") + 1).value, int)
    assert "Reference" in opens_in_calc(data)

    browser.get(server + "/")
    click_link(browser, "Scorecard")
    data = fetch(browser, "Download the scorecard (Excel")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Latest figures", "Every figure"]
    latest = book["Latest figures"]
    header = [cell.value for cell in latest[1]]
    percentages = [row for row in latest.iter_rows(min_row=2) if row[header.index("Unit")].value == "Percentage"
                   and row[header.index("Latest")].value is not None]
    assert percentages, "the demo scorecard has percentage indicators"
    cell = percentages[0][header.index("Latest")]
    assert 0 <= cell.value <= 1 and cell.number_format == "0.0%", "a percentage is a share formatted as one"
    opens_in_calc(data)
