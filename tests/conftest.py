"""Shared test fixtures: the real fixture server on 127.0.0.1 and real
``scrapy crawl`` processes against it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from profilecrawler.fixture_server import FixtureSite

REPO = Path(__file__).resolve().parents[1]
SCRAPY = str(Path(sys.executable).with_name("scrapy"))
# Our own server on loopback: nothing to be polite for.
LOOPBACK = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


@pytest.fixture(scope="session")
def fixture_site():
    with FixtureSite() as site:
        yield site


def project_copy(folder: Path) -> Path:
    """The project's tracked files as they are in this checkout (without its
    tests and benchmarks), in ``folder``: a clean clone, as a newcomer has."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (REPO / name).is_file() and not name.startswith(("tests/", "benchmarks/")):
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, folder / name)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Crawl:
    """The outcome of one ``scrapy crawl`` process."""

    def __init__(self, process: subprocess.CompletedProcess, output_dir: Path):
        self.process = process
        self.output_dir = output_dir
        self.log = (output_dir / "crawl.log").read_text(encoding="utf-8") if (output_dir / "crawl.log").exists() else ""
        runs = sorted(path for path in (output_dir / "runs").glob("*") if path.is_dir())
        self._run_dir = runs[-1] if runs else None

    @property
    def profiles(self) -> list[dict]:
        """This run's profiles, published or not (the published ones:
        ``output_dir / "profiles.jsonl"``)."""
        return read_jsonl(self.run_dir / "profiles.jsonl")

    @property
    def publications(self) -> list[dict]:
        return read_jsonl(self.run_dir / "publications.jsonl")

    @property
    def run_dir(self) -> Path:
        """The folder of this crawl's run: the newest in OUTPUT_DIR/runs when it ended."""
        if self._run_dir is None:
            raise AssertionError(f"the crawl made no run folder in {self.output_dir}: {self.process.stderr[-2000:]}")
        return self._run_dir

    @property
    def stats(self) -> dict:
        """This run's stats, published or not."""
        return json.loads((self.run_dir / "stats.json").read_text(encoding="utf-8"))


def crawl_command(output_dir: Path, spider: str, *args: str) -> list[str]:
    """``scrapy crawl SPIDER`` writing to output_dir, with loopback defaults;
    a test's own ``-s`` settings come after them and win."""
    output_dir.mkdir(parents=True, exist_ok=True)
    return [SCRAPY, "crawl", spider, *LOOPBACK,
            "-s", f"OUTPUT_DIR={output_dir}", "-s", f"LOG_FILE={output_dir / 'crawl.log'}",
            "-s", f"HTTPCACHE_DIR={output_dir / 'httpcache'}", *args]


def scrapy_crawl(output_dir: Path, spider: str, *args: str) -> Crawl:
    """Run ``scrapy crawl SPIDER ARGS`` from the project folder, as a user would."""
    command = crawl_command(output_dir, spider, *args)
    process = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    return Crawl(process, output_dir)


EMPTY_LISTING = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Directory | Mila</title></head>"
    "<body><main><div class='view view-directory'><div class='view-content'></div></div></main></body></html>"
)


def empty_listings(variant: Path, *pages: str) -> Path:
    """A fixture-site variant folder whose listing ``pages`` (``members-1``, …)
    list nobody and link no further page."""
    listing = variant / "en" / "directory" / "listing"
    listing.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (listing / f"{page}.html").write_text(EMPTY_LISTING, encoding="utf-8")
    return variant


def wait_for(condition, timeout: float = 120.0, what: str = "condition") -> None:
    """Wait until ``condition()`` is true (polling), or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def without_volatile(records: list[dict]) -> list[dict]:
    """Records as compared across runs: ``crawled_at`` is the only field that may differ."""
    return [{k: v for k, v in record.items() if k != "crawled_at"} for record in records]


@contextmanager
def small_tmpfs(mount_point: Path, size: str):
    """A tmpfs of ``size`` (``2m``) mounted at ``mount_point``: a real file system
    that fills up. ``mount`` needs root: the test skips, saying why, when it
    cannot mount one, except under CI=true, where it fails."""
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        why = f"cannot mount a tmpfs here (root is needed): {mounted.stderr.strip() or 'mount failed'}"
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
