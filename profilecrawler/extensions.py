"""Small Scrapy extensions of profilecrawler."""

from __future__ import annotations

import json
import logging
from pathlib import Path

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


class RecordsFile:
    """Copy the run's merged records (its ``profiles.jsonl``, then its
    ``publications.jsonl``) into ``RECORDS_FILE`` when the crawl ends, whatever
    its verdict (the run's ``verdict.json`` says whether it was published).
    Scrapyd's ``items_dir`` feed becomes this file (``profilecrawler._scrapyd``),
    so that a job's ``items_url`` serves its records, not raw sightings."""

    def __init__(self, crawler, run, path: Path):
        self.stats = crawler.stats
        self.run = run
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("RECORDS_FILE")
        run = run_for(crawler)
        if not path or run is None:
            raise NotConfigured()
        extension = cls(crawler, run, Path(path))
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        parts = []
        try:
            for name in ("profiles.jsonl", "publications.jsonl"):
                source = self.run.dir / name
                if source.exists():
                    parts.append(source.read_bytes())
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, b"".join(parts))
        except OSError as error:
            self.stats.set_value("records_file/error", str(error))
            logging.getLogger(__name__).error("The records could not be copied to RECORDS_FILE %s: %s",
                                              self.path, error)
        else:
            self.stats.set_value("records_file/lines", sum(part.count(b"\n") for part in parts))
            logging.getLogger(__name__).info("The run's records were copied to %s", self.path)


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
