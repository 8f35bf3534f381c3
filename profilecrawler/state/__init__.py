"""Where a crawl's state lives while it runs: the merged records so far and the
frontier of requests (``CrawlState``). Merging (``profilecrawler.merge``) and
scheduling (``profilecrawler.frontier``) never know which backend holds it.

Backends: ``sqlite`` (default) — one file, memory stays flat however large the
crawl. With a ``JOBDIR`` the file is ``<JOBDIR>/crawl-state.sqlite`` and outlives
the process, which is what makes a killed crawl resumable; without one it is a
temporary file removed at the end.

Settings:
  STATE_BACKEND   ``sqlite`` (default).
  STATE_PATH      the SQLite file; default ``<JOBDIR>/crawl-state.sqlite`` with a
                  JOBDIR, else a temporary file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

from scrapy import signals

from profilecrawler.state.base import CrawlState, JobDirLocked
from profilecrawler.state.sqlite import SQLiteState

__all__ = ["CrawlState", "JobDirLocked", "SQLiteState", "state_for"]

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
    """The crawl's state, opened on first use and closed when the engine stops.
    The scheduler and the pipelines of one crawl share it through this function.
    Raises ``JobDirLocked`` when another crawl holds it."""
    state = _open_states.get(crawler)
    if state is None:
        state = _open_states[crawler] = _open(crawler.settings)
        crawler.signals.connect(state.close, signal=signals.engine_stopped)
    return state
