"""One politeness budget for the whole fleet, kept in Redis.

Each Scrapy process applies ``DOWNLOAD_DELAY`` and per-domain concurrency to
its own download slots, so N workers would hit a host N times as hard. In a
distributed run (``DistributedAddon`` moves the two settings here and lifts the
local ones):

* ``FleetGateMiddleware`` (a downloader middleware next to the downloader)
  reserves each request's start time for its host in one Lua script on Redis's
  clock: ``P:host:<host>:next`` is the earliest start of the host's next
  request, each reservation moves it ``FLEET_DOWNLOAD_DELAY`` seconds on, and
  ``P:host:<host>:hold`` (a ``Retry-After`` or a backoff) moves it further. At
  most ``FLEET_CONCURRENT_REQUESTS_PER_DOMAIN`` requests per host are out at
  once over the fleet (``P:host:<host>:active``, a sorted set whose entries
  expire after ``DOWNLOAD_TIMEOUT``, so a killed worker's slots come back). The
  request waits on the event loop (other hosts go on), then goes.
* ``FleetRetryAfterMiddleware``: profilecrawler's ``RetryAfterMiddleware``
  whose holds (``Retry-After`` on a 429/503, backoff on errors) are also
  written to ``P:host:<host>:hold``, so that one worker's 429 holds them all.
* robots.txt: each worker fetches and parses it once (Scrapy's robots.txt
  middleware), through the gate like any other request.

Keys are the job's (``P`` = ``<REDIS_KEY_PREFIX>:<JOB_NAME>``), not the run's:
the budget of a host holds across the runs of a job. Stats: ``fleet/gate/waits``
and ``fleet/gate/wait_seconds``.
"""

from __future__ import annotations

import itertools
import logging
import time

from redis.exceptions import RedisError
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached

from profilecrawler.distributed._fleet import fleet_for, redis_lost
from profilecrawler.middlewares import RetryAfterMiddleware

logger = logging.getLogger(__name__)

TOKEN = "fleet_gate_token"

# KEYS: next, hold, active; ARGV: delay ms, concurrency (0: any), token, slot lease ms.
# Returns the milliseconds to wait before starting, or -1: no slot free now.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[2])
if limit > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
  if redis.call('ZCARD', KEYS[3]) >= limit then return -1 end
end
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or 0), tonumber(redis.call('GET', KEYS[2]) or 0))
local delay = tonumber(ARGV[1])
if delay > 0 then redis.call('SET', KEYS[1], at + delay, 'PX', at - now + delay + 1000) end
if limit > 0 then
  redis.call('ZADD', KEYS[3], at + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[3], at - now + tonumber(ARGV[4]))
end
return at - now
"""
# KEYS: hold. The milliseconds left of the host's hold (0: none).
_HELD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return math.max(0, tonumber(redis.call('GET', KEYS[1]) or 0) - now)
"""
# KEYS: hold; ARGV: seconds. The hold only ever grows.
_HOLD = """
local t = redis.call('TIME')
local until_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + math.floor(tonumber(ARGV[1]) * 1000)
if until_ms > tonumber(redis.call('GET', KEYS[1]) or 0) then
  redis.call('SET', KEYS[1], until_ms, 'PX', math.floor(tonumber(ARGV[1]) * 1000) + 1000)
end
"""


def host_key(fleet, host: str, part: str) -> str:
    return f"{fleet.prefix}:host:{host}:{part}"


class FleetGateMiddleware:
    POLL = 0.05  # seconds between tries while every slot of a host is taken

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.fleet = fleet_for(crawler)
        self.stats = crawler.stats
        self.delay_ms = int(settings.getfloat("FLEET_DOWNLOAD_DELAY", 0.0) * 1000)
        self.concurrency = settings.getint("FLEET_CONCURRENT_REQUESTS_PER_DOMAIN", 0)
        self.slot_lease_ms = int(settings.getfloat("DOWNLOAD_TIMEOUT", 180) * 1000) + 5000
        self._reserve = self.fleet.server.register_script(_RESERVE)
        self._held = self.fleet.server.register_script(_HELD)
        self._tokens = itertools.count()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured()
        return cls(crawler)

    async def process_request(self, request, spider=None):
        self.fleet.waiting += 1
        try:
            return await self._take_turn(request)
        except RedisError as error:
            redis_lost(self.crawler, error)
            raise IgnoreRequest(f"Redis unavailable: {error}") from None
        finally:
            self.fleet.waiting -= 1

    async def _take_turn(self, request):
        # The host, as Scrapy's download slots (and RetryAfterMiddleware) key it.
        host = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        token = f"{self.fleet.worker}:{next(self._tokens)}"
        keys = [host_key(self.fleet, host, "next"), host_key(self.fleet, host, "hold"),
                host_key(self.fleet, host, "active")]
        started = time.monotonic()
        while True:
            while (wait_ms := self._reserve(keys=keys, args=[self.delay_ms, self.concurrency, token,
                                                             self.slot_lease_ms])) < 0:
                await sleep(self.POLL)  # every slot of the host is taken, fleet-wide
            if self.concurrency:
                request.meta[TOKEN] = (keys[2], token)
            if wait_ms > 0:
                await sleep(wait_ms / 1000)
            # A hold (Retry-After) set while this request waited for its turn:
            # wait it out and take a new turn after it.
            if not self._held(keys=[keys[1]]):
                break
            self._release(request)
        waited = time.monotonic() - started
        if waited > 0.001:
            self.stats.inc_value("fleet/gate/waits")
            self.stats.inc_value("fleet/gate/wait_seconds", round(waited, 3))
        return None

    def _release(self, request) -> None:
        slot = request.meta.pop(TOKEN, None)
        if slot is not None:
            try:
                self.fleet.server.zrem(*slot)
            except RedisError:
                pass  # the slot expires by itself

    def process_response(self, request, response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        self._release(request)
        return None


class FleetRetryAfterMiddleware(RetryAfterMiddleware):
    """``RetryAfterMiddleware`` whose holds bind every worker of the fleet."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.fleet = fleet_for(crawler)
        self._hold = self.fleet.server.register_script(_HOLD)

    def hold(self, key: str, seconds: float) -> None:
        super().hold(key, seconds)
        try:
            self._hold(keys=[host_key(self.fleet, key, "hold")], args=[seconds])
        except RedisError as error:
            redis_lost(self.crawler, error)
