"""Reading a crawl's output for a load, line by line, and reporting bad lines.

A line is bad when it is not JSON (a truncated write, a stray byte), not an
object, of an unknown record type or of a type that does not belong in the
file, holds a value no database can store (profilecrawler.db._storable), fails
its type's schema, or repeats an id seen earlier in the file. Each
bad line is reported with its file and line number and skipped; the load
decides whether that aborts it (``--strict``). Files are read as bytes, so a
broken UTF-8 sequence is one bad line, not a crash; so are ``NaN`` and
``Infinity`` (not JSON, though Python's parser takes them) and a nesting too
deep to parse.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from profilecrawler import schema
from profilecrawler.db import _storable

# The files a load reads, and the record type each holds.
FILES = {"profiles.jsonl": "profile", "publications.jsonl": "publication"}


def _not_json(constant: str):
    raise ValueError(f"{constant} is not a JSON value")


@dataclass(frozen=True)
class BadLine:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


class OutputFile:
    """One JSON Lines file of a snapshot: ``records()`` yields the good records;
    ``bad`` lists the bad lines and ``lines`` counts the non-blank ones."""

    def __init__(self, output_dir: Path, name: str):
        self.path = Path(output_dir) / name
        self.name = name
        self.kind = FILES[name]
        self.bad: list[BadLine] = []
        self.lines = 0

    def records(self) -> Iterator[dict]:
        first_line: dict[str, int] = {}
        with self.path.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                self.lines += 1
                record = self._parse(number, raw)
                if record is None:
                    continue
                record_id = record["id"]
                if record_id in first_line:
                    self._bad(number, f"duplicate id {record_id!r} (first at line {first_line[record_id]})")
                    continue
                first_line[record_id] = number
                yield record

    def _parse(self, number: int, raw: bytes) -> dict | None:
        try:
            record = json.loads(raw, parse_constant=_not_json)
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError, NaN and Infinity
            detail = f"{error.msg} (column {error.colno})" if isinstance(error, json.JSONDecodeError) else str(error)
            return self._bad(number, f"not a JSON line ({detail})")
        except RecursionError:
            return self._bad(number, "not a JSON line (nested too deep to read)")
        if not isinstance(record, dict):
            return self._bad(number, f"not a JSON object but {type(record).__name__}")
        kind = record.get("type")
        if kind not in FILES.values():
            return self._bad(number, f"unknown record type {kind!r}")
        if kind != self.kind:
            return self._bad(number, f"a {kind} record in {self.name}, which holds {self.kind} records")
        unstorable = _storable.problem(record)
        if unstorable:  # before the schema: its validator cannot even read a lone surrogate
            return self._bad(number, f"cannot be stored: {unstorable}")
        reasons = schema.problems(kind, record)
        if reasons:
            return self._bad(number, f"fails the {kind} schema: {'; '.join(reasons)}")
        return record

    def _bad(self, number: int, reason: str) -> None:
        self.bad.append(BadLine(self.name, number, reason))
        return None
