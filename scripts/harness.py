"""Shared by scripts/benchmark, scripts/load-test and scripts/two-instances: start an Oversight
server on a data directory of its own, wait for it, and talk to it as a signed-in browser would.
Python 3 standard library only."""
import http.client
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "northshire-demo"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def csrf(page):
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)


class Client:
    """One keep-alive connection with the session cookie, as a browser holds it."""

    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies = {}
        self.last_size = 0

    def request(self, method, path, body=None, headers=None):
        sent = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        self.connection.request(method, path, body=body, headers=sent)
        response = self.connection.getresponse()
        data = response.read()
        self.last_size = len(data)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location"), data.decode("utf-8", "replace")

    def post_form(self, path, fields):
        return self.request("POST", path, urllib.parse.urlencode(fields))

    def sign_in(self, email, password=DEMO_PASSWORD):
        _, _, page = self.request("GET", "/sign-in")
        status, _, _ = self.post_form("/sign-in", {"_csrf": csrf(page), "email": email, "password": password})
        if status != 303:
            sys.exit(f"signing in as {email} answered {status}")

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def api_token(self, name):
        """A new API token for the signed-in user, made through the real form (shown once)."""
        _, _, page = self.request("GET", "/account/tokens")
        status, _, page = self.post_form("/account/tokens", {"_csrf": csrf(page), "name": name})
        found = re.search(r'<code id="new-token">([^<]+)</code>', page)
        if status != 201 or not found:
            sys.exit(f"making an API token answered {status}")
        return found.group(1)


class Server:
    """`oversight ARGS --port P --data-dir D` with its log in D/server.log; stopped on exit."""

    def __init__(self, binary, args, data_dir, env=None, port=None, name="server"):
        self.port = port or free_port()
        self.log_path = Path(data_dir) / f"{name}.log"
        self.log = open(self.log_path, "w")
        environment = {"PATH": "/usr/bin:/bin", "OVERSIGHT_LOG_LEVEL": "warning"}
        environment.update(env or {})
        self.started = time.monotonic()
        self.process = subprocess.Popen([binary] + args + ["--port", str(self.port), "--data-dir", str(data_dir)],
                                        stdout=self.log, stderr=subprocess.STDOUT, env=environment)

    def wait_until_ready(self, timeout=1800):
        deadline = time.monotonic() + timeout
        while True:
            try:
                probe = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                probe.request("GET", "/healthz")
                if probe.getresponse().status == 200:
                    return time.monotonic() - self.started
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the server did not start; see {self.log_path}")
            time.sleep(0.5)

    def memory(self):
        """Resident memory now and at its peak, in MiB, from /proc (Linux)."""
        figures = {}
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    figures[key] = int(value.split()[0]) / 1024
        except OSError:
            pass
        return figures.get("VmRSS"), figures.get("VmHWM")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def start_postgres(directory):
    """A throwaway PostgreSQL from scripts/start-postgres; returns its DATABASE_URL."""
    # Run as root, the server runs as the postgres user, who must be able to reach the directory.
    Path(directory).parent.chmod(0o755)
    done = subprocess.run([str(ROOT / "scripts/start-postgres"), str(directory), str(free_port())],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"PostgreSQL did not start: {done.stderr.strip() or done.stdout.strip()}; see {directory}/server.log")
    return done.stdout.strip().split("DATABASE_URL=", 1)[1]


def stop_postgres(directory):
    subprocess.run([str(ROOT / "scripts/stop-postgres"), str(directory)], capture_output=True)


def shown(path):
    """A path as it is printed: relative to the project, never this machine's layout."""
    path = Path(path)
    return path.relative_to(ROOT) if path.is_absolute() and ROOT in path.parents else path


class _FormReader(HTMLParser):
    """The fields of each form on a page, as a browser would submit them unchanged."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": []})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.forms[-1]["fields"].append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]
            self.forms[-1]["fields"].append(self._textarea)
        elif tag == "select" and a.get("name"):
            self._select = [a["name"], None]
            self.forms[-1]["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            if self._select[1] is None or "selected" in a:
                self._select[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


def form_fields(page, action):
    """The fields of the form on `page` that posts to `action`, as a dict in page order."""
    reader = _FormReader()
    reader.feed(page)
    for form in reader.forms:
        if form["action"] == action:
            return {name: value or "" for name, value in form["fields"]}
    sys.exit(f"no form posts to {action}")
