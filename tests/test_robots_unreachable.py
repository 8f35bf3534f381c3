"""RFC 9309 2.3.1.3/2.3.1.4: a robots.txt that cannot be read (5xx after its
retries, a timeout) makes the host disallowed; a 4xx robots.txt allows all.
Real ``scrapy crawl`` processes against the fixture server, judged by what the
server saw."""

from __future__ import annotations

import json

from conftest import REPO, read_jsonl, scrapy_crawl, wait_for
from profilecrawler.failures import failure_reason
from profilecrawler.fixture_server import FaultPlan, FixtureSite

FAST = ["-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0.1"]
PRIVATE = json.loads((REPO / "fixtures" / "expected" / "robots.json").read_text(encoding="utf-8"))["disallowed"]
UNREACHABLE_WARNING = "could not be read"


def crawl_directory(tmp_path, site: FixtureSite, *settings: str):
    return scrapy_crawl(tmp_path, "directory", "-a", f"start_url={site.base_url}/en/directory", *FAST, *settings)


def assert_host_disallowed(crawl, paths: list[str], cause: str) -> None:
    """Only robots.txt was asked for; both listing pages are failures ``robots_txt_unreachable``."""
    assert paths and set(paths) == {"/robots.txt"}, paths
    assert paths.count("/robots.txt") == 2  # RETRY_TIMES=1
    assert crawl.process.returncode == 2, crawl.process.stderr[-3000:]
    assert "Traceback" not in crawl.process.stderr
    assert crawl.stats["finish_reason"] == "finished"
    failures = read_jsonl(crawl.run_dir / "failures.jsonl")
    assert sorted(f["url"].rsplit("=", 1)[-1] for f in failures) == ["alumni", "members"]
    assert all(f["reason"] == "robots_txt_unreachable" and f["attempts"] == 1 for f in failures), failures
    assert crawl.stats["failures/robots_txt_unreachable"] == 2
    assert crawl.stats["robotstxt/unreachable"] == 1
    assert crawl.profiles == [] and not (crawl.output_dir / "profiles.jsonl").exists()  # not published
    warnings = [line for line in crawl.log.splitlines() if UNREACHABLE_WARNING in line]
    assert len(warnings) == 1 and " WARNING: " in warnings[0] and cause in warnings[0], warnings
    assert "treated as disallowed" in warnings[0]


def test_robots_txt_answering_500_disallows_the_host(tmp_path):
    with FixtureSite(faults=FaultPlan(by_path={"/robots.txt": ["always:500"]})) as site:
        crawl = crawl_directory(tmp_path, site)
    assert_host_disallowed(crawl, [r.path for r in site.requests.snapshot()], "HTTP 500")
    assert crawl.stats["robotstxt/response_status_count/500"] == 1


def test_robots_txt_timing_out_disallows_the_host(tmp_path):
    # Each slow answer is recorded when it ends (0.5 s after the crawler gave up).
    with FixtureSite(faults=FaultPlan(by_path={"/robots.txt": ["always:slow"]}, slow_seconds=1.5)) as site:
        crawl = crawl_directory(tmp_path, site, "-s", "DOWNLOAD_TIMEOUT=1")
        wait_for(lambda: len(site.requests) >= 2, timeout=10, what="both robots.txt requests in the server's log")
    assert_host_disallowed(crawl, [r.path for r in site.requests.snapshot()], "DownloadTimeoutError")
    verdict = json.loads((crawl.run_dir / "verdict.json").read_text())
    host = site.base_url.split("//", 1)[1]
    assert verdict["reasons"][0] == f"no response from the site: {host}: timed out, robots.txt unreachable"


def test_robots_txt_404_allows_everything(tmp_path):
    with FixtureSite(faults=FaultPlan(by_path={"/robots.txt": ["always:404"]})) as site:
        crawl = crawl_directory(tmp_path, site)
    paths = [r.path for r in site.requests.snapshot()]
    # Nothing is disallowed: the profile robots.txt would forbid is crawled too,
    # and the run passes its monitors and is published.
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1
    assert set(PRIVATE) <= set(paths)
    assert "robotstxt/unreachable" not in crawl.stats and "robotstxt/forbidden" not in crawl.stats
    assert crawl.stats["robotstxt/response_status_count/404"] == 1
    assert not any(f["reason"].startswith("robots_txt") for f in read_jsonl(crawl.run_dir / "failures.jsonl")) \
        if (crawl.run_dir / "failures.jsonl").exists() else True
    assert UNREACHABLE_WARNING not in crawl.log
    assert {p["id"] for p in crawl.profiles} >= {"mila:private-collaborator"}
    assert (crawl.output_dir / "profiles.jsonl").exists()


def test_the_reason_codes_tell_unreachable_from_disallowed():
    from scrapy.exceptions import IgnoreRequest
    from twisted.python.failure import Failure

    from profilecrawler.middlewares import RobotsTxtUnreachable

    refused = RobotsTxtUnreachable("robots.txt unreachable (HTTP 500): example.org is treated as disallowed")
    assert isinstance(refused, IgnoreRequest)
    assert failure_reason(Failure(refused)) == "robots_txt_unreachable"
    assert failure_reason(Failure(IgnoreRequest("Forbidden by robots.txt"))) == "robots_txt"
