"""A full disk under JOBDIR (issue 9): the first crawl-state write that fails
stops the crawl cleanly (one ERROR, a stat, the finish reason
``state_write_failed``), fetches no page twice meanwhile, is not published,
exits non-zero naming the file on the first line of stderr; once there is room
the same command resumes it to the output a clean crawl gives.

The small disk is a real tmpfs (conftest.small_tmpfs: root is needed)."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO, Crawl, crawl_command, read_jsonl, scrapy_crawl, small_tmpfs, without_volatile

DISK_BYTES = 16 * 1024 * 1024  # more than a whole crawl of the fixture site needs
ROOM_LEFT = 120 * 1024  # far less than the state of a whole crawl of the fixture site


@pytest.fixture
def small_disk(tmp_path):
    with small_tmpfs(tmp_path / "disk", str(DISK_BYTES)) as disk:
        yield disk


def fill(disk: Path, leave: int) -> Path:
    """A file taking all but ``leave`` bytes of ``disk``."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def crawl(out: Path, base_url: str, jobdir: Path) -> Crawl:
    """The crawl of the test, committing its state at every page (the fixture
    site is crawled in well under FRONTIER_COMMIT_SECONDS)."""
    command = crawl_command(out, "directory", "-a", f"start_url={base_url}/en/directory", "-s", f"JOBDIR={jobdir}",
                            "-s", "FRONTIER_COMMIT_PAGES=1")
    return Crawl(subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600), out)


def test_a_full_disk_under_jobdir_stops_the_crawl_cleanly_and_the_same_command_resumes_it(
        fixture_site, small_disk, tmp_path):
    clean = scrapy_crawl(tmp_path / "clean", "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert clean.process.returncode == 0, clean.process.stderr
    jobdir, out = small_disk / "job", tmp_path / "out"
    filler = fill(small_disk, ROOM_LEFT)
    fixture_site.requests.clear()

    full = crawl(out, fixture_site.base_url, jobdir)

    state_file = jobdir / "crawl-state.sqlite"
    assert full.process.returncode == 2
    first = full.process.stderr.splitlines()[0]
    assert first.startswith("profilecrawler: not published (partial): the crawl state could not be written: "
                            f"{state_file}: database or disk is full"), first
    assert full.stats["finish_reason"] == "state_write_failed"
    assert full.stats["state/write_failed"] == 1
    assert full.log.count("The crawl state could not be written") == 1
    assert not (out / "profiles.jsonl").exists()  # nothing published
    fetched = Counter(record.path for record in fixture_site.requests.snapshot())
    assert fetched and max(fetched.values()) == 1  # no page fetched again while the crawl stopped
    assert sum(fetched.values()) < len(clean.profiles)  # it stopped well before the end

    filler.unlink()  # room again
    resumed = crawl(out, fixture_site.base_url, jobdir)

    assert resumed.process.returncode == 0, resumed.process.stderr
    assert "Resuming the crawl" in resumed.log
    assert without_volatile(read_jsonl(out / "profiles.jsonl")) == without_volatile(clean.profiles)
    assert read_jsonl(out / "publications.jsonl") == clean.publications
