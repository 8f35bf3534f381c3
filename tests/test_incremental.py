"""Incremental re-crawls: conditional requests make a re-crawl of an unchanged
site cheap yet give the same full snapshot; after the site changes,
``changes.jsonl`` says what was added, changed and removed."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, read_jsonl, scrapy_crawl, without_volatile
from profilecrawler import text
from profilecrawler.fixture_server import FixtureSite

EXPECTED_CHANGES = json.loads((REPO / "fixtures/expected/changes.json").read_text(encoding="utf-8"))


def body_bytes(site, since: int) -> int:
    return sum(record.bytes_sent for record in list(site.requests)[since:])


def change_key(change: dict) -> tuple:
    return change["change"], change.get("record_type", change.get("type")), change["id"], tuple(change.get("fields", ()))


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    """One job (output and HTTP cache kept between runs) over a site of its own,
    which the tests switch to the changed variant."""
    with FixtureSite() as site:
        out = tmp_path_factory.mktemp("job")
        runs = []

        def run():
            start = len(site.requests)
            crawl = scrapy_crawl(out, "directory", "-a", f"start_url={site.base_url}/en/directory",
                                 "-s", f"HTTPCACHE_DIR={out / 'cache'}")
            assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
            runs.append((body_bytes(site, start), without_volatile(crawl.profiles), without_volatile(crawl.publications),
                         read_jsonl(out / "changes.jsonl"), list(site.requests)[start:], crawl.stats))
            return runs[-1]

        run()  # first crawl
        run()  # the same site again
        site.server.set_variant("changed")
        run()
        yield runs


def test_an_unchanged_site_costs_at_most_5_percent_of_the_bytes(job):
    (first_bytes, *_), (again_bytes, *_), _ = job
    assert first_bytes > 500_000
    assert again_bytes <= 0.05 * first_bytes


def test_a_recrawl_revalidates_every_page_and_writes_the_same_snapshot(job):
    first, again, _ = job
    assert again[1] == first[1] and again[2] == first[2]
    assert again[3] == []  # nothing changed
    revalidated = [r for r in again[4] if r.path != "/robots.txt"]
    assert revalidated and all(r.status == 304 for r in revalidated)
    assert all("if-none-match" in r.headers for r in revalidated)


def test_the_stats_say_what_the_server_answered(job):
    first, again, _ = job
    assert again[5]["server/status_count/304"] == sum(r.status == 304 for r in again[4])  # robots.txt too
    assert "server/status_count/304" not in first[5]
    assert again[5]["server/response_bytes"] <= 0.05 * first[5]["server/response_bytes"]
    assert first[5]["server/response_bytes"] == sum(r.bytes_sent for r in first[4])  # the bodies the server sent


def test_changes_lists_exactly_what_the_site_changed(job):
    *_, (_, profiles, publications, changes, *_) = job
    expected = []
    for change in EXPECTED_CHANGES:
        record_id = (text.profile_id("mila", change["slug"]) if change["type"] == "profile"
                     else text.publication_id(change["title"]))
        expected.append({"change": change["change"], "type": change["type"], "id": record_id,
                         "fields": change.get("fields", [])})
    assert sorted(map(change_key, changes)) == sorted(map(change_key, expected))
    assert all(change["type"] == "change" for change in changes)
    # The snapshot after the change is the changed site's, in full.
    changed = REPO / "fixtures/expected/changed"
    assert {p["id"] for p in profiles} == {
        text.profile_id("mila", p["slug"]) for p in json.loads((changed / "profiles.json").read_text())}
    assert {p["id"] for p in publications} == {
        text.publication_id(p["title"]) for p in json.loads((changed / "publications.json").read_text())}
