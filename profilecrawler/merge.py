"""Folding sightings into one record per publication and per person.

Pure functions over JSON-able dicts: a *fold state* holds what every sighting of a
record contributed so far, in compact form (each distinct author list once, with
the number of sightings that showed it). Where the state is kept (SQLite, Redis)
is the business of ``profilecrawler.state``; what a merged record says is decided
here only.

Folding is idempotent: a sighting (profile, publication page, card position)
that was already folded is ignored, so a page fetched twice, or re-processed after
a crash, counts once. "First seen" means first in page order (the smallest
sighting id), not first to arrive, so the merged record does not depend on the
order in which a concurrent or resumed crawl fetched the pages.

Merge rules for a publication (issue 2):
* title: one read from structured data (JSON-LD) over scraped text, then the
  display variant seen most often (ties: first seen);
* authors: a list a page gives whole (a publication's detail page) over lists
  cut on cards, then the author-list variant seen most often (ties: first
  seen); a link
  belongs to one author entry, its position in the list: an entry keeps the
  link any sighting of that list gave it at that position; an entry no such
  sighting linked takes the link other sightings gave its name only when that
  is unambiguous (the name is shown once in the list and was only ever linked
  to one profile), so two authors shown with one name never share a link;
* declared author count: the largest seen;
* abstract: a complete one over a truncated one, then the one seen most often;
* title, authors and abstract: never text that looks damaged (mojibake,
  replacement characters: ``text.looks_damaged``) over undamaged text, however
  often it was seen; a record whose kept text is damaged is flagged
  ``text_damaged``;
* published: the most precise date seen;
* profile ids and source URLs: every one seen;
* ``field_sources``: where each kept value was read (``html``, ``detail_page``,
  ``json-ld``; a value several sources gave: the richest, in that order);
* ``authors_complete``: true for a whole list (a detail page's, or one that
  reaches the declared count), false for a list its marker says is cut
  (``authors_cut``: "et al.").
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from functools import lru_cache

from profilecrawler import text
from profilecrawler.schema import SCHEMA_VERSION


def _variant_key(names: list[str]) -> str:
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


def _bump(counter: dict, key: str, sighting: str, **payload) -> None:
    """Count one more sighting of ``key``, remembering the first in page order."""
    entry = counter.setdefault(key, {"count": 0, "first": sighting, **payload})
    entry["count"] += 1
    entry["first"] = min(entry["first"], sighting)


def _undamaged(entry: dict) -> bool:
    """Entries of sightings before damaged text was told apart count as undamaged."""
    return not entry.get("damaged", False)


def _most_seen(counter: dict, prefer=lambda entry: 0):
    """Key of the entry preferred first, then seen most often, then first in page order."""
    if not counter:
        return None
    best = max(counter.values(), key=lambda e: (prefer(e), e["count"]))
    ties = [k for k, e in counter.items() if (prefer(e), e["count"]) == (prefer(best), best["count"])]
    return min(ties, key=lambda k: counter[k]["first"])


# What each author-list variant's sightings said, beside the list itself: a
# publication whose variants share no author is split by them (``components``).
_AGGREGATES = ("titles", "abstracts", "published", "profile_ids", "source_urls", "flags")


def _new_aggregates() -> dict:
    return {"titles": {}, "abstracts": {}, "published": {}, "declared_author_count": None,
            "profile_ids": [], "source_urls": [], "flags": []}


def new_publication_state(publication_id: str) -> dict:
    return {"id": publication_id, "format": 2, "sightings": [], "author_variants": {}, "links": {}}


def _upgraded(state: dict) -> dict:
    """A state folded before sightings were kept by author list (no ``format``):
    what its sightings said goes with its first variant."""
    if state.get("format") == 2:
        return state
    carried = {name: state.pop(name) for name in (*_AGGREGATES, "declared_author_count") if name in state}
    variants = state["author_variants"]
    for key, entry in variants.items():
        entry.setdefault("aggregates", _new_aggregates())
    if variants:
        first = min(variants, key=lambda k: variants[k]["first"])
        variants[first]["aggregates"].update(carried)
    state["format"] = 2
    return state


def fold_publication(state: dict, card: dict) -> bool:
    """Fold one card into the state; False when this sighting was folded before."""
    state = _upgraded(state)
    sighting = card["sighting_id"]
    if sighting in state["sightings"]:
        return False
    state["sightings"].append(sighting)

    names = [author["name"] for author in card["authors"]]
    key = _variant_key(names)
    sources = card.get("field_sources") or {}
    _bump(state["author_variants"], key, sighting, names=names, damaged=text.looks_damaged(*names))
    variant = state["author_variants"][key]
    if card.get("authors_complete"):  # the page gives the whole list (a detail page)
        variant["complete"] = True
    if sources.get("authors", "html") != "html":
        variant["source"] = sources["authors"]
    links = variant.setdefault("links", [None] * len(names))
    for position, author in enumerate(card["authors"]):
        profile_id = author.get("profile_id")
        if profile_id:
            if links[position] is None:
                links[position] = profile_id
            seen = _name_links(state, author["name"])
            if profile_id not in seen:
                state["links"][author["name"]] = [*seen, profile_id]

    said = variant.setdefault("aggregates", _new_aggregates())
    _bump(said["titles"], card["title"], sighting, damaged=text.looks_damaged(card["title"]))
    _note_source(said["titles"][card["title"]], sources.get("title"))
    declared = card.get("declared_author_count")
    if declared is not None:
        said["declared_author_count"] = max(declared, said["declared_author_count"] or 0)
    if card.get("abstract"):
        _bump(said["abstracts"], card["abstract"], sighting, complete=bool(card.get("abstract_complete")),
              damaged=text.looks_damaged(card["abstract"]))
        _note_source(said["abstracts"][card["abstract"]], sources.get("abstract"))
    if card.get("published"):
        _bump(said["published"], card["published"], sighting, precision=len(card["published"]))
        _note_source(said["published"][card["published"]], sources.get("published"))
    for field, value in (("profile_ids", card.get("listed_on")), ("source_urls", card.get("source_url"))):
        if value and value not in said[field]:
            said[field].append(value)
    for flag in card.get("quality_flags") or ():
        if flag not in said["flags"]:
            said["flags"].append(flag)
    return True


def _note_source(entry: dict, source: str | None) -> None:
    """Remember that a value was read from other than the card's HTML (JSON-LD,
    a detail page); an entry without ``source`` was only ever read from HTML.
    The richest source wins: a value one sighting read from JSON-LD keeps that."""
    if source and source != "html" and entry.get("source") != "json-ld":
        entry["source"] = source


def _source(entry: dict | None) -> str:
    return (entry or {}).get("source", "html")


def _name_links(state: dict, name: str) -> list[str]:
    """Every profile a name was linked to, in any sighting (a state written
    before links belonged to entries holds one id a name)."""
    seen = state["links"].get(name) or []
    return [seen] if isinstance(seen, str) else seen


def _entry_links(state: dict, variant: dict) -> list[str | None]:
    """The link of each entry of an author-list variant (see the merge rules)."""
    names = variant["names"]
    links = list(variant.get("links") or [None] * len(names))
    shown = Counter(names)
    for position, name in enumerate(names):
        if links[position] is None and shown[name] == 1:
            seen = _name_links(state, name)
            if len(seen) == 1:
                links[position] = seen[0]
    return links


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> frozenset[str]:
    """A name as a set of words, for telling whether two lists share an author:
    case, accents and punctuation aside (``Md. Mostofa Ali Patwary`` holds
    ``Mostofa Ali Patwary``)."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))
    return frozenset(plain.split())


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a <= b or b <= a))


def components(variants: dict) -> list[list[str]]:
    """The author-list variants of one title grouped into publications: two
    variants are one publication when they share an author (the same name, or
    one name's words within the other's: a spelling variant), directly or
    through other variants. A variant without any name, or whose names look
    damaged (mojibake shares no word with the names it garbles), goes with the
    group seen most. Ordered by first sighting; each group's variant keys likewise."""
    named = [key for key, entry in variants.items() if entry["names"] and _undamaged(entry)]
    parent = {key: key for key in named}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    people = {key: {_person_tokens(name) for name in variants[key]["names"]} for key in named}
    # The same name in two lists: linear, through an index of names (the common case).
    holder: dict[frozenset, str] = {}
    for key in named:
        for person in people[key]:
            if person in holder:
                if root(holder[person]) != root(key):
                    parent[root(key)] = root(holder[person])
            else:
                holder[person] = key
    # Groups still apart: one name's words within the other's (only now, and rarely, pairwise).
    apart = {}
    for key in named:
        apart.setdefault(root(key), set()).update(people[key])
    if len(apart) > 1:
        roots = list(apart)
        for index, first in enumerate(roots):
            for second in roots[index + 1:]:
                if root(first) != root(second) and any(
                        _same_person(a, b) for a in apart[first] for b in apart[second]):
                    parent[root(second)] = root(first)
    groups: dict[str, list[str]] = {}
    for key in named:
        groups.setdefault(root(key), []).append(key)
    found = list(groups.values()) or [[]]
    unnamed = [key for key in variants if key not in parent]
    if unnamed:
        max(found, key=lambda group: sum(variants[k]["count"] for k in group)).extend(unnamed)
    for group in found:
        group.sort(key=lambda k: variants[k]["first"])
    return sorted(found, key=lambda group: variants[group[0]]["first"])


def _merged_aggregates(variants: dict, keys: list[str]) -> dict:
    """What the sightings of the ``keys`` variants said, together (read only)."""
    if len(keys) == 1:
        return variants[keys[0]]["aggregates"]  # most publications: no copy
    merged = _new_aggregates()
    for key in keys:
        said = variants[key]["aggregates"]
        for name in ("titles", "abstracts", "published"):
            for value, entry in said[name].items():
                into = merged[name].setdefault(value, {**entry, "count": 0})
                into["count"] += entry["count"]
                into["first"] = min(into["first"], entry["first"])
                into["complete"] = into.get("complete", False) or entry.get("complete", False)
                _note_source(into, entry.get("source"))
        for name in ("profile_ids", "source_urls", "flags"):
            merged[name] += [value for value in said[name] if value not in merged[name]]
        if said["declared_author_count"] is not None:
            merged["declared_author_count"] = max(said["declared_author_count"], merged["declared_author_count"] or 0)
    return merged


def publication_records(state: dict) -> list[dict]:
    """The merged records of a title, as exported: one, unless sightings of that
    title list authors that share no one (two papers called "Introduction"):
    then one per group of author lists, each with an id of its own (the title's
    and its first author's) and the flag ``title_shared``."""
    state = _upgraded(state)
    variants = state["author_variants"]
    groups = components(variants) if len(variants) > 1 else [list(variants)]
    if len(groups) == 1:
        return [_record(state, state["id"], groups[0], split=False)]
    records = []
    for group in groups:
        first_names = variants[_most_seen({k: variants[k] for k in group}, prefer=_undamaged)]["names"]
        anchor = " ".join(sorted(_person_tokens(first_names[0]))) if first_names else ""
        records.append(_record(state, text.publication_id(state["id"] + "\x1f" + anchor), group, split=True))
    return records


def publication_record(state: dict) -> dict:
    """The one merged record of a state (a title whose sightings are one publication)."""
    (record,) = publication_records(state)
    return record


def _record(state: dict, publication_id: str, keys: list[str], split: bool) -> dict:
    variants = {key: state["author_variants"][key] for key in keys}
    said = _merged_aggregates(variants, keys)
    # A list a page gives whole (a detail page) over lists cut on cards, however often those were seen.
    variant = variants[_most_seen(variants, prefer=lambda entry: (_undamaged(entry), entry.get("complete", False)))]
    authors = [{"name": name, "profile_id": link} for name, link in zip(variant["names"], _entry_links(state, variant))]
    declared = said["declared_author_count"]
    abstract = _most_seen(said["abstracts"], prefer=lambda entry: (_undamaged(entry), entry["complete"]))
    # None: no card had an abstract (or an author), so there is nothing to be complete.
    abstract_complete = said["abstracts"][abstract]["complete"] if abstract else None
    published = _most_seen(said["published"], prefer=lambda entry: entry["precision"])

    title = _most_seen(said["titles"], prefer=lambda entry: (_undamaged(entry), _source(entry) == "json-ld"))
    # Recomputed from the values kept, not carried from every sighting:
    flags = set(said["flags"]) - {"card_not_closed", text.DAMAGED_FLAG}
    if text.looks_damaged(title, abstract, *variant["names"]):
        flags.add(text.DAMAGED_FLAG)
    if declared is not None and declared != len(authors):
        flags.add("author_count_mismatch")
    if variant.get("complete"):
        authors_complete = True
        flags.discard("authors_cut")  # a page gave the whole list
    elif "authors_cut" in variant["aggregates"]["flags"]:
        authors_complete = False  # "et al.": cut, by an unknown number of names
    else:
        authors_complete = (declared is None or len(authors) >= declared) if authors else None
    citation_text = citation_text_positions(authors)
    if citation_text:
        flags.add("authors_contain_citation_text")
    if abstract and not abstract_complete:
        flags.add("abstract_truncated")
    if len(variants) > 1:
        flags.add("author_list_variants")
    if len(said["titles"]) > 1:
        flags.add("title_variants")
    if split:
        flags.add("title_shared")
    return {
        "type": "publication",
        "schema_version": SCHEMA_VERSION,
        "id": publication_id,
        "title": title,
        "authors": authors,
        "declared_author_count": declared,
        "authors_complete": authors_complete if authors else None,
        "abstract": abstract,
        "abstract_complete": abstract_complete,
        "published": published,
        "profile_ids": sorted(said["profile_ids"]),
        "source_urls": sorted(said["source_urls"]),
        "sightings": sum(entry["count"] for entry in variants.values()),
        "citation_text_authors": citation_text,
        "quality_flags": sorted(flags),
        "field_sources": {field: source for field, source, value in (
            ("title", _source(said["titles"].get(title)), title),
            ("authors", variant.get("source", "html"), authors),
            ("abstract", _source(said["abstracts"].get(abstract)), abstract),
            ("published", _source(said["published"].get(published)), published)) if value},
    }


def citation_text_positions(authors: list[dict]) -> list[int]:
    """Positions (1-based) of the author entries that look like citation text."""
    return [position for position, author in enumerate(authors, 1) if text.looks_like_citation_text(author["name"])]


def fold_profile(state: dict | None, profile: dict) -> dict:
    """A person is seen once per crawl and language as a rule. A later sighting
    (the same page under another URL) replaces the fields, unless its text looks
    damaged and the earlier one's does not, or it is a page in another language
    (``as_shown`` set: a translated page) and the fields came from a page in the
    site's canonical language: such a page adds its language and its own
    wording only. Every source URL and language is kept."""
    state = state or {}
    sources = list(state.get("source_urls", []))
    if profile.get("source_url") and profile["source_url"] not in sources:
        sources.append(profile["source_url"])
    record = {key: value for key, value in profile.items() if key != "source_url"}
    languages = sorted({*state.get("languages", ()), *(record.get("languages") or ())})
    as_shown = {**state.get("as_shown", {}), **(record.get("as_shown") or {})}
    translated = bool(record.get("as_shown"))
    kept = state.get("record")
    if kept is not None and ((_profile_damaged(record) and not _profile_damaged(kept))
                             or (translated and not state.get("translated", False))):
        record, translated = kept, state.get("translated", False)  # a damaged or translated sighting keeps the fields
    return {"record": record, "source_urls": sources, "languages": languages, "as_shown": as_shown,
            "translated": translated}


def _profile_damaged(record: dict) -> bool:
    return text.looks_damaged(record.get("name"), record.get("biography"), *record.get("research_topics") or ())


PROFILE_FIELDS = (
    "type", "schema_version", "id", "url", "name", "status", "roles", "positions", "research_topics", "biography",
    "portrait_url", "students", "supervisors", "publication_count", "crawled_at", "source_urls", "field_sources",
    "languages", "as_shown",
)


def profile_record(state: dict, publication_count: int, pages: set[str] | frozenset = frozenset()) -> dict:
    """The exported record: contract fields first, in a fixed order.
    ``source_urls``: the profile page as seen, and ``pages``, the profile's
    publication pages its cards were seen on."""
    values = {
        **state["record"],
        **({"languages": state["languages"], "as_shown": state["as_shown"]} if "languages" in state else {}),
        "schema_version": SCHEMA_VERSION,
        "publication_count": publication_count,
        "source_urls": sorted({*state["source_urls"], *pages}),
    }
    ordered = {field: values.get(field) for field in PROFILE_FIELDS}
    return {**ordered, **values}
