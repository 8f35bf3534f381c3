"""One crawl on many workers: scrapy-redis's shared request queue and duplicate
filter in Redis, with what a crawl that must lose nothing adds to them.

Off by default. ``-s REDIS_URL=redis://HOST:6379/0 -s JOB_NAME=NAME`` on
``scrapy crawl`` turns a process into a worker of the job's current run; the
same command on every machine starts more workers. The first worker seeds the
queue (its start requests; a later worker's are duplicates), every worker works
until the shared frontier is drained, then exits 0 by itself.

The parts (each a small module):

* ``_fleet``: the connection, this worker's id and heartbeat, the run's key
  namespace ``<REDIS_KEY_PREFIX>:<JOB_NAME>:<run id>:`` (``fleet_for``);
* ``scheduler``: scrapy-redis's ``Scheduler`` and ``PriorityQueue`` (and its
  duplicate-filter set), subclassed so that a request a worker took is *leased*
  (a processing hash, not deleted) until its page is done, and comes back to
  the queue when that worker's heartbeat stops;
* ``profilecrawler.state.redis``: the merged records in Redis, each fold an
  optimistic transaction (the merge is order-independent and idempotent, so a
  page fetched again after a worker died changes nothing);
* ``coordinator``: when the frontier is drained, one worker (the first to see
  it) publishes the run for the whole fleet, with the stats of every worker
  summed; the others exit without a run folder;
* ``politeness``: the per-host delay, per-host concurrency and ``Retry-After``
  holds kept in Redis, so that the fleet together is as polite as one process.

``DistributedAddon`` (in ``ADDONS``, profilecrawler.settings) switches these on
when ``REDIS_URL`` is set, and only then.
"""

from __future__ import annotations

from profilecrawler.errors import StartupError

# The components a worker runs with, put in place by DistributedAddon.
SCHEDULER = "profilecrawler.distributed.scheduler.FleetScheduler"
COORDINATOR = "profilecrawler.distributed.coordinator.FleetCoordinator"
SPIDERMON = "spidermon.contrib.scrapy.extensions.Spidermon"
FLEET_SPIDERMON = "profilecrawler.distributed.coordinator.FleetSpidermon"
GATE = "profilecrawler.distributed.politeness.FleetGateMiddleware"
RETRY_AFTER = "profilecrawler.distributed.politeness.FleetRetryAfterMiddleware"
LOCAL_RETRY_AFTER = "profilecrawler.middlewares.RetryAfterMiddleware"


# Above everything: the user's -s values are read first, then replaced.
_OVER = "cmdline"


def enabled(settings) -> bool:
    return bool(settings.get("REDIS_URL"))


class DistributedAddon:
    """A Scrapy add-on: with ``REDIS_URL`` set, the crawl becomes a worker of
    ``JOB_NAME``'s distributed run; without it, nothing changes.

    Politeness moves from Scrapy's per-process download slots to the fleet's
    gate: ``DOWNLOAD_DELAY`` and ``CONCURRENT_REQUESTS_PER_DOMAIN`` are read
    into ``FLEET_DOWNLOAD_DELAY`` and ``FLEET_CONCURRENT_REQUESTS_PER_DOMAIN``
    (unless given) and the local ones lifted, so that a request the gate let go
    is sent at once; AutoThrottle, which adapts one process's delay, is off."""

    def update_settings(self, settings) -> None:
        if not enabled(settings):
            return
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise StartupError("REDIS_URL is set but scrapy-redis is not installed: "
                               "pip install 'profilecrawler[distributed]'") from None
        job = str(settings.get("JOB_NAME") or "").strip()
        if not job or any(c.isspace() or c in "*?[]{}:%" for c in job):
            raise StartupError(
                f"JOB_NAME={settings.get('JOB_NAME')!r}: a distributed crawl (REDIS_URL is set) needs a job name "
                "without spaces, ':', '%' or glob characters, the same on every worker (-s JOB_NAME=mila-weekly)"
            )
        if settings.get("JOBDIR"):
            raise StartupError("JOBDIR and REDIS_URL: a distributed crawl keeps its state in Redis; drop -s JOBDIR")
        settings.set("STATE_BACKEND", "redis", priority=_OVER)
        settings.set("SCHEDULER", SCHEDULER, priority=_OVER)
        extensions = dict(settings.getdict("EXTENSIONS"))
        if extensions.get(SPIDERMON) is not None:
            extensions[FLEET_SPIDERMON] = extensions[SPIDERMON]
            extensions[SPIDERMON] = None
        settings.set("EXTENSIONS", {**extensions, COORDINATOR: 840}, priority=_OVER)
        if settings.getbool("FLEET_POLITENESS", True):
            if settings.get("FLEET_DOWNLOAD_DELAY") is None:
                settings.set("FLEET_DOWNLOAD_DELAY", settings.getfloat("DOWNLOAD_DELAY"), priority=_OVER)
            if settings.get("FLEET_CONCURRENT_REQUESTS_PER_DOMAIN") is None:
                settings.set("FLEET_CONCURRENT_REQUESTS_PER_DOMAIN",
                             settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"), priority=_OVER)
            settings.set("DOWNLOAD_DELAY", 0, priority=_OVER)
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", settings.getint("CONCURRENT_REQUESTS"), priority=_OVER)
            settings.set("AUTOTHROTTLE_ENABLED", False, priority=_OVER)
            middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
            priority = middlewares.pop(LOCAL_RETRY_AFTER, 560)
            middlewares.update({LOCAL_RETRY_AFTER: None, RETRY_AFTER: priority, GATE: 990})
            settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority=_OVER)
