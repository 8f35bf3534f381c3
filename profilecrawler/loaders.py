"""Item loaders for a profile page and a publication card.

Processors do the cleaning field by field; the string work itself is in
``profilecrawler.text``. Loaders receive the page's own values (texts, hrefs) from
the spider; the loader context carries ``response`` and ``site`` (the site module)
so that links can be resolved to profile ids.
"""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlsplit

from itemloaders.processors import Compose, Identity, Join, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from profilecrawler import text
from profilecrawler.items import ProfileItem, PublicationCardItem


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def link_profile_id(href: str | None, loader_context) -> str | None:
    """The profile id an author or student link points to, in any URL form of
    this site's profiles; None for a link to anything else (another site too)."""
    if not href:
        return None
    site, response = loader_context["site"], loader_context["response"]
    url = response.urljoin(href)
    if _host(url) != _host(response.url):
        return None
    slug = site.profile_slug(url)
    return text.profile_id(site.NAME, slug) if slug else None


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
    src, alt = raw.get("src"), raw.get("alt") or ""
    if not src or loader_context["site"].PORTRAIT_UNAVAILABLE.search(alt):
        return None
    return loader_context["response"].urljoin(src)


class ProfileLoader(ItemLoader):
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

    def load_item(self) -> ProfileItem:
        item = super().load_item()
        for field in ("roles", "positions", "research_topics", "students", "supervisors"):
            item.setdefault(field, [])
        item.setdefault("biography", None)
        item.setdefault("portrait_url", None)
        item["type"] = "profile"
        item["status"] = text.status_from_roles(item["roles"])
        item["crawled_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return item


def author_entry(raw: dict) -> text.AuthorEntry:
    return text.parse_author_entry(raw.get("text"), raw.get("href"))


class PublicationCardLoader(ItemLoader):
    """Loads one card. ``authors`` takes raw ``{"text", "href"}`` entries; the
    marker is resolved in ``load_item`` once all entries are in, because the
    declared count depends on the marker's position in the whole list."""

    default_item_class = PublicationCardItem
    default_input_processor = MapCompose(text.clean_text)
    default_output_processor = TakeFirst()

    card_index_in = Identity()
    title_in = MapCompose(text.display_title)
    authors_in = MapCompose(author_entry)
    authors_out = Identity()
    abstract_in = MapCompose(text.clean_text)
    abstract_out = Compose(Join(" "), text.join_abstract)
    published_in = MapCompose(text.clean_text, text.parse_published)
    quality_flags_out = Identity()

    def load_item(self) -> PublicationCardItem:
        item = super().load_item()
        author_list = text.assemble_authors(item.get("authors", []))
        item["authors"] = [
            {"name": name, "profile_id": link_profile_id(href, self.context)}
            for name, href in author_list.names
        ]
        item["declared_author_count"] = author_list.declared_count
        abstract = item.get("abstract") or text.Abstract(None, False)
        item["abstract"], item["abstract_complete"] = abstract.text, abstract.complete
        item.setdefault("title", None)
        item.setdefault("published", None)
        item["quality_flags"] = sorted({*item.get("quality_flags", []), *author_list.flags})
        item["type"] = "publication_card"
        return item
