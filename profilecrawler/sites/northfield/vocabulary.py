"""Northfield's words: what its pages say that the loaders must read."""

from __future__ import annotations

import re

from profilecrawler import text

# The portrait's alt text when there is no photograph ("No photograph of X").
PORTRAIT_UNAVAILABLE = re.compile(r"^\s*No photograph\b", re.IGNORECASE)

# A card shows the first few authors, then "et al." (nothing says how many
# more: the list is cut) or a link "Show all 23 authors" (the list's length);
# the whole list is on the publication's own page.
AUTHOR_MARKER = text.AuthorMarker(
    re.compile(r"(?:,?\s*\bet\s+al\.?|,?\s*\(?\bShow all (?P<total>\d+) authors\)?)\s*$", re.IGNORECASE),
    ("et al", "Show all", "show all"),
    cuts=True,
)

# The profile's facts, by the label of their <dt> (a definition list).
LABELS = {
    "appointment": "roles",
    "title": "positions",
    "research areas": "research_topics",
}

# Appointments of people no longer on the faculty.
_PAST = re.compile(r"\b(?:emerit(?:us|a)|retired|former)\b", re.IGNORECASE)


def status_from_roles(roles: list[str]) -> str:
    """``alumni`` for an emeritus, retired or former appointment, else ``member``."""
    return "alumni" if any(_PAST.search(role or "") for role in roles) else "member"
