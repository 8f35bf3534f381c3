"""Progress lines while a crawl runs and a summary when it ends; page counts.

``Progress`` (an extension, in ``EXTENSIONS``):

* counts every response that reaches the engine (after retries and redirects;
  a 304 included, ``/robots.txt`` excluded) as ``pages/fetched``, the distinct
  request fingerprints among them as ``pages/distinct``, and keeps
  ``pages/fetched_per_distinct`` (2 decimals) up to date: 1.00 when no page was
  fetched twice, more when a crawler trap (alias URLs, junk parameters) led to
  the same page again;
* every ``PROGRESS_INTERVAL`` seconds (0: never) logs a line such as::

      Progress: 34/70 profiles, 120 publication cards, 85 pages (41.2 pages/min), 2 failures

  (profiles parsed of profiles discovered, publication cards seen, pages fetched
  and the rate over the last interval, failures recorded so far);
* when the spider closes, logs a summary: records exported, duplicates merged,
  quality flags, failures by reason, changes since the previous crawl, pages.
  A count that no component set is shown as 0.
"""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)


class Progress:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 60.0)
        if self.interval < 0:
            raise NotConfigured("PROGRESS_INTERVAL must be 0 (off) or a number of seconds")
        self.fingerprints: set[bytes] = set()
        self.fetched = 0
        self.loop = None
        self.spider = None
        self.last_pages = 0
        self.last_time = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    # --- pages -------------------------------------------------------------------

    def response_received(self, response, request, spider=None):
        if urlparse_cached(request).path == "/robots.txt":
            return
        self.fetched += 1
        self.fingerprints.add(self.crawler.request_fingerprinter.fingerprint(request))
        self.stats.set_value("pages/fetched", self.fetched)
        self.stats.set_value("pages/distinct", len(self.fingerprints))
        self.stats.set_value("pages/fetched_per_distinct", round(self.fetched / len(self.fingerprints), 2))

    # --- progress lines ----------------------------------------------------------

    def spider_opened(self, spider):
        self.spider = spider
        self.last_time = time.monotonic()
        if self.interval > 0:
            self.loop = create_looping_call(self.log_progress)
            self.loop.start(self.interval, now=False)

    def count(self, key: str) -> int:
        return int(self.stats.get_value(key, 0) or 0)

    def progress_line(self) -> str:
        now = time.monotonic()
        elapsed = max(now - self.last_time, 1e-9)
        rate = (self.fetched - self.last_pages) * 60.0 / elapsed
        self.last_pages, self.last_time = self.fetched, now
        discovered = self.stats.get_value("profiles/discovered")
        if discovered is None:
            # The profile spider is given its profiles rather than finding them.
            urls = getattr(self.spider, "urls", None)
            discovered = len(urls) if urls is not None else "?"
        return (
            f"Progress: {self.count('profiles/parsed')}/{discovered} profiles, "
            f"{self.count('cards/seen')} publication cards, {self.fetched} pages "
            f"({rate:.1f} pages/min), {self.count('failures/count')} failures"
        )

    def log_progress(self):
        logger.info(self.progress_line())

    # --- summary -------------------------------------------------------------------

    def by_prefix(self, prefix: str, skip: tuple[str, ...] = ()) -> dict[str, int]:
        return {
            key[len(prefix):]: value
            for key, value in sorted(self.stats.get_stats().items())
            if key.startswith(prefix) and key[len(prefix):] not in skip
        }

    def summary(self, reason: str) -> str:
        count = self.count
        flags = self.by_prefix("export/flag/")
        failures = self.by_prefix("failures/", skip=("count",))
        listing = lambda counts: ", ".join(f"{name} {n}" for name, n in counts.items()) or "none"
        ratio = self.stats.get_value("pages/fetched_per_distinct")
        lines = [
            f"Crawl summary ({reason}):",
            f"  records: {count('export/profiles')} profiles, {count('export/publications')} publications",
            f"  duplicates merged: {count('export/duplicates_merged')}",
            f"  quality flags: {listing(flags)}",
            f"  failures: {count('failures/count')} ({listing(failures)})",
            f"  changes: {count('changes/added')} added, {count('changes/changed')} changed, "
            f"{count('changes/removed')} removed",
            f"  pages: {self.fetched} fetched, {len(self.fingerprints)} distinct"
            + (f" ({ratio:.2f} fetches per page)" if ratio is not None else "")
            + f", {count('retry/count')} retries, {count('retry/max_reached')} given up",
        ]
        return "\n".join(lines)

    def spider_closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        logger.info(self.summary(reason))
