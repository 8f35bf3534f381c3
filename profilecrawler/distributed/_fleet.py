"""A worker of the fleet: its Redis connection, its id and heartbeat, and the
key namespace of the run it works on.

Keys (``P`` = ``<REDIS_KEY_PREFIX>:<JOB_NAME>``, ``N`` = ``P:<run id>``):

``P:run``                    the job's current run id (the first worker makes it)
``N:requests``               scrapy-redis's priority queue (fingerprints by score)
``N:payloads``, ``N:scores`` each queued or leased request, by fingerprint
``N:processing``             fingerprint → the worker that leased it
``N:dupefilter``             every fingerprint the run has seen (scrapy-redis)
``N:done``                   pages done (a counter)
``N:rec:<kind>:<key>``       one merged record; ``N:idx:<kind>`` their keys
``N:workers``                every worker that joined; ``N:worker:<id>`` its heartbeat
``N:stats:<id>``             a worker's stats, posted while it works and at its end
``N:publisher``              the worker that publishes the run
``P:host:<host>:next|hold|active``  the fleet's politeness budget of a host
                             (profilecrawler.distributed.politeness; they expire)

A finished run's keys are deleted by its publisher (and ``P:run`` with them),
so the job's next run starts afresh; a run whose publisher sees the crawl
incomplete keeps them, and the same command resumes it. A worker that joins
while a run is being published starts the job's next run. (A publisher killed
while publishing leaves its run's keys behind: the next worker starts a new
run, and the old keys stay until deleted by hand, ``redis-cli --scan
--pattern 'P:<run id>:*'``.)
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from datetime import datetime, timezone
from weakref import WeakKeyDictionary

from profilecrawler.errors import StartupError

logger = logging.getLogger(__name__)

# Replace P:run by a new run id only if it still names the old one.
_SWAP_RUN = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return ARGV[2] end
return redis.call('GET', KEYS[1])
"""
# Delete P:run only if it still names this run.
_END_RUN = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


def connect(settings):
    """A Redis client from ``REDIS_URL`` (scrapy-redis's connection settings,
    ``REDIS_PARAMS`` included), checked with a PING: StartupError if it fails."""
    from redis.exceptions import RedisError
    from scrapy_redis.connection import get_redis_from_settings

    try:
        server = get_redis_from_settings(settings)
        server.ping()
    except (RedisError, OSError, ValueError) as error:
        raise StartupError(f"REDIS_URL {settings.get('REDIS_URL')}: cannot use it: {error}") from None
    return server


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


class Fleet:
    def __init__(self, settings):
        self.server = connect(settings)
        self.prefix = f"{settings.get('REDIS_KEY_PREFIX') or 'profilecrawler'}:{settings['JOB_NAME']}"
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(2)}"
        self.lease_seconds = settings.getfloat("FLEET_LEASE_SECONDS", 30.0)
        # Requests of this worker waiting at the politeness gate for their turn
        # (profilecrawler.distributed.politeness); the scheduler takes no more
        # while they are as many as one host may have out at once.
        self.waiting = 0
        self.run_id = self._join_run()
        self.ns = f"{self.prefix}:{self.run_id}"
        self._stop = threading.Event()
        self.beat()
        self._beating = threading.Thread(target=self._beat_forever, name="fleet-heartbeat", daemon=True)
        self._beating.start()
        logger.info("Fleet worker %s of job run %s (Redis %s)", self.worker, self.ns, settings.get("REDIS_URL"))

    def key(self, *parts: str) -> str:
        return ":".join((self.ns, *parts))

    def _join_run(self) -> str:
        """The job's current run, or a new one when there is none or the
        current one is being published (its keys are about to go)."""
        run_key = f"{self.prefix}:run"
        run = self.server.get(run_key)
        if run is None:
            fresh = new_run_id()
            if self.server.set(run_key, fresh, nx=True):
                return fresh
            run = self.server.get(run_key)
        run = run.decode() if isinstance(run, bytes) else run
        if self.server.exists(f"{self.prefix}:{run}:publisher"):
            swapped = self.server.eval(_SWAP_RUN, 1, run_key, run, new_run_id())
            return swapped.decode() if isinstance(swapped, bytes) else swapped
        return run

    # --- heartbeat ---------------------------------------------------------------

    def beat(self) -> None:
        pipe = self.server.pipeline(transaction=False)
        pipe.set(self.key("worker", self.worker), int(time.time()), px=int(self.lease_seconds * 1000))
        pipe.sadd(self.key("workers"), self.worker)
        pipe.execute()

    def _beat_forever(self) -> None:
        # A thread, not a reactor timer: a worker busy parsing a large page (or
        # writing the export) still beats; a killed one stops at once.
        while not self._stop.wait(self.lease_seconds / 3):
            try:
                self.beat()
            except Exception as error:  # Redis away for a moment: the next beat may reach it
                logger.warning("Fleet heartbeat failed: %s", error)

    def alive(self, worker: str) -> bool:
        return bool(self.server.exists(self.key("worker", worker)))

    def workers(self) -> list[str]:
        return sorted(w.decode() for w in self.server.smembers(self.key("workers")))

    def leave(self) -> None:
        self._stop.set()
        try:
            self.server.delete(self.key("worker", self.worker))
        except Exception:
            pass  # expires by itself

    def end_run(self) -> int:
        """Delete every key of this run (the run is over and published)."""
        self.server.eval(_END_RUN, 1, f"{self.prefix}:run", self.run_id)
        removed = 0
        batch = []
        for key in self.server.scan_iter(match=f"{self.ns}:*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                removed += self.server.delete(*batch)
                batch.clear()
        if batch:
            removed += self.server.delete(*batch)
        return removed


REDIS_LOST = "redis_unavailable"


def redis_lost(crawler, error: Exception) -> None:
    """Redis cannot be used: say so once (ERROR, stat ``fleet/redis_error``)
    and close the spider with the finish reason ``redis_unavailable`` (exit 2;
    what this worker had taken stays leased in Redis, for the same command to
    resume once Redis is back)."""
    if crawler.stats.get_value("fleet/redis_error"):
        return
    logger.error("Redis %s cannot be used: %s; this worker stops (the run stays in Redis: start the same command "
                 "once Redis is back)", crawler.settings.get("REDIS_URL"), error)
    crawler.stats.set_value("fleet/redis_error", str(error))
    engine = crawler.engine
    if engine is not None and engine.spider is not None:
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason=REDIS_LOST))


_fleets: "WeakKeyDictionary[object, Fleet]" = WeakKeyDictionary()


def fleet_for(crawler) -> Fleet:
    """This crawler's place in the fleet (joined on first use; left when the engine stops)."""
    fleet = _fleets.get(crawler)
    if fleet is None:
        from scrapy import signals

        fleet = _fleets[crawler] = Fleet(crawler.settings)
        crawler.signals.connect(fleet.leave, signal=signals.engine_stopped)
    return fleet


class Waker:
    """Asks the engine to look at the scheduler again soon (Scrapy's engine
    looks every 5 s by itself): for an idle worker waiting on other workers."""

    def __init__(self, crawler, delay: float = 0.2):
        self.crawler = crawler
        self.delay = delay
        self._due = 0.0
        self._call = None

    def soon(self) -> None:
        now = time.monotonic()
        if now < self._due:
            return  # already asked
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            from scrapy.utils.asyncio import call_later

            self._due = now + self.delay
            self._call = call_later(self.delay, slot.nextcall.schedule)

    def cancel(self) -> None:
        if self._call is not None:
            self._call.cancel()
