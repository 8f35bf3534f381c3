"""Errors that stop a crawl before it starts, reported as one line."""

from __future__ import annotations


class StartupError(RuntimeError):
    """The crawl cannot start (an unwritable folder, an output folder that
    belongs to another scope, …). ``scrapy crawl`` prints the message as one
    line on stderr, without a traceback, and exits with ``exit_code``."""

    exit_code = 1
