"""The crawl frontier in the crawl state: a scheduler that survives kill -9.

Scrapy's JOBDIR keeps its request queue in files written at a clean stop; a
process killed with SIGKILL leaves them stale. Here every request the crawl
schedules is a row of the crawl state's frontier (``pending``, ``inflight``,
``done``), and a page is marked ``done`` only once everything its callback
produced — records folded, requests added to the frontier — has been processed,
in the same commit. A crawl started again with the same command finds the pages
not yet done and fetches them again; folding is idempotent, so nothing is lost
and nothing counted twice.

Four parts:

* ``FrontierScheduler`` (setting ``SCHEDULER``): queue and duplicate filter;
* ``FrontierMiddleware`` (a spider middleware closest to the engine): counts
  what each page's callback produces;
* ``FrontierOffsiteMiddleware`` (in place of Scrapy's downloader
  OffsiteMiddleware): a request the offsite filter drops never reaches the
  scheduler, so the drop itself tells the ledger;
* ``PageLedger``: marks a page done when all of that has been processed.
"""

from __future__ import annotations

import logging
import pickle
import time
from weakref import WeakKeyDictionary

from scrapy import Request, signals
from scrapy.core.scheduler import BaseScheduler, Scheduler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.request import request_from_dict

from profilecrawler._killpoints import reached
from profilecrawler.publish import writes_output
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)

# Request.meta keys: the frontier entry a request belongs to (kept through
# retries and redirects, which continue the same entry), and the entry of the
# page whose callback produced it.
ENTRY = "frontier_fp"
PARENT = "frontier_parent"


class PageLedger:
    """For each page being processed: how many outputs its callback produced,
    how many have been processed, and whether the callback has finished.

    A finished page is marked done in the crawl state, and the state is
    committed once ``commit_pages`` pages are done since the last commit or
    ``commit_seconds`` have passed, whichever comes first. Every write goes into
    the one open transaction in the order it happened, so a commit holds a done
    page's records and requests with its mark, and a page whose mark is not yet
    committed is simply fetched again after a crash; committing less often only
    means redoing a little more work then (a commit per page cost more than the
    rest of the frontier)."""

    def __init__(self, state, stats, commit_pages: int = 1, commit_seconds: float = 0.0):
        self.state = state
        self.stats = stats
        self.commit_pages = max(1, commit_pages)
        self.commit_seconds = commit_seconds
        self._done_since_commit = 0
        self._last_commit = time.monotonic()
        self._open: dict[str, list] = {}  # fingerprint -> [produced, processed, exhausted, again]

    def _entry(self, fingerprint: str) -> list:
        return self._open.setdefault(fingerprint, [0, 0, False, False])

    def again(self, fingerprint: str) -> None:
        """The page's callback asked for the page once more (a retry of a page
        that was not what it should be): it is not done when its callback is."""
        self._entry(fingerprint)[3] = True

    def produced(self, fingerprint: str) -> None:
        self._entry(fingerprint)[0] += 1

    def processed(self, fingerprint: str) -> None:
        self._entry(fingerprint)[1] += 1
        self._settle(fingerprint)

    def exhausted(self, fingerprint: str) -> None:
        self._entry(fingerprint)[2] = True
        self._settle(fingerprint)

    def _settle(self, fingerprint: str) -> None:
        produced, processed, exhausted, again = self._open[fingerprint]
        if exhausted and processed >= produced:
            del self._open[fingerprint]
            if again:
                return
            self.state.mark_done(fingerprint)
            self.stats.inc_value("frontier/pages_done")
            self._done_since_commit += 1
            now = time.monotonic()
            if self._done_since_commit >= self.commit_pages or now - self._last_commit >= self.commit_seconds:
                self.state.flush()
                self._done_since_commit, self._last_commit = 0, now


_ledgers: "WeakKeyDictionary[object, PageLedger]" = WeakKeyDictionary()


_NOT_FOUND = object()


def _method_name(spider, func):
    """What ``Request.to_dict(spider=spider)`` writes for a callback or errback:
    the name of the spider method, looked up directly (Scrapy lists every member
    of the spider with ``inspect.getmembers`` to find it, at every request);
    ``_NOT_FOUND`` when it is not simply a method of the spider."""
    if not callable(func):
        return func
    function = getattr(func, "__func__", None)
    if function is not None and getattr(func, "__self__", None) is spider:
        name = function.__name__
        if getattr(getattr(spider, name, None), "__func__", None) is function:
            return name
    return _NOT_FOUND


def request_to_dict(request: Request, spider) -> dict:
    """``request.to_dict(spider=spider)``, the same dict, faster."""
    callback, errback = request.callback, request.errback
    names = _method_name(spider, callback), _method_name(spider, errback)
    if _NOT_FOUND in names:
        return request.to_dict(spider=spider)
    request.callback, request.errback = names
    try:
        return request.to_dict()
    finally:
        request.callback, request.errback = callback, errback


def encode_request(request: Request, spider) -> bytes:
    """A request as the frontier stores it (the SQLite state, the Redis queue)."""
    return pickle.dumps(request_to_dict(request, spider), protocol=4)


def decode_request(payload: bytes, spider) -> Request:
    return request_from_dict(pickle.loads(payload), spider=spider)


def take_entry(request: Request, fingerprinter) -> tuple[str, str | None, bool]:
    """The frontier entry of a request being scheduled: its fingerprint (kept in
    its meta), the entry of the page that produced it (taken out of its meta),
    and whether it continues a known entry (a retry or a redirect continues its
    entry; a ``dont_filter`` request is fetched again)."""
    parent = request.meta.pop(PARENT, None)
    entry = request.meta.get(ENTRY)
    fingerprint = entry or fingerprinter.fingerprint(request).hex()
    request.meta[ENTRY] = fingerprint
    return fingerprint, parent, entry is not None or request.dont_filter


def ledger_for(crawler) -> PageLedger:
    ledger = _ledgers.get(crawler)
    if ledger is None:
        settings = crawler.settings
        ledger = _ledgers[crawler] = PageLedger(
            state_for(crawler), crawler.stats,
            commit_pages=settings.getint("FRONTIER_COMMIT_PAGES", 1),
            commit_seconds=settings.getfloat("FRONTIER_COMMIT_SECONDS", 0.0),
        )
    return ledger


class FrontierScheduler(BaseScheduler):
    def __init__(self, crawler):
        self.crawler = crawler
        self.state = state_for(crawler)
        self.ledger = ledger_for(crawler)
        self.stats = crawler.stats
        self.fingerprinter = crawler.request_fingerprinter

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            # scrapy shell, fetch, parse, check: one page at a time, nothing to
            # resume; Scrapy's own scheduler (the frontier serialises callbacks
            # and holds a SQLite connection that shell's thread cannot use).
            return Scheduler.from_crawler(crawler)
        return cls(crawler)

    def open(self, spider):
        requeued = self.state.requeue_inflight()
        counts = self.state.frontier_counts()
        if counts["pending"] or counts["done"]:
            logger.info(
                "Resuming the crawl: %d requests to fetch (%d were in flight), %d pages already done",
                counts["pending"], requeued, counts["done"],
            )
            self.stats.set_value("frontier/resumed_with_pending", counts["pending"])
            self.stats.set_value("frontier/resumed_with_done", counts["done"])

    def close(self, reason):
        counts = self.state.frontier_counts()
        unfinished = counts["pending"] + counts["inflight"]
        if unfinished:
            logger.warning(
                "Crawl stopped (%s) with %d requests not done: the same command resumes it", reason, unfinished
            )
        elif self.stats.get_value("export/written"):
            self.state.reset()
            reached("state_reset")
            logger.info("Crawl complete and exported: crawl state cleared for the next run")

    def has_pending_requests(self) -> bool:
        return self.state.has_pending()

    def enqueue_request(self, request: Request) -> bool:
        fingerprint, parent, again = take_entry(request, self.fingerprinter)
        payload = encode_request(request, self.crawler.spider)
        added = self.state.push_request(fingerprint, payload, request.priority, again=again)
        self.stats.inc_value("scheduler/enqueued" if added else "scheduler/duplicates")
        if parent:
            self.ledger.processed(parent)
        return added

    def next_request(self) -> Request | None:
        popped = self.state.pop_request()
        if popped is None:
            return None
        self.stats.inc_value("scheduler/dequeued")
        return decode_request(popped[1], self.crawler.spider)


class FrontierMiddleware:
    """Spider middleware closest to the engine: it sees every item and request
    a callback produced, tags requests with their parent page and tells the
    ledger; the item signals tell it when each item has been processed."""

    def __init__(self, crawler):
        self.ledger = ledger_for(crawler)
        self.stats = crawler.stats
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_processed, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            raise NotConfigured()  # no frontier (FrontierScheduler.from_crawler)
        return cls(crawler)

    def process_spider_output(self, response, result, spider=None):
        fingerprint = response.meta.get(ENTRY)
        if fingerprint is None:
            yield from result
            return
        for output in result:
            self._count(fingerprint, output)
            yield output
        self.ledger.exhausted(fingerprint)

    async def process_spider_output_async(self, response, result, spider=None):
        fingerprint = response.meta.get(ENTRY)
        async for output in result:
            if fingerprint is not None:
                self._count(fingerprint, output)
            yield output
        if fingerprint is not None:
            self.ledger.exhausted(fingerprint)

    def _count(self, fingerprint: str, output) -> None:
        if isinstance(output, Request):
            if output.meta.get(ENTRY) == fingerprint:  # the page itself, once more
                self.ledger.again(fingerprint)
                return
            output.meta[PARENT] = fingerprint
        self.ledger.produced(fingerprint)

    def item_processed(self, item, response=None, spider=None, **kwargs):
        meta = getattr(response, "meta", None)  # None for an errback's items
        fingerprint = meta.get(ENTRY) if meta else None
        if fingerprint is not None:
            self.ledger.processed(fingerprint)


class FrontierOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, which drops a request from a ``request_scheduled``
    handler, before the scheduler sees it, and no signal tells. Here the drop
    settles the request for the page that produced it (which would otherwise
    never be done, and the crawl never complete), logged and counted
    (``frontier/dropped_before_scheduling``). Settled at the drop, not later:
    the engine takes a callback's requests while the callback goes on, so the
    page is done only once each of its requests is in the frontier or dropped."""

    def request_scheduled(self, request: Request, spider=None) -> None:
        try:
            super().request_scheduled(request, spider)
        except IgnoreRequest:
            parent = request.meta.pop(PARENT, None)
            if parent is not None:
                logger.info("Request dropped before it was scheduled (offsite): %s", request.url)
                self.stats.inc_value("frontier/dropped_before_scheduling")
                ledger_for(self.crawler).processed(parent)
            raise
