from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from functools import wraps

from profilecrawler.errors import StartupError


class JobDirLocked(StartupError):
    """Another crawl holds the job directory (``scrapy crawl`` exits 3)."""

    exit_code = 3


class StateWriteFailed(OSError):
    """The crawl state could not be written (a full disk, an I/O error under
    JOBDIR). The first one stops the crawl (``profilecrawler.state.state_for``);
    the state keeps its last commit, from which the same command resumes once
    the fault is mended."""


def write_guard(errors: tuple[type[BaseException], ...]):
    """A decorator factory for the methods of a state that write: ``errors``
    raised by the method go to the state's ``write_failed(error)`` (which
    records ``self.failed`` and reports it once); once the state has failed the
    method does nothing and returns ``default``, so that the crawl's parts wind
    down quietly while the crawl stops."""

    def writes(default=None):
        def decorate(method):
            @wraps(method)
            def write(self, *args, **kwargs):
                if self.failed is not None:
                    return default
                try:
                    return method(self, *args, **kwargs)
                except StateWriteFailed:
                    raise  # a nested write failed: reported there
                except errors as error:
                    self.write_failed(error)
                    return default

            return write

        return decorate

    return writes


class CrawlState(ABC):
    """What a crawl knows so far, in one place: the merged records and the
    frontier of requests.

    Records are JSON-able values by ``(kind, key)``; ``kind`` is ``"publication"``,
    ``"profile"`` or ``"failure"``. The frontier holds every request the crawl has
    scheduled, by fingerprint, as ``pending`` (to fetch), ``inflight`` (handed to
    the downloader) or ``done`` (its page fully processed). Writes become durable
    together at ``flush``: a page's folded records, the requests it led to and its
    ``done`` mark are flushed at once, so a crash never separates them.

    A write that fails calls ``on_write_failed`` with a ``StateWriteFailed``
    (raises it when there is no such callback); from then on the state is
    *failed*: it hands out no more requests, takes none, and ignores further
    writes, so the crawl winds down instead of fetching the same pages again
    and again.
    """

    on_write_failed = None  # called once with the first StateWriteFailed

    # --- records -----------------------------------------------------------------

    @abstractmethod
    def get(self, kind: str, key: str) -> dict | None: ...

    @abstractmethod
    def put(self, kind: str, key: str, value: dict) -> None: ...

    @abstractmethod
    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        """Every value of a kind, ordered by key (exports are deterministic)."""

    @abstractmethod
    def count(self, kind: str) -> int: ...

    def update(self, kind: str, key: str, fold) -> dict | None:
        """Replace the value of ``(kind, key)`` by ``fold(value or None)`` and
        return it; when ``fold`` returns None nothing is written. One process
        owns a SQLite state, so this is a get and a put; a state shared by
        several processes (Redis) makes it one atomic step."""
        value = fold(self.get(kind, key))
        if value is not None:
            self.put(kind, key, value)
        return value

    def publishes(self) -> bool:
        """Does this process write the crawl's output? (One of a fleet's workers does.)"""
        return True

    # --- frontier ----------------------------------------------------------------

    @abstractmethod
    def push_request(self, fingerprint: str, payload: bytes, priority: int, *, again: bool = False) -> bool:
        """Add a request; False if its fingerprint is already known. ``again``
        makes a known request pending once more (a retry or a redirect of it)."""

    @abstractmethod
    def pop_request(self) -> tuple[str, bytes] | None:
        """The next pending request (highest priority, then oldest), now in flight."""

    @abstractmethod
    def mark_done(self, fingerprint: str) -> None: ...

    @abstractmethod
    def has_pending(self) -> bool:
        """Is a request waiting to be fetched? (Asked by the engine all the time.)"""

    @abstractmethod
    def frontier_counts(self) -> dict[str, int]:
        """Requests by status: ``pending``, ``inflight``, ``done``."""

    @abstractmethod
    def requeue_inflight(self) -> int:
        """After a crash, requests that were in flight are pending again."""

    # --- lifecycle ---------------------------------------------------------------

    @abstractmethod
    def reset(self) -> None:
        """Forget everything: the job is over and its output written."""

    @abstractmethod
    def flush(self) -> None:
        """Make every write so far durable."""

    @abstractmethod
    def close(self) -> None: ...
