"""The two floors the crawler is compared with (issue 5).

* (a) ``ReferenceSpider``: a minimal ``scrapy.Spider`` that fetches the same pages
  as ``scrapy crawl directory`` (listings → profiles → publication pages) and
  pulls the same fields with parsel into plain dicts, written by Scrapy's own
  JSON Lines feed. No loaders, no cleaning, no merging, no crawl state, no
  project settings: the framework-plus-parsing floor.

      python -m benchmarks.reference crawl --start-url http://127.0.0.1:PORT/en/directory --output out.jsonl

* (c) ``extract_page`` alone over the page files, no Scrapy: the parsing floor
  (``benchmarks.parsing``).

Both use ``extract_page``, so they pull exactly the same fields.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy

LISTING_LINKS = "main .view-content article.person-teaser .person-teaser__name a::attr(href)"
LISTING_PAGER = "main nav.pager a::attr(href)"
PROFILE = "main article.person-profile"
PROFILE_PAGER = "main .person-profile__publications nav.pager a::attr(href)"
CARDS = "main article.publication-card"


def canonical(url: str) -> str:
    """Keep only the ``member-type`` and ``page`` parameters, and drop a first page's
    ``page`` (``page=0``, ``page=0,0``), so each page has one URL. Profile links on
    the synthetic site are mostly canonical already; aliases are followed as given."""
    scheme, netloc, path, query, _ = urlsplit(url)
    params = [(k, v) for k, v in parse_qsl(query) if k in ("member-type", "page") and v not in ("0", "0,0")]
    return urlunsplit((scheme, netloc, path, urlencode(params), ""))


def _text(selection) -> str | None:
    return selection.xpath("string()").get() if selection else None


def extract_page(selector, url: str) -> tuple[list[dict], list[str]]:
    """The records of a page (a profile on its first page, one dict per card) and
    the links to follow (absolute, canonical)."""
    records: list[dict] = []
    profile = selector.css(PROFILE)
    if not profile:  # a listing page
        links = selector.css(LISTING_LINKS).getall() + selector.css(LISTING_PAGER).getall()
        return records, [canonical(urljoin(url, href)) for href in links]
    profile = profile[0]
    if "page=" not in url:
        records.append({
            "type": "profile",
            "url": url,
            "name": profile.css("h1.person-profile__name::text").get(),
            "portrait_src": profile.css(".person-profile__portrait img::attr(src)").get(),
            "portrait_alt": profile.css(".person-profile__portrait img::attr(alt)").get(),
            "roles": [m.xpath("string()").get() for m in profile.css(".person-profile__memberships > .membership")],
            "supervisors": [
                {"name": _text(s.css("a")), "href": s.css("a::attr(href)").get()}
                for s in profile.css(".supervisor")
            ],
            "positions": [p.xpath("string()").get() for p in profile.css(".person-profile__positions .position")],
            "topics": [t.xpath("string()").get() for t in profile.css(".person-profile__topics li")],
            "biography": [p.xpath("string()").get() for p in profile.css(".person-profile__biography .text-formatted p")],
            "students": [
                {"name": _text(s.css(".student__name")), "href": s.css(".student__name::attr(href)").get(),
                 "program": _text(s.css(".student__program")), "role": _text(s.css(".student__role"))}
                for s in profile.css(".person-profile__students li.student")
            ],
        })
    for card in selector.css(CARDS):
        records.append({
            "type": "card",
            "url": url,
            "title": card.css(".publication-card__title::text").get(),
            "date": card.css(".publication-card__date::text").get(),
            "authors": [
                {"text": li.xpath("string()").get(), "href": li.css("a::attr(href)").get()}
                for li in card.css("li.publication-card__author")
            ],
            "abstract": _text(card.css(".publication-card__abstract p")),
        })
    links = [canonical(urljoin(url, href)) for href in selector.css(PROFILE_PAGER).getall()]
    return records, links


class ReferenceSpider(scrapy.Spider):
    name = "reference"

    def __init__(self, start_url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_url = start_url

    async def start(self):
        for view in ("members", "alumni"):
            yield scrapy.Request(f"{self.start_url}?member-type={view}")

    def closed(self, reason):
        path = self.settings.get("BENCH_STATS_FILE")
        if path:
            stats = dict(self.crawler.stats.get_stats())
            started = stats.get("start_time")
            if started is not None:
                stats["elapsed_time_seconds"] = (datetime.now(timezone.utc) - started).total_seconds()
            stats["finish_reason"] = reason
            Path(path).write_text(json.dumps(stats, default=str, indent=1), encoding="utf-8")

    def parse(self, response):
        records, links = extract_page(response.selector, response.url)
        yield from records
        for link in links:
            yield scrapy.Request(link)


# The settings both crawls of the benchmark share (the runner passes the same
# values to `scrapy crawl directory` with -s): loopback, no politeness delay.
# CONCURRENT_ITEMS is the project's own value (the runner reads it from the
# project's settings and gives it to both).
SHARED_SETTINGS = {
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "CONCURRENT_ITEMS": 10,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "HTTPCACHE_ENABLED": False,
    "ROBOTSTXT_OBEY": True,
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": False,
}


def crawl(start_url: str, output: str, log_file: str | None = None, stats_file: str | None = None,
          shared: dict | None = None) -> None:
    from scrapy.crawler import CrawlerProcess

    settings = {
        **(shared or SHARED_SETTINGS),
        "BENCH_STATS_FILE": stats_file,
        "FEEDS": {output: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
        "USER_AGENT": "profilecrawler-bench-reference",
    }
    if log_file:
        settings["LOG_FILE"] = log_file
    process = CrawlerProcess(settings)  # Scrapy's defaults plus these: no project settings
    process.crawl(ReferenceSpider, start_url=start_url)
    process.start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("crawl", help="run the reference spider (a)")
    run.add_argument("--start-url", required=True)
    run.add_argument("--output", required=True, help="the JSON Lines feed")
    run.add_argument("--log-file")
    run.add_argument("--stats", help="write the crawl's stats here (JSON) when it closes")
    run.add_argument("--settings", type=json.loads, help="the shared settings, as JSON (default SHARED_SETTINGS)")
    args = parser.parse_args(argv)
    crawl(args.start_url, args.output, args.log_file, args.stats, args.settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
