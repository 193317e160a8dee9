"""A member of the public who knows only the site's address: the public home, the council's
meetings and reports, the statements, and the way to sign in, reached by clicking, each scanned
with axe."""
import urllib.request

import feedparser
from selenium.webdriver.common.by import By

from helpers import check_accessibility, click_and_wait, click_link


def test_public_site_by_clicking(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/")
    assert "Northshire County Council" in browser.title
    assert "Sign in to Oversight" not in browser.page_source
    assert browser.find_element(By.TAG_NAME, "h1").text.endswith("Northshire County Council")
    check_accessibility(browser, "public-home")

    visits = [
        ("public-report", lambda: click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main ul a[href*='/reports/']"))),
        ("public-reports", lambda: click_link(browser, "Reports")),
        ("public-home-again", lambda: click_link(browser, "Home")),
        ("public-body", lambda: click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main a[href*='/bodies/']"))),
        ("public-meetings", lambda: click_link(browser, "Meetings")),
        ("public-home-calendar", lambda: click_link(browser, "Home")),
        ("public-calendar", lambda: click_link(browser, "See every meeting in the calendar")),
        ("public-decisions", lambda: click_link(browser, "Decisions")),
        ("public-forward-plan", lambda: click_link(browser, "Forward plan")),
        ("public-search", lambda: click_link(browser, "Search")),
        ("accessibility-statement", lambda: click_link(browser, "Accessibility statement")),
        ("privacy-notice", lambda: click_link(browser, "Privacy notice")),
        ("sign-in-from-public", lambda: click_link(browser, "Sign in")),
    ]
    for name, go in visits:
        go()
        assert "Sorry, there is a problem" not in browser.page_source, name
        check_accessibility(browser, name)
    assert browser.find_element(By.ID, "email")


def test_administrator_writes_the_accessibility_statement(server, browser):
    from helpers import fill, sign_in, submit
    sign_in(browser, server, "admin@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Settings")
    click_link(browser, "The accessibility statement and the privacy notice")
    check_accessibility(browser, "public-texts")
    fill(browser, "accessibility", "## Contact us\n\nCall democratic services on (01632) 960100.")
    submit(browser)
    assert "Accessibility statement and privacy notice saved" in browser.page_source
    check_accessibility(browser, "public-texts-saved")
    browser.delete_all_cookies()
    browser.get(server + "/accessibility")
    assert browser.find_element(By.TAG_NAME, "h2").text == "Contact us"
    check_accessibility(browser, "accessibility-statement-own")
    # The standard text again, for the other tests.
    sign_in(browser, server, "admin@northshire.example")
    browser.get(server + "/settings/public-pages")
    fill(browser, "accessibility", "")
    submit(browser)


def test_decisions_register_finds_a_decision_by_its_reasons(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/")
    click_link(browser, "Decisions")
    browser.find_element(By.ID, "q").send_keys("sustains")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.ov-filter button"))
    assert "Showing 1 to 1 of 1 decisions" in browser.page_source
    assert "Cabinet approved the Continuous Improvement Plan." in browser.page_source
    check_accessibility(browser, "public-decisions-found")


def test_search_from_the_public_home_finds_a_decision_by_its_reasons(server, browser):
    browser.delete_all_cookies()
    browser.get(server + "/")
    browser.find_element(By.ID, "q").send_keys("sustains embeds")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] button"))
    results = browser.find_elements(By.CSS_SELECTOR, ".ov-search-result")
    assert results, "no results"
    assert any("Cabinet, 12 October 2017: decision 1.1" in result.text for result in results)
    assert browser.find_elements(By.CSS_SELECTOR, ".ov-search-result mark")
    check_accessibility(browser, "public-search-results")
    # The filters narrow it to decisions; nothing of the programme is offered to a visitor.
    options = [option.get_attribute("value") for option in browser.find_elements(By.CSS_SELECTOR, "#type option")]
    assert "risk" not in options and "decision" in options


def test_forward_plan_shows_each_route_and_warns_democratic_services(server, browser):
    """A resident reads the demo's forward plan: a key decision on time, one under the general
    exception, one under special urgency, and a private meeting's notices. Democratic services add
    a key decision four days before its notice is due and are warned."""
    import datetime
    from zoneinfo import ZoneInfo
    from helpers import fill, sign_in, submit
    browser.delete_all_cookies()
    browser.get(server + "/")
    click_link(browser, "Forward plan")
    page = browser.page_source
    for words in ["In the forward plan at least 28 clear days before the decision (regulation 9)",
                  "General exception (regulation 10)", "Special urgency (regulation 11)",
                  "No: to be taken in private. Paragraph 3", "Representations received"]:
        assert words in page, words
    assert "budget proposals" not in page

    sign_in(browser, server, "democratic@northshire.example")
    browser.get(server + "/")
    click_link(browser, "Meetings")
    click_link(browser, "Forward plan")
    check_accessibility(browser, "forward-plan-staff")
    click_link(browser, "Add a key decision")
    check_accessibility(browser, "forward-plan-new")
    today = datetime.datetime.now(ZoneInfo("Europe/London")).date()
    decision = today + datetime.timedelta(days=33)
    fill(browser, "matter", "Closure of the Brookside children's home")
    fill(browser, "contact", "Jo Bright, Democratic Services, (01632) 960100")
    fill(browser, "decision-day", str(decision.day))
    fill(browser, "decision-month", str(decision.month))
    fill(browser, "decision-year", str(decision.year))
    submit(browser)
    assert "Key decision saved" in browser.page_source
    assert "1 deadline needs your attention" in browser.page_source
    assert "4 days left" in browser.page_source
    check_accessibility(browser, "forward-plan-warned")
    # Published a day early in the wrong route, it is refused with the route that fits.
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main a[href$='/edit']"))
    fill(browser, "decision-day", str((today + datetime.timedelta(days=10)).day))
    fill(browser, "decision-month", str((today + datetime.timedelta(days=10)).month))
    fill(browser, "decision-year", str((today + datetime.timedelta(days=10)).year))
    fill(browser, "published-day", str(today.day))
    fill(browser, "published-month", str(today.month))
    fill(browser, "published-year", str(today.year))
    submit(browser)
    assert "short of the 28 clear days" in browser.page_source
    check_accessibility(browser, "forward-plan-refused")


def test_feeds_parse(server, browser):
    """The council's feed and each committee's, read by feedparser as a feed reader would."""
    browser.delete_all_cookies()
    browser.get(server + "/")
    feed_url = browser.find_element(By.LINK_TEXT, "the council's news (Atom feed)").get_attribute("href")
    body_pages = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main a[href*='/bodies/']")]
    urls = [feed_url] + [page + "/feed.atom" for page in body_pages]
    assert len(urls) >= 4
    for url in urls:
        with urllib.request.urlopen(url) as response:
            assert response.headers["Content-Type"].startswith("application/atom+xml")
            parsed = feedparser.parse(response.read())
        assert not parsed.bozo, f"{url}: {parsed.get('bozo_exception')}"
        assert parsed.version == "atom10"
        assert parsed.feed.title
        for entry in parsed.entries:
            assert entry.title and entry.link.startswith(server) and entry.id and entry.updated_parsed, url
    council = feedparser.parse(urllib.request.urlopen(feed_url).read())
    titles = [entry.title for entry in council.entries]
    assert "Report: Children's Services Continuous Improvement Plan" in titles
    assert "Decision 1.1: Cabinet, 12 October 2017" in titles
