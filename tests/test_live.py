"""The live progress line on a terminal (profilecrawler.live): a real pseudo
terminal as the crawl's stderr; a pipe (every other test) gets no such line."""

from __future__ import annotations

import os
import pty
import select
import subprocess

from conftest import REPO, crawl_command
from profilecrawler.live import clock, live_line


def test_the_line_says_profiles_pages_failures_elapsed_and_eta():
    assert live_line(34, 70, 85, 2, 41.0) == "profiles 34/70 | pages 85 | failures 2 | 0:41 elapsed | ETA 0:43"
    assert live_line(0, None, 3, 0, 5.0) == "profiles 0/? | pages 3 | failures 0 | 0:05 elapsed"
    assert clock(3723) == "1:02:03"


def test_a_crawl_on_a_terminal_keeps_one_live_line_and_clears_it(fixture_site, tmp_path):
    command = crawl_command(tmp_path / "out", "directory", "-a", f"start_url={fixture_site.base_url}/en/directory",
                            "-s", "DOWNLOAD_DELAY=0.02", "-s", "LIVE_PROGRESS_INTERVAL=0.05")
    master, slave = pty.openpty()
    process = subprocess.Popen(command, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        assert ready, "no output from the crawl for 120 s"
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the crawl ended and closed its end
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0
    screen = seen.decode("utf-8")
    lines = [part for part in screen.split("\r\x1b[K") if part]
    assert len(lines) >= 3  # redrawn while the crawl ran
    assert all(line.startswith("profiles ") and " elapsed" in line for line in lines)
    assert any(" | ETA " in line for line in lines)
    assert screen.endswith("\r\x1b[K")  # cleared at the end: nothing else on the terminal
