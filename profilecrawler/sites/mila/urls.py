"""The Mila directory's URL rules: which URL is a profile, a listing, which
page of a pager, and the canonical form of each.

URL facts (issue 2): a profile is ``/en/directory/<slug>``, also served as
``/en/person/<slug>``, ``/en/<slug>``, with or without a trailing slash and with
junk parameters; its French page is ``/fr/annuaire/<slug>`` (issue 12); its publications are paginated with a
Drupal multi-pager ``?page=0%2CN``. The listing is ``/en/directory`` with the
filter ``member-type`` and numbered pages ``?page=K``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

NAME = "mila"
# The languages its profiles are published in; the first is canonical: its
# wording is the records' vocabulary (vocabulary.canonical_term maps the others).
LANGUAGES = ("en", "fr")
DEFAULT_START_URL = "https://mila.quebec/en/directory"
# The hosts that are this site (profilecrawler.sites.site_for).
HOSTS = ("mila.quebec",)
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


def is_detail_url(url: str) -> bool:
    """Whether ``url`` is a publication's own page: the directory's cards link
    none (their hidden names follow in the page)."""
    return False


def publication_page(url: str) -> int:
    """N of ``?page=0%2CN`` (0 when absent or unreadable)."""
    for key, value in parse_qsl(urlsplit(url).query):
        if key == "page":
            match = _PAGER.match(value)
            return int(match[1]) if match else 0
    return 0


def page_language(url: str) -> str:
    """The language of a page: ``fr`` under ``/fr/``, else ``en``."""
    return "fr" if urlsplit(url).path.lower().startswith("/fr/") else "en"


def profile_url(base_url: str, slug: str, page: int = 0, language: str = "en") -> str:
    """Canonical URL of a profile's publication page N, on the host of base_url,
    in ``language`` (``/en/directory/<slug>``, ``/fr/annuaire/<slug>``)."""
    scheme, netloc, *_ = urlsplit(base_url)
    query = f"page=0%2C{page}" if page else ""
    path = f"/fr/annuaire/{slug}" if language == "fr" else f"/en/directory/{slug}"
    return urlunsplit((scheme, netloc, path, query, ""))


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
