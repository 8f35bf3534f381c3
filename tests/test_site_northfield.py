"""The second institution (``profilecrawler.sites.northfield``): its fixture site
crawled through the fixture server with the same spiders, loaders, pipelines
and merge as the Mila directory, the records checked field by field against the
generator's truth (``fixtures/northfield/expected/``): roles and statuses,
dates at the precision shown, JSON-LD preferred with its source recorded, and
author lists completed from the publications' own pages."""

import json
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse

from conftest import REPO, scrapy_crawl
from profilecrawler import sitecheck, text
from profilecrawler.fixture_server import FixtureSite
from profilecrawler.sites import northfield, site_for

FIXTURES = REPO / "fixtures" / "northfield"
EXPECTED_PROFILES = json.loads((FIXTURES / "expected" / "profiles.json").read_text(encoding="utf-8"))
EXPECTED_PUBLICATIONS = json.loads((FIXTURES / "expected" / "publications.json").read_text(encoding="utf-8"))


def pid(slug):
    return text.profile_id("northfield", slug) if slug else None


@pytest.fixture(scope="module")
def northfield_site():
    with FixtureSite(root=FIXTURES / "site") as site:
        yield site


def crawl(site, folder, *args):
    start = len(site.requests)
    result = scrapy_crawl(folder, "directory", "-a", "site=northfield", "-a", f"start_url={site.base_url}/people",
                          *args)
    assert result.process.returncode == 0, result.process.stderr[-3000:]
    result.requests = list(site.requests)[start:]
    return result


@pytest.fixture(scope="module")
def full_crawl(northfield_site, tmp_path_factory):
    return crawl(northfield_site, tmp_path_factory.mktemp("northfield"))


@pytest.fixture(scope="module")
def cards_only_crawl(northfield_site, tmp_path_factory):
    return crawl(northfield_site, tmp_path_factory.mktemp("northfield-cards"), "-s", "FETCH_DETAIL_PAGES=False")


def by_key(publications):
    found = {text.title_key(p["title"]): p for p in publications}
    assert len(found) == len(publications), "one record per publication"
    return found


def test_every_profile_as_the_truth_says(full_crawl):
    profiles = {p["id"]: p for p in full_crawl.profiles}
    assert sorted(profiles) == sorted(pid(e["slug"]) for e in EXPECTED_PROFILES)
    for expected in EXPECTED_PROFILES:
        got = profiles[pid(expected["slug"])]
        for field in ("name", "status", "roles", "positions", "research_topics", "biography", "field_sources"):
            assert got[field] == expected[field], (expected["slug"], field)
        assert (got["portrait_url"] is None) == expected["portrait_unavailable"], expected["slug"]
        assert got["publication_count"] == len(expected["publication_titles"]), expected["slug"]
        assert urlsplit(got["url"]).path == f"/people/{expected['slug']}"
        assert got["students"] == got["supervisors"] == []


def test_emeriti_are_alumni_and_the_lists_give_the_statuses(full_crawl):
    statuses = {p["id"]: p["status"] for p in full_crawl.profiles}
    assert statuses[pid("gordon-mcallister")] == statuses[pid("helene-vasquez")] == "alumni"
    assert {statuses[pid(e["slug"])] for e in EXPECTED_PROFILES if e["slug"] not in
            ("gordon-mcallister", "helene-vasquez")} == {"member"}


def test_every_publication_once_with_whole_author_lists_from_their_own_pages(full_crawl):
    got_all = by_key(full_crawl.publications)
    assert sorted(got_all) == sorted(text.title_key(e["title"]) for e in EXPECTED_PUBLICATIONS)
    for expected in EXPECTED_PUBLICATIONS:
        got = got_all[text.title_key(expected["title"])]
        where = expected["key"]
        assert got["title"] == expected["title"], where
        assert got["authors"] == [{"name": a["name"], "profile_id": pid(a["slug"])} for a in expected["authors"]], where
        for field in ("declared_author_count", "authors_complete", "published", "abstract", "field_sources"):
            assert got[field] == expected[field], (where, field)
        assert got["profile_ids"] == [pid(slug) for slug in expected["profile_slugs"]], where
        assert got["sightings"] == expected["cards"], where
        assert set(expected["flags"]) <= set(got["quality_flags"]), where
        if expected["authors_complete"]:
            assert not {"authors_cut", "author_count_mismatch"} & set(got["quality_flags"]), where


def test_a_cut_list_without_a_page_of_its_own_stays_as_shown_and_flagged(full_crawl):
    record = by_key(full_crawl.publications)[text.title_key("Fair Ranking under Uncertainty")]
    assert [a["name"] for a in record["authors"]] == ["Chiara Bassi", "Jonas Berg"]
    assert record["authors_complete"] is False and "authors_cut" in record["quality_flags"]


def test_each_publication_page_is_fetched_once_and_only_for_cut_lists(full_crawl):
    detail = sorted(r.path for r in full_crawl.requests if r.path.startswith("/publications/"))
    cut_with_page = sorted(f"/publications/{e['key']}" for e in EXPECTED_PUBLICATIONS if e["abstract"] is not None)
    assert detail == cut_with_page  # graph-rewiring is linked from three cards: fetched once
    assert "/publications/sparse-attention" not in detail  # its card lists every author
    assert full_crawl.stats["pages/detail"] == len(cut_with_page)
    assert full_crawl.stats["authors/completed_from_detail_page"] == len(cut_with_page)


def test_without_detail_pages_the_lists_stay_as_the_cards_show_them(cards_only_crawl):
    assert not [r.path for r in cards_only_crawl.requests if r.path.startswith("/publications/")]
    got_all = by_key(cards_only_crawl.publications)
    for expected in EXPECTED_PUBLICATIONS:
        got, shown = got_all[text.title_key(expected["title"])], expected["cards_only"]
        assert got["authors"] == [{"name": a["name"], "profile_id": pid(a["slug"])} for a in shown["authors"]]
        assert got["authors_complete"] == shown["authors_complete"], expected["key"]
        assert got["declared_author_count"] == shown["declared_author_count"], expected["key"]
        assert set(got["field_sources"].values()) == {"html"}
    benchmark = got_all[text.title_key("A Benchmark Suite for Causal Discovery at Scale")]
    assert "author_count_mismatch" in benchmark["quality_flags"] and benchmark["declared_author_count"] == 23


def test_dates_keep_the_precision_shown(full_crawl):
    published = {p["title"]: p["published"] for p in full_crawl.publications}
    assert published["A Benchmark Suite for Causal Discovery at Scale"] == "2023"  # "Spring 2023"
    assert published["Retrieval-Augmented Question Answering for Course Forums"] == "2020"  # "Fall 2020"
    assert published["Fair Ranking under Uncertainty"] == "2021-11-02"
    assert published["Message Passing on Hypergraphs"] == "2021-06"  # "June 2021"


def test_unreadable_json_ld_is_logged_and_the_text_read(full_crawl):
    assert "Unreadable JSON-LD on" in full_crawl.log and "gordon-mcallister" in full_crawl.log
    gordon = next(p for p in full_crawl.profiles if p["id"] == pid("gordon-mcallister"))
    assert gordon["name"] == "Gordon McAllister" and gordon["field_sources"]["name"] == "html"


def test_the_site_is_chosen_by_its_host_and_its_page_objects_by_url():
    assert site_for(None, ["https://cs.northfield.example/people"]) is northfield
    assert site_for(None, ["http://127.0.0.1:9/people"]).NAME == "mila"  # the URL does not tell: the default
    from web_poet import default_registry
    from profilecrawler.pages import DetailPage, ProfilePage
    rules = {rule.use for rule in default_registry.get_rules() if "cs.northfield.example" in rule.for_patterns.include}
    assert {northfield.ProfilePage, northfield.ListingPage, northfield.DetailPage} <= rules
    assert issubclass(northfield.DetailPage, DetailPage) and issubclass(northfield.ProfilePage, ProfilePage)


def saved(path: str, url: str) -> HtmlResponse:
    body = (FIXTURES / "site" / path).read_bytes()
    return HtmlResponse(url=url, body=body, encoding="utf-8")


def test_a_show_all_marker_declares_the_total_and_et_al_cuts():
    response = saved("people/dev-raman/index.html", "https://cs.northfield.example/people/dev-raman")
    page = northfield.ProfilePage.of(response)  # (a page object holds its response weakly)
    cards = {card["title"]: card for card in page.cards(pid("dev-raman"))}
    benchmark = cards["A Benchmark Suite for Causal Discovery at Scale"]
    assert benchmark["declared_author_count"] == 23 and len(benchmark["authors"]) == 5
    assert benchmark["detail_url"] == "https://cs.northfield.example/publications/causal-benchmarks"
    fair = cards["Fair Ranking under Uncertainty"]
    assert fair["quality_flags"] == ["authors_cut"] and fair["declared_author_count"] is None
    assert fair.get("detail_url") is None
    assert [a["profile_id"] for a in benchmark["authors"][:2]] == [pid("dev-raman"), pid("eun-ji-park")]


def test_check_site_reads_a_publication_page():
    response = saved("publications/energy-scheduling/index.html",
                     "https://cs.northfield.example/publications/energy-scheduling")
    report = sitecheck.examine(response, northfield)
    assert report.kind == "detail" and report.problem is None
    assert report.fields["authors"]["count"] == 9
    assert report.fields["field_sources"]["count"] == 4 and "authors: json-ld" in report.fields["field_sources"]["first"]
    listing = sitecheck.examine(saved("people/faculty/index.html", "https://cs.northfield.example/people/faculty"),
                                northfield)
    assert listing.kind == "listing" and listing.fields["profile_links"]["count"] == 4
    not_a_publication = HtmlResponse(url=response.url, body=b"<html><body><main><p>Moved</p></main></body></html>",
                                     encoding="utf-8")
    assert sitecheck.examine(not_a_publication, northfield).problem.startswith("not_a_detail_page")


def test_the_committed_fixtures_are_what_the_generator_writes(tmp_path, monkeypatch, capsys):
    import importlib.util
    spec = importlib.util.spec_from_file_location("northfield_build_site", FIXTURES / "build_site.py")
    generator = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(__import__("sys").modules, spec.name, generator)  # (its dataclasses look it up)
    spec.loader.exec_module(generator)
    monkeypatch.setattr(generator, "SITE", tmp_path / "site")
    monkeypatch.setattr(generator, "EXPECTED", tmp_path / "expected")
    generator.main()
    for folder in ("site", "expected"):
        written = {p.relative_to(tmp_path / folder): p.read_bytes() for p in (tmp_path / folder).rglob("*") if p.is_file()}
        committed = {p.relative_to(FIXTURES / folder): p.read_bytes() for p in (FIXTURES / folder).rglob("*")
                     if p.is_file()}
        assert written == committed, f"fixtures/northfield/{folder} is not what build_site.py writes: run it"
