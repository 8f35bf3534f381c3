"""HTTP cache for scheduled re-crawls: a revalidating policy, and a storage
that a killed process cannot leave half-written."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from scrapy.exceptions import NotConfigured
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.project import data_path
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

logger = logging.getLogger(__name__)


def cache_dir(value: str, createdir: bool = False) -> Path:
    """HTTPCACHE_DIR as a folder: an absolute path as it is; a relative one
    under the project's ``.scrapy/`` (Scrapy's ``data_path``), or under
    ``./.scrapy/`` where the settings module is known but no ``scrapy.cfg``
    is found (Scrapy would disable the cache: "Unable to find scrapy.cfg")."""
    try:
        return Path(data_path(value, createdir=createdir))
    except NotConfigured:
        path = Path(".scrapy", value)
        if createdir:
            path.mkdir(parents=True, exist_ok=True)
        return path


class RevalidatePolicy(RFC2616Policy):
    """RFC 2616 caching, except that a cached page is never trusted without
    asking the site: every request carries the cached ETag / Last-Modified, a
    ``304 Not Modified`` costs a few hundred bytes, and a changed page is always
    seen. (Plain ``RFC2616Policy`` serves a page from the cache without asking
    for as long as the site's headers allow, and sends no validators at all for
    a ``Cache-Control: no-cache`` page, so it refetches it whole.)"""

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False


class SQLiteCacheStorage:
    """Cached responses as rows of one SQLite file per spider
    (``<HTTPCACHE_DIR>/<spider>.sqlite``).

    Scrapy's filesystem storage writes a response as several files, metadata
    first: a process killed in between leaves an entry whose validators are
    whole and whose body is cut, and the next run, told ``304 Not Modified``,
    would parse the cut body. A row is written in one transaction: it is there
    whole or not at all. ``HTTPCACHE_EXPIRATION_SECS`` applies as usual.
    """

    def __init__(self, settings):
        self.cachedir = cache_dir(settings["HTTPCACHE_DIR"], createdir=True)
        self.expiration_secs = settings.getint("HTTPCACHE_EXPIRATION_SECS")
        self._db: sqlite3.Connection | None = None

    def open_spider(self, spider) -> None:
        path = self.cachedir / f"{spider.name}.sqlite"
        logger.debug("Using SQLite cache storage %s", path)
        self._fingerprinter = spider.crawler.request_fingerprinter
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS responses (fingerprint TEXT PRIMARY KEY, stored REAL NOT NULL,"
            " url TEXT NOT NULL, status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL)"
        )
        self._db.commit()

    def close_spider(self, spider) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def retrieve_response(self, spider, request):
        row = self._db.execute(
            "SELECT stored, url, status, headers, body FROM responses WHERE fingerprint = ?",
            (self._fingerprinter.fingerprint(request).hex(),),
        ).fetchone()
        if row is None:
            return None
        stored, url, status, raw_headers, body = row
        if 0 < self.expiration_secs < time.time() - stored:
            return None
        headers = Headers(headers_raw_to_dict(raw_headers))
        request.meta["cache_timestamp"] = stored
        response_class = responsetypes.from_args(headers=headers, url=url, body=body)
        return response_class(url=url, headers=headers, status=status, body=body)

    def store_response(self, spider, request, response) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO responses (fingerprint, stored, url, status, headers, body) VALUES (?, ?, ?, ?, ?, ?)",
            (self._fingerprinter.fingerprint(request).hex(), time.time(), response.url, response.status,
             headers_dict_to_raw(response.headers), response.body),
        )
        self._db.commit()
