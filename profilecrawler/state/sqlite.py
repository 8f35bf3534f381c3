from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from profilecrawler.state.base import CrawlState


class SQLiteState(CrawlState):
    """Fold states in one SQLite table; committed every ``commit_every`` writes
    and on ``flush``/``close`` (WAL mode, so a reader never sees a torn write)."""

    def __init__(self, path: Path, commit_every: int = 500, cleanup: Callable[[], None] | None = None):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._cleanup = cleanup
        self._pending = 0
        self._commit_every = commit_every
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS state (kind TEXT NOT NULL, key TEXT NOT NULL,"
            " value TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID"
        )
        self._db.commit()

    def get(self, kind: str, key: str) -> dict | None:
        row = self._db.execute("SELECT value FROM state WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, kind: str, key: str, value: dict) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO state (kind, key, value) VALUES (?, ?, ?)",
            (kind, key, json.dumps(value, ensure_ascii=False, separators=(",", ":"))),
        )
        self._pending += 1
        if self._pending >= self._commit_every:
            self.flush()

    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        self.flush()
        cursor = self._db.execute("SELECT key, value FROM state WHERE kind = ? ORDER BY key", (kind,))
        for key, value in cursor:
            yield key, json.loads(value)

    def count(self, kind: str) -> int:
        return self._db.execute("SELECT count(*) FROM state WHERE kind = ?", (kind,)).fetchone()[0]

    def flush(self) -> None:
        self._db.commit()
        self._pending = 0

    def close(self) -> None:
        if self._db is None:
            return
        self.flush()
        self._db.close()
        self._db = None
        if self._cleanup:
            self._cleanup()
