"""Real crawls of a fixture site that misbehaves: every fault kind of the fixture
server (``FaultPlan``), one at a time, and a seeded random mix over the whole site.

A fault that a retry can recover is recovered (the output equals a fault-free
crawl's); any other is listed in ``failures.jsonl`` with its reason and number of
attempts, and the crawl still completes. What the server saw (its request log)
is the evidence of how often and when each page was asked for.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest

from conftest import read_jsonl, scrapy_crawl
from profilecrawler.fixture_server import FaultPlan, FixtureSite

SLUG = "eloise-berube"  # the profile with the most publication pages (6)
PROFILE = f"/en/directory/{SLUG}"
PAGE_2 = f"{PROFILE}?page=0,2"
RETRY_TIMES = 3  # the project default (settings.py), asserted below
FAST = ["-s", "RETRY_BACKOFF_BASE=0.1"]


def records(site: FixtureSite) -> list:
    return sorted(site.requests.snapshot(), key=lambda record: record.time)


def page_key(path_or_url: str) -> str:
    """Path and query, decoded (``?page=0%2C2`` → ``?page=0,2``), of a URL or a request path."""
    parts = urlsplit(path_or_url)
    return unquote(parts.path + (f"?{parts.query}" if parts.query else ""))


def page_of(record) -> str:
    return page_key(record.path)


def requests_for(site: FixtureSite, page: str) -> list:
    return [r for r in records(site) if page_of(r) == page]


def failures(crawl) -> list[dict]:
    path = crawl.run_dir / "failures.jsonl"
    assert path.exists(), "the crawl wrote no failures.jsonl"
    return read_jsonl(path)


def failure_for(crawl, page: str) -> dict:
    found = [f for f in failures(crawl) if page_key(f["url"]) == page]
    assert len(found) == 1, (page, failures(crawl))
    return found[0]


def normalised(crawl, base_url: str) -> tuple[list, list]:
    """Profiles and publications with the server's address and crawl times taken out."""

    def clean(records):
        text = json.dumps(records, sort_keys=True).replace(base_url, "BASE")
        return [{k: v for k, v in r.items() if k != "crawled_at"} for r in json.loads(text)]

    return clean(crawl.profiles), clean(crawl.publications)


def normalised_failures(crawl, base_url: str) -> list[dict]:
    return sorted((json.loads(json.dumps(f).replace(base_url, "BASE")) for f in failures(crawl)), key=lambda f: f["url"])


def crawl_profile(tmp_path, site: FixtureSite, *settings: str, slug: str = SLUG):
    """``scrapy crawl profile`` of one profile; the crawl must run to its end."""
    crawl = scrapy_crawl(tmp_path, "profile", "-a", f"url={site.base_url}/en/directory/{slug}", *FAST, *settings)
    # 0, or 2 when the end-of-crawl monitors judge the share of failed pages too
    # high (one page in six is, here): either way the crawl completed.
    assert crawl.process.returncode in (0, 2), crawl.process.stderr[-3000:]
    assert "Traceback" not in crawl.process.stderr, crawl.process.stderr[-3000:]
    assert crawl.stats["finish_reason"] == "finished"
    assert "Crawl summary (finished)" in crawl.log
    return crawl


def only_ours(crawl, *sites: FixtureSite, resent: bool = False, unlogged: int = 0) -> None:
    """Every request the crawler made was answered by one of these servers
    (``resent``: Twisted may have sent some again by itself, see below;
    ``unlogged``: slow answers the server may not have finished, so not logged)."""
    answered = sum(len(site.requests) for site in sites)
    made = crawl.stats["downloader/request_count"]
    if resent:
        assert made <= answered, (made, answered)
    else:
        assert answered <= made <= answered + unlogged, (made, answered)


@pytest.fixture(scope="module")
def clean(fixture_site, tmp_path_factory):
    """The same profile crawled from a well-behaved server: what a recovered crawl must equal."""
    crawl = crawl_profile(tmp_path_factory.mktemp("clean"), fixture_site)
    profiles, publications = normalised(crawl, fixture_site.base_url)
    assert len(profiles) == 1 and publications
    assert len({unquote(urlsplit(url).query) for p in publications for url in p["source_urls"]}) == 6
    return profiles, publications


def faulty(by_path=None, **plan) -> FixtureSite:
    return FixtureSite(faults=FaultPlan(by_path=by_path or {}, **plan))


def assert_recovered(crawl, site, clean, resent: bool = False, unlogged: int = 0) -> None:
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert normalised(crawl, site.base_url) == clean
    assert failures(crawl) == []
    assert crawl.stats.get("failures/count", 0) == 0
    only_ours(crawl, site, resent=resent, unlogged=unlogged)


def test_retry_times_default_is_three():
    from profilecrawler import settings

    assert settings.RETRY_TIMES == RETRY_TIMES
    assert {429, 500, 502, 503, 504} <= set(settings.RETRY_HTTP_CODES)


# --- 500: retried with exponential backoff, then given up ----------------------------


def test_500_is_retried_with_growing_backoff_and_recovered(tmp_path, clean):
    with faulty({PAGE_2: ["500", "500"]}) as site:
        crawl = crawl_profile(tmp_path, site, "-s", "RETRY_BACKOFF_BASE=0.3")
    tries = requests_for(site, PAGE_2)
    assert [r.status for r in tries] == [500, 500, 200]
    # RETRY_BACKOFF_BASE × 2^(attempt-1): at least 0.3 s, then at least 0.6 s.
    assert tries[1].time - tries[0].time >= 0.3
    assert tries[2].time - tries[1].time >= 0.6
    assert crawl.stats["backoff/applied"] == 2
    assert crawl.stats["retry/count"] == 2
    assert_recovered(crawl, site, clean)


def test_500_forever_is_given_up_after_the_retries_logged_counted_and_listed(tmp_path, clean):
    with faulty({PAGE_2: ["always:500"]}) as site:
        crawl = crawl_profile(tmp_path, site)
    assert [r.status for r in requests_for(site, PAGE_2)] == [500] * (RETRY_TIMES + 1)
    failure = failure_for(crawl, PAGE_2)
    assert failure["type"] == "failure"
    assert failure["reason"] == "http_500" and failure["status"] == 500
    assert failure["attempts"] == RETRY_TIMES + 1
    assert crawl.stats["retry/max_reached"] == 1
    assert crawl.stats["failures/count"] == 1 and crawl.stats["failures/http_500"] == 1
    assert "Gave up retrying" in crawl.log and PAGE_2.replace(",", "%2C") in crawl.log
    # The rest of the profile is still there.
    profiles, publications = normalised(crawl, site.base_url)
    assert profiles and len(publications) < len(clean[1])
    only_ours(crawl, site)


# --- 503 and 429 (Retry-After; its timing is in test_politeness.py) ---------------------


@pytest.mark.parametrize("status", ["503", "429"])
def test_503_and_429_with_retry_after_are_recovered(tmp_path, clean, status):
    with faulty({PAGE_2: [status, status]}, retry_after=1) as site:
        crawl = crawl_profile(tmp_path, site)
    assert [r.status for r in requests_for(site, PAGE_2)] == [int(status), int(status), 200]
    assert crawl.stats["retry_after/honoured"] == 2
    assert crawl.stats["retry_after/seconds"] == pytest.approx(2.0)
    assert_recovered(crawl, site, clean)


def test_503_forever_is_listed_with_its_status(tmp_path):
    with faulty({PAGE_2: ["always:503"]}, retry_after=0) as site:
        crawl = crawl_profile(tmp_path, site)
    assert len(requests_for(site, PAGE_2)) == RETRY_TIMES + 1
    failure = failure_for(crawl, PAGE_2)
    assert (failure["reason"], failure["status"], failure["attempts"]) == ("http_503", 503, RETRY_TIMES + 1)


def test_a_404_is_listed_at_once_not_retried(tmp_path):
    with faulty({PAGE_2: ["404"]}) as site:
        crawl = crawl_profile(tmp_path, site)
    assert [r.status for r in requests_for(site, PAGE_2)] == [404]
    failure = failure_for(crawl, PAGE_2)
    assert (failure["reason"], failure["status"], failure["attempts"]) == ("http_404", 404, 1)
    assert "retry/count" not in crawl.stats and "backoff/applied" not in crawl.stats


# --- slower than the download timeout ------------------------------------------------


def test_a_slow_answer_times_out_and_the_retry_recovers_it(tmp_path, clean):
    with faulty({PAGE_2: ["slow"]}, slow_seconds=3.0) as site:
        crawl = crawl_profile(tmp_path, site, "-s", "DOWNLOAD_TIMEOUT=1")
    # (The server logs a slow answer when it is done, possibly after the crawl:
    # the crawler's own counts say how often it timed out.)
    assert crawl.stats["downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError"] == 1
    assert crawl.stats["retry/count"] == 1
    assert_recovered(crawl, site, clean, unlogged=1)


def test_always_slow_is_listed_as_timeout(tmp_path):
    with faulty({PAGE_2: ["always:slow"]}, slow_seconds=3.0) as site:
        crawl = crawl_profile(tmp_path, site, "-s", "DOWNLOAD_TIMEOUT=1")
    assert crawl.stats["downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError"] == RETRY_TIMES + 1
    assert crawl.stats["retry/max_reached"] == 1
    failure = failure_for(crawl, PAGE_2)
    assert (failure["reason"], failure["attempts"]) == ("timeout", RETRY_TIMES + 1)
    assert crawl.stats["failures/timeout"] == 1


# --- connection reset, truncated body --------------------------------------------------


@pytest.mark.parametrize("kind", ["reset", "truncate"])
def test_reset_and_truncated_answers_are_retried_and_recovered(tmp_path, clean, kind):
    with faulty({PAGE_2: [kind, kind]}) as site:
        crawl = crawl_profile(tmp_path, site)
    assert [r.status for r in requests_for(site, PAGE_2)][-1] == 200
    assert len(requests_for(site, PAGE_2)) == 3
    # Twisted sends a GET again, once and by itself, when a kept-alive connection
    # is reset under it: Scrapy may see one failure where the server made two.
    assert 1 <= crawl.stats["retry/count"] <= 2
    assert_recovered(crawl, site, clean, resent=kind == "reset")


@pytest.mark.parametrize("kind, reasons", [("reset", {"connection_lost"}), ("truncate", {"connection_lost"})])
def test_reset_and_truncated_forever_are_listed(tmp_path, kind, reasons):
    with faulty({PAGE_2: [f"always:{kind}"]}) as site:
        crawl = crawl_profile(tmp_path, site)
    # (Twisted's own resend on a reset kept-alive connection, as above.)
    assert RETRY_TIMES + 1 <= len(requests_for(site, PAGE_2)) <= 2 * (RETRY_TIMES + 1)
    assert crawl.stats["retry/max_reached"] == 1
    failure = failure_for(crawl, PAGE_2)
    assert failure["reason"] in reasons and failure["attempts"] == RETRY_TIMES + 1
    # A truncated body never becomes a page: no card of that page is in the output.
    assert not any("page=0%2C2" in url for p in crawl.publications for url in p["source_urls"])


# --- a 20 MB page ------------------------------------------------------------------------


def test_a_page_over_download_maxsize_is_a_failure_too_large_not_retried(tmp_path, clean):
    with faulty({PAGE_2: ["huge"]}) as site:
        crawl = crawl_profile(tmp_path, site)
    assert len(requests_for(site, PAGE_2)) == 1
    failure = failure_for(crawl, PAGE_2)
    assert (failure["reason"], failure["attempts"]) == ("too_large", 1)
    assert crawl.stats["failures/too_large"] == 1
    assert "retry/count" not in crawl.stats
    assert [p["name"] for p in crawl.profiles] == [p["name"] for p in clean[0]]  # the rest is unaffected
    only_ours(crawl, site)


# --- redirects ---------------------------------------------------------------------------


def test_a_redirect_loop_is_bounded_and_listed(tmp_path):
    with faulty({PAGE_2: ["always:redirect-loop"]}) as site:
        crawl = crawl_profile(tmp_path, site, "-s", "REDIRECT_MAX_TIMES=5")
    looped = [r for r in records(site) if urlsplit(page_of(r)).path == PROFILE and "page=0,2" in page_of(r)]
    assert all(r.status == 302 for r in looped)
    assert len(looped) == 1 + 5  # the page and 5 redirects followed, no more
    failure = failure_for(crawl, PAGE_2)
    assert failure["reason"] == "redirect_loop"
    only_ours(crawl, site)


def test_a_redirect_to_another_domain_is_never_followed(tmp_path):
    with FixtureSite(host="127.0.0.2") as elsewhere:
        with faulty({PAGE_2: ["redirect-offsite"]}, offsite_url=elsewhere.base_url) as site:
            crawl = crawl_profile(tmp_path, site)
        assert len(elsewhere.requests) == 0
    assert [r.status for r in requests_for(site, PAGE_2)] == [302]
    failure = failure_for(crawl, PAGE_2)
    assert failure["reason"] == "offsite"
    assert crawl.stats["offsite/redirect_refused"] == 1
    only_ours(crawl, site)


# --- everything at once, at random -----------------------------------------------------


@pytest.fixture(scope="module")
def clean_site_crawl(fixture_site, tmp_path_factory):
    crawl = scrapy_crawl(tmp_path_factory.mktemp("clean-site"), "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return normalised(crawl, fixture_site.base_url), normalised_failures(crawl, fixture_site.base_url)


def test_random_faults_over_the_whole_site_are_all_recovered(tmp_path, clean_site_crawl):
    plan = dict(
        random_rate=0.3, random_seed=20240611, random_kinds=("500", "503", "429", "reset", "truncate"),
        random_max_per_path=2, retry_after=1,
    )
    assert plan["random_max_per_path"] <= RETRY_TIMES
    with faulty(**plan) as site:
        crawl = scrapy_crawl(
            tmp_path, "directory", "-a", f"start_url={site.base_url}/en/directory", *FAST,
            # Retry-After: 1 from the server, cut to 0.2 s: RETRY_AFTER_MAX at work, and a fast test.
            "-s", "RETRY_AFTER_MAX=0.2",
        )
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    statuses = Counter(r.status for r in records(site))
    assert statuses[500] and (statuses[503] or statuses[429]), statuses  # the faults did happen
    assert crawl.stats["retry/count"] > 0 and "retry/max_reached" not in crawl.stats
    if crawl.stats.get("retry_after/honoured"):
        assert crawl.stats["retry_after/seconds"] == pytest.approx(0.2 * crawl.stats["retry_after/honoured"])
    clean_output, clean_failures = clean_site_crawl
    assert normalised(crawl, site.base_url) == clean_output
    # No failure but those of the fault-free crawl (the page robots.txt disallows).
    assert normalised_failures(crawl, site.base_url) == clean_failures
    assert {f["reason"] for f in clean_failures} == {"robots_txt"}
    # Retried pages were fetched once each, as far as the crawl is concerned.
    assert crawl.stats["pages/fetched"] == crawl.stats["pages/distinct"]
    only_ours(crawl, site, resent=True)  # resets among the faults: see the reset tests
