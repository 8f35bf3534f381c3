"""Downloader middlewares of profilecrawler: politeness under server trouble.

``RetryAfterMiddleware`` (priority 560, next to Scrapy's ``RetryMiddleware`` at
550, which keeps doing the retrying itself):

* a 429 or 503 with a ``Retry-After`` header (seconds or an HTTP date) holds
  every request to that host (Scrapy's download slot) until the time the server
  asked for, capped by ``RETRY_AFTER_MAX``;
* any other 5xx, a 429/503 without a readable ``Retry-After``, and a connection
  error or timeout that ``RetryMiddleware`` retries hold the host for an
  exponential backoff: ``RETRY_BACKOFF_BASE`` × 2^(attempt-1) seconds, capped by
  ``RETRY_BACKOFF_MAX`` (attempt 1 is the first failure of a request).

A status is read from the ``response_downloaded`` signal, which comes before the
download slot starts its next request and before any middleware, the retry
included, sees the response. Holding is done on the event loop's clock, never
with a blocking sleep: the requests already queued in the host's download slot
wait with the slot (its queue is paused as ``DOWNLOAD_DELAY`` pauses it), and
the requests still to come wait in ``process_request``; other hosts, parsing and
exporting go on. After ``RETRY_TIMES`` retries ``RetryMiddleware`` gives up, logs
it and counts it (``retry/max_reached``).

``OffsiteRedirectMiddleware`` (priority 610, before ``RedirectMiddleware`` at
600): a redirect whose target is outside the spider's ``allowed_domains`` is
refused *before* it is followed, with an :class:`OffsiteRedirect` error (an
``IgnoreRequest``) that reaches the request's errback, so the page is recorded
as a failure instead of vanishing. (Scrapy's own offsite filter would drop the
redirected request silently when it is scheduled; it stays on as a second
guard for every other request.)

``UnreachableHostMiddleware`` (priority 570): a host that has never answered
and on which one request has already used up its retries with a connection
error (DNS, refused, timeout) is unreachable; its other requests are tried
once, without retries, so that a run that reaches nothing ends as soon as its
start requests have failed instead of backing off again for each of them. The
first answer from the host lifts it. Stats: ``hosts/unreachable``,
``hosts/unreachable/not_retried``.

``UnreachableRobotsTxtMiddleware`` (in place of Scrapy's ``RobotsTxtMiddleware``,
at its priority 100): RFC 9309 sections 2.3.1.3 and 2.3.1.4. A robots.txt that
answers 4xx (a 404) allows everything, as in Scrapy; a redirect is followed as in
Scrapy. A robots.txt that cannot be read, a 5xx once its retries are used up or a
timeout or connection error after its retries, makes the host disallowed: every
request to it is refused with :class:`RobotsTxtUnreachable` (an
``IgnoreRequest``, failure ``robots_txt_unreachable``), nothing but robots.txt is
ever requested from it. One WARNING per host says so; stat
``robotstxt/unreachable`` counts such hosts. (Scrapy would allow everything.)

``ContactUserAgentMiddleware`` (in place of Scrapy's ``UserAgentMiddleware``):
the User-Agent ``profilecrawler/<version> (+<CONTACT_URL>)``, built when the crawl
starts so that ``-s CONTACT_URL=…`` changes it; ``-s USER_AGENT=…`` overrides it.

Stats: ``retry_after/honoured``, ``retry_after/seconds`` (sum of the waits asked
for), ``backoff/applied``, ``backoff/seconds``, ``offsite/redirect_refused``.
"""

from __future__ import annotations

import logging
import time
from email.utils import parsedate_to_datetime
from datetime import timezone
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.asyncio import call_later, sleep
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import _load_objects
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure
from w3lib.encoding import http_content_type_encoding

from profilecrawler import bodies

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value (delta-seconds or an
    HTTP date); None when absent or unreadable. Never negative."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class RetryAfterMiddleware:
    """Honour ``Retry-After`` on 429/503 and back off exponentially on other
    server errors, per host (see the module docstring)."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 600.0)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_http_codes = {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}
        self.retry_times = settings.getint("RETRY_TIMES")
        self.retry_exceptions = tuple(_load_objects(settings.getlist("RETRY_EXCEPTIONS")))
        # download slot key -> time.monotonic() before which no request may start
        self.not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler)
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    @property
    def downloader(self):
        return getattr(getattr(self.crawler, "engine", None), "downloader", None)

    def slot_key(self, request) -> str:
        if self.downloader is not None:
            return self.downloader.get_slot_key(request)
        return urlparse_cached(request).hostname or ""

    # --- holding a host -------------------------------------------------------------

    def hold(self, key: str, seconds: float) -> None:
        """No request to ``key`` starts in the next ``seconds``: neither those still
        to come (``process_request`` waits) nor those already queued in the
        download slot (its queue is paused)."""
        until = time.monotonic() + seconds
        if until <= self.not_before.get(key, 0.0):
            return
        self.not_before[key] = until
        self.pause_slot(key, seconds)

    def pause_slot(self, key: str, seconds: float) -> None:
        # Scrapy's downloader holds a slot's queue while ``slot.latercall`` is set
        # (that is how DOWNLOAD_DELAY works) and resumes it in ``_latercall``. A
        # request that got past process_request before the hold waits there.
        downloader = self.downloader
        slot = getattr(downloader, "slots", {}).get(key)
        resume = getattr(downloader, "_latercall", None)
        if slot is None or resume is None or not hasattr(slot, "latercall"):
            return
        if slot.latercall is not None:
            slot.latercall.cancel()  # a DOWNLOAD_DELAY wait, shorter than this one
        slot.latercall = call_later(seconds, resume, slot)

    async def process_request(self, request):
        key = self.slot_key(request)
        # A loop: the hold may be extended while this request waits.
        while (wait := self.not_before.get(key, 0.0) - time.monotonic()) > 0:
            logger.debug("Holding %s for %.2f s (host %s asked to wait)", request, wait, key)
            await sleep(wait)
        return None

    # --- what sets a hold -----------------------------------------------------------

    def response_downloaded(self, response, request, spider=None):
        # The signal comes as soon as the answer is in, before the download slot
        # starts its next request and before any middleware (RetryMiddleware's
        # retry included) sees the response.
        status = response.status
        if status in RETRY_AFTER_STATUSES:
            seconds = parse_retry_after(response.headers.get(b"Retry-After"))
            if seconds is not None:
                if seconds > self.retry_after_max:
                    logger.info(
                        "Retry-After of %.0f s from %s capped at RETRY_AFTER_MAX=%.0f s",
                        seconds, response.url, self.retry_after_max,
                    )
                    seconds = self.retry_after_max
                key = self.slot_key(request)
                self.hold(key, seconds)
                self.stats.inc_value("retry_after/honoured")
                self.stats.inc_value("retry_after/seconds", seconds)
                logger.info(
                    "%s answered %d with Retry-After: holding requests to %s for %.1f s",
                    response.url, status, key, seconds,
                )
                return
        if (status >= 500 or status in self.retry_http_codes) and not request.meta.get("dont_retry"):
            self.back_off(request, f"HTTP {status}")

    def process_exception(self, request, exception):
        # A connection that failed for the last time is not retried: holding the
        # host then would only delay the next request (of a host that answers no
        # one, the end of the run).
        final = request.meta.get("retry_times", 0) >= request.meta.get("max_retry_times", self.retry_times)
        if isinstance(exception, self.retry_exceptions) and not request.meta.get("dont_retry") and not final:
            self.back_off(request, type(exception).__name__)
        return None

    def back_off(self, request, reason: str) -> None:
        attempt = request.meta.get("retry_times", 0) + 1
        seconds = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        if seconds <= 0:
            return
        key = self.slot_key(request)
        self.hold(key, seconds)
        self.stats.inc_value("backoff/applied")
        self.stats.inc_value("backoff/seconds", seconds)
        logger.debug(
            "%s failed (%s, attempt %d): backing off host %s for %.2f s",
            request.url, reason, attempt, key, seconds,
        )


class UnreachableHostMiddleware:
    """Stop retrying on a host that never answered (see the module docstring)."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.max_retry_times = crawler.settings.getint("RETRY_TIMES")
        self.retry_exceptions = tuple(_load_objects(crawler.settings.getlist("RETRY_EXCEPTIONS")))
        self.answered: set[str] = set()
        self.unreachable: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        if urlparse_cached(request).netloc in self.unreachable and not request.meta.get("dont_retry"):
            request.meta["dont_retry"] = True
            self.stats.inc_value("hosts/unreachable/not_retried")
        return None

    def process_response(self, request, response):
        host = urlparse_cached(request).netloc
        self.answered.add(host)
        self.unreachable.discard(host)
        return response

    def process_exception(self, request, exception):
        host = urlparse_cached(request).netloc
        if host in self.answered or host in self.unreachable or not isinstance(exception, self.retry_exceptions):
            return None
        retries = request.meta.get("retry_times", 0)
        if request.meta.get("dont_retry") or retries >= request.meta.get("max_retry_times", self.max_retry_times):
            self.unreachable.add(host)
            self.stats.inc_value("hosts/unreachable")
            logger.warning("%s has not answered once in %d attempts (%s): its other requests are tried once, "
                           "without retries", host, retries + 1, type(exception).__name__)
        return None


class TruncatedBody(IgnoreRequest):
    """A compressed body cut short: given up after its retries."""


class TruncatedGzipMiddleware:
    """A gzip body cut short (``profilecrawler.bodies.gzip_complete``) is a
    transfer error, retried like a body cut short of its ``Content-Length``,
    and failure ``truncated_body`` once the retries are used up. Scrapy's
    decompression keeps whatever a cut stream yields, so without this a cut
    page would pass as a whole one. At 950, before the cache (900) stores it."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        encodings = [value.strip().lower() for value in response.headers.getlist("Content-Encoding")]
        if request.method == "HEAD" or b"gzip" not in encodings or bodies.gzip_complete(response.body):
            return response
        self.crawler.stats.inc_value("bodies/truncated_gzip")
        retry = get_retry_request(request, spider=self.crawler.spider, reason="truncated_body")
        if retry is not None:
            return retry
        raise TruncatedBody(f"truncated body: the gzip stream of {response.url} is cut short")


class CharsetMiddleware:
    """A page whose HTTP header declares the wrong charset (UTF-8 bytes sent as
    ``charset=iso-8859-1``) is read with the encoding that fits its bytes
    (``profilecrawler.bodies.corrected_encoding``: its ``<meta charset>``, or
    UTF-8), never stored as mojibake. Counted (``charset/corrected``), logged
    once per host. At 580, after decompression (590)."""

    def __init__(self, crawler):
        self.stats = crawler.stats
        self.warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if not isinstance(response, TextResponse):
            return response
        header = http_content_type_encoding(response.headers.get("Content-Type", b"").decode("latin-1"))
        encoding = bodies.corrected_encoding(response.body, header)
        if encoding is None:
            return response
        self.stats.inc_value("charset/corrected")
        host = urlparse_cached(request).netloc
        if host not in self.warned:
            self.warned.add(host)
            logger.warning("%s declares charset %s, but its bytes are %s: read as %s (charset/corrected counts "
                           "such pages)", response.url, header, encoding, encoding)
        return response.replace(encoding=encoding)


def host_allowed(host: str, domains: list[str]) -> bool:
    """Scrapy's offsite rule: the host is one of the domains or a subdomain of one."""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains))


class OffsiteRedirect(IgnoreRequest):
    """A redirect to a host outside the spider's ``allowed_domains`` (refused)."""


class OffsiteRedirectMiddleware:
    """Refuse redirects that leave the allowed domains (see the module docstring)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if response.status not in REDIRECT_STATUSES or request.meta.get("allow_offsite"):
            return response
        location = response.headers.get(b"Location")
        spider = self.crawler.spider
        allowed = [d for d in (getattr(spider, "allowed_domains", None) or []) if d]
        if not location or not allowed:
            return response
        target = urljoin(request.url, location.decode("latin-1").strip())
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or host_allowed(parts.hostname or "", allowed):
            return response
        self.stats.inc_value("offsite/redirect_refused")
        logger.warning("Refused offsite redirect from %s to %s", request.url, target)
        raise OffsiteRedirect(f"Filtered offsite redirect to {target}")


class RobotsTxtUnreachable(IgnoreRequest):
    """A request refused because its host's robots.txt could not be read (the
    host is treated as disallowed). The message says "robots.txt unreachable"."""


class _DisallowAll:
    """The robots.txt rules of a host whose robots.txt could not be read."""

    def __init__(self, netloc: str, cause: str):
        self.netloc = netloc
        self.cause = cause

    def allowed(self, url, user_agent) -> bool:
        return False


class UnreachableRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with an unreachable robots.txt (5xx after
    retries, timeout, connection error) meaning "disallow all" for the host (see
    the module docstring).

    Also: every request that arrives while its host's robots.txt is being
    fetched gets the rules. Scrapy's middleware has them all await the one
    Deferred of that fetch, and a Deferred hands its result down a single
    callback chain: the first waiter's callback returns None, so every other
    waiter read "no rules" and was let through (seen: a profile robots.txt
    disallows, given with others to ``-a url=``, was fetched). Here each waiter
    has its own Deferred, relayed the rules."""

    async def robot_parser(self, request):
        parser = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(parser, Deferred):
            return await super().robot_parser(request)
        waiter = Deferred()

        def relay(rules):
            waiter.callback(rules)
            return rules  # for the next waiter

        parser.addCallback(relay)
        return await maybe_deferred_to_future(waiter)

    async def _parse_robots(self, response, netloc, request) -> None:
        if response.status < 500:
            await super()._parse_robots(response, netloc, request)  # 2xx rules, 4xx allow all
            return
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        self._disallow_host(netloc, f"HTTP {response.status}")

    def _robots_error(self, exc, netloc) -> None:
        if isinstance(exc, IgnoreRequest):
            # Refused by a middleware (an offsite redirect, too many redirects):
            # no server or network error, so allow all, as Scrapy does.
            super()._robots_error(exc, netloc)
            return
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        # The host's own failure (profilecrawler.publish: a run that got no
        # answer names each host and why).
        from profilecrawler.failures import failure_reason
        from profilecrawler.publish import failure_stat

        reason = failure_reason(Failure(exc))
        self._stats.inc_value(failure_stat(f"http://{netloc}/robots.txt", reason))
        self._disallow_host(netloc, f"{type(exc).__name__}: {exc}".rstrip(": "))

    def _disallow_host(self, netloc: str, cause: str) -> None:
        pending = self._parsers.get(netloc)
        rules = _DisallowAll(netloc, cause)
        self._parsers[netloc] = rules
        self._stats.inc_value("robotstxt/unreachable")
        logger.warning(
            "robots.txt of %s could not be read (%s): the host is treated as disallowed, "
            "none of its pages is requested",
            netloc, cause, extra={"spider": self.crawler.spider},
        )
        if isinstance(pending, Deferred):
            pending.callback(rules)

    def process_request_2(self, rp, request) -> None:
        if isinstance(rp, _DisallowAll):
            logger.debug("Refused, robots.txt of %s unreachable: %s", rp.netloc, request,
                         extra={"spider": self.crawler.spider})
            raise RobotsTxtUnreachable(f"robots.txt unreachable ({rp.cause}): {rp.netloc} is treated as disallowed")
        super().process_request_2(rp, request)


def project_user_agent(contact_url: str) -> str:
    """``profilecrawler/<version> (+<contact URL>)``: names the project and where its
    operator can be reached."""
    from profilecrawler import __version__

    return f"profilecrawler/{__version__} (+{contact_url})"


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """Scrapy's User-Agent middleware, with the User-Agent built from
    ``CONTACT_URL`` at run time (so ``-s CONTACT_URL=…`` is enough), unless
    ``USER_AGENT`` itself is set on the command line or by a spider."""

    @classmethod
    def from_crawler(cls, crawler):
        middleware = super().from_crawler(crawler)
        settings = crawler.settings
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["project"] and settings.get("CONTACT_URL"):
            middleware.user_agent = project_user_agent(settings["CONTACT_URL"])
        return middleware


class ServerAnswerStatsMiddleware:
    """What the server itself answered, before the HTTP cache (priority 905,
    just above HttpCacheMiddleware's 900) turns a ``304 Not Modified`` into the
    cached page: Scrapy's own ``response_status_count/200`` and
    ``downloader/response_bytes`` count the page as the crawl saw it. Stats
    ``server/status_count/<status>`` and ``server/response_bytes`` (the bodies
    received). A page the cache served without asking the server is not counted."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if "cached" not in response.flags:
            self.stats.inc_value(f"server/status_count/{response.status}")
            self.stats.inc_value("server/response_bytes", len(response.body))
        return response
