"""The SQLite crawl state and the atomic output files, on real files."""

import pytest

from profilecrawler.files import atomic_file, write_atomically
from profilecrawler.state import SQLiteState


def test_sqlite_state_keeps_values_across_reopen_and_orders_by_key(tmp_path):
    path = tmp_path / "state.sqlite"
    state = SQLiteState(path, commit_every=2)
    for key in ["pub-c", "pub-a", "pub-b"]:
        state.put("publication", key, {"id": key, "names": ["Zoë Müller", "李明"]})
    state.put("profile", "mila:x", {"record": {"name": "X"}})
    state.put("publication", "pub-a", {"id": "pub-a", "names": []})
    state.close()

    reopened = SQLiteState(path)
    assert [key for key, _ in reopened.items("publication")] == ["pub-a", "pub-b", "pub-c"]
    assert reopened.get("publication", "pub-a") == {"id": "pub-a", "names": []}
    assert reopened.get("publication", "pub-c")["names"] == ["Zoë Müller", "李明"]
    assert reopened.get("publication", "missing") is None
    assert (reopened.count("publication"), reopened.count("profile")) == (3, 1)
    reopened.close()


def test_temporary_state_is_removed_at_close(tmp_path):
    removed = []
    state = SQLiteState(tmp_path / "s.sqlite", cleanup=lambda: removed.append(True))
    state.close()
    state.close()
    assert removed == [True]


def test_atomic_file_replaces_only_when_complete(tmp_path):
    path = tmp_path / "out" / "publications.jsonl"
    write_atomically(path, b'{"old": true}\n')
    with pytest.raises(RuntimeError):
        with atomic_file(path) as handle:
            handle.write(b'{"new": tr')
            raise RuntimeError("killed while writing")
    assert path.read_bytes() == b'{"old": true}\n'
    assert list(path.parent.iterdir()) == [path]
    write_atomically(path, b'{"new": true}\n')
    assert path.read_bytes() == b'{"new": true}\n'


def test_frontier_dedupes_orders_by_priority_and_requeues_after_a_crash(tmp_path):
    path = tmp_path / "state.sqlite"
    state = SQLiteState(path)
    assert state.push_request("a", b"A", 0) and state.push_request("b", b"B", 5)
    assert not state.push_request("a", b"A again", 0)  # a duplicate
    assert state.has_pending()
    assert state.pop_request() == ("b", b"B")  # higher priority first
    assert state.pop_request() == ("a", b"A")
    assert not state.has_pending() and state.pop_request() is None
    state.mark_done("b")
    assert state.push_request("a", b"A retried", 0, again=True)  # a retry of an entry in flight
    assert state.frontier_counts() == {"pending": 1, "inflight": 0, "done": 1}
    assert state.pop_request() == ("a", b"A retried")
    state.close()  # "a" still in flight: as if the process died

    resumed = SQLiteState(path)
    assert resumed.requeue_inflight() == 1
    assert resumed.frontier_counts() == {"pending": 1, "inflight": 0, "done": 1}
    assert not resumed.push_request("b", b"B", 0)  # done pages stay known
    resumed.reset()
    assert resumed.frontier_counts() == {"pending": 0, "inflight": 0, "done": 0}
    resumed.close()


def test_a_second_holder_of_the_state_is_refused(tmp_path):
    from profilecrawler.state import JobDirLocked

    first = SQLiteState(tmp_path / "state.sqlite")
    with pytest.raises(JobDirLocked, match="in use by another crawl"):
        SQLiteState(tmp_path / "state.sqlite")
    first.close()
    SQLiteState(tmp_path / "state.sqlite").close()  # free again once closed


def test_sqlite_cache_storage_keeps_whole_responses_and_expires_them(tmp_path):
    from scrapy import Request, Spider
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from profilecrawler.httpcache import SQLiteCacheStorage

    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path / "cache")})
    spider = Spider.from_crawler(crawler, name="directory")
    storage = SQLiteCacheStorage(crawler.settings)
    storage.open_spider(spider)
    request = Request("http://127.0.0.1:1/en/directory/zoe-muller")
    assert storage.retrieve_response(spider, request) is None
    body = "<main>Zoë Müller</main>".encode()
    storage.store_response(spider, request, HtmlResponse(request.url, status=200, body=body,
                                                           headers={"ETag": '"abc"', "Content-Type": "text/html; charset=utf-8"}))
    storage.close_spider(spider)

    storage = SQLiteCacheStorage(crawler.settings)  # a later run
    storage.open_spider(spider)
    cached = storage.retrieve_response(spider, Request(request.url))
    assert isinstance(cached, HtmlResponse) and cached.body == body and cached.headers[b"ETag"] == b'"abc"'
    assert cached.text == "<main>Zoë Müller</main>"
    storage.expiration_secs = 1
    storage._db.execute("UPDATE responses SET stored = stored - 10")
    assert storage.retrieve_response(spider, Request(request.url)) is None
    storage.close_spider(spider)
    assert (tmp_path / "cache" / "directory.sqlite").exists()
