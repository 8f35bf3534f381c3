"""A failed run never costs data: real ``scrapy crawl`` processes, each
starting from a job folder with a published snapshot, that could not reach the
site, found nobody or no cards, stopped early or could not write. Afterwards
the published files, ``changes.jsonl`` and ``manifest.json`` are byte for byte
what they were, the run's own output and verdict are in its run folder, the
exit code is the documented one and stderr's first line says why."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import REPO, free_port, Crawl, crawl_command, empty_listings, read_jsonl, scrapy_crawl, small_tmpfs, wait_for
from profilecrawler.fixture_server import FaultPlan, FixtureSite
from profilecrawler.runs import PUBLISHED_FILES, JobFolder


def start_url(base_url: str) -> tuple[str, str]:
    return ("-a", f"start_url={base_url}/en/directory")


@pytest.fixture(scope="module")
def published(tmp_path_factory, fixture_site) -> Path:
    """A job folder whose last run passed and was published."""
    job = tmp_path_factory.mktemp("published") / "job"
    crawl = scrapy_crawl(job, "directory", *start_url(fixture_site.base_url))
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert crawl.process.stderr == ""
    return job


@pytest.fixture
def job(tmp_path, published) -> Path:
    copy = tmp_path / "job"
    shutil.copytree(published, copy, symlinks=True, ignore=shutil.ignore_patterns("crawl.log"))
    return copy


def published_bytes(job: Path) -> dict[str, bytes]:
    return {name: (job / name).read_bytes() for name in PUBLISHED_FILES}


def the_new_run(job: Path, before: set[str]) -> Path:
    """The one run folder the crawl made."""
    made = set(JobFolder(job).run_ids()) - before
    assert len(made) == 1, made
    return job / "runs" / made.pop()


class Attempt:
    """A crawl of ``job`` that must not be published."""

    def __init__(self, job: Path):
        self.job = job
        self.before = published_bytes(job)
        self.runs_before = set(JobFolder(job).run_ids())
        self.published_run = JobFolder(job).published()

    def check(self, process, status: str, exit_code: int = 2) -> tuple[Path, dict]:
        """The job's snapshot is untouched; the run's verdict is ``status``."""
        assert process.returncode == exit_code, process.stderr[-3000:]
        assert published_bytes(self.job) == self.before
        assert JobFolder(self.job).published() == self.published_run
        run = the_new_run(self.job, self.runs_before)
        verdict = json.loads((run / "verdict.json").read_text())
        assert verdict["status"] == status and verdict["exit_code"] == exit_code
        first_line = process.stderr.splitlines()[0]
        assert first_line.startswith(f"profilecrawler: not published ({status}): {verdict['reasons'][0]}")
        assert str(run) in first_line
        if (run / "manifest.json").exists():
            assert json.loads((run / "manifest.json").read_text())["verdict"]["status"] == status
        return run, verdict


def test_connection_refused_keeps_the_snapshot_and_names_the_host_first(job):
    attempt = Attempt(job)
    port = free_port()
    crawl = scrapy_crawl(job, "directory", *start_url(f"http://127.0.0.1:{port}"))
    run, verdict = attempt.check(crawl.process, "suspect")
    # robots.txt could not be read: the host is disallowed (RFC 9309), the listings are refused.
    assert verdict["reasons"][0] == f"no response from the site: 127.0.0.1:{port}: connection refused, robots.txt unreachable"
    monitor_lines = crawl.process.stderr.splitlines()[1:]
    assert monitor_lines and all(line.startswith("profilecrawler: monitor failed: ") for line in monitor_lines)
    assert read_jsonl(run / "profiles.jsonl") == []
    # robots.txt used up its retries: the listings were refused without a request.
    stats = json.loads((run / "stats.json").read_text())
    assert stats["hosts/unreachable"] == 1 and stats["robotstxt/unreachable"] == 1
    assert {(f["reason"], f["attempts"]) for f in read_jsonl(run / "failures.jsonl")} == {("robots_txt_unreachable", 1)}


def test_a_site_that_never_answers_keeps_the_snapshot(job):
    """A server that accepts connections and never says a word: every request times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        attempt = Attempt(job)
        port = listener.getsockname()[1]
        crawl = scrapy_crawl(job, "directory", *start_url(f"http://127.0.0.1:{port}"),
                             "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1", "-s", "RETRY_BACKOFF_BASE=0.1")
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()
    _, verdict = attempt.check(crawl.process, "suspect")
    assert verdict["reasons"][0] == f"no response from the site: 127.0.0.1:{port}: timed out, robots.txt unreachable"


def test_markup_that_hides_every_card_is_not_published(job):
    attempt = Attempt(job)
    with FixtureSite(variant="markup-changed") as site:
        crawl = scrapy_crawl(job, "directory", *start_url(site.base_url))
    run, verdict = attempt.check(crawl.process, "suspect")
    assert any("publications fell to 0" in reason for reason in verdict["reasons"])
    assert read_jsonl(run / "publications.jsonl") == []
    assert len(read_jsonl(run / "profiles.jsonl")) > 0  # what the run did see is kept, beside the snapshot


def test_a_listing_with_nobody_on_it_is_not_published(job, tmp_path, fixture_site):
    variant = empty_listings(tmp_path / "empty-listing", "members-0", "alumni-0")
    attempt = Attempt(job)
    with FixtureSite(variant=variant) as site:
        crawl = scrapy_crawl(job, "directory", *start_url(site.base_url))
    run, _ = attempt.check(crawl.process, "suspect")
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["scope"]["listing_entries"] == 0 and manifest["scope"]["complete"] is True


def test_a_closespider_sample_is_kept_as_a_partial_run(job, fixture_site):
    attempt = Attempt(job)
    crawl = scrapy_crawl(job, "directory", *start_url(fixture_site.base_url), "-s", "CLOSESPIDER_PAGECOUNT=5")
    run, verdict = attempt.check(crawl.process, "partial")
    assert verdict["reasons"][0] == "stopped early: finish reason 'closespider_pagecount'"
    sample = read_jsonl(run / "profiles.jsonl")
    assert 0 < len(sample) < 70  # the records of the pages it did fetch, a sample to look at
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["scope"]["complete"] is False and manifest["scope"]["listing_complete"] is False


def test_sigterm_midway_keeps_the_snapshot(job, fixture_site):
    attempt = Attempt(job)
    command = crawl_command(job, "directory", *start_url(fixture_site.base_url), "-s", "DOWNLOAD_DELAY=0.05")
    start = len(fixture_site.requests)
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: len(fixture_site.requests) - start >= 10, what="10 requests")
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=600)
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    _, verdict = attempt.check(result, "partial")
    assert verdict["reasons"][0] == "stopped early: finish reason 'shutdown'"


def test_a_second_ctrl_c_exits_130_keeps_the_snapshot_and_the_same_command_resumes(job, tmp_path):
    # The alumni listing answers after a minute the first time: it is still in
    # flight when the graceful stop (the first Ctrl-C) waits for it.
    plan = FaultPlan.parse(["/en/directory?member-type=alumni=slow"], slow_seconds=60)
    with FixtureSite(faults=plan) as site:
        attempt = Attempt(job)
        command = crawl_command(job, "directory", *start_url(site.base_url), "-s", f"JOBDIR={tmp_path / 'jobdir'}",
                                "-s", "DOWNLOAD_DELAY=0.05", "-s", "FRONTIER_COMMIT_PAGES=1")
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: len(site.requests) >= 10, what="10 requests")
        process.send_signal(signal.SIGINT)
        log = job / "crawl.log"
        wait_for(lambda: "shutting down gracefully" in log.read_text(encoding="utf-8"), what="the graceful stop")
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=600)

        assert process.returncode == 130, stderr[-3000:]
        assert stderr.splitlines()[0].startswith("profilecrawler: not published (interrupted): stopped by force")
        assert "forcing unclean shutdown" in log.read_text(encoding="utf-8")
        assert published_bytes(job) == attempt.before
        assert JobFolder(job).published() == attempt.published_run

        resumed = Crawl(subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600), job)
        assert resumed.process.returncode == 0, resumed.process.stderr[-3000:]
        assert "Resuming the crawl" in resumed.log
        assert JobFolder(job).published() == resumed.run_dir
        assert len(resumed.profiles) == len(read_jsonl(attempt.published_run / "profiles.jsonl"))

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs."""
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        yield disk


def test_a_full_disk_during_the_export_keeps_the_snapshot(published, small_disk, tmp_path, fixture_site):
    job = small_disk / "job"
    shutil.copytree(published, job, symlinks=True, ignore=shutil.ignore_patterns("crawl.log", "httpcache"))
    attempt = Attempt(job)
    # Fill the disk but for a few kilobytes: the run folder is made, its export fails.
    filler = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    os.truncate(small_disk / "filler", os.path.getsize(small_disk / "filler") - 16 * 1024)
    logs = tmp_path / "logs"
    logs.mkdir()
    command = crawl_command(job, "directory", *start_url(fixture_site.base_url),
                            "-s", f"LOG_FILE={logs / 'crawl.log'}", "-s", f"HTTPCACHE_DIR={logs / 'httpcache'}")
    process = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    _, verdict = attempt.check(process, "partial")
    assert "No space left on device" in verdict["reasons"][0]
    log = (logs / "crawl.log").read_text()
    assert "The output could not be written" in log and "Traceback" not in process.stderr


def crawl_from(cwd: Path, spider: str, *args: str) -> subprocess.CompletedProcess:
    """``scrapy crawl`` with the default OUTPUT_DIR, from a folder of the test's
    (the project found by SCRAPY_SETTINGS_MODULE, as outside a checkout)."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "profilecrawler.settings"}
    command = crawl_command(cwd / "logs", spider, *args)
    at = command.index(f"OUTPUT_DIR={cwd / 'logs'}")
    del command[at - 1:at + 1]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_a_profile_run_never_replaces_the_directory_snapshot(tmp_path, fixture_site):
    directory = crawl_from(tmp_path, "directory", *start_url(fixture_site.base_url))
    assert directory.returncode == 0, directory.stderr[-3000:]
    directory_job = tmp_path / "output" / "directory-all"
    before = published_bytes(directory_job)
    assert len(read_jsonl(directory_job / "profiles.jsonl")) == 70

    url = f"url={fixture_site.base_url}/en/directory/raymond-li"
    on_demand = crawl_from(tmp_path, "profile", "-a", url)
    assert on_demand.returncode == 0, on_demand.stderr[-3000:]
    assert published_bytes(directory_job) == before
    profile_job = tmp_path / "output" / "profiles"
    assert [p["id"] for p in read_jsonl(profile_job / "profiles.jsonl")] == ["mila:raymond-li"]
    assert read_jsonl(profile_job / "changes.jsonl") == []  # its own scope's first run: nothing to compare

    # Told to write into the directory's folder, a profile run is refused at start.
    refused = subprocess.run(crawl_command(directory_job, "profile", "-a", url), cwd=REPO,
                             capture_output=True, text=True, timeout=600)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [refused.stderr.strip()]
    assert "holds the published snapshot of scope 'directory:all'" in refused.stderr
    assert published_bytes(directory_job) == before


@pytest.mark.parametrize("setting", ["OUTPUT_DIR", "JOBDIR", "HTTPCACHE_DIR"])
def test_an_unwritable_folder_stops_the_run_at_start_naming_the_path(tmp_path, fixture_site, setting):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bad = blocker / "nope"
    command = crawl_command(tmp_path / "out", "directory", *start_url(fixture_site.base_url),
                            "-s", f"{setting}={bad}")
    start = len(fixture_site.requests)
    process = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert process.returncode == 1
    assert process.stderr.strip().splitlines() == [f"profilecrawler: {setting} {bad} is not writable: Not a directory"]
    assert len(fixture_site.requests) == start  # nothing was crawled


@pytest.mark.parametrize("command", [["fetch", "--nolog", "{base}/en/directory/li-ming"],
                                     ["parse", "--nolog", "--spider=profile", "{base}/en/directory/li-ming"]])
def test_scrapy_commands_other_than_crawl_write_nothing(tmp_path, fixture_site, command):
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "profilecrawler.settings"}
    args = [part.replace("{base}", fixture_site.base_url) for part in command]
    subprocess.run([str(Path(crawl_command(tmp_path, "x")[0])), *args, "-s", "HTTPCACHE_ENABLED=False"],
                   cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert not (tmp_path / "output").exists()


def test_the_demo_twice_reports_no_changes(tmp_path):
    demo = [str(Path(crawl_command(tmp_path, "x")[0]).with_name("profilecrawler")), "demo",
            "--output-dir", str(tmp_path / "out")]
    for _ in range(2):  # each on a fresh port
        run = subprocess.run(demo, cwd=REPO, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr[-3000:]
    assert len(JobFolder(tmp_path / "out").run_ids()) == 2
    assert (tmp_path / "out" / "changes.jsonl").read_bytes() == b""
    assert "0 added, 0 changed, 0 removed" in run.stdout


def test_sigkill_while_publishing_then_the_resumed_run_publishes(job, fixture_site):
    """Killed as soon as the run has its verdict (the moment it publishes): a
    reader sees one whole snapshot, the old or the new; the same command run
    again publishes."""
    jobdir = job.parent / "jobdir"
    command = crawl_command(job, "directory", *start_url(fixture_site.base_url), "-s", f"JOBDIR={jobdir}")
    runs_before = set(JobFolder(job).run_ids())
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: any((job / "runs" / r / "verdict.json").exists()
                             for r in set(JobFolder(job).run_ids()) - runs_before) or process.poll() is not None,
                 what="the verdict")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    current = JobFolder(job).published()
    manifest = json.loads((current / "manifest.json").read_text())
    assert manifest["run_id"] == current.name
    assert len(read_jsonl(current / "profiles.jsonl")) == manifest["files"]["profiles.jsonl"]
    assert json.loads((job / "manifest.json").read_text())["run_id"] == current.name

    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    newest = JobFolder(job).published()
    assert newest.name == max(JobFolder(job).run_ids())
    assert Crawl(again, job).stats["job/verdict"] == "published"
