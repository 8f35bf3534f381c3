"""Serve the offline fixture site (``fixtures/site``) on a loopback address.

Routing (fixtures/README.md):

* ``/en/directory`` — the listing; ``?member-type=members|alumni`` (absent: everyone)
  and ``?page=K`` → ``en/directory/listing/<all|members|alumni>-<K>.html``;
* ``/en/directory/<slug>`` and its aliases ``/en/person/<slug>``, ``/en/<slug>``,
  ``/fr/annuaire/<slug>`` (each with or without a trailing slash) →
  ``en/directory/<slug>/page-<N>.html``, N from Drupal's multi-pager
  ``?page=0,N`` (sent as ``page=0%2CN``; absent: 0);
* ``/robots.txt``;
* any other query parameter is ignored; everything else, and a page past the
  last, is a 404.

Every 200 served from a file carries a strong ``ETag`` (a hash of its bytes), a
``Last-Modified`` derived from that hash (never from the file's mtime) and
``Cache-Control: no-cache``; a matching ``If-None-Match`` (or, without one, an
``If-Modified-Since`` not older than ``Last-Modified``) gets ``304 Not Modified``.

A *variant* (``fixtures/variants/<name>/``) is served over the base site: its
files replace the base files at the same relative path, and the site-relative
file paths listed in its ``REMOVED`` file answer 404. A :class:`FaultPlan`
makes chosen requests fail (per path, or at random with a seed).

Only the standard library. Used by ``profilecrawler serve-fixtures`` and by the
tests::

    with FixtureSite() as site:
        urllib.request.urlopen(site.base_url + "/en/directory")
        assert len(site.requests) == 1 and site.requests[0].status == 200
"""

from __future__ import annotations

import hashlib
import html
import ipaddress
import os
import re
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

ENV_ROOT = "PROFILECRAWLER_FIXTURES"
ENV_LOG = "PROFILECRAWLER_FIXTURE_LOG"
HOST = "127.0.0.1"


def _default_root() -> Path:
    """The fixture site: PROFILECRAWLER_FIXTURES, else this checkout's
    ``fixtures/site``, else the copy an installed wheel carries
    (``profilecrawler._fixtures``)."""
    override = os.environ.get(ENV_ROOT)
    if override:
        return Path(override).expanduser().resolve()
    checkout = Path(__file__).resolve().parents[1] / "fixtures" / "site"
    if checkout.is_dir():
        return checkout
    from importlib.resources import files

    return Path(str(files("profilecrawler._fixtures") / "site"))


DEFAULT_ROOT = _default_root()

_SLUG = r"(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)"
_LISTING = re.compile(r"^/en/directory/?$")
_PROFILE = re.compile(rf"^/(?:en/directory|en/person|en)/{_SLUG}/?$")
_PROFILE_FR = re.compile(rf"^/fr/annuaire/{_SLUG}/?$")  # the profile's French page
_VIEWS = {None: "all", "": "all", "all": "all", "members": "members", "alumni": "alumni"}

HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


def _error_page(title: str, text: str) -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>{title} | Mila</title>
</head>
<body class="path-error">
<main id="main-content" role="main">
<h1>{title}</h1>
<p>{text}</p>
</main>
</body>
</html>
""".encode("utf-8")


_NOT_FOUND = _error_page("Page not found", "The requested page could not be found.").replace(
    b"path-error", b"path-not-found")
_ERROR_BODIES = {
    500: _error_page("Internal server error", "The website encountered an unexpected error."),
    503: _error_page("Service unavailable", "The site is under maintenance. Please try again later."),
    429: _error_page("Too many requests", "You have sent too many requests. Please slow down."),
}

# Last-Modified: base files get a date in the 180 days before BASE_EPOCH, variant
# files one in the 30 days after VARIANT_EPOCH, both picked by the content hash —
# so a variant's file is always newer than any base file, and a date never
# depends on when the files were checked out.
BASE_EPOCH = int(datetime(2024, 6, 11, tzinfo=timezone.utc).timestamp())
VARIANT_EPOCH = int(datetime(2024, 9, 1, tzinfo=timezone.utc).timestamp())
_DAY = 86400

HUGE_SIZE = 20 * 1024 * 1024  # the "huge" fault's body: 20 MiB of HTML

FAULT_KINDS = frozenset({
    "500", "503", "429", "404", "slow", "reset", "truncate", "huge", "redirect-loop", "redirect-offsite",
})
ALWAYS = "always:"


# --- request log ----------------------------------------------------------------


class RequestRecord(NamedTuple):
    """One request the server answered (or, for a ``reset`` fault, dropped)."""

    time: float  # time.time() when the answer was done
    method: str
    path: str  # the raw path with its query, as received
    status: int  # 0: the connection was reset without an answer
    bytes_sent: int  # body bytes actually written (0 for 304, HEAD, reset)
    headers: dict[str, str]  # the request's headers, names lower-cased


class RequestLog(list):
    """The requests a server answered, as :class:`RequestRecord` in answer order.

    A plain list for readers (``len``, iteration, indexing); appends and
    :meth:`snapshot` / :meth:`clear` take a lock so that handler threads and a test
    can use it at the same time. A record is appended before the last byte of its
    answer is sent, so a client that has read a whole answer finds it in the log;
    when the client goes away mid-body, ``bytes_sent`` is corrected afterwards.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Condition()

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            super().append(record)
            self._lock.notify_all()

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self)

    def clear(self) -> None:
        with self._lock:
            super().clear()
            self._lock.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        """Block until ``predicate(records)`` is true for the list of records (re-checked
        on every append or correction), or ``timeout`` seconds pass; its last value."""
        with self._lock:
            return bool(self._lock.wait_for(lambda: predicate(list(self)), timeout))

    def _replace(self, old: RequestRecord, new: RequestRecord) -> None:
        with self._lock:
            for index in range(len(self) - 1, -1, -1):
                if self[index] is old:
                    self[index] = new
                    break
            self._lock.notify_all()

    def total_bytes(self, start: int = 0) -> int:
        """Body bytes sent for the records from index ``start`` on (all by default)."""
        return sum(record.bytes_sent for record in self.snapshot()[start:])


# --- faults ---------------------------------------------------------------------


@dataclass
class FaultPlan:
    """Which requests fail, and how.

    ``by_path``: decoded path (``/en/directory/jane-doe``) or decoded path and query
    (``/en/directory/jane-doe?page=0,1``, looked up first) → fault names, consumed
    one per request to that key, after which the page is served normally; a name
    ``always:KIND`` is never consumed (every later request to the key gets KIND).

    Random mode (``random_rate`` > 0): the n-th request (n from 0) to a decoded
    path and query gets a fault when a hash of (``random_seed``, path and query, n)
    falls under ``random_rate`` and n < ``random_max_per_path``; the same hash picks
    the kind from ``random_kinds``. Deterministic whatever the order of requests;
    never for ``/robots.txt``; a request that ``by_path`` faults is not also
    faulted at random.

    Kinds: ``500``; ``503`` and ``429`` with ``Retry-After: retry_after``; ``404``;
    ``slow`` (waits ``slow_seconds``, then answers normally); ``reset`` (closes the
    connection with a TCP RST, no answer); ``truncate`` (full Content-Length, half
    the body, then closes); ``huge`` (200 with 20 MiB of HTML); ``redirect-loop``
    (302 to the same path with ``hop=N+1``; every request to that path carrying
    ``hop`` loops again); ``redirect-offsite`` (302 to ``offsite_url`` + the path and
    query; default ``http://127.0.0.2:<port>``, another host on loopback).
    """

    by_path: dict[str, list[str]] = field(default_factory=dict)
    random_rate: float = 0.0
    random_seed: int = 0
    random_kinds: tuple[str, ...] = ("500", "503", "429", "reset", "truncate")
    random_max_per_path: int = 2
    retry_after: int = 1
    slow_seconds: float = 3.0
    offsite_url: str | None = None

    def __post_init__(self) -> None:
        self.by_path = {unquote(key): list(kinds) for key, kinds in self.by_path.items()}
        for key, kinds in self.by_path.items():
            if not key.startswith("/"):
                raise ValueError(f"fault path must start with '/': {key!r}")
            for kind in kinds:
                _check_kind(kind.removeprefix(ALWAYS))
        self.random_kinds = tuple(self.random_kinds)
        for kind in self.random_kinds:
            _check_kind(kind)
        if not 0.0 <= self.random_rate <= 1.0:
            raise ValueError(f"random_rate must be between 0 and 1: {self.random_rate}")
        if self.random_rate and not self.random_kinds:
            raise ValueError("random_rate needs at least one of random_kinds")

    @classmethod
    def parse(cls, specs: list[str] = (), **options) -> "FaultPlan":
        """A plan from ``PATH=KIND[,KIND…]`` strings (``serve-fixtures --fault``); the
        last ``=`` separates the path (which may hold a query) from the kinds."""
        by_path: dict[str, list[str]] = {}
        for spec in specs:
            path, sep, kinds = spec.rpartition("=")
            if not sep or not path or not kinds:
                raise ValueError(f"--fault {spec!r}: expected PATH=KIND[,KIND...]")
            by_path.setdefault(unquote(path), []).extend(k.strip() for k in kinds.split(",") if k.strip())
        return cls(by_path=by_path, **options)

    def random_fault(self, key: str, attempt: int) -> str | None:
        """The random-mode fault of the ``attempt``-th request to ``key`` (decoded path and query)."""
        if self.random_rate <= 0 or attempt >= self.random_max_per_path or urlsplit(key).path == "/robots.txt":
            return None
        digest = hashlib.sha256(f"{self.random_seed}\x1f{key}\x1f{attempt}".encode("utf-8")).digest()
        if int.from_bytes(digest[:8], "big") / 2**64 >= self.random_rate:
            return None
        return self.random_kinds[int.from_bytes(digest[8:16], "big") % len(self.random_kinds)]


def _check_kind(kind: str) -> None:
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault {kind!r}: expected one of {', '.join(sorted(FAULT_KINDS))}")


class _FaultState:
    """What a server's fault plan has used up so far (thread-safe)."""

    def __init__(self, plan: FaultPlan | None) -> None:
        self.plan = plan
        self._lock = threading.Lock()
        self._consumed: Counter[str] = Counter()  # by_path key -> faults used
        self._attempts: Counter[str] = Counter()  # decoded path and query -> requests seen
        self._looping: set[str] = set()  # paths in a redirect loop

    def next(self, raw_path: str) -> str | None:
        parts = urlsplit(raw_path)
        full, path = unquote(raw_path), unquote(parts.path)
        with self._lock:
            attempt = self._attempts[full]
            self._attempts[full] += 1
            if self.plan is None:
                return None
            fault = None
            if path in self._looping and "hop" in parse_qs(parts.query, keep_blank_values=True):
                fault = "redirect-loop"
            for key in (full, path) if fault is None else ():
                kinds = self.plan.by_path.get(key)
                if not kinds or self._consumed[key] >= len(kinds):
                    continue
                kind = kinds[self._consumed[key]]
                if kind.startswith(ALWAYS):
                    fault = kind[len(ALWAYS):]
                else:
                    fault = kind
                    self._consumed[key] += 1
                break
            if fault is None:
                fault = self.plan.random_fault(full, attempt)
            if fault == "redirect-loop":
                self._looping.add(path)
            return fault


# --- routing ----------------------------------------------------------------------


def _page_number(values: list[str] | None, element: int) -> int | None:
    """Page of pager ``element`` from a ``page`` parameter ("K" or "0,N"); None if unreadable."""
    if not values:
        return 0
    parts = values[0].split(",")
    if element >= len(parts):
        return 0
    part = parts[element].strip()
    return int(part) if part.isdigit() else None


def route(raw_path: str) -> tuple[str | None, str]:
    """The site-relative file (``en/directory/…``) that answers ``raw_path`` (path and
    query), and its content type; None: 404."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    query = parse_qs(parts.query, keep_blank_values=True)
    if path == "/robots.txt":
        return "robots.txt", TEXT
    if _LISTING.match(path):
        view = _VIEWS.get((query.get("member-type") or [None])[0])
        page = _page_number(query.get("page"), 0)
        if view is None or page is None:
            return None, HTML
        return f"en/directory/listing/{view}-{page}.html", HTML
    match = _PROFILE.match(path)
    if match:
        page = _page_number(query.get("page"), 1)
        if page is None:
            return None, HTML
        return f"en/directory/{match['slug']}/page-{page}.html", HTML
    match = _PROFILE_FR.match(path)
    if match:
        page = _page_number(query.get("page"), 1)
        if page is None:
            return None, HTML
        return f"fr/annuaire/{match['slug']}/page-{page}.html", HTML
    return _static(path, query)


_STATIC_PATH = re.compile(r"^(?:/[a-z0-9]+(?:[-_.][a-z0-9]+)*)+/?$")


def _static(path: str, query: dict) -> tuple[str | None, str]:
    """Any other site's pages (a fixture root of another institution): path
    ``/a/b`` is ``a/b/index.html``, with ``?page=N`` (N > 0) ``a/b/page-N.html``;
    other parameters are junk, ignored. A path of other characters is a 404."""
    if not _STATIC_PATH.match(path):
        return None, HTML
    page = _page_number(query.get("page"), 0)
    if page is None:
        return None, HTML
    folder = path.strip("/")
    return f"{folder}/{'index' if page == 0 else f'page-{page}'}.html", HTML


def resolve(root: Path, raw_path: str) -> tuple[Path | None, str]:
    """The base-site file that answers ``raw_path`` (path and query), and its content type; None: 404."""
    rel, content_type = route(raw_path)
    return (root / rel if rel is not None else None), content_type


def validators(body: bytes, *, overlay: bool = False) -> tuple[str, float]:
    """Strong ETag and Last-Modified (a POSIX time) of a file's bytes."""
    digest = hashlib.sha256(body).hexdigest()
    spread = int(digest[32:44], 16)
    if overlay:
        modified = VARIANT_EPOCH + spread % (30 * _DAY)
    else:
        modified = BASE_EPOCH - spread % (180 * _DAY)
    return f'"{digest[:32]}"', float(modified)


# --- the handler ------------------------------------------------------------------


class _CountingWriter:
    """The connection's write side, counting the bytes written through it."""

    def __init__(self, raw) -> None:
        self._raw = raw
        self.count = 0

    def write(self, data) -> int:
        result = self._raw.write(data)
        self.count += len(data)
        return result

    def __getattr__(self, name):
        return getattr(self._raw, name)


class FixtureRequestHandler(BaseHTTPRequestHandler):
    server: "FixtureHTTPServer"
    server_version = "FixtureSite/1.0"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile)
        self._body_start: int | None = None
        self._logged: RequestRecord | None = None

    def end_headers(self) -> None:
        super().end_headers()
        self._body_start = self.wfile.count

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    # -- logging

    def _log(self, status: int, bytes_planned: int) -> None:
        """Append this answer's record, before its headers are flushed (so before the
        client can have it all); :meth:`_correct` fixes the byte count if the body
        could not be sent in full."""
        headers = getattr(self, "headers", None)
        self._logged = RequestRecord(
            time.time(),
            self.command or "",
            getattr(self, "path", ""),
            status,
            bytes_planned,
            {name.lower(): value for name, value in headers.items()} if headers is not None else {},
        )
        self._body_start = None
        self.server.requests.append(self._logged)

    def _correct(self) -> None:
        """After a failed write: the record says what was actually written."""
        record = self._logged
        if record is None:
            return
        sent = self.wfile.count - self._body_start if self._body_start is not None else 0
        if sent != record.bytes_sent:
            self.server.requests._replace(record, record._replace(bytes_sent=sent))

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if os.environ.get(ENV_LOG) == "1":
            super().log_request(code, size)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if os.environ.get(ENV_LOG) == "1":
            super().log_message(format, *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's error answer (bad request line, unsupported method), logged."""
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = "???", "???"
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = b""
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED):
            body = (self.error_message_format % {
                "code": code, "message": html.escape(message, quote=False), "explain": html.escape(explain, quote=False),
            }).encode("utf-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        payload = body if self.command != "HEAD" else b""
        self._log(int(code), len(payload))
        self.end_headers()
        if payload:
            self.wfile.write(payload)

    # -- answers

    def _answer(self, send_body: bool) -> None:
        self._logged = None
        self._body_start = None
        try:
            fault = self.server.faults.next(self.path)
            if fault == "slow":
                self.server.closing.wait(self.server.faults.plan.slow_seconds)
                fault = None
            if fault is not None:
                self._fault(fault, send_body)
            else:
                self._serve(send_body)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            # The client went away mid-answer: the record says what it got.
            self.close_connection = True
            if self._logged is None:
                self._log(0, 0)
            else:
                self._correct()

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes | None, send_body: bool,
              *, body_part: int | None = None) -> None:
        """One answer; ``body_part``: send only that many bytes of the body."""
        payload = (body or b"") if send_body else b""
        if body_part is not None:
            payload = payload[:body_part]
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self._log(status, len(payload))
        self.end_headers()
        if payload:
            self.wfile.write(payload)
            self.wfile.flush()

    def _serve(self, send_body: bool) -> None:
        rel, content_type = route(self.path)
        found = self.server.lookup(rel) if rel is not None else None
        if found is None:
            self._not_found(send_body)
            return
        body, overlay = found
        etag, modified = validators(body, overlay=overlay)
        cache = [("ETag", etag), ("Last-Modified", formatdate(modified, usegmt=True)), ("Cache-Control", "no-cache")]
        if self._not_modified(etag, modified):
            self._send(304, cache, None, send_body)
        else:
            self._send(200, [("Content-Type", content_type), ("Content-Length", str(len(body))), *cache],
                       body, send_body)

    def _not_found(self, send_body: bool) -> None:
        self._send(404, [("Content-Type", HTML), ("Content-Length", str(len(_NOT_FOUND))),
                         ("Cache-Control", "no-cache")], _NOT_FOUND, send_body)

    def _not_modified(self, etag: str, modified: float) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = parsedate_to_datetime(since)
            except (TypeError, ValueError, IndexError):
                return False
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            return when.timestamp() >= modified
        return False

    def _fault(self, kind: str, send_body: bool) -> None:
        plan = self.server.faults.plan
        if kind in ("500", "503", "429"):
            body = _ERROR_BODIES[int(kind)]
            headers = [("Content-Type", HTML), ("Content-Length", str(len(body))), ("Cache-Control", "no-cache")]
            if kind != "500":
                headers.append(("Retry-After", str(plan.retry_after)))
            self._send(int(kind), headers, body, send_body)
        elif kind == "404":
            self._not_found(send_body)
        elif kind == "reset":
            self._log(0, 0)
            self.close_connection = True
            # SO_LINGER with a zero timeout: close() sends a RST instead of a FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            socket.close(self.connection.detach())
        elif kind == "truncate":
            # The full Content-Length, half the body, then the connection closes.
            rel, content_type = route(self.path)
            found = self.server.lookup(rel) if rel is not None else None
            status, body = (200, found[0]) if found is not None else (404, _NOT_FOUND)
            self.close_connection = True
            self._send(status, [("Content-Type", content_type if found is not None else HTML),
                                ("Content-Length", str(len(body)))], body, send_body, body_part=len(body) // 2)
        elif kind == "huge":
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", str(HUGE_SIZE))
            self.send_header("Cache-Control", "no-cache")
            self._log(200, HUGE_SIZE if send_body else 0)
            self.end_headers()
            if send_body:
                for chunk in _huge_body():
                    self.wfile.write(chunk)
        elif kind == "redirect-loop":
            self._send(302, [("Location", _next_hop(self.path)), ("Content-Length", "0"),
                             ("Cache-Control", "no-cache")], None, send_body)
        elif kind == "redirect-offsite":
            target = (plan.offsite_url or f"http://127.0.0.2:{self.server.port}").rstrip("/") + self.path
            self._send(302, [("Location", target), ("Content-Length", "0"), ("Cache-Control", "no-cache")],
                       None, send_body)
        else:
            raise ValueError(kind)  # unreachable: FaultPlan checks the kinds


def _next_hop(raw_path: str) -> str:
    """The same path and query with ``hop`` set to one more than it was (0 when absent)."""
    path, _, query = raw_path.partition("?")
    params = [p for p in query.split("&") if p] if query else []
    hop = 0
    kept = []
    for param in params:
        name, _, value = param.partition("=")
        if name == "hop":
            hop = int(value) if value.isdigit() else 0
        else:
            kept.append(param)
    return path + "?" + "&".join(kept + [f"hop={hop + 1}"])


_HUGE_HEAD = (b'<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
              b"<title>Huge page | Mila</title>\n</head>\n<body>\n<main id=\"main-content\" role=\"main\">\n")
_HUGE_TAIL = b"</main>\n</body>\n</html>\n"
_HUGE_LINE = b"<p>" + b"All work and no play makes a very large page. " * 20 + b"</p>\n"


def _huge_body():
    """HUGE_SIZE bytes of HTML, in chunks of about 64 KiB."""
    yield _HUGE_HEAD
    left = HUGE_SIZE - len(_HUGE_HEAD) - len(_HUGE_TAIL)
    block = _HUGE_LINE * (65536 // len(_HUGE_LINE))
    while left > 0:
        chunk = block[:left]
        left -= len(chunk)
        yield chunk
    yield _HUGE_TAIL


# --- the server -------------------------------------------------------------------


def variant_dir(root: Path, variant: str | os.PathLike | None) -> Path | None:
    """The folder of a variant: a name under ``<root>/../variants/``, or a folder path."""
    if variant is None:
        return None
    if isinstance(variant, os.PathLike) or os.sep in str(variant):
        folder = Path(variant).expanduser().resolve()
    else:
        folder = root.parent / "variants" / str(variant)
    if not folder.is_dir():
        known = sorted(p.name for p in (root.parent / "variants").glob("*") if p.is_dir())
        raise FileNotFoundError(f"fixture variant {str(variant)!r} not found at {folder} (known: {', '.join(known) or 'none'})")
    return folder


class FixtureHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer on a loopback address that serves one fixture site root."""

    daemon_threads = True
    allow_reuse_address = True
    handler_class: type = FixtureRequestHandler

    def __init__(self, port: int, root: Path, *, host: str = HOST, variant: str | None = None,
                 faults: FaultPlan | None = None) -> None:
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"the fixture server binds loopback addresses only, not {host!r}")
        self.root = root
        self.requests = RequestLog()
        self.closing = threading.Event()  # wakes "slow" answers when the server stops
        self.set_variant(variant)
        self.set_faults(faults)
        super().__init__((host, port), self.handler_class)

    def set_variant(self, variant: str | os.PathLike | None) -> None:
        """Serve the base site (None) or a variant from now on (same address)."""
        folder = variant_dir(self.root, variant)
        removed: frozenset[str] = frozenset()
        if folder is not None and (folder / "REMOVED").is_file():
            lines = (folder / "REMOVED").read_text(encoding="utf-8").splitlines()
            removed = frozenset(line.strip().lstrip("/") for line in lines if line.strip() and not line.startswith("#"))
        self._variant = (variant, folder, removed)  # one attribute: switched atomically

    @property
    def variant(self) -> str | os.PathLike | None:
        return self._variant[0]

    def set_faults(self, faults: FaultPlan | None) -> None:
        """Apply a fault plan from now on (None: no faults), with nothing used up yet."""
        self.faults = _FaultState(faults)

    def lookup(self, rel: str) -> tuple[bytes, bool] | None:
        """The bytes of a site-relative file as the current variant has them, and
        whether they come from the variant; None: no such file (404)."""
        _, folder, removed = self._variant
        if rel in removed:
            return None
        if folder is not None:
            overlay = folder / rel
            if overlay.is_file():
                return overlay.read_bytes(), True
        base = self.root / rel
        if base.is_file():
            return base.read_bytes(), False
        return None

    def server_close(self) -> None:
        self.closing.set()
        super().server_close()

    @property
    def host(self) -> str:
        return self.server_address[0]

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"


def make_server(port: int = 0, root: Path | None = None, *, host: str = HOST, variant: str | None = None,
                faults: FaultPlan | None = None, server_class: type = FixtureHTTPServer,
                **options) -> FixtureHTTPServer:
    """A server bound to host:port (0: a free port), not yet serving."""
    root = Path(root).expanduser().resolve() if root is not None else _default_root()
    # A generated fixture site (the Mila directory's, or another institution's
    # served by the static routes) always has its robots.txt.
    if not (root / "robots.txt").is_file():
        raise FileNotFoundError(
            f"fixture site not found at {root}: run `python fixtures/build_site.py`, or point "
            f"--fixtures-dir or the {ENV_ROOT} environment variable at a generated fixtures/site directory"
        )
    return server_class(port, root, host=host, variant=variant, faults=faults, **options)


class FixtureSite:
    """The fixture server running in a daemon thread for the duration of a ``with`` block."""

    def __init__(self, root: Path | None = None, port: int = 0, *, host: str = HOST, variant: str | None = None,
                 faults: FaultPlan | None = None) -> None:
        self.root = root
        self.port = port
        self.host = host
        self.variant = variant
        self.faults = faults
        self.server: FixtureHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def _make_server(self) -> FixtureHTTPServer:
        return make_server(self.port, self.root, host=self.host, variant=self.variant, faults=self.faults)

    def __enter__(self) -> "FixtureSite":
        self.server = self._make_server()
        self._thread = threading.Thread(target=self.server.serve_forever, name="fixture-site", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and close the socket (idempotent); base_url and requests stay readable."""
        if self._thread is not None and self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self._thread.join(timeout=5)
        self._thread = None

    def set_variant(self, variant: str | None) -> None:
        """Switch the running server to a variant (None: the base site), same address."""
        self._running().set_variant(variant)
        self.variant = variant

    def set_faults(self, faults: FaultPlan | None) -> None:
        """Switch the running server to a fault plan (None: none), with nothing used up."""
        self._running().set_faults(faults)
        self.faults = faults

    def _running(self) -> FixtureHTTPServer:
        if self.server is None:
            raise RuntimeError("FixtureSite is not started: use it as a context manager")
        return self.server

    @property
    def base_url(self) -> str:
        return self._running().base_url

    @property
    def requests(self) -> RequestLog:
        return self._running().requests


def serve(port: int, root: Path | None = None, *, host: str = HOST, variant: str | None = None,
          faults: FaultPlan | None = None) -> None:
    """Serve the fixture site until interrupted (Ctrl-C)."""
    server = make_server(port, root, host=host, variant=variant, faults=faults)
    what = f"fixture site {server.root}" + (f" (variant {variant})" if variant else "")
    if faults is not None:
        what += f", faults: {len(faults.by_path)} paths" + (
            f", random rate {faults.random_rate} seed {faults.random_seed}" if faults.random_rate else "")
    print(f"Serving {what} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":  # python -m profilecrawler.fixture_server --port P [...]: serve-fixtures
    import sys

    from profilecrawler.cli import main

    sys.exit(main(["serve-fixtures", *sys.argv[1:]]))
