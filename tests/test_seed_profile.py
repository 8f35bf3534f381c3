"""Issue 2's first acceptance point: the seed page crawled with the on-demand
spider yields exactly ``fixtures/seed/raymond-li.expected.json``."""

import json

import pytest

from conftest import REPO, scrapy_crawl

EXPECTED = json.loads((REPO / "fixtures/seed/raymond-li.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_crawl(fixture_site, tmp_path_factory):
    crawl = scrapy_crawl(
        tmp_path_factory.mktemp("seed"), "profile", "-a", f"url={fixture_site.base_url}/en/directory/raymond-li"
    )
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return crawl


def test_one_profile_as_the_page_shows_it(seed_crawl):
    (profile,) = seed_crawl.profiles
    assert {k: profile[k] for k in ("name", "status", "portrait_url")} == EXPECTED["profile"]
    assert profile["id"] == "mila:raymond-li"
    assert profile["roles"] == ["Alumni"]
    assert profile["publication_count"] == len(EXPECTED["publications"])


def test_twelve_cards_are_exactly_the_three_expected_publications(seed_crawl):
    publications = {p["title"]: p for p in seed_crawl.publications}
    assert sorted(publications) == sorted(p["title"] for p in EXPECTED["publications"])
    assert sum(p["sightings"] for p in publications.values()) == EXPECTED["publication_cards_on_page"]
    (profile,) = seed_crawl.profiles
    for expected in EXPECTED["publications"]:
        got = publications[expected["title"]]
        assert got["authors"] == expected["authors"], expected["title"]
        for field in ("declared_author_count", "authors_complete", "abstract", "abstract_complete"):
            assert got[field] == expected[field], (expected["title"], field)
        assert set(expected["quality_flags_include"]) <= set(got["quality_flags"])
        assert got["profile_ids"] == [profile["id"]]
        assert got["sightings"] == expected["cards_on_page"]


def test_majority_spelling_and_polluted_list_kept_and_flagged(seed_crawl):
    publications = {p["title"]: p for p in seed_crawl.publications}
    starcoder2 = [a["name"] for a in publications["StarCoder 2 and The Stack v2: The Next Generation"]["authors"]]
    assert "Md. Mostofa Ali Patwary" in starcoder2 and "Mostofa Ali Patwary" not in starcoder2
    numeracy = publications["Evaluating Numeracy of Language Models as a Natural Language Inference Task"]
    names = [a["name"] for a in numeracy["authors"]]
    assert {"Sean Welleck. 2024", "Llemma", "The Llama", "Gemma Team"} <= set(names)
    assert "authors_contain_citation_text" in numeracy["quality_flags"]


def test_alias_and_junk_parameter_urls_give_the_same_records(fixture_site, seed_crawl, tmp_path):
    base = fixture_site.base_url
    urls = [f"{base}/en/person/raymond-li?locale=zh-cn", f"{base}/en/raymond-li/", f"{base}/fr/annuaire/raymond-li?lang=fr&q=x"]
    crawl = scrapy_crawl(tmp_path, "profile", "-a", "url=" + ",".join(urls))
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    strip = lambda records: [{k: v for k, v in r.items() if k != "crawled_at"} for r in records]
    assert strip(crawl.profiles) == strip(seed_crawl.profiles)
    assert crawl.publications == seed_crawl.publications
    assert crawl.stats["pages/profile"] == 1
