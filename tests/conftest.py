"""Shared test fixtures: the real fixture server on 127.0.0.1 and real
``scrapy crawl`` processes against it."""

from __future__ import annotations

import json
import subprocess
import sys
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


def scrapy_crawl(output_dir: Path, spider: str, *args: str) -> Crawl:
    """Run ``scrapy crawl SPIDER ARGS`` from the project folder, as a user would."""
    output_dir.mkdir(parents=True, exist_ok=True)
    command = [SCRAPY, "crawl", spider, *args, *LOOPBACK,
               "-s", f"OUTPUT_DIR={output_dir}", "-s", f"LOG_FILE={output_dir / 'crawl.log'}"]
    process = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    return Crawl(process, output_dir)
