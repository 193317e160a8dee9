"""What every hostile-input test shares: a live Oversight server on a data directory of its own,
a client that signs in as any demo role, the site's routes (from `oversight routes`), the council's
exempt material (from `oversight audit exempt`), and the checks every answer must pass.

Python 3 standard library only, so that the checks do not depend on what a package would parse
leniently. OVERSIGHT_BIN names the built binary (default .build/debug/oversight).
"""
import html
import http.client
import io
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
import zipfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
BINARY = Path(os.environ.get("OVERSIGHT_BIN", ROOT / ".build/debug/oversight"))
PASSWORD = "northshire-demo"

# The demo's accounts by role; the public is None.
ROLES = {
    "administrator": "admin@northshire.example",
    "programme-manager": "pm@northshire.example",
    "contributor": "lead@northshire.example",
    "performance-officer": "data@northshire.example",
    "board-member": "board@northshire.example",
    "viewer": "viewer@northshire.example",
    "democratic-services": "democratic@northshire.example",
    "senior-leader": "director@northshire.example",
}
# The roles without Part II access, as the permission matrix has them.
WITHOUT_PART_TWO = {"contributor", "performance-officer", "viewer"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`oversight demo` on a fresh data directory; stopped by `stop`."""

    def __init__(self, extra_env=None):
        if not BINARY.exists():
            raise SystemExit(f"{BINARY} does not exist: run `swift build` first")
        self.data_dir = tempfile.mkdtemp(prefix="oversight-hostile-")
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(extra_env or {})
        self.env = env
        self.log_path = Path(self.data_dir) / "server.log"
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [str(BINARY), "demo", "--port", str(self.port), "--data-dir", self.data_dir],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 120
        while True:
            try:
                status, _, _, _ = Client(self.port).request("GET", "/healthz")
                if status == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.time() > deadline:
                self.process.kill()
                raise SystemExit("Oversight did not start:\n" + self.log_path.read_text())
            time.sleep(0.3)

    def alive(self):
        return self.process.poll() is None

    def cli(self, *arguments, data=True):
        """Runs an `oversight` command against this server's data."""
        result = subprocess.run([str(BINARY), *arguments] + (["--data-dir", self.data_dir] if data else []), capture_output=True,
                                text=True, env=self.env, timeout=300)
        if result.returncode != 0:
            raise AssertionError(f"oversight {' '.join(arguments)} failed: {result.stderr}")
        return result.stdout

    def peak_memory_kib(self):
        """The server's peak resident memory so far (VmHWM), in KiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    def log_tail(self, lines=60):
        """The end of the log; when the server ended by itself, the whole log is kept in
        hostile-tests/artifacts/ and the tail shows its last lines that are not request lines."""
        self.log.flush()
        text = self.log_path.read_text(errors="replace")
        if not self.alive():
            ARTIFACTS.mkdir(exist_ok=True)
            kept = ARTIFACTS / f"server-{self.port}.log"
            kept.write_text(text)
            interesting = [line for line in text.splitlines() if "[Vapor] " not in line]
            return f"(whole log kept in {kept.name})\n" + "\n".join(interesting[-lines:])
        return "\n".join(text.splitlines()[-lines:])

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)


class WriteProbe:
    """Watches the server's SQLite database for a change that leaves no audit entry.

    Triggers on every table record each insert, update and delete in a table of the probe's own,
    inside the server's transaction (so a rolled-back change leaves nothing either). A request
    after which the probe moved but the audit trail's head did not changed data unaudited: the
    page cache, keyed on that head, would go on showing the old page. The tables the unit of work
    names as housekeeping are left out: sessions, security events, sign-in failures, printed
    copies, uploads held for an import, and an API token's time of last use.
    """

    HOUSEKEEPING = {"audit_entries", "sessions", "security_events", "sign_in_failures", "printed_documents",
                    "pending_imports", "_fluent_migrations", "_write_probe"}
    HOUSEKEEPING_COLUMNS = {"api_tokens": {"last_used_at"}}

    def __init__(self, server):
        self.db = sqlite3.connect(Path(server.data_dir) / "oversight.sqlite", timeout=60, isolation_level=None)
        self.db.execute("PRAGMA busy_timeout = 60000")
        tables = [row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        self.db.execute("CREATE TABLE _write_probe (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL)")
        # The search index (its FTS5 table, the tables behind it, its entries and the generation each
        # part was written at) is derived data, brought up to date from the rest by the first search
        # after a change, like the printed documents: a search writes it without an audit entry by
        # design (ADR 0017).
        self.watched = sorted(t for t in set(tables) - self.HOUSEKEEPING
                              if not t.startswith(("search_index", "search_parts", "search_entries")))
        for table in self.watched:
            quoted = '"' + table.replace('"', '""') + '"'
            note = f"INSERT INTO _write_probe (tbl) VALUES ('{table}')"
            for event in ("INSERT", "DELETE"):
                self.db.execute(f'CREATE TRIGGER "_probe_{table}_{event}" AFTER {event} ON {quoted} BEGIN {note}; END')
            columns = [row[1] for row in self.db.execute(f"PRAGMA table_info({quoted})")]
            kept = [c for c in columns if c not in self.HOUSEKEEPING_COLUMNS.get(table, set())]
            of = " OF " + ", ".join('"' + c + '"' for c in kept) if len(kept) < len(columns) else ""
            self.db.execute(f'CREATE TRIGGER "_probe_{table}_UPDATE" AFTER UPDATE{of} ON {quoted} BEGIN {note}; END')
        self.audited_changes = 0
        # The probe proves it can see: an unaudited no-op write of its own must be reported.
        mark = self.mark()
        self.db.execute('UPDATE councils SET name = name')
        seen = self.unaudited_since(mark)
        assert seen == ["councils"], f"the write probe did not see a write to councils: {seen}"

    def mark(self):
        probe = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM _write_probe").fetchone()[0]
        head = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM audit_entries").fetchone()[0]
        return probe, head

    def unaudited_since(self, mark):
        """The tables written since `mark` if the audit trail did not move with them, else []."""
        probe, head = self.mark()
        if probe == mark[0]:
            return []
        if head > mark[1]:
            self.audited_changes += 1
            return []
        return sorted({row[0] for row in self.db.execute("SELECT tbl FROM _write_probe WHERE seq > ?", (mark[0],))})


class Client:
    """One keep-alive connection that keeps its cookies, as a browser does."""

    def __init__(self, port, role=None):
        self.port = port
        self.role = role
        self.cookies = {}
        self.csrf = ""
        self.connection = None
        self.sent = 0

    def _connect(self):
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=180)

    def request(self, method, path, body=None, headers=None):
        """(status, headers as a lower-cased dict, body bytes, content type)."""
        sent = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        sent.update(headers or {})
        for attempt in range(2):
            if self.connection is None:
                self._connect()
            try:
                self.connection.request(method, path, body=body, headers=sent)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 1:
                    raise
        self.sent += 1
        received = {}
        for name, value in response.getheaders():
            received.setdefault(name.lower(), []).append(value)
            if name.lower() == "set-cookie":
                cookie, _, _ = value.partition(";")
                key, _, cookie_value = cookie.partition("=")
                if "Max-Age=0" in value or "expires=Thu, 01 Jan 1970" in value.lower():
                    self.cookies.pop(key, None)
                else:
                    self.cookies[key] = cookie_value
        flat = {k: ", ".join(v) for k, v in received.items()}
        return response.status, flat, data, flat.get("content-type", "")

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, fields):
        pairs = [("_csrf", self.csrf)] + list(fields)
        return self.request("POST", path, urllib.parse.urlencode(pairs).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def post_multipart(self, path, fields, files):
        boundary = "----oversight-hostile-boundary"
        parts = []
        for name, value in [("_csrf", self.csrf)] + list(fields):
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                         + str(value).encode() + b"\r\n")
        for name, filename, content in files:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                         f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def sign_in(self):
        if self.role is None:
            return self
        email = ROLES[self.role]
        _, _, page, _ = self.get("/sign-in")
        token = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
        self.csrf = token
        status, headers, _, _ = self.post_form("/sign-in", [("email", email), ("password", PASSWORD)])
        if status != 303:
            raise AssertionError(f"signing in as {email} answered {status}")
        _, _, page, _ = self.get("/account/tokens")
        found = re.search(rb'name="_csrf" value="([^"]+)"', page)
        if found:
            self.csrf = found.group(1).decode()
        else:
            _, _, page, _ = self.get("/")
            self.csrf = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
        return self


def routes(server):
    return [json.loads(line) for line in server.cli("routes", data=False).splitlines() if line.strip()]


def exempt_material(server):
    return [json.loads(line) for line in server.cli("audit", "exempt").splitlines() if line.strip()]


def template_regex(path):
    """`/councils/:council/plans/:plan` as a pattern that matches a concrete path, naming the parameters."""
    pattern = re.sub(r":([A-Za-z]+)", lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(path).replace("\\:", ":"))
    return re.compile("^" + pattern + "$")


class Links(HTMLParser):
    """Links, and forms with their fields, from a page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                          "multipart": "multipart" in (a.get("enctype") or ""), "fields": []}
            self.forms.append(self._form)
        elif self._form is not None and tag == "input":
            kind = (a.get("type") or "text").lower()
            if a.get("name") and kind not in ("submit", "button"):
                if kind in ("checkbox", "radio") and any(f[0] == a["name"] and f[1] == kind for f in self._form["fields"]):
                    return
                self._form["fields"].append((a["name"], kind, a.get("value") or ""))
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = [a["name"], "select", None]
        elif self._select is not None and tag == "option":
            if self._select[2] in (None, "") and a.get("value"):
                self._select[2] = a.get("value")
        elif self._form is not None and tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], "textarea", ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[2] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None and self._form is not None:
            self._form["fields"].append((self._select[0], "select", self._select[2] or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form["fields"].append(tuple(self._textarea))
            self._textarea = None
        elif tag == "form":
            self._form = None


def parse_page(body):
    parser = Links()
    try:
        parser.feed(body.decode("utf-8", "replace"))
    except Exception:
        pass
    return parser


def same_site(href):
    """The path and query of a link on this site, or None."""
    if not href or href.startswith("#"):
        return None
    parsed = urllib.parse.urlsplit(html.unescape(href))
    if parsed.scheme and parsed.scheme not in ("http", "https"):
        return None
    if parsed.netloc and not parsed.netloc.startswith("127.0.0.1"):
        return None
    if not parsed.path.startswith("/"):
        return None
    return parsed.path + (("?" + parsed.query) if parsed.query else "")


# Payloads that reveal unescaped output: an element Oversight never writes, and attribute
# break-outs with both quotes. Found raw in an HTML answer, they mean a value was printed unescaped.
MARKER = "ovfz"
MARKUP_PAYLOADS = [f"<{MARKER} x=1>", f'" {MARKER}="1', f"' {MARKER}='1", f'<svg onload={MARKER}()>']
# A payload's quote inside a tag means it left its attribute; in text, quotes are harmless.
UNESCAPED = re.compile(rf"<{MARKER}|<svg onload={MARKER}|<[^<>]*\s{MARKER}=[\"']|(?i:(?:href|src|action)=[\"']?\s*javascript:)".encode())


def unescaped_markup(body, content_type):
    """The unescaped fragment in an HTML answer, or None."""
    if "html" not in content_type:
        return None
    found = UNESCAPED.search(body)
    return body[max(0, found.start() - 80):found.end() + 40].decode("utf-8", "replace") if found else None


def text_of(path, body, content_type):
    """Every text an answer carries, as a reader or a program would read it, whitespace collapsed:
    pages and JSON with their entities and escapes undone, iCalendar unfolded, Word and Excel
    files unzipped, PDFs through pdftotext."""
    texts = []
    if body[:4] == b"%PDF":
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(body)
            f.flush()
            # As laid out, and in the order it was written: narrow table columns can interleave in one.
            for mode in ([], ["-raw"]):
                result = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", f.name, "-"], capture_output=True, timeout=60)
                if result.returncode != 0:
                    raise AssertionError(f"pdftotext could not read the PDF of {path}")
                texts.append(result.stdout.decode("utf-8", "replace"))
    elif body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            for name in archive.namelist():
                if name.endswith(".xml") or name.endswith(".rels"):
                    xml = archive.read(name).decode("utf-8", "replace")
                    texts.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
                    texts.append(html.unescape(re.sub(r"<[^>]+>", " ", xml)))
    else:
        raw = body.decode("utf-8", "replace")
        if "calendar" in content_type:
            raw = raw.replace("\r\n ", "").replace("\\n", " ").replace("\\,", ",").replace("\\;", ";")
        if "json" in content_type:
            try:
                strings = []

                def walk(value):
                    if isinstance(value, str):
                        strings.append(value)
                    elif isinstance(value, dict):
                        for v in value.values():
                            walk(v)
                    elif isinstance(value, list):
                        for v in value:
                            walk(v)
                walk(json.loads(raw))
                texts.append(" | ".join(strings))
            except ValueError:
                pass
        texts.append(html.unescape(raw))
        texts.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
        texts.append(html.unescape(re.sub(r"<[^>]+>", "", raw)))
    return [" ".join(t.split()) for t in texts]


def normalised(text):
    return " ".join(text.split())


def leaked(texts, needles):
    """The needles found in any of the texts."""
    return [needle for needle in needles if any(needle in text for text in texts)]
