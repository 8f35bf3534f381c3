"""``scrapy crawl`` with exit codes a scheduler can act on.

====  ==========================================================================
 0    the crawl ran and every monitor passed
 1    Scrapy could not run the crawl (bad arguments or settings, errors at start)
 2    a monitor failed (profilecrawler.monitors): the output is suspect
 3    the job directory is in use by another run: nothing was done
 4    the snapshot was written but loading it into DATABASE_URL failed (the
      database is unchanged; profilecrawler.db.extension)
130   stopped by force (a second Ctrl-C or SIGTERM: Scrapy's unclean shutdown)
      before the crawl could close: its end (export, verdict, publication,
      database load) did not run, or not to its end; the same command resumes
====  ==========================================================================

The code is 3 when the crawler's setup raised ``profilecrawler.state.JobDirLocked``
and 1 for any other ``profilecrawler.errors.StartupError`` (an unwritable
folder, an OUTPUT_DIR of another scope), each reported as one line on stderr
without a traceback; else 1 when Scrapy reports that the crawl could not run,
else the crawl's ``job/exit_code`` stat (the monitors and the verdict set 2, a
failed database load 4; absent means 0).

A run that was not published says why on the first line of stderr
(``profilecrawler: not published (partial): stopped early: …``), with the
folder that holds its output; the messages of failed monitors follow, one line
each, so that a scheduler's mail shows them even when the log goes to a file.

This command sets ``WRITE_OUTPUT``: only ``scrapy crawl`` (and the demo) write
output (``profilecrawler.publish``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy import signals
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from profilecrawler._scrapyd import adapt as adapt_to_scrapyd
from profilecrawler.errors import StartupError

EXIT_OK = 0
EXIT_NOT_RUN = 1
EXIT_MONITOR_FAILED = 2
EXIT_JOB_DIR_LOCKED = 3
EXIT_DB_LOAD_FAILED = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process that Ctrl-C stopped


def startup_error(error: BaseException | None) -> StartupError | None:
    """``error`` or the exception it was raised from, if it is a StartupError."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StartupError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


def catch_startup_errors(crawler) -> list[StartupError]:
    """Make ``crawler`` end quietly when its setup raises a StartupError; the
    exceptions caught are appended to the list returned. Every other failure
    goes on as before (Scrapy logs it and reports the crawl as failed)."""
    caught: list[BaseException] = []
    crawl_async = crawler.crawl_async
    crawl = crawler.crawl

    async def quiet_crawl_async(*args, **kwargs):
        try:
            await crawl_async(*args, **kwargs)
        except Exception as error:
            stopped = startup_error(error)
            if stopped is None:
                raise
            caught.append(stopped)

    def quiet_crawl(*args, **kwargs):
        def errback(failure):
            stopped = startup_error(failure.value)
            if stopped is None:
                return failure
            caught.append(stopped)
            return None

        return crawl(*args, **kwargs).addErrback(errback)

    # AsyncCrawlerProcess calls crawl_async, CrawlerProcess crawl.
    crawler.crawl_async = quiet_crawl_async
    crawler.crawl = quiet_crawl
    return caught


def crawl_exit_code(crawler, bootstrap_failed: bool, stopped: list[StartupError]) -> int:
    """The StartupError's code (3 job directory locked, else 1), else 1 when
    Scrapy could not run the crawl (monitors that ran while it closed would only
    repeat that nothing was crawled), else the ``job/exit_code`` stat (0 when
    absent)."""
    if stopped:
        return stopped[0].exit_code
    if bootstrap_failed:
        return EXIT_NOT_RUN
    stats = getattr(crawler, "_stats", None)  # None when the crawl never got its settings applied
    return int(stats.get_value("job/exit_code", EXIT_OK) or EXIT_OK) if stats is not None else EXIT_OK


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return ("Run a spider of the current project; exit 0 ok, 1 not run, 2 a monitor failed, 3 job dir in use, "
                "4 the database load failed, 130 stopped by force")

    def long_desc(self) -> str:
        return (
            "Run a spider of the current project. Exit status: 0 the crawl ran and every monitor "
            "passed; 1 Scrapy could not run the crawl (bad arguments or settings, errors at start); "
            "2 a monitor failed, the output is suspect (the failures are repeated on stderr); "
            "3 the job directory is in use by another run, nothing was done; 4 the snapshot was written but "
            "loading it into DATABASE_URL failed (the database is unchanged); 130 stopped by force (a second "
            "Ctrl-C) before the crawl could close: run the same command to resume it."
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
        adapt_to_scrapyd(self.settings, opts.spargs)  # a job started by Scrapyd: its own places
        if self.settings.getpriority("WRITE_OUTPUT") is None:
            self.settings.set("WRITE_OUTPUT", True, priority="cmdline")
        log_file = self.settings.get("LOG_FILE")
        if log_file:  # Scrapy opens it next, and a missing folder would be a traceback
            try:
                Path(log_file).parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                print(f"profilecrawler: LOG_FILE {log_file}: its folder cannot be made: {error.strerror or error}",
                      file=sys.stderr)
                raise SystemExit(EXIT_NOT_RUN) from None

    def run(self, args: list[str], opts) -> None:
        if len(args) < 1:
            self._usage_error(UsageError())
        if len(args) > 1:
            self._usage_error(UsageError("running 'scrapy crawl' with more than one spider is not supported"))
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        stopped = catch_startup_errors(crawler)
        ended = []  # the engine stopped: the crawl closed, whatever its outcome
        crawler.signals.connect(lambda: ended.append(True), signal=signals.engine_stopped, weak=False)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        # A crawler stopped by a StartupError has no spider running: Scrapy
        # counts that as a bootstrap failure, but the reason is ours to report.
        bootstrap_failed = self.crawler_process.bootstrap_failed and not stopped
        self.exitcode = crawl_exit_code(crawler, bootstrap_failed, stopped)
        if stopped:
            print(f"profilecrawler: {stopped[0]}", file=sys.stderr)
        elif not bootstrap_failed and not ended:
            self.exitcode = EXIT_INTERRUPTED
            print(interrupted_line(crawler.stats.get_stats()), file=sys.stderr)
        elif not bootstrap_failed:
            for line in outcome_lines(crawler.stats.get_stats()):
                print(line, file=sys.stderr)


def interrupted_line(stats: dict) -> str:
    """What stderr says when the crawl was stopped by force before it closed."""
    where = f"; this run's output so far is in {stats['job/run_dir']}" if stats.get("job/run_dir") else ""
    if stats.get("job/verdict") == "published":
        return ("profilecrawler: interrupted: stopped by force after the run was published, before its end "
                f"(the database load, if any, did not complete): run the same command to finish it{where}")
    return ("profilecrawler: not published (interrupted): stopped by force before the run could finish; the "
            f"published snapshot is unchanged, the same command resumes the crawl{where}")


def outcome_lines(stats: dict) -> list[str]:
    """What stderr says at the end of a crawl: nothing when it was published and
    loaded; else why it was not published first, then the failed monitors, or
    the failed database load."""
    lines = []
    verdict = stats.get("job/verdict")
    if verdict is not None and verdict not in ("published", "worker"):
        reasons = stats.get("job/verdict_reasons") or ["a monitor failed"]
        why = reasons[0]
        lines.append(f"profilecrawler: not published ({verdict}): {why}; the published snapshot is unchanged, "
                     f"this run's output is in {stats.get('job/run_dir')}")
    code = int(stats.get("job/exit_code") or 0)
    if code == EXIT_MONITOR_FAILED:
        lines += [f"profilecrawler: monitor failed: {message}" for message in stats.get("monitors/failures") or []]
    elif code == EXIT_DB_LOAD_FAILED:
        lines.append(f"profilecrawler: database load failed, the database is unchanged: {stats.get('db/error')}")
    return lines
