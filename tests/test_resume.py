"""Crash-proof jobs: a crawl killed with SIGKILL at any moment and started again
with the same command ends with the output of an uninterrupted crawl; a second
crawl on the same job directory is refused; output files are never torn."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess

import pytest

from conftest import REPO, crawl_command, read_jsonl, scrapy_crawl, wait_for, without_volatile
from profilecrawler import merge, text
from profilecrawler.state import SQLiteState

SEED = 20261128
KILL_POINTS = 6


def page_requests(site, since: int) -> int:
    return sum(1 for record in list(site.requests)[since:] if record[2] != "/robots.txt")  # path


def snapshot(output_dir):
    return {
        name: without_volatile(read_jsonl(output_dir / f"{name}.jsonl"))
        for name in ("profiles", "publications", "failures")
    }


@pytest.fixture(scope="module")
def baseline(fixture_site, tmp_path_factory):
    """An uninterrupted crawl of the whole site, and how many pages it fetched."""
    start = len(fixture_site.requests)
    out = tmp_path_factory.mktemp("baseline")
    crawl = scrapy_crawl(out, "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return snapshot(out), page_requests(fixture_site, start)


def assert_same_snapshot(got: dict, expected: dict) -> None:
    """Same records, field for field; which ones differ is said first."""
    for name in expected:
        key = "url" if name == "failures" else "id"
        have, want = {r[key] for r in got[name]}, {r[key] for r in expected[name]}
        assert have == want, f"{name}: missing {sorted(want - have)}, extra {sorted(have - want)}"
        differing = [r[key] for r, w in zip(got[name], expected[name]) if r != w]
        assert not differing, f"{name} differ: {differing}"


def directory_job(site, job):
    return crawl_command(
        job / "out", "directory", "-a", f"start_url={site.base_url}/en/directory", "-s", f"JOBDIR={job / 'jobdir'}"
    )


def kill_after(command, site, pages: int) -> None:
    """Start the crawl and SIGKILL it once the server has answered ``pages`` page requests."""
    start = len(site.requests)
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: page_requests(site, start) >= pages or process.poll() is not None,
                 what=f"{pages} page requests")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def kill_points(total: int) -> list[int]:
    rng = random.Random(SEED)
    points = sorted(rng.randint(1, total) for _ in range(KILL_POINTS - 1))
    return points + [total]  # the last: every page fetched, the crawl processing or exporting


@pytest.mark.parametrize("point", range(KILL_POINTS))
def test_sigkill_then_resume_gives_the_uninterrupted_output(fixture_site, baseline, tmp_path, point):
    expected, total = baseline
    pages = kill_points(total)[point]
    command = directory_job(fixture_site, tmp_path)
    kill_after(command, fixture_site, pages)
    if point % 2:  # every other case: kill the resumed crawl too, a little later
        kill_after(command, fixture_site, max(1, (total - pages) // 2))
    resumed = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert_same_snapshot(snapshot(tmp_path / "out"), expected)
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["export/written"] is True


def test_a_finished_job_starts_afresh_next_time(fixture_site, baseline, tmp_path):
    expected, total = baseline
    command = directory_job(fixture_site, tmp_path)
    for _ in range(2):
        start = len(fixture_site.requests)
        run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr[-3000:]
        assert_same_snapshot(snapshot(tmp_path / "out"), expected)
        assert page_requests(fixture_site, start) == total  # revalidated, not skipped


def test_a_second_crawl_on_the_same_job_directory_is_refused(fixture_site, baseline, tmp_path):
    expected, _ = baseline
    command = directory_job(fixture_site, tmp_path) + ["-s", "DOWNLOAD_DELAY=0.05"]
    start = len(fixture_site.requests)
    first = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: page_requests(fixture_site, start) >= 1, what="the first crawl to start")
    second = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert second.returncode == 3
    assert "in use by another crawl" in second.stderr and "Traceback" not in second.stderr
    assert first.wait(timeout=600) == 0, first.stderr.read()[-3000:]
    assert_same_snapshot(snapshot(tmp_path / "out"), expected)


def test_killed_while_writing_the_output_leaves_whole_files(fixture_site, tmp_path):
    """A job whose state holds many publications, killed while it writes them:
    readers see the previous complete file; the next run writes the new one."""
    url = f"url={fixture_site.base_url}/en/directory/raymond-li"
    command = crawl_command(tmp_path / "out", "profile", "-a", url, "-s", f"JOBDIR={tmp_path / 'job'}")
    first = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr[-3000:]
    previous = (tmp_path / "out" / "publications.jsonl").read_bytes()

    state = SQLiteState(tmp_path / "job" / "crawl-state.sqlite")
    for n in range(60_000):
        title = f"Synthetic publication number {n}"
        fold = merge.new_publication_state(text.publication_id(title))
        merge.fold_publication(fold, {
            "sighting_id": f"mila:someone/00000/{n:05d}", "title": title,
            "authors": [{"name": f"Author {n} {k}", "profile_id": None} for k in range(8)],
            "abstract": "An abstract. " * 20, "abstract_complete": True, "listed_on": "mila:someone",
            "source_url": "http://127.0.0.1/en/directory/someone",
        })
        state.put("publication", fold["id"], fold)
    state.close()

    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = tmp_path / "out"
    try:
        wait_for(lambda: any(p.stat().st_size > 1_000_000 for p in out.glob("runs/*/.publications.jsonl.*.tmp")),
                 what="the export to be half written")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert (out / "publications.jsonl").read_bytes() == previous

    rerun = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    lines = (out / "publications.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 60_003 and all(json.loads(line)["type"] == "publication" for line in lines)
    assert not list(out.glob(".*")) and not list(out.glob("runs/*/.*.tmp"))  # the killed run's half file is gone
