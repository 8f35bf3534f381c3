"""Checks of the URLs a crawl is started from (``-a url=``, ``-a urls_file=``,
``-a start_url=``, ``-a status=``).

A start argument is the only input a crawl takes from its user rather than from
the site, so it is checked before anything is fetched or written: an absolute
http(s) URL with a host, on the site's URL pattern for that argument. Anything
else (``file:``, ``javascript:``, ``data:``, a relative path, a profile URL as a
listing) is a StartupError: ``scrapy crawl`` prints it as one line on stderr and
exits 1, whatever ``LOG_FILE`` says (profilecrawler.commands.crawl).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from profilecrawler.errors import StartupError

WEB_SCHEMES = ("http", "https")


def web_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host (no ``file:``,
    ``javascript:``, ``data:`` or relative URL)."""
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)
    except ValueError:  # an invalid IPv6 host, a bad port
        return False


def checked_url(argument: str, url: str, fits: Callable[[str], bool], expected: str) -> str:
    """``url`` stripped of surrounding whitespace, when it is a web URL that
    ``fits`` the site's pattern; else a StartupError naming ``argument`` and
    what was ``expected``."""
    url = url.strip()
    if not web_url(url) or not fits(url):
        raise StartupError(f"-a {argument}={url[:200]!s}: not {expected}")
    return url


def checked_choice(argument: str, value: str, choices) -> str:
    """``value`` when it is one of ``choices``; else a StartupError listing them."""
    if value not in choices:
        raise StartupError(f"-a {argument}={value[:200]!s}: expected one of {'|'.join(choices)}")
    return value
