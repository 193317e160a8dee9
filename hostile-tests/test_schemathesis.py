"""schemathesis against the live API, from the OpenAPI description Oversight serves at
/api/v1/openapi.json, with all its checks: no server errors, every answer as documented (status,
content type, headers, body schema), bad input refused, no access without the token.

OVERSIGHT_SCHEMATHESIS_EXAMPLES bounds the examples per operation (default 40).
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import record
from hostile import Client

EXAMPLES = os.environ.get("OVERSIGHT_SCHEMATHESIS_EXAMPLES", "40")


def schemathesis():
    found = shutil.which("schemathesis") or str(Path(sys.executable).parent / "schemathesis")
    assert Path(found).exists(), "schemathesis is not installed: pip install -r hostile-tests/requirements.txt"
    return found


def test_the_api_answers_as_its_description_says(server, tmp_path):
    output = server.cli("token", "create", "--email", "admin@northshire.example", "--name", "schemathesis")
    token = re.search(r"[A-Za-z0-9_-]{32,}", output)
    assert token, f"no token in: {output}"
    config = tmp_path / "schemathesis.toml"
    config.write_text(real_ids(server, token.group(0)))
    result = subprocess.run(
        [schemathesis(), "--config-file", str(config), "run", f"http://127.0.0.1:{server.port}/api/v1/openapi.json",
         "--checks", "all", "--header", f"Authorization: Bearer {token.group(0)}",
         "--max-examples", EXAMPLES, "--workers", "1", "--seed", "20261204", "--no-color",
         "--phases", "examples,coverage,fuzzing", "--report", "ndjson", "--report-ndjson-path", str(tmp_path / "events.ndjson")],
        capture_output=True, text=True, timeout=1500)
    print(result.stdout[-6000:])
    requests = sum(1 for line in (tmp_path / "events.ndjson").read_text().splitlines() if '"ScenarioFinished"' in line) \
        if (tmp_path / "events.ndjson").exists() else 0
    calls = re.findall(r"(\d+) (?:generated|test cases)", result.stdout)
    record("schemathesis", int(calls[-1]) if calls else requests)
    assert server.alive(), server.log_tail()
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]


def real_ids(server, token):
    """Ids of the demo's records for the path parameters, so that the tests reach past "not found"
    to the checks behind it (the route fuzzer tries hostile ids)."""
    client = Client(server.port)
    headers = {"Authorization": f"Bearer {token}"}

    def first(path, key="id"):
        status, _, body, _ = client.request("GET", path, headers=headers)
        assert status == 200, f"{path} answered {status}"
        return json.loads(body)["items"][0][key]

    council = first("/api/v1/councils")
    values = {
        "path.council": council,
        "path.plan": first("/api/v1/plans"),
        "query.plan": first("/api/v1/plans"),
        "path.report": first(f"/api/v1/councils/{council}/reports"),
        "path.meeting": first(f"/api/v1/councils/{council}/meetings"),
        "path.inspection": first(f"/api/v1/councils/{council}/inspections"),
        "path.person": first(f"/api/v1/councils/{council}/people"),
        "path.code": first("/api/v1/indicators", "code"),
    }
    return "[parameters]\n" + "".join(f'"{name}" = "{value}"\n' for name, value in values.items())
