"""The fixture site, read over HTTP from the real fixture server on 127.0.0.1.

Checks that the seed page reproduces ``fixtures/seed/raymond-li.txt``, that the
server routes every URL form of fixtures/README.md, that ``fixtures/expected``
agrees with the pages served (the base site, and the ``changed`` variant with
``expected/changed`` and ``expected/changes.json``), and that the committed files
are exactly what ``fixtures/build_site.py`` writes. The server's faults,
validators and variant mechanics are tested in ``test_fixture_faults.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from profilecrawler.fixture_server import DEFAULT_ROOT, FixtureSite, make_server

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SEED_LINES = [line for line in (FIXTURES / "seed/raymond-li.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
PROFILES = json.loads((FIXTURES / "expected/profiles.json").read_text(encoding="utf-8"))
PUBLICATIONS = json.loads((FIXTURES / "expected/publications.json").read_text(encoding="utf-8"))
MALFORMED = json.loads((FIXTURES / "expected/malformed.json").read_text(encoding="utf-8"))
ROBOTS = json.loads((FIXTURES / "expected/robots.json").read_text(encoding="utf-8"))
CHANGES = json.loads((FIXTURES / "expected/changes.json").read_text(encoding="utf-8"))
CHANGED_PROFILES = json.loads((FIXTURES / "expected/changed/profiles.json").read_text(encoding="utf-8"))
CHANGED_PUBLICATIONS = json.loads((FIXTURES / "expected/changed/publications.json").read_text(encoding="utf-8"))
DISALLOWED = {slug_path.rsplit("/", 1)[1] for slug_path in ROBOTS["disallowed"]}
SEED_EXPECTED = json.loads((FIXTURES / "seed/raymond-li.expected.json").read_text(encoding="utf-8"))

BLOCKS = {"h1", "h2", "h3", "p", "li", "div"}
BASE_PROFILES = json.loads((FIXTURES / "expected/profiles.json").read_text(encoding="utf-8"))
PROFILE_SLUG = re.compile(r"^/(?:en/directory|en/person|fr/annuaire|en)/([a-z0-9-]+)/?$")


@pytest.fixture(scope="module")
def site():
    with FixtureSite() as running:
        yield running


def fetch(site, path: str) -> tuple[int, bytes, dict]:
    try:
        with urllib.request.urlopen(site.base_url + path, timeout=10) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def get(site, path: str) -> bytes:
    status, body, _ = fetch(site, path)
    assert status == 200, path
    return body


def parse(body: bytes):
    return lxml.html.document_fromstring(body)


def read_blocks(body: bytes) -> list[str]:
    """``<main>`` as a browser shows it with every hidden part open, block by block.

    Walks ``main`` in document order: an ``img`` gives its alt text; a block (h1,
    h2, h3, p, li, div) with no other block inside it gives its whole text with
    whitespace collapsed; empty blocks give nothing.
    """
    (main,) = parse(body).xpath("//main")
    lines = []
    for element in main.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        if element.tag == "img":
            lines.append(element.get("alt"))
        elif element.tag in BLOCKS and not any(
            isinstance(inner.tag, str) and inner.tag in BLOCKS for inner in element.iterdescendants()
        ):
            text = " ".join(element.text_content().split())
            if text:
                lines.append(text)
    return lines


def slug_of(href: str) -> str | None:
    match = PROFILE_SLUG.match(urlsplit(href).path)
    return match[1] if match else None


def profile_pages(site, slug: str) -> list[bytes]:
    """Every publication page of a profile, following its pager."""
    pages = [get(site, f"/en/directory/{slug}")]
    count = len(parse(pages[0]).xpath("//section[contains(@class,'person-profile__publications')]//nav[@class='pager']//li[not(contains(@class,'pager__item--'))]"))
    for n in range(1, count):
        pages.append(get(site, f"/en/directory/{slug}?page=0%2C{n}"))
    return pages


@pytest.fixture(scope="module")
def all_profile_pages(site) -> dict[str, list[bytes]]:
    return {p["slug"]: profile_pages(site, p["slug"]) for p in PROFILES}


# --- the seed page --------------------------------------------------------------


def test_seed_page_reads_exactly_as_the_seed_text(site):
    assert read_blocks(get(site, "/en/directory/raymond-li")) == SEED_LINES


def test_seed_page_has_only_the_seed_cards(site):
    doc = parse(get(site, "/en/directory/raymond-li"))
    cards = doc.xpath("//main//article[contains(@class,'publication-card')]")
    assert len(cards) == SEED_EXPECTED["publication_cards_on_page"] == 12
    assert not doc.xpath("//main//article[contains(@class,'publication-card')]//a")  # no author links
    assert not doc.xpath("//main//nav") and not doc.xpath("//*[contains(@class,'publication-card__date')]")
    assert doc.xpath("//main//img/@src") == ["/themes/custom/mila/images/portrait-placeholder.svg"]
    assert fetch(site, "/en/directory/raymond-li?page=0%2C1")[0] == 404


def test_seed_abstract_markup_splits_at_the_marker(site):
    doc = parse(get(site, "/en/directory/raymond-li"))
    paragraph = doc.xpath("//div[@class='publication-card__abstract']/p")[-1]
    visible = paragraph.text
    rest = paragraph.xpath(".//span[@class='abstract-rest']")[0]
    assert visible.endswith("(Code LLMs)… ")
    assert rest.get("hidden") is not None and rest.text.startswith(", introduces StarCoder")


def test_pages_look_like_drupal_pages(site):
    for path in ("/en/directory", "/en/directory/eloise-berube"):
        body = get(site, path)
        assert body.startswith(b"<!DOCTYPE html>\n<html lang=\"en\"")
        doc = parse(body)
        assert doc.xpath("//head/title/text()")[0].endswith("| Mila")
        assert doc.xpath("//main[@id='main-content'][@role='main']")
        assert doc.xpath("//header[not(ancestor::main)]") and doc.xpath("//footer[not(ancestor::main)]")


# --- routing --------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["raymond-li", "li-ming", "eloise-berube"])
def test_profile_aliases_give_the_same_bytes(site, slug):
    canonical = get(site, f"/en/directory/{slug}")
    assert canonical == (DEFAULT_ROOT / "en/directory" / slug / "page-0.html").read_bytes()
    for path in (
        f"/en/directory/{slug}/",
        f"/en/person/{slug}",
        f"/en/person/{slug}/?locale=zh-cn",
        f"/en/{slug}",
        f"/en/{slug}/",
        f"/en/directory/{slug}?ref=listing&lang=fr",
        f"/en/directory/{slug}?q=x&utm_source=news&utm_medium=email",
        f"/en/directory/{slug}?page=0%2C0",
        f"/en/directory/{slug}?page=0,0",
    ):
        assert get(site, path) == canonical, path
    french = (DEFAULT_ROOT / "fr/annuaire" / slug / "page-0.html").read_bytes()
    assert french != canonical and b'lang="fr"' in french
    for path in (f"/fr/annuaire/{slug}", f"/fr/annuaire/{slug}?locale=fr-ca", f"/fr/annuaire/{slug}/"):
        assert get(site, path) == french, path


def test_multi_pager_pages(site):
    slug = "eloise-berube"
    pages = sorted((DEFAULT_ROOT / "en/directory" / slug).glob("page-*.html"))
    assert len(pages) >= 5
    last = len(pages) - 1
    for n in (1, last):
        expected = (DEFAULT_ROOT / "en/directory" / slug / f"page-{n}.html").read_bytes()
        assert get(site, f"/en/directory/{slug}?page=0%2C{n}") == expected
        assert get(site, f"/en/person/{slug}/?locale=fr&page=0%2C{n}") == expected
        french = (DEFAULT_ROOT / "fr/annuaire" / slug / f"page-{n}.html").read_bytes()
        assert get(site, f"/fr/annuaire/{slug}?page=0,{n}&utm_source=x") == french
    assert fetch(site, f"/en/directory/{slug}?page=0%2C{last + 1}")[0] == 404


def test_listing_routes(site):
    listing = DEFAULT_ROOT / "en/directory/listing"
    assert get(site, "/en/directory") == (listing / "all-0.html").read_bytes()
    assert get(site, "/en/directory/?page=0&utm_source=x") == (listing / "all-0.html").read_bytes()
    assert get(site, "/en/directory?page=1") == (listing / "all-1.html").read_bytes()
    assert get(site, "/en/directory?member-type=members&page=2") == (listing / "members-2.html").read_bytes()
    assert get(site, "/en/directory?page=1&member-type=alumni&lang=fr") == (listing / "alumni-1.html").read_bytes()
    assert fetch(site, "/en/directory?page=99")[0] == 404
    assert fetch(site, "/en/directory?member-type=nobody")[0] == 404


@pytest.mark.parametrize("path", [
    "/en/directory/nobody-at-all",
    "/en/admin/",
    "/en/directory/raymond-li/extra",
    "/en/directory/listing",
    "/en/directory/listing/all-0.html",
    "/en/directory/raymond-li/page-0.html",
    "/de/verzeichnis/raymond-li",
    "/",
    "/en/directory/eloise-berube?page=0%2Cx",
])
def test_not_found(site, path):
    status, body, headers = fetch(site, path)
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_robots_and_content_type(site):
    status, body, headers = fetch(site, "/robots.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    assert body.decode() == ("User-agent: *\nDisallow: /en/admin/\nDisallow: /en/directory/private-\n"
                             "Disallow: /fr/annuaire/private-\n")
    headers = fetch(site, "/en/directory/li-ming")[2]
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_robots_disallows_a_listed_profile_whose_page_exists(site):
    assert ROBOTS == {"disallowed": ["/en/directory/private-collaborator"],
                      "disallowed_french": ["/fr/annuaire/private-collaborator"]}
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(get(site, "/robots.txt").decode().splitlines())
    for path in ROBOTS["disallowed"] + ROBOTS["disallowed_french"]:
        assert not robots.can_fetch("profilecrawler", site.base_url + path)
        assert get(site, path)  # the page is there: only politeness keeps a crawler out
        assert slug_of(path) not in {p["slug"] for p in PROFILES}
        assert not any(a["slug"] == slug_of(path) for p in PUBLICATIONS for a in p["authors"])
    for profile in PROFILES:
        assert robots.can_fetch("profilecrawler", f"{site.base_url}/en/directory/{profile['slug']}")
    # Nothing but the listings links to it.
    for path in ["/en/directory/" + p["slug"] for p in PROFILES]:
        assert b"private-collaborator" not in get(site, path)


def test_requests_are_recorded(site):
    before = len(site.requests)
    fetch(site, "/en/directory/zoe-muller?utm_source=test")
    fetch(site, "/en/nowhere-to-be-found")
    records = site.requests.snapshot()[before:]
    assert [(r.method, r.path, r.status) for r in records] == [
        ("GET", "/en/directory/zoe-muller?utm_source=test", 200),
        ("GET", "/en/nowhere-to-be-found", 404),
    ]
    assert all(isinstance(r.time, float) for r in records)
    assert records[0].bytes_sent == len((DEFAULT_ROOT / "en/directory/zoe-muller/page-0.html").read_bytes())
    assert records[0].headers["user-agent"].startswith("Python-urllib")


def test_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="--fixtures-dir"):
        make_server(0, tmp_path / "missing")


def test_fixture_site_base_url_and_shutdown():
    with FixtureSite() as running:
        assert running.base_url.startswith("http://127.0.0.1:")
        assert urllib.request.urlopen(running.base_url + "/robots.txt", timeout=10).status == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(running.base_url + "/robots.txt", timeout=2)


# --- listing --------------------------------------------------------------------


def listing_view(site, view: str) -> list[tuple[str, str]]:
    """(href, name) of every teaser of a view, following the "next" links."""
    query = "" if view == "all" else f"?member-type={view}"
    url, teasers, pages = f"/en/directory{query}", [], 0
    while url:
        doc = parse(get(site, url))
        pages += 1
        rows = doc.xpath("//main//div[@class='view-content']//article[@class='person-teaser']")
        assert len(rows) <= 16
        teasers += [(a.get("href"), a.text_content()) for a in (r.xpath(".//h3/a")[0] for r in rows)]
        following = doc.xpath("//main//nav[contains(@class,'pager')]//a[@rel='next']/@href")
        if following:
            assert len(rows) == 16
            url = urljoin(url, following[0])
        else:
            url = None
    assert pages >= 3, view
    return teasers


def check_listings(site, profiles) -> None:
    """The listing views list every expected profile, plus the robots-disallowed ones."""
    status = {p["slug"]: p["status"] for p in profiles}
    seen = {}
    for view in ("all", "members", "alumni"):
        teasers = listing_view(site, view)
        slugs = [slug_of(href) for href, _ in teasers]
        assert None not in slugs and len(slugs) == len(set(slugs))
        seen[view] = set(slugs)
        if view != "all":
            want = {"members": "member", "alumni": "alumni"}[view]
            assert all(status[s] == want for s in slugs if s not in DISALLOWED)
    assert seen["all"] - DISALLOWED == set(status) == (seen["members"] | seen["alumni"]) - DISALLOWED
    assert DISALLOWED <= seen["all"] and DISALLOWED <= seen["members"]


def test_listing_views_cover_every_profile(site):
    assert len(PROFILES) >= 44
    check_listings(site, PROFILES)
    hrefs = [href for href, _ in listing_view(site, "all")]
    assert "/en/person/li-ming?locale=zh-cn" in hrefs and "/en/zoe-muller/" in hrefs
    assert any("utm_source=" in href and "ref=" in href for href in hrefs)


def test_pages_carry_links_a_crawler_must_not_follow(site):
    body = get(site, "/en/directory/nadia-haddad")
    doc = parse(body)
    footer = doc.xpath("//footer//a/@href")
    assert {"mailto:info@example.org", "javascript:window.print()", "https://www.example.org/en/directory"} <= set(footer)
    bio = doc.xpath("//section[contains(@class,'person-profile__biography')]//a/@href")
    assert [urlsplit(h).scheme for h in bio] == ["mailto", "https", "javascript"]
    authors = [h for p in PROFILES for page in profile_pages(site, p["slug"])
               for h in parse(page).xpath("//main//li[contains(@class,'publication-card__author')]//a/@href")]
    assert "javascript:void(0)" in authors
    assert "https://www.example.org/en/directory/andres-zielinski" in authors


def test_pager_links_carry_junk_parameters(site):
    doc = parse(get(site, "/en/directory/eloise-berube?page=0%2C1"))
    pager = doc.xpath("//main//nav[contains(@class,'pager')]")[0]
    assert pager.xpath(".//a[@rel='next']/@href") == ["?page=0%2C2&ref=pager"]
    assert pager.xpath(".//a[@rel='prev']/@href") == ["?page=0%2C0&ref=pager"]
    listing = parse(get(site, "/en/directory?member-type=alumni"))
    assert listing.xpath("//main//nav[contains(@class,'pager')]//a[@rel='next']/@href") == [
        "?member-type=alumni&page=1&ref=pager"]


# --- expected truth vs. the pages served ----------------------------------------


def card_title(card) -> str | None:
    titles = card.xpath("./h3[contains(@class,'publication-card__title')]")
    return titles[0].text_content() if titles else None


def test_every_expected_profile_is_served(site, all_profile_pages):
    for profile in PROFILES:
        pages = all_profile_pages[profile["slug"]]
        doc = parse(pages[0])
        assert doc.xpath("//h1[@class='person-profile__name']/text()") == [profile["name"]]
        memberships = doc.xpath("//div[@class='person-profile__memberships']/div")
        shown = [" ".join((m.xpath("./div[@class='membership__label']") or [m])[0].text_content().split())
                 for m in memberships]
        assert shown == profile["roles"], profile["slug"]
        alt = doc.xpath("//div[@class='person-profile__portrait']/img/@alt")[0]
        assert alt.endswith("is unavailable") == profile["portrait_unavailable"]
        # Every page of the profile has the same header.
        for page in pages[1:]:
            assert read_blocks(page)[:3] == read_blocks(pages[0])[:3]


def test_publication_cards_agree_with_expected(site, all_profile_pages):
    check_cards(all_profile_pages, PROFILES, PUBLICATIONS)


def check_cards(all_profile_pages, profiles, publications) -> None:
    PROFILES, PUBLICATIONS = profiles, publications  # noqa: N806 (the same checks for base and variant)
    by_variant = {}
    for record in PUBLICATIONS:
        for variant in record["title_variants"]:
            by_variant[variant] = record["title"]
    cards_seen, pages_seen = Counter(), {}
    untitled = []
    for slug, pages in all_profile_pages.items():
        for page in pages:
            for card in parse(page).xpath("//main//article[contains(@class,'publication-card')]"):
                title = card_title(card)
                if title is None:
                    untitled.append(slug)
                    continue
                canonical = by_variant[title]
                cards_seen[canonical] += 1
                pages_seen.setdefault(canonical, set()).add(slug)
                # Member authors link to a profile of the site, in any URL form (a
                # vanished profile's links stay on other pages); other links leave the site.
                for href in card.xpath("./ul[contains(@class,'publication-card__authors')]//a/@href"):
                    if urlsplit(href).scheme or urlsplit(href).netloc:
                        continue
                    assert slug_of(href) in {p["slug"] for p in PROFILES} | {p["slug"] for p in BASE_PROFILES}, href
    assert untitled == ["malformed-cards"]
    for record in PUBLICATIONS:
        assert cards_seen[record["title"]] == record["cards"], record["title"]
        assert sorted(pages_seen[record["title"]]) == record["profile_slugs"], record["title"]
        linked = sorted(a["slug"] for a in record["authors"] if a["slug"] in {p["slug"] for p in PROFILES})
        if record["title"] not in {m["title"] for m in MALFORMED["cards"]}:
            assert linked == record["profile_slugs"] or record["profile_slugs"] == ["raymond-li"]
    for profile in PROFILES:
        titles = [t for t, slugs in pages_seen.items() if profile["slug"] in slugs]
        assert sorted(profile["publication_titles"]) == sorted(titles), profile["slug"]


def test_expected_publications_cover_the_contract():
    titles = [p["title"] for p in PUBLICATIONS]
    assert len(titles) == len(set(titles)) >= 80
    for seed in SEED_EXPECTED["publications"]:
        record = next(p for p in PUBLICATIONS if p["title"] == seed["title"])
        assert record["authors"] == [{"name": a["name"], "slug": None} for a in seed["authors"]]
        assert record["cards"] == seed["cards_on_page"] and record["profile_slugs"] == ["raymond-li"]
        for name in ("declared_author_count", "authors_complete", "abstract", "abstract_complete"):
            assert record[name] == seed[name]
    assert any(p["declared_author_count"] == 9 and len(p["authors"]) == 9 for p in PUBLICATIONS)
    assert any(not p["abstract_complete"] and p["abstract"] for p in PUBLICATIONS)
    assert any(p["abstract"] is None for p in PUBLICATIONS)
    assert {p["published"] for p in PUBLICATIONS} >= {"2013-06", "2018-06-21", "2023-10-25", "2019"}
    variants = [v for p in PUBLICATIONS for v in p["title_variants"]]
    assert any("\ufb01" in v for v in variants)
    assert any(unicodedata.normalize("NFC", v) != v for v in variants)
    assert any("  " in v for v in variants)
    assert max(len(p["profile_slugs"]) for p in PUBLICATIONS) >= 4
    assert any(p["cards"] > len(p["profile_slugs"]) for p in PUBLICATIONS if p["profile_slugs"] != ["raymond-li"])
    names = {p["name"] for p in PROFILES}
    assert {"Éloïse Bérubé", "François Côté-Lévesque", "Zoë Müller", "李明", "Дмитрий Иванов",
            "Σοφία Παπαδοπούλου", "田中 花子"} <= names
    assert sum(p["portrait_unavailable"] for p in PROFILES) >= 2


def test_students_and_supervisors_agree():
    by_slug = {p["slug"]: p for p in PROFILES}
    pairs_from_students = {(s["slug"], p["slug"]) for p in PROFILES for s in p["supervisors"]}
    pairs_from_supervisors = {(p["slug"], s["slug"]) for p in PROFILES for s in p["students"]}
    assert pairs_from_students == pairs_from_supervisors and pairs_from_students
    for profile in PROFILES:
        for student in profile["students"]:
            assert f'{student["program"]} - {student["institution"]}' in by_slug[student["slug"]]["roles"]
            assert student["role"] in ("Principal supervisor", "Co-supervisor", None)


def test_malformed_page(site):
    assert MALFORMED["page"] == "/en/directory/malformed-cards"
    assert [c["kind"] for c in MALFORMED["cards"]] == ["no_title", "marker_without_count", "empty_authors", "unclosed_card"]
    doc = parse(get(site, MALFORMED["page"]))
    cards = doc.xpath("//main//article[contains(@class,'publication-card')]")
    nested = [c for c in cards if c.xpath("ancestor::article[contains(@class,'publication-card')]")]
    assert len(nested) == 1 and card_title(nested[0].getparent()) == MALFORMED["cards"][3]["title"]
    assert card_title(nested[0]) in {p["title"] for p in PUBLICATIONS}
    assert sum(1 for c in cards if card_title(c) is None) == 1
    assert any(not c.xpath("./ul[contains(@class,'publication-card__authors')]/li") for c in cards)
    assert any(" … (see more)" in " ".join(li.text_content().split()) for li in doc.xpath("//main//li"))
    titled = {p["title"]: p for p in PUBLICATIONS}
    assert titled[MALFORMED["cards"][1]["title"]]["declared_author_count"] is None
    assert titled[MALFORMED["cards"][2]["title"]]["authors"] == []


# --- the "changed" variant --------------------------------------------------------


@pytest.fixture(scope="module")
def changed_site():
    with FixtureSite(variant="changed") as running:
        yield running


def test_changed_variant_agrees_with_its_expected_truth(changed_site):
    pages = {p["slug"]: profile_pages(changed_site, p["slug"]) for p in CHANGED_PROFILES}
    check_cards(pages, CHANGED_PROFILES, CHANGED_PUBLICATIONS)
    check_listings(changed_site, CHANGED_PROFILES)


def test_changes_list_every_record_that_differs():
    kinds = Counter((c["change"], c["type"]) for c in CHANGES)
    assert kinds == {("changed", "profile"): 3, ("removed", "profile"): 1, ("added", "publication"): 1,
                     ("removed", "publication"): 2, ("changed", "publication"): 2}
    base_p, new_p = {p["slug"]: p for p in PROFILES}, {p["slug"]: p for p in CHANGED_PROFILES}
    base_t, new_t = {p["title"]: p for p in PUBLICATIONS}, {p["title"]: p for p in CHANGED_PUBLICATIONS}
    listed = {(c["type"], c.get("slug") or c.get("title")) for c in CHANGES}
    # Exactly the records that differ between the two truths, with the right kind of change.
    for slug in base_p.keys() | new_p.keys():
        if base_p.get(slug) != new_p.get(slug):
            assert ("profile", slug) in listed, slug
    for title in base_t.keys() | new_t.keys():
        if base_t.get(title) != new_t.get(title):
            assert ("publication", title) in listed, title
    for change in CHANGES:
        key = change.get("slug") or change["title"]
        old, new = (base_p, new_p) if change["type"] == "profile" else (base_t, new_t)
        assert (key in old, key in new) == {"added": (False, True), "removed": (True, False),
                                            "changed": (True, True)}[change["change"]], change
        if change["change"] == "changed":
            assert change["fields"] == sorted(change["fields"]) and change["fields"], change
    fields = {(c["type"], c.get("slug") or c["title"]): c.get("fields") for c in CHANGES}
    assert fields[("profile", "olivier-st-pierre")] == ["roles", "status"]
    assert new_p["olivier-st-pierre"]["status"] == "alumni" and base_p["olivier-st-pierre"]["status"] == "member"
    assert ("profile", "fatima-zahra-el-idrissi") in fields and "fatima-zahra-el-idrissi" not in new_p
    gained = next(c["title"] for c in CHANGES if c["change"] == "added")
    assert new_t[gained]["profile_slugs"] == ["aisha-bello"] and gained in new_p["aisha-bello"]["publication_titles"]
    corrected = [t for t, f in fields.items() if f == ["abstract"]]
    assert len(corrected) == 1 and base_t[corrected[0][1]]["abstract"] != new_t[corrected[0][1]]["abstract"]


def test_vanished_profile_is_404_under_every_url_form(site, changed_site):
    for path in ("/en/directory/fatima-zahra-el-idrissi", "/en/person/fatima-zahra-el-idrissi/",
                 "/fr/annuaire/fatima-zahra-el-idrissi?locale=fr"):
        assert fetch(site, path)[0] == 200
        assert fetch(changed_site, path)[0] == 404


# --- the generator --------------------------------------------------------------


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("folder", ["site", "variants", "expected"])
def test_generator_reproduces_the_committed_files(generated, folder):
    built, committed = tree(generated / folder), tree(FIXTURES / folder)
    assert sorted(built) == sorted(committed), f"rerun fixtures/build_site.py: {folder}"
    changed = [name for name in built if built[name] != committed[name]]
    assert not changed, f"rerun fixtures/build_site.py: {changed[:5]}"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated")
    subprocess.run([sys.executable, str(FIXTURES / "build_site.py"), "--out", str(out)],
                   check=True, capture_output=True, timeout=120)
    return out
