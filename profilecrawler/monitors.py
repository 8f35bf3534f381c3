"""Monitors that fail the job: Spidermon checks run when the spider closes.

``CloseMonitorSuite`` (``SPIDERMON_SPIDER_CLOSE_MONITORS``) reads the crawler's
stats and checks

* the finish reason is ``finished``;
* profiles and publications were exported (at least one of each), and neither
  count fell by more than ``MONITOR_MAX_DROP`` from the previous run of the same
  job (same ``OUTPUT_DIR`` and spider);
* field coverage: every publication has a title, at least
  ``MONITOR_MIN_AUTHOR_COVERAGE`` of them have authors, every profile has a name
  and a status;
* the error rate: ERROR log lines per response, and failed pages per response,
  at most ``MONITOR_MAX_ERROR_RATE``.

Each failed check logs one ERROR line saying what fell and by how much
(``Monitor failed: publications fell from 84 to 0 (-100.0%, allowed -20.0%)``),
and the job's exit status becomes 2: the suite sets the ``job/exit_code`` stat,
which ``scrapy crawl`` (``profilecrawler.commands.crawl``) and ``profilecrawler
demo`` exit with. ``monitors/passed``, ``monitors/failed`` and
``monitors/failures`` (the messages) are in the stats too.

The previous run's counts: ``PreviousRunStats`` (an extension) reads the
``stats.json`` of the published snapshot of the same scope
(``profilecrawler.runs``) when the spider opens, and keeps them as ``previous/export/profiles``,
``previous/export/publications`` and ``previous/finish_time``. A run that was
not published is no baseline, so a drop keeps failing the job until it is
accepted by a run that passes (for instance with ``-s MONITOR_MAX_DROP=1``
once). (In an output of the older flat layout, whose last run may have failed,
that run's own baseline is carried over.)
"""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object
from spidermon import Action, MonitorSuite, monitors, settings
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor
from spidermon.exceptions import NotConfigured as SpidermonNotConfigured

from profilecrawler.errors import StartupError
from profilecrawler.publish import run_for

logger = logging.getLogger(__name__)

# Spidermon (1.27) writes its report with Spider.log(), deprecated in recent Scrapy
# (scrapy/scrapy#7739): one warning per run that says nothing about the job.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", module=r"spidermon\.")

EXIT_MONITOR_FAILED = 2

# The counts compared with the previous run: (what the message calls them, stat).
COUNTED = (("profiles", "export/profiles"), ("publications", "export/publications"))
BASELINE_KEYS = ("export/profiles", "export/publications", "finish_time")

# Settings, their defaults (documented in profilecrawler/settings.py).
SHARE_SETTINGS = {
    "MONITOR_MAX_DROP": 0.2,
    "MONITOR_MIN_AUTHOR_COVERAGE": 0.95,
    "MONITOR_MAX_ERROR_RATE": 0.05,
}


def share_setting(settings, name: str) -> float:
    """A share setting (0–1) as a float; a clear ValueError otherwise."""
    raw = settings.get(name, SHARE_SETTINGS[name])
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = float("nan")
    if not 0 <= value <= 1:
        raise ValueError(f"{name}={raw!r}: expected a share between 0 and 1 (0.2 means 20%)")
    return value


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


# --- the previous run --------------------------------------------------------------


def read_baseline(path: Path, spider_name: str) -> dict | None:
    """The counts of the last run of this job that passed its monitors, from the
    previous run's ``stats.json``; None when there is nothing to compare with."""
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        logger.warning("Cannot read the previous run's stats %s (%s): counts are not compared", path, error)
        return None
    if not isinstance(previous, dict):
        logger.warning("The previous run's stats %s are not a JSON object: counts are not compared", path)
        return None
    previous_spider = previous.get("job/spider")
    if previous_spider not in (None, spider_name):
        logger.info("The previous run in %s was of spider %r, not %r: counts are not compared",
                    path.parent, previous_spider, spider_name)
        return None
    # A monitor failed (an output of the older flat layout: a published run
    # passed; one whose database load failed, exit 4, still counts).
    if previous.get("job/exit_code", 0) == EXIT_MONITOR_FAILED:
        carried = {key: previous[f"previous/{key}"] for key in BASELINE_KEYS if f"previous/{key}" in previous}
        logger.info("The previous run in %s failed (exit code %s); its counts are no baseline%s",
                    path.parent, previous["job/exit_code"],
                    f": comparing with the run that finished at {carried.get('finish_time')}" if carried else "")
        return carried or None
    baseline = {key: previous[key] for key in BASELINE_KEYS if key in previous}
    return baseline or None


class PreviousRunStats:
    """Put the previous run's counts in this run's stats (``previous/…``): the
    published snapshot of the same scope (``profilecrawler.runs``)."""

    def __init__(self, crawler):
        self.crawler = crawler
        # Bad monitor settings stop the run at once rather than at its end.
        for name in SHARE_SETTINGS:
            share_setting(crawler.settings, name)
        self.run = run_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        return extension

    def spider_opened(self, spider):
        stats = self.crawler.stats
        stats.set_value("job/spider", spider.name)
        run = self.run
        baseline = read_baseline(run.baseline / "stats.json", spider.name) if run and run.baseline else None
        if not baseline:
            if run is not None:
                logger.info("No published run of this scope in %s to compare counts with", run.job.root)
            return
        for key, value in baseline.items():
            stats.set_value(f"previous/{key}", value)
        logger.info(
            "Comparing counts with the previous run (finished at %s): %s",
            baseline.get("finish_time"),
            ", ".join(f"{baseline[stat]} {name}" for name, stat in COUNTED if stat in baseline),
        )


# --- the checks ----------------------------------------------------------------------


class JobMonitor(BaseScrapyMonitor):
    """Base of our monitors: stats, settings and a failure that logs one line."""

    def stat(self, name: str, default=0):
        value = self.data.stats.get(name, default)
        return default if value is None else value

    def share(self, name: str) -> float:
        return share_setting(self.data.crawler.settings, name)

    def fail_check(self, message: str) -> None:
        self.failure_message = message
        logger.error("Monitor failed: %s", message)
        self.fail(message)


@monitors.name("Finish reason")
class FinishReasonMonitor(JobMonitor):
    @monitors.name("the crawl finished")
    def test_finish_reason(self):
        reason = self.stat("finish_reason", None)
        if reason != "finished":
            self.fail_check(f"finish reason is {reason!r}, expected 'finished'")


@monitors.name("Item counts")
class ItemCountMonitor(JobMonitor):
    def _exported(self, name: str, stat: str) -> None:
        unfinished = self.stat("export/unfinished")
        if self.stat("export/error", None):
            self.fail_check(f"{name} not written: {self.stat('export/error')}")
        elif unfinished:
            self.fail_check(f"{name}: the crawl did not complete ({unfinished} requests not done)")
        elif self.stat(stat) <= 0:
            self.fail_check(f"{name} fell to 0: the run exported none")

    def _did_not_drop(self, name: str, stat: str) -> None:
        if self.stat("export/unfinished") or self.stat("export/error", None):
            self.skipTest("a partial run: nothing to compare")
        before = self.stat(f"previous/{stat}", None)
        if not before:
            self.skipTest("no previous run to compare with")
        now = self.stat(stat)
        allowed = self.share("MONITOR_MAX_DROP")
        if before - now > allowed * before:
            change = (now - before) / before
            self.fail_check(f"{name} fell from {before} to {now} ({percent(change)}, allowed -{percent(allowed)})")

    @monitors.name("profiles were exported")
    def test_profiles_exported(self):
        self._exported(*COUNTED[0])

    @monitors.name("publications were exported")
    def test_publications_exported(self):
        self._exported(*COUNTED[1])

    @monitors.name("profiles did not drop since the previous run")
    def test_profiles_did_not_drop(self):
        self._did_not_drop(*COUNTED[0])

    @monitors.name("publications did not drop since the previous run")
    def test_publications_did_not_drop(self):
        self._did_not_drop(*COUNTED[1])


@monitors.name("Field coverage")
class FieldCoverageMonitor(JobMonitor):
    def _coverage(self, what: str, stat: str, total_stat: str, required: float) -> None:
        total = self.stat(total_stat)
        if total <= 0:
            self.skipTest(f"no {total_stat.split('/')[-1]} to measure")
        covered = self.stat(stat)
        share = covered / total
        if share < required:
            self.fail_check(
                f"{what} fell to {covered} of {total} ({percent(share)}, required "
                f"{'all' if required >= 1 else '≥ ' + percent(required)})"
            )

    @monitors.name("every publication has a title")
    def test_publication_titles(self):
        self._coverage("publications with a title", "export/coverage/publications_with_title",
                       "export/publications", 1.0)

    @monitors.name("enough publications have authors")
    def test_publication_authors(self):
        self._coverage("publications with authors", "export/coverage/publications_with_authors",
                       "export/publications", self.share("MONITOR_MIN_AUTHOR_COVERAGE"))

    @monitors.name("every profile has a name and a status")
    def test_profile_names_and_statuses(self):
        self._coverage("profiles with a name and a status", "export/coverage/profiles_with_name_and_status",
                       "export/profiles", 1.0)


@monitors.name("Error rate")
class ErrorRateMonitor(JobMonitor):
    def _rate(self, what: str, count_stat: str) -> None:
        count = self.stat(count_stat)
        responses = self.stat("response_received_count")
        allowed = self.share("MONITOR_MAX_ERROR_RATE")
        if responses <= 0:
            if count > 0:
                self.fail_check(f"{what} rose to {count} with no response received")
            return
        rate = count / responses
        if rate > allowed:
            self.fail_check(
                f"{what} rose to {percent(rate)} ({count} in {responses} responses, allowed {percent(allowed)})"
            )

    @monitors.name("few ERROR log lines per response")
    def test_error_log_rate(self):
        self._rate("ERROR log lines", "log_count/ERROR")

    @monitors.name("few failed pages per response")
    def test_failed_page_rate(self):
        self._rate("failed pages", "failures/count")


# --- the outcome ---------------------------------------------------------------------


STATUS_NAMES = {settings.MONITOR.STATUS.SUCCESS: "passed", settings.MONITOR.STATUS.FAILURE: "failed",
                settings.MONITOR.STATUS.SKIPPED: "skipped", settings.MONITOR.STATUS.ERROR: "error"}


def monitor_results(result) -> list[dict]:
    """Each check's name, status (passed, failed, skipped, error) and failure
    message, in the order they ran: what the run's report shows."""
    outcomes = []
    for item in result.monitor_results:
        message = getattr(item.item, "failure_message", None)
        if message is None and item.error:
            message = (item.error.strip().splitlines()[-1:] or [""])[0]
        status = STATUS_NAMES.get(item.status, str(item.status).lower())
        outcomes.append({"name": item.item.name, "status": status, "message": message})
    return outcomes


class RecordOutcome(Action):
    """Put the monitors' outcome in the stats; a failure sets ``job/exit_code`` 2."""

    def run_action(self):
        stats = self.data.crawler.stats
        failed = self.result.monitors_failed_results
        messages = []
        for result in failed:
            message = getattr(result.item, "failure_message", None)
            if message is None:  # the monitor itself raised: no check message
                last_line = (result.error or "").strip().splitlines()[-1:] or ["unknown error"]
                message = f"{result.item.name} could not run: {last_line[0]}"
                logger.error("Monitor failed: %s", message)
            messages.append(message)
        passed = self.result.monitors_passed_results
        skipped = [result for result in passed if result.status == settings.MONITOR.STATUS.SKIPPED]
        stats.set_value("monitors/passed", len(passed) - len(skipped))
        stats.set_value("monitors/skipped", len(skipped))
        stats.set_value("monitors/failed", len(failed))
        stats.set_value("monitors/failures", messages)
        stats.set_value("monitors/results", monitor_results(self.result))
        stats.max_value("job/exit_code", EXIT_MONITOR_FAILED if failed else 0)
        if failed:
            logger.error("%d monitor(s) failed: the job exits with status %d", len(failed), EXIT_MONITOR_FAILED)


def load_action_class(setting: str, path):
    """The action class named by ``path`` in ``setting``; StartupError (one line,
    exit 1) when it cannot be imported, e.g. its extra is not installed."""
    if not isinstance(path, str):
        return path
    try:
        return load_object(path.strip())
    except (ImportError, NameError, ValueError) as error:
        hint = " (pip install 'profilecrawler[alerts]')" if isinstance(error, ImportError) else ""
        raise StartupError(f"{setting}: cannot load {path}: {error}{hint}") from None


ACTION_SETTINGS = ("MONITOR_FINISHED_ACTIONS", "MONITOR_PASSED_ACTIONS", "MONITOR_FAILED_ACTIONS")


class CloseMonitorSuite(MonitorSuite):
    """Run when the spider closes; failures fail the job. Spidermon's own
    actions (e-mail, Slack, …) are added from the settings
    ``MONITOR_FINISHED_ACTIONS``, ``MONITOR_PASSED_ACTIONS`` and
    ``MONITOR_FAILED_ACTIONS`` (lists of action classes), after ours."""

    monitors = [FinishReasonMonitor, ItemCountMonitor, FieldCoverageMonitor, ErrorRateMonitor]
    monitors_finished_actions = [RecordOutcome]

    def __init__(self, *args, crawler=None, **kwargs):
        configured = {}
        if crawler is not None:
            for name in ACTION_SETTINGS:
                keyword = "monitors_" + name.removeprefix("MONITOR_").lower()  # monitors_failed_actions
                configured[name] = kwargs.pop(keyword, None) or []
                configured[name] += [load_action_class(name, path) for path in crawler.settings.getlist(name)]
        super().__init__(*args, crawler=crawler, **kwargs)
        for name, actions in configured.items():
            add = getattr(self, "add_monitors_" + name.removeprefix("MONITOR_").lower())
            for action in actions:
                try:
                    add([action])
                except (NotConfigured, SpidermonNotConfigured) as error:
                    raise StartupError(f"{name}: {action.__module__}.{action.__name__} is not configured: "
                                       f"{error}") from None
