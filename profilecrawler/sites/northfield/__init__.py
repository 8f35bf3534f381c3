"""Northfield University's Department of Computer Science (fictional: the
fixtures' second institution, https://cs.northfield.example/people): a site
package, the worked example of README's "Adding a site".

What differs from the Mila directory, and where it is handled:

* URLs (``urls``): two lists, ``/people/faculty`` and ``/people/emeriti``
  (statuses ``member`` and ``alumni``), ``?page=K``; a person ``/people/<slug>``,
  their publications ``?page=N``; a publication's own page ``/publications/<key>``
  (``is_detail_url``);
* layout (``pages``): a directory table, a profile as a definition list, the
  publications as table rows, JSON-LD ``Person`` and ``ScholarlyArticle``
  preferred where a page has them (extruct), a ``DetailPage`` with the whole
  author list;
* words (``vocabulary``): "et al." and "Show all N authors" (``AUTHOR_MARKER``),
  the definition list's labels, emeritus appointments (``status_from_roles``),
  "No photograph of X".

Dates such as ``2024-03-15`` and ``Spring 2023`` are read by the shared
``profilecrawler.text.parse_published``.
"""

import sys

from profilecrawler.sites.northfield.pages import DetailPage, ListingPage, ProfilePage
from profilecrawler.sites.northfield.urls import (
    DEFAULT_START_URL,
    HOSTS,
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
from profilecrawler.sites.northfield.vocabulary import AUTHOR_MARKER, PORTRAIT_UNAVAILABLE, status_from_roles

# The page objects read with this package's URL rules and vocabulary.
ListingPage.site = ProfilePage.site = DetailPage.site = sys.modules[__name__]

__all__ = [
    "AUTHOR_MARKER", "DEFAULT_START_URL", "LANGUAGES", "page_language", "HOSTS", "LISTING_VIEWS", "NAME", "STATUS_ALIASES", "VIEW_STATUS",
    "DetailPage", "ListingPage", "ProfilePage", "PORTRAIT_UNAVAILABLE",
    "is_detail_url", "is_listing_url", "is_profile_url", "listing_page", "listing_url", "listing_view",
    "profile_slug", "profile_url", "publication_page", "status_from_roles",
]
