"""A hostile site on loopback, for tests: the fixture site (``fixture_server``)
with chosen pages replaced by what a broken or hostile server sends.

A :class:`HostilePlan` maps a decoded path (``/en/directory/jane-doe``) or path
and query (``/en/directory/jane-doe?page=0,1``, looked up first) to one kind,
served at every request to it. Kinds (``HOSTILE_KINDS``):

* ``empty``: a 200 with an empty body;
* ``garbage``: a 200 ``text/html`` of 4 KiB of (seeded) random bytes;
* ``pdf``: a 200 PDF document (``application/pdf``);
* ``pdf-as-html``: a PDF document served as ``text/html``;
* ``maintenance``: a 200 HTML page saying the site is under maintenance;
* ``deep-nesting``: the page inside 100,000 nested ``<div>``s;
* ``gzip-truncated``: the page gzip-compressed and cut in half, with a
  ``Content-Length`` of what is sent (so only the gzip stream shows the cut);
* ``wrong-charset``: the page's UTF-8 bytes declared ``charset=iso-8859-1``;
* ``endless-pager``: for a listing path (``/en/directory``) or a profile path,
  every page N (any N) is served and links page N+1, each with something new
  (a listing: one more profile link, ``trap-<view>-<N>``, which answers 404; a
  publication page: its cards' titles prefixed ``Part N:``);
* ``repeating-pager``: the same, with nothing new: every page N is the first
  page's content linking page N+1;
* ``offsite-link``: the page as it is, plus a profile link and a pager link to
  another host (``offsite_url``, default ``http://127.0.0.2:<port>``).

Faults of the fixture server (``FaultPlan``: 500s, resets, ``robots.txt``
failures…) still apply; a path in both is faulted first. Only the standard
library::

    with HostileSite(HostilePlan({"/en/directory/jane-doe": "empty"})) as site:
        ...
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from profilecrawler.fixture_server import (
    HOST, HTML, FaultPlan, FixtureHTTPServer, FixtureRequestHandler, FixtureSite, _error_page, make_server, route,
)

HOSTILE_KINDS = frozenset({
    "empty", "garbage", "pdf", "pdf-as-html", "maintenance", "deep-nesting", "gzip-truncated", "wrong-charset",
    "endless-pager", "repeating-pager", "offsite-link",
})
NESTING_DEPTH = 100_000

_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
_MAINTENANCE = _error_page("Site under maintenance",
                           "Mila is currently under maintenance. We should be back shortly.")
_NAV = re.compile(r'<nav class="pager".*?</nav>\s*', re.DOTALL)
_PUBLICATIONS_END = re.compile(r'(<section class="person-profile__publications".*?)(</section>)', re.DOTALL)
_CARD_TITLE = re.compile(r'(class="publication-card__title"[^>]*>)')
_TEASERS = re.compile(r'(<div class="view-content">)')


@dataclass
class HostilePlan:
    """Which pages are hostile, and how (see the module's docstring)."""

    by_path: dict[str, str] = field(default_factory=dict)
    seed: int = 0
    offsite_url: str | None = None

    def __post_init__(self) -> None:
        self.by_path = {unquote(key): kind for key, kind in self.by_path.items()}
        for key, kind in self.by_path.items():
            if not key.startswith("/"):
                raise ValueError(f"hostile path must start with '/': {key!r}")
            if kind not in HOSTILE_KINDS:
                raise ValueError(f"unknown hostile kind {kind!r}: expected one of {', '.join(sorted(HOSTILE_KINDS))}")

    def kind_for(self, raw_path: str) -> str | None:
        full, path = unquote(raw_path), unquote(urlsplit(raw_path).path)
        return self.by_path.get(full) or self.by_path.get(path)


def _pager(href: str) -> str:
    return (f'<nav class="pager" role="navigation" aria-label="Pagination"><ul class="pager__items">'
            f'<li class="pager__item pager__item--next"><a href="{href}" rel="next">Next ›</a></li></ul></nav>\n')


def _page_of(raw_path: str) -> tuple[str, int]:
    """(``listing:<view>`` or ``profile``, the page number) of a request path."""
    query = parse_qs(urlsplit(raw_path).query)
    value = (query.get("page") or ["0"])[0]
    if urlsplit(raw_path).path.rstrip("/") == "/en/directory":
        view = (query.get("member-type") or ["all"])[0]
        return f"listing:{view}", int(value) if value.isdigit() else 0
    last = value.split(",")[-1].strip()
    return "profile", int(last) if last.isdigit() else 0


class HostileRequestHandler(FixtureRequestHandler):
    server: "HostileHTTPServer"

    def _serve(self, send_body: bool) -> None:
        kind = self.server.hostile.kind_for(self.path)
        if kind is None:
            super()._serve(send_body)
            return
        body, content_type, headers = self._hostile(kind)
        if body is None:
            self._not_found(send_body)
            return
        self._send(200, [("Content-Type", content_type), ("Content-Length", str(len(body))),
                         ("Cache-Control", "no-cache"), *headers], body, send_body)

    def _page(self, raw_path: str) -> bytes | None:
        rel, _ = route(raw_path)
        found = self.server.lookup(rel) if rel is not None else None
        return found[0] if found is not None else None

    def _hostile(self, kind: str) -> tuple[bytes | None, str, list[tuple[str, str]]]:
        plan = self.server.hostile
        if kind == "empty":
            return b"", HTML, []
        if kind == "garbage":
            rng = random.Random(f"{plan.seed}\x1f{self.path}")
            return bytes(rng.getrandbits(8) for _ in range(4096)), HTML, []
        if kind == "pdf":
            return _PDF, "application/pdf", []
        if kind == "pdf-as-html":
            return _PDF, HTML, []
        if kind == "maintenance":
            return _MAINTENANCE, HTML, []
        if kind in ("endless-pager", "repeating-pager"):
            return self._trap_page(kind), HTML, []
        page = self._page(self.path)
        if page is None:
            return None, HTML, []
        if kind == "deep-nesting":
            return b"<!DOCTYPE html><html><body>" + b"<div>" * NESTING_DEPTH + page, HTML, []
        if kind == "gzip-truncated":
            packed = gzip.compress(page)
            return packed[: len(packed) // 2], HTML, [("Content-Encoding", "gzip")]
        if kind == "wrong-charset":
            return page, "text/html; charset=iso-8859-1", []
        if kind == "offsite-link":
            return self._with_offsite_links(page), HTML, []
        raise ValueError(kind)  # unreachable: HostilePlan checks the kinds

    def _trap_page(self, kind: str) -> bytes | None:
        where, number = _page_of(self.path)
        first = self._page(re.sub(r"([?&])page=[^&]*&?", r"\1", self.path).rstrip("?&"))
        if first is None:
            return None
        html = _NAV.sub("", first.decode("utf-8"))
        if where == "profile":
            if kind == "endless-pager" and number:
                html = _CARD_TITLE.sub(rf"\g<1>Part {number}: ", html)
            return _PUBLICATIONS_END.sub(lambda m: m[1] + _pager(f"?page=0%2C{number + 1}") + m[2], html,
                                         count=1).encode("utf-8")
        view = where.split(":", 1)[1]
        if kind == "endless-pager" and number:
            teaser = (f'<div class="views-row"><article class="person-teaser"><h3 class="person-teaser__name">'
                      f'<a href="/en/directory/trap-{view}-{number}">Trap {number}</a></h3></article></div>')
            html = _TEASERS.sub(lambda m: m[1] + teaser, html, count=1)
        return html.replace("</main>", _pager(f"?member-type={view}&page={number + 1}") + "</main>", 1).encode("utf-8")

    def _with_offsite_links(self, page: bytes) -> bytes:
        other = (self.server.hostile.offsite_url or f"http://127.0.0.2:{self.server.port}").rstrip("/")
        html = page.decode("utf-8")
        teaser = (f'<div class="views-row"><article class="person-teaser"><h3 class="person-teaser__name">'
                  f'<a href="{other}/en/directory/offsite-person">Offsite Person</a></h3></article></div>')
        html = _TEASERS.sub(lambda m: m[1] + teaser, html, count=1)
        html = html.replace("</main>", _pager(f"{other}/en/directory?member-type=members&page=1") + "</main>", 1)
        return html.encode("utf-8")


class HostileHTTPServer(FixtureHTTPServer):
    handler_class = HostileRequestHandler

    def __init__(self, port: int, root, *, hostile: HostilePlan, **options) -> None:
        self.hostile = hostile
        super().__init__(port, root, **options)


class HostileSite(FixtureSite):
    """The hostile server running in a daemon thread for a ``with`` block."""

    def __init__(self, hostile: HostilePlan, *, faults: FaultPlan | None = None, host: str = HOST, **options) -> None:
        super().__init__(faults=faults, host=host, **options)
        self.hostile = hostile

    def _make_server(self) -> HostileHTTPServer:
        return make_server(self.port, self.root, host=self.host, variant=self.variant, faults=self.faults,
                           server_class=HostileHTTPServer, hostile=self.hostile)

    def set_hostile(self, hostile: HostilePlan) -> None:
        """Switch the running server to another plan."""
        self._running().hostile = hostile
        self.hostile = hostile
