"""Publish only what passed: every run writes into its own folder, and only a
run that completed and passed every monitor becomes ``OUTPUT_DIR``'s
published snapshot (``profilecrawler.runs``).

When the spider closes, after the monitors (``profilecrawler.monitors``), the
run gets its verdict:

* ``partial``: it stopped early (a ``CLOSESPIDER_*`` limit, a signal, an
  error), left requests not done, or its output could not be written whole;
* ``suspect``: it completed, but a monitor failed or no response came at all;
* ``published``: it completed and passed; ``current`` now points at it.

The verdict, with its reasons most telling first, goes into the run's
``manifest.json`` and ``verdict.json``, and into the stats (``job/verdict``,
``job/verdict_reasons``, ``job/run_dir``). A run that is not published leaves
the published files, ``changes.jsonl`` and ``manifest.json`` byte for byte as
they were; ``scrapy crawl`` prints its first reason as the first line on
stderr.

Output is written by ``scrapy crawl`` and ``profilecrawler demo`` only (they
set ``WRITE_OUTPUT``): ``scrapy shell``, ``fetch``, ``parse``, ``check`` and
``bench`` write and publish nothing.

Problems found before the crawl starts (an unwritable ``OUTPUT_DIR``,
``JOBDIR`` or HTTP cache folder; an ``OUTPUT_DIR`` published by another scope)
raise ``StartupError``: one line, exit 1, nothing crawled.
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.exceptions import NotConfigured

from profilecrawler import schema
from profilecrawler._killpoints import reached
from profilecrawler.errors import StartupError
from profilecrawler.files import json_default, write_atomically
from profilecrawler.manifest import encode as encode_manifest
from profilecrawler.runs import VERDICT_NAME, JobFolder, scope_key, scope_slug

logger = logging.getLogger(__name__)

# Verdicts.
PUBLISHED, SUSPECT, PARTIAL = "published", "suspect", "partial"
# A worker of a distributed run that another worker publishes (profilecrawler.distributed).
WORKER = "worker"
EXIT_MONITOR_FAILED = 2
# What a failure reason (profilecrawler.failures) means, said to a person.
CAUSES = {
    "dns": "DNS lookup failed",
    "connection_refused": "connection refused",
    "timeout": "timed out",
    "connection_lost": "connection lost",
    "robots_txt": "forbidden by robots.txt",
    "robots_txt_unreachable": "robots.txt unreachable",
    "offsite": "offsite",
}
HOST_FAILURES = "failures/host/"  # failures/host/<host[:port]>/<reason>: counted by the spiders


def failure_stat(url: str, reason: str) -> str:
    """The stat that counts a failed page by its host and reason."""
    return f"{HOST_FAILURES}{urlsplit(url).netloc or '?'}/{reason}"


@dataclass
class Run:
    """This run's output: its job folder, its own folder and its scope."""

    job: JobFolder
    dir: Path
    scope: dict
    key: tuple
    # The published snapshot of the same scope when the run started: what its
    # counts (monitors) and its records (changes.jsonl) are compared with.
    baseline: Path | None

    @property
    def run_id(self) -> str:
        return self.dir.name


_runs: "WeakKeyDictionary[object, Run]" = WeakKeyDictionary()


def writes_output(crawler) -> bool:
    return crawler.settings.getbool("WRITE_OUTPUT", False)


def output_root(settings, scope_name: str, spider_name: str) -> Path:
    """OUTPUT_DIR with ``{scope}`` and ``{spider}`` filled in."""
    template = str(settings.get("OUTPUT_DIR") or "output/{scope}")
    return Path(template.replace("{scope}", scope_slug(scope_name)).replace("{spider}", spider_name))


def check_writable(path: Path, setting: str) -> None:
    """Create ``path`` if needed and write a file in it; StartupError if it can't."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        raise StartupError(f"{setting} {path} is not writable: {error.strerror or error}") from None


def run_for(crawler) -> Run | None:
    """This crawl's run (its folder made on first use), or None when the
    command writes no output. Raises StartupError."""
    if not writes_output(crawler):
        return None
    run = _runs.get(crawler)
    if run is None:
        spider = crawler.spider
        scope = spider.scope() if hasattr(spider, "scope") else {"name": spider.name}
        root = output_root(crawler.settings, scope["name"], spider.name)
        check_writable(root, "OUTPUT_DIR")
        job = JobFolder(root)
        published = job.published_manifest()
        if published is not None and published.get("scope", {}).get("name") != scope["name"]:
            raise StartupError(
                f"OUTPUT_DIR {root} holds the published snapshot of scope {published['scope']['name']!r}; "
                f"this run's scope is {scope['name']!r} and must not replace it: give it another OUTPUT_DIR "
                "(by default each scope has its own, output/{scope})"
            )
        key = scope_key(scope)
        baseline = job.baseline(key)
        run = _runs[crawler] = Run(job, job.create_run(tag=crawler.settings.get("RUN_TAG")), scope, key, baseline)
    return run


def check_work_folders(settings) -> None:
    """The folders a crawl writes to besides OUTPUT_DIR can be written."""
    if settings.get("JOBDIR"):
        check_writable(Path(settings["JOBDIR"]), "JOBDIR")
    if settings.getbool("HTTPCACHE_ENABLED"):
        from profilecrawler.httpcache import cache_dir

        check_writable(cache_dir(settings["HTTPCACHE_DIR"]), "HTTPCACHE_DIR")


# --- the verdict (pure) --------------------------------------------------------------


def unreachable(stats: dict) -> str | None:
    """``host: cause; …`` when the run received no response at all and its
    requests failed, else None."""
    if stats.get("response_received_count", 0):
        return None
    causes: dict[str, list[str]] = {}
    for name in sorted(stats):
        if name.startswith(HOST_FAILURES):
            host, _, reason = name[len(HOST_FAILURES):].rpartition("/")
            causes.setdefault(host, []).append(CAUSES.get(reason, reason.replace("_", " ")))
    # The host's own failure (connection refused, timed out) before what followed from it.
    for reasons in causes.values():
        reasons.sort(key=lambda cause: cause == CAUSES["robots_txt_unreachable"])
    # No failure either: a resumed run whose pages were all done already.
    return "; ".join(f"{host}: {', '.join(reasons)}" for host, reasons in causes.items()) or None


def decide(stats: dict, finish_reason: str) -> dict:
    """The verdict of a run, from its stats after the monitors ran."""
    if stats.get("fleet/role") == WORKER:
        return _worker_verdict(stats, finish_reason)
    reasons, status = [], PUBLISHED
    if stats.get("state/error"):
        status = PARTIAL
        reasons.append(f"the crawl state could not be written: {stats['state/error']}")
    if stats.get("export/error"):
        status = PARTIAL
        reasons.append(f"the output could not be written: {stats['export/error']}")
    nobody = unreachable(stats)
    if nobody:
        status = SUSPECT if status == PUBLISHED else status
        reasons.append(f"no response from the site: {nobody}")
    if finish_reason != "finished":
        status = PARTIAL
        reasons.append(f"stopped early: finish reason {finish_reason!r}")
    unfinished = stats.get("export/unfinished", 0)
    if unfinished:
        status = PARTIAL
        reasons.append(f"{unfinished} requests not done")
    failures = list(stats.get("monitors/failures") or [])
    if failures and status == PUBLISHED:
        status = SUSPECT
    reasons += [f"monitor failed: {message}" for message in failures]
    exit_code = int(stats.get("job/exit_code") or 0)
    if status != PUBLISHED and exit_code == 0:
        exit_code = EXIT_MONITOR_FAILED
    return {
        "status": status,
        "reasons": reasons,
        "exit_code": exit_code,
        "monitors": {
            "passed": int(stats.get("monitors/passed", 0)),
            "failed": int(stats.get("monitors/failed", 0)),
            "skipped": int(stats.get("monitors/skipped", 0)),
            "failures": failures,
        },
        "decided_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _worker_verdict(stats: dict, finish_reason: str) -> dict:
    """A worker that does not publish: done (exit 0) when it worked until the
    shared frontier was drained, partial (exit 2) when it stopped before."""
    if finish_reason == "finished":
        status, exit_code = WORKER, int(stats.get("job/exit_code") or 0)
        reasons = [f"a worker of distributed run {stats.get('fleet/run')}: another worker publishes it"]
    elif stats.get("fleet/redis_error"):
        status, exit_code = PARTIAL, max(int(stats.get("job/exit_code") or 0), EXIT_MONITOR_FAILED)
        reasons = [f"Redis could not be used ({stats['fleet/redis_error']}): the run stays in Redis, start the "
                   "same command once Redis is back"]
    else:
        status, exit_code = PARTIAL, max(int(stats.get("job/exit_code") or 0), EXIT_MONITOR_FAILED)
        reasons = [f"stopped early: finish reason {finish_reason!r}; the requests this worker had taken went "
                   f"back to distributed run {stats.get('fleet/run')}, which the other workers finish"]
    return {"status": status, "reasons": reasons, "exit_code": exit_code,
            "monitors": {"passed": 0, "failed": 0, "skipped": 0, "failures": []},
            "decided_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def _json(value) -> bytes:
    return json.dumps(value, indent=1, sort_keys=True, default=json_default, ensure_ascii=False).encode("utf-8") + b"\n"


# --- the extensions ------------------------------------------------------------------


class StartChecks:
    """First of all extensions (before Scrapy's own, which make JOBDIR): open
    the run, so that a folder that cannot be written, or an OUTPUT_DIR of
    another scope, stops the crawl with one line before anything happens."""

    @classmethod
    def from_crawler(cls, crawler):
        if writes_output(crawler):
            check_work_folders(crawler.settings)
            if crawler.settings.get("JOBDIR"):
                from profilecrawler.state import state_for

                state_for(crawler)  # a job folder in use: JobDirLocked before a run folder is made
            run_for(crawler)  # raises StartupError
        raise NotConfigured()  # nothing to do after that


class PublishRun:
    """Opens the run folder when the crawl starts (checking that every folder
    the crawl writes to can be written), gives the verdict and publishes when
    the spider closes. After Spidermon, before the database load."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.run = run_for(crawler)
        self.keep = settings.getint("RUNS_KEEP", 10)
        if self.keep < 1:
            raise StartupError(f"RUNS_KEEP={settings.get('RUNS_KEEP')!r}: keep at least 1 run")

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            raise NotConfigured()  # shell, fetch, parse, check, bench: nothing is written
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.stats.set_value("job/run_id", self.run.run_id)
        self.stats.set_value("job/run_dir", str(self.run.dir))
        logger.info("Run %s: its output goes to %s", self.run.run_id, self.run.dir)

    def spider_closed(self, spider, reason):
        run, stats = self.run, self.stats
        verdict = decide(stats.get_stats(), reason)
        try:
            self.record(verdict)
            if verdict["status"] == PUBLISHED:
                run.job.publish(run.dir)
                reached("published")
                if not self.crawler.settings.get("DATABASE_URL"):
                    run.job.complete(run.dir)  # else once loaded (profilecrawler.db.extension)
        except OSError as error:
            logger.error("Run %s could not be published: %s", run.run_id, error)
            verdict = {**verdict, "status": PARTIAL, "exit_code": max(verdict["exit_code"], EXIT_MONITOR_FAILED),
                       "reasons": [f"the run could not be published: {error}", *verdict["reasons"]]}
            try:
                self.record(verdict)  # its files must not say "published"
            except OSError:
                pass  # the folder cannot be written: the stats and the log say it
        self.note(verdict)
        if verdict["status"] == PUBLISHED:
            logger.info("Published run %s as the snapshot of %s", run.run_id, run.job.root)
        elif verdict["status"] == WORKER:
            logger.info("Worker done: %s (this folder holds its stats, no records)", verdict["reasons"][0])
        else:
            logger.warning("Not published (%s): %s. The published snapshot in %s is unchanged; this run's "
                           "output is in %s", verdict["status"], verdict["reasons"][0], run.job.root, run.dir)
        try:
            # The baseline too: while this run's publication is not complete, the next run compares with it.
            removed = run.job.prune(self.keep, protect=(run.dir, *([run.baseline] if run.baseline else [])))
        except OSError as error:
            logger.warning("Old runs in %s could not be removed: %s", run.job.runs_dir, error)
        else:
            if removed:
                logger.info("Removed %d old run(s), keeping the last %d: %s", len(removed), self.keep,
                            ", ".join(removed))

    def note(self, verdict: dict) -> None:
        self.stats.set_value("job/verdict", verdict["status"])
        self.stats.set_value("job/verdict_reasons", verdict["reasons"])
        self.stats.set_value("job/published", verdict["status"] == PUBLISHED)
        self.stats.max_value("job/exit_code", verdict["exit_code"])

    def record(self, verdict: dict) -> None:
        """The verdict into the run's folder: verdict.json, manifest.json (when
        the export wrote one) and the stats so far (stats.json, rewritten
        whole when the crawl ends: profilecrawler.extensions.StatsFile)."""
        run = self.run
        manifest_path = run.dir / "manifest.json"
        if manifest_path.exists():
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            manifest["verdict"] = verdict
            problems = schema.problems("manifest", manifest)
            if problems:
                raise OSError(f"the manifest with its verdict fails its schema: {'; '.join(problems)}")
            write_atomically(manifest_path, encode_manifest(manifest))
        record = {"type": "verdict", "run_id": run.run_id, "spider": self.crawler.spider.name,
                  "scope": run.scope.get("name"), **verdict}
        write_atomically(run.dir / VERDICT_NAME, _json(record))
        stats = dict(self.stats.get_stats())
        stats["job/verdict"] = verdict["status"]
        write_atomically(run.dir / "stats.json", _json(stats))
