"""Which folder a load reads, and whether it may load it.

``profilecrawler load DIR`` accepts three kinds of folder:

* a **job folder** (a crawl's ``OUTPUT_DIR``, ``profilecrawler.runs``): its
  ``current`` link is resolved once, at the start, and every file is read from
  the run folder it pointed at then — a run published during the load switches
  ``current`` but cannot mix two snapshots into one load;
* a **run folder** (``OUTPUT_DIR/runs/<run id>``), published or not;
* a **plain folder** holding the files (an output of the older flat layout, or
  a copy).

Only a published snapshot is loaded: its ``manifest.json`` carries a verdict
(``profilecrawler.publish``) whose status is ``published``. A suspect or
partial run, a manifest without a verdict (an output written before runs were
judged), an unreadable manifest or none at all are refused — before the
database is even opened, so nothing in it changes — unless the caller accepts
suspect snapshots (``--accept-suspect``). What such a load may mark as gone is
still bounded by its scope (``profilecrawler.db.scope``): a partial run marks
nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from profilecrawler import manifest as manifest_file
from profilecrawler.runs import CURRENT, RUNS, JobFolder

PUBLISHED = "published"
ACCEPT_HINT = "pass --accept-suspect to load it anyway"


@dataclass(frozen=True)
class Snapshot:
    folder: Path  # resolved: every file is read from here
    shown: Path  # as the user named it, for messages


def _shown(given: Path, folder: Path) -> Path:
    """``folder`` as a path under ``given`` when it lies inside it (``out/runs/<id>``)."""
    root = Path(os.path.realpath(given))
    try:
        return given / folder.relative_to(root)
    except ValueError:
        return folder


def locate(output_dir) -> Snapshot:
    """The snapshot in ``output_dir``, its links resolved once. Raises
    FileNotFoundError for a job folder that has published nothing yet."""
    given = Path(output_dir)
    job = JobFolder(given)
    if job.current.is_symlink() or job.current.exists():
        folder = job.published()  # resolved once: the run it points at now
        if folder is None:
            raise FileNotFoundError(f"{job.current} points at {job.current.resolve()}, which is not a folder")
        return Snapshot(folder, _shown(given, folder))
    if (given / RUNS).is_dir() and not (given / manifest_file.MANIFEST_NAME).exists():
        raise FileNotFoundError(f"{given} is a job folder with no published snapshot yet (no {CURRENT}); "
                                f"its runs are in {given / RUNS}: load one of them with --accept-suspect")
    return Snapshot(Path(os.path.realpath(given)), given)


def not_published(shown: Path, manifest: dict | None, manifest_error: str | None) -> str | None:
    """Why the snapshot is not a published one (one line), or None when it is."""
    if manifest_error is not None:
        return f"{manifest_error}: whether its run passed is unknown"
    if manifest is None:
        return (f"{shown} has no {manifest_file.MANIFEST_NAME}: what its crawl covered and whether it passed "
                "are unknown")
    verdict = manifest.get("verdict")
    if verdict is None:
        return (f"{shown} has no verdict in its manifest (written before runs were judged): whether its run "
                "passed is unknown")
    if verdict["status"] != PUBLISHED:
        reasons = verdict.get("reasons") or ["no reason given"]
        return f"{shown} is a {verdict['status']} run ({reasons[0]})"
    return None
