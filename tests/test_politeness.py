"""Politeness by default: robots.txt, the User-Agent, AutoThrottle's defaults, and
``Retry-After`` obeyed per host, judged by the times the fixture server recorded."""

from __future__ import annotations

import email.utils
import json
import re
import time
from urllib.parse import unquote, urlsplit

import pytest

from conftest import REPO, read_jsonl, scrapy_crawl
from profilecrawler import settings
from profilecrawler.fixture_server import FaultPlan, FixtureSite
from profilecrawler.middlewares import parse_retry_after
from profilecrawler.sites import mila

SLUG = "eloise-berube"  # the profile with the most publication pages (6)
PROFILE = f"/en/directory/{SLUG}"
FAST = ["-s", "RETRY_BACKOFF_BASE=0.1"]
PROGRESS_LINE = re.compile(
    r"Progress: \d+/\d+ profiles, \d+ publication cards, \d+ pages \(\d+\.\d pages/min\), \d+ failures"
)


def records(site: FixtureSite) -> list:
    return sorted(site.requests.snapshot(), key=lambda record: record.time)


def page_key(path_or_url: str) -> str:
    parts = urlsplit(path_or_url)
    return unquote(parts.path + (f"?{parts.query}" if parts.query else ""))


def failures(crawl) -> list[dict]:
    path = crawl.run_dir / "failures.jsonl"
    assert path.exists(), "the crawl wrote no failures.jsonl"
    return read_jsonl(path)


def header(record, name: str) -> str | None:
    return next((value for key, value in dict(record.headers).items() if key.lower() == name.lower()), None)


# --- settings --------------------------------------------------------------------------


def test_politeness_is_on_by_default_and_documented():
    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert (settings.AUTOTHROTTLE_START_DELAY, settings.AUTOTHROTTLE_MAX_DELAY, settings.AUTOTHROTTLE_TARGET_CONCURRENCY) == (1.0, 30.0, 2.0)
    assert settings.DOWNLOAD_DELAY > 0
    assert settings.USER_AGENT.startswith("profilecrawler/") and settings.CONTACT_URL in settings.USER_AGENT
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "CONTACT_URL", "RETRY_TIMES", "RETRY_AFTER_MAX",
                 "RETRY_BACKOFF_BASE", "RETRY_BACKOFF_MAX", "DOWNLOAD_TIMEOUT", "DOWNLOAD_MAXSIZE",
                 "REDIRECT_MAX_TIMES", "PROGRESS_INTERVAL"):
        assert f"| `{name}` |" in readme, name


def test_retry_after_is_read_as_seconds_or_as_an_http_date():
    now = time.time()
    assert parse_retry_after(b"2") == 2.0
    assert parse_retry_after(" 120 ") == 120.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after(b"soon") is None and parse_retry_after(None) is None and parse_retry_after("") is None


# --- User-Agent ------------------------------------------------------------------------


def test_the_user_agent_names_the_project_and_the_contact_url(fixture_site, tmp_path):
    start = len(fixture_site.requests)
    crawl = scrapy_crawl(tmp_path / "default", "profile", "-a", f"url={fixture_site.base_url}/en/directory/zoe-muller")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    seen = fixture_site.requests.snapshot()[start:]
    assert seen and {header(r, "User-Agent") for r in seen} == {settings.USER_AGENT}

    start = len(fixture_site.requests)
    contact = "https://crawl-operator.example/contact"
    crawl = scrapy_crawl(tmp_path / "contact", "profile", "-a", f"url={fixture_site.base_url}/en/directory/zoe-muller",
                         "-s", f"CONTACT_URL={contact}")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    agents = {header(r, "User-Agent") for r in fixture_site.requests.snapshot()[start:]}
    assert len(agents) == 1 and re.fullmatch(rf"profilecrawler/[\d.]+ \(\+{re.escape(contact)}\)", agents.pop())


# --- robots.txt ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def robots_crawl(fixture_site, tmp_path_factory):
    start = len(fixture_site.requests)
    crawl = scrapy_crawl(tmp_path_factory.mktemp("robots"), "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    crawl.requests = fixture_site.requests.snapshot()[start:]
    return crawl


def disallowed_prefixes() -> list[str]:
    robots = (REPO / "fixtures" / "site" / "robots.txt").read_text(encoding="utf-8")
    return [line.split(":", 1)[1].strip() for line in robots.splitlines() if line.lower().startswith("disallow:")]


def test_robots_txt_is_fetched_first_and_once(robots_crawl):
    paths = [r.path for r in robots_crawl.requests]
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1


def test_a_page_robots_txt_disallows_is_never_requested_and_is_listed(robots_crawl):
    assert "/en/directory/private-" in disallowed_prefixes()
    expected = json.loads((REPO / "fixtures" / "expected" / "robots.json").read_text(encoding="utf-8"))
    blocked = sorted(mila.profile_slug(path) for path in expected["disallowed"])
    assert blocked, "the fixture site lists a profile that robots.txt disallows"
    # Not under any URL form (aliases are canonicalised before the robots.txt check).
    requested_slugs = {mila.profile_slug(r.path) for r in robots_crawl.requests}
    assert not requested_slugs & set(blocked)
    assert not any(page_key(r.path).startswith(tuple(disallowed_prefixes())) for r in robots_crawl.requests)
    assert robots_crawl.stats["robotstxt/forbidden"] >= len(blocked)
    listed = {mila.profile_slug(f["url"]): f for f in failures(robots_crawl) if f["reason"] == "robots_txt"}
    assert sorted(listed) == blocked
    assert all(f["attempts"] == 1 for f in listed.values())
    assert robots_crawl.stats["failures/robots_txt"] == len(blocked)
    assert {p["id"] for p in robots_crawl.profiles}.isdisjoint({f"mila:{slug}" for slug in blocked})


def test_requests_waiting_for_robots_txt_all_get_its_rules(fixture_site, tmp_path):
    """Several requests at the start wait together for the host's robots.txt:
    each one is checked against it (Scrapy's own middleware let all but the
    first through unchecked)."""
    blocked = json.loads((REPO / "fixtures" / "expected" / "robots.json").read_text(encoding="utf-8"))["disallowed"]
    allowed = ["li-ming", "zoe-muller", "aisha-bello", "raymond-li", "benoit-gagnon"]
    base = fixture_site.base_url
    urls = ",".join([*(f"{base}/en/directory/{slug}" for slug in allowed[:2]), *(base + path for path in blocked),
                     *(f"{base}/en/directory/{slug}" for slug in allowed[2:])])
    start = len(fixture_site.requests)
    crawl = scrapy_crawl(tmp_path / "out", "profile", "-a", f"url={urls}")
    requested = {r.path.split("?")[0] for r in fixture_site.requests.snapshot()[start:]}
    assert not requested & set(blocked), crawl.process.stderr[-1500:]
    assert {f"/en/directory/{slug}" for slug in allowed} <= requested
    assert crawl.stats["robotstxt/forbidden"] == len(blocked)


# --- Retry-After -----------------------------------------------------------------------


def assert_host_waited(site: FixtureSite, status: int, seconds: float) -> None:
    """After each ``status`` answer, the server's next request came ``seconds`` later or more."""
    log = records(site)
    faults = [i for i, r in enumerate(log) if r.status == status]
    assert faults, f"the server answered no {status}"
    for i in faults:
        assert i + 1 < len(log), "nothing was requested after the fault"
        assert log[i + 1].time - log[i].time >= seconds, (log[i], log[i + 1])


def test_503_retry_after_holds_every_request_to_the_host(tmp_path):
    # Page 0 is alone in flight when it gets the 503: its pager links (pages 1-5)
    # are only known once it is recovered; nothing may reach the host for 2 s.
    with FixtureSite(faults=FaultPlan(by_path={PROFILE: ["503"]}, retry_after=2)) as site:
        crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={site.base_url}{PROFILE}", *FAST,
                             "-s", "PROGRESS_INTERVAL=0.5")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert_host_waited(site, 503, 2.0)
    assert [r.status for r in records(site) if page_key(r.path) == PROFILE] == [503, 200]
    assert crawl.stats["retry_after/honoured"] == 1 and crawl.stats["retry_after/seconds"] == 2
    assert [p["url"] for p in crawl.profiles] == [f"{site.base_url}{PROFILE}"]
    assert crawl.profiles[0]["publication_count"] > 0
    assert failures(crawl) == []
    # The crawl lasted 2 s or more: progress lines came at PROGRESS_INTERVAL.
    assert PROGRESS_LINE.search(crawl.log), crawl.log[-2000:]
    assert "holding requests to 127.0.0.1 for 2.0 s" in crawl.log


def test_429_retry_after_holds_the_queued_requests_too(tmp_path):
    # With the default DOWNLOAD_DELAY (0.5 s, here without AutoThrottle) and one
    # request at a time to the host, nothing else is in flight when the 429
    # comes, so the next request the server sees is one the crawler started
    # after it: pages 3-5, queued in the slot, must wait the 2 s as well as the
    # retry of page 2.
    page = f"{PROFILE}?page=0,2"
    with FixtureSite(faults=FaultPlan(by_path={page: ["429"]}, retry_after=2)) as site:
        crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={site.base_url}{PROFILE}", *FAST,
                             "-s", f"DOWNLOAD_DELAY={settings.DOWNLOAD_DELAY}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    log = records(site)
    after = [r for r in log if r.time > next(r.time for r in log if r.status == 429)]
    assert {page_key(r.path) for r in after} > {page}, "pages other than the retry came after the 429"
    assert_host_waited(site, 429, 2.0)
    statuses = [r.status for r in records(site) if page_key(r.path) == page]
    assert statuses == [429, 200]
    sources = {page_key(url) for p in crawl.publications for url in p["source_urls"]}
    assert page in sources  # recovered: its cards are in the output
    assert failures(crawl) == []
