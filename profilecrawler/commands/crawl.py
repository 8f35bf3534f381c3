"""``scrapy crawl`` with exit codes a scheduler can act on.

====  ==========================================================================
 0    the crawl ran and every monitor passed
 1    Scrapy could not run the crawl (bad arguments or settings, errors at start)
 2    a monitor failed (profilecrawler.monitors): the output is suspect
 3    the job directory is in use by another run: nothing was done
 4    the snapshot was written but loading it into DATABASE_URL failed (the
      database is unchanged; profilecrawler.db.extension)
====  ==========================================================================

The code is 3 when the crawler's setup raised ``profilecrawler.state.JobDirLocked``
(reported as one line on stderr, without a traceback), else 1 when Scrapy
reports that the crawl could not run, else the crawl's ``job/exit_code`` stat
(the monitors set 2, a failed database load 4; absent means 0). The messages
of failed monitors are repeated on stderr, one line each, so that a
scheduler's mail shows them even when the log goes to a file.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from profilecrawler.state import JobDirLocked

EXIT_OK = 0
EXIT_NOT_RUN = 1
EXIT_MONITOR_FAILED = 2
EXIT_JOB_DIR_LOCKED = 3
EXIT_DB_LOAD_FAILED = 4


def job_dir_locked(error: BaseException | None) -> JobDirLocked | None:
    """``error`` or the exception it was raised from, if it is a JobDirLocked."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, JobDirLocked):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def catch_job_dir_locked(crawler) -> list[BaseException]:
    """Make ``crawler`` end quietly when its setup raises JobDirLocked; the
    exceptions caught are appended to the list returned. Every other failure
    goes on as before (Scrapy logs it and reports the crawl as failed)."""
    caught: list[BaseException] = []
    crawl_async = crawler.crawl_async
    crawl = crawler.crawl

    async def quiet_crawl_async(*args, **kwargs):
        try:
            await crawl_async(*args, **kwargs)
        except Exception as error:
            locked = job_dir_locked(error)
            if locked is None:
                raise
            caught.append(locked)

    def quiet_crawl(*args, **kwargs):
        def errback(failure):
            locked = job_dir_locked(failure.value)
            if locked is None:
                return failure
            caught.append(locked)
            return None

        return crawl(*args, **kwargs).addErrback(errback)

    # AsyncCrawlerProcess calls crawl_async, CrawlerProcess crawl.
    crawler.crawl_async = quiet_crawl_async
    crawler.crawl = quiet_crawl
    return caught


def crawl_exit_code(crawler, bootstrap_failed: bool, locked: list[BaseException]) -> int:
    """3 when the job directory was locked, else 1 when Scrapy could not run the
    crawl (monitors that ran while it closed would only repeat that nothing was
    crawled), else the ``job/exit_code`` stat (0 when absent)."""
    if locked:
        return EXIT_JOB_DIR_LOCKED
    if bootstrap_failed:
        return EXIT_NOT_RUN
    stats = getattr(crawler, "_stats", None)  # None when the crawl never got its settings applied
    return int(stats.get_value("job/exit_code", EXIT_OK) or EXIT_OK) if stats is not None else EXIT_OK


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return ("Run a spider of the current project; exit 0 ok, 1 not run, 2 a monitor failed, 3 job dir in use, "
                "4 the database load failed")

    def long_desc(self) -> str:
        return (
            "Run a spider of the current project. Exit status: 0 the crawl ran and every monitor "
            "passed; 1 Scrapy could not run the crawl (bad arguments or settings, errors at start); "
            "2 a monitor failed, the output is suspect (the failures are repeated on stderr); "
            "3 the job directory is in use by another run, nothing was done; 4 the snapshot was written but "
            "loading it into DATABASE_URL failed (the database is unchanged)."
        )

    # Scrapy and argparse exit 2 on a usage error; here 2 means a failed monitor,
    # so a bad command line exits 1 like every other crawl that could not run.
    def add_options(self, parser) -> None:
        super().add_options(parser)
        self._parser = parser
        parser_exit = parser.exit

        def exit(status=0, message=None):
            parser_exit(EXIT_NOT_RUN if status == 2 else status, message)

        parser.exit = exit

    def _usage_error(self, error: UsageError):
        if str(error):
            self._parser.error(str(error))  # exits 1 (add_options)
        if error.print_help:
            self._parser.print_help()
        raise SystemExit(EXIT_NOT_RUN)

    def process_options(self, args: list[str], opts) -> None:
        try:
            super().process_options(args, opts)
        except UsageError as error:
            self._usage_error(error)

    def run(self, args: list[str], opts) -> None:
        if len(args) < 1:
            self._usage_error(UsageError())
        if len(args) > 1:
            self._usage_error(UsageError("running 'scrapy crawl' with more than one spider is not supported"))
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        locked = catch_job_dir_locked(crawler)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        # A crawler stopped by JobDirLocked has no spider running: Scrapy counts
        # that as a bootstrap failure, but the reason is ours to report.
        bootstrap_failed = self.crawler_process.bootstrap_failed and not locked
        self.exitcode = crawl_exit_code(crawler, bootstrap_failed, locked)
        if locked:
            print(f"profilecrawler: {locked[0]}", file=sys.stderr)
        elif self.exitcode == EXIT_MONITOR_FAILED:
            for message in crawler.stats.get_value("monitors/failures") or ["a monitor failed"]:
                print(f"profilecrawler: monitor failed: {message}", file=sys.stderr)
        elif self.exitcode == EXIT_DB_LOAD_FAILED:
            print(f"profilecrawler: database load failed, the database is unchanged: "
                  f"{crawler.stats.get_value('db/error')}", file=sys.stderr)
