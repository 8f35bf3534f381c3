"""Small Scrapy extensions of profilecrawler."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from scrapy import signals
from scrapy.logformatter import LogFormatter

from profilecrawler.files import write_atomically


class StatsFile:
    """Write the crawler's final stats to ``<OUTPUT_DIR>/stats.json`` so that a
    scheduler, a test or a person can read what the crawl counted."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.path = Path(crawler.settings.get("OUTPUT_DIR", "output")) / "stats.json"

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = dict(self.stats.get_stats())
        stats["finish_reason"] = reason
        payload = json.dumps(stats, indent=2, sort_keys=True, default=str, ensure_ascii=False)
        write_atomically(self.path, payload.encode("utf-8") + b"\n")


class ConciseLogFormatter(LogFormatter):
    """Log a dropped item by the reason only (cards can hold hundreds of authors)."""

    def dropped(self, item, exception, response, spider):
        return {"level": logging.WARNING, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}
