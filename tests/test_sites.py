"""Site packages (profilecrawler.sites): which one a crawl reads, and ``-a site=``."""

from __future__ import annotations

import pytest

from conftest import scrapy_crawl
from profilecrawler.sites import DEFAULT_SITE, SITES, load_site, site_for
from profilecrawler.sites import mila


def test_every_site_package_exports_what_the_spiders_use():
    for name in SITES:
        site = load_site(name)
        for attribute in ("NAME", "DEFAULT_START_URL", "HOSTS", "LISTING_VIEWS", "VIEW_STATUS", "STATUS_ALIASES",
                          "ListingPage", "ProfilePage", "PORTRAIT_UNAVAILABLE", "profile_slug", "is_profile_url",
                          "is_listing_url", "profile_url", "publication_page", "listing_url", "listing_view",
                          "listing_page"):
            assert hasattr(site, attribute), f"{name} lacks {attribute}"


def test_the_site_is_the_one_named_else_the_one_of_the_url_else_the_default():
    assert site_for("mila") is mila
    assert site_for(None, ["https://www.mila.quebec/en/directory/x"]) is mila
    assert site_for(None, ["http://127.0.0.1:8000/en/directory"]) is load_site(DEFAULT_SITE)
    with pytest.raises(ValueError, match="unknown site 'nowhere': expected one of mila|northfield"):
        site_for("nowhere", ["https://mila.quebec/en/directory"])


def test_an_unknown_site_argument_stops_the_crawl_with_one_line(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "directory", "-a", "site=nowhere",
                         "-a", f"start_url={fixture_site.base_url}/en/directory")
    assert crawl.process.returncode == 1
    assert crawl.process.stderr.splitlines() == [
        "profilecrawler: -a site=nowhere: unknown site 'nowhere': expected one of mila|northfield"]


def test_the_site_argument_reads_a_loopback_server_as_that_site(tmp_path, fixture_site):
    crawl = scrapy_crawl(tmp_path, "profile", "-a", "site=mila",
                         "-a", f"url={fixture_site.base_url}/en/directory/li-ming")
    assert crawl.process.returncode == 0, crawl.process.stderr[-2000:]
    assert [profile["id"] for profile in crawl.profiles] == ["mila:li-ming"]
