"""Small Scrapy extensions of profilecrawler."""

from __future__ import annotations

import json
import logging
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.throttle import AutoThrottle
from scrapy.logformatter import LogFormatter

from profilecrawler.files import json_default, write_atomically
from profilecrawler.publish import run_for


class StatsFile:
    """Write the crawler's final stats to the run's ``stats.json``
    (``OUTPUT_DIR/runs/<run id>/stats.json``; ``OUTPUT_DIR/stats.json`` is the
    published run's) so that a scheduler, a test or a person can read what the
    crawl counted."""

    def __init__(self, crawler, run):
        self.stats = crawler.stats
        self.path = run.dir / "stats.json"

    @classmethod
    def from_crawler(cls, crawler):
        run = run_for(crawler)
        if run is None:
            raise NotConfigured()  # a command that writes no output
        extension = cls(crawler, run)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = dict(self.stats.get_stats())
        stats["finish_reason"] = reason
        payload = json.dumps(stats, indent=2, sort_keys=True, default=json_default, ensure_ascii=False)
        try:
            write_atomically(self.path, payload.encode("utf-8") + b"\n")
        except OSError as error:
            logging.getLogger(__name__).error("The final stats could not be written to %s: %s", self.path, error)


class ConciseLogFormatter(LogFormatter):
    """Log a dropped item by the reason only (cards can hold hundreds of authors)."""

    def dropped(self, item, exception, response, spider):
        return {"level": logging.WARNING, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}


class RevalidatingAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle, for which a ``304 Not Modified`` counts as a page.

    AutoThrottle lets only a 200 lower the delay (an error page is quick, and
    must not speed a crawl up). A re-crawl revalidates nearly every page from
    the HTTP cache: the server answers 304, so the delay never came down from
    ``AUTOTHROTTLE_START_DELAY`` and an unchanged re-crawl took twice as long as
    the first crawl (103 s against 53 s on the fixture site). A 304 is the page,
    answered cheaply: it adjusts the delay as a 200 does."""

    def _adjust_delay(self, slot, latency: float, response) -> None:
        if response.status == 304:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)
