"""The crawl state of a distributed run, shared by its workers in Redis.

Records are JSON strings, ``N:rec:<kind>:<key>``, with their keys in the set
``N:idx:<kind>`` (``N``: the run's namespace, profilecrawler.distributed._fleet).
A fold (``update``) is an optimistic transaction: WATCH the record, read it,
fold the sighting in, write it in MULTI; if another worker wrote it meanwhile,
again. The merge is order-independent (ties go to the first sighting in page
order, not in time) and a sighting folded twice changes nothing, so a page
fetched again after its worker died leaves the records as they were.

The frontier is the run's leased queue (``FleetScheduler`` sets
``self.frontier``): a page is done when its lease is acknowledged, and there is
nothing to flush: every write is in Redis when the call returns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from redis.exceptions import RedisError, WatchError

from profilecrawler.state.base import CrawlState, write_guard

_CHUNK = 500


def _encode(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# A method that writes to Redis: a RedisError (Redis gone) goes to
# on_redis_error once (the worker stops: profilecrawler.distributed._fleet.redis_lost).
_writes = write_guard((RedisError,))


class RedisState(CrawlState):
    def __init__(self, fleet, on_redis_error):
        self.fleet = fleet
        self.on_redis_error = on_redis_error
        self.failed: RedisError | None = None
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
        raw = self.server.get(self._key(kind, key))
        return json.loads(raw) if raw is not None else None

    @_writes()
    def put(self, kind: str, key: str, value: dict) -> None:
        pipe = self.server.pipeline()
        pipe.set(self._key(kind, key), _encode(value)).sadd(self.fleet.key("idx", kind), key)
        pipe.execute()

    @_writes()
    def update(self, kind: str, key: str, fold) -> dict | None:
        name = self._key(kind, key)
        with self.server.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(name)
                    raw = pipe.get(name)
                    value = fold(json.loads(raw) if raw is not None else None)
                    if value is None:
                        pipe.unwatch()
                        return None
                    pipe.multi()
                    pipe.set(name, _encode(value)).sadd(self.fleet.key("idx", kind), key)
                    pipe.execute()
                    return value
                except WatchError:
                    continue  # another worker folded a sighting of it first: fold into theirs

    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        keys = sorted(k.decode() for k in self.server.smembers(self.fleet.key("idx", kind)))
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            for key, raw in zip(chunk, self.server.mget([self._key(kind, k) for k in chunk])):
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
