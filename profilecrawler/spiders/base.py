"""The parsing path shared by every spider of a directory site.

A profile page (``/en/directory/<slug>``, publication page 0) yields the profile;
each of its publication pages (``?page=0%2CN``) yields one item per card and
requests the pages its pager links to. Scrapy's duplicate filter sees only
canonical URLs, so each page is fetched once whatever URL form led to it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response
from scrapy.selector import Selector, SelectorList
from w3lib.html import strip_html5_whitespace

from profilecrawler import authorscan, pagecheck, text
from profilecrawler.failures import failure_reason, failure_status
from profilecrawler.htmltext import rendered_lines, rendered_text
from profilecrawler.frontier import ENTRY
from profilecrawler.items import FailureItem
from profilecrawler.loaders import ProfileLoader, PublicationCardLoader
from profilecrawler.publish import failure_stat, writes_output
from profilecrawler.sites import mila


@lru_cache(maxsize=None)
def compiled_xpath(expression: str) -> etree.XPath:
    """An XPath compiled once. Card parts are read with lxml directly: a card can
    list thousands of authors, and a parsel call per node costs tens of µs."""
    return etree.XPath(expression, smart_strings=False)


_FIRST_LINK = compiled_xpath("(.//a/@href)[1]")


def link_url(response: Response, href: str) -> str:
    """The absolute URL of a link on ``response``, read as browsers read it: the
    whitespace HTML allows around an ``href`` (spaces, newlines) stripped first."""
    return response.urljoin(strip_html5_whitespace(href))


def content_keys(values) -> tuple[str, ...]:
    """Short digests of what a page shows (its cards' titles, its profiles'
    slugs), sorted: carried to the pages it links, so that a page showing
    nothing new can end its pager (``follow_pager``)."""
    return tuple(sorted({hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:10] for value in values}))


def block_texts(nodes) -> list[str]:
    """The whole text (hidden parts included) of each node, as a browser renders
    it: a ``<br>`` or a block boundary inside is a line break (htmltext)."""
    return [rendered_text(node) for node in nodes]


def shown_text(selection) -> str | None:
    """``block_texts`` of the first node of a parsel Selector or SelectorList (None: empty)."""
    if isinstance(selection, SelectorList):
        if not selection:
            return None
        selection = selection[0]
    return rendered_text(selection.root)


class CardParts:
    """The nodes of one card that a site's card selector picks. When a card has
    another card nested in it (its closing tag is missing), only nodes at the
    card's own depth are its parts, so that a nested card's parts are never read
    twice; otherwise every node the selector finds is, and the depth condition
    is left out of the query."""

    def __init__(self, node, site):
        self.node = node
        self.site = site
        self.nested = bool(compiled_xpath(site.NESTED_CARDS)(node))
        self.depth = int(compiled_xpath(site.CARD_DEPTH)(node)) if self.nested else None

    def __call__(self, expression: str) -> list:
        if self.nested:
            return compiled_xpath(expression)(self.node, depth=self.depth)
        return compiled_xpath(expression.replace(self.site.IN_CARD_AT_DEPTH, ""))(self.node)


# Pages this size or larger are looked at for long author lists.
LONG_PAGE_BYTES = 32 * 1024

# Pages this process already asked for, by (slug, page): a publication page's
# pager links every other page, and asking the frontier again only to hear
# "known" costs a request object, a fingerprint and a query each time. Bounded;
# forgetting only costs such duplicates, which the frontier drops anyway.
_ASKED_LIMIT = 100_000


class DirectorySiteSpider(scrapy.Spider):
    site = mila

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if not writes_output(crawler):
            spider.allowed_domains = []  # scrapy parse, check, shell: the page asked for, whatever its host
        return spider

    def allow_hosts_of(self, urls: list[str]) -> None:
        """Restrict the crawl to the hosts of the URLs it starts from."""
        self.allowed_domains = sorted({urlsplit(url).hostname for url in urls if urlsplit(url).hostname})

    def profile_request(self, url: str, *, page: int = 0, previous: tuple = ()) -> scrapy.Request | None:
        """A request for a profile page, whatever form ``url`` has; None (logged
        and counted) when it is not a profile URL."""
        slug = self.site.profile_slug(url)
        if slug is None:
            self.logger.warning("Not a profile URL, skipped: %s", url)
            self.crawler.stats.inc_value("links/not_a_profile")
            return None
        return scrapy.Request(
            self.site.profile_url(url, slug, page),
            callback=self.parse_profile,
            errback=self.request_failed,
            cb_kwargs={"slug": slug, "page": page, **({"previous": previous} if previous else {})},
        )

    def request_failed(self, failure):
        """Errback of every request: a page that could not be had is recorded in
        ``failures.jsonl`` with its reason and number of attempts."""
        yield self.failure_item(failure.request, failure_reason(failure), failure_status(failure))

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
        if retry is not None:
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
            yield from self.parse_profile(response, slug=slug, page=self.site.publication_page(response.url))
            return
        view = self.site.listing_view(response.url)
        if view is not None and hasattr(self, "parse_listing"):
            yield from self.parse_listing(response, view=view, page=self.site.listing_page(response.url))
            return
        self.logger.warning("Not a page this spider reads (a profile%s): %s",
                            " or a listing" if hasattr(self, "parse_listing") else "", response.url)

    def parse_profile(self, response: Response, slug: str, page: int = 0, previous: tuple = ()):
        """A profile's publication page: the profile (page 0), one item per
        card, and requests for the pages its pager links.

        @url /en/directory/raymond-li
        @cb_kwargs {"slug": "raymond-li", "page": 0}
        @returns items 4
        @returns requests 0 0
        @record_types profile publication_card
        """
        stats = self.crawler.stats
        stats.inc_value("pages/profile")
        person_id = text.profile_id(self.site.NAME, slug)
        problem = pagecheck.response_problem(response)
        if problem is not None:
            yield from self.bad_page(response, problem)
            return
        selector, author_lists = self.page_selector(response)
        problem = pagecheck.profile_problem(selector, self.site, page)
        if problem is not None:
            yield from self.bad_page(response, problem)
            return
        if page == 0:
            yield self.load_profile(response, slug, person_id, selector)
        titles = []
        for card in self.load_cards(response, person_id, page, selector, author_lists):
            titles.append(card.get("title") or f"#{card['card_index']}")
            yield card
        linked = {
            self.site.publication_page(link_url(response, href))
            for href in set(selector.css(self.site.PUBLICATION_PAGER_LINKS).getall())
        }
        yield from self.follow_pager(
            response, "publication", page, linked, content_keys(titles), previous,
            lambda n, keys: self.profile_request(response.url, page=n, previous=keys)
            if self.first_ask(slug, n) else None,
        )

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

    def page_selector(self, response: Response):
        """The selector of a profile page, and the long author lists read from its
        source (``profilecrawler.authorscan``): a page that has such lists is
        parsed without them. Most pages have none: their own selector, ``[]``."""
        if len(response.body) < LONG_PAGE_BYTES:
            return response.selector, []
        site = self.site
        source, lists = authorscan.cut_long_lists(response.text, site.HIDDEN_AUTHORS_TAG, site.AUTHOR_ITEM_TAG)
        if not lists:
            return response.selector, []
        self.crawler.stats.inc_value("authors/long_lists_read_from_source", len(lists))
        return Selector(text=source, type="html"), lists

    def first_ask(self, slug: str, page: int) -> bool:
        """False when this process already requested publication page ``page`` of
        ``slug`` (the frontier would drop the request as a duplicate)."""
        asked = self.__dict__.setdefault("_asked_pages", set())
        if (slug, page) in asked:
            return False
        if len(asked) >= _ASKED_LIMIT:
            asked.clear()
        asked.add((slug, page))
        return True

    def load_profile(self, response: Response, slug: str, person_id: str, selector=None):
        site = self.site
        # A page without the profile never gets here (pagecheck.profile_problem).
        root = (response if selector is None else selector).css(site.PROFILE)
        loader = ProfileLoader(selector=root[0], response=response, site=site)
        loader.add_value("id", person_id)
        loader.add_value("url", site.profile_url(response.url, slug))
        loader.add_value("source_url", response.url)
        loader.add_value("name", shown_text(root.css(site.PERSON_NAME)))
        loader.add_value(
            "portrait_url",
            {"src": root.css(site.PORTRAIT_SRC).get(), "alt": root.css(site.PORTRAIT_ALT).get()},
        )
        for membership in root.css(site.MEMBERSHIPS):
            label = membership.css(site.MEMBERSHIP_LABEL) or [membership]
            role = shown_text(label[0])
            loader.add_value("roles", role)
            for sup in membership.css(site.SUPERVISORS):
                loader.add_value(
                    "supervisors",
                    {
                        "name": shown_text(sup.css("a")),
                        "href": sup.css("a::attr(href)").get(),
                        "program": role,
                        "role": shown_text(sup.css(".supervisor__label")),
                    },
                )
        for position in root.css(site.POSITIONS):
            loader.add_value("positions", shown_text(position))
        for topic in root.css(site.TOPICS):
            loader.add_value("research_topics", shown_text(topic))
        for biography in root.css(site.BIOGRAPHY)[:1]:
            # Every block of the section, in order (paragraphs, lists, headings, divs), one a line.
            loader.add_value("biography", rendered_lines(biography.root))
        for entry in root.css(site.STUDENTS):
            name = entry.css(site.STUDENT_NAME)
            loader.add_value(
                "students",
                {
                    "name": shown_text(name),
                    "href": name.xpath("@href").get(),
                    "program": shown_text(entry.css(site.STUDENT_PROGRAM)),
                    "role": shown_text(entry.css(site.STUDENT_ROLE)),
                },
            )
        self.crawler.stats.inc_value("profiles/parsed")
        return loader.load_item()

    def load_cards(self, response: Response, person_id: str, page: int, selector=None, author_lists=()):
        site = self.site
        page_url = response.url
        count = 0
        authors_xpath = site.CARD_AUTHORS
        if author_lists:  # the emptied lists, in document order with the other entries
            authors_xpath += f" | .//ul[@{authorscan.PLACEHOLDER}]{site.IN_CARD_AT_DEPTH}"
        for index, card in enumerate((response if selector is None else selector).xpath(site.CARDS)):
            parts = CardParts(card.root, site)
            loader = PublicationCardLoader(selector=card, response=response, site=site)
            # Sortable and independent of the URL form: "first seen" is page order.
            loader.add_value("sighting_id", f"{person_id}/{page:05d}/{index:05d}")
            loader.add_value("card_index", index)
            loader.add_value("listed_on", person_id)
            loader.add_value("source_url", page_url)
            loader.add_value("title", block_texts(parts(site.CARD_TITLE)))
            loader.add_value("published", block_texts(parts(site.CARD_DATE)))
            authors = []
            for node in parts(authors_xpath):
                if node.tag == "ul":
                    authors += author_lists[int(node.get(authorscan.PLACEHOLDER))]
                else:
                    authors.append((rendered_text(node), (_FIRST_LINK(node) or (None,))[0]))
            loader.add_value("authors", authors)
            loader.add_value("abstract", block_texts(parts(site.CARD_ABSTRACT_PARAGRAPHS)))
            if parts.nested:
                # Its closing tag is missing: the next card was parsed inside it.
                loader.add_value("quality_flags", "card_not_closed")
            count += 1
            yield loader.load_item()
        if count:
            self.crawler.stats.inc_value("cards/seen", count)
