"""The parsing path shared by every spider of a directory site.

A profile page (``/en/directory/<slug>``, publication page 0) yields the profile;
each of its publication pages (``?page=0%2CN``) yields one item per card and
requests the pages its pager links to. Scrapy's duplicate filter sees only
canonical URLs, so each page is fetched once whatever URL form led to it.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.http import Response
from scrapy.selector import Selector

from profilecrawler import authorscan, text
from profilecrawler.failures import failure_reason, failure_status
from profilecrawler.frontier import ENTRY
from profilecrawler.items import FailureItem
from profilecrawler.loaders import ProfileLoader, PublicationCardLoader
from profilecrawler.publish import failure_stat
from profilecrawler.sites import mila


@lru_cache(maxsize=None)
def compiled_xpath(expression: str) -> etree.XPath:
    """An XPath compiled once. Card parts are read with lxml directly: a card can
    list thousands of authors, and a parsel call per node costs tens of µs."""
    return etree.XPath(expression, smart_strings=False)


_STRING = compiled_xpath("string()")
_FIRST_LINK = compiled_xpath("(.//a/@href)[1]")


def block_texts(nodes) -> list[str]:
    """The whole text (hidden parts included) of each node."""
    return [_STRING(node) for node in nodes]


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

    def allow_hosts_of(self, urls: list[str]) -> None:
        """Restrict the crawl to the hosts of the URLs it starts from."""
        self.allowed_domains = sorted({urlsplit(url).hostname for url in urls if urlsplit(url).hostname})

    def profile_request(self, url: str, *, page: int = 0) -> scrapy.Request | None:
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
            cb_kwargs={"slug": slug, "page": page},
        )

    def request_failed(self, failure):
        """Errback of every request: a page that could not be had is recorded in
        ``failures.jsonl`` with its reason and number of attempts."""
        request = failure.request
        url = request.meta.get("redirect_urls", [request.url])[0]
        attempts = request.meta.get("retry_times", 0) + 1
        reason = failure_reason(failure)
        self.logger.warning("Failed: %s (%s, %d attempt(s))", url, reason, attempts)
        self.crawler.stats.inc_value(failure_stat(url, reason))
        yield FailureItem(
            type="failure",
            url=url,
            reason=reason,
            attempts=attempts,
            status=failure_status(failure),
            frontier_fp=request.meta.get(ENTRY),
        )

    def parse_profile(self, response: Response, slug: str, page: int = 0):
        stats = self.crawler.stats
        stats.inc_value("pages/profile")
        person_id = text.profile_id(self.site.NAME, slug)
        selector, author_lists = self.page_selector(response)
        if page == 0:
            profile = self.load_profile(response, slug, person_id, selector)
            if profile is not None:
                yield profile
        yield from self.load_cards(response, person_id, page, selector, author_lists)
        linked = {
            self.site.publication_page(response.urljoin(href))
            for href in set(selector.css(self.site.PUBLICATION_PAGER_LINKS).getall())
        }
        for next_page in sorted(linked - {page}):
            if self.first_ask(slug, next_page):
                yield self.profile_request(response.url, page=next_page)

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
        root = (response if selector is None else selector).css(site.PROFILE)
        if not root:
            self.logger.warning("No profile found on %s (page markup changed?)", response.url)
            self.crawler.stats.inc_value("malformed/profile_page")
            return None
        loader = ProfileLoader(selector=root[0], response=response, site=site)
        loader.add_value("id", person_id)
        loader.add_value("url", site.profile_url(response.url, slug))
        loader.add_value("source_url", response.url)
        loader.add_css("name", site.NAME_TEXT)
        loader.add_value(
            "portrait_url",
            {"src": root.css(site.PORTRAIT_SRC).get(), "alt": root.css(site.PORTRAIT_ALT).get()},
        )
        for membership in root.css(site.MEMBERSHIPS):
            label = membership.css(site.MEMBERSHIP_LABEL) or [membership]
            role = label[0].xpath("string()").get()
            loader.add_value("roles", role)
            for sup in membership.css(site.SUPERVISORS):
                loader.add_value(
                    "supervisors",
                    {
                        "name": sup.css("a").xpath("string()").get(),
                        "href": sup.css("a::attr(href)").get(),
                        "program": role,
                        "role": sup.css(".supervisor__label").xpath("string()").get(),
                    },
                )
        for position in root.css(site.POSITIONS):
            loader.add_value("positions", position.xpath("string()").get())
        for topic in root.css(site.TOPICS):
            loader.add_value("research_topics", topic.xpath("string()").get())
        for paragraph in root.css(site.BIOGRAPHY_PARAGRAPHS):
            loader.add_value("biography", paragraph.xpath("string()").get())
        for entry in root.css(site.STUDENTS):
            name = entry.css(site.STUDENT_NAME)
            loader.add_value(
                "students",
                {
                    "name": name.xpath("string()").get(),
                    "href": name.xpath("@href").get(),
                    "program": entry.css(site.STUDENT_PROGRAM).xpath("string()").get(),
                    "role": entry.css(site.STUDENT_ROLE).xpath("string()").get(),
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
                    authors.append((_STRING(node), (_FIRST_LINK(node) or (None,))[0]))
            loader.add_value("authors", authors)
            loader.add_value("abstract", block_texts(parts(site.CARD_ABSTRACT_PARAGRAPHS)))
            if parts.nested:
                # Its closing tag is missing: the next card was parsed inside it.
                loader.add_value("quality_flags", "card_not_closed")
            count += 1
            yield loader.load_item()
        if count:
            self.crawler.stats.inc_value("cards/seen", count)
