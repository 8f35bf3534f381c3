"""``DATABASE_URL``: load the published snapshot into a database when the run closes.

The same load as ``profilecrawler load OUTPUT_DIR --db DATABASE_URL``, run when
the spider closes, after the monitors and the verdict
(``profilecrawler.publish``): only a run whose verdict is ``published`` is
loaded, from its job folder (whose ``current`` the loader resolves once). A
suspect or partial run is not loaded (it could mark half the database as
gone); the warning says how to load it by hand once checked
(``--accept-suspect``). A load that fails leaves the database as it was, is
logged (ERROR) and makes the job exit 4 (``profilecrawler.commands.crawl``);
the snapshot stays published all the same and can be loaded again by hand.
Only a load that succeeded completes the publication (``profilecrawler.db.loader``):
until then the next run's changes are taken against the run before, so that a
failed or killed load never loses a run's changes.
The counts go into the stats (``db/…``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from profilecrawler.db.engine import display, normalise_url
from profilecrawler.db.loader import LoadError, load
from profilecrawler.publish import WORKER, writes_output

logger = logging.getLogger(__name__)

EXIT_DB_LOAD_FAILED = 4
PUBLISHED = "published"


class DatabaseLoad:
    def __init__(self, crawler, url: str):
        normalise_url(url)  # a bad URL stops the run at once, not at its end
        self.url = url
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("DATABASE_URL")
        if not url:
            raise NotConfigured()  # the default: no load, nothing to say
        if not writes_output(crawler):
            raise NotConfigured()  # a command that writes no output loads nothing either
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def why_not(self) -> str | None:
        """Why this run is not loaded (None: it was published, it is)."""
        verdict = self.stats.get_value("job/verdict")
        if verdict == PUBLISHED:
            return None
        reasons = self.stats.get_value("job/verdict_reasons") or ["no verdict was given"]
        return (f"the run is {verdict or 'not judged'} ({reasons[0]}), not published; once checked, load it "
                f"with: profilecrawler load {self.stats.get_value('job/run_dir')} --db URL --accept-suspect")

    def spider_closed(self, spider, reason):
        stats = self.stats
        if stats.get_value("job/verdict") == WORKER:
            stats.set_value("db/load", "by the publisher")
            return  # a worker of a distributed run: its publisher loads the run
        why_not = self.why_not()
        if why_not:
            logger.warning("Not loaded into %s: %s", display(self.url), why_not)
            stats.set_value("db/load", "skipped")
            return
        try:
            # The job folder (the parent of runs/<run id>): its current run, just published.
            report = load(Path(self.stats.get_value("job/run_dir")).parent.parent, self.url)
        except Exception as error:  # whatever it was, the job must not pass for loaded
            logger.error("Database load into %s failed, the database is unchanged: %s", display(self.url), error,
                         exc_info=not isinstance(error, LoadError))
            stats.set_value("db/load", "failed")
            stats.set_value("db/error", str(error))
            stats.max_value("job/exit_code", EXIT_DB_LOAD_FAILED)
            return
        logger.info("%s", report.summary())
        stats.set_value("db/load", "loaded")
        stats.set_value("db/snapshot", str(report.output_dir))
        for name, value in report.stats().items():
            stats.set_value(name, value)
