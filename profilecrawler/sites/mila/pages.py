"""The Mila directory's page objects: its listing page and its profile page,
the generic page objects of ``profilecrawler.pages`` with this site's selectors,
registered with web-poet for the site's host (``@handle_urls``)."""

from __future__ import annotations

import attrs
from web_poet import handle_urls

from profilecrawler import pages
from profilecrawler.sites.mila.urls import HOSTS

# Cards are read with XPath relative to the card *and at the card's own depth*:
# a card may be left unclosed so that the next card nests inside it, and a
# nested card's parts must never be read twice (profilecrawler.pages.CardParts).
_CARD = "article[contains(concat(' ', normalize-space(@class), ' '), ' publication-card ')]"
_IN_CARD_AT_DEPTH = f"[count(ancestor::{_CARD}) = $depth]"


@handle_urls(HOSTS[0], instead_of=pages.ListingPage)
@attrs.define(slots=False)
class ListingPage(pages.ListingPage):
    # The view's content block makes the page a listing (empty when the view lists nobody).
    CONTENT = "main .view-content"
    PROFILE_LINKS = "main .view-content article.person-teaser .person-teaser__name a::attr(href)"
    PAGER_LINKS = "main nav.pager a::attr(href)"


@handle_urls(HOSTS[0], instead_of=pages.ProfilePage)
@attrs.define(slots=False)
class ProfilePage(pages.ProfilePage):
    # A profile page has the profile with a name (its first page) and its Publications section (every page).
    PROFILE = "main article.person-profile"
    PERSON_NAME = "h1.person-profile__name"
    PUBLICATIONS_SECTION = "main .person-profile__publications"

    PORTRAIT_SRC = ".person-profile__portrait img::attr(src)"
    PORTRAIT_ALT = ".person-profile__portrait img::attr(alt)"
    MEMBERSHIPS = ".person-profile__memberships > .membership"
    MEMBERSHIP_LABEL = ".membership__label"
    SUPERVISORS = ".supervisor"
    SUPERVISOR_LABEL = ".supervisor__label"
    POSITIONS = ".person-profile__positions .position"
    TOPICS = ".person-profile__topics li"
    BIOGRAPHY = ".person-profile__biography .text-formatted"
    STUDENTS = ".person-profile__students li.student"
    STUDENT_NAME = ".student__name"
    STUDENT_PROGRAM = ".student__program"
    STUDENT_ROLE = ".student__role"
    PUBLICATION_PAGER_LINKS = "main .person-profile__publications nav.pager a::attr(href)"

    CARDS = f"//main//{_CARD}"
    # The depth condition of the card parts below; a card with no card nested in
    # it (every card of a well-formed page) is read without it, much faster.
    IN_CARD_AT_DEPTH = _IN_CARD_AT_DEPTH
    NESTED_CARDS = f".//{_CARD}"  # a card inside the card: the card was left unclosed
    CARD_DEPTH = f"count(ancestor-or-self::{_CARD})"
    CARD_TITLE = ".//*[contains(@class, 'publication-card__title')]" + _IN_CARD_AT_DEPTH
    CARD_DATE = ".//*[contains(@class, 'publication-card__date')]" + _IN_CARD_AT_DEPTH
    CARD_AUTHORS = ".//li[contains(@class, 'publication-card__author')]" + _IN_CARD_AT_DEPTH
    CARD_ABSTRACT_PARAGRAPHS = ".//*[contains(@class, 'publication-card__abstract')]" + _IN_CARD_AT_DEPTH + "//p"

    # A card's hidden author list as the site writes it, and one author entry: a
    # long list (hundreds or thousands of names) is read from the page source
    # before the page is parsed (profilecrawler.authorscan); any list not written
    # exactly so is read from the parsed page like the rest.
    HIDDEN_AUTHORS_TAG = '<ul class="publication-card__authors publication-card__authors--hidden" hidden>'
    AUTHOR_ITEM_TAG = '<li class="publication-card__author">'
