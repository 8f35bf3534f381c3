"""The ``profilecrawler`` command's own flags."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from conftest import REPO


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "profilecrawler", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def test_version_is_the_installed_one():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"profilecrawler {version('profilecrawler')}"


def test_help_is_plain_text_and_whole():
    done = run("--help")
    assert done.returncode == 0
    assert "``" not in done.stdout and "scrapy crawl profile." in " ".join(done.stdout.split())
