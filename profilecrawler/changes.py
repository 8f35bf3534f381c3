"""What changed since the previous run: ``<OUTPUT_DIR>/changes.jsonl``.

The export writes ``profiles.jsonl`` and ``publications.jsonl`` ordered by
``id``, so the previous file and the new one can be compared by a merge-join
that reads one line of each at a time: memory stays flat however large the
files are.

One line per record that was added, changed or removed::

    {"type": "change", "change": "added",   "record_type": "profile",     "id": "mila:jane-doe"}
    {"type": "change", "change": "changed", "record_type": "publication", "id": "pub-…", "fields": ["abstract"],
     "old": {"abstract": "Teh results."}, "new": {"abstract": "The results."}}
    {"type": "change", "change": "removed", "record_type": "profile",     "id": "mila:john-roe"}

``fields`` (changes only) lists, sorted, the top-level fields whose values
differ; fields that change on every run (``crawled_at``), the record's
``schema_version`` (the form of the record, not its content) and
``field_sources`` (where a value was read, not the value) are ignored. ``old``
and ``new`` hold those fields' values in the previous and in the new record,
as the records hold them; a field that only one of the two records has is
absent from the other's object. Without a previous file (a job's first run)
there is nothing to compare with and no change is reported: the file is
written empty.

The same site can be served from another origin from one crawl to the next (the
demo serves the fixture site on a random loopback port): every URL in every
record then differs although nothing changed. Given the two snapshots'
``origins`` (``origin_of(start_url)``), the records are compared with each
string that is a URL of its snapshot's own origin (the origin itself, or the
origin followed by ``/``, ``?`` or ``#``) taken as relative to it, so such
URLs compare equal; the values reported stay the records' own. With no origins
or the same one, the records are compared as they are, at no extra cost.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from profilecrawler.files import atomic_file

# Fields whose value differs on every run whatever the site shows.
VOLATILE_FIELDS = frozenset({"crawled_at", "schema_version", "field_sources"})

_AFTER_ORIGIN = frozenset("/?#")
_MISSING = object()


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of an absolute URL, scheme and host lower-cased
    (``None`` when ``url`` has no scheme or host, or a bad port)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except (AttributeError, ValueError):
        return None
    host = parts.hostname
    if not parts.scheme or not host:
        return None
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    return f"{parts.scheme}://{host}" + (f":{port}" if port is not None else "")


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


def _same_url(old: str, new: str, old_origin: str, new_origin: str) -> bool:
    """Whether ``old`` and ``new`` are the same URL of their snapshot's own
    origin: ``old_origin`` and ``new_origin`` followed by the same rest, which
    is empty or starts with ``/``, ``?`` or ``#``."""
    if not (old.startswith(old_origin) and new.startswith(new_origin)):
        return False
    rest = old[len(old_origin):]
    return rest == new[len(new_origin):] and (not rest or rest[0] in _AFTER_ORIGIN)


def equivalent(old, new, old_origin: str, new_origin: str) -> bool:
    """Whether two JSON values are equal once every string in them, however
    deep in dicts and lists, that is a URL of its snapshot's own origin is
    taken as relative to that origin. Equal values are equivalent (the
    rewriting only ever hides differences), and equal parts are not walked."""
    if old == new:
        return True
    kind = type(old)
    if kind is not type(new):
        return False
    if kind is str:
        return _same_url(old, new, old_origin, new_origin)
    if kind is list:
        if len(old) != len(new):
            return False
        for old_item, new_item in zip(old, new):
            if not equivalent(old_item, new_item, old_origin, new_origin):
                return False
        return True
    if kind is dict:
        if old.keys() != new.keys():
            return False
        for key, old_item in old.items():
            if not equivalent(old_item, new[key], old_origin, new_origin):
                return False
        return True
    return False


def _moved(origins: tuple[str | None, str | None] | None) -> tuple[str, str] | None:
    """The two origins without a trailing ``/`` when both are given and differ,
    else ``None`` (records are then compared as they are)."""
    if not origins:
        return None
    old_origin, new_origin = ((origin or "").rstrip("/") for origin in origins)
    if not old_origin or not new_origin or old_origin == new_origin:
        return None
    return old_origin, new_origin


def changed_fields(old: dict, new: dict, origins: tuple[str | None, str | None] | None = None) -> list[str]:
    """Sorted names of the top-level fields whose values differ (a field present
    in only one of the records differs), volatile fields left out. With two
    different ``origins`` (old, new), URLs of each record's own origin are
    compared as relative to it (``equivalent``)."""
    names = (old.keys() | new.keys()) - VOLATILE_FIELDS
    moved = _moved(origins)
    if moved is None:
        return sorted(name for name in names if old.get(name, _MISSING) != new.get(name, _MISSING))
    old_origin, new_origin = moved
    return sorted(
        name for name in names
        if not equivalent(old.get(name, _MISSING), new.get(name, _MISSING), old_origin, new_origin)
    )


def _change(kind: str, record: dict) -> dict:
    return {"type": "change", "change": kind, "record_type": record.get("type"), "id": record["id"]}


def _changed(old: dict, new: dict, fields: list[str]) -> dict:
    """A "changed" line: the fields that differ and their values on each side."""
    change = _change("changed", new)
    change["fields"] = fields
    change["old"] = {name: old[name] for name in fields if name in old}
    change["new"] = {name: new[name] for name in fields if name in new}
    return change


def diff_snapshots(old_path: Path, new_path: Path, *,
                   origins: tuple[str | None, str | None] | None = None) -> Iterator[dict]:
    """The changes from ``old_path`` to ``new_path`` (JSON Lines ordered by id),
    in id order. A missing ``old_path`` gives no changes. ``origins``, the
    origins the two snapshots were crawled from (``origin_of``), when both are
    given and differ, makes URLs that only differ by them compare equal.
    Raises ``ValueError`` when either file is not ordered by id."""
    old_path, new_path = Path(old_path), Path(new_path)
    if not old_path.exists():
        return
    moved = _moved(origins)
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
            fields = changed_fields(old, new, moved)
            if fields:
                yield _changed(old, new, fields)
            old, new = next(old_records, None), next(new_records, None)


def write_changes(pairs: list[tuple[Path, Path]], out: Path, keep: Callable[[dict], bool] | None = None, *,
                  origins: tuple[str | None, str | None] | None = None) -> Counter:
    """Write the changes of every ``(old, new)`` pair, in order, to ``out``
    (replaced atomically, empty when nothing changed) and return how many there
    were of each kind (``added``, ``changed``, ``removed``). ``keep(change)``,
    when given, is asked about each change first (the export's schema check);
    a change it refuses is not written. ``origins`` (old, new) is passed to
    ``diff_snapshots`` for every pair."""
    counts: Counter = Counter()
    with atomic_file(Path(out)) as handle:
        for old_path, new_path in pairs:
            for change in diff_snapshots(old_path, new_path, origins=origins):
                if keep is not None and not keep(change):
                    continue
                counts[change["change"]] += 1
                handle.write(json.dumps(change, ensure_ascii=False).encode("utf-8") + b"\n")
    return counts
