"""Where a crawl's merged records live while it runs.

One small interface (``CrawlState``): JSON-able fold states by kind and key.
Merging (``profilecrawler.merge``) never knows which backend holds them.

Backends: ``sqlite`` (default) — one file, memory stays flat however large the
crawl; in ``JOBDIR`` when the job has one, so the state survives the process,
else in a temporary directory removed at close.

Settings:
  STATE_BACKEND   ``sqlite`` (default).
  STATE_PATH      path of the SQLite file; default ``<JOBDIR>/crawl-state.sqlite``
                  with a JOBDIR, else a temporary file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

from scrapy import signals

from profilecrawler.state.base import CrawlState
from profilecrawler.state.sqlite import SQLiteState

__all__ = ["CrawlState", "SQLiteState", "state_for"]

_open_states: "WeakKeyDictionary[object, CrawlState]" = WeakKeyDictionary()


def _open(settings) -> CrawlState:
    backend = settings.get("STATE_BACKEND", "sqlite")
    if backend != "sqlite":
        raise ValueError(f"STATE_BACKEND={backend!r}: the only backend so far is 'sqlite'")
    if settings.get("STATE_PATH"):
        return SQLiteState(Path(settings["STATE_PATH"]))
    if settings.get("JOBDIR"):
        return SQLiteState(Path(settings["JOBDIR"]) / "crawl-state.sqlite")
    tmp = tempfile.TemporaryDirectory(prefix="profilecrawler-state-")
    return SQLiteState(Path(tmp.name) / "crawl-state.sqlite", cleanup=tmp.cleanup)


def state_for(crawler) -> CrawlState:
    """The crawl's state, opened on first use and closed when the spider closes.
    Pipelines of one crawl share it through this function."""
    state = _open_states.get(crawler)
    if state is None:
        state = _open_states[crawler] = _open(crawler.settings)
        crawler.signals.connect(state.close, signal=signals.spider_closed)
    return state
