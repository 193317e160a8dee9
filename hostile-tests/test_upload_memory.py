"""Crafted uploads: workbooks of a few kilobytes that unpack to millions of cells or gigabytes,
zips whose records lie, XML nested without end, and documents that are not what their names
say, sent to every form that takes a file. Each is refused with a message (or stored without
being opened), the server stays up, and its peak memory grows by no more than a bound.
"""
import io
import re
import struct
import zipfile

from conftest import record
from hostile import Client, parse_page, same_site

# The server's peak resident memory may grow by this much over all the uploads together.
BOUND_MIB = 300

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def workbook(sheet_xml):
    """A workbook of one sheet, deflated: hostile sheets compress to almost nothing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


def sheet(rows, merges=""):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{rows}</sheetData>{merges}</worksheet>")


def crafted():
    """(name, bytes) of every hostile file."""
    files = [
        ("merge-bomb.xlsx", workbook(sheet('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>',
                                           '<mergeCells count="1"><mergeCell ref="XFD1:XFD100000"/></mergeCells>'))),
        ("wide-rows.xlsx", workbook(sheet("".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 20001))))),
        ("no-references.xlsx", workbook(sheet('<row r="1">' + "<c><v>1</v></c>" * 200000 + "</row>"))),
        ("long-letters.xlsx", workbook(sheet('<row r="1"><c r="ZZZZZZZZZZZZZZ1"><v>1</v></c></row>'))),
        ("string-index.xlsx", workbook(sheet('<row r="1"><c r="A1" t="s"><v>-1</v></c><c r="B1" t="s"><v>99999999999999999999</v></c></row>'))),
        ("far-date.xlsx", workbook(sheet('<row r="1"><c r="A1"><v>2958466</v></c></row>'))),
        ("deep.xlsx", workbook(sheet('<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * 100000 + "</r>" * 100000 + "</is></c></row>"))),
        ("entities.xlsx", workbook('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                                   + sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>'))),
        ("zip-bomb.xlsx", zip_bomb()),
        ("lying-zip64.xlsx", lying_zip64()),
        ("no-end-record.xlsx", b"PK\x03\x04" + b"\x00" * (2 * 1024 * 1024)),
        ("not-a-workbook.xlsx", b"MZ\x90\x00" + b"\x00" * 4096),
        ("empty.csv", b""),
        ("formulas.csv", b"indicator_code,period,value\n" + b"=cmd|' /C calc'!A0,2017-10,1\n" * 5000),
        ("report.pdf", b"MZ\x90\x00 this is a program, not a PDF"),
        ("bomb.docx", zip_bomb()),
    ]
    return files


def zip_bomb():
    """A sheet that deflates from about 100 KB to 200 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            chunk = b"A" * (1024 * 1024)
            for _ in range(200):
                part.write(chunk)
            part.write(b"</t></is></c></row></sheetData></worksheet>")
    return buffer.getvalue()


def lying_zip64():
    """A ZIP64 end record whose central directory starts at 2^64 - 1."""
    record64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, 46, 0xFFFFFFFFFFFFFFFF)
    locator = struct.pack("<IIQI", 0x07064B50, 0, 0, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return b"PK\x03\x04" + b"\x00" * 26 + record64 + locator + end


def upload_forms(client, council, limit=400):
    """Every kind of form that takes a file (imports, evidence with an update, a report's uploaded
    appendix, a self-assessment's documents), found by following links: (action, fields, file field)."""
    queue = [f"/councils/{council}/plans/import", f"/councils/{council}/scorecard/import",
             f"/councils/{council}/risks/import", f"/councils/{council}", f"/councils/{council}/self-assessments",
             f"/councils/{council}/reports"]
    seen, kinds, forms = set(), set(), []
    while queue and len(seen) < limit:
        page = queue.pop(0)
        if page in seen or "?" in page or page.rsplit("/", 1)[-1].count("."):
            continue
        seen.add(page)
        status, _, body, content_type = client.get(page)
        if status != 200 or "html" not in content_type:
            continue
        parsed = parse_page(body)
        for form in parsed.forms:
            files = [name for name, kind, _ in form["fields"] if kind == "file"]
            kind = re.sub(r"[0-9a-f-]{36}", "ID", form["action"])
            if form["method"] == "post" and files and kind not in kinds:
                kinds.add(kind)
                fields = [(name, value or "1") for name, kind_, value in form["fields"] if kind_ != "file" and name != "_csrf"]
                forms.append((form["action"], fields, files[0]))
        for href in parsed.links:
            link = same_site(href)
            if link and link.startswith(f"/councils/{council}/") and ("/plans/" in link or "self-assessments" in link
                                                                       or "/reports/" in link):
                queue.append(link)
    return forms


def test_crafted_uploads_are_refused_within_bounded_memory(server):
    client = Client(server.port, "administrator").sign_in()
    _, headers, _, _ = client.get("/")
    council = headers.get("location", "").split("/")[2]
    forms = upload_forms(client, council)
    actions = [re.sub(r"[0-9a-f-]{36}", "ID", action) for action, _, _ in forms]
    assert len(forms) >= 5, f"expected the three imports, evidence, appendices and documents, found {actions}"
    baseline = server.peak_memory_kib()
    problems = []
    for action, fields, file_field in forms:
        for name, content in crafted():
            status, _, body, _ = client.post_multipart(action, fields, [(file_field, name, content)])
            if not server.alive():
                raise AssertionError(f"the server ended on {name} sent to {action}:\n" + server.log_tail())
            if status >= 500:
                problems.append(f"{status} for {name} sent to {action}")
            imports = action.endswith("/import")
            if imports and status == 200 and b"ov-error-summary" not in body and not name.endswith(".csv"):
                problems.append(f"{name} sent to {action} was taken without a problem named")
            if status in (400, 413, 422):
                text = body.decode("utf-8", "replace")
                if not re.search(r"ov-error-summary|must|not a workbook|too large|could not", text):
                    problems.append(f"{name} sent to {action}: refused ({status}) without saying why")
    growth = (server.peak_memory_kib() - baseline) / 1024
    record("crafted uploads", client.sent)
    print(f"\ncrafted uploads: {client.sent} requests to {len(forms)} forms ({', '.join(actions)}); "
          f"peak memory grew by {growth:.0f} MiB (bound {BOUND_MIB} MiB)")
    assert growth < BOUND_MIB, f"peak memory grew by {growth:.0f} MiB"
    assert not problems, "\n".join(problems)
