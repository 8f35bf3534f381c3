"""Item loaders for a profile page and a publication card.

Processors do the cleaning field by field; the string work itself is in
``profilecrawler.text``. Loaders receive the page's own values (texts, hrefs) from
the spider; the loader context carries ``response`` and ``site`` (the site package)
so that links can be resolved to profile ids.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from urllib.parse import urljoin, urlsplit
from weakref import WeakKeyDictionary

from itemloaders.processors import Compose, Identity, MapCompose, TakeFirst
from scrapy.loader import ItemLoader
from w3lib.html import strip_html5_whitespace

from profilecrawler import text
from profilecrawler.items import ProfileItem, PublicationCardItem


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _resolve_link(site, url: str, page_host: str) -> str | None:
    if _host(url) != page_host:
        return None
    slug = site.profile_slug(url)
    return text.profile_id(site.NAME, slug) if slug else None


@lru_cache(maxsize=8192)
def _resolve_rooted_link(site, origin: str, page_host: str, href: str) -> str | None:
    return _resolve_link(site, urljoin(origin, href), page_host)


# response -> (the page's base URL with path "/", the page's host)
_page_origins: "WeakKeyDictionary[object, tuple[str, str]]" = WeakKeyDictionary()


def link_profile_id(href: str | None, loader_context) -> str | None:
    """The profile id an author or student link points to, in any URL form of
    this site's profiles; None for a link to anything else (another site too)."""
    href = strip_html5_whitespace(href) if href else None  # as browsers read an href
    if not href:
        return None
    site, response = loader_context["site"], loader_context["response"]
    if href.startswith("/") and not href.startswith("//"):
        # A path from the site's root resolves the same from every page of a
        # host: resolved once per (host, href), not once per author link.
        origin = _page_origins.get(response)
        if origin is None:
            origin = _page_origins[response] = (response.urljoin("/"), _host(response.url))
        return _resolve_rooted_link(site, origin[0], origin[1], href)
    return _resolve_link(site, response.urljoin(href), _host(response.url))


def _person(raw: dict, loader_context, role: str | None = None) -> dict:
    program, institution = text.split_program(raw.get("program"))
    return {
        "name": text.clean_text(raw.get("name")),
        "profile_id": link_profile_id(raw.get("href"), loader_context),
        "program": program,
        "institution": institution,
        "role": role if role is not None else text.supervision_role(raw.get("role")),
    }


def student(raw: dict, loader_context) -> dict:
    return _person(raw, loader_context)


def supervisor(raw: dict, loader_context) -> dict:
    return _person(raw, loader_context, role=text.supervision_role(raw.get("role")) or "Supervisor")


def portrait_url(raw: dict, loader_context) -> str | None:
    """Absolute portrait URL, or None when the page says it is unavailable."""
    src, alt = strip_html5_whitespace(raw.get("src") or ""), raw.get("alt") or ""
    if not src or loader_context["site"].PORTRAIT_UNAVAILABLE.search(alt):
        return None
    return loader_context["response"].urljoin(src)


class _Loader(ItemLoader):
    """An ``ItemLoader`` that looks each field's processors up once per class:
    ``ItemLoader`` looks them up (through the item's field metadata) at every
    ``add_value`` and for every field of every item, which was most of the cost
    of loading a card."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._processors = {}

    def _processor(self, kind: str, field_name: str):
        key = (kind, field_name)
        try:
            return self._processors[key]
        except KeyError:
            get = super().get_input_processor if kind == "in" else super().get_output_processor
            processor = self._processors[key] = get(field_name)
            return processor

    def get_input_processor(self, field_name: str):
        return self._processor("in", field_name)

    def get_output_processor(self, field_name: str):
        return self._processor("out", field_name)


class ProfileLoader(_Loader):
    default_item_class = ProfileItem
    default_input_processor = MapCompose(text.clean_text)
    default_output_processor = TakeFirst()

    roles_out = Identity()
    research_topics_out = Identity()
    positions_in = MapCompose(text.clean_text, text.split_position)
    positions_out = Identity()
    biography_out = Compose(text.join_paragraphs)
    portrait_url_in = MapCompose(portrait_url)
    students_in = MapCompose(student)
    students_out = Identity()
    supervisors_in = MapCompose(supervisor)
    supervisors_out = Identity()

    field_sources_in = Identity()
    languages_out = Identity()
    as_shown_in = Identity()

    def load_item(self) -> ProfileItem:
        item = super().load_item()
        for field in ("roles", "positions", "research_topics", "students", "supervisors"):
            item.setdefault(field, [])
        item["field_sources"] = field_sources(item, ("name", "roles", "positions", "research_topics", "biography",
                                                      "portrait_url", "students", "supervisors"))
        item.setdefault("biography", None)
        item.setdefault("portrait_url", None)
        item.setdefault("languages", [])
        item.setdefault("as_shown", {})
        item["type"] = "profile"
        # The site's rule where it has one (which roles are past members), else Mila's ("Alumni …").
        item["status"] = getattr(self.context["site"], "status_from_roles", text.status_from_roles)(item["roles"])
        item["crawled_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return item


def field_sources(item, fields: tuple[str, ...]) -> dict[str, str]:
    """Where each field of ``item`` that has a value was read: what the page
    object said (``field_sources``), else ``html`` (the page's own text)."""
    said = item.get("field_sources") or {}
    return {field: said.get(field, "html") for field in fields if item.get(field) not in (None, [], "")}


def _abstract(values: list):
    return text.join_abstract(" ".join(values))


class PublicationCardLoader(_Loader):
    """Loads one card. ``authors`` takes the raw ``(text, href)`` of each author
    entry, all at once (a card can list thousands); the marker is resolved in
    ``load_item`` once all entries are in, because the declared count depends
    on the marker's position in the whole list. (Its processors are looked up
    once per class, by ``_Loader``: that lookup was most of what a card cost.)"""

    default_item_class = PublicationCardItem
    default_input_processor = MapCompose(text.clean_text)
    default_output_processor = TakeFirst()

    card_index_in = Identity()
    title_in = MapCompose(text.display_title)
    authors_in = Identity()
    authors_out = Identity()
    published_in = MapCompose(text.clean_text, text.parse_published)
    quality_flags_out = Identity()
    abstract_out = Compose(_abstract)
    detail_url_in = Identity()
    authors_complete_in = Identity()
    field_sources_in = Identity()

    def load_item(self) -> PublicationCardItem:
        item = super().load_item()
        context = self.context
        # The site's way of saying a list goes on (text.SEE_N_MORE: "… (see N more)").
        marker = getattr(context["site"], "AUTHOR_MARKER", text.SEE_N_MORE)
        author_list = text.author_list(item.get("authors", []), marker)
        item["authors"] = [
            {"name": name, "profile_id": link_profile_id(href, context) if href else None}
            for name, href in author_list.names
        ]
        item["declared_author_count"] = author_list.declared_count
        abstract = item.get("abstract") or text.Abstract(None, False)
        item["abstract"], item["abstract_complete"] = abstract.text, abstract.complete
        item.setdefault("title", None)
        item.setdefault("published", None)
        flags = {*item.get("quality_flags", []), *author_list.flags}
        if text.looks_damaged(item["title"], item["abstract"], *(author["name"] for author in item["authors"])):
            flags.add(text.DAMAGED_FLAG)
        item["quality_flags"] = sorted(flags)
        item["field_sources"] = field_sources(item, ("title", "authors", "published", "abstract"))
        item["type"] = "publication_card"
        return item
