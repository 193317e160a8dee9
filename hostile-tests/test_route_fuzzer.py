"""The route fuzzer: every route Oversight answers (from `oversight routes`, which lists
`SiteURL.allRoutes` as registered), as the public and as every role, with hostile path
parameters, query strings and form bodies. After every request: the server is still alive,
nothing answers 5xx (but a PDF asked for while every printer is busy, which must say when to
come back), no HTML answer carries markup it was sent unescaped, and, while the data is as the
demo made it, no answer to anyone without the right carries exempt or draft text; and no request
changed data without an audit entry (`WriteProbe`: triggers on every table but housekeeping).

It finds its way as a person would: it signs in as the administrator and follows every link,
so that each route is tried with real ids (a hostile id only reaches deep code when its parents
are real), and it posts every form it finds with one field at a time made hostile.

Bounded: OVERSIGHT_FUZZ_SCALE (default 1) multiplies the values tried; OVERSIGHT_FUZZ_SEED
fixes the choices, so a failure can be replayed.
"""
import os
import random
import urllib.parse
import uuid
from collections import defaultdict

from conftest import record
from hostile import (MARKER, MARKUP_PAYLOADS, ROLES, WITHOUT_PART_TWO, Client, WriteProbe, exempt_material, leaked, parse_page,
                     routes, same_site, template_regex, text_of, unescaped_markup)

SCALE = float(os.environ.get("OVERSIGHT_FUZZ_SCALE", "1"))
SEED = int(os.environ.get("OVERSIGHT_FUZZ_SEED", "20261204"))

NUMBERS = ["0", "-1", "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "1e308", "NaN",
           "Infinity", "1.5", "0x10", "٣"]
DATES = ["0001-01", "9999-12", "10000-01", "0000-00", "2017-13", "2017-00", "1899-12", "2200-01", "9999-12-31",
         "0001-01-01", "2017-02-30", "2017-Q5", "2017-99"]
TEXTS = ["", " ", "\x00", "\x01\x02\x7f", "\r\nSet-Cookie: ovfz=1", "%", "%00", "../../../../etc/passwd",
         "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(1)", "-2+3", "A" * 5000, "é" * 400, "\U0001F600" * 50,
         "[x](javascript:ovfz())", "[x](https://a\" ovfz=\"1)", "**" * 2000, "[" * 3000, "![" * 300, "[a](" * 1000, "\\" * 100,
         "' OR '1'='1", "\"", "'"] + MARKUP_PAYLOADS
HOSTILE = NUMBERS + DATES + TEXTS
# The values that ended the process before the hardening: tried on every parameter, not left to chance.
ALWAYS = ["9223372036854775807", "-1", "0", "9999-12", "0001-01", "10000-01", f'" {MARKER}="1']
PATH_VALUES = ["0", "-1", "9223372036854775807", "..", "%2e%2e%2f", "A" * 300, "%00", "%3Covfz%3E",
               "00000000-0000-0000-0000-000000000000", "not-a-uuid"]
QUERY_NAMES = ["page", "perPage", "from", "sort", "order", "rating", "status", "lead", "priority", "kind", "actor",
               "address", "type", "action", "next", "body", "plan", "council", "period", "show", "exceptions",
               "category", "owner", "step", "header-row", "sheet", "version"]


class Fuzz:
    def __init__(self, server):
        self.server = server
        self.random = random.Random(SEED)
        self.routes = routes(server)
        self.templates = [(route, template_regex(route["path"])) for route in self.routes]
        material = exempt_material(server)
        self.part_two = [entry["text"] for entry in material if entry["hiddenFrom"] == "part-ii"]
        self.drafts = [entry["text"] for entry in material if entry["hiddenFrom"] == "staff"]
        assert self.part_two, "the demo should hold Part II material to look for"
        self.clients = {None: Client(server.port)}
        for role in ROLES:
            self.clients[role] = Client(server.port, role).sign_in()
        self.failures = []
        self.sent = 0
        self.checking_exempt = True
        # After the sign-ins: every request from here is watched for a change without its audit entry.
        self.probe = WriteProbe(server)

    def template_of(self, path):
        bare = path.split("?", 1)[0]
        for route, pattern in self.templates:
            match = pattern.match(bare)
            if match:
                return route, match
        return None, None

    def send(self, role, method, path, fields=None, files=None):
        client = self.clients[role]
        mark = self.probe.mark()
        try:
            if method == "GET":
                status, headers, body, content_type = client.get(path)
            elif files:
                status, headers, body, content_type = client.post_multipart(path, fields or [], files)
            else:
                status, headers, body, content_type = client.post_form(path, fields or [])
        except OSError as error:
            status, headers, body, content_type = 0, {}, str(error).encode(), ""
        self.sent += 1
        self.check(role, method, path, status, headers, body, content_type, fields)
        unaudited = self.probe.unaudited_since(mark)
        if unaudited:
            self.failures.append(f"{method} {path[:200]} as {role or 'the public'} ({status}) changed {', '.join(unaudited)} "
                                 f"without an audit entry")
        if status == 303 and headers.get("location", "").startswith("/sign-in") and role is not None:
            # Something ended the session (a session cookie sent back empty): sign in again.
            self.clients[role] = Client(self.server.port, role).sign_in()
        return status, headers, body, content_type

    def check(self, role, method, path, status, headers, body, content_type, fields):
        who = role or "the public"
        shown = path if len(path) < 200 else path[:200] + "…"
        if not self.server.alive():
            raise AssertionError(f"the server ended (exit status {self.server.process.returncode}) after {method} {shown} "
                                 f"as {who}, sent {fields!r:.300}:\n"
                                 + self.server.log_tail())
        if status == 0 or status >= 500:
            busy = status == 503 and path.split("?")[0].endswith(".pdf") and "retry-after" in headers
            if not busy:
                self.failures.append(f"{status} for {method} {shown} as {who} with {fields!r:.300}")
        markup = unescaped_markup(body, content_type)
        if markup:
            self.failures.append(f"unescaped markup in {method} {shown} as {who}: …{markup}…")
        if self.checking_exempt and (role is None or role in WITHOUT_PART_TWO):
            needles = self.part_two + (self.drafts if role is None else [])
            found = leaked(text_of(path, body, content_type), needles)
            if found:
                self.failures.append(f"exempt text {found[:2]} in {method} {shown} as {who}")

    # Finding the site -------------------------------------------------------------------------

    def discover(self, limit=2500):
        """Follows every link as the administrator: concrete paths per route, values per
        parameter, and every form."""
        self.examples = defaultdict(list)
        self.values = defaultdict(set)
        self.forms = {}
        self.reached = 0
        seen = set()
        variants = {}
        queue = ["/"]
        while queue and len(seen) < limit:
            path = queue.pop(0)
            if path in seen:
                continue
            bare = path.split("?")[0]
            if "?" in path and variants.get(bare, 0) >= 4:
                continue
            variants[bare] = variants.get(bare, 0) + 1
            seen.add(path)
            route, match = self.template_of(path)
            if route is None:
                continue
            if len(self.examples[route["path"]]) < 3 and path.split("?")[0] not in self.examples[route["path"]]:
                self.examples[route["path"]].append(path.split("?")[0])
            for name, value in match.groupdict().items():
                self.values[name].add(value)
            for name, _ in urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query):
                self.values["?" + route["path"]].add(name)
            last = path.rsplit("/", 1)[-1].split("?")[0]
            if "." in last and not last.endswith(".json"):
                continue  # a download: its address is enough here
            status, headers, body, content_type = self.send("administrator", "GET", path)
            if status in (301, 302, 303, 307) and same_site(headers.get("location", "")):
                queue.append(same_site(headers["location"]))
                continue
            if status != 200 or "html" not in content_type:
                continue
            page = parse_page(body)
            for href in page.links:
                link = same_site(href)
                if link and link not in seen:
                    queue.append(link)
            for form in page.forms:
                action = same_site(form["action"]) or path.split("?")[0]
                action_route, _ = self.template_of(action)
                if action_route is None:
                    continue
                key = (action_route["path"], form["method"], tuple(sorted(f[0] for f in form["fields"])))
                self.forms.setdefault(key, (action, form))
        self.reached = sum(1 for examples in self.examples.values() if examples)
        # Routes no link led to (a step of an import, a file not yet uploaded) are tried at an address made
        # from the ids found elsewhere, so that every route is fuzzed.
        for route in self.routes:
            if not self.examples.get(route["path"]):
                segments = []
                for segment in route["path"].split("/"):
                    if segment.startswith(":"):
                        known = sorted(self.values.get(segment[1:], []))
                        segments.append(self.random.choice(known) if known else str(uuid.UUID(int=self.random.getrandbits(128))))
                    else:
                        segments.append(segment)
                self.examples[route["path"]] = ["/".join(segments)]
        record("route fuzzer: finding the site", self.sent)

    def make_second_council(self):
        """Another council, so that ids of one can be tried in the addresses of the other."""
        _, _, body, _ = self.send("administrator", "GET", "/councils/new")
        form = next((f for f in parse_page(body).forms if f["method"] == "post" and f["action"] == "/councils"), None)
        assert form, "the new council form was not found"
        fields = [(name, "Southshire Fuzz Council" if name == "name" else value) for name, value in filled(form)]
        status, headers, _, _ = self.send("administrator", "POST", "/councils", fields)
        assert status == 303, f"adding a second council answered {status}"
        other = headers["location"].rstrip("/").split("/")[-1]
        self.values["council-other"].add(other)
        return other

    # The three parts ------------------------------------------------------------------------

    def path_parameters(self):
        before = self.sent
        other = next(iter(self.values.get("council-other", [])), None)
        for route in self.routes:
            examples = self.examples.get(route["path"]) or []
            if ":" not in route["path"] or not examples:
                continue
            concrete = examples[0]
            parts = concrete.split("/")
            template = route["path"].split("/")
            for index, segment in enumerate(template):
                if not segment.startswith(":"):
                    continue
                values = [str(uuid.UUID(int=self.random.getrandbits(128))), "9223372036854775807", "-1"] + self.random.sample(
                    PATH_VALUES, max(1, int(6 * SCALE)))
                if segment == ":council" and other:
                    values.append(other)
                for value in values:
                    changed = parts[:index] + [value] + parts[index + 1:]
                    path = "/".join(changed)
                    # The administrator reaches deepest; the other roles and the public take turns.
                    for role in ["administrator", self.next_role()]:
                        for method in route["methods"]:
                            self.send(role, method, path, [] if method == "POST" else None)
        record("route fuzzer: hostile path parameters", self.sent - before)

    def query_strings(self):
        before = self.sent
        for route in self.routes:
            if "GET" not in route["methods"]:
                continue
            examples = self.examples.get(route["path"]) or ([route["path"]] if ":" not in route["path"] else [])
            if not examples:
                continue
            names = sorted(self.values.get("?" + route["path"], set())) or []
            names += self.random.sample(QUERY_NAMES, 3)
            for name in names:
                for value in ALWAYS + self.random.sample(HOSTILE, max(1, int(3 * SCALE))):
                    query = urllib.parse.urlencode([(name, value)])
                    roles = ["administrator", self.next_role()] + ([None] if route["isPublic"] else [])
                    for role in roles:
                        self.send(role, "GET", examples[0] + "?" + query)
            # A parameter given twice, and one far too long.
            self.send("administrator", "GET", examples[0] + "?page=1&page=2&from=2017-01&from=x")
            self.send("administrator", "GET", examples[0] + "?" + "a=" + "b" * 20000)
        record("route fuzzer: hostile query strings", self.sent - before)

    def form_bodies(self):
        before = self.sent
        # Once forms change the data, what was exempt may be published by a hostile post: from
        # here, crashes, 5xx and markup only (the crawl, on data untouched, looks for exempt text).
        self.checking_exempt = False
        # Signing out, disabling a user and ending a user's sessions would lock the fuzzer's own
        # accounts out (every user it can reach is one of them) and leave the rest of the run
        # unauthenticated; their hostile paths and empty bodies are still tried above, and the Swift
        # tests (UserAdminTests) try their bodies.
        skipped = {"/sign-out", "/users/:user/status", "/users/:user/sessions"}
        for (template, method, _), (action, form) in sorted(self.forms.items(), key=lambda item: item[0][0]):
            if method != "post" or template in skipped:
                continue
            fields = filled(form)
            names = [name for name, _ in fields]
            files = [(name, "fuzz.xlsx", b"") for name, kind, _ in form["fields"] if kind == "file"]
            for name in names:
                for value in self.random.sample(HOSTILE, max(1, int(3 * SCALE))) + [f'" {MARKER}="1', f"<{MARKER} x=1>"]:
                    body = [(n, value if n == name else v) for n, v in fields]
                    self.send("administrator", "POST", action, body, self.files(files) if form["multipart"] else None)
            hostile = [(n, self.random.choice(HOSTILE)) for n, _ in fields]
            for role in [self.next_role(), self.next_role(), None]:
                self.send(role, "POST", action, hostile, self.files(files) if form["multipart"] else None)
        record("route fuzzer: hostile form bodies", self.sent - before)

    def stored(self):
        """Every page again, after the forms stored what they were sent: markup kept in the database
        (a title, a narrative in Markdown, a link) must come out escaped wherever it is shown."""
        before = self.sent
        for route in self.routes:
            if "GET" not in route["methods"]:
                continue
            for example in self.examples.get(route["path"], [])[:2]:
                for role in ["administrator", "viewer"] + ([None] if route["isPublic"] else []):
                    self.send(role, "GET", example)
        record("route fuzzer: pages read again after the hostile forms", self.sent - before)

    def next_role(self):
        """The roles and the public in turn, so that every one is tried on every route."""
        self.turn = getattr(self, "turn", -1) + 1
        order = [None] + list(ROLES)
        return order[self.turn % len(order)]

    def files(self, fields):
        if not fields:
            return [("file", "fuzz.xlsx", self.random.choice(HOSTILE_FILES))]
        return [(name, self.random.choice(["a.xlsx", "a.csv", "a.pdf", "../../a.docx", "a\x00.png"]),
                 self.random.choice(HOSTILE_FILES)) for name, _, _ in fields]


# Files: empty, random, a workbook's signature on nothing, a CSV of formulas and markup.
HOSTILE_FILES = [b"", bytes(range(256)) * 8, b"PK\x03\x04" + b"\x00" * 200, b"%PDF-1.4\n%%EOF",
                 b"indicator_code,period,value\n=cmd|' /C calc'!A0,2017-10,<ovfz x=1>\n" + b"x," * 5000]


def filled(form):
    """A form's fields as a person would fill them: what the page gave, else something plausible."""
    fields = []
    for name, kind, value in form["fields"]:
        if kind == "file" or name == "_csrf":
            continue
        if value:
            fields.append((name, value))
        elif name.endswith("-day"):
            fields.append((name, "1"))
        elif name.endswith("-month"):
            fields.append((name, "6"))
        elif name.endswith("-year"):
            fields.append((name, "2018"))
        elif kind in ("checkbox", "radio"):
            fields.append((name, value or "yes"))
        else:
            fields.append((name, "Fuzz"))
    return fields


def test_every_route_survives_hostile_input(server):
    fuzz = Fuzz(server)
    fuzz.discover()
    assert fuzz.reached > 100, f"the fuzzer found only {fuzz.reached} routes by following links"
    fuzz.make_second_council()
    # OVERSIGHT_FUZZ_PARTS=forms,stored replays only those parts (with the same seed), to chase a failure.
    parts = os.environ.get("OVERSIGHT_FUZZ_PARTS", "paths,queries,forms,stored").split(",")
    if "paths" in parts:
        fuzz.path_parameters()
    if "queries" in parts:
        fuzz.query_strings()
    if "forms" in parts:
        fuzz.form_bodies()
    if "stored" in parts:
        fuzz.stored()
    print(f"\nroute fuzzer: {fuzz.sent} requests; {fuzz.reached} of {len(fuzz.routes)} routes reached by links, "
          f"the rest at addresses made from the ids found; every route tried; {len(fuzz.forms)} forms")
    assert server.alive(), server.log_tail()
    # The probe must have seen the forms change things (with their entries), or it watched nothing.
    if "forms" in parts:
        assert fuzz.probe.audited_changes > 20, f"the write probe saw only {fuzz.probe.audited_changes} audited changes"
    print(f"write probe: {fuzz.probe.audited_changes} audited changes over {len(fuzz.probe.watched)} tables, none without an entry"
          if not fuzz.failures else "")
    assert not fuzz.failures, f"{len(fuzz.failures)} problems, the first:\n" + "\n".join(fuzz.failures[:25])
