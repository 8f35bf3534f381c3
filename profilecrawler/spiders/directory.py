from __future__ import annotations

import scrapy

from profilecrawler.pages import ListingPage
from profilecrawler.spiders._arguments import checked_choice, checked_url
from profilecrawler.spiders.base import DirectorySiteSpider, content_keys, drop_injected


class DirectorySpider(DirectorySiteSpider):
    """Every member and/or alumni profile listed in the directory, with all of
    their publication pages.

    ``scrapy crawl directory [-a status=all|members|alumni] [-a start_url=URL] [-a site=NAME]
    [-a language=en|fr|both]`` (``member``, the status the records say, is
    ``members``; the listings are read in the site's first language, the
    profiles in the languages asked for)
    """

    name = "directory"

    def __init__(self, status: str = "all", start_url: str | None = None, site: str | None = None,
                 language: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.choose_site(site, [start_url] if start_url else [])
        self.choose_languages(language)
        status = self.site.STATUS_ALIASES.get(status, status)
        self.status = checked_choice("status", status, [*self.site.LISTING_VIEWS, *self.site.STATUS_ALIASES])
        self.start_url = (self.site.DEFAULT_START_URL if start_url is None else
                          checked_url("start_url", start_url, self.site.is_listing_url,
                                      f"the directory listing (such as {self.site.DEFAULT_START_URL})"))
        self.allow_hosts_of([self.start_url])

    def scope(self) -> dict:
        """What this crawl covers, for the manifest (profilecrawler.manifest)."""
        statuses = [self.site.VIEW_STATUS[view] for view in self.site.LISTING_VIEWS[self.status]]
        return {"name": f"directory:{self.status}", "statuses": statuses,
                "arguments": {"status": self.status, "start_url": self.start_url, "languages": list(self.languages)}}

    async def start(self):
        for view in self.site.LISTING_VIEWS[self.status]:
            yield self.listing_request(view, 0)

    def listing_request(self, view: str, page: int, previous: tuple = (), base: str | None = None) -> scrapy.Request:
        """Listing page ``page`` of ``view``, on the host of ``base`` (a listing
        page's URL) or of the start URL."""
        return scrapy.Request(
            self.site.listing_url(base or self.start_url, view, page),
            callback=self.parse_listing,
            errback=self.request_failed,
            cb_kwargs={"view": view, "page": page, **({"previous": previous} if previous else {})},
        )

    def parse_listing(self, response, view: str, page: int, previous: tuple = (),
                      listing_page: ListingPage = None):
        """A listing page: a request for each profile it lists, and for the pages its pager links.

        @url /en/directory?member-type=members
        @cb_kwargs {"view": "members", "page": 0}
        @returns items 0 0
        @returns requests 17
        """
        stats = self.crawler.stats
        stats.inc_value("pages/listing")
        listing = listing_page or self.site.ListingPage.of(response)
        drop_injected(response)
        problem = listing.problem()
        if problem is not None:
            yield from self.bad_page(response, problem)
            return
        links = listing.profile_urls()
        if not links:
            self.logger.warning("No profile links on listing page %s", response.url)
            stats.inc_value("malformed/empty_listing")
        slugs = []
        for url in links:
            requests = self.profile_requests(url)
            if requests:
                stats.inc_value("profiles/discovered")
                slugs.append(requests[0].cb_kwargs["slug"])
                yield from requests
        yield from self.follow_pager(response, "listing", page, listing.pager_pages(), content_keys(slugs), previous,
                                     lambda n, keys: self.listing_request(view, n, keys, base=response.url))
