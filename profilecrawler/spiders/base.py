"""The crawl path shared by every spider of a directory site.

A profile page (``/en/directory/<slug>``, publication page 0) yields the profile;
each of its publication pages (``?page=0%2CN``) yields one item per card and
requests the pages its pager links to. What a page says is read by the site's
page objects (``profilecrawler.pages``, ``profilecrawler.sites.<name>.pages``);
the spiders decide what to fetch, and what a page that is not what it should be
becomes (a retry, then a failure). Scrapy's duplicate filter sees only
canonical URLs, so each page is fetched once whatever URL form led to it.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

import scrapy
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response
from url_matcher import Patterns
from web_poet import ApplyRule, default_registry

from profilecrawler import pagecheck, text
from profilecrawler.failures import failure_reason, failure_status
from profilecrawler.frontier import ENTRY
from profilecrawler.items import FailureItem
from profilecrawler.publish import failure_stat, writes_output
from profilecrawler.errors import StartupError
from profilecrawler.pages import DetailPage, ListingPage, ProfilePage, authors_cut
from profilecrawler.sites import mila, site_for
from profilecrawler.spiders._arguments import checked_choice


def content_keys(values) -> tuple[str, ...]:
    """Short digests of what a page shows (its cards' titles, its profiles'
    slugs), sorted: carried to the pages it links, so that a page showing
    nothing new can end its pager (``follow_pager``)."""
    return tuple(sorted({hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:10] for value in values}))


# The callback arguments scrapy-poet fills with page objects.
INJECTED = ("profile_page", "listing_page", "detail_page")


def drop_injected(response: Response) -> None:
    """Take the page objects scrapy-poet put in the request's ``cb_kwargs`` out
    again once the callback has them: the page's parsed tree references the
    response, which references the request, and that cycle would keep every
    page until the garbage collector's next full pass."""
    if response.request is not None:
        for name in INJECTED:
            response.request.cb_kwargs.pop(name, None)


# Pages this process already asked for, by (slug, page): a publication page's
# pager links every other page, and asking the frontier again only to hear
# "known" costs a request object, a fingerprint and a query each time. Bounded;
# forgetting only costs such duplicates, which the frontier drops anyway.
_ASKED_LIMIT = 100_000


class DirectorySiteSpider(scrapy.Spider):
    """``-a site=NAME`` chooses the site package (profilecrawler.sites) where
    the URLs the crawl starts from do not tell (default: the Mila site)."""

    site = mila
    site_named = False  # -a site= was given: its page objects read every URL
    languages: tuple[str, ...] = ("en",)  # -a language=: the languages of the profile pages crawled

    def choose_site(self, name: str | None, urls) -> None:
        """The site this crawl reads (``site_for``); StartupError for an unknown name."""
        try:
            self.site = site_for(name, urls)
        except ValueError as error:
            raise StartupError(f"-a site={name}: {error}") from None
        self.site_named = name is not None

    def choose_languages(self, language: str | None) -> None:
        """``-a language=CODE|both``: which of the site's pages of each profile
        to crawl (default: the site's first language; ``both``: every one it
        has). The pages of one profile in several languages are one profile."""
        choices = (*self.site.LANGUAGES, "both") if len(self.site.LANGUAGES) > 1 else self.site.LANGUAGES
        language = checked_choice("language", self.site.LANGUAGES[0] if language is None else language, list(choices))
        self.languages = tuple(self.site.LANGUAGES) if language == "both" else (language,)

    def page_rules(self) -> list[ApplyRule]:
        """scrapy-poet's rules for this crawl: web-poet's registry (each site's
        page objects on its own hosts), and this crawl's site on every other
        URL (a mirror, a fixture server) or, with ``-a site=``, on every URL."""
        every_url = Patterns([""], priority=1000 if self.site_named else 100)
        fallback = [ApplyRule(every_url, use=self.site.ListingPage, instead_of=ListingPage),
                    ApplyRule(every_url, use=self.site.ProfilePage, instead_of=ProfilePage)]
        if getattr(self.site, "DetailPage", None) is not None:
            fallback.append(ApplyRule(every_url, use=self.site.DetailPage, instead_of=DetailPage))
        return [*default_registry.get_rules(), *fallback]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.settings.set("SCRAPY_POET_RULES", spider.page_rules(), priority="spider")
        if not writes_output(crawler):
            spider.allowed_domains = []  # scrapy parse, check, shell: the page asked for, whatever its host
        return spider

    def allow_hosts_of(self, urls: list[str]) -> None:
        """Restrict the crawl to the hosts of the URLs it starts from."""
        self.allowed_domains = sorted({urlsplit(url).hostname for url in urls if urlsplit(url).hostname})

    def profile_requests(self, url: str) -> list[scrapy.Request]:
        """The requests for a profile's first page in each language crawled."""
        requests = [self.profile_request(url, language=language) for language in self.languages]
        return [request for request in requests if request is not None]

    def profile_request(self, url: str, *, page: int = 0, previous: tuple = (),
                        language: str | None = None) -> scrapy.Request | None:
        """A request for a profile page in ``language`` (default: the crawl's
        first), whatever form ``url`` has; None (logged and counted) when it is
        not a profile URL, or when it asks for a language the crawl does not."""
        slug = self.site.profile_slug(url)
        if slug is None:
            self.logger.warning("Not a profile URL, skipped: %s", url)
            self.crawler.stats.inc_value("links/not_a_profile")
            return None
        return scrapy.Request(
            self.site.profile_url(url, slug, page, language or self.languages[0]),
            callback=self.parse_profile,
            errback=self.request_failed,
            cb_kwargs={"slug": slug, "page": page, **({"previous": previous} if previous else {})},
        )

    def request_failed(self, failure):
        """Errback of every request: a page that could not be had is recorded in
        ``failures.jsonl`` with its reason and number of attempts."""
        reason = failure_reason(failure)
        if reason == "other":  # not the network, not the server: a bug to see, with its cause
            self.logger.error("Request %s failed: %s: %s", failure.request.url, failure.type.__name__,
                              failure.getErrorMessage())
        yield self.failure_item(failure.request, reason, failure_status(failure))

    def failure_item(self, request: scrapy.Request, reason: str, status: int | None = None,
                     url: str | None = None) -> FailureItem:
        """The failure record of ``request``, logged and counted; with ``url``,
        of a page ``request`` led to that is not requested (its entry stays open)."""
        entry = request.meta.get(ENTRY) if url is None else None
        url = url or request.meta.get("redirect_urls", [request.url])[0]
        attempts = request.meta.get("retry_times", 0) + 1
        self.logger.warning("Failed: %s (%s, %d attempt(s))", url, reason, attempts)
        self.crawler.stats.inc_value(failure_stat(url, reason))
        return FailureItem(
            type="failure",
            url=url,
            reason=reason,
            attempts=attempts,
            status=status,
            frontier_fp=entry,
        )

    def bad_page(self, response: Response, problem: pagecheck.Problem):
        """A page that is not what it should be (``profilecrawler.pagecheck``):
        fetched again like a transient error and, once the retries are used up,
        a failure — never a record of what the page lacks."""
        self.logger.warning("Not the page expected at %s: %s", response.url, problem.detail)
        self.crawler.stats.inc_value(f"pages/bad/{problem.reason}")
        retry = get_retry_request(response.request, spider=self, reason=problem.reason)
        if retry is not None:  # (its cb_kwargs hold no page object: drop_injected)
            yield retry  # the same frontier entry: the page is not done (profilecrawler.frontier)
        else:
            yield self.failure_item(response.request, problem.reason, response.status)

    def parse(self, response: Response, **kwargs):
        """A page of the site by its URL alone (``scrapy parse URL``, the default
        callback): a profile's publication page, or a listing page for a spider
        that reads listings.

        @url /en/directory/li-ming
        @returns items 5 5
        @returns requests 0 0
        @record_types profile publication_card
        """
        slug = self.site.profile_slug(response.url)
        if slug is not None:
            yield from self.parse_profile(response, slug=slug, page=self.site.publication_page(response.url),
                                          profile_page=self.site.ProfilePage.of(response))
            return
        view = self.site.listing_view(response.url)
        if view is not None and hasattr(self, "parse_listing"):
            yield from self.parse_listing(response, view=view, page=self.site.listing_page(response.url),
                                          listing_page=self.site.ListingPage.of(response))
            return
        self.logger.warning("Not a page this spider reads (a profile%s): %s",
                            " or a listing" if hasattr(self, "parse_listing") else "", response.url)

    def parse_profile(self, response: Response, slug: str, page: int = 0, previous: tuple = (),
                      profile_page: ProfilePage = None):
        """A profile's publication page: the profile (page 0), one item per
        card, and requests for the pages its pager links. ``profile_page`` is
        the page object scrapy-poet injects (made here when none was: a
        contract, ``scrapy parse``).

        @url /en/directory/raymond-li
        @cb_kwargs {"slug": "raymond-li", "page": 0}
        @returns items 4
        @returns requests 0 0
        @record_types profile publication_card
        """
        stats = self.crawler.stats
        stats.inc_value("pages/profile")
        person_id = text.profile_id(self.site.NAME, slug)
        profile_page = profile_page or self.site.ProfilePage.of(response)
        drop_injected(response)
        problem = profile_page.problem(page)
        if problem is not None:
            yield from self.bad_page(response, problem)
            return
        if profile_page.long_author_lists:
            stats.inc_value("authors/long_lists_read_from_source", profile_page.long_author_lists)
        if page == 0:
            yield profile_page.profile(person_id, slug)
            stats.inc_value("profiles/parsed")
        titles = []
        fetch_details = self.crawler.settings.getbool("FETCH_DETAIL_PAGES")
        for card in profile_page.cards(person_id, page):
            titles.append(card.get("title") or f"#{card['card_index']}")
            yield card
            if card.get("detail_url") and authors_cut(card):
                if fetch_details:
                    yield self.detail_request(card["detail_url"], person_id)
                else:
                    stats.inc_value("authors/cut_not_fetched")
        if titles:
            stats.inc_value("cards/seen", len(titles))
        yield from self.follow_pager(
            response, "publication", page, profile_page.pager_pages(), content_keys(titles), previous,
            lambda n, keys: self.profile_request(response.url, page=n, previous=keys, language=profile_page.language)
            if self.first_ask(slug, n, profile_page.language) else None,
        )

    def detail_request(self, url: str, listed_on: str) -> scrapy.Request:
        """A request for a publication's own page, for its whole author list
        (``FETCH_DETAIL_PAGES``); the duplicate filter fetches each page once."""
        return scrapy.Request(url, callback=self.parse_detail, errback=self.request_failed,
                              cb_kwargs={"listed_on": listed_on})

    def parse_detail(self, response: Response, listed_on: str, detail_page: DetailPage = None):
        """A publication's own page: one more sighting of the publication, with
        the whole author list (the merge prefers it to the cards' cut lists).
        (No contract: the default site, Mila, has no such pages.)"""
        stats = self.crawler.stats
        stats.inc_value("pages/detail")
        detail_page = detail_page or self.site.DetailPage.of(response)
        drop_injected(response)
        problem = detail_page.problem()
        if problem is not None:
            yield from self.bad_page(response, problem)
            return
        item = detail_page.publication(listed_on)
        if item.get("authors"):
            stats.inc_value("authors/completed_from_detail_page")
        yield item

    def follow_pager(self, response: Response, pager: str, page: int, linked: set[int], keys: tuple,
                     previous: tuple, request_for):
        """The requests for the pages a pager links (``linked``, page numbers),
        bounded: a page whose content (``keys``) adds nothing to that of the page
        that linked it (``previous``) ends its pager (an endless or repeating
        pager; the page is a failure ``pager_no_new_content``), and no page from
        ``MAX_<PAGER>_PAGES`` on is requested: the first such page is a failure
        ``page_limit``. Either way its profile is unreached or its listing
        incomplete, never proof of anything gone. Hits are logged and counted."""
        stats = self.crawler.stats
        if page and set(keys) <= set(previous):
            # A pager that serves the same page again (it ignores its parameter,
            # or loops): the rest of it is unknown, and the page is a failure.
            self.logger.warning("Pager ended at %s: the page shows nothing the page linking it did not", response.url)
            stats.inc_value(f"pager/nothing_new/{pager}")
            yield self.failure_item(response.request, "pager_no_new_content", response.status)
            return
        limit = self.crawler.settings.getint(f"MAX_{pager.upper()}_PAGES")
        for next_page in sorted(linked - {page}):
            request = request_for(next_page, keys)
            if next_page < limit:
                if request is not None:
                    yield request
                continue
            self.logger.warning("Page limit reached: %s links page %d of its pager; MAX_%s_PAGES is %d",
                                response.url, next_page + 1, pager.upper(), limit)
            stats.inc_value(f"limits/{pager}_pages")
            if request is not None:
                yield self.failure_item(response.request, "page_limit", url=request.url)
            return

    def first_ask(self, slug: str, page: int, language: str = "") -> bool:
        """False when this process already requested publication page ``page`` of
        ``slug`` in ``language`` (the frontier would drop the request as a duplicate)."""
        asked = self.__dict__.setdefault("_asked_pages", set())
        key = (slug, page, language)
        if key in asked:
            return False
        if len(asked) >= _ASKED_LIMIT:
            asked.clear()
        asked.add(key)
        return True
