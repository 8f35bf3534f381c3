"""Mila-style directory: URL forms and selectors.

Everything specific to one institute's site lives in a module like this one; the
spiders, loaders and pipelines only use the names defined here. Another site of
the same family gets a module of its own with the same names.

URL facts (issue 2): a profile is ``/en/directory/<slug>``, also served as
``/en/person/<slug>``, ``/en/<slug>``, ``/fr/annuaire/<slug>``, with or without a
trailing slash and with junk parameters; its publications are paginated with a
Drupal multi-pager ``?page=0%2CN``. The listing is ``/en/directory`` with the
filter ``member-type`` and numbered pages ``?page=K``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

NAME = "mila"
DEFAULT_START_URL = "https://mila.quebec/en/directory"
LISTING_FILTER = "member-type"
LISTING_VIEWS = {"all": ["members", "alumni"], "members": ["members"], "alumni": ["alumni"]}
# The profile status ("member" / "alumni") of the people each listing view shows.
VIEW_STATUS = {"members": "member", "alumni": "alumni"}
# -a status= also takes the status the records say ("member").
STATUS_ALIASES = {"member": "members"}

_PROFILE_PATH = re.compile(
    r"^/(?:en/directory|en/person|fr/annuaire|en)/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)/?$"
)
# First path segments under /en/ that are sections of the site, not people.
# The directory listing a crawl may start from (``-a start_url=``).
_LISTING_PATH = re.compile(r"^/en/directory/?$")
_NOT_PEOPLE = frozenset({"directory", "person", "news", "research", "about", "admin", "search", "node"})
_PAGER = re.compile(r"^\s*\d+\s*,\s*(\d+)\s*$")


def profile_slug(url: str) -> str | None:
    """The slug of a profile URL in any of its forms, else None."""
    match = _PROFILE_PATH.match(urlsplit(url).path.lower())
    if not match or match["slug"] in _NOT_PEOPLE:
        return None
    return match["slug"]


def is_profile_url(url: str) -> bool:
    """Whether ``url``'s path is a profile in one of its forms."""
    return profile_slug(url) is not None


def is_listing_url(url: str) -> bool:
    """Whether ``url``'s path is the directory listing (any query: the crawl sets its own)."""
    return bool(_LISTING_PATH.match(urlsplit(url).path))


def publication_page(url: str) -> int:
    """N of ``?page=0%2CN`` (0 when absent or unreadable)."""
    for key, value in parse_qsl(urlsplit(url).query):
        if key == "page":
            match = _PAGER.match(value)
            return int(match[1]) if match else 0
    return 0


def profile_url(base_url: str, slug: str, page: int = 0) -> str:
    """Canonical URL of a profile's publication page N, on the host of base_url."""
    scheme, netloc, *_ = urlsplit(base_url)
    query = f"page=0%2C{page}" if page else ""
    return urlunsplit((scheme, netloc, f"/en/directory/{slug}", query, ""))


def listing_url(start_url: str, view: str, page: int = 0) -> str:
    """Canonical listing page K of a view (``members`` or ``alumni``)."""
    scheme, netloc, path, *_ = urlsplit(start_url)
    params = [(LISTING_FILTER, view)] + ([("page", str(page))] if page else [])
    return urlunsplit((scheme, netloc, path, urlencode(params), ""))


def listing_view(url: str) -> str | None:
    """The view (``members``, ``alumni``) of a listing URL, else None."""
    for key, value in parse_qsl(urlsplit(url).query):
        if key == LISTING_FILTER and value in VIEW_STATUS:
            return value
    return None


def listing_page(url: str) -> int:
    for key, value in parse_qsl(urlsplit(url).query):
        if key == "page" and value.strip().isdigit():
            return int(value)
    return 0


# --- selectors -------------------------------------------------------------------

LISTING_PROFILE_LINKS = "main .view-content article.person-teaser .person-teaser__name a::attr(href)"
LISTING_PAGER_LINKS = "main nav.pager a::attr(href)"
# What makes a page the page it should be (profilecrawler.pagecheck): a listing
# has its view's content block (empty when the view lists nobody); a profile
# page has the profile with a name, and its Publications section.
LISTING_CONTENT = "main .view-content"
PUBLICATIONS_SECTION = "main .person-profile__publications"

PROFILE = "main article.person-profile"
PORTRAIT_SRC = ".person-profile__portrait img::attr(src)"
PORTRAIT_ALT = ".person-profile__portrait img::attr(alt)"
PERSON_NAME = "h1.person-profile__name"
MEMBERSHIPS = ".person-profile__memberships > .membership"
MEMBERSHIP_LABEL = ".membership__label"
SUPERVISORS = ".supervisor"
POSITIONS = ".person-profile__positions .position"
TOPICS = ".person-profile__topics li"
BIOGRAPHY = ".person-profile__biography .text-formatted"
STUDENTS = ".person-profile__students li.student"
STUDENT_NAME = ".student__name"
STUDENT_PROGRAM = ".student__program"
STUDENT_ROLE = ".student__role"
PUBLICATION_PAGER_LINKS = "main .person-profile__publications nav.pager a::attr(href)"

# A card may be left unclosed so that the next card nests inside it; every card
# field is read with XPath relative to the card *and at the card's own depth*, so
# a nested card's parts are never read twice.
CARDS = "//main//article[contains(concat(' ', normalize-space(@class), ' '), ' publication-card ')]"
_IN_CARD_AT_DEPTH = (
    "[count(ancestor::article[contains(concat(' ', normalize-space(@class), ' '), ' publication-card ')]) = $depth]"
)
# The depth condition of the card part selectors below. A card with no card
# nested in it (every card of a well-formed page) needs no such condition: the
# parser drops it from the selectors then, which is much faster on long lists.
IN_CARD_AT_DEPTH = _IN_CARD_AT_DEPTH
# A card inside the card (relative to the card): the card was left unclosed.
NESTED_CARDS = ".//article[contains(concat(' ', normalize-space(@class), ' '), ' publication-card ')]"
CARD_DEPTH = "count(ancestor-or-self::article[contains(concat(' ', normalize-space(@class), ' '), ' publication-card ')])"
CARD_TITLE = ".//*[contains(@class, 'publication-card__title')]" + _IN_CARD_AT_DEPTH
CARD_DATE = ".//*[contains(@class, 'publication-card__date')]" + _IN_CARD_AT_DEPTH
CARD_AUTHORS = ".//li[contains(@class, 'publication-card__author')]" + _IN_CARD_AT_DEPTH
CARD_ABSTRACT_PARAGRAPHS = ".//*[contains(@class, 'publication-card__abstract')]" + _IN_CARD_AT_DEPTH + "//p"

# A card's hidden author list as the site writes it, and one author entry: a long
# list (hundreds or thousands of names) is read from the page source before the
# page is parsed (profilecrawler.authorscan); any list not written exactly so is
# read from the parsed page like the rest.
HIDDEN_AUTHORS_TAG = '<ul class="publication-card__authors publication-card__authors--hidden" hidden>'
AUTHOR_ITEM_TAG = '<li class="publication-card__author">'

PORTRAIT_UNAVAILABLE = re.compile(r"\bis unavailable\s*$", re.IGNORECASE)
