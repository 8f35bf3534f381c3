"""The Mila directory (https://mila.quebec/en/directory): a site package.

A site package holds everything specific to one institute's site, and the
spiders, loaders and pipelines use only what it exports:

* its URL rules (``urls``): ``NAME``, ``DEFAULT_START_URL``, ``HOSTS``, the listing views
  and statuses, ``profile_slug``, ``is_profile_url``, ``is_listing_url``,
  ``profile_url``, ``publication_page``, ``listing_url``, ``listing_view``,
  ``listing_page``;
* its page objects (``pages``): ``ListingPage`` and ``ProfilePage``, and
  ``DetailPage`` where its cards link a publication's own page (here None);
* its vocabulary (``vocabulary``): what its pages say, such as
  ``PORTRAIT_UNAVAILABLE``, ``AUTHOR_MARKER`` and the French pages' words
  (``canonical_term``);
* its languages (``LANGUAGES``, ``page_language``): English and French.
"""

import sys

from profilecrawler.sites.mila.pages import ListingPage, ProfilePage
from profilecrawler.sites.mila.urls import (
    DEFAULT_START_URL,
    HOSTS,
    LISTING_FILTER,
    LANGUAGES,
    LISTING_VIEWS,
    NAME,
    STATUS_ALIASES,
    VIEW_STATUS,
    is_detail_url,
    is_listing_url,
    is_profile_url,
    listing_page,
    listing_url,
    listing_view,
    page_language,
    profile_slug,
    profile_url,
    publication_page,
)
from profilecrawler.sites.mila.vocabulary import AUTHOR_MARKER, PORTRAIT_UNAVAILABLE, canonical_term

# The directory's cards link no publication page.
DetailPage = None

# The page objects read with this package's URL rules and vocabulary.
ListingPage.site = ProfilePage.site = sys.modules[__name__]

__all__ = [
    "DEFAULT_START_URL", "HOSTS", "LISTING_FILTER", "LISTING_VIEWS", "NAME", "STATUS_ALIASES", "VIEW_STATUS",
    "AUTHOR_MARKER", "LANGUAGES", "canonical_term", "page_language", "DetailPage", "ListingPage", "ProfilePage", "PORTRAIT_UNAVAILABLE",
    "is_detail_url", "is_listing_url", "is_profile_url", "listing_page", "listing_url", "listing_view", "profile_slug",
    "profile_url", "publication_page",
]
