"""Who publishes a distributed run, and with which stats.

The run is published once, by one of its workers: the first to find the
frontier drained (no request queued, none leased) claims ``N:publisher`` (SET
NX). Why a worker and not a separate step: the run folder, the verdict, the
Spidermon monitors, the database load and the report are what a single-process
crawl already does when its spider closes, from its stats; the publisher is a
single-process crawl whose stats are the fleet's, so every one of those parts
serves a distributed run unchanged, and a fleet needs no extra command to
finish. Every other worker exits 0 with the verdict ``worker`` in its own run
folder (its stats, no records).

Before publishing, the publisher waits until every other worker that joined
the run has posted its final stats (``N:stats:<worker>``, posted every
``FLEET_STATS_INTERVAL`` seconds while it works and once at its end) or has
stopped beating, then sums their numbers into its own stats (counts such as
``response_received_count``, ``log_count/ERROR`` or ``failures/*``; not its
own ``job/``, ``export/`` or ``monitors/`` values), so that the monitors judge
the whole crawl. Stats: ``fleet/role``, ``fleet/workers`` (how many took part),
``fleet/pages/<worker>`` (pages each finished), ``fleet/workers_lost`` (workers
that stopped beating before their end: their last stats count),
``fleet/opened_at`` and ``fleet/closed_at`` (this worker's, epoch seconds).
"""

from __future__ import annotations

import json
import logging
import time

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.asyncio import AsyncioLoopingCall
from spidermon.contrib.scrapy.extensions import Spidermon

from profilecrawler.distributed._fleet import Waker, fleet_for, redis_lost
from profilecrawler.publish import writes_output
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)

PUBLISHER, WORKER = "publisher", "worker"
PAGES_DONE = "frontier/pages_done"

# Stats that are this process's own and are not summed over the fleet.
_OWN = ("job/", "export/", "changes/", "monitors/", "fleet/", "frontier/resumed", "previous_run/",
        "start_time", "finish_time", "finish_reason", "elapsed_time_seconds", "memusage/", "state/")


def fleet_stats(own: dict, others: list[dict]) -> dict:
    """The numeric stats of the other workers added to this one's (a pure function)."""
    total = {}
    for stats in others:
        for name, value in stats.items():
            if name.startswith(_OWN) or isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            total[name] = total.get(name, 0) + value
    for name, value in own.items():
        if name in total and not isinstance(value, bool) and isinstance(value, (int, float)):
            total[name] += value
    return total


class FleetCoordinator:
    POLL_EVERY = 0.2

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.fleet = fleet_for(crawler)
        self.state = state_for(crawler)
        self.interval = crawler.settings.getfloat("FLEET_STATS_INTERVAL", 5.0)
        self._poster = None
        self._waker = Waker(crawler, self.POLL_EVERY)
        self._summed = False

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            raise NotConfigured()
        coordinator = cls(crawler)
        crawler.signals.connect(coordinator.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(coordinator.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(coordinator.spider_closed, signal=signals.spider_closed)
        return coordinator

    def _stats_key(self, worker: str) -> str:
        return self.fleet.key("stats", worker)

    def post(self, final: bool = False) -> None:
        stats = {name: value for name, value in self.stats.get_stats().items()
                 if isinstance(value, (int, float, str))}
        stats["fleet/final"] = final
        self.fleet.server.set(self._stats_key(self.fleet.worker), json.dumps(stats))

    def spider_opened(self, spider):
        self.stats.set_value("fleet/run", self.fleet.ns)
        self.stats.set_value("fleet/worker", self.fleet.worker)
        self.stats.set_value("fleet/opened_at", time.time())  # the stats' start_time is in whole seconds
        self._poster = AsyncioLoopingCall(self._post_quietly)
        self._poster.start(self.interval, now=False)

    def _post_quietly(self) -> None:
        try:
            self.post()
        except Exception as error:  # Redis away for a moment: the next post may reach it
            logger.warning("Could not post this worker's stats to Redis: %s", error)

    def spider_idle(self, spider):
        try:
            self._idle()
        except RedisError as error:
            redis_lost(self.crawler, error)

    def _idle(self) -> None:
        if self.state.role is None:
            self._take_role()
            if self.state.role == WORKER:
                self.post(final=True)
                return  # the spider closes
        if self.state.role == PUBLISHER and not self._summed:
            waiting = self._others_still_working()
            if waiting:
                self._waker.soon()
                raise DontCloseSpider(f"waiting for {len(waiting)} workers to post their final stats")
            self._sum_others()

    def _take_role(self) -> None:
        key = self.fleet.key("publisher")
        server, me = self.fleet.server, self.fleet.worker
        claimed = server.set(key, me, nx=True) or server.get(key) == me.encode()
        self.state.role = PUBLISHER if claimed else WORKER
        self.stats.set_value("fleet/role", self.state.role)
        if claimed:
            logger.info("The shared frontier is drained: this worker (%s) publishes run %s", me, self.fleet.run_id)
        else:
            logger.info("The shared frontier is drained: worker %s publishes run %s; this worker is done",
                        (server.get(key) or b"?").decode(), self.fleet.run_id)

    def _others(self) -> dict[str, dict | None]:
        others = [w for w in self.fleet.workers() if w != self.fleet.worker]
        raws = self.fleet.server.mget([self._stats_key(w) for w in others]) if others else []
        return {w: json.loads(raw) if raw else None for w, raw in zip(others, raws)}

    def _others_still_working(self) -> list[str]:
        return [worker for worker, stats in self._others().items()
                if not (stats or {}).get("fleet/final") and self.fleet.alive(worker)]

    def _sum_others(self) -> None:
        self._summed = True
        others = self._others()
        own = dict(self.stats.get_stats())
        for name, value in fleet_stats(own, [s for s in others.values() if s]).items():
            self.stats.set_value(name, value)
        lost = [w for w, s in others.items() if not (s or {}).get("fleet/final")]
        self.stats.set_value("fleet/workers", 1 + len(others))
        self.stats.set_value("fleet/workers_lost", len(lost))
        self.stats.set_value(f"fleet/pages/{self.fleet.worker}", own.get(PAGES_DONE, 0))
        for worker, stats in others.items():
            self.stats.set_value(f"fleet/pages/{worker}", (stats or {}).get(PAGES_DONE, 0))
        if lost:
            logger.warning("%d workers stopped without posting their final stats (their last posted stats count): %s",
                           len(lost), ", ".join(lost))
        logger.info("Publishing run %s for %d workers", self.fleet.run_id, 1 + len(others))

    def spider_closed(self, spider, reason):
        self.stats.set_value("fleet/closed_at", time.time())
        if self._poster is not None and self._poster.running:
            self._poster.stop()
        self._waker.cancel()
        if self.state.role is None:
            self.stats.set_value("fleet/role", WORKER)  # stopped before the frontier was drained
        if self.state.role != PUBLISHER:
            try:
                self.post(final=True)
            except Exception as error:
                logger.warning("Could not post this worker's final stats to Redis: %s", error)


class FleetSpidermon(Spidermon):
    """Spidermon, whose close monitors judge the whole run: they run on the
    publisher only (a worker's own stats are a share of the crawl)."""

    def spider_closed(self, spider):
        if self.crawler.stats.get_value("fleet/role") == PUBLISHER:
            return super().spider_closed(spider)
        for task in self.periodic_tasks[spider]:
            task.stop()
        return None
