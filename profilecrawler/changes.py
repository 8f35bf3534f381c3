"""What changed since the previous run: ``<OUTPUT_DIR>/changes.jsonl``.

The export writes ``profiles.jsonl`` and ``publications.jsonl`` ordered by
``id``, so the previous file and the new one can be compared by a merge-join
that reads one line of each at a time: memory stays flat however large the
files are.

One line per record that was added, changed or removed::

    {"type": "change", "change": "added",   "record_type": "profile",     "id": "mila:jane-doe"}
    {"type": "change", "change": "changed", "record_type": "publication", "id": "pub-…", "fields": ["abstract"]}
    {"type": "change", "change": "removed", "record_type": "profile",     "id": "mila:john-roe"}

``fields`` (changes only) lists, sorted, the top-level fields whose values
differ; fields that change on every run (``crawled_at``) are ignored. Without a
previous file (a job's first run) there is nothing to compare with and no
change is reported: the file is written empty.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from profilecrawler.files import atomic_file

# Fields whose value differs on every run whatever the site shows.
VOLATILE_FIELDS = frozenset({"crawled_at"})


def _records(path: Path) -> Iterator[dict]:
    """The records of a JSON Lines file, one at a time, checked to be ordered by
    strictly increasing ``id``."""
    previous_id = None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON line ({error})") from None
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise ValueError(f"{path}:{number}: a record needs a string \"id\"")
            record_id = record["id"]
            if previous_id is not None and record_id <= previous_id:
                raise ValueError(
                    f"{path}:{number}: records are not sorted by id ({record_id!r} after "
                    f"{previous_id!r}); changes can only be computed between files ordered by id"
                )
            previous_id = record_id
            yield record


def changed_fields(old: dict, new: dict) -> list[str]:
    """Sorted names of the top-level fields whose values differ (a field present
    in only one of the records differs), volatile fields left out."""
    names = (old.keys() | new.keys()) - VOLATILE_FIELDS
    return sorted(name for name in names if old.get(name, _MISSING) != new.get(name, _MISSING))


_MISSING = object()


def _change(kind: str, record: dict, fields: list[str] | None = None) -> dict:
    change = {"type": "change", "change": kind, "record_type": record.get("type"), "id": record["id"]}
    if fields is not None:
        change["fields"] = fields
    return change


def diff_snapshots(old_path: Path, new_path: Path) -> Iterator[dict]:
    """The changes from ``old_path`` to ``new_path`` (JSON Lines ordered by id),
    in id order. A missing ``old_path`` gives no changes. Raises ``ValueError``
    when either file is not ordered by id."""
    old_path, new_path = Path(old_path), Path(new_path)
    if not old_path.exists():
        return
    old_records, new_records = _records(old_path), _records(new_path)
    old, new = next(old_records, None), next(new_records, None)
    while old is not None or new is not None:
        if new is None or (old is not None and old["id"] < new["id"]):
            yield _change("removed", old)
            old = next(old_records, None)
        elif old is None or new["id"] < old["id"]:
            yield _change("added", new)
            new = next(new_records, None)
        else:
            fields = changed_fields(old, new)
            if fields:
                yield _change("changed", new, fields)
            old, new = next(old_records, None), next(new_records, None)


def write_changes(pairs: list[tuple[Path, Path]], out: Path, keep=None) -> Counter:
    """Write the changes of every ``(old, new)`` pair, in order, to ``out``
    (replaced atomically, empty when nothing changed) and return how many there
    were of each kind (``added``, ``changed``, ``removed``). ``keep(change)``,
    when given, is asked about each change first (the export's schema check);
    a change it refuses is not written."""
    counts: Counter = Counter()
    with atomic_file(Path(out)) as handle:
        for old_path, new_path in pairs:
            for change in diff_snapshots(old_path, new_path):
                if keep is not None and not keep(change):
                    continue
                counts[change["change"]] += 1
                handle.write(json.dumps(change, ensure_ascii=False).encode("utf-8") + b"\n")
    return counts
