"""The crawl state of a distributed run, shared by its workers in Redis.

Records are hashes ``N:rec:<kind>:<key>`` of a version ``v`` and the JSON
value ``d``, with their keys in the set ``N:idx:<kind>`` (``N``: the run's
namespace, profilecrawler.distributed._fleet). A fold (``update``) is
optimistic: read the record and its version, fold the sighting in, write it
with a compare-and-set script that refuses if the version moved (another
worker folded first: read again and fold into theirs). A worker remembers the
records it wrote last with their versions, so folding into one of them again
is one round trip (a profile's cards share publications with its other
pages): with WATCH/MULTI a fold took three, and a worker's CPU went to them. The merge is order-independent (ties go to the first sighting in page
order, not in time) and a sighting folded twice changes nothing, so a page
fetched again after its worker died leaves the records as they were.

The frontier is the run's leased queue (``FleetScheduler`` sets
``self.frontier``): a page is done when its lease is acknowledged, and there is
nothing to flush: every write is in Redis when the call returns.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator

from redis.exceptions import RedisError

from profilecrawler.state.base import CrawlState, write_guard

_CHUNK = 500
# KEYS: record, index; ARGV: the version the value was folded from ('' for a new
# record), the new value, the record's key. Writes it only if nobody wrote it
# since; returns the new version, or 0.
_CAS = """
local version = redis.call('HGET', KEYS[1], 'v')
if (version or '') ~= ARGV[1] then return 0 end
local next_version = (tonumber(version) or 0) + 1
redis.call('HSET', KEYS[1], 'v', next_version, 'd', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
return next_version
"""


def _encode(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# A method that writes to Redis: a RedisError (Redis gone) goes to
# on_redis_error once (the worker stops: profilecrawler.distributed._fleet.redis_lost).
_writes = write_guard((RedisError,))


class RedisState(CrawlState):
    def __init__(self, fleet, on_redis_error, remember: int = 20_000):
        self.fleet = fleet
        self.on_redis_error = on_redis_error
        self.failed: RedisError | None = None
        self._cas = fleet.server.register_script(_CAS)
        # The records this worker folded last, with their version: a fold of one
        # of them writes at once if nobody wrote it since (one round trip, not two).
        self._known: OrderedDict[str, tuple] = OrderedDict()
        self._known_max = remember
        self.server = fleet.server
        self.frontier = None  # the run's LeasedPriorityQueue, set when the scheduler opens
        self.role = None  # "publisher" or "worker", once the frontier is drained (coordinator)

    def write_failed(self, error: Exception) -> None:
        self.failed = error
        self.on_redis_error(error)

    def _key(self, kind: str, key: str) -> str:
        return self.fleet.key("rec", kind, key)

    # --- records -----------------------------------------------------------------

    def get(self, kind: str, key: str) -> dict | None:
        raw = self.server.hget(self._key(kind, key), "d")
        return json.loads(raw) if raw is not None else None

    @_writes()
    def put(self, kind: str, key: str, value: dict) -> None:
        name = self._key(kind, key)
        self._known.pop(name, None)
        pipe = self.server.pipeline(transaction=True)
        pipe.hincrby(name, "v", 1).hset(name, "d", _encode(value)).sadd(self.fleet.key("idx", kind), key)
        pipe.execute()

    @_writes()
    def update(self, kind: str, key: str, fold) -> dict | None:
        name = self._key(kind, key)
        known = self._known.pop(name, None)
        while True:
            if known is None:  # read it (one round trip)
                version, raw = self.server.hmget(name, "v", "d")
                known = (version or b"", json.loads(raw) if raw is not None else None)
            version, value = known
            value = fold(value)
            if value is None:
                self._remember(name, known)  # unchanged
                return None
            written = self._cas(keys=[name, self.fleet.key("idx", kind)], args=[version, _encode(value), key])
            if written:
                self._remember(name, (written, value))
                return value
            known = None  # another worker folded a sighting of it first: fold into theirs

    def _remember(self, name: str, known: tuple) -> None:
        self._known[name] = known
        if len(self._known) > self._known_max:
            self._known.popitem(last=False)

    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        keys = sorted(k.decode() for k in self.server.smembers(self.fleet.key("idx", kind)))
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            pipe = self.server.pipeline(transaction=False)
            for k in chunk:
                pipe.hget(self._key(kind, k), "d")
            for key, raw in zip(chunk, pipe.execute()):
                if raw is not None:
                    yield key, json.loads(raw)

    def count(self, kind: str) -> int:
        return self.server.scard(self.fleet.key("idx", kind))

    # --- frontier (the leased queue) ----------------------------------------------

    def push_request(self, fingerprint, payload, priority, *, again=False):
        raise NotImplementedError("a distributed run's requests go through FleetScheduler")

    def pop_request(self):
        raise NotImplementedError("a distributed run's requests go through FleetScheduler")

    @_writes()
    def mark_done(self, fingerprint: str) -> None:
        self.frontier.ack(fingerprint)

    def has_pending(self) -> bool:
        return self.frontier.has_work()

    def frontier_counts(self) -> dict[str, int]:
        return self.frontier.counts()

    def requeue_inflight(self) -> int:
        return self.frontier.reclaim()

    # --- lifecycle ---------------------------------------------------------------

    def publishes(self) -> bool:
        return self.role == "publisher"

    def reset(self) -> None:
        self.fleet.end_run()

    def flush(self) -> None:
        pass  # every write is in Redis already

    def close(self) -> None:
        pass  # the fleet's connection is closed with the process
