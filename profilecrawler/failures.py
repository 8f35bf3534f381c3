"""Why a request could not be fetched, as a short code for ``failures.jsonl``."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

# Matched against the names of the exception's classes, so that Twisted's
# errors and the ones newer Scrapy versions wrap them in map alike.
_BY_CLASS_NAME = (
    (("Timeout", "TimedOut"), "timeout"),
    (("ConnectionRefused",), "connection_refused"),
    (("DNSLookup", "CannotResolveHost"), "dns"),
    (("ConnectionLost", "ConnectionDone", "DataLoss", "ResponseFailed", "DownloadFailed", "ConnectError"),
     "connection_lost"),
)
_IGNORED_BECAUSE = (
    # First: a host whose robots.txt could not be read (5xx, timeout, connection
    # error) is disallowed altogether (profilecrawler.middlewares).
    ("robots.txt unreachable", "robots_txt_unreachable"),
    ("robots.txt", "robots_txt"),
    ("truncated body", "truncated_body"),
    ("offsite", "offsite"),
    ("redirect", "redirect_loop"),
)


def failure_reason(failure) -> str:
    """``http_503``, ``timeout``, ``robots_txt``, ``robots_txt_unreachable``, ``too_large``, … or ``other``."""
    value = failure.value
    if isinstance(value, HttpError):
        return f"http_{value.response.status}"
    message = str(value).lower()
    if isinstance(value, IgnoreRequest):
        return next((code for words, code in _IGNORED_BECAUSE if words in message), "ignored")
    names = " ".join(cls.__name__ for cls in type(value).__mro__)
    if "Cancelled" in names:
        return "too_large" if "size" in message else "cancelled"
    for fragments, code in _BY_CLASS_NAME:
        if any(fragment in names for fragment in fragments):
            return code
    return "other"


def failure_status(failure) -> int | None:
    value = failure.value
    return value.response.status if isinstance(value, HttpError) else None
