"""Drop what cannot become a record; count and log what the page got wrong.

A card without a title cannot be identified, so it is dropped — never silently:
it is logged with its URL and counted under ``malformed/<problem>``. Cards whose
author list is malformed (a marker without a number, no authors, …) are kept as
the page shows them; they carry a quality flag and are counted and logged too.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

logger = logging.getLogger(__name__)

REQUIRED_FIELDS = {
    "publication_card": ("title",),
    "profile": ("id", "name", "status"),
    "failure": ("url", "reason"),
}
# Flags a card gets from a malformed page; kept, counted, logged.
MALFORMED_CARD_FLAGS = (
    "author_marker_without_count",
    "multiple_author_markers",
    "authors_missing",
    "card_not_closed",
)


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        kind = item.get("type")
        where = item.get("source_url")
        if item.get("card_index") is not None:
            where = f"{where} (card {item['card_index'] + 1})"
        missing = [field for field in REQUIRED_FIELDS.get(kind, ()) if not item.get(field)]
        if kind not in REQUIRED_FIELDS or missing:
            problem = f"no_{missing[0]}" if missing else "unknown_item_type"
            self.stats.inc_value(f"malformed/{kind}/{problem}")
            raise DropItem(f"{kind} without {', '.join(missing) or 'a known type'} at {where}")
        for flag in item.get("quality_flags") or ():
            if flag in MALFORMED_CARD_FLAGS:
                self.stats.inc_value(f"malformed/{kind}/{flag}")
                logger.warning("Malformed card (%s), kept as shown: %s", flag, where)
        self.stats.inc_value(f"validate/{kind}/ok")
        return item
