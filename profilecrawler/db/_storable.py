"""What a database can hold, checked on a record before it is loaded.

A line can be valid JSON that passes its schema and still be refused by the
database, which would abort the whole load: PostgreSQL text cannot hold a NUL
character, neither database a lone surrogate (JSON's ``"\\ud800"`` decodes to
one in Python, and no UTF-8 encoder takes it), an INTEGER column holds at most
2**31 - 1 on PostgreSQL, and a timestamp must be a real instant. ``problem``
names the first such value so that the reader reports the line as bad and skips
it like any other (profilecrawler.db.reader). The schemas say the same where
JSON Schema can (integer maxima, ``date-time``, text without NUL): this check
is what makes it hold for every string of a record, whatever the schema says.
"""

from __future__ import annotations

from datetime import datetime, timezone

# The largest value of a PostgreSQL INTEGER, the type of every integer column
# (profilecrawler.db.tables); SQLite holds more, but one rule fits both.
MAX_INTEGER = 2**31 - 1
# Fields loaded as timestamps (profilecrawler.db.rows).
TIMESTAMPS = ("crawled_at",)


def _path(path: tuple) -> str:
    return "/".join(str(part) for part in path) or "(record)"


def _string_problem(value: str) -> str | None:
    if "\x00" in value:
        return "holds a NUL character, which a database cannot store as text"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"holds a lone surrogate (U+{ord(value[error.start]):04X}), which is not text"
    return None


def _value_problem(value) -> str | None:
    if isinstance(value, str):
        return _string_problem(value)
    if isinstance(value, bool):
        return None
    # NaN and Infinity never get here: the reader refuses them as not JSON.
    if isinstance(value, (int, float)) and not -MAX_INTEGER - 1 <= value <= MAX_INTEGER:
        return f"the number {str(value)[:40]} is beyond what a database column holds ({MAX_INTEGER})"
    return None


def timestamp_problem(value) -> str | None:
    """Why ``value`` (an ISO 8601 string) is not an instant a database stores."""
    try:
        datetime.fromisoformat(value).astimezone(timezone.utc)
    except (TypeError, ValueError, OverflowError) as error:
        return f"not a real date and time ({error})"
    return None


def problem(record: dict) -> str | None:
    """``<field path>: <why>`` for the first value of ``record`` (keys included,
    at any depth) that a database could not store; None when there is none.
    Iterative: a record's depth is whatever ``json.loads`` accepted."""
    stack: list[tuple[tuple, object]] = [((), record)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                why = _string_problem(key)
                if why:
                    return f"{_path(path)}: a key {why}"
                stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in enumerate(value))
        else:
            why = _value_problem(value)
            if why:
                return f"{_path(path)}: {why}"
    for field in TIMESTAMPS:
        if isinstance(record.get(field), str):
            why = timestamp_problem(record[field])
            if why:
                return f"{field}: {why}"
    return None
