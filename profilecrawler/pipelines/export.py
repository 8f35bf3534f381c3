"""Write the merged records when the spider closes.

``<OUTPUT_DIR>/publications.jsonl`` and ``<OUTPUT_DIR>/profiles.jsonl``, written
with Scrapy's JSON Lines exporter to a temporary file in the same folder, synced
and renamed over the old file: a reader sees the previous file or the new one,
never half of one. Records are ordered by id, so two crawls of the same site
give files that diff cleanly.
"""

from __future__ import annotations

import logging
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from scrapy.exporters import JsonLinesItemExporter

from profilecrawler import merge
from profilecrawler.files import atomic_file
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)


@contextmanager
def jsonl_exporter(path: Path):
    """Scrapy's JSON Lines exporter on a file that replaces ``path`` when complete."""
    with atomic_file(path) as handle:
        exporter = JsonLinesItemExporter(handle, ensure_ascii=False)
        exporter.start_exporting()
        yield exporter
        exporter.finish_exporting()


class ExportPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.output_dir = Path(crawler.settings.get("OUTPUT_DIR", "output"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        return item

    def close_spider(self, spider=None):
        state = state_for(self.crawler)
        listed = Counter()
        flags = Counter()
        sightings = 0
        with jsonl_exporter(self.output_dir / "publications.jsonl") as exporter:
            for _, fold_state in state.items("publication"):
                record = merge.publication_record(fold_state)
                listed.update(record["profile_ids"])
                flags.update(record["quality_flags"])
                sightings += record["sightings"]
                exporter.export_item(record)
        publications = state.count("publication")
        with jsonl_exporter(self.output_dir / "profiles.jsonl") as exporter:
            for key, fold_state in state.items("profile"):
                record = merge.profile_record(fold_state, listed.get(key, 0))
                self.stats.inc_value(f"export/profiles/{record['status']}")
                exporter.export_item(record)
        self.stats.set_value("export/publications", publications)
        self.stats.set_value("export/profiles", state.count("profile"))
        self.stats.set_value("export/duplicates_merged", sightings - publications)
        for flag, count in flags.items():
            self.stats.set_value(f"export/flag/{flag}", count)
        logger.info(
            "Exported %d profiles and %d publications (%d duplicate sightings merged) to %s",
            state.count("profile"), publications, sightings - publications, self.output_dir,
        )
