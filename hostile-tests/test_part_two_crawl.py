"""The Part II crawl: as the public, a viewer, a lead officer and a performance officer, follow
every link and download on the demo as it was made (pages, JSON, CSV, iCalendar, Word and Excel
files unzipped, PDFs through pdftotext) and look in each for every passage of exempt material the
demo holds (`oversight audit exempt`): Part II text must reach none of them, and text of reports
and agendas still in draft must not reach the public. Each passage's words are also searched for,
as each of them: no result may carry it.

The passages come from the database, not from a list in this file, so material added to the
demo later is looked for too. The crawl also proves it looked: every passage must be found when
the administrator takes the same walk.
"""
import os
import urllib.parse

from conftest import record
from hostile import Client, exempt_material, leaked, parse_page, routes, same_site, text_of

LIMIT = int(os.environ.get("OVERSIGHT_CRAWL_LIMIT", "4000"))
PDF_LIMIT = int(os.environ.get("OVERSIGHT_CRAWL_PDFS", "25"))


def council_id(server):
    """The demo council's id, from the public list of its reports' address in the routes."""
    client = Client(server.port, "administrator").sign_in()
    _, headers, _, _ = client.get("/")
    location = headers.get("location", "")
    if location.startswith("/councils/"):
        return location.split("/")[2]
    _, _, body, _ = client.get("/councils")
    for href in parse_page(body).links:
        parts = href.split("/")
        if len(parts) == 3 and parts[1] == "councils" and len(parts[2]) == 36:
            return parts[2]
    raise AssertionError("no council found")


def crawl(client, starts):
    """Every answer reachable from `starts` by following links: (path, status, body, content type)."""
    seen = set()
    variants = {}
    queue = list(starts)
    answers = []
    pdfs = 0
    while queue and len(seen) < LIMIT:
        path = queue.pop(0)
        if path in seen or path.startswith("/sign-out"):
            continue
        # A page's other orders, filters and months (the calendar pages back to 1900) add nothing after a few.
        bare = path.split("?")[0]
        if "?" in path and variants.get(bare, 0) >= 4:
            continue
        variants[bare] = variants.get(bare, 0) + 1
        seen.add(path)
        if path.split("?")[0].endswith(".pdf"):
            if pdfs >= PDF_LIMIT:
                continue
            pdfs += 1
        status, headers, body, content_type = client.get(path)
        if status in (301, 302, 303, 307):
            target = same_site(headers.get("location", ""))
            if target and not target.startswith("/sign-in"):
                queue.append(target)
            continue
        answers.append((path, status, body, content_type))
        if status == 200 and "html" in content_type:
            for href in parse_page(body).links:
                link = same_site(href)
                if link and link not in seen:
                    queue.append(link)
    return answers


def test_no_exempt_text_reaches_anyone_without_the_right(server):
    material = exempt_material(server)
    part_two = [entry["text"] for entry in material if entry["hiddenFrom"] == "part-ii"]
    # What some page shows to someone: the administrator's walk must find every one of these.
    shown = {entry["text"] for entry in material if entry["hiddenFrom"] == "part-ii" and entry.get("shown", True)}
    drafts = [entry["text"] for entry in material if entry["hiddenFrom"] == "staff"]
    assert len(part_two) >= 10 and drafts, "the demo should hold Part II and draft material to look for"
    council = council_id(server)
    # The public's ways in: every public route of the council (its reports, bodies, calendar, feeds, API).
    public_starts = []
    for route in routes(server):
        if route["isPublic"] and route["path"].count(":") == 1 and route["path"].startswith("/councils/:council"):
            public_starts.append(route["path"].replace(":council", council))
        if route["isPublic"] and route["path"].startswith("/api/v1/councils/:council") and route["path"].count(":") == 1:
            public_starts.append(route["path"].replace(":council", council))
    public_starts.append(f"/councils/{council}/calendar?from=2016-01")
    sent = 0
    problems = []
    counts = {}
    for role in [None, "viewer", "contributor", "performance-officer"]:
        client = Client(server.port, role).sign_in()
        starts = public_starts if role is None else ["/", f"/councils/{council}"] + public_starts
        answers = crawl(client, starts)
        # Search for each passage's own words: a result's passage must not carry it either.
        for text in part_two + drafts:
            path = f"/councils/{council}/search?q=" + urllib.parse.quote(" ".join(text.split()[:8]))
            status, _, body, content_type = client.get(path)
            # The page repeats the words asked for (in its title and box): read only its results.
            marker = b"ov-search-results" if isinstance(body, bytes) else "ov-search-results"
            answers.append((path, status, body[body.find(marker):] if marker in body else body, content_type))
        sent += client.sent
        counts[role or "the public"] = len(answers)
        needles = part_two + (drafts if role is None else [])
        for path, status, body, content_type in answers:
            if status >= 500:
                problems.append(f"{status} for {path} as {role or 'the public'}")
            found = leaked(text_of(path, body, content_type), needles)
            if found:
                problems.append(f"{path} as {role or 'the public'} carries {found[:3]}")
    # The same walk by the administrator, who may read Part II and open every form, finds every
    # passage: proof that the crawl reaches wherever they are shown.
    board = Client(server.port, "administrator").sign_in()
    found_by_board = set()
    for path, status, body, content_type in crawl(board, ["/", f"/councils/{council}"] + public_starts):
        found_by_board.update(leaked(text_of(path, body, content_type), part_two))
    # And search, as the administrator, finds Part II passages by their words: proof that the
    # searches above looked where the material is.
    found_by_search = set()
    for text in part_two:
        path = f"/councils/{council}/search?q=" + urllib.parse.quote(" ".join(text.split()[:8]))
        status, _, body, content_type = board.get(path)
        marker = b"ov-search-results" if isinstance(body, bytes) else "ov-search-results"
        if marker in body:
            found_by_search.update(leaked(text_of(path, body[body.find(marker):], content_type), [text]))
    assert found_by_search, "the administrator's searches found no Part II passage: the searches prove nothing"
    sent += board.sent
    record("Part II crawl", sent)
    print(f"\nPart II crawl: {sent} requests; answers read: {counts}; "
          f"{len(part_two)} Part II and {len(drafts)} draft passages looked for; "
          f"the administrator's walk found {len(found_by_board)} of the Part II passages and search {len(found_by_search)}; not found: {sorted(set(part_two) - found_by_board)} (shown on no page: {len(part_two) - len(shown)})")
    missing = shown - found_by_board
    assert not missing, f"the crawl did not reach these passages even as the administrator: {sorted(missing)}"
    assert not problems, f"{len(problems)} problems, the first:\n" + "\n".join(problems[:25])
