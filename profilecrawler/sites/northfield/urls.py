"""Northfield University's Department of Computer Science (fictional: the second
institution of the fixtures, https://cs.northfield.example): its URL rules.

A faculty directory of two lists, ``/people/faculty`` and ``/people/emeriti``,
numbered ``?page=K``; a person is ``/people/<slug>`` (with or without a trailing
slash), their publications numbered ``?page=N`` on the same URL; a publication
has its own page, ``/publications/<key>``, which some cards link.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit, urlunsplit

NAME = "northfield"
LANGUAGES = ("en",)  # its pages are in English only
DEFAULT_START_URL = "https://cs.northfield.example/people"
# The hosts that are this site (profilecrawler.sites.site_for).
HOSTS = ("cs.northfield.example",)
LISTING_VIEWS = {"all": ["faculty", "emeriti"], "faculty": ["faculty"], "emeriti": ["emeriti"]}
# The profile status ("member" / "alumni") of the people each list shows.
VIEW_STATUS = {"faculty": "member", "emeriti": "alumni"}
# -a status= also takes the directory spider's usual words.
STATUS_ALIASES = {"members": "faculty", "member": "faculty", "alumni": "emeriti"}

_VIEWS = "|".join(VIEW_STATUS)
_LISTING_PATH = re.compile(rf"^/people(?:/(?P<view>{_VIEWS}))?/?$")
_PROFILE_PATH = re.compile(r"^/people/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)/?$")
_DETAIL_PATH = re.compile(r"^/publications/[a-z0-9]+(?:-[a-z0-9]+)*/?$")


def _page(url: str) -> int:
    for key, value in parse_qsl(urlsplit(url).query):
        if key == "page":
            return int(value) if value.strip().isdigit() else 0
    return 0


def profile_slug(url: str) -> str | None:
    """The slug of a profile URL, else None (the two lists are no people)."""
    match = _PROFILE_PATH.match(urlsplit(url).path.lower())
    if not match or match["slug"] in VIEW_STATUS:
        return None
    return match["slug"]


def is_profile_url(url: str) -> bool:
    return profile_slug(url) is not None


def is_listing_url(url: str) -> bool:
    """``/people`` or one of its two lists (any query: the crawl sets its own)."""
    return bool(_LISTING_PATH.match(urlsplit(url).path))


def is_detail_url(url: str) -> bool:
    """Whether ``url`` is a publication's own page."""
    return bool(_DETAIL_PATH.match(urlsplit(url).path))


def page_language(url: str) -> str:
    return "en"


def publication_page(url: str) -> int:
    """N of ``?page=N`` on a profile URL (0 when absent or unreadable)."""
    return _page(url)


def profile_url(base_url: str, slug: str, page: int = 0, language: str = "en") -> str:
    """Canonical URL of a profile's publication page N, on the host of base_url."""
    scheme, netloc, *_ = urlsplit(base_url)
    return urlunsplit((scheme, netloc, f"/people/{slug}", f"page={page}" if page else "", ""))


def listing_url(start_url: str, view: str, page: int = 0) -> str:
    """Canonical page K of a list (``faculty`` or ``emeriti``)."""
    scheme, netloc, *_ = urlsplit(start_url)
    return urlunsplit((scheme, netloc, f"/people/{view}", f"page={page}" if page else "", ""))


def listing_view(url: str) -> str | None:
    """The list (``faculty``, ``emeriti``) of a listing URL, else None."""
    match = _LISTING_PATH.match(urlsplit(url).path)
    return match["view"] if match else None


def listing_page(url: str) -> int:
    return _page(url)
