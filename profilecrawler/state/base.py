from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator


class CrawlState(ABC):
    """JSON-able values by ``(kind, key)``; ``kind`` is ``"publication"`` or
    ``"profile"``. Values written are readable at once by the same crawl."""

    @abstractmethod
    def get(self, kind: str, key: str) -> dict | None: ...

    @abstractmethod
    def put(self, kind: str, key: str, value: dict) -> None: ...

    @abstractmethod
    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        """Every value of a kind, ordered by key (exports are deterministic)."""

    @abstractmethod
    def count(self, kind: str) -> int: ...

    @abstractmethod
    def flush(self) -> None:
        """Make every write so far durable."""

    @abstractmethod
    def close(self) -> None: ...
