"""The Mila directory's French pages (``/fr/annuaire/<slug>``): crawled alone
(``-a language=fr``) and with the English ones (``-a language=both``) through
the fixture server, the records checked field by field against the
generator's truth: roles and topics in the canonical vocabulary with the
page's own wording beside them, dates at the precision shown, one record per
person and per publication."""

import json
import logging

import pytest

from conftest import REPO, scrapy_crawl
from profilecrawler import merge, text
from profilecrawler.sites import mila

EXPECTED = REPO / "fixtures" / "expected"
EXPECTED_PROFILES = json.loads((EXPECTED / "profiles.json").read_text(encoding="utf-8"))
EXPECTED_PUBLICATIONS = json.loads((EXPECTED / "publications.json").read_text(encoding="utf-8"))


def pid(slug):
    return text.profile_id("mila", slug) if slug else None


def crawl(site, folder, language):
    start = len(site.requests)
    result = scrapy_crawl(folder, "directory", "-a", f"start_url={site.base_url}/en/directory",
                          "-a", f"language={language}")
    assert result.process.returncode == 0, result.process.stderr[-3000:]
    result.requests = list(site.requests)[start:]
    return result


@pytest.fixture(scope="module")
def french(fixture_site, tmp_path_factory):
    return crawl(fixture_site, tmp_path_factory.mktemp("french"), "fr")


@pytest.fixture(scope="module")
def both(fixture_site, tmp_path_factory):
    return crawl(fixture_site, tmp_path_factory.mktemp("both"), "both")


def people(expected_people):
    return [{**{k: v for k, v in person.items() if k != "slug"}, "profile_id": pid(person["slug"])}
            for person in expected_people]


def check_profiles(records, languages, biography_language):
    by_id = {record["id"]: record for record in records}
    assert len(by_id) == len(records) == len(EXPECTED_PROFILES)
    for expected in EXPECTED_PROFILES:
        got = by_id[pid(expected["slug"])]
        where = expected["slug"]
        for field in ("name", "status", "roles", "research_topics", "positions"):
            assert got[field] == expected[field], (where, field)  # the canonical vocabulary
        assert got["students"] == people(expected["students"]), where
        assert got["supervisors"] == people(expected["supervisors"]), where
        assert got["as_shown"] == {"fr": expected["fr"]}, where  # the French page's own wording
        assert got["languages"] == languages, where
        want_bio = expected["fr"]["biography"] if biography_language == "fr" else expected["biography"]
        assert got["biography"] == want_bio, where
        assert (got["portrait_url"] is None) == expected["portrait_unavailable"], where
        assert got["publication_count"] == len(expected["publication_titles"]), where
        assert got["url"].endswith(f"/en/directory/{expected['slug']}")  # one URL per person, whatever the language


def check_publications(records, sightings_per_card):
    by_key = {text.title_key(record["title"]): record for record in records}
    assert len(by_key) == len(records) == len({record["id"] for record in records}) == len(EXPECTED_PUBLICATIONS)
    for expected in EXPECTED_PUBLICATIONS:
        got = by_key[text.title_key(expected["title"])]
        assert got["title"] == expected["title"]
        assert got["authors"] == [{"name": a["name"], "profile_id": pid(a["slug"])} for a in expected["authors"]]
        for field in ("declared_author_count", "authors_complete", "abstract", "abstract_complete", "published"):
            assert got[field] == expected[field], (expected["title"], field)
        assert got["profile_ids"] == sorted(pid(slug) for slug in expected["profile_slugs"])
        assert got["sightings"] == sightings_per_card * expected["cards"], expected["title"]


def test_french_pages_give_the_canonical_records_with_their_own_wording(french):
    # The listings are read in English (the site's first language), every profile page in French.
    assert not [r.path for r in french.requests if r.path.startswith("/en/directory/")]
    assert len({r.path.split("?")[0] for r in french.requests if r.path.startswith("/fr/annuaire/")}) == len(EXPECTED_PROFILES)
    check_profiles(french.profiles, ["fr"], "fr")
    check_publications(french.publications, 1)


def test_english_and_french_together_are_one_record_each_with_the_union_of_their_data(both):
    check_profiles(both.profiles, ["en", "fr"], "en")
    # Each card is seen on the English page and on the French one: twice the sightings, the same records.
    check_publications(both.publications, 2)
    for record in both.profiles:
        assert {url.split("/")[3] for url in record["source_urls"]} == {"en", "fr"}


def test_french_dates_are_read_at_the_precision_shown():
    assert text.parse_published("le vendredi 28 mars 2025") == "2025-03-28"
    assert text.parse_published("28 mars 2025") == "2025-03-28"
    assert text.parse_published("mars 2025") == "2025-03"
    assert text.parse_published("12 août 2020") == "2020-08-12"
    assert text._common_date("février 2014") == "2014-02"  # read without dateparser


def test_the_french_markers_are_read():
    authors = text.author_list([("A B", None), ("C D … (voir 3 de plus)", None), ("E F", None)], mila.AUTHOR_MARKER)
    assert authors.names == [("A B", None), ("C D", None), ("E F", None)] and authors.declared_count == 5
    assert text.join_abstract("un résul… (voir plus)tat") == text.Abstract("un résultat", True)


@pytest.mark.parametrize("kind, shown, canonical", [
    ("role", "Membre académique principal", "Core Academic Member"),
    ("role", "Collaborateur⋅rice alumni - Université de Montréal", "Collaborating Alumni - Université de Montréal"),
    ("role", "Doctorat - UdeM", "PhD - UdeM"),
    ("program", "Maîtrise recherche - McGill University", "Master's - McGill University"),
    ("program", "Postdoctorat", "Postdoctorate"),
    ("supervision", "Superviseur⋅e principal⋅e :", "Principal supervisor"),
    ("supervision", "Co-superviseur·e :", "Co-supervisor"),
    ("topic", "apprentissage profond", "Deep Learning"),
])
def test_the_french_vocabulary_maps_to_the_canonical_one(kind, shown, canonical):
    assert mila.canonical_term(kind, shown, "fr") == canonical
    assert mila.canonical_term(kind, canonical, "en") == canonical


def test_a_french_word_with_no_mapping_is_kept_as_shown_and_logged(caplog):
    with caplog.at_level(logging.WARNING):
        assert mila.canonical_term("role", "Membre honoraire", "fr") == "Membre honoraire"
    assert "No canonical role for the fr wording 'Membre honoraire'" in caplog.text


def test_a_french_page_adds_its_language_and_wording_but_never_replaces_the_english_fields():
    english = {"id": "mila:x", "name": "X", "roles": ["Core Academic Member"], "biography": "In English.",
               "languages": ["en"], "as_shown": {}, "source_url": "http://h/en/directory/x"}
    french = {**english, "biography": "En français.", "languages": ["fr"], "source_url": "http://h/fr/annuaire/x",
              "as_shown": {"fr": {"roles": ["Membre académique principal"], "research_topics": [],
                                  "biography": "En français."}}}
    for order in ((english, french), (french, english)):
        state = None
        for sighting in order:
            state = merge.fold_profile(state, sighting)
        record = merge.profile_record(state, 0)
        assert record["biography"] == "In English." and record["languages"] == ["en", "fr"]
        assert record["as_shown"] == french["as_shown"]
        assert record["source_urls"] == ["http://h/en/directory/x", "http://h/fr/annuaire/x"]
