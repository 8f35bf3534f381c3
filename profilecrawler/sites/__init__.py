"""Site packages: everything specific to one institute's directory, one package
each (``mila``, ``northfield``). A site package exports its URL rules, its page objects
(``ListingPage``, ``ProfilePage``) and its vocabulary (see
``profilecrawler.sites.mila``)."""

from __future__ import annotations

from importlib import import_module
from urllib.parse import urlsplit

SITES = ("mila", "northfield")
DEFAULT_SITE = "mila"


def load_site(name: str):
    """The site package called ``name``; ValueError naming the known ones otherwise."""
    if name not in SITES:
        raise ValueError(f"unknown site {name!r}: expected one of {'|'.join(SITES)}")
    return import_module(f"profilecrawler.sites.{name}")


def site_for(name: str | None, urls=()):
    """The site a crawl reads: the one named (``-a site=NAME``), else the one
    whose ``HOSTS`` hold the host of the first of ``urls`` that has one of
    them, else ``DEFAULT_SITE`` (the URL does not tell: a mirror, a fixture
    server on 127.0.0.1)."""
    if name is not None:
        return load_site(name)
    for url in urls:
        host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
        for candidate in SITES:
            site = load_site(candidate)
            if host in getattr(site, "HOSTS", ()):
                return site
    return load_site(DEFAULT_SITE)
