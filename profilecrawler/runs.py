"""A job's output folder (``OUTPUT_DIR``): one folder per run, and the
published snapshot, which is the last run that passed.

::

    OUTPUT_DIR/
      runs/<run id>/           everything one run wrote: profiles.jsonl,
                               publications.jsonl, failures.jsonl, rejected.jsonl,
                               changes.jsonl, manifest.json (with the verdict),
                               verdict.json, stats.json
      current -> runs/<id>     the published snapshot
      profiles.jsonl -> current/profiles.jsonl   (and each of PUBLISHED_FILES)

A run writes only inside its own folder. Publishing it is one atomic step:
``current`` is replaced by a new symbolic link with one ``rename``. A reader
that opens ``OUTPUT_DIR/profiles.jsonl`` and the other fixed links sees the
old run's files or the new run's, never a mix. A reader that needs several
files of one snapshot resolves ``current`` once (``published()``) and reads
from that folder.

Run ids are the run's start time in UTC (``20261202T031500.123456Z``), so
sorting them sorts the runs; a run may carry a tag after it (``RUN_TAG``: a
Scrapyd job's id, ``20261202T031500.123456Z-0f1e…``), which sorts the same. The last ``RUNS_KEEP`` runs are kept; the
published one is never removed.

This module knows nothing of Scrapy; ``profilecrawler.publish`` drives it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path

logger = logging.getLogger(__name__)

RUNS = "runs"
CURRENT = "current"
VERDICT_NAME = "verdict.json"
# In a run's folder from just before it is published until its publication is
# complete (the database loaded, when the job loads one): a run killed or
# failed in between is published but no baseline, so that the next run's
# changes.jsonl holds its changes too (``complete``, ``baseline``).
PUBLISHING = "publishing"
# The files of a snapshot, reachable at the top of OUTPUT_DIR through fixed links.
PUBLISHED_FILES = ("profiles.jsonl", "publications.jsonl", "failures.jsonl", "rejected.jsonl",
                   "changes.jsonl", "manifest.json", "stats.json")
RUN_ID = re.compile(r"^\d{8}T\d{6}\.\d{6}Z(-[A-Za-z0-9_.]{1,64})?$")
RUN_TIME = "%Y%m%dT%H%M%S.%fZ"


def run_tag(text: str) -> str:
    """``text`` as a run id's tag: letters, digits, ``_`` and ``.``, at most 64."""
    return re.sub(r"[^A-Za-z0-9_.]", "_", text)[:64]


def new_run_id(now: datetime | None = None, tag: str | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    run_id = now.astimezone(timezone.utc).strftime(RUN_TIME)
    return f"{run_id}-{run_tag(tag)}" if tag else run_id


def scope_slug(scope_name: str) -> str:
    """The default folder name of a scope: ``directory:all`` → ``directory-all``."""
    return scope_name.replace(":", "-")


def scope_key(manifest_or_scope: dict) -> tuple:
    """What makes two runs comparable: the scope's name, its statuses and the
    profiles it asked for. Accepts a manifest or a spider's ``scope()``."""
    scope = manifest_or_scope.get("scope", manifest_or_scope)
    return (scope.get("name"), tuple(scope.get("statuses") or ()), tuple(scope.get("profile_ids") or ()))


def read_json_object(path: Path) -> dict | None:
    """The JSON object in ``path``; None when it is missing, unreadable or not an object."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(target: str, path: Path) -> None:
    """Make ``path`` a symbolic link to ``target``, atomically (a new link
    renamed over whatever ``path`` was)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, path)


class JobFolder:
    """``OUTPUT_DIR``: its runs and its published snapshot."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.runs_dir = self.root / RUNS
        self.current = self.root / CURRENT

    # --- reading ---------------------------------------------------------------------

    def published(self) -> Path | None:
        """The folder of the published snapshot, resolved (None: nothing is
        published). An output written before run folders existed (the files
        at the top of OUTPUT_DIR, no ``current``) is its own snapshot."""
        if self.current.is_symlink() or self.current.exists():
            target = self.current.resolve()
            return target if target.is_dir() else None
        if (self.root / "manifest.json").is_file() and not (self.root / "manifest.json").is_symlink():
            return self.root
        return None

    def published_manifest(self) -> dict | None:
        folder = self.published()
        return None if folder is None else read_json_object(folder / "manifest.json")

    def run_ids(self) -> list[str]:
        """Every run's id, oldest first."""
        try:
            names = [entry.name for entry in os.scandir(self.runs_dir) if entry.is_dir(follow_symlinks=False)]
        except FileNotFoundError:
            return []
        return sorted(name for name in names if RUN_ID.match(name))

    def baseline(self, key: tuple, exclude: Path | None = None) -> Path | None:
        """The snapshot a new run of scope ``key`` is compared with: the
        published one when it has the same scope, else the newest published
        run of that scope still kept (None: there is none)."""
        published = self.published()
        if published is not None and published != exclude and self.is_complete(published):
            manifest = read_json_object(published / "manifest.json")
            if manifest is not None and scope_key(manifest) == key:
                return published
        for run_id in reversed(self.run_ids()):
            folder = self.runs_dir / run_id
            if folder in (exclude, published) or not self.is_complete(folder):
                continue
            manifest = read_json_object(folder / "manifest.json")
            if (manifest is not None and scope_key(manifest) == key
                    and (manifest.get("verdict") or {}).get("status") == "published"):
                return folder
        return None

    @staticmethod
    def is_complete(run_dir: Path) -> bool:
        """Whether the publication of ``run_dir`` (if it was published) is
        complete: a run published but not yet loaded, or killed on the way, is not."""
        return not (Path(run_dir) / PUBLISHING).exists()

    # --- writing ---------------------------------------------------------------------

    def create_run(self, run_id: str | None = None, tag: str | None = None) -> Path:
        """A new, empty run folder, its id tagged with ``tag`` if given (its time
        is bumped by a microsecond when the id is taken)."""
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        run_id = run_id or new_run_id(tag=tag)
        while True:
            folder = self.runs_dir / run_id
            try:
                folder.mkdir()
                return folder
            except FileExistsError:
                time, _, tag = run_id.partition("-")
                moment = datetime.strptime(time, RUN_TIME).replace(tzinfo=timezone.utc)
                run_id = new_run_id(moment.fromtimestamp(moment.timestamp() + 1e-6, timezone.utc), tag or None)

    def publish(self, run_dir: Path) -> None:
        """Make ``run_dir`` the published snapshot: one rename of ``current``.
        The fixed links at the top of OUTPUT_DIR are made the first time (an
        output of the older flat layout has its files replaced by them). The
        publication is complete once ``complete`` is called."""
        run_dir = Path(run_dir)
        if run_dir.parent.resolve() != self.runs_dir.resolve():
            raise ValueError(f"{run_dir} is not a run folder of {self.root}")
        (run_dir / PUBLISHING).touch()
        _fsync_dir(run_dir)
        _link(f"{RUNS}/{run_dir.name}", self.current)
        for name in PUBLISHED_FILES:
            top = self.root / name
            target = f"{CURRENT}/{name}"
            if not (top.is_symlink() and os.readlink(top) == target):
                _link(target, top)
        _fsync_dir(self.root)

    def complete(self, run_dir: Path) -> None:
        """The publication of ``run_dir`` is complete: it is the next run's baseline."""
        (Path(run_dir) / PUBLISHING).unlink(missing_ok=True)
        _fsync_dir(Path(run_dir))

    def prune(self, keep: int, protect: tuple[Path, ...] = ()) -> list[str]:
        """Remove the oldest runs so that ``keep`` remain (at least 1); the
        published run and ``protect`` are never removed. Returns the ids removed."""
        keep = max(1, int(keep))
        spared = {Path(p).resolve() for p in protect}
        published = self.published()
        if published is not None:
            spared.add(published)
        ids = self.run_ids()
        removable = [run_id for run_id in ids if (self.runs_dir / run_id).resolve() not in spared]
        removed = removable[: max(0, len(ids) - keep)]
        for run_id in removed:
            shutil.rmtree(self.runs_dir / run_id, ignore_errors=True)
        # Half-written files of runs killed while they wrote: never read, only in the way.
        for run_id in set(removable) - set(removed):
            for stale in (self.runs_dir / run_id).glob(".*.tmp"):
                stale.unlink(missing_ok=True)
        for stale in self.root.glob(".*.link"):  # a link made by a publish killed before its rename
            stale.unlink(missing_ok=True)
        return removed
