"""The ``directory`` spider over the whole fixture site, compared with the
generator's ground truth (``fixtures/expected/``), and the demo command."""

import json
import re
import subprocess
import sys
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest

from conftest import REPO, read_jsonl, scrapy_crawl
from profilecrawler import text

EXPECTED = REPO / "fixtures" / "expected"
EXPECTED_PROFILES = json.loads((EXPECTED / "profiles.json").read_text(encoding="utf-8"))
EXPECTED_PUBLICATIONS = json.loads((EXPECTED / "publications.json").read_text(encoding="utf-8"))
MALFORMED = json.loads((EXPECTED / "malformed.json").read_text(encoding="utf-8"))


def pid(slug):
    return text.profile_id("mila", slug) if slug else None


@pytest.fixture(scope="module")
def site_crawl(fixture_site, tmp_path_factory):
    start = len(fixture_site.requests)
    crawl = scrapy_crawl(
        tmp_path_factory.mktemp("directory"), "directory", "-a", f"start_url={fixture_site.base_url}/en/directory"
    )
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    crawl.requests = list(fixture_site.requests)[start:]
    return crawl


def test_every_profile_once_as_the_site_shows_it(site_crawl):
    profiles = {p["id"]: p for p in site_crawl.profiles}
    assert len(profiles) == len(site_crawl.profiles) == len(EXPECTED_PROFILES)
    for expected in EXPECTED_PROFILES:
        got = profiles[pid(expected["slug"])]
        for field in ("name", "status", "roles", "positions", "research_topics", "biography"):
            assert got[field] == expected[field], (expected["slug"], field)
        assert (got["portrait_url"] is None) == expected["portrait_unavailable"], expected["slug"]
        for field in ("students", "supervisors"):
            want = [{**{k: v for k, v in person.items() if k != "slug"}, "profile_id": pid(person["slug"])}
                    for person in expected[field]]
            assert got[field] == want, (expected["slug"], field)
        assert got["publication_count"] == len(expected["publication_titles"]), expected["slug"]
        assert urlsplit(got["url"]).path == f"/en/directory/{expected['slug']}"


def test_every_publication_once_merged_from_all_its_cards(site_crawl):
    publications = site_crawl.publications
    assert len({p["id"] for p in publications}) == len(publications)
    assert len({text.title_key(p["title"]) for p in publications}) == len(publications)
    by_key = {text.title_key(p["title"]): p for p in publications}
    assert sorted(by_key) == sorted(text.title_key(e["title"]) for e in EXPECTED_PUBLICATIONS)
    for expected in EXPECTED_PUBLICATIONS:
        got = by_key[text.title_key(expected["title"])]
        assert got["title"] == expected["title"]
        assert got["authors"] == [{"name": a["name"], "profile_id": pid(a["slug"])} for a in expected["authors"]], expected["title"]
        for field in ("declared_author_count", "authors_complete", "abstract", "abstract_complete", "published"):
            assert got[field] == expected[field], (expected["title"], field)
        assert got["profile_ids"] == sorted(pid(slug) for slug in expected["profile_slugs"]), expected["title"]
        assert got["sightings"] == expected["cards"], expected["title"]
        assert got["id"] == text.publication_id(expected["title"])


def test_shared_publications_list_every_profile_and_member_links_carry_ids(site_crawl):
    shared = [p for p in site_crawl.publications if len(p["profile_ids"]) >= 3]
    assert shared, "the fixture site shares publications between profiles"
    linked = [a for p in site_crawl.publications for a in p["authors"] if a["profile_id"]]
    known = {p["id"] for p in site_crawl.profiles}
    assert linked and {a["profile_id"] for a in linked} <= known


def test_dates_keep_the_precision_the_card_shows(site_crawl):
    precisions = Counter(len(p["published"]) for p in site_crawl.publications if p["published"])
    assert set(precisions) == {4, 7, 10}  # YYYY, YYYY-MM, YYYY-MM-DD


def test_each_page_is_fetched_once_whatever_url_form_led_to_it(site_crawl):
    pages = Counter(unquote(r.path) for r in site_crawl.requests if r.path != "/robots.txt")
    assert pages and max(pages.values()) == 1
    fetched_profiles = {urlsplit(path).path for path in pages if path.startswith("/en/directory/")}
    assert fetched_profiles == {f"/en/directory/{p['slug']}" for p in EXPECTED_PROFILES}
    assert all(r.status == 200 for r in site_crawl.requests)


def test_malformed_cards_are_counted_and_logged_and_nothing_else_is_lost(site_crawl):
    stats, log = site_crawl.stats, site_crawl.log
    kinds = {card["kind"] for card in MALFORMED["cards"]}
    assert kinds == {"no_title", "marker_without_count", "empty_authors", "unclosed_card"}
    assert stats["malformed/publication_card/no_title"] == 1
    assert stats["malformed/publication_card/author_marker_without_count"] == 1
    assert stats["malformed/publication_card/authors_missing"] == 1
    assert stats["malformed/publication_card/card_not_closed"] == 1
    page = MALFORMED["page"]
    assert log.count(page) >= 4 and "without title" in log
    titles = {p["title"] for p in site_crawl.publications}
    assert {card["title"] for card in MALFORMED["cards"] if card["title"]} <= titles


@pytest.mark.parametrize("argument, status, view", [("alumni", "alumni", "alumni"),
                                                    ("member", "member", "members")])  # as the records say it
def test_status_filter_crawls_only_that_listing(fixture_site, tmp_path, argument, status, view):
    crawl = scrapy_crawl(
        tmp_path, "directory", "-a", f"status={argument}", "-a", f"start_url={fixture_site.base_url}/en/directory"
    )
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert {p["id"] for p in crawl.profiles} == {pid(p["slug"]) for p in EXPECTED_PROFILES if p["status"] == status}
    scope = json.loads((crawl.run_dir / "manifest.json").read_text(encoding="utf-8"))["scope"]
    assert scope["name"] == f"directory:{view}" and scope["statuses"] == [status]


def test_a_profile_lists_every_page_its_publications_were_seen_on(site_crawl):
    by_id = {p["id"]: p for p in site_crawl.profiles}
    pages = {}
    for publication in site_crawl.publications:
        for url in publication["source_urls"]:
            pages.setdefault(pid(urlsplit(url).path.rstrip("/").split("/")[-1]), set()).add(url)
    paged = [key for key, urls in pages.items() if len(urls) > 1]
    assert paged  # some members have several publication pages
    for key, urls in pages.items():
        if key in by_id:
            assert urls <= set(by_id[key]["source_urls"]), key


def test_demo_command_crawls_the_fixture_site_and_summarises(tmp_path, site_crawl):
    out = tmp_path / "demo"
    demo = subprocess.run(
        [sys.executable, "-m", "profilecrawler", "demo", "--output-dir", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    members = sum(p["status"] == "member" for p in EXPECTED_PROFILES)
    assert f"profiles: {len(EXPECTED_PROFILES)} (alumni {len(EXPECTED_PROFILES) - members}, member {members})" in demo.stdout
    cards = sum(p["cards"] for p in EXPECTED_PUBLICATIONS)
    assert f"publications: {len(EXPECTED_PUBLICATIONS)} from {cards} cards ({cards - len(EXPECTED_PUBLICATIONS)} duplicates merged)" in demo.stdout
    strip = lambda records: [{k: v for k, v in r.items() if k not in ("crawled_at", "url", "source_urls", "portrait_url")} for r in records]
    assert strip(read_jsonl(out / "profiles.jsonl")) == strip(site_crawl.profiles)
    assert len(read_jsonl(out / "publications.jsonl")) == len(EXPECTED_PUBLICATIONS)


def test_times_are_written_one_way_in_every_file(site_crawl):
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")
    manifest = json.loads((site_crawl.run_dir / "manifest.json").read_text(encoding="utf-8"))
    verdict = json.loads((site_crawl.run_dir / "verdict.json").read_text(encoding="utf-8"))
    times = [site_crawl.stats["start_time"], site_crawl.stats["finish_time"], manifest["finished_at"],
             verdict["decided_at"], *(p["crawled_at"] for p in site_crawl.profiles)]
    assert all(iso.match(value) for value in times), [value for value in times if not iso.match(value)]


def test_the_log_is_info_by_default(site_crawl):
    lines = site_crawl.log.splitlines()
    assert "Crawl summary (finished)" in site_crawl.log
    assert not [line for line in lines if "] DEBUG: " in line]
    assert len(lines) < 1000  # every request and item would be thousands (they are DEBUG)
