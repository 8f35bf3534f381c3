"""Files that are either whole or not there."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by their owner only; output is for everyone the
# umask allows, like any file the process would create.
_FILE_MODE = 0o666 & ~_umask()


class StagedFile:
    """A temporary file beside ``path`` that replaces it, synced, on ``commit``:
    a reader of ``path`` sees the previous file or the new one, never half of
    one — even when the process is killed while writing."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp_path = Path(name)
        self.handle = os.fdopen(fd, "wb")

    def finish(self) -> None:
        """Write out and close the temporary file (it can then be read)."""
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp_path, _FILE_MODE)

    def commit(self) -> None:
        self.finish()
        os.replace(self.tmp_path, self.path)

    def discard(self) -> None:
        """Remove the temporary file, even when closing it fails (a full disk:
        the buffered rest cannot be written), so that its space is freed."""
        try:
            self.handle.close()
        except OSError:
            pass
        finally:
            self.tmp_path.unlink(missing_ok=True)


@contextmanager
def atomic_file(path: Path):
    """A binary handle whose file replaces ``path`` if the block ends without error."""
    staged = StagedFile(path)
    try:
        yield staged.handle
        staged.commit()
    except BaseException:
        staged.discard()
        raise


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_file(path) as handle:
        handle.write(data)


def iso_utc(value) -> str | None:
    """A time as every file of a run writes it: ISO 8601 in UTC, to the second,
    with its offset (``2026-12-02T00:52:03+00:00``); a naive time is UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat(timespec="seconds")
    return str(value)


def json_default(value) -> str:
    """``json.dumps``' ``default`` for the run's files: times as ``iso_utc``, anything else as text."""
    return iso_utc(value) if isinstance(value, datetime) else str(value)
