"""Every exported record is checked against the published schema before it
enters the snapshot (``profilecrawler.schema``).

A record that fails is not silently dropped: it is logged (WARNING, with its id
and the reasons), counted (``schema/rejected``, ``schema/rejected/<type>``) and
written with the reasons to ``<OUTPUT_DIR>/rejected.jsonl``, which is staged and
committed with the snapshot (empty when nothing was rejected, so a previous
run's rejections never linger). Its id goes into the manifest, so that a
database load does not take the record for gone.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

from profilecrawler import schema
from profilecrawler.files import StagedFile, json_default

logger = logging.getLogger(__name__)


class SchemaGate:
    def __init__(self, output_dir: Path, stats):
        self.stats = stats
        self.file = StagedFile(Path(output_dir) / "rejected.jsonl")
        self.rejected: dict[str, list[str]] = {}
        self.checked: Counter = Counter()

    def check(self, record: dict) -> bool:
        """True when ``record`` matches the schema of its type; else it is
        rejected (logged, counted, written to rejected.jsonl) and False."""
        kind = record.get("type")
        self.checked[kind] += 1
        reasons = schema.problems(kind, record) if kind in schema.KINDS else [f"type: unknown record type {kind!r}"]
        if not reasons:
            return True
        record_id = record.get("id", record.get("url"))
        self.rejected.setdefault(kind, []).append(record_id)
        self.stats.inc_value("schema/rejected")
        self.stats.inc_value(f"schema/rejected/{kind}")
        logger.warning("Rejected %s %s: it fails the schema (%s); written to %s",
                       kind, record_id, "; ".join(reasons), self.file.path)
        line = {"type": "rejected", "record_type": kind, "id": record_id, "reasons": reasons, "record": record}
        self.file.handle.write(json.dumps(line, ensure_ascii=False, default=json_default).encode("utf-8") + b"\n")
        return False

    def count(self, kind: str) -> int:
        return len(self.rejected.get(kind, ()))

    def finish(self) -> None:
        for kind, count in self.checked.items():
            self.stats.set_value(f"schema/checked/{kind}", count)
        self.file.finish()

    def commit(self) -> None:
        self.file.commit()

    def discard(self) -> None:
        self.file.discard()
