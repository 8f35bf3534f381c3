"""scrapy-redis's scheduler, with leases: a request a worker took stays in
Redis until its page is done, and comes back when that worker dies.

scrapy-redis (0.9.1) pops a request off its queue and forgets it: a worker
killed with requests in flight loses them, and their fingerprints stay in the
duplicate filter, so no later run fetches them either. Here:

* ``LeasedPriorityQueue`` (a scrapy-redis ``PriorityQueue``): ``pop`` moves the
  request's fingerprint into the run's ``processing`` hash under the worker's
  id (one Lua script: atomic); ``ack`` removes it when the page is done (the
  page ledger's ``mark_done``, after every record its callback produced was
  folded); ``reclaim`` puts back in the queue every lease whose worker's
  heartbeat key has expired.
* the duplicate filter: scrapy-redis's set of fingerprints (``N:dupefilter``),
  of Scrapy's request fingerprinter (the frontier's entries), added to in the
  same Lua script that queues the request, so a worker killed between the two
  cannot leave a request seen and never fetched.
* ``FleetScheduler`` (scrapy-redis's ``Scheduler``): always persistent (the
  run's keys go when its publisher has published it, not when the first worker
  finishes); start requests are deduplicated even with ``dont_filter`` (only
  the first worker seeds the run); the crawl is not over for a worker while
  any other worker holds a lease, since that page may lead to more.
"""

from __future__ import annotations

import logging
import time
from functools import wraps

from redis.exceptions import RedisError

from scrapy.core.scheduler import Scheduler as ScrapyScheduler
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from profilecrawler.distributed._fleet import REDIS_LOST, Waker, fleet_for, redis_lost
from profilecrawler.frontier import ENTRY, decode_request, encode_request, ledger_for, take_entry
from profilecrawler.publish import writes_output
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)

# KEYS: requests, payloads, scores, processing, seq, dupefilter;
# ARGV: fingerprint, request, priority, "1" to skip a fingerprint already seen.
# One script: a worker killed between the duplicate filter and the queue would
# leave a request seen and never fetched.
_PUSH = """
if redis.call('SADD', KEYS[6], ARGV[1]) == 0 and ARGV[4] == '1' then return 0 end
local score = -tonumber(ARGV[3]) * 4294967296 + redis.call('INCR', KEYS[5])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], score)
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[1], score, ARGV[1])
return 1
"""
# KEYS: requests, payloads, processing; ARGV: worker
_POP = """
local top = redis.call('ZPOPMIN', KEYS[1])
if #top == 0 then return false end
redis.call('HSET', KEYS[3], top[1], ARGV[1])
return {top[1], redis.call('HGET', KEYS[2], top[1])}
"""
# KEYS: processing, payloads, scores, done; ARGV: fingerprint
_ACK = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
return redis.call('INCR', KEYS[4])
"""
# KEYS: processing, requests, scores; ARGV: the heartbeat keys' prefix, a worker.
# Puts back in the queue the leases of that worker, or (no worker given) of every
# worker whose heartbeat key has expired. A worker that stops early gives its
# leases back at once; a killed one's come back when its heartbeat expires.
_GIVE_BACK = """
local moved = 0
local leases = redis.call('HGETALL', KEYS[1])
for i = 1, #leases, 2 do
  local holder = leases[i + 1]
  if (ARGV[2] ~= '' and holder == ARGV[2]) or (ARGV[2] == '' and redis.call('EXISTS', ARGV[1] .. holder) == 0) then
    redis.call('HDEL', KEYS[1], leases[i])
    redis.call('ZADD', KEYS[2], redis.call('HGET', KEYS[3], leases[i]) or 0, leases[i])
    moved = moved + 1
  end
end
return moved
"""


class LeasedPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue whose ``pop`` is a lease (see the module)."""

    worker = "?"  # set by FleetScheduler

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        ns = self.key.rsplit(":", 1)[0]
        self.payloads, self.scores, self.processing = f"{ns}:payloads", f"{ns}:scores", f"{ns}:processing"
        self.seq, self.done, self.heartbeats = f"{ns}:seq", f"{ns}:done", f"{ns}:worker:"
        self.dupefilter = f"{ns}:dupefilter"
        self._push = server.register_script(_PUSH)

        self._pop = server.register_script(_POP)
        self._ack = server.register_script(_ACK)
        self._give_back = server.register_script(_GIVE_BACK)

    def _encode_request(self, request):
        return encode_request(request, self.spider)

    def _decode_request(self, encoded_request):
        return decode_request(encoded_request, self.spider)

    def push(self, request, *, again: bool = True) -> bool:
        """Queue a request; unless ``again``, only if its fingerprint is new to the run."""
        return bool(self._push(keys=[self.key, self.payloads, self.scores, self.processing, self.seq, self.dupefilter],
                               args=[request.meta[ENTRY], self._encode_request(request), request.priority,
                                     "0" if again else "1"]))

    def pop(self, timeout=0):
        popped = self._pop(keys=[self.key, self.payloads, self.processing], args=[self.worker])
        return self._decode_request(popped[1]) if popped else None

    def ack(self, fingerprint: str) -> bool:
        return bool(self._ack(keys=[self.processing, self.payloads, self.scores, self.done], args=[fingerprint]))

    def reclaim(self) -> int:
        """Take back the leases of workers whose heartbeat stopped."""
        return self._give_back(keys=[self.processing, self.key, self.scores], args=[self.heartbeats, ""])

    def release(self) -> int:
        """Give back this worker's leases."""
        return self._give_back(keys=[self.processing, self.key, self.scores], args=[self.heartbeats, self.worker])

    def counts(self) -> dict[str, int]:
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(self.key).hlen(self.processing).get(self.done)
        pending, inflight, done = pipe.execute()
        return {"pending": pending, "inflight": inflight, "done": int(done or 0)}

    def others_working(self) -> bool:
        """Does a worker other than this one hold a lease?"""
        worker = self.worker.encode()
        return any(holder != worker for holder in self.server.hvals(self.processing))

    def has_work(self) -> bool:
        """Is a request queued, or taken by a worker (this one included) and not done?"""
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(self.key).hlen(self.processing)
        return any(pipe.execute())


def _redis_guarded(default):
    """A scheduler method that talks to Redis: when Redis is gone, the worker
    says so once (ERROR, stat ``fleet/redis_error``) and closes with the finish
    reason ``redis_unavailable`` (exit 2: its requests stay in Redis for the
    same command to resume), and the method returns ``default``."""

    def decorate(method):
        @wraps(method)
        def guarded(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                redis_lost(self.crawler, error)
                return default

        return guarded

    return decorate


class FleetScheduler(RedisScheduler):
    # How often a worker looks for leases of workers that stopped, and how soon
    # an idle worker asks again for work while others still hold leases.
    RECLAIM_EVERY = 1.0
    POLL_EVERY = 0.2

    def __init__(self, crawler):
        fleet = fleet_for(crawler)
        # The duplicate filter is the queue's (its push script).
        super().__init__(fleet.server, persist=True, queue_key=fleet.key("requests"))
        self.crawler = crawler
        self.fleet = fleet
        self.stats = crawler.stats
        self.state = state_for(crawler)
        self.ledger = ledger_for(crawler)
        self.fingerprinter = crawler.request_fingerprinter
        self._next_reclaim = 0.0
        self._waker = Waker(crawler, self.POLL_EVERY)
        # Take no request while this many of ours wait at the politeness gate:
        # a request taken and parked there is one another worker could send
        # (without it, the first workers took everything and a third idled).
        self.max_waiting = max(1, crawler.settings.getint("FLEET_CONCURRENT_REQUESTS_PER_DOMAIN")
                               or crawler.settings.getint("CONCURRENT_REQUESTS"))

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            return ScrapyScheduler.from_crawler(crawler)  # shell, fetch, parse, check: as FrontierScheduler
        return cls(crawler)

    def open(self, spider):
        # What scrapy-redis's open() does, but for its "Resuming crawl" line,
        # logged with Spider.log() (deprecated since Scrapy 2.13): ours is below.
        self.spider = spider
        self.queue = LeasedPriorityQueue(self.server, spider, self.queue_key)
        self.queue.worker = self.fleet.worker
        self.state.frontier = self.queue
        reclaimed = self.queue.reclaim()
        counts = self.queue.counts()
        if counts["pending"] or counts["done"]:
            logger.info("Joined run %s: %d requests queued (%d taken back from workers that stopped), "
                        "%d in flight on other workers, %d pages done", self.fleet.run_id, counts["pending"],
                        reclaimed, counts["inflight"], counts["done"])
            self.stats.set_value("frontier/resumed_with_pending", counts["pending"])
            self.stats.set_value("frontier/resumed_with_done", counts["done"])

    def close(self, reason):
        self._waker.cancel()
        if reason == REDIS_LOST:
            return
        released = self.queue.release()
        if released:
            logger.warning("Worker stopped (%s): %d requests it had taken go back to the fleet", reason, released)
            self.stats.set_value("fleet/released", released)
        if self.state.publishes() and self.stats.get_value("export/written") \
                and not self.stats.get_value("export/unfinished"):
            removed = self.fleet.end_run()
            logger.info("Run %s complete and exported: its %d Redis keys removed; the job's next run starts afresh",
                        self.fleet.run_id, removed)
        # Persistent: the run's keys go once its publisher has written the
        # output (profilecrawler.distributed.coordinator), not with one worker.

    @_redis_guarded(False)
    def enqueue_request(self, request) -> bool:
        had_entry = ENTRY in request.meta
        fingerprint, parent, again = take_entry(request, self.fingerprinter)
        if parent is None and not had_entry:
            again = False  # a start request: only the run's first worker seeds it
        added = self.queue.push(request, again=again)
        self.stats.inc_value("scheduler/enqueued" if added else "scheduler/duplicates")
        if parent:
            self.ledger.processed(parent)
        return added

    @_redis_guarded(None)
    def next_request(self):
        if self.fleet.waiting >= self.max_waiting:
            self._poll_later()
            return None
        now = time.monotonic()
        if now >= self._next_reclaim:
            self._next_reclaim = now + self.RECLAIM_EVERY
            reclaimed = self.queue.reclaim()
            if reclaimed:
                logger.warning("Took back %d requests leased by workers that stopped answering", reclaimed)
                self.stats.inc_value("fleet/reclaimed", reclaimed)
        request = self.queue.pop()
        if request is None:
            logger.debug("No request queued for this worker")
            self._poll_later()
            return None
        self.stats.inc_value("scheduler/dequeued")
        self.stats.inc_value("fleet/pages_taken")
        return request

    @_redis_guarded(False)
    def has_pending_requests(self) -> bool:
        return len(self.queue) > 0 or self.queue.others_working()

    def _poll_later(self) -> None:
        # Scrapy's engine asks an empty scheduler again only every 5 s: other
        # workers queue requests meanwhile (their pages lead to more), so ask
        # sooner. (Only polling when others held leases at that moment let a
        # worker that looked before the first lease idle for 5 s at a time.)
        self._waker.soon()
