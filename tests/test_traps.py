"""No crawler traps: a whole-site crawl asks for each page once, in its canonical
form (alias paths and junk parameters removed, the pager parameter kept), never
follows mailto:, javascript: or other-domain links, and its stats say so
(``pages/fetched == pages/distinct``); the end-of-crawl summary reports it."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest

from conftest import REPO, scrapy_crawl

SITE = REPO / "fixtures" / "site"


def page_key(path_or_url: str) -> str:
    parts = urlsplit(path_or_url)
    return unquote(parts.path + (f"?{parts.query}" if parts.query else ""))


def disallowed_prefixes() -> tuple[str, ...]:
    robots = (SITE / "robots.txt").read_text(encoding="utf-8")
    return tuple(line.split(":", 1)[1].strip() for line in robots.splitlines() if line.lower().startswith("disallow:"))


def canonical_pages() -> set[str]:
    """Every page of the fixture site in canonical form, as the generator wrote it,
    less those robots.txt disallows."""
    pages = set()
    for view in ("members", "alumni"):
        for file in (SITE / "en" / "directory" / "listing").glob(f"{view}-*.html"):
            k = int(file.stem.rsplit("-", 1)[1])
            pages.add(f"/en/directory?member-type={view}" + (f"&page={k}" if k else ""))
    for folder in (SITE / "en" / "directory").iterdir():
        if folder.name == "listing" or not folder.is_dir():
            continue
        for file in folder.glob("page-*.html"):
            n = int(file.stem.split("-")[1])
            pages.add(f"/en/directory/{folder.name}" + (f"?page=0,{n}" if n else ""))
    return {page for page in pages if not page.startswith(disallowed_prefixes())}


def site_html() -> str:
    return "\n".join(file.read_text(encoding="utf-8") for file in SITE.rglob("*.html"))


@pytest.fixture(scope="module")
def trap_crawl(fixture_site, tmp_path_factory):
    start = len(fixture_site.requests)
    # DEBUG: the test reads every request the crawler logs.
    crawl = scrapy_crawl(tmp_path_factory.mktemp("traps"), "directory", "-a", f"start_url={fixture_site.base_url}/en/directory",
                         "-s", "LOG_LEVEL=DEBUG")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    crawl.requests = fixture_site.requests.snapshot()[start:]
    crawl.base_url = fixture_site.base_url
    return crawl


def test_the_site_sets_the_traps():
    html = site_html()
    assert re.search(r'href="/en/person/[a-z-]+', html) and re.search(r'href="/fr/annuaire/[a-z-]+', html)
    assert re.search(r'href="[^"]*[?&](?:utm_[a-z]+|ref|lang|locale|q)=', html)  # junk parameters
    assert 'href="mailto:' in html and 'href="javascript:' in html
    assert re.search(r'href="https?://(?!127\.0\.0\.1)[^"]+"', html)  # another domain


def test_each_page_is_requested_once_in_its_canonical_form(trap_crawl):
    pages = [page_key(r.path) for r in trap_crawl.requests if r.path != "/robots.txt"]
    counts = Counter(pages)
    assert counts and max(counts.values()) == 1, [page for page, n in counts.items() if n > 1]
    assert set(pages) == canonical_pages()


def test_no_link_outside_the_site_is_followed(trap_crawl):
    assert not [r.path for r in trap_crawl.requests if re.search(r"mailto|javascript", r.path, re.I)]
    # Every request the crawler made was answered by the fixture server: nothing
    # went to another host.
    assert trap_crawl.stats["downloader/request_count"] == len(trap_crawl.requests)
    crawled = re.findall(r"Crawled \(\d+\) <GET ([^>]+)>", trap_crawl.log)
    assert crawled and all(url.startswith(trap_crawl.base_url + "/") for url in crawled)


def test_stats_pages_fetched_equal_distinct_pages(trap_crawl):
    stats = trap_crawl.stats
    served = len([r for r in trap_crawl.requests if r.path != "/robots.txt"])
    assert stats["pages/fetched"] == stats["pages/distinct"] == served
    assert stats["pages/fetched_per_distinct"] == 1.0


def test_the_summary_reports_records_failures_and_pages(trap_crawl):
    stats, log = trap_crawl.stats, trap_crawl.log
    summary = log[log.index("Crawl summary (finished):"):]
    assert f"records: {stats['export/profiles']} profiles, {stats['export/publications']} publications" in summary
    assert f"duplicates merged: {stats['export/duplicates_merged']}" in summary
    assert f"failures: {stats.get('failures/count', 0)} (" in summary
    assert re.search(r"changes: \d+ added, \d+ changed, \d+ removed", summary)
    n = stats["pages/fetched"]
    assert f"pages: {n} fetched, {n} distinct (1.00 fetches per page)" in summary
    flags = {key.split("/", 2)[2]: value for key, value in stats.items() if key.startswith("export/flag/")}
    assert flags and all(f"{flag} {count}" in summary for flag, count in flags.items())
