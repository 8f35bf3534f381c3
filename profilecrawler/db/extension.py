"""``DATABASE_URL``: load the snapshot into a database when the crawl ends well.

The same load as ``profilecrawler load OUTPUT_DIR --db DATABASE_URL``, run when
the spider closes, after the export and the monitors: only a crawl that
finished, wrote its snapshot and passed its monitors is loaded (a suspect
output must not mark half the database as gone). A load that fails leaves the
database as it was, is logged (ERROR) and makes the job exit 4
(``profilecrawler.commands.crawl``); the snapshot is written all the same and
can be loaded again by hand. The counts go into the stats (``db/…``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from profilecrawler.db.engine import display, normalise_url
from profilecrawler.db.loader import LoadError, load

logger = logging.getLogger(__name__)

EXIT_DB_LOAD_FAILED = 4


class DatabaseLoad:
    def __init__(self, crawler, url: str):
        normalise_url(url)  # a bad URL stops the run at once, not at its end
        self.url = url
        self.stats = crawler.stats
        self.output_dir = Path(crawler.settings.get("OUTPUT_DIR", "output"))

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("DATABASE_URL")
        if not url:
            raise NotConfigured("DATABASE_URL is not set")
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = self.stats
        if reason != "finished" or not stats.get_value("export/written"):
            logger.warning("Not loaded into %s: the crawl wrote no snapshot (finish reason %r)",
                           display(self.url), reason)
            stats.set_value("db/load", "skipped")
            return
        if stats.get_value("job/exit_code"):
            logger.warning("Not loaded into %s: a monitor failed, the output is suspect; once checked, load it "
                           "with: profilecrawler load %s --db URL", display(self.url), self.output_dir)
            stats.set_value("db/load", "skipped")
            return
        try:
            report = load(self.output_dir, self.url)
        except Exception as error:  # whatever it was, the job must not pass for loaded
            logger.error("Database load into %s failed, the database is unchanged: %s", display(self.url), error,
                         exc_info=not isinstance(error, LoadError))
            stats.set_value("db/load", "failed")
            stats.set_value("db/error", str(error))
            stats.max_value("job/exit_code", EXIT_DB_LOAD_FAILED)
            return
        logger.info("%s", report.summary())
        stats.set_value("db/load", "loaded")
        for name, value in report.stats().items():
            stats.set_value(name, value)
