"""The fast paths of issue 5 give what the slow ones give: long author lists read
from the page source, authors in one pass, common dates without dateparser,
requests serialised without inspect."""

from __future__ import annotations

import random
import sys

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from conftest import REPO
from profilecrawler import authorscan, text
from profilecrawler.frontier import request_to_dict
from profilecrawler.sites import mila

sys.path.insert(0, str(REPO))
from benchmarks.parsing import crawler_spider  # noqa: E402

LIST, ITEM = mila.ProfilePage.HIDDEN_AUTHORS_TAG, mila.ProfilePage.AUTHOR_ITEM_TAG


def page_with(items: list[str], visible: str = f'{ITEM}Ana Silva … <span>(see 300 more)</span></li>') -> str:
    """A profile page whose one card has these hidden author items."""
    hidden = "\n".join(items)
    return f"""<!DOCTYPE html><html><body><main id="main-content">
<article class="person-profile"><h1 class="person-profile__name">X Y</h1>
<div class="person-profile__memberships"><div class="membership">Alumni</div></div>
<section class="person-profile__publications"><div class="view-content">
<article class="publication-card">
  <h3 class="publication-card__title">A Big Collaboration</h3>
  <ul class="publication-card__authors">{visible}</ul>
  {LIST}
{hidden}
  </ul>
</article>
</div></section></article></main></body></html>"""


def items(rng: random.Random, n: int) -> list[str]:
    names = ["Zoë Müller", "Li Ming", "O'Brien &amp; Co", "A &lt;B&gt;", "Jean  Dupont", " Ana\tSilva ", "Æsa Ø",
             "Smith &quot;J&quot;", "d&#39;Arc", "X &#x27;Y"]
    out = []
    for k in range(n):
        name = rng.choice(names) + f" {k}"
        if rng.random() < 0.05:
            out.append(f'{ITEM}<a href="/en/directory/p-{k}?a=1&amp;b=2">{name}</a></li>')
        else:
            out.append(f"{ITEM}{name}</li>")
    return out


def parsed_cards(response, slug: str, page: int = 0) -> list[dict]:
    """The cards of a page read from its parsed tree only (no list read from the source)."""
    profile_page = mila.ProfilePage.of(response)
    profile_page.__dict__["_parsed"] = (response.selector, [])  # the page as parsed, whatever its size
    return [dict(card) for card in profile_page.cards(f"mila:{slug}", page)]


def cards_both_ways(source: str):
    """The card items of a page, read with the long lists cut out and without."""
    spider = crawler_spider()
    url = "http://127.0.0.1:8000/en/directory/x-y"
    response = HtmlResponse(url, body=source.encode("utf-8"), encoding="utf-8")
    fast = [dict(i) for i in spider.parse_profile(response, slug="x-y")
            if not isinstance(i, Request) and i.get("type") == "publication_card"]
    slow = parsed_cards(HtmlResponse(url, body=source.encode("utf-8"), encoding="utf-8"), "x-y")
    return fast, slow, spider.crawler.stats.get_value("authors/long_lists_read_from_source")


def test_a_long_list_read_from_the_source_is_what_the_parsed_page_gives():
    source = page_with(items(random.Random(1), 600))
    fast, slow, cut = cards_both_ways(source)
    assert cut == 1
    assert fast == slow
    (card,) = fast
    assert len(card["authors"]) == 601 and card["declared_author_count"] == 301
    names = {a["name"].rsplit(" ", 1)[0] for a in card["authors"]}
    assert {"O'Brien & Co", "A <B>", 'Smith "J"', "d'Arc", "X 'Y", "Jean Dupont", "Ana Silva"} <= names
    assert any(a["profile_id"] for a in card["authors"])


@pytest.mark.parametrize("odd", [
    f"{ITEM}<b>Bold</b> Name</li>",  # markup in an entry
    f'{ITEM}<a href="/x" class="y">Name</a></li>',  # another form of link
    f"{ITEM}Name &nbsp;Other</li>",  # another character reference
    "<!-- a comment -->",
    f"{ITEM}Unclosed",
])
def test_a_list_in_any_other_form_is_read_from_the_parsed_page(odd):
    entries = items(random.Random(2), 300)
    entries.insert(150, odd)
    fast, slow, cut = cards_both_ways(page_with(entries))
    assert cut is None
    assert fast == slow


@pytest.mark.parametrize("stray", ['<a href="/en/directory/z">stray</a>', "stray text", f'{ITEM}<a href="/a">A</a></li>'])
def test_whatever_else_is_between_the_items_both_ways_agree(stray):
    for position in (0, 150, 300):
        entries = items(random.Random(5), 300)
        entries.insert(position, stray)
        fast, slow, _ = cards_both_ways(page_with(entries))
        assert fast == slow


def test_short_lists_and_pages_without_lists_are_left_alone():
    source = page_with(items(random.Random(3), 20))
    assert authorscan.cut_long_lists(source, LIST, ITEM) == (source, [])
    assert authorscan.cut_long_lists("<html></html>", LIST, ITEM) == ("<html></html>", [])


def test_the_fixture_site_reads_the_same_with_and_without_the_source_scan(monkeypatch):
    """Every card of the fixture site (markers, nested cards, links of every
    form) with the scan forced on for every list, against the parsed pages."""
    monkeypatch.setattr(authorscan, "MIN_ENTRIES", 1)
    monkeypatch.setattr("profilecrawler.pages.LONG_PAGE_BYTES", 0)
    monkeypatch.setattr(authorscan.cut_long_lists, "__defaults__", (1,))
    spider = crawler_spider()
    checked = 0
    for path in sorted((REPO / "fixtures" / "site" / "en" / "directory").glob("*/page-*.html")):
        slug, page = path.parent.name, int(path.stem.split("-")[1])
        url = f"http://127.0.0.1:8000/en/directory/{slug}" + (f"?page=0%2C{page}" if page else "")
        body = path.read_bytes()
        fast = [dict(i) for i in spider.parse_profile(HtmlResponse(url, body=body, encoding="utf-8"), slug=slug,
                                                        page=page) if not isinstance(i, Request) and i.get("type") == "publication_card"]
        slow = parsed_cards(HtmlResponse(url, body=body, encoding="utf-8"), slug, page)
        assert fast == slow, url
        checked += len(fast)
    assert checked > 200
    assert spider.crawler.stats.get_value("authors/long_lists_read_from_source") > 5  # the scan did run


@pytest.mark.parametrize("entries", [
    [("A B", None), ("C D … (see 3 more)", "/en/directory/c"), ("E F", None)],
    [("A B", None), ("C D", None), ("… (see 1 more)", None), ("E F", None)],
    [("A B … (see more)", None), ("C", None)],
    [("A … (see 2 more)", None), ("B … (see 1 more)", None)],
    [("  ", None), (None, None)],
    [],
    [("Christopher D. Manning. 2015 … (see 480 more)", None), ("x\u00a0 y\n", "/a")],
    [("A B", None), ("C", "/en/directory/c"), ("", None), (None, "/x")],
    [("A\x00B", None), ("C  D", None)],
    [(" A", None), ("B ", None), ("C\u2009D", None)],
    [("no more) here", None), ("E", None)],
])
def test_author_list_is_assemble_authors_of_parse_author_entry(entries):
    expected = text.assemble_authors([text.parse_author_entry(raw, href) for raw, href in entries])
    assert text.author_list(entries) == expected


def test_common_dates_are_read_as_dateparser_reads_them():
    rng = random.Random(4)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    shown = ["2019", "1999", "Jun 2013", "May 2020", "sept 2020", "31 Feb 2020", "29 Feb 2024", "Sep 31, 2021"]
    for _ in range(60):
        month, day, year = rng.choice(months), rng.randint(1, 31), rng.randint(1990, 2030)
        shown.append(rng.choice([f"{month[:3]} {year}", f"{day} {month[:3]} {year}", f"{month} {day}, {year}",
                                 f"{month} {year}", f"{day} {month.lower()} {year}"]))
    parser = text._date_parser()
    for value in shown:
        fast = text._common_date(value)
        if fast is None:
            continue
        data = parser.get_date_data(value)
        slow = data.date_obj.strftime(text._PRECISION_FORMAT.get(data.period, "%Y-%m-%d"))
        assert fast == slow, value


def test_requests_are_serialised_as_scrapy_serialises_them():
    spider = crawler_spider()
    request = spider.profile_request("http://127.0.0.1:8000/en/person/jane-doe/", page=3)
    assert request_to_dict(request, spider) == request.to_dict(spider=spider)
    assert request.callback == spider.parse_profile  # the request itself is left as it was
    plain = Request("http://127.0.0.1:8000/x", meta={"a": 1})
    assert request_to_dict(plain, spider) == plain.to_dict(spider=spider)
