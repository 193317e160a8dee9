"""Each module gets a server of its own: the fuzzer changes data, and the crawl must see the demo as
it was made. Counts of requests are printed at the end of the run (pytest -s, or the summary)."""
import pytest

from hostile import Server

COUNTS = {}


@pytest.fixture(scope="module")
def server():
    started = Server()
    yield started
    started.stop()


def record(part, requests):
    COUNTS[part] = COUNTS.get(part, 0) + requests


def pytest_terminal_summary(terminalreporter):
    if COUNTS:
        terminalreporter.write_sep("-", "requests sent")
        for part, requests in COUNTS.items():
            terminalreporter.write_line(f"{part}: {requests} requests")
        terminalreporter.write_line(f"hostile-tests: {sum(COUNTS.values())} requests in all")
