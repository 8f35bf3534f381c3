from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from profilecrawler.errors import StartupError
from profilecrawler.state.base import CrawlState, JobDirLocked, StateWriteFailed, write_guard

_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (
    kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS state_key ON state (kind, key);
CREATE TABLE IF NOT EXISTS frontier (
    fingerprint TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    status TEXT NOT NULL,
    request BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS frontier_next ON frontier (status, priority DESC, seq);
"""


# A method that writes the state: a SQLite or OS error (``database or disk is
# full``, ``disk I/O error``) becomes a StateWriteFailed naming the file
# (SQLiteState.write_failed).
_writes = write_guard((sqlite3.Error, OSError))


class SQLiteState(CrawlState):
    """The crawl state in one SQLite file (WAL mode). Writes are committed on
    ``flush`` — at every page the crawl finishes — and every ``commit_every``
    writes in between; a process killed at any moment leaves the last commit.

    A lock file beside the database (``<name>.lock``, an ``flock`` that the
    kernel releases when the process dies, however it dies) keeps a second crawl
    from using the same state at the same time.
    """

    def __init__(self, path: Path, commit_every: int = 2000, cleanup: Callable[[], None] | None = None):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = _take_lock(path.with_name(path.name + ".lock"))
        self._cleanup = cleanup
        self._pending_writes = 0
        self._commit_every = commit_every
        self.failed: StateWriteFailed | None = None
        try:
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._seq = self._db.execute("SELECT coalesce(max(seq), 0) FROM frontier").fetchone()[0]
            self._db.commit()
        except sqlite3.Error as error:
            os.close(self._lock)
            raise StartupError(f"the crawl state {path} cannot be opened: {error}") from None

    def write_failed(self, error: Exception) -> None:
        """Given to ``on_write_failed`` (raised when there is none)."""
        self.failed = StateWriteFailed(f"{self.path}: {error}")
        if self.on_write_failed is None:
            raise self.failed from error
        self.on_write_failed(self.failed)

    # --- records -----------------------------------------------------------------

    def get(self, kind: str, key: str) -> dict | None:
        row = self._db.execute("SELECT value FROM state WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return json.loads(row[0]) if row else None

    @_writes()
    def put(self, kind: str, key: str, value: dict) -> None:
        # A rowid table with the key in an index: records are kilobytes, and a
        # WITHOUT ROWID table keeps whole records in its key's B-tree (twice the
        # file, and a get plus a put cost 1.7 times as much at 100k cards).
        self._db.execute(
            "INSERT INTO state (kind, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
            (kind, key, json.dumps(value, ensure_ascii=False, separators=(",", ":"))),
        )
        self._wrote()

    def items(self, kind: str) -> Iterator[tuple[str, dict]]:
        self.flush()
        cursor = self._db.execute("SELECT key, value FROM state WHERE kind = ? ORDER BY key", (kind,))
        for key, value in cursor:
            yield key, json.loads(value)

    def count(self, kind: str) -> int:
        return self._db.execute("SELECT count(*) FROM state WHERE kind = ?", (kind,)).fetchone()[0]

    # --- frontier ----------------------------------------------------------------

    @_writes(False)
    def push_request(self, fingerprint: str, payload: bytes, priority: int, *, again: bool = False) -> bool:
        self._seq += 1
        if again:
            self._db.execute(
                "INSERT INTO frontier (fingerprint, seq, priority, status, request) VALUES (?, ?, ?, 'pending', ?)"
                " ON CONFLICT (fingerprint) DO UPDATE SET seq = excluded.seq, priority = excluded.priority,"
                " status = 'pending', request = excluded.request",
                (fingerprint, self._seq, priority, payload),
            )
            self._wrote()
            return True
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO frontier (fingerprint, seq, priority, status, request) VALUES (?, ?, ?, 'pending', ?)",
            (fingerprint, self._seq, priority, payload),
        )
        self._wrote()
        return cursor.rowcount == 1

    @_writes()
    def pop_request(self) -> tuple[str, bytes] | None:
        row = self._db.execute(
            "SELECT fingerprint, request FROM frontier WHERE status = 'pending' ORDER BY priority DESC, seq LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        self._db.execute("UPDATE frontier SET status = 'inflight' WHERE fingerprint = ?", (row[0],))
        self._wrote()
        return row[0], row[1]

    @_writes()
    def mark_done(self, fingerprint: str) -> None:
        self._db.execute("UPDATE frontier SET status = 'done' WHERE fingerprint = ?", (fingerprint,))
        self._wrote()

    def has_pending(self) -> bool:
        if self.failed is not None:
            return False
        return self._db.execute("SELECT 1 FROM frontier WHERE status = 'pending' LIMIT 1").fetchone() is not None

    def frontier_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("pending", "inflight", "done"), 0)
        counts.update(self._db.execute("SELECT status, count(*) FROM frontier GROUP BY status").fetchall())
        return counts

    @_writes(0)
    def requeue_inflight(self) -> int:
        cursor = self._db.execute("UPDATE frontier SET status = 'pending' WHERE status = 'inflight'")
        self.flush()
        return cursor.rowcount

    # --- lifecycle ---------------------------------------------------------------

    @_writes()
    def reset(self) -> None:
        self._db.execute("DELETE FROM state")
        self._db.execute("DELETE FROM frontier")
        self.flush()

    def _wrote(self) -> None:
        self._pending_writes += 1
        if self._pending_writes >= self._commit_every:
            self.flush()

    @_writes()
    def flush(self) -> None:
        self._db.commit()
        self._pending_writes = 0

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self.flush()
        except StateWriteFailed:
            pass  # reported when it happened; the last commit stands
        self._db.close()
        self._db = None
        os.close(self._lock)
        if self._cleanup:
            self._cleanup()


def _take_lock(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise JobDirLocked(
            f"the crawl state {path.with_suffix('')} is in use by another crawl (pid {holder}); "
            "wait for it to finish, or give this crawl another JOBDIR"
        ) from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
    except OSError:
        pass  # the pid is only for the message above; a full disk is the state's to report
    return fd
