"""Distributed crawls (profilecrawler.distributed): several real ``scrapy crawl``
workers sharing a real Redis (a throwaway ``redis-server`` on a free loopback
port), crawling the fixture site; their published output against a
single-process crawl of the same site."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from profilecrawler.fixture_server import FaultPlan, FixtureSite
from tests.conftest import REPO, crawl_command, free_port, scrapy_crawl, wait_for, without_volatile

redis = pytest.importorskip("redis", reason="pip install 'profilecrawler[distributed]' (scrapy-redis, redis)")

PREFIX = "pctest"
SNAPSHOT = ("profiles", "publications", "failures")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A throwaway redis-server on a free loopback port, keeping nothing on disk."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed: the distributed tests need one")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)

    def up():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    try:
        wait_for(up, timeout=30, what="redis-server to answer")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=30)


def slow_plan(first_listing: list[str] = ()) -> FaultPlan:
    return FaultPlan(by_path={"/en/directory": list(first_listing)} if first_listing else {}, retry_after=2,
                     random_rate=1.0, random_kinds=("slow",), random_max_per_path=1, slow_seconds=0.25)


@pytest.fixture(scope="module")
def slow_server():
    with FixtureSite() as site:
        yield site


@pytest.fixture
def slow_site(slow_server):
    """The fixture site answering each page after 0.25 s (the first request of
    each path, counted from this test on): crawls long enough for every worker
    to take part."""
    slow_server.set_faults(slow_plan())
    return slow_server


@pytest.fixture(scope="module")
def single(tmp_path_factory, fixture_site):
    """The published output of a single-process crawl of the whole site."""
    crawl = scrapy_crawl(tmp_path_factory.mktemp("single"), "directory",
                         "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return snapshot(crawl.output_dir, fixture_site.base_url)


def start_worker(output_dir: Path, site, redis_url: str, job: str, *args: str) -> subprocess.Popen:
    command = crawl_command(output_dir, "directory", "-a", f"start_url={site.base_url}/en/directory",
                            "-s", f"REDIS_URL={redis_url}", "-s", f"JOB_NAME={job}",
                            "-s", f"REDIS_KEY_PREFIX={PREFIX}", *args)
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(workers: list[subprocess.Popen]) -> list[tuple[int, str]]:
    return [(w.wait(timeout=600), w.communicate()[1]) for w in workers]


def published(folders: list[Path]) -> Path:
    """The one folder holding a published snapshot."""
    holders = [folder for folder in folders if (folder / "profiles.jsonl").exists()]
    assert len(holders) == 1, f"published in {holders}"
    return holders[0]


def snapshot(folder: Path, base_url: str) -> dict:
    """The published records, the fixture server's address replaced (the
    single-process crawl ran against another port)."""
    def records(name):
        text = (folder / f"{name}.jsonl").read_text(encoding="utf-8").replace(base_url, "http://fixture")
        return without_volatile([json.loads(line) for line in text.splitlines() if line.strip()])

    return {name: records(name) for name in SNAPSHOT}


def run_stats(folder: Path) -> dict:
    runs = sorted(p for p in (folder / "runs").iterdir() if p.is_dir())
    return json.loads((runs[-1] / "stats.json").read_text(encoding="utf-8"))


def keys(redis_url: str, pattern: str) -> list[bytes]:
    return list(redis.Redis.from_url(redis_url).scan_iter(match=pattern))


def assert_same(output: dict, single: dict) -> None:
    for name in SNAPSHOT:
        assert len(output[name]) == len(single[name]), name
        for got, expected in zip(output[name], single[name]):
            assert got == expected, f"{name} {expected.get('id') or expected.get('url')}"


@pytest.mark.parametrize("count", [2, 3])
def test_workers_publish_the_single_process_output(tmp_path, redis_url, slow_site, single, count):
    job = f"fleet{count}"
    # The first listing page first answers 429 with Retry-After: 2, which holds
    # the fleet for 2 s: workers started after the first (a loaded machine
    # starts Python slowly) still find work.
    slow_site.set_faults(slow_plan(["429"]))
    other = redis.Redis.from_url(redis_url)
    other.set(f"{PREFIX}:another-job:run", "untouched")  # another job's key
    folders = [tmp_path / f"worker{i}" for i in range(count)]
    outcomes = finish([start_worker(folder, slow_site, redis_url, job) for folder in folders])

    for code, stderr in outcomes:
        assert code == 0, stderr[-3000:]
        assert "Traceback" not in stderr and "DeprecationWarning" not in stderr, stderr[-3000:]
    publisher = published(folders)
    assert_same(snapshot(publisher, slow_site.base_url), single)
    stats = run_stats(publisher)
    assert stats["fleet/role"] == "publisher" and stats["fleet/workers"] == count
    pages = {name: value for name, value in stats.items() if name.startswith("fleet/pages/")}
    assert len(pages) == count and all(value > 0 for value in pages.values()), pages
    assert sum(pages.values()) == stats["frontier/pages_done"]
    for folder in folders:
        assert "deprecat" not in (folder / "crawl.log").read_text(encoding="utf-8").lower()  # issue 13.6
        if folder != publisher:
            worker = run_stats(folder)
            assert worker["job/verdict"] == "worker" and worker["fleet/role"] == "worker"
    # The finished run's keys are gone; another job's are not.
    left = [key for key in keys(redis_url, f"{PREFIX}:{job}:*") if b":host:" not in key]  # politeness keys expire
    assert left == [], left
    assert other.get(f"{PREFIX}:another-job:run") == b"untouched"

    # A second run of the same job crawls again (one worker this time): a full output.
    again = tmp_path / "again"
    code, stderr = finish([start_worker(again, slow_site, redis_url, job)])[0]
    assert code == 0, stderr[-3000:]
    assert run_stats(again)["fleet/run"] != stats["fleet/run"]
    assert_same(snapshot(again, slow_site.base_url), single)


def _leases_of(redis_url: str, job: str, pid: int) -> int:
    client = redis.Redis.from_url(redis_url)
    total = 0
    for key in client.scan_iter(match=f"{PREFIX}:{job}:*:processing"):
        total += sum(f"-{pid}-".encode() in holder for holder in client.hvals(key))
    return total


def _done(redis_url: str, job: str) -> int:
    client = redis.Redis.from_url(redis_url)
    return sum(int(client.get(key) or 0) for key in client.scan_iter(match=f"{PREFIX}:{job}:*:done"))


def test_a_killed_worker_loses_nothing(tmp_path, redis_url, slow_site, single):
    job = "killone"
    folders = [tmp_path / "survivor", tmp_path / "victim"]
    lease = ["-s", "FLEET_LEASE_SECONDS=2"]
    survivor = start_worker(folders[0], slow_site, redis_url, job, *lease)
    victim = start_worker(folders[1], slow_site, redis_url, job, *lease)
    wait_for(lambda: _leases_of(redis_url, job, victim.pid) > 0 and _done(redis_url, job) >= 10,
             timeout=120, what="the victim to hold leases midway")
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    code, stderr = finish([survivor])[0]
    assert code == 0, stderr[-3000:]
    assert_same(snapshot(folders[0], slow_site.base_url), single)
    stats = run_stats(folders[0])
    assert stats.get("fleet/reclaimed", 0) > 0  # the victim's leases came back
    assert stats["fleet/workers_lost"] == 1


def test_a_worker_stopped_with_ctrl_c_leaves_nothing_taken(tmp_path, redis_url, slow_site, single):
    job = "ctrlc"
    folders = [tmp_path / "stays", tmp_path / "stopped"]
    stays = start_worker(folders[0], slow_site, redis_url, job)
    stopped = start_worker(folders[1], slow_site, redis_url, job)
    wait_for(lambda: _leases_of(redis_url, job, stopped.pid) > 0 and _done(redis_url, job) >= 10,
             timeout=120, what="the worker to hold leases midway")
    stopped.send_signal(signal.SIGINT)
    code, stderr = finish([stopped])[0]
    assert code == 2, stderr[-3000:]
    assert stderr.strip().splitlines()[0].startswith("profilecrawler: not published (partial): stopped early")
    assert _leases_of(redis_url, job, stopped.pid) == 0  # given back at once, not after FLEET_LEASE_SECONDS
    code, stderr = finish([stays])[0]
    assert code == 0, stderr[-3000:]
    assert_same(snapshot(folders[0], slow_site.base_url), single)
    assert run_stats(folders[1])["job/verdict"] == "partial"


def test_a_fleet_killed_whole_resumes(tmp_path, redis_url, slow_site, single):
    job = "killall"
    lease = ["-s", "FLEET_LEASE_SECONDS=2"]
    first = [start_worker(tmp_path / f"first{i}", slow_site, redis_url, job, *lease) for i in range(2)]
    wait_for(lambda: _done(redis_url, job) >= 20, timeout=120, what="20 pages done")
    for worker in first:
        worker.send_signal(signal.SIGKILL)
    for worker in first:
        worker.wait(timeout=30)
    assert _done(redis_url, job) < len(single["profiles"]) + 20  # killed midway, not at the end
    folders = [tmp_path / f"again{i}" for i in range(2)]
    outcomes = finish([start_worker(folder, slow_site, redis_url, job, *lease) for folder in folders])
    for code, stderr in outcomes:
        assert code == 0, stderr[-3000:]
    publisher = published(folders)
    assert_same(snapshot(publisher, slow_site.base_url), single)
    assert run_stats(publisher)["frontier/resumed_with_done"] >= 20


def test_one_politeness_budget_for_the_fleet(tmp_path, redis_url):
    delay, retry_after = 0.2, 2
    plan = FaultPlan(by_path={"/en/directory/charlotte-dube": ["429"]}, retry_after=retry_after)
    with FixtureSite(faults=plan) as site:
        workers = [start_worker(tmp_path / name, site, redis_url, "polite", "-s", f"DOWNLOAD_DELAY={delay}",
                                "-s", f"DEFAULT_REQUEST_HEADERS={json.dumps({'X-Worker': name})}",
                                "-a", "status=alumni")
                   for name in ("a", "b")]
        outcomes = finish(workers)
        log = site.requests.snapshot()
    for code, stderr in outcomes:
        assert code == 0, stderr[-3000:]
    times = sorted(record.time for record in log)
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    assert len(times) > 20 and min(gaps) >= delay - 0.05, sorted(gaps)[:5]
    by_worker = {record.headers.get("x-worker") for record in log}
    assert by_worker == {"a", "b"}
    limited = [record for record in log if record.status == 429]
    assert len(limited) == 1
    held_until = limited[0].time + retry_after
    other = {"a": "b", "b": "a"}[limited[0].headers["x-worker"]]
    theirs = [record.time for record in log if record.headers.get("x-worker") == other and record.time > limited[0].time]
    assert theirs, "the other worker sent nothing after the 429"
    assert min(theirs) >= held_until - 0.1, (min(theirs) - limited[0].time)


def test_a_worker_whose_redis_goes_away_says_so(tmp_path, slow_site):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                               "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_for(lambda: _answers(url), timeout=30, what="redis-server to answer")
        worker = start_worker(tmp_path / "w", slow_site, url, "lost", "-s", "FLEET_LEASE_SECONDS=2")
        wait_for(lambda: _done(url, "lost") >= 5, timeout=120, what="5 pages done")
    finally:
        server.kill()
        server.wait(timeout=30)
    code, stderr = finish([worker])[0]
    assert code == 2, stderr[-3000:]
    first = stderr.strip().splitlines()[0]
    assert first.startswith("profilecrawler: not published (partial): Redis could not be used"), stderr[-3000:]
    assert not (tmp_path / "w" / "profiles.jsonl").exists()
    log = (tmp_path / "w" / "crawl.log").read_text(encoding="utf-8")
    assert log.count("cannot be used") == 1 and "Traceback" not in log  # one clear line, not one per request


def _answers(url: str) -> bool:
    try:
        return redis.Redis.from_url(url).ping()
    except redis.ConnectionError:
        return False


@pytest.mark.parametrize("setting, message", [
    (["-s", "REDIS_URL=redis://127.0.0.1:{free}/0", "-s", "JOB_NAME=x"], "REDIS_URL"),
    (["-s", "REDIS_URL={redis}", "-s", "JOB_NAME=two words"], "JOB_NAME"),
    (["-s", "REDIS_URL={redis}"], "JOB_NAME"),
    (["-s", "REDIS_URL={redis}", "-s", "JOB_NAME=x", "-s", "JOBDIR={jobdir}"], "JOBDIR"),
])
def test_bad_fleet_settings_say_so_in_one_line(tmp_path, redis_url, fixture_site, setting, message):
    args = [part.format(free=free_port(), redis=redis_url, jobdir=tmp_path / "job") for part in setting]
    command = crawl_command(tmp_path, "directory", "-a", f"start_url={fixture_site.base_url}/en/directory", *args)
    process = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert process.returncode == 1, process.stderr[-2000:]
    first = process.stderr.strip().splitlines()[0]
    assert first.startswith("profilecrawler:") and message in first, process.stderr[-2000:]
    assert "Traceback" not in process.stderr
