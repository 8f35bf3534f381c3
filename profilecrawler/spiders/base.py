"""The parsing path shared by every spider of a directory site.

A profile page (``/en/directory/<slug>``, publication page 0) yields the profile;
each of its publication pages (``?page=0%2CN``) yields one item per card and
requests the pages its pager links to. Scrapy's duplicate filter sees only
canonical URLs, so each page is fetched once whatever URL form led to it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from profilecrawler import text
from profilecrawler.failures import failure_reason, failure_status
from profilecrawler.frontier import ENTRY
from profilecrawler.items import FailureItem
from profilecrawler.loaders import ProfileLoader, PublicationCardLoader
from profilecrawler.sites import mila


def block_texts(card, xpath: str, depth: int) -> list[str]:
    """The whole text (hidden parts included) of each node a card XPath selects."""
    return [node.xpath("string()").get() for node in card.xpath(xpath, depth=depth)]


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
        if page == 0:
            profile = self.load_profile(response, slug, person_id)
            if profile is not None:
                yield profile
        yield from self.load_cards(response, person_id, page)
        for href in response.css(self.site.PUBLICATION_PAGER_LINKS).getall():
            next_page = self.site.publication_page(response.urljoin(href))
            if next_page != page:
                yield self.profile_request(response.url, page=next_page)

    def load_profile(self, response: Response, slug: str, person_id: str):
        site = self.site
        root = response.css(site.PROFILE)
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

    def load_cards(self, response: Response, person_id: str, page: int):
        site = self.site
        page_url = response.url
        for index, card in enumerate(response.xpath(site.CARDS)):
            depth = int(float(card.xpath(site.CARD_DEPTH).get()))
            loader = PublicationCardLoader(selector=card, response=response, site=site)
            # Sortable and independent of the URL form: "first seen" is page order.
            loader.add_value("sighting_id", f"{person_id}/{page:05d}/{index:05d}")
            loader.add_value("card_index", index)
            loader.add_value("listed_on", person_id)
            loader.add_value("source_url", page_url)
            loader.add_value("title", block_texts(card, site.CARD_TITLE, depth))
            loader.add_value("published", block_texts(card, site.CARD_DATE, depth))
            for author in card.xpath(site.CARD_AUTHORS, depth=depth):
                loader.add_value(
                    "authors",
                    {"text": author.xpath("string()").get(), "href": author.xpath(".//a/@href").get()},
                )
            loader.add_value("abstract", block_texts(card, site.CARD_ABSTRACT_PARAGRAPHS, depth))
            if card.xpath(site.CARDS.replace("//main//", ".//")):
                # Its closing tag is missing: the next card was parsed inside it.
                loader.add_value("quality_flags", "card_not_closed")
            self.crawler.stats.inc_value("cards/seen")
            yield loader.load_item()
