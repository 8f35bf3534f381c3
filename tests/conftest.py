"""Shared test fixtures: the real fixture server on 127.0.0.1 and real
``scrapy crawl`` processes against it."""

from __future__ import annotations

import json
import subprocess
import sys
import time
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


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Crawl:
    """The outcome of one ``scrapy crawl`` process."""

    def __init__(self, process: subprocess.CompletedProcess, output_dir: Path):
        self.process = process
        self.output_dir = output_dir
        self.log = (output_dir / "crawl.log").read_text(encoding="utf-8") if (output_dir / "crawl.log").exists() else ""

    @property
    def profiles(self) -> list[dict]:
        return read_jsonl(self.output_dir / "profiles.jsonl")

    @property
    def publications(self) -> list[dict]:
        return read_jsonl(self.output_dir / "publications.jsonl")

    @property
    def stats(self) -> dict:
        return json.loads((self.output_dir / "stats.json").read_text(encoding="utf-8"))


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
