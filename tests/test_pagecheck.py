"""profilecrawler.pagecheck: what makes a page not the page it should be (on real responses)."""

import pytest
from scrapy.http import HtmlResponse, Response

from profilecrawler import pagecheck
from profilecrawler.sites import mila

URL = "http://127.0.0.1/en/directory/jane-doe"
PROFILE = ('<html><body><main><article class="person-profile"><h1 class="person-profile__name">{name}</h1>'
           '{section}</article></main></body></html>')
SECTION = '<section class="person-profile__publications"><h2>Publications</h2></section>'


def html(body: str) -> HtmlResponse:
    return HtmlResponse(URL, body=body.encode("utf-8"), encoding="utf-8")


def test_a_profile_page_with_its_name_and_publications_section_is_fine():
    page = html(PROFILE.format(name="Jane Doe", section=SECTION))
    assert pagecheck.response_problem(page) is None
    assert pagecheck.profile_problem(page.selector, mila.ProfilePage, 0) is None


@pytest.mark.parametrize("body, page, detail", [
    (PROFILE.format(name="Jane Doe", section=""), 0, "no Publications section"),
    (PROFILE.format(name=" ", section=SECTION), 0, "the profile has no name"),
    ("<html><body><main><h1>Site under maintenance</h1></main></body></html>", 0, "no profile on the page"),
    ("<html><body><main><h1>Site under maintenance</h1></main></body></html>", 3, "no Publications section"),
])
def test_a_page_without_what_a_profile_page_has_is_not_one(body, page, detail):
    assert pagecheck.profile_problem(html(body).selector, mila.ProfilePage, page) == (pagecheck.NOT_A_PROFILE_PAGE, detail)


def test_later_publication_pages_need_only_the_section():
    assert pagecheck.profile_problem(html(f"<main>{SECTION}</main>").selector, mila.ProfilePage, 2) is None


@pytest.mark.parametrize("response, reason", [
    (Response(URL, body=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"}), pagecheck.NOT_HTML),
    (html("%PDF-1.4\n1 0 obj"), pagecheck.NOT_HTML),
    (html("  \n "), pagecheck.EMPTY_PAGE),
])
def test_no_web_page_at_all(response, reason):
    assert pagecheck.response_problem(response).reason == reason


def test_a_listing_needs_its_view_content():
    assert pagecheck.listing_problem(html("<main><div class='view-content'></div></main>").selector, mila.ListingPage) is None
    assert pagecheck.listing_problem(html("<main><p>Maintenance</p></main>").selector, mila.ListingPage).reason == \
        pagecheck.NOT_A_LISTING_PAGE
