"""A test hook: kill the process (SIGKILL) at a named point of the end of a run.

``PROFILECRAWLER_KILL_AT=<point>`` in the environment makes ``reached(point)``
kill the process there, as a power cut or ``kill -9`` would, so that tests can
check what each point of the export, the publication and the database load
leaves behind (tests/test_kill_points.py). Unset, ``reached`` only reads the
environment: it is called a handful of times a run.

Points: ``export:<file>`` after the run's file is renamed into place
(``profiles.jsonl``, ``publications.jsonl``, ``failures.jsonl``,
``rejected.jsonl``, ``manifest.json``), ``state_reset`` after the crawl state is
cleared, ``published`` after ``current`` points at the run, ``db_load`` inside
the database load's transaction, before its commit.
"""

from __future__ import annotations

import os
import signal

ENV = "PROFILECRAWLER_KILL_AT"
POINTS = ("export:profiles.jsonl", "export:publications.jsonl", "export:failures.jsonl",
          "export:rejected.jsonl", "export:manifest.json", "state_reset", "published", "db_load")


def reached(point: str) -> None:
    """Kill this process now if ``PROFILECRAWLER_KILL_AT`` names ``point``."""
    if os.environ.get(ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)
