"""Serve the offline fixture site (``fixtures/site``) on 127.0.0.1.

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

Only the standard library. Used by ``profilecrawler serve-fixtures`` and by the
tests::

    with FixtureSite() as site:
        urllib.request.urlopen(site.base_url + "/en/directory")
        assert len(site.requests) == 1
"""

from __future__ import annotations

import os
import re
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ENV_ROOT = "PROFILECRAWLER_FIXTURES"
ENV_LOG = "PROFILECRAWLER_FIXTURE_LOG"
HOST = "127.0.0.1"


def _default_root() -> Path:
    override = os.environ.get(ENV_ROOT)
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parents[1] / "fixtures" / "site"


DEFAULT_ROOT = _default_root()

_SLUG = r"(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)"
_LISTING = re.compile(r"^/en/directory/?$")
_PROFILE = re.compile(rf"^/(?:en/directory|en/person|fr/annuaire|en)/{_SLUG}/?$")
_VIEWS = {None: "all", "": "all", "all": "all", "members": "members", "alumni": "alumni"}

HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"

_NOT_FOUND = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Page not found | Mila</title>
</head>
<body class="path-not-found">
<main id="main-content" role="main">
<h1>Page not found</h1>
<p>The requested page could not be found.</p>
</main>
</body>
</html>
""".encode("utf-8")


class RequestLog(list):
    """The requests a server answered: ``(time.time(), method, path_with_query, status)``.

    A plain list for readers (``len``, iteration, indexing); appends and
    :meth:`snapshot` / :meth:`clear` take a lock so that handler threads and a test
    can use it at the same time.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def append(self, record: tuple[float, str, str, int]) -> None:
        with self._lock:
            super().append(record)

    def snapshot(self) -> list[tuple[float, str, str, int]]:
        with self._lock:
            return list(self)

    def clear(self) -> None:
        with self._lock:
            super().clear()


def _page_number(values: list[str] | None, element: int) -> int | None:
    """Page of pager ``element`` from a ``page`` parameter ("K" or "0,N"); None if unreadable."""
    if not values:
        return 0
    parts = values[0].split(",")
    if element >= len(parts):
        return 0
    part = parts[element].strip()
    return int(part) if part.isdigit() else None


def resolve(root: Path, raw_path: str) -> tuple[Path | None, str]:
    """The file that answers ``raw_path`` (path and query), and its content type; None: 404."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path)
    query = parse_qs(parts.query, keep_blank_values=True)
    if path == "/robots.txt":
        return root / "robots.txt", TEXT
    if _LISTING.match(path):
        view = _VIEWS.get((query.get("member-type") or [None])[0])
        page = _page_number(query.get("page"), 0)
        if view is None or page is None:
            return None, HTML
        return root / "en" / "directory" / "listing" / f"{view}-{page}.html", HTML
    match = _PROFILE.match(path)
    if match:
        page = _page_number(query.get("page"), 1)
        if page is None:
            return None, HTML
        return root / "en" / "directory" / match["slug"] / f"page-{page}.html", HTML
    return None, HTML


class FixtureRequestHandler(BaseHTTPRequestHandler):
    server: "FixtureHTTPServer"
    server_version = "FixtureSite/1.0"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        file, content_type = resolve(self.server.root, self.path)
        if file is not None and file.is_file():
            status, body = HTTPStatus.OK, file.read_bytes()
        else:
            status, body, content_type = HTTPStatus.NOT_FOUND, _NOT_FOUND, HTML
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Called by send_response (and so by send_error): one record per answer.
        try:
            status = int(code)
        except (TypeError, ValueError):
            status = 0
        self.server.requests.append((time.time(), self.command or "", self.path, status))
        super().log_request(code, size)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if os.environ.get(ENV_LOG) == "1":
            super().log_message(format, *args)


class FixtureHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer on 127.0.0.1 that serves one fixture site root."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, root: Path) -> None:
        self.root = root
        self.requests = RequestLog()
        super().__init__((HOST, port), FixtureRequestHandler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def make_server(port: int = 0, root: Path | None = None) -> FixtureHTTPServer:
    """A server bound to 127.0.0.1:port (0: a free port), not yet serving."""
    root = Path(root).expanduser().resolve() if root is not None else _default_root()
    if not (root / "en" / "directory").is_dir():
        raise FileNotFoundError(
            f"fixture site not found at {root}: run `python fixtures/build_site.py`, or point "
            f"--fixtures-dir or the {ENV_ROOT} environment variable at a generated fixtures/site directory"
        )
    return FixtureHTTPServer(port, root)


class FixtureSite:
    """The fixture server running in a daemon thread for the duration of a ``with`` block."""

    def __init__(self, root: Path | None = None, port: int = 0) -> None:
        self.root = root
        self.port = port
        self.server: FixtureHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "FixtureSite":
        self.server = make_server(self.port, self.root)
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

    @property
    def base_url(self) -> str:
        if self.server is None:
            raise RuntimeError("FixtureSite is not started: use it as a context manager")
        return self.server.base_url

    @property
    def requests(self) -> RequestLog:
        if self.server is None:
            raise RuntimeError("FixtureSite is not started: use it as a context manager")
        return self.server.requests


def serve(port: int, root: Path | None = None) -> None:
    """Serve the fixture site until interrupted (Ctrl-C)."""
    server = make_server(port, root)
    print(f"Serving fixture site {server.root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

