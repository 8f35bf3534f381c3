"""SIGKILL at each point of the end of a run (issue 9): between the renames of
the export, after the crawl state is cleared, after the publication, inside
the database load. Once the same command has run again, the published
``changes.jsonl`` and the database are what an uninterrupted run gives: the
changes of a run are kept until its publication is complete (the database
loaded), never lost to a kill.

Each case copies a job folder (OUTPUT_DIR, JOBDIR, a SQLite DATABASE_URL) whose
published run crawled the fixture site, then crawls the site's ``changed``
variant, killed at the point (``PROFILECRAWLER_KILL_AT``, profilecrawler._killpoints)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, Crawl, crawl_command, read_jsonl
from dbtools import dump
from profilecrawler._killpoints import ENV, POINTS
from profilecrawler.fixture_server import FixtureSite


@pytest.fixture(scope="module")
def site():
    with FixtureSite() as served:
        yield served


def run(job: Path, site: FixtureSite, kill_at: str | None = None) -> Crawl:
    """The job's command, as a scheduler would run it."""
    command = crawl_command(job / "out", "directory", "-a", f"start_url={site.base_url}/en/directory",
                            "-s", f"JOBDIR={job / 'jobdir'}", "-s", f"DATABASE_URL=sqlite:///{job / 'db.sqlite'}")
    env = {**os.environ, ENV: kill_at} if kill_at else {k: v for k, v in os.environ.items() if k != ENV}
    return Crawl(subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, env=env), job / "out")


@pytest.fixture(scope="module")
def first_night(site, tmp_path_factory) -> Path:
    """A job whose published run (loaded into its database) crawled the base site."""
    job = tmp_path_factory.mktemp("first-night")
    site.set_variant(None)
    crawl = run(job, site)
    assert crawl.process.returncode == 0, crawl.process.stderr
    return job


def copy_job(first_night: Path, target: Path) -> Path:
    shutil.copytree(first_night, target, symlinks=True)
    return target


def published_changes(job: Path) -> list[dict]:
    return sorted(read_jsonl(job / "out" / "changes.jsonl"), key=lambda change: (change["change"], change["id"]))


def comparable(db: dict) -> dict:
    """The database without the times of the loads."""
    volatile = {"seen_at", "first_seen_at", "last_seen_at", "loaded_at", "crawled_at", "changed_at", "gone_at"}
    return {table: [{k: v for k, v in row.items() if k not in volatile} for row in rows] for table, rows in db.items()}


@pytest.fixture(scope="module")
def second_night(site, first_night, tmp_path_factory) -> Path:
    """The job after an uninterrupted run over the changed site."""
    job = copy_job(first_night, tmp_path_factory.mktemp("second-night") / "job")
    site.set_variant("changed")
    crawl = run(job, site)
    assert crawl.process.returncode == 0, crawl.process.stderr
    assert len(published_changes(job)) >= 5  # the variant changes, adds and removes records
    return job


@pytest.mark.parametrize("point", POINTS)
def test_a_kill_at_the_end_of_a_run_leaves_the_changes_once_the_command_runs_again(
        site, first_night, second_night, tmp_path, point):
    job = copy_job(first_night, tmp_path / "job")
    site.set_variant("changed")
    killed = run(job, site, kill_at=point)
    assert killed.process.returncode == -signal.SIGKILL, killed.process.stderr[-2000:]

    again = run(job, site)

    assert again.process.returncode == 0, again.process.stderr
    assert published_changes(job) == published_changes(second_night)
    assert comparable(dump(f"sqlite:///{job / 'db.sqlite'}")) == comparable(dump(f"sqlite:///{second_night / 'db.sqlite'}"))
