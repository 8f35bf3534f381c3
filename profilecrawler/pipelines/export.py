"""Write the merged records once the crawl is complete.

``<OUTPUT_DIR>/publications.jsonl``, ``profiles.jsonl`` and ``failures.jsonl``
are written with Scrapy's JSON Lines exporter to temporary files beside them,
synced, compared with the previous files (``changes.jsonl``), then renamed over
them: a reader sees the previous snapshot or the new one, never half of one.
Records are ordered by id, so two crawls of the same site diff cleanly.

A crawl that stops with requests still in its frontier (interrupted, killed, a
close by an extension) writes nothing: the previous snapshot stays, and the same
command resumes the crawl (with a JOBDIR).

Every record is checked against the published schema on its way out
(``profilecrawler.pipelines.schema``): one that fails goes to rejected.jsonl,
not into the snapshot. ``manifest.json`` (``profilecrawler.manifest``) says what
the crawl covered; the previous one is removed before the new files are renamed
into place and the new one is renamed in last, so a reader never pairs a
manifest with files it does not describe.
"""

from __future__ import annotations

import logging
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

from scrapy.exporters import JsonLinesItemExporter

from profilecrawler import manifest as manifest_file
from profilecrawler import merge
from profilecrawler.changes import write_changes
from profilecrawler.files import StagedFile
from profilecrawler.pipelines.schema import SchemaGate
from profilecrawler.state import state_for

logger = logging.getLogger(__name__)

SNAPSHOT_FILES = ("publications", "profiles", "failures")


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
        counts = state.frontier_counts()
        unfinished = counts["pending"] + counts["inflight"]
        if unfinished:
            logger.warning(
                "Crawl not complete (%d requests not done): output not written, the previous files in %s are kept",
                unfinished, self.output_dir,
            )
            self.stats.set_value("export/skipped_unfinished", unfinished)
            return
        for pattern in (".*.jsonl.*.tmp", f".{manifest_file.MANIFEST_NAME}.*.tmp"):
            for stale in self.output_dir.glob(pattern):
                stale.unlink()  # left by a process killed while it wrote; never read
        with ExitStack() as stack:
            staged = {}
            for name in SNAPSHOT_FILES:
                staged[name] = StagedFile(self.output_dir / f"{name}.jsonl")
                stack.callback(staged[name].discard)
            gate = SchemaGate(self.output_dir, self.stats)
            stack.callback(gate.discard)
            files = self.write_snapshot(state, staged, gate)
            for file in staged.values():
                file.finish()
            changes = write_changes(
                [(staged[name].path, staged[name].tmp_path) for name in ("profiles", "publications")],
                self.output_dir / "changes.jsonl", keep=gate.check,
            )
            files["changes.jsonl"] = sum(changes.values())
            manifest = self.stage_manifest(state, gate, files)
            if manifest is not None:
                stack.callback(manifest.discard)
            gate.finish()
            (self.output_dir / manifest_file.MANIFEST_NAME).unlink(missing_ok=True)
            for file in staged.values():
                file.commit()
            gate.commit()
            if manifest is not None:
                manifest.commit()
        for kind in ("added", "changed", "removed"):
            self.stats.set_value(f"changes/{kind}", changes.get(kind, 0))
        self.stats.set_value("export/written", True)

    def stage_manifest(self, state, gate: SchemaGate, files: dict[str, int]) -> StagedFile | None:
        """manifest.json, staged (None when the spider cannot say what it covers)."""
        failures = (failure for _, failure in state.items("failure"))
        files = {**files, "rejected.jsonl": sum(len(ids) for ids in gate.rejected.values())}
        record = manifest_file.build(self.crawler.spider, self.stats, failures, gate.rejected, files)
        if record is None or not gate.check(record):
            logger.warning("No manifest written: a database load of this output will mark nothing as gone")
            return None
        staged = StagedFile(self.output_dir / manifest_file.MANIFEST_NAME)
        staged.handle.write(manifest_file.encode(record))
        return staged

    def write_snapshot(self, state, staged: dict[str, StagedFile], gate: SchemaGate) -> dict[str, int]:
        """Write the three files; return the number of records in each."""
        listed, flags, coverage = Counter(), Counter(), Counter()
        sightings = 0
        exporter = self._exporter(staged["publications"])
        for _, fold_state in state.items("publication"):
            record = merge.publication_record(fold_state)
            listed.update(record["profile_ids"])
            if not gate.check(record):
                continue  # in rejected.jsonl; counted in no export/* stat
            flags.update(record["quality_flags"])
            sightings += record["sightings"]
            coverage["publications_with_title"] += bool(record["title"])
            coverage["publications_with_authors"] += bool(record["authors"])
            exporter.export_item(record)
        exporter.finish_exporting()

        exporter = self._exporter(staged["profiles"])
        for key, fold_state in state.items("profile"):
            record = merge.profile_record(fold_state, listed.get(key, 0))
            if not gate.check(record):
                continue
            self.stats.inc_value(f"export/profiles/{record['status']}")
            coverage["profiles_with_name_and_status"] += bool(record["name"] and record["status"])
            exporter.export_item(record)
        exporter.finish_exporting()

        exporter = self._exporter(staged["failures"])
        for _, failure in state.items("failure"):
            if gate.check(failure):
                exporter.export_item(failure)
        exporter.finish_exporting()

        # What the files hold: a record that failed the schema is not in them.
        publications = state.count("publication") - gate.count("publication")
        profiles = state.count("profile") - gate.count("profile")
        failures = state.count("failure") - gate.count("failure")
        self.stats.set_value("export/publications", publications)
        self.stats.set_value("export/profiles", profiles)
        self.stats.set_value("export/failures", failures)
        self.stats.set_value("export/duplicates_merged", sightings - publications)
        for name, count in coverage.items():
            self.stats.set_value(f"export/coverage/{name}", count)
        for flag, count in flags.items():
            self.stats.set_value(f"export/flag/{flag}", count)
        logger.info(
            "Exported %d profiles and %d publications (%d duplicate sightings merged) to %s",
            profiles, publications, sightings - publications, self.output_dir,
        )
        return {"profiles.jsonl": profiles, "publications.jsonl": publications, "failures.jsonl": failures}

    @staticmethod
    def _exporter(file: StagedFile) -> JsonLinesItemExporter:
        exporter = JsonLinesItemExporter(file.handle, ensure_ascii=False)
        exporter.start_exporting()
        return exporter
