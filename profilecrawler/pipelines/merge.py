"""Fold every sighting into the crawl state: one record per person and per
publication, whatever number of pages showed it. The rules are in
``profilecrawler.merge``; the storage in ``profilecrawler.state``. Failures are
kept there too, by URL, and close their frontier entry in the same commit."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from profilecrawler import merge, text
from profilecrawler.publish import writes_output
from profilecrawler.state import state_for


class MergePipeline:
    def __init__(self, state, stats):
        self.state = state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if not writes_output(crawler):
            raise NotConfigured()  # scrapy parse --pipelines: the items as scraped, no crawl state
        return cls(state_for(crawler), crawler.stats)

    def process_item(self, item, spider=None):
        if item["type"] == "publication_card":
            self.fold_card(dict(item))
        elif item["type"] == "profile":
            profile = dict(item)
            self.state.update("profile", item["id"], lambda previous: merge.fold_profile(previous, profile))
            self.stats.inc_value("merge/profile_sightings")
        elif item["type"] == "failure":
            self.record_failure(dict(item))
        return item

    def record_failure(self, failure: dict) -> None:
        entry = failure.pop("frontier_fp", None)
        self.state.put("failure", failure["url"], failure)
        if entry:
            self.state.mark_done(entry)
            self.state.flush()
        self.stats.inc_value("failures/count")
        self.stats.inc_value(f"failures/{failure['reason']}")

    def fold_card(self, card: dict) -> None:
        key = text.publication_id(card["title"])

        def fold(state):
            state = state or merge.new_publication_state(key)
            return state if merge.fold_publication(state, card) else None

        if self.state.update("publication", key, fold) is not None:
            self.stats.inc_value("merge/publication_sightings")
        else:
            self.stats.inc_value("merge/repeated_sightings_ignored")
