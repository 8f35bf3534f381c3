"""Site packages: everything specific to one institute's directory, one package
each (``mila``). A site package exports its URL rules, its page objects
(``ListingPage``, ``ProfilePage``) and its vocabulary (see
``profilecrawler.sites.mila``)."""

from __future__ import annotations

from importlib import import_module

SITES = ("mila",)
DEFAULT_SITE = "mila"


def load_site(name: str):
    """The site package called ``name``; ValueError naming the known ones otherwise."""
    if name not in SITES:
        raise ValueError(f"unknown site {name!r}: expected one of {'|'.join(SITES)}")
    return import_module(f"profilecrawler.sites.{name}")
