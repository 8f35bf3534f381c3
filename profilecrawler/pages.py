"""Page objects: what a page of a directory site says, apart from the crawl.

They are web-poet page objects (``web_poet.Injectable``): a site package
(``profilecrawler.sites.<name>``) gives its own subclasses of ``ListingPage``
and ``ProfilePage``, registered for its URLs with web-poet's ``@handle_urls``
(``instead_of`` these), usually with only their selectors (class attributes
named below); a site whose pages are built differently overrides the methods.
scrapy-poet's ``InjectionMiddleware`` gives a spider callback the page object
of the request's URL (or of the site chosen with ``-a site=``, which the
spider turns into ``SCRAPY_POET_RULES``). The spiders
(``profilecrawler.spiders``) only ask a page object whether the page is what it
should be, for its profile, its cards and its pager; they never hold a
selector.

A page object's input is ``PageResponse``: the Scrapy response itself, given by
``PageResponseProvider``, so that a page is parsed once and read with the same
selectors, loaders and middlewares' fixes (charset, gzip) as before.

Card parts are read with lxml directly (``compiled_xpath``): a card can list
thousands of authors, and a parsel call per node costs tens of µs. A page of
``LONG_PAGE_BYTES`` or more has its long author lists read from the page source
before it is parsed (``profilecrawler.authorscan``).
"""

# No "from __future__ import annotations": scrapy-poet (andi) reads the page
# objects' input types from their __init__ in the site modules, where these
# names are not defined.

import hashlib
import warnings
import weakref
from functools import cached_property, lru_cache
from types import SimpleNamespace
from typing import ClassVar

import attrs
import web_poet
from tldextract import TLDExtract
from url_matcher import util as _url_matcher_util
from lxml import etree
from scrapy.http import Response
from scrapy.selector import Selector, SelectorList
from scrapy_poet.page_input_providers import PageObjectInputProvider
from w3lib.html import strip_html5_whitespace

from profilecrawler import authorscan, pagecheck, text
from profilecrawler.htmltext import rendered_lines, rendered_text
from profilecrawler.items import ProfileItem, PublicationCardItem
from profilecrawler.loaders import ProfileLoader, PublicationCardLoader

# url-matcher (web-poet's URL rules) reads hosts with tldextract's default
# extractor, which downloads the Public Suffix List from the internet on first
# use. A crawl sends nothing but to the sites it crawls: read hosts with the
# list bundled with tldextract instead, as Scrapy's own cookies middleware does.
_url_matcher_util.tldextract = SimpleNamespace(extract=TLDExtract(suffix_list_urls=()))

# web-poet warns of two rules for one URL pattern that return the same item
# (``to_return``, here None); ours replace different classes (``instead_of``:
# a site's ListingPage and its ProfilePage), which is no conflict.
warnings.filterwarnings("ignore", message=r"The registry contains \d+ conflicting rules with to_return=None",
                        category=UserWarning)

# Pages this size or larger are looked at for long author lists.
LONG_PAGE_BYTES = 32 * 1024


@lru_cache(maxsize=None)
def compiled_xpath(expression: str) -> etree.XPath:
    """An XPath compiled once."""
    return etree.XPath(expression, smart_strings=False)


_FIRST_LINK = compiled_xpath("(.//a/@href)[1]")


def link_url(response: Response, href: str) -> str:
    """The absolute URL of a link on ``response``, read as browsers read it: the
    whitespace HTML allows around an ``href`` (spaces, newlines) stripped first."""
    return response.urljoin(strip_html5_whitespace(href))


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
    """The nodes of one card that a card selector picks. When a card has
    another card nested in it (its closing tag is missing), only nodes at the
    card's own depth are its parts, so that a nested card's parts are never read
    twice; otherwise every node the selector finds is, and the depth condition
    is left out of the query."""

    def __init__(self, node, page: "ProfilePage"):
        self.node = node
        self.page = page
        self.nested = bool(compiled_xpath(page.NESTED_CARDS)(node))
        self.depth = int(compiled_xpath(page.CARD_DEPTH)(node)) if self.nested else None

    def __call__(self, expression: str) -> list:
        if self.nested:
            return compiled_xpath(expression)(self.node, depth=self.depth)
        return compiled_xpath(expression.replace(self.page.IN_CARD_AT_DEPTH, ""))(self.node)


class PageResponse:
    """A page object's input: the Scrapy response of its page, held weakly.

    scrapy-poet keeps what providers built in a ``WeakKeyDictionary`` keyed by
    the request, for as long as the request lives; a response references its
    request, so a strong reference here would keep every page of the crawl in
    memory (measured on the small benchmark site: peak RSS 167 → 434 MB). The
    response lives as long as its callback runs, which is where page objects
    are read."""

    __slots__ = ("_response", "__weakref__")

    def __init__(self, response: Response):
        self._response = weakref.ref(response)

    @property
    def response(self) -> Response:
        response = self._response()
        if response is None:
            raise RuntimeError("the page object outlived its response")
        return response


class PageResponseProvider(PageObjectInputProvider):
    """scrapy-poet provider of ``PageResponse`` (``SCRAPY_POET_PROVIDERS``)."""

    provided_classes = {PageResponse}
    name = "profilecrawler_page_response"

    def __call__(self, to_provide, response: Response):
        return [PageResponse(response)]


@attrs.define(slots=False)
class SitePage(web_poet.Injectable):
    """A page of a site: its response, and the site package that reads it
    (``site``, set by the site package on its page classes)."""

    source: PageResponse
    site: ClassVar = None

    @property
    def response(self) -> Response:
        return self.source.response

    @classmethod
    def of(cls, response: Response) -> "SitePage":
        """The page object of ``response`` (where no scrapy-poet injected one)."""
        return cls(PageResponse(response))


@attrs.define(slots=False)
class ListingPage(SitePage):
    """A page of the directory listing: the profiles it lists and the pages its
    pager links. Selectors: ``CONTENT`` (what makes the page a listing, empty
    when it lists nobody), ``PROFILE_LINKS``, ``PAGER_LINKS`` (``::attr(href)``)."""

    CONTENT: ClassVar[str]
    PROFILE_LINKS: ClassVar[str]
    PAGER_LINKS: ClassVar[str]

    def problem(self) -> pagecheck.Problem | None:
        """What makes this page no listing (pagecheck), else None."""
        return pagecheck.response_problem(self.response) or pagecheck.listing_problem(self.response.selector, self)

    def profile_urls(self) -> list[str]:
        """The profile links of the page, absolute, in page order."""
        return [link_url(self.response, href) for href in self.response.css(self.PROFILE_LINKS).getall()]

    def pager_pages(self) -> set[int]:
        """The page numbers the pager links."""
        return {self.site.listing_page(link_url(self.response, href))
                for href in self.response.css(self.PAGER_LINKS).getall()}


@attrs.define(slots=False)
class ProfilePage(SitePage):
    """A profile's publication page (``number`` N of its pager): the profile
    (page 0), its publication cards, the pages its pager links.

    Selectors: ``PROFILE``, ``PERSON_NAME``, ``PORTRAIT_SRC``, ``PORTRAIT_ALT``,
    ``MEMBERSHIPS``, ``MEMBERSHIP_LABEL``, ``SUPERVISORS``, ``POSITIONS``,
    ``TOPICS``, ``BIOGRAPHY``, ``STUDENTS``, ``STUDENT_NAME``,
    ``STUDENT_PROGRAM``, ``STUDENT_ROLE``, ``PUBLICATIONS_SECTION``,
    ``PUBLICATION_PAGER_LINKS``; cards (XPath, relative to a card, with
    ``IN_CARD_AT_DEPTH``): ``CARDS``, ``NESTED_CARDS``, ``CARD_DEPTH``,
    ``CARD_TITLE``, ``CARD_DATE``, ``CARD_AUTHORS``, ``CARD_ABSTRACT_PARAGRAPHS``;
    long lists as the site writes them: ``HIDDEN_AUTHORS_TAG``, ``AUTHOR_ITEM_TAG``."""

    @cached_property
    def _parsed(self) -> tuple[Selector, list]:
        """The page's selector, and the long author lists read from its source:
        a page that has such lists is parsed without them. Most pages have none:
        their own selector, ``[]``."""
        response = self.response
        if len(response.body) < LONG_PAGE_BYTES:
            return response.selector, []
        source, lists = authorscan.cut_long_lists(response.text, self.HIDDEN_AUTHORS_TAG, self.AUTHOR_ITEM_TAG)
        if not lists:
            return response.selector, []
        return Selector(text=source, type="html"), lists

    @property
    def selector(self) -> Selector:
        return self._parsed[0]

    @property
    def long_author_lists(self) -> int:
        """How many author lists were read from the page source."""
        return len(self._parsed[1])

    def problem(self, number: int = 0) -> pagecheck.Problem | None:
        """What makes this page (publication page ``number``) no profile page (pagecheck), else None."""
        return pagecheck.response_problem(self.response) or pagecheck.profile_problem(self.selector, self, number)

    def pager_pages(self) -> set[int]:
        """The publication page numbers the pager links."""
        return {self.site.publication_page(link_url(self.response, href))
                for href in set(self.selector.css(self.PUBLICATION_PAGER_LINKS).getall())}

    def profile(self, person_id: str, slug: str) -> ProfileItem:
        """The profile the page shows (``problem()`` said it has one), loaded
        from what ``profile_fields`` read."""
        response, site = self.response, self.site
        root = self.selector.css(self.PROFILE)[0]
        loader = ProfileLoader(selector=root, response=response, site=site)
        loader.add_value("id", person_id)
        loader.add_value("url", site.profile_url(response.url, slug))
        loader.add_value("source_url", response.url)
        fields = self.canonical_fields(self.profile_fields(root))
        for field, value in fields.items():
            loader.add_value(field, value)
        return loader.load_item()

    @property
    def language(self) -> str:
        """The language of the page (the site's ``page_language``)."""
        return self.site.page_language(self.response.url)

    def canonical_fields(self, fields: dict) -> dict:
        """``profile_fields`` in the site's canonical vocabulary: on a page in
        another language than the site's first (``LANGUAGES``), its roles,
        topics, programs and supervision labels mapped by the site's
        ``canonical_term``, the page's own roles, topics and biography kept in
        ``as_shown`` under its language; ``languages``: the page's."""
        language = self.language
        fields["languages"] = [language]
        if language == self.site.LANGUAGES[0]:
            return fields
        term = self.site.canonical_term
        fields["as_shown"] = {language: {
            "roles": [role for role in fields.get("roles", ()) if role],
            "research_topics": [topic for topic in fields.get("research_topics", ()) if topic],
            "biography": text.join_paragraphs(fields.get("biography") or []),
        }}
        fields["roles"] = [term("role", role, language) for role in fields.get("roles", ())]
        fields["research_topics"] = [term("topic", topic, language) for topic in fields.get("research_topics", ())]
        for person in (*fields.get("students", ()), *fields.get("supervisors", ())):
            person["program"] = term("program", person.get("program"), language)
            person["role"] = term("supervision", person.get("role"), language)
        return fields

    def profile_fields(self, root: Selector) -> dict:
        """What the profile (``root``, the ``PROFILE`` node) shows, as the page
        writes it, by item field: ``name``, ``portrait_url`` (``{"src",
        "alt"}``), ``roles``, ``supervisors`` and ``students`` (``{"name",
        "href", "program", "role"}``), ``positions``, ``research_topics``,
        ``biography`` (its lines), and ``field_sources`` for the fields not
        read from the page's HTML (``{"name": "json-ld"}``). A site whose
        profile is laid out otherwise overrides this."""
        fields = {
            "name": shown_text(root.css(self.PERSON_NAME)),
            "portrait_url": {"src": root.css(self.PORTRAIT_SRC).get(), "alt": root.css(self.PORTRAIT_ALT).get()},
            "roles": [], "supervisors": [], "students": [],
            "positions": [shown_text(position) for position in root.css(self.POSITIONS)],
            "research_topics": [shown_text(topic) for topic in root.css(self.TOPICS)],
        }
        for membership in root.css(self.MEMBERSHIPS):
            label = membership.css(self.MEMBERSHIP_LABEL) or [membership]
            role = shown_text(label[0])
            fields["roles"].append(role)
            for sup in membership.css(self.SUPERVISORS):
                fields["supervisors"].append({
                    "name": shown_text(sup.css("a")),
                    "href": sup.css("a::attr(href)").get(),
                    "program": role,
                    "role": shown_text(sup.css(self.SUPERVISOR_LABEL)),
                })
        for biography in root.css(self.BIOGRAPHY)[:1]:
            # Every block of the section, in order (paragraphs, lists, headings, divs), one a line.
            fields["biography"] = rendered_lines(biography.root)
        for entry in root.css(self.STUDENTS):
            name = entry.css(self.STUDENT_NAME)
            fields["students"].append({
                "name": shown_text(name),
                "href": name.xpath("@href").get(),
                "program": shown_text(entry.css(self.STUDENT_PROGRAM)),
                "role": shown_text(entry.css(self.STUDENT_ROLE)),
            })
        return fields

    def cards(self, person_id: str, page: int = 0):
        """One item per publication card of publication page ``page``, in page
        order, loaded from what ``card_fields`` read of each."""
        response, site = self.response, self.site
        page_url = response.url
        # A page in another language is a sighting of its own, right after its twin in page order.
        language = self.language
        suffix = "" if language == site.LANGUAGES[0] else f"/{language}"
        for index, card in enumerate(self.card_nodes()):
            loader = PublicationCardLoader(selector=card, response=response, site=site)
            # Sortable and independent of the URL form: "first seen" is page order.
            loader.add_value("sighting_id", f"{person_id}/{page:05d}/{index:05d}{suffix}")
            loader.add_value("card_index", index)
            loader.add_value("listed_on", person_id)
            loader.add_value("source_url", page_url)
            for field, value in self.card_fields(card).items():
                loader.add_value(field, value)
            item: PublicationCardItem = loader.load_item()
            yield item

    def card_nodes(self) -> list[Selector]:
        """The page's publication cards, in page order (``CARDS``)."""
        return self.selector.xpath(self.CARDS)

    @cached_property
    def _authors_xpath(self) -> str:
        if self._parsed[1]:  # the emptied lists, in document order with the other entries
            return self.CARD_AUTHORS + f" | .//ul[@{authorscan.PLACEHOLDER}]{self.IN_CARD_AT_DEPTH}"
        return self.CARD_AUTHORS

    def card_fields(self, card: Selector) -> dict:
        """What one card shows, as the page writes it, by item field: ``title``,
        ``published`` and ``abstract`` (texts: the abstract's paragraphs),
        ``authors`` (``(text, href)`` of each entry, a marker included),
        ``quality_flags``; a site may add ``detail_url`` (the publication's own
        page, fetched when the card's author list is cut), ``authors_complete``
        (True: the list is the whole list) and ``field_sources`` (for the
        fields not read from the card's HTML). A site whose cards are laid out
        otherwise overrides this."""
        parts = CardParts(card.root, self)
        author_lists = self._parsed[1]
        authors = []
        for node in parts(self._authors_xpath):
            if node.tag == "ul":
                authors += author_lists[int(node.get(authorscan.PLACEHOLDER))]
            else:
                authors.append((rendered_text(node), (_FIRST_LINK(node) or (None,))[0]))
        return {
            "title": block_texts(parts(self.CARD_TITLE)),
            "published": block_texts(parts(self.CARD_DATE)),
            "authors": authors,
            "abstract": block_texts(parts(self.CARD_ABSTRACT_PARAGRAPHS)),
            # Its closing tag is missing: the next card was parsed inside it.
            "quality_flags": ["card_not_closed"] if parts.nested else [],
        }


def authors_cut(card: PublicationCardItem) -> bool:
    """Whether a card's author list is not the whole list: its marker declares
    more names than it shows, or says it is cut ("et al."), or the card shows none."""
    if card.get("authors_complete"):
        return False
    declared, flags = card.get("declared_author_count"), card.get("quality_flags") or ()
    return ("authors_cut" in flags or "authors_missing" in flags
            or (declared is not None and len(card.get("authors") or ()) < declared))


@attrs.define(slots=False)
class DetailPage(SitePage):
    """A publication's own page (a site whose cards link one): its whole
    author list, and what else it says of the publication. The spiders fetch
    it for a card whose list is cut (``authors_cut``, ``FETCH_DETAIL_PAGES``);
    what it yields is one more sighting of the publication, which the merge
    prefers for its authors. A site gives ``DETAIL`` (what makes the page
    one) and overrides ``fields``."""

    DETAIL: ClassVar[str]

    def problem(self) -> pagecheck.Problem | None:
        """What makes this page no publication page, else None."""
        problem = pagecheck.response_problem(self.response)
        if problem is None and not self.response.css(self.DETAIL):
            problem = pagecheck.Problem(pagecheck.NOT_A_DETAIL_PAGE, "no publication on the page")
        return problem

    def fields(self) -> dict:
        """What the page says of the publication, by card item field (see
        ``ProfilePage.card_fields``; ``field_sources`` defaults to
        ``detail_page`` for what is given)."""
        raise NotImplementedError

    def publication(self, listed_on: str) -> PublicationCardItem:
        """The publication as a sighting of its own, in the name of the profile
        (``listed_on``) whose card linked the page; it sorts after that
        profile's cards (the merge's "first seen")."""
        response = self.response
        loader = PublicationCardLoader(selector=response.selector, response=response, site=self.site)
        digest = hashlib.sha1(response.url.encode("utf-8")).hexdigest()[:16]
        loader.add_value("sighting_id", f"{listed_on}/detail/{digest}")
        loader.add_value("listed_on", listed_on)
        loader.add_value("source_url", response.url)
        fields = self.fields()
        given = [field for field in ("title", "authors", "published", "abstract") if fields.get(field)]
        fields["field_sources"] = {**{field: "detail_page" for field in given}, **fields.get("field_sources", {})}
        for field, value in fields.items():
            loader.add_value(field, value)
        return loader.load_item()
