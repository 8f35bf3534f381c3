"""Hostile pages (issue 9) against the project's hostile server
(``profilecrawler.hostile_server``), with real ``scrapy crawl`` processes and
real loads: a page that is not what it should be is a failure with its reason,
its profile is unreached in the manifest, a load of the result deactivates
nothing, and no good value is replaced by a worse one. Traps (endless and
repeating pagers) end within their limits, counted and logged; a listing link
to another host never leaves its page undone."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import REPO, read_jsonl, scrapy_crawl
from dbtools import dump, profilecrawler
from profilecrawler.db import tables
from profilecrawler.hostile_server import HostilePlan, HostileSite

SLUG = "eloise-berube"  # six publication pages in the fixture site
PROFILE = f"/en/directory/{SLUG}"
PERSON = f"mila:{SLUG}"


def start_url(site) -> str:
    return f"start_url={site.base_url}/en/directory"


def active_keys(url: str) -> dict[str, set]:
    """For each table with an ``active`` column, the primary keys of its active rows."""
    result = {}
    for table, rows in dump(url).items():
        if rows and "active" in rows[0]:
            key = [column.name for column in getattr(tables, table).primary_key.columns]
            result[table] = {tuple(row[name] for name in key) for row in rows if row["active"]}
    return result


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, fixture_site):
    """A published crawl of the whole fixture site, loaded into SQLite."""
    root = tmp_path_factory.mktemp("hostile-baseline")
    crawl = scrapy_crawl(root / "job", "directory", "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert "frontier/dropped_before_scheduling" not in crawl.stats  # only offsite links are dropped
    url = f"sqlite:///{root / 'crawl.db'}"
    loaded = profilecrawler("load", str(root / "job"), "--db", url, cwd=REPO)
    assert loaded.returncode == 0, loaded.stderr
    return root, crawl


def hostile_run(baseline, tmp_path, plan: dict, *settings: str):
    """Crawl the hostile site into a copy of the baseline's job, then load the
    result (suspect or not) into a copy of its database."""
    root, _ = baseline
    shutil.copytree(root / "job", tmp_path / "job", symlinks=True)
    shutil.copy(root / "crawl.db", tmp_path / "crawl.db")
    with HostileSite(HostilePlan(plan)) as site:
        crawl = scrapy_crawl(tmp_path / "job", "directory", "-a", start_url(site), *settings)
        crawl.requests = site.requests.snapshot()
        crawl.base_url = site.base_url
    crawl.db = f"sqlite:///{tmp_path / 'crawl.db'}"
    load = profilecrawler("load", str(crawl.run_dir), "--db", crawl.db, "--accept-suspect", cwd=REPO)
    assert load.returncode == 0, load.stderr
    return crawl


def manifest(crawl) -> dict:
    return json.loads((crawl.run_dir / "manifest.json").read_text(encoding="utf-8"))


def assert_nothing_deactivated(baseline, crawl) -> None:
    before = active_keys(f"sqlite:///{baseline[0] / 'crawl.db'}")
    after = active_keys(crawl.db)
    for table, rows in before.items():
        assert rows <= after[table], f"{table}: {len(rows - after[table])} rows deactivated"


DAMAGED_PAGES = [
    ("empty", PROFILE, "empty_page"),
    ("garbage", PROFILE, "not_a_profile_page"),
    ("pdf", PROFILE, "not_html"),
    ("pdf-as-html", PROFILE, "not_html"),
    ("maintenance", PROFILE, "not_a_profile_page"),
    ("deep-nesting", PROFILE, "not_a_profile_page"),
    ("gzip-truncated", PROFILE, "truncated_body"),
    ("gzip-truncated", f"{PROFILE}?page=0,2", "truncated_body"),
    ("maintenance", f"{PROFILE}?page=0,1", "not_a_profile_page"),
]


@pytest.mark.parametrize("kind, path, reason", DAMAGED_PAGES, ids=[f"{k}@{p.split('?')[-1]}" for k, p, _ in DAMAGED_PAGES])
def test_a_damaged_page_is_a_failure_never_a_record(baseline, tmp_path, kind, path, reason):
    crawl = hostile_run(baseline, tmp_path, {path: kind})
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]  # one failed profile: published
    failures = {f["url"].removeprefix(crawl.base_url).replace("%2C", ","): f for f in read_jsonl(crawl.run_dir / "failures.jsonl")}
    assert failures[path]["reason"] == reason
    assert failures[path]["attempts"] == 4  # retried like a transient error (RETRY_TIMES 3)
    assert sum(1 for r in crawl.requests if r.path.replace("%2C", ",") == path) == 4
    assert PERSON in manifest(crawl)["scope"]["unreached_profile_ids"]
    assert crawl.stats[f"failures/{reason}"] == 1
    if path == PROFILE:  # no record of a page that is not a profile page
        assert PERSON not in {p["id"] for p in crawl.profiles}
    assert_nothing_deactivated(baseline, crawl)
    rows = {row["id"]: row for row in dump(crawl.db)["profiles"]}
    before = {row["id"]: row for row in dump(f"sqlite:///{baseline[0] / 'crawl.db'}")["profiles"]}
    if path == PROFILE:  # the profile's row is the good one of the baseline, untouched
        assert rows[PERSON] == before[PERSON]
    else:  # its page 0 was fine: the row is that page's, on this site's address
        assert (rows[PERSON]["name"], rows[PERSON]["active"]) == (before[PERSON]["name"], before[PERSON]["active"])


def test_a_page_in_the_wrong_charset_is_read_right(baseline, tmp_path):
    crawl = hostile_run(baseline, tmp_path, {PROFILE: "wrong-charset"})  # every page of the profile
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert crawl.stats["charset/corrected"] == len(list((REPO / "fixtures/site" / PROFILE[1:]).glob("page-*.html")))
    assert "declares charset cp1252, but its bytes are utf-8" in crawl.log
    good = {p["id"]: p for p in baseline[1].profiles}
    mine = {p["id"]: p for p in crawl.profiles}
    assert mine[PERSON]["name"] == good[PERSON]["name"] == "Éloïse Bérubé"
    fields = ("name", "roles", "positions", "research_topics", "biography", "publication_count")
    assert {f: mine[PERSON][f] for f in fields} == {f: good[PERSON][f] for f in fields}
    titles = {p["id"]: (p["title"], p["abstract"]) for p in crawl.publications}
    assert titles == {p["id"]: (p["title"], p["abstract"]) for p in baseline[1].publications}
    assert not any("text_damaged" in p["quality_flags"] for p in crawl.publications)
    assert_nothing_deactivated(baseline, crawl)


def test_an_endless_publication_pager_ends_at_its_limit(baseline, tmp_path):
    crawl = hostile_run(baseline, tmp_path, {PROFILE: "endless-pager"}, "-s", "MAX_PUBLICATION_PAGES=12")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    pages = {r.path for r in crawl.requests if r.path.startswith(PROFILE)}
    assert len(pages) == 12  # pages 0..11, each once
    assert crawl.stats["limits/publication_pages"] == 1
    assert "Page limit reached" in crawl.log and "MAX_PUBLICATION_PAGES is 12" in crawl.log
    failure, = [f for f in read_jsonl(crawl.run_dir / "failures.jsonl") if f["reason"] == "page_limit"]
    assert failure["url"].endswith(f"{PROFILE}?page=0%2C12")
    assert PERSON in manifest(crawl)["scope"]["unreached_profile_ids"]
    assert_nothing_deactivated(baseline, crawl)


def test_a_repeating_publication_pager_ends_at_once(baseline, tmp_path):
    crawl = hostile_run(baseline, tmp_path, {PROFILE: "repeating-pager"})
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    pages = {r.path for r in crawl.requests if r.path.startswith(PROFILE)}
    assert len(pages) == 2  # page 0, and page 1 which showed page 0 again
    assert crawl.stats["pager/nothing_new/publication"] == 1
    reasons = {f["reason"] for f in read_jsonl(crawl.run_dir / "failures.jsonl")}
    assert "pager_no_new_content" in reasons
    assert PERSON in manifest(crawl)["scope"]["unreached_profile_ids"]
    assert_nothing_deactivated(baseline, crawl)


@pytest.mark.parametrize("kind", ["endless-pager", "repeating-pager"])
def test_a_listing_trap_ends_and_proves_nothing_gone(baseline, tmp_path, kind):
    crawl = hostile_run(baseline, tmp_path, {"/en/directory": kind}, "-s", "MAX_LISTING_PAGES=8")
    assert crawl.process.returncode in (0, 2), crawl.process.stderr[-3000:]
    listing_pages = {r.path for r in crawl.requests if r.path.startswith("/en/directory?")}
    assert len(listing_pages) <= 2 * 8  # two views, at most MAX_LISTING_PAGES each
    stat = "limits/listing_pages" if kind == "endless-pager" else "pager/nothing_new/listing"
    assert crawl.stats[stat] == 2  # once per view
    assert manifest(crawl)["scope"]["listing_complete"] is False
    assert_nothing_deactivated(baseline, crawl)


def test_a_listing_link_to_another_host_leaves_no_page_undone(baseline, tmp_path):
    crawl = hostile_run(baseline, tmp_path, {"/en/directory?member-type=members": "offsite-link"})
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    assert crawl.stats["frontier/dropped_before_scheduling"] == 1  # the profile link (a pager link gives a page number)
    assert "Request dropped before it was scheduled (offsite): http://127.0.0.2:" in crawl.log
    assert manifest(crawl)["scope"]["complete"] is True
    assert len(crawl.profiles) == len(baseline[1].profiles)
    assert_nothing_deactivated(baseline, crawl)

