"""Long author lists, read from a page's source before the page is parsed.

A card of a large collaboration lists thousands of names in its hidden author
list. Building the parsed tree of such a list and reading it node by node costs
tens of milliseconds a page; the list is a plain run of identical items, so it
is read here from the source text with one regular expression, and the page is
parsed without it (an empty list with a placeholder attribute stands in its
place, so the parser still sees where it was).

Only a list written exactly as the site writes it is taken: each item either
``<li class="…">text</li>`` or ``<li class="…"><a href="…">text</a></li>``,
whitespace between items, no markup in the text and no character reference but
``&amp; &lt; &gt; &quot; &#39; &#x27;``. Any other list is left in the page and
read from the parsed tree, so the result is the same either way: the text of
each item (entities decoded) and the first link's ``href``, as the parsed tree
gives them. ``tests/test_authorscan.py`` checks both ways agree.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import repeat

# The attribute that marks where a list was cut out; its value indexes the lists.
PLACEHOLDER = "data-profilecrawler-authors"
# Shorter lists stay in the page: reading them from the tree costs little.
MIN_ENTRIES = 200

_REFERENCES = re.compile(r"&(?:amp|lt|gt|quot|#39|#x27);")


@lru_cache(maxsize=8)
def _item_pattern(item_tag: str) -> re.Pattern:
    """One item: its inner source, plain text or one link."""
    return re.compile(re.escape(item_tag) + r'([^<]*|<a href="[^"<>]*">[^<>]*</a>)</li>')


def _decoded(value: str) -> str:
    return html.unescape(value) if "&" in value else value


def read_list(body: str, item_tag: str) -> list[tuple[str, str | None]] | None:
    """The ``(text, href)`` of each item of a list's inner source (``href`` None
    for an item without a link), or None when the list is not written in the
    one form this reads."""
    if "\x00" in body or ("&" in body and "&" in _REFERENCES.sub("", body)):
        return None
    inners = _item_pattern(item_tag).findall(body)
    # The items with a link: few, found by where their "<a " is in the source.
    links, at = [], body.find("<a ")
    while at >= 0:
        links.append(body.count(item_tag, 0, at) - 1)
        at = body.find("<a ", at + 3)
    if any(not 0 <= n < len(inners) or not inners[n].startswith("<a ") for n in links):
        return None
    # Every "<" of the list must be in an item read: 2 in a plain item (<li, </li),
    # 4 in one with a link. Text between items is no item's text: it may stay.
    if body.count("<") != 2 * len(inners) + 2 * len(links):
        return None
    if "&" in body:
        entries = [(_decoded(inner), None) for inner in inners]
    else:
        entries = list(zip(inners, repeat(None)))
    for n in links:
        inner = inners[n]  # <a href="HREF">TEXT</a>
        quote = inner.index('">', 9)
        entries[n] = (_decoded(inner[quote + 2:-4]), _decoded(inner[9:quote]))
    return entries


def cut_long_lists(page: str, list_tag: str, item_tag: str, min_entries: int = MIN_ENTRIES):
    """``(page without its long lists, the lists)``: each list of at least
    ``min_entries`` items that opens with ``list_tag`` and is written in the form
    ``read_list`` reads is emptied, and its opening tag gets
    ``data-profilecrawler-authors="K"``, K its index in the lists returned.
    ``(page, [])`` when there is none."""
    if list_tag not in page:
        return page, []
    pieces: list[str] = []
    lists: list[list[tuple[str, str | None]]] = []
    done = 0  # the source up to here is in pieces
    search = 0
    while (start := page.find(list_tag, search)) >= 0:
        inner = start + len(list_tag)
        end = page.find("</ul>", inner)
        if end < 0:
            break
        search = inner
        if end - inner < min_entries * len(item_tag):
            continue
        entries = read_list(page[inner:end], item_tag)
        if entries is None or len(entries) < min_entries:
            continue
        pieces += [page[done:start], f'{list_tag[:-1]} {PLACEHOLDER}="{len(lists)}">']
        lists.append(entries)
        done = search = end
    if not lists:
        return page, []
    pieces.append(page[done:])
    return "".join(pieces), lists
