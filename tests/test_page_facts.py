"""Facts of a page the crawler must read as a browser shows them (issue 10),
crawled from a profile page of its own (tests/pages/ada-byron.html) served over
the fixture site: line breaks and blocks are whitespace, a biography keeps every
block, hrefs with whitespace around them are links, a link belongs to one author
entry, "An …" is a name."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, scrapy_crawl
from profilecrawler.fixture_server import FixtureSite

PAGE = REPO / "tests" / "pages" / "ada-byron.html"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    variant = tmp_path_factory.mktemp("variant")
    (variant / "en" / "directory" / "ada-byron").mkdir(parents=True)
    shutil.copy(PAGE, variant / "en" / "directory" / "ada-byron" / "page-0.html")
    with FixtureSite(variant=str(variant)) as site:
        done = scrapy_crawl(tmp_path_factory.mktemp("out"), "profile", "-a", f"url={site.base_url}/en/directory/ada-byron")
    assert done.process.returncode == 0, done.process.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def profile(crawl):
    (record,) = crawl.profiles
    return record


@pytest.fixture(scope="module")
def publications(crawl):
    return {record["title"]: record for record in crawl.publications if record["title"] != "Introduction"}


def test_a_name_in_inline_elements_is_read_whole(profile):
    assert profile["name"] == "Ada Byron"


def test_a_biography_keeps_every_block_in_order_and_breaks_are_not_glued(profile):
    assert profile["biography"] == "\n\n".join([
        "Ada Byron is a Professor at McGill University.",
        "Before joining the institute, she worked in industry.",
        "Awards", "Turing Fellowship, 2021", "Best Paper Award, 2023",
        "She leads the Analytical Engines lab.", "Open science matters to her.",
    ])


def test_student_and_supervisor_links_with_whitespace_around_their_href_are_links(profile):
    assert [(s["name"], s["profile_id"]) for s in profile["students"]] == [("Camille Dufresne", "mila:camille-dufresne")]
    assert [(s["name"], s["profile_id"]) for s in profile["supervisors"]] == [("Éloïse Bérubé", "mila:eloise-berube")]


def test_a_title_an_author_name_and_an_abstract_with_breaks_and_blocks_read_as_shown(publications):
    record = publications["Attention Is Not All You Need"]
    assert record["abstract"] == "Models fail after deployment. We learn from the failures."
    assert [a["name"] for a in record["authors"]] == ["Wei Zhang", "Ada Byron", "Wei Zhang"]


def test_two_authors_with_one_name_and_one_link_keep_the_link_on_its_entry(publications):
    record = publications["Attention Is Not All You Need"]
    assert [a["profile_id"] for a in record["authors"]] == [None, "mila:ada-byron", "mila:wei-zhang"]


def test_two_members_with_one_display_name_keep_their_own_profiles(publications):
    record = publications["Two Members Named Li Wei"]
    assert [a["profile_id"] for a in record["authors"]] == ["mila:li-wei", "mila:ada-byron", "mila:li-wei-1", None]


def test_an_as_a_given_name_is_not_citation_text(publications):
    record = publications["Two Members Named Li Wei"]
    assert "authors_contain_citation_text" not in record["quality_flags"] and record["citation_text_authors"] == []


def test_two_papers_with_one_title_and_no_author_in_common_are_two_records(crawl, profile):
    introductions = [record for record in crawl.publications if record["title"] == "Introduction"]
    assert sorted((r["published"], [a["name"] for a in r["authors"]]) for r in introductions) == [
        ("2019", ["Ada Byron", "Grace Hopper"]), ("2022", ["Edsger Dijkstra", "Barbara Liskov"])]
    assert all("title_shared" in r["quality_flags"] for r in introductions)
    assert len({r["id"] for r in introductions}) == 2
    assert profile["publication_count"] == len(crawl.publications) == 4
