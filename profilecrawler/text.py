"""Pure text functions: marker handling, name and title normalisation, dates.

Nothing here knows about Scrapy, HTML or where crawl state lives, so each function
is tested directly on the strings a page shows (``tests/test_text.py``).

The two markers of a publication card, as the page's text reads:

* author list: the last visible name is followed by ``… (see N more)``; the N hidden
  names come after it in the page (not always N of them).
* abstract: ``visible part… (see more)hidden rest``; the cut can fall inside a
  word, so the two parts are joined with nothing added. An abstract that ends in
  ``…`` with no rest was cut for good (at a formula) and is incomplete.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ELLIPSIS = "…"

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class AuthorMarker:
    """How a site says that a card's author list goes on elsewhere: ``pattern``
    matches the marker at the end of an author entry, with a group ``more``
    (the names not shown) or ``total`` (the whole list's length), either
    optional; ``hints`` are substrings every marker holds (an entry without
    any is never matched: a card can list thousands of names). ``cuts``: the
    names the marker stands for are not on the page ("et al."), rather than
    following it hidden ("… (see N more)"): a marker with no number then flags
    the list ``authors_cut``; on a site whose hidden names follow, a marker
    with no number is a malformed card (``author_marker_without_count``)."""

    pattern: re.Pattern
    hints: tuple[str, ...]
    cuts: bool = False

    def search(self, entry: str):
        return self.pattern.search(entry) if any(hint in entry for hint in self.hints) else None

    def declared(self, match, shown: int) -> int | None:
        """The list's length the marker ``match`` declares, ``shown`` names shown
        up to it; None when it gives no number."""
        groups = match.groupdict()
        if groups.get("more") is not None:
            return shown + int(groups["more"])
        if groups.get("total") is not None:
            return int(groups["total"])
        return None


# "… (see 46 more)" at the end of an author entry; the number may be missing on a
# malformed page ("… (see more)"), which we keep and flag rather than guess.
SEE_N_MORE = AuthorMarker(re.compile(r"\s*(?:…|\.\.\.)\s*\(see(?:\s+(?P<more>\d+))?\s+more\)\s*$"), ("more)",))
_ABSTRACT_MARKER = re.compile(r"(?:…|\.\.\.)\s?\((?:see more|voir plus)\)")  # English, French pages
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")


# Text decoded with the wrong charset on the way (UTF-8 read as latin-1 or
# windows-1252: "Ã©" for "é", "â€™" for "’"), or bytes no charset could read
# (U+FFFD, the replacement character).
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]|\u00e2\u20ac|\ufffd"
)


# The quality flag of a record some of whose text looks damaged.
DAMAGED_FLAG = "text_damaged"


def looks_damaged(*values: str | None) -> bool:
    """True when any of ``values`` holds mojibake or replacement characters:
    such a sighting never wins over an undamaged one (``profilecrawler.merge``)."""
    return any(value and _MOJIBAKE.search(value) for value in values)


def clean_text(value: str | None) -> str | None:
    """Collapse every run of whitespace to one space and strip; ``None`` if empty."""
    if value is None:
        return None
    # str.split() splits at exactly the characters the regex \s matches (Unicode
    # whitespace), and is several times faster than a substitution.
    return " ".join(value.split()) or None


def join_paragraphs(paragraphs: list[str | None]) -> str | None:
    """Paragraphs of a text block, one blank line between them; None if empty."""
    return "\n\n".join(p for p in paragraphs if p) or None


# --- authors -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthorEntry:
    """One author block of a card as the page shows it."""

    name: str | None  # None when the block holds only the marker
    href: str | None = None
    has_marker: bool = False
    hidden_count: int | None = None  # N of "… (see N more)"; None if no number
    total: int | None = None  # N of a marker that gives the list's length ("Show all N authors")


def parse_author_entry(text: str | None, href: str | None = None, marker: AuthorMarker = SEE_N_MORE) -> AuthorEntry:
    """Split ``"Zhuang Li … (see 46 more)"`` into the name and the marker."""
    text = clean_text(text) or ""
    match = marker.search(text)
    if not match:
        return AuthorEntry(name=text or None, href=href)
    count, total = match.groupdict().get("more"), match.groupdict().get("total")
    return AuthorEntry(
        name=clean_text(text[: match.start()]),
        href=href,
        has_marker=True,
        hidden_count=int(count) if count is not None else None,
        total=int(total) if total is not None else None,
    )


@dataclass(frozen=True, slots=True)
class AuthorList:
    names: list[tuple[str, str | None]]  # (name as shown, link href or None)
    declared_count: int | None  # visible names + N; None without a marker
    flags: tuple[str, ...]


def assemble_authors(entries: list[AuthorEntry], marker: AuthorMarker = SEE_N_MORE) -> AuthorList:
    """Ordered names of a card, and the count its marker declares.

    The declared count is the number of names shown before (and with) the marker
    plus the marker's N. Nothing is dropped: names past the marker are kept even
    when there are more or fewer of them than N.
    """
    names: list[tuple[str, str | None]] = []
    declared: int | None = None
    flags: list[str] = []
    cut = "authors_cut" if marker.cuts else "author_marker_without_count"
    for entry in entries:
        if entry.name:
            names.append((entry.name, entry.href))
        if not entry.has_marker:
            continue
        if declared is not None or cut in flags:
            flags.append("multiple_author_markers")
        elif entry.total is not None:
            declared = entry.total
        elif entry.hidden_count is None:
            flags.append(cut)
        else:
            declared = len(names) + entry.hidden_count
    if not names:
        flags.append("authors_missing")
    return AuthorList(names=names, declared_count=declared, flags=tuple(flags))


# Whitespace other than a plain space (what \s matches, less " ").
_OTHER_WHITESPACE = re.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _all_clean(joined: str) -> bool:
    """Would clean_text leave every text of ``joined`` (texts joined with NUL) as
    it is? No whitespace but single spaces inside the texts."""
    return not (
        "  " in joined or " \x00" in joined or "\x00 " in joined
        or joined[:1] == " " or joined[-1:] == " " or _OTHER_WHITESPACE.search(joined)
    )


def author_list(entries, marker: AuthorMarker = SEE_N_MORE) -> AuthorList:
    """``assemble_authors`` of ``parse_author_entry`` of each ``(text, href)``
    pair, in one pass: the same result, without an object per entry (a card can
    list thousands of names). ``marker``: the site's (``SEE_N_MORE``: "… (see N
    more)"; a marker that declares the ``total`` gives that count)."""
    entries = entries if isinstance(entries, list) else list(entries)
    names: list[tuple[str, str | None]] = []
    state = {"declared": None, "flags": []}
    joined = "\x00".join([raw or "" for raw, _ in entries])
    if joined.count("\x00") == len(entries) - 1 and _all_clean(joined):
        # Every text is clean already (the rule on long lists): only the entries
        # that may hold a marker need a look; the others are taken as they are.
        marked = set()
        for hint in marker.hints:
            start = 0
            while (found := joined.find(hint, start)) >= 0:
                marked.add(joined.count("\x00", 0, found))
                start = found + len(hint)
        done = 0
        for index in sorted(marked):
            names += [entry for entry in entries[done:index] if entry[0]]
            _author_entry(names, state, marker, *entries[index])
            done = index + 1
        names += [entry for entry in entries[done:] if entry[0]]
    else:
        for raw, href in entries:
            _author_entry(names, state, marker, " ".join(raw.split()) if raw else "", href)
    flags = state["flags"]
    if not names:
        flags.append("authors_missing")
    return AuthorList(names=names, declared_count=state["declared"], flags=tuple(flags))


def _author_entry(names: list, state: dict, marker: AuthorMarker, text: str, href: str | None) -> None:
    """One entry (its text clean) into ``names``; a marker sets the declared count."""
    match = marker.search(text)
    if match is None:
        if text:
            names.append((text, href))
        return
    name = clean_text(text[: match.start()])
    if name:
        names.append((name, href))
    declared, flags = marker.declared(match, len(names)), state["flags"]
    if state["declared"] is not None or {"author_marker_without_count", "authors_cut"} & set(flags):
        flags.append("multiple_author_markers")
    elif declared is None:
        flags.append("authors_cut" if marker.cuts else "author_marker_without_count")
    else:
        state["declared"] = declared


# Text from a paper's reference list that leaked into an author list on the page:
# "Sean Welleck. 2024" (a year), "Llemma" (a one-word title), "The Llama",
# "Gemma Team". Kept as shown; the record is flagged. "A" and "An" begin titles
# ("An Empirical Study of …") but also names ("An Nguyễn", "An Zhang": a common
# Vietnamese and Chinese given name): after them, only a title's length (three
# words or more follow) or an English function word makes a title.
_CITATION_YEAR = re.compile(r"(?:^|[\s.,(])(?:19|20)\d{2}[a-z]?\)?\.?$")
_ONE_LATIN_WORD = re.compile(r"^[A-Za-z][a-z]+$")
_TITLE_LIKE = re.compile(
    r"^The\s|\s(?:Team|et al\.?)$"
    r"|^(?:A|An)(?:\s+\S+){3,}$"
    r"|^(?:A|An)\s.*\b(?:of|for|on|in|to|and|with|from|via|by|the|a|an|is|are|towards?)\b"
)


def looks_like_citation_text(name: str) -> bool:
    """True for author "names" that are citation fragments, not people."""
    return bool(
        _CITATION_YEAR.search(name) or _ONE_LATIN_WORD.match(name) or _TITLE_LIKE.search(name)
    )


# --- abstracts -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Abstract:
    text: str | None
    complete: bool


def join_abstract(text: str | None) -> Abstract:
    """Remove the ``… (see more)`` marker, joining both parts exactly.

    ``"other aspects of … (see more)numeracy"`` → ``"other aspects of numeracy"``;
    ``"incompat… (see more)ible"`` → ``"incompatible"``. An abstract whose marker
    has nothing after it, or that ends in ``…`` with no marker, is incomplete.
    """
    text = clean_text(text)
    if not text:
        return Abstract(None, False)
    parts = _ABSTRACT_MARKER.split(text)
    rest = parts[-1]
    joined = "".join(parts)
    if len(parts) > 1 and not rest.strip():
        return Abstract(joined.rstrip() or None, False)
    if _TRAILING_ELLIPSIS.search(joined):
        return Abstract(_TRAILING_ELLIPSIS.sub("", joined) or None, False)
    return Abstract(joined, True)


# --- titles and ids ------------------------------------------------------------

_TRAILING_PERIOD = re.compile(r"(?<![.\s])\s*\.$")
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?…]+$")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def display_title(raw: str | None) -> str | None:
    """The title as shown, whitespace-normalised, without a trailing period."""
    text = clean_text(raw)
    return _TRAILING_PERIOD.sub("", text) if text else None


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """The identity of a publication: equal for titles that differ only in
    trailing punctuation, case, whitespace, dashes, quotes or Unicode form."""
    text = unicodedata.normalize("NFKC", title)
    text = _DASHES.sub("-", text).translate(_QUOTES).casefold()
    text = _WHITESPACE.sub(" ", text).strip()
    return _TRAILING_PUNCT.sub("", text)


def publication_id(title: str) -> str:
    """Stable id derived from the normalised title."""
    digest = hashlib.sha1(title_key(title).encode("utf-8")).hexdigest()
    return f"pub-{digest[:16]}"


def profile_id(site: str, slug: str) -> str:
    """Stable id of a person: the site's short name and the profile slug."""
    return f"{site}:{slug.lower()}"


# --- profile lines -------------------------------------------------------------

ALUMNI_ROLE = re.compile(r"^(?:Collaborating\s+)?Alumni\b", re.IGNORECASE)


def status_from_roles(roles: list[str]) -> str:
    """``"alumni"`` when a membership line says Alumni, else ``"member"``."""
    return "alumni" if any(ALUMNI_ROLE.match(role) for role in roles) else "member"


def split_position(line: str) -> dict[str, str | None]:
    """``"<Rank>, <Institution>, <Department>"`` → a position object."""
    parts = [part.strip() for part in line.split(",", 2)]
    parts += [None] * (3 - len(parts))
    return {"title": parts[0] or None, "institution": parts[1] or None, "department": parts[2] or None}


def split_program(line: str | None) -> tuple[str | None, str | None]:
    """``"PhD - Université de Montréal"`` → ``("PhD", "Université de Montréal")``."""
    text = clean_text(line)
    if not text:
        return None, None
    program, sep, institution = text.partition(" - ")
    return program.strip() or None, (institution.strip() or None) if sep else None


def supervision_role(label: str | None) -> str | None:
    """``"Principal supervisor :"`` → ``"Principal supervisor"``."""
    text = clean_text(label)
    return text.rstrip(" :").strip() or None if text else None


# --- dates ---------------------------------------------------------------------

_PRECISION_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@lru_cache(maxsize=1)
def _date_parser():
    import dateparser  # slow to import; only needed once a card shows a date

    return dateparser.DateDataParser(
        languages=["en", "fr"], settings={"PREFER_DAY_OF_MONTH": "first"}
    )


_MONTHS = {
    name: number
    for number, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"), start=1)
    for name in (full, full[:3])
} | {  # the French pages' months, in full
    name: number
    for number, name in enumerate(
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
         "novembre", "décembre"), start=1)
}
_MONTH = r"(?P<month>[^\W\d_]{3,9})"
# The forms directory pages show; anything else goes to dateparser.
_COMMON_DATES = (
    re.compile(rf"(?P<year>\d{{4}})"),
    re.compile(rf"{_MONTH} (?P<year>\d{{4}})"),
    re.compile(rf"(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})"),
    re.compile(rf"{_MONTH} (?P<day>\d{{1,2}}), (?P<year>\d{{4}})"),
    # "le vendredi 28 mars 2025" (the French pages' long form; the weekday is not checked)
    re.compile(rf"le [^\W\d_]+ (?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})"),
)


# A season and a year ("Spring 2023", "automne 2021"): a term, not a month, so
# the date is the year (its precision: no month is known).
_SEASON = re.compile(r"(?:spring|summer|fall|autumn|winter|printemps|été|ete|automne|hiver)\s+(?P<year>\d{4})",
                     re.IGNORECASE)


def _common_date(text: str) -> str | None:
    """The ISO date of ``2019``, ``Jun 2013``, ``21 Jun 2018``, ``October 25,
    2023`` (English month names, full or three letters), ``mars 2025``, ``28
    mars 2025`` or ``le vendredi 28 mars 2025`` (French, in full), exactly as
    dateparser reads them; None for any other form. dateparser costs
    milliseconds a date."""
    for pattern in _COMMON_DATES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if not 1900 <= year <= 2100:
            return None
        if "month" not in parts:
            return f"{year:04d}"
        month = _MONTHS.get(parts["month"].lower())
        if month is None:
            return None
        if "day" not in parts:
            return f"{year:04d}-{month:02d}"
        day = int(parts["day"])
        try:
            datetime.date(year, month, day)
        except ValueError:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@lru_cache(maxsize=1024)
def parse_published(text: str | None) -> str | None:
    """``"Jun 2013"`` → ``"2013-06"``, ``"21 Jun 2018"`` → ``"2018-06-21"``,
    ``"2019"`` → ``"2019"``, ``"Spring 2023"`` → ``"2023"``: the date at the
    precision the page shows."""
    text = clean_text(text)
    if not text:
        return None
    common = _common_date(text)
    if common is not None:
        return common
    season = _SEASON.fullmatch(text)
    if season is not None:
        return season["year"]
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.strftime(_PRECISION_FORMAT.get(data.period, "%Y-%m-%d"))
