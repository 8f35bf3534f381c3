"""The fixture server's fault modes, conditional requests, variants and request log,
against the real server on loopback (http.client and raw sockets).

No sleep is used as a wait: every check reads an answer (or its absence) from a
socket. The only timing assertion is a generous lower bound for ``slow``.
"""

from __future__ import annotations

import http.client
import json
import socket
import struct
import time
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

import pytest

from profilecrawler import cli
from profilecrawler.fixture_server import (
    DEFAULT_ROOT, HUGE_SIZE, FaultPlan, FixtureSite, RequestRecord, make_server, validators,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VARIANTS = FIXTURES / "variants"
PAGE = "/en/directory/li-ming"
PAGE_FILE = DEFAULT_ROOT / "en/directory/li-ming/page-0.html"


def request(site, path: str, method: str = "GET", headers: dict | None = None, timeout: float = 10):
    """(status, headers, body) of one request on a fresh connection."""
    connection = http.client.HTTPConnection(site.server.host, site.server.port, timeout=timeout)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def raw_exchange(site, path: str) -> bytes:
    """Send a GET on a raw socket and read until the server closes (or resets)."""
    with socket.create_connection((site.server.host, site.server.port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: fixture\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
        return data


def last(site) -> RequestRecord:
    return site.requests.snapshot()[-1]


# --- request log --------------------------------------------------------------------


def test_request_records_are_named_and_count_body_bytes():
    body = PAGE_FILE.read_bytes()
    with FixtureSite() as site:
        request(site, PAGE + "?page=0%2C0&utm_source=x", headers={"X-Probe": "yes"})
        request(site, PAGE, method="HEAD")
        request(site, "/nowhere")
        first, head, missing = site.requests.snapshot()
        assert isinstance(first, RequestRecord) and isinstance(first.time, float)
        assert (first.method, first.path, first.status, first.bytes_sent) == (
            "GET", PAGE + "?page=0%2C0&utm_source=x", 200, len(body))
        assert first.headers["x-probe"] == "yes" and "host" in first.headers
        assert (head.method, head.status, head.bytes_sent) == ("HEAD", 200, 0)
        assert missing.status == 404 and missing.bytes_sent > 0
        assert site.requests.total_bytes() == len(body) + missing.bytes_sent
        assert site.requests.total_bytes(start=1) == missing.bytes_sent


def test_requests_the_server_rejects_are_logged_too():
    with FixtureSite() as site:
        assert request(site, PAGE, method="POST")[0] == 501
        assert last(site).status == 501 and last(site).method == "POST"


# --- conditional requests -------------------------------------------------------------


def test_every_file_answer_carries_validators_independent_of_the_mtime():
    with FixtureSite() as site:
        status, headers, body = request(site, PAGE)
        assert status == 200 and headers["Cache-Control"] == "no-cache"
        etag, modified = validators(body)
        assert headers["ETag"] == etag and not etag.startswith("W/")
        assert headers["Last-Modified"] == formatdate(modified, usegmt=True)
        assert parsedate_to_datetime(headers["Last-Modified"]).year == 2024
        # Another page, another tag; robots.txt has one as well.
        assert request(site, "/en/directory/zoe-muller")[1]["ETag"] != etag
        assert request(site, "/robots.txt")[1]["ETag"]
        assert "ETag" not in request(site, "/nowhere")[1]


def test_if_none_match_gives_304_without_a_body():
    with FixtureSite() as site:
        _, headers, _ = request(site, PAGE)
        etag, modified = headers["ETag"], headers["Last-Modified"]
        for sent in (etag, f"W/{etag}", f'"other", {etag}', "*"):
            status, again, body = request(site, PAGE, headers={"If-None-Match": sent})
            assert (status, body) == (304, b""), sent
            assert again["ETag"] == etag and again["Last-Modified"] == modified
            assert last(site).bytes_sent == 0
        # An alias of the same page is the same file: the same tag.
        assert request(site, "/en/person/li-ming/?locale=zh-cn", headers={"If-None-Match": etag})[0] == 304
        # A tag that does not match wins over a matching date.
        status, _, body = request(site, PAGE, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified})
        assert status == 200 and body == PAGE_FILE.read_bytes()


def test_if_modified_since_gives_304_unless_older_than_last_modified():
    with FixtureSite() as site:
        _, headers, _ = request(site, PAGE)
        modified = parsedate_to_datetime(headers["Last-Modified"]).timestamp()
        for when, want in ((modified, 304), (modified + 86400, 304), (modified - 1, 200)):
            status, _, body = request(site, PAGE, headers={"If-Modified-Since": formatdate(when, usegmt=True)})
            assert status == want and (body == b"") == (want == 304)
        assert request(site, PAGE, headers={"If-Modified-Since": "not a date"})[0] == 200


def test_a_recrawl_with_validators_transfers_almost_nothing():
    paths = ["/en/directory", "/en/directory?page=1", "/en/directory/eloise-berube",
             "/en/directory/eloise-berube?page=0%2C3", PAGE, "/robots.txt"]
    with FixtureSite() as site:
        tags = {path: request(site, path)[1]["ETag"] for path in paths}
        first = site.requests.total_bytes()
        start = len(site.requests)
        for path in paths:
            assert request(site, path, headers={"If-None-Match": tags[path]})[0] == 304
        assert site.requests.total_bytes(start) == 0 and first > 0


# --- variants -----------------------------------------------------------------------


def removed_paths(name: str) -> list[str]:
    return [line for line in (VARIANTS / name / "REMOVED").read_text(encoding="utf-8").splitlines() if line]


def test_changed_variant_serves_overlays_and_404s_removed_paths():
    overlay = VARIANTS / "changed/en/directory/li-ming/page-0.html"
    assert overlay.read_bytes() != PAGE_FILE.read_bytes()
    assert removed_paths("changed") == ["en/directory/fatima-zahra-el-idrissi/page-0.html",
                                        "fr/annuaire/fatima-zahra-el-idrissi/page-0.html"]  # and her French page
    with FixtureSite() as base, FixtureSite(variant="changed") as changed:
        status, base_headers, body = request(base, PAGE)
        assert body == PAGE_FILE.read_bytes()
        status, headers, body = request(changed, PAGE)
        assert status == 200 and body == overlay.read_bytes()
        assert headers["ETag"] != base_headers["ETag"]
        # A variant file is newer than any base file: the old date cannot hide the change.
        assert parsedate_to_datetime(headers["Last-Modified"]) > parsedate_to_datetime(base_headers["Last-Modified"])
        assert request(changed, PAGE, headers={"If-Modified-Since": base_headers["Last-Modified"]})[0] == 200
        assert request(changed, PAGE, headers={"If-None-Match": base_headers["ETag"]})[0] == 200
        # A file the variant leaves alone keeps its validators.
        same = "/en/directory/zoe-muller"
        assert request(changed, same)[1]["ETag"] == request(base, same)[1]["ETag"]
        assert request(changed, same, headers={"If-None-Match": request(base, same)[1]["ETag"]})[0] == 304
        assert request(changed, "/en/directory/fatima-zahra-el-idrissi")[0] == 404
        assert request(base, "/en/directory/fatima-zahra-el-idrissi")[0] == 200


def test_variant_can_be_switched_on_a_running_server():
    with FixtureSite() as site:
        url = site.base_url
        assert request(site, PAGE)[2] == PAGE_FILE.read_bytes()
        site.set_variant("changed")
        assert site.base_url == url
        assert request(site, PAGE)[2] == (VARIANTS / "changed/en/directory/li-ming/page-0.html").read_bytes()
        site.set_variant(None)
        assert request(site, PAGE)[2] == PAGE_FILE.read_bytes()


def test_markup_changed_variant_has_no_publication_cards():
    with FixtureSite(variant="markup-changed") as site:
        body = request(site, "/en/directory/eloise-berube?page=0%2C2")[2].decode()
        assert "publication-card" not in body and 'class="pub-item"' in body
        assert 'class="person-profile"' in body and "Éloïse Bérubé" in body
        listing = request(site, "/en/directory")[2]
        assert listing == (DEFAULT_ROOT / "en/directory/listing/all-0.html").read_bytes()
    assert removed_paths("markup-changed") == []


def test_unknown_variant_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="changed"):
        make_server(0, variant="no-such-variant")


# --- faults ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "503", "429", "404"])
def test_status_faults_then_the_page(kind):
    plan = FaultPlan(by_path={PAGE: [kind]}, retry_after=7)
    with FixtureSite(faults=plan) as site:
        status, headers, body = request(site, PAGE)
        assert status == int(kind) and body
        assert headers.get("Retry-After") == ("7" if kind in ("503", "429") else None)
        assert last(site).status == int(kind) and last(site).bytes_sent == len(body)
        status, _, body = request(site, PAGE)
        assert status == 200 and body == PAGE_FILE.read_bytes()


def test_by_path_faults_are_consumed_in_order_per_key():
    plan = FaultPlan(by_path={PAGE: ["503", "500"], PAGE + "?page=0%2C0": ["429"]})
    with FixtureSite(faults=plan) as site:
        # The path-and-query key is looked up first (decoded: "page=0,0").
        assert request(site, PAGE + "?page=0%2C0")[0] == 429
        assert [request(site, PAGE)[0] for _ in range(3)] == [503, 500, 200]
        assert request(site, PAGE + "?page=0,0")[0] == 200
        assert request(site, "/en/directory/zoe-muller")[0] == 200
        assert [r.status for r in site.requests] == [429, 503, 500, 200, 200, 200]


def test_always_faults_never_run_out():
    plan = FaultPlan(by_path={PAGE: ["500", "always:503"]})
    with FixtureSite(faults=plan) as site:
        assert [request(site, PAGE)[0] for _ in range(5)] == [500, 503, 503, 503, 503]
        site.set_faults(None)
        assert request(site, PAGE)[0] == 200


def test_slow_answers_late_but_completely():
    plan = FaultPlan(by_path={PAGE: ["slow"]}, slow_seconds=1.0)
    with FixtureSite(faults=plan) as site:
        started = time.monotonic()
        status, _, body = request(site, PAGE)
        assert time.monotonic() - started >= 0.9
        assert status == 200 and body == PAGE_FILE.read_bytes()
        # Shorter than the client's timeout: the client gives up first.
        site.set_faults(FaultPlan(by_path={PAGE: ["slow"]}, slow_seconds=30))
        with pytest.raises(TimeoutError):
            request(site, PAGE, timeout=0.5)


def test_reset_closes_the_connection_without_an_answer():
    plan = FaultPlan(by_path={PAGE: ["reset"]})
    with FixtureSite(faults=plan) as site:
        with pytest.raises(ConnectionResetError):
            raw_exchange(site, PAGE)
        assert (last(site).status, last(site).bytes_sent, last(site).path) == (0, 0, PAGE)
        assert request(site, PAGE)[0] == 200


def test_truncate_sends_half_the_body_under_the_full_length():
    body = PAGE_FILE.read_bytes()
    with FixtureSite(faults=FaultPlan(by_path={PAGE: ["truncate"]})) as site:
        data = raw_exchange(site, PAGE)
        head, _, received = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200") and f"Content-Length: {len(body)}".encode() in head
        assert received == body[:len(body) // 2]
        assert last(site).bytes_sent == len(body) // 2 and last(site).status == 200
        site.set_faults(FaultPlan(by_path={PAGE: ["truncate"]}))
        with pytest.raises(http.client.IncompleteRead):
            request(site, PAGE)


def test_huge_page_is_twenty_megabytes_of_html():
    with FixtureSite(faults=FaultPlan(by_path={PAGE: ["huge"]})) as site:
        status, headers, body = request(site, PAGE, timeout=60)
        assert status == 200 and int(headers["Content-Length"]) == len(body) == HUGE_SIZE == 20 * 1024 * 1024
        assert body.startswith(b"<!DOCTYPE html>") and body.endswith(b"</html>\n")
        assert last(site).bytes_sent == HUGE_SIZE


def test_huge_page_client_that_gives_up_is_logged_with_what_it_got():
    with FixtureSite(faults=FaultPlan(by_path={PAGE: ["huge"]})) as site:
        with socket.create_connection((site.server.host, site.server.port), timeout=10) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.sendall(f"GET {PAGE} HTTP/1.1\r\nHost: fixture\r\n\r\n".encode())
            data = b""
            while b"<main" not in data:  # some of the body has arrived
                data += sock.recv(4096)
            assert data.startswith(b"HTTP/1.1 200")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # The record was there before the body; the server corrects it when a write fails.
        assert site.requests.wait_for(lambda records: records[0].bytes_sent < HUGE_SIZE, timeout=30)
        (record,) = site.requests.snapshot()
        assert record.status == 200 and 0 < record.bytes_sent < HUGE_SIZE


def test_redirect_loop_never_ends():
    with FixtureSite(faults=FaultPlan(by_path={PAGE + "?page=0,0": ["redirect-loop"]})) as site:
        path, hops = PAGE + "?page=0%2C0", []
        for _ in range(12):
            status, headers, _ = request(site, path)
            assert status == 302
            path = headers["Location"]
            hops.append(path)
        assert hops[0] == PAGE + "?page=0%2C0&hop=1" and hops[-1] == PAGE + "?page=0%2C0&hop=12"
        assert request(site, PAGE)[0] == 200  # the path itself, without hop, is not in the loop


def test_redirect_offsite_points_at_another_host():
    with FixtureSite(host="127.0.0.2") as other:
        plan = FaultPlan(by_path={PAGE: ["redirect-offsite"]}, offsite_url=other.base_url)
        with FixtureSite(faults=plan) as site:
            assert other.base_url.startswith("http://127.0.0.2:") and site.base_url.startswith("http://127.0.0.1:")
            status, headers, _ = request(site, PAGE + "?ref=x")
            assert status == 302 and headers["Location"] == other.base_url + PAGE + "?ref=x"
            assert request(other, PAGE)[0] == 200
    with FixtureSite(faults=FaultPlan(by_path={PAGE: ["redirect-offsite"]})) as site:
        location = request(site, PAGE)[1]["Location"]
        assert location == f"http://127.0.0.2:{site.server.port}{PAGE}"  # loopback, never the internet


def test_only_loopback_hosts():
    with pytest.raises(ValueError, match="loopback"):
        make_server(0, host="0.0.0.0")


def test_unknown_fault_kinds_are_refused():
    with pytest.raises(ValueError, match="unknown fault"):
        FaultPlan(by_path={PAGE: ["explode"]})
    with pytest.raises(ValueError, match="unknown fault"):
        FaultPlan(random_rate=0.5, random_kinds=("500", "meltdown"))
    with pytest.raises(ValueError):
        FaultPlan.parse(["no-equals-sign"])


def test_fault_specs_from_the_command_line():
    plan = FaultPlan.parse(["/en/directory?member-type=alumni=503,always:500", "/en/directory/li-ming=reset",
                            "/en/directory/li-ming=slow"], random_rate=0.1, random_seed=3)
    assert plan.by_path == {"/en/directory?member-type=alumni": ["503", "always:500"],
                            "/en/directory/li-ming": ["reset", "slow"]}
    assert (plan.random_rate, plan.random_seed) == (0.1, 3)
    args = cli.build_parser().parse_args(["serve-fixtures", "--port", "0", "--variant", "changed", "--fault",
                                          "/x=500", "--fault", "/y=429", "--fault-rate", "0.2", "--fault-seed", "9"])
    assert (args.variant, args.fault, args.fault_rate, args.fault_seed) == ("changed", ["/x=500", "/y=429"], 0.2, 9)


# --- random faults --------------------------------------------------------------------

RANDOM_PATHS = ["/robots.txt", "/en/directory", "/en/directory?page=1", "/en/directory?member-type=alumni"] + [
    f"/en/directory/{slug}" for slug in ("li-ming", "zoe-muller", "aisha-bello", "raymond-li", "gabriel-roy",
                                         "nadia-haddad", "kofi-asante", "olga-petrova")
] + [f"/en/directory/eloise-berube?page=0%2C{n}" for n in range(6)]


def random_run(plan: FaultPlan, order: list[str], rounds: int) -> dict[str, list[int]]:
    """Status of each request to each path, in the order asked, ``rounds`` times over."""
    seen: dict[str, list[int]] = {path: [] for path in order}
    with FixtureSite(faults=plan) as site:
        for _ in range(rounds):
            for path in order:
                try:
                    seen[path].append(request(site, path)[0])
                except (ConnectionResetError, http.client.IncompleteRead, http.client.RemoteDisconnected):
                    seen[path].append(0 if last_status(site, path) == 0 else -1)
    return seen


def last_status(site, path: str) -> int:
    return [r for r in site.requests.snapshot() if r.path == path][-1].status


def test_random_faults_are_deterministic_and_bounded():
    plan = lambda seed: FaultPlan(random_rate=0.5, random_seed=seed, random_max_per_path=2,
                                  random_kinds=("500", "503", "429", "reset", "truncate"))
    forward = random_run(plan(11), RANDOM_PATHS, rounds=4)
    backward = random_run(plan(11), list(reversed(RANDOM_PATHS)), rounds=4)
    assert forward == backward  # whatever the order of requests
    assert forward["/robots.txt"] == [200] * 4
    faulted = {path: statuses for path, statuses in forward.items() if statuses[:2] != [200, 200]}
    assert faulted, "rate 0.5 over this many paths faults some"
    assert len(faulted) < len(RANDOM_PATHS) - 1, "and not all"
    for path, statuses in forward.items():
        assert statuses[2:] == [200, 200], path  # never past random_max_per_path
    kinds = {s for statuses in forward.values() for s in statuses[:2]} - {200}
    assert len(kinds) >= 3  # several kinds drawn
    other_seed = random_run(plan(12), RANDOM_PATHS, rounds=2)
    assert other_seed != {path: statuses[:2] for path, statuses in forward.items()}


def test_random_fault_draw_matches_the_plan():
    plan = FaultPlan(random_rate=0.3, random_seed=5, random_max_per_path=3, random_kinds=("503", "429"))
    draws = {(path, n): plan.random_fault(path, n) for path in RANDOM_PATHS for n in range(5)}
    assert all(draws[(path, n)] is None for path in RANDOM_PATHS for n in (3, 4))
    assert all(draws[("/robots.txt", n)] is None for n in range(5))
    assert {d for d in draws.values() if d} == {"503", "429"}
    assert draws == {(path, n): plan.random_fault(path, n) for path in RANDOM_PATHS for n in range(5)}
    assert FaultPlan().random_fault(PAGE, 0) is None


def test_by_path_takes_precedence_over_random():
    plan = FaultPlan(by_path={PAGE: ["404"]}, random_rate=1.0, random_kinds=("500",), random_max_per_path=2)
    with FixtureSite(faults=plan) as site:
        assert [request(site, PAGE)[0] for _ in range(3)] == [404, 500, 200]


def test_expected_truth_files_exist_for_the_variants():
    changes = json.loads((FIXTURES / "expected/changes.json").read_text(encoding="utf-8"))
    assert {c["change"] for c in changes} == {"added", "changed", "removed"}
    for name in ("profiles.json", "publications.json"):
        assert json.loads((FIXTURES / "expected/changed" / name).read_text(encoding="utf-8"))
