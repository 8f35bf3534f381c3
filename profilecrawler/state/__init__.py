"""Where a crawl's state lives while it runs: the merged records so far and the
frontier of requests (``CrawlState``). Merging (``profilecrawler.merge``) and
scheduling (``profilecrawler.frontier``) never know which backend holds it.

Backends: ``sqlite`` (default) — one file, memory stays flat however large the
crawl. With a ``JOBDIR`` the file is ``<JOBDIR>/crawl-state.sqlite`` and outlives
the process, which is what makes a killed crawl resumable; without one it is a
temporary file removed at the end.

A state write that fails (a full disk, an I/O error) stops the crawl: logged
once (ERROR), stats ``state/write_failed`` and ``state/error`` (the file and the
error), the spider closed with the finish reason ``state_write_failed``. The run
is not published and ``scrapy crawl`` says why on the first line of stderr
(profilecrawler.publish); the state keeps its last commit, so the same command
resumes once there is room again.

``redis``: a distributed run's state, shared by its workers
(profilecrawler.state.redis; set by profilecrawler.distributed when
``REDIS_URL`` is given, not by hand).

Settings:
  STATE_BACKEND   ``sqlite`` (default) or ``redis``.
  STATE_PATH      the SQLite file; default ``<JOBDIR>/crawl-state.sqlite`` with a
                  JOBDIR, else a temporary file.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from profilecrawler.state.base import CrawlState, JobDirLocked, StateWriteFailed
from profilecrawler.state.sqlite import SQLiteState

__all__ = ["CrawlState", "JobDirLocked", "SQLiteState", "StateWriteFailed", "state_for"]
FINISH_REASON = "state_write_failed"
logger = logging.getLogger(__name__)

_open_states: "WeakKeyDictionary[object, CrawlState]" = WeakKeyDictionary()


def _open(crawler) -> CrawlState:
    settings = crawler.settings
    backend = settings.get("STATE_BACKEND", "sqlite")
    if backend == "redis":
        from profilecrawler.distributed._fleet import fleet_for, redis_lost
        from profilecrawler.state.redis import RedisState

        return RedisState(fleet_for(crawler), on_redis_error=lambda error: redis_lost(crawler, error))
    if backend != "sqlite":
        raise ValueError(f"STATE_BACKEND={backend!r}: 'sqlite' or 'redis'")
    if settings.get("STATE_PATH"):
        return SQLiteState(Path(settings["STATE_PATH"]))
    if settings.get("JOBDIR"):
        return SQLiteState(Path(settings["JOBDIR"]) / "crawl-state.sqlite")
    tmp = tempfile.TemporaryDirectory(prefix="profilecrawler-state-")
    return SQLiteState(Path(tmp.name) / "crawl-state.sqlite", cleanup=tmp.cleanup)


def state_for(crawler) -> CrawlState:
    """The crawl's state, opened on first use and closed when the engine stops.
    The scheduler and the pipelines of one crawl share it through this function.
    Raises ``JobDirLocked`` when another crawl holds it."""
    state = _open_states.get(crawler)
    if state is None:
        state = _open_states[crawler] = _open(crawler)
        state.on_write_failed = lambda error: _stop(crawler, error)
        crawler.signals.connect(state.close, signal=signals.engine_stopped)
    return state


def _stop(crawler, error: StateWriteFailed) -> None:
    """The first failed state write: say so, count it, close the spider."""
    logger.error("The crawl state could not be written: %s; the crawl stops (its state keeps the last commit: "
                 "make room and run the same command to resume)", error)
    crawler.stats.set_value("state/write_failed", 1)
    crawler.stats.set_value("state/error", str(error))
    engine = crawler.engine
    if engine is not None and engine.spider is not None:
        deferred_from_coro(engine.close_spider_async(reason=FINISH_REASON))
