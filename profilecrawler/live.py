"""One live progress line on a terminal (issue 11).

When standard error is a terminal (and ``LIVE_PROGRESS`` is not off), a crawl
that writes output keeps one line up to date there, every
``LIVE_PROGRESS_INTERVAL`` seconds::

    profiles 34/70 | pages 85 | failures 2 | 0:41 elapsed | ETA 0:43

A log record written to the same terminal first clears the line (a filter on
the stderr log handlers), so log lines and the live line never mix; the line is
drawn again at the next tick and cleared when the spider closes. Scheduled runs
(no terminal) keep the ``Progress:`` log lines only (profilecrawler.progress).
"""

from __future__ import annotations

import logging
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from profilecrawler.publish import writes_output

CLEAR = "\r\x1b[K"


def clock(seconds: float) -> str:
    """``1:02:03`` or ``2:03``."""
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def live_line(done: int, discovered: int | None, pages: int, failures: int, elapsed: float) -> str:
    """The live line. ETA from the profiles done so far (unknown until one is,
    or while the number of profiles is not known)."""
    total = "?" if discovered is None else str(discovered)
    line = f"profiles {done}/{total} | pages {pages} | failures {failures} | {clock(elapsed)} elapsed"
    if discovered and done:
        line += f" | ETA {clock(elapsed / done * max(discovered - done, 0))}"
    return line


class _ClearLine(logging.Filter):
    """Clears the live line before a log record is written to the terminal."""

    def __init__(self, stream):
        super().__init__()
        self.stream = stream

    def filter(self, record) -> bool:
        self.stream.write(CLEAR)
        return True


class LiveProgress:
    def __init__(self, crawler, stream):
        self.crawler = crawler
        self.stats = crawler.stats
        self.stream = stream
        self.interval = crawler.settings.getfloat("LIVE_PROGRESS_INTERVAL", 0.5)
        self.started = time.monotonic()
        self.loop = None
        self.spider = None
        self.clear = _ClearLine(stream)
        self.handlers = []

    @classmethod
    def from_crawler(cls, crawler, stream=None):
        stream = stream or sys.stderr
        mode = str(crawler.settings.get("LIVE_PROGRESS", "auto")).lower()
        if mode in ("0", "false", "off", "no") or not writes_output(crawler):
            raise NotConfigured()
        if mode == "auto" and not stream.isatty():
            raise NotConfigured()  # a scheduled run: the log lines say it
        extension = cls(crawler, stream)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.spider = spider
        self.started = time.monotonic()
        for handler in logging.getLogger().handlers:
            if getattr(handler, "stream", None) is self.stream:
                handler.addFilter(self.clear)
                self.handlers.append(handler)
        self.loop = create_looping_call(self.draw)
        self.loop.start(self.interval, now=True)

    def line(self) -> str:
        discovered = self.stats.get_value("profiles/discovered")
        if discovered is None:
            urls = getattr(self.spider, "urls", None)  # the profile spider is given its profiles
            discovered = len(urls) if urls is not None else None
        return live_line(int(self.stats.get_value("profiles/parsed", 0) or 0), discovered,
                         int(self.stats.get_value("pages/fetched", 0) or 0),
                         int(self.stats.get_value("failures/count", 0) or 0), time.monotonic() - self.started)

    def draw(self):
        self.stream.write(CLEAR + self.line())
        self.stream.flush()

    def spider_closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.stream.write(CLEAR)
        self.stream.flush()
        for handler in self.handlers:
            handler.removeFilter(self.clear)
