"""Northfield's page objects: a faculty directory in tables, profiles as a
definition list, publication lists as table rows with cut author lists, and
schema.org JSON-LD (``Person``, ``ScholarlyArticle``) in some pages.

Where a page embeds JSON-LD, its values are preferred to the page's text for the
fields it gives, and ``field_sources`` says so (``json-ld``); JSON-LD is read
with extruct. A script that is not JSON is logged and the page read from its
text.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit, urlunsplit

import attrs
from extruct.jsonld import JsonLdExtractor
from web_poet import handle_urls

from profilecrawler import pages
from profilecrawler.pages import block_texts, link_url, shown_text
from profilecrawler.htmltext import rendered_lines, rendered_text
from profilecrawler.sites.northfield.urls import HOSTS
from profilecrawler.sites.northfield.vocabulary import LABELS

logger = logging.getLogger(__name__)

_JSONLD = JsonLdExtractor()
_TOPIC_SEPARATOR = re.compile(r"\s*;\s*")


def structured_data(page: pages.SitePage, kind: str) -> dict | None:
    """The page's first JSON-LD object of schema.org type ``kind`` (extruct),
    else None; a script that cannot be read is logged and ignored."""
    try:
        objects = _JSONLD.extract_items(page.response.selector.root, base_url=page.response.url)
    except ValueError as error:
        logger.warning("Unreadable JSON-LD on %s, the page's text is read instead: %s", page.response.url, error)
        return None
    for found in objects:
        for item in found if isinstance(found, list) else [found]:
            if isinstance(item, dict) and kind in _types(item):
                return item
    return None


def _types(item: dict) -> list[str]:
    kind = item.get("@type")
    return kind if isinstance(kind, list) else [kind]


def _text(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def on_this_host(page: pages.SitePage, url: str | None) -> str | None:
    """A link JSON-LD gives with the site's own host (``HOSTS``), as a link on
    the host the page came from (a mirror, the fixture server)."""
    if not url:
        return None
    parts = urlsplit(url)
    if (parts.hostname or "").removeprefix("www.") in HOSTS:
        own = urlsplit(page.response.url)
        return urlunsplit((own.scheme, own.netloc, parts.path, parts.query, ""))
    return url


@handle_urls(HOSTS[0], instead_of=pages.ListingPage)
@attrs.define(slots=False)
class ListingPage(pages.ListingPage):
    # The directory table makes the page a list (with no row: a list of nobody).
    CONTENT = "main table.directory"
    PROFILE_LINKS = "main table.directory tbody tr td:first-child a::attr(href)"
    PAGER_LINKS = "main ul.pagination a::attr(href)"


@handle_urls(HOSTS[0], instead_of=pages.ProfilePage)
@attrs.define(slots=False)
class ProfilePage(pages.ProfilePage):
    PROFILE = "main article.faculty-member"
    PERSON_NAME = "h1.name"
    PUBLICATIONS_SECTION = "main section.publications"
    PUBLICATION_PAGER_LINKS = "main section.publications ul.pagination a::attr(href)"
    CARDS = "//main//table[contains(@class, 'publications')]/tbody/tr"
    # Its lists are short: nothing to read from the page source before parsing.
    HIDDEN_AUTHORS_TAG = AUTHOR_ITEM_TAG = "\x00"

    def profile_fields(self, root) -> dict:
        """The definition list's facts by their labels (``vocabulary.LABELS``);
        name and research areas from a JSON-LD ``Person`` where the page has one."""
        fields = {"name": shown_text(root.css(self.PERSON_NAME)), "roles": [], "positions": [],
                  "research_topics": [], "students": [], "supervisors": [], "field_sources": {},
                  "portrait_url": {"src": root.css("img.photo::attr(src)").get(),
                                   "alt": root.css("img.photo::attr(alt)").get()}}
        for term in root.css("dl.facts > dt"):
            field = LABELS.get((shown_text(term) or "").strip().rstrip(":").lower())
            definition = term.xpath("following-sibling::dd[1]")
            if field is None or not definition:
                continue
            value = shown_text(definition)
            fields[field] += _TOPIC_SEPARATOR.split(value) if field == "research_topics" else [value]
        for biography in root.css("section.biography .text")[:1]:
            fields["biography"] = rendered_lines(biography.root)
        person = structured_data(self, "Person")
        if person is not None:
            name, topics = _text(person.get("name")), person.get("knowsAbout")
            if name:
                fields["name"], fields["field_sources"]["name"] = name, "json-ld"
            if isinstance(topics, list) and all(isinstance(topic, str) for topic in topics) and topics:
                fields["research_topics"], fields["field_sources"]["research_topics"] = topics, "json-ld"
        return fields

    def card_fields(self, card) -> dict:
        """A table row: title (a link to the publication's page, where it has
        one), the authors cell (names between commas, linked or not, ending in
        "et al." or "Show all N authors"), the date."""
        title = card.css("td.title")
        detail = title.css("a::attr(href)").get()
        return {
            "title": block_texts(node.root for node in title),
            "published": block_texts(node.root for node in card.css("td.date")),
            "authors": author_entries(card.css("td.authors")),
            "detail_url": link_url(self.response, detail) if detail else None,
        }


def author_entries(cell) -> list[tuple[str, str | None]]:
    """``(text, href)`` of each name in an authors cell: a link is one entry;
    text between links is split at commas."""
    entries: list[tuple[str, str | None]] = []
    for node in cell[0].root.xpath("node()") if cell else ():
        if isinstance(node, str):
            entries += [(part, None) for part in node.split(",") if part.strip()]
        elif node.tag == "a":
            entries.append((rendered_text(node), node.get("href")))
        else:
            entries += [(part, None) for part in rendered_text(node).split(",") if part.strip()]
    return entries


@handle_urls(HOSTS[0], instead_of=pages.DetailPage)
@attrs.define(slots=False)
class DetailPage(pages.DetailPage):
    """A publication's own page: its whole author list (an ordered list), its
    date and abstract; a JSON-LD ``ScholarlyArticle`` where the page has one."""

    DETAIL = "main article.publication"

    def fields(self) -> dict:
        article = self.response.css(self.DETAIL)[0]
        fields = {
            "title": [shown_text(article.css("h1.publication-title"))],
            "authors": [(rendered_text(li.root), li.css("a::attr(href)").get())
                        for li in article.css("ol.author-list > li")],
            "published": [article.css("time::attr(datetime)").get() or shown_text(article.css("time"))],
            "abstract": block_texts(p.root for p in article.css("section.abstract p")),
            "authors_complete": True,  # the page's list is the whole list
            "field_sources": {},
        }
        data = structured_data(self, "ScholarlyArticle")
        if data is None:
            return fields
        sources = fields["field_sources"]
        title, published, abstract = (_text(data.get(key)) for key in ("headline", "datePublished", "abstract"))
        authors = data.get("author")
        if title:
            fields["title"], sources["title"] = [title], "json-ld"
        if published:
            fields["published"], sources["published"] = [published], "json-ld"
        if abstract:
            fields["abstract"], sources["abstract"] = [abstract], "json-ld"
        if isinstance(authors, list) and authors and all(isinstance(a, dict) and _text(a.get("name")) for a in authors):
            fields["authors"] = [(a["name"].strip(), on_this_host(self, a.get("url"))) for a in authors]
            sources["authors"] = "json-ld"
        return fields
