"""Check a site definition against live pages: ``profilecrawler check-site URL…``.

Our fixtures are modelled on the facts of the real site, not copied from it, so
an operator must be able to see quickly whether a site package's page objects
still read the live pages. ``check-site`` fetches the pages it is given
(politely: robots.txt obeyed, one request at a time, about ``--delay``
seconds between them, with Scrapy's 0.5–1.5× jitter),
reads each with the site's page objects, and prints, per page and field, what
it found: counts, first values, parts that were empty or missing, the markers
seen, cards with no authors; then a verdict over all the pages.

The verdict is a mismatch when the site definition no longer reads what the
pages show:

* a page is not the page its URL says (``pagecheck``: no profile, no listing);
* a listing lists no profile;
* a profile page's Publications section holds text but no card was found in it
  (the cards' markup changed);
* among all the cards read, none had a title, or none had authors.

A field that is empty on every page (no student anywhere, say) is reported,
but is no mismatch: few pages need have everything.

``--save DIR`` writes each fetched page (``DIR/NNN-<kind>/body.html`` and
``meta.json``, with what was read from it in ``report.json``), so that a test
can be written from them (``load_saved``; see README "Checking a site
definition").

``examine`` and ``verdict`` are pure (a response in, facts out); ``fetch`` is
the small Scrapy crawl that gets the pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.http import HtmlResponse, Response

from profilecrawler import text
from profilecrawler.htmltext import rendered_text

PROFILE_FIELDS = ("name", "roles", "positions", "research_topics", "biography", "portrait_url", "students",
                  "supervisors")
CARD_FIELDS = ("title", "authors", "published", "abstract")
# A Publications section with this much text besides what its cards hold shows
# publications that no card selector found.
UNREAD_SECTION_CHARS = 80
FIRST = 3  # values shown per field


@dataclass
class PageReport:
    url: str
    kind: str  # "listing", "profile", "detail", "unknown"
    problem: str | None = None
    fields: dict = field(default_factory=dict)  # name -> {"count": n, "first": [...]}
    cards: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"url": self.url, "kind": self.kind, "problem": self.problem, "fields": self.fields,
                "cards": self.cards, "notes": self.notes}


def _shown(value) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or json.dumps(value, ensure_ascii=False)
    value = str(value)
    return value if len(value) <= 60 else value[:57] + "…"


def _field(values) -> dict:
    if values is None or values == "" or values == []:
        return {"count": 0, "first": []}
    if not isinstance(values, list):
        values = [values]
    return {"count": len(values), "first": [_shown(value) for value in values[:FIRST]]}


def examine(response: Response, site) -> PageReport:
    """What the site's page objects read on ``response``."""
    url = response.url
    slug = site.profile_slug(url)
    if slug is not None:
        return _examine_profile(response, site, slug, site.publication_page(url))
    if site.is_listing_url(url):
        return _examine_listing(response, site)
    if site.is_detail_url(url) and getattr(site, "DetailPage", None) is not None:
        return _examine_detail(response, site)
    return PageReport(url, "unknown", notes=["not a profile, listing or publication URL of this site"])


def _examine_detail(response, site) -> PageReport:
    """A publication's own page: what its DetailPage reads, and from where."""
    page = site.DetailPage.of(response)
    report = PageReport(response.url, "detail")
    problem = page.problem()
    if problem is not None:
        report.problem = f"{problem.reason}: {problem.detail}"
        return report
    item = page.publication("check-site")
    for name in CARD_FIELDS:
        report.fields[name] = _field(item.get(name))
    report.fields["field_sources"] = _field(sorted(f"{name}: {source}"
                                                   for name, source in item["field_sources"].items()))
    return report


def _examine_listing(response, site) -> PageReport:
    page = site.ListingPage.of(response)
    report = PageReport(response.url, "listing")
    problem = page.problem()
    if problem is not None:
        report.problem = f"{problem.reason}: {problem.detail}"
        return report
    report.fields["profile_links"] = _field(page.profile_urls())
    report.fields["pager_pages"] = _field(sorted(page.pager_pages()))
    return report


def _examine_profile(response, site, slug: str, number: int) -> PageReport:
    page = site.ProfilePage.of(response)
    report = PageReport(response.url, "profile")
    problem = page.problem(number)
    if problem is not None:
        report.problem = f"{problem.reason}: {problem.detail}"
        return report
    person_id = text.profile_id(site.NAME, slug)
    if number == 0:
        profile = page.profile(person_id, slug)
        for name in PROFILE_FIELDS:
            report.fields[name] = _field(profile.get(name))
    cards = list(page.cards(person_id, number))
    counts = {name: sum(1 for card in cards if card.get(name)) for name in CARD_FIELDS}
    report.cards = {
        "count": len(cards),
        "with": counts,
        "first_titles": [_shown(card.get("title")) for card in cards[:FIRST]],
        "author_markers": sum(1 for card in cards if card.get("declared_author_count") is not None
                              or "authors_cut" in (card.get("quality_flags") or ())),
        "detail_links": sum(1 for card in cards if card.get("detail_url")),
        "abstracts_cut": sum(1 for card in cards if card.get("abstract") and not card.get("abstract_complete")),
        "without_authors": [_shown(card.get("title") or f"card {card['card_index']}")
                            for card in cards if not card.get("authors")][:FIRST],
        "quality_flags": sorted({flag for card in cards for flag in card.get("quality_flags") or ()}),
    }
    report.fields["pager_pages"] = _field(sorted(page.pager_pages()))
    section = page.selector.css(page.PUBLICATIONS_SECTION)
    section_chars = len(rendered_text(section[0].root).strip()) if section else 0
    card_chars = sum(len(card.get("title") or "") + len(card.get("abstract") or "")
                     + sum(len(author["name"]) for author in card.get("authors") or ()) for card in cards)
    report.cards["unread_section_chars"] = max(0, section_chars - card_chars)
    if not cards and section_chars >= UNREAD_SECTION_CHARS:
        report.notes.append(f"the Publications section holds {section_chars} characters of text, "
                            "but no card was found in it (CARDS)")
    return report


def verdict(reports: list[PageReport]) -> tuple[bool, list[str], list[str]]:
    """Whether the site definition reads these pages: (ok, what stopped
    matching, fields empty on every page that had them)."""
    mismatches, empty = [], []
    for report in reports:
        if report.problem:
            mismatches.append(f"{report.kind} page {report.url} is not what it should be: {report.problem}")
    listings = [r for r in reports if r.kind == "listing" and not r.problem]
    if listings and not any(r.fields["profile_links"]["count"] for r in listings):
        mismatches.append(f"ListingPage.PROFILE_LINKS found no profile on {len(listings)} listing page(s)")
    profiles = [r for r in reports if r.kind == "profile" and not r.problem]
    unread = [r for r in profiles if not r.cards["count"] and r.notes]
    if unread:
        mismatches.append(f"ProfilePage.CARDS found no card on {len(unread)} of {len(profiles)} profile page(s) "
                          "whose Publications section shows publications")
    total = sum(r.cards["count"] for r in profiles)
    if total:
        for name in ("title", "authors"):
            if not sum(r.cards["with"][name] for r in profiles):
                mismatches.append(f"cards: no {name} on any of {total} card(s) (ProfilePage.CARD_{name.upper()})")
        for name in ("published", "abstract"):
            if not sum(r.cards["with"][name] for r in profiles):
                empty.append(f"cards: {name}")
    for report in reports:
        if report.kind == "detail" and not report.problem:
            for name in ("title", "authors"):
                if not report.fields[name]["count"]:
                    mismatches.append(f"DetailPage read no {name} on {report.url}")
    firsts = [r for r in profiles if r.fields.get("name") is not None]
    for name in PROFILE_FIELDS:
        if firsts and not any(r.fields[name]["count"] for r in firsts):
            empty.append(f"profile: {name}")
    return not mismatches, mismatches, empty


def format_report(reports: list[PageReport]) -> str:
    lines = []
    for report in reports:
        lines.append(f"{report.kind} page {report.url}")
        if report.problem:
            lines.append(f"  NOT THE PAGE EXPECTED: {report.problem}")
        for name, found in report.fields.items():
            shown = ", ".join(repr(value) for value in found["first"])
            more = ", …" if found["count"] > len(found["first"]) else ""
            lines.append(f"  {name}: {found['count']}" + (f" ({shown}{more})" if shown else "  ← empty"))
        if report.cards:
            cards = report.cards
            with_ = ", ".join(f"{name} {count}" for name, count in cards["with"].items())
            lines.append(f"  cards: {cards['count']} (with {with_}); author markers {cards['author_markers']}, "
                         f"abstracts cut {cards['abstracts_cut']}, links to a publication page "
                         f"{cards.get('detail_links', 0)}")
            if cards["first_titles"]:
                lines.append("  first titles: " + "; ".join(repr(title) for title in cards["first_titles"]))
            if cards["without_authors"]:
                lines.append("  cards with no authors: " + "; ".join(repr(t) for t in cards["without_authors"]))
            if cards["quality_flags"]:
                lines.append("  quality flags: " + ", ".join(cards["quality_flags"]))
        for note in report.notes:
            lines.append(f"  ! {note}")
    ok, mismatches, empty = verdict(reports)
    if empty:
        lines.append("empty on every page: " + ", ".join(empty))
    if ok:
        lines.append(f"verdict: the site definition reads these {len(reports)} page(s)")
    else:
        lines.append(f"verdict: MISMATCH ({len(mismatches)}): " + "; ".join(mismatches))
    return "\n".join(lines)


# --- saved pages ----------------------------------------------------------------------


def save(folder: Path, responses: list[Response], reports: list[PageReport]) -> None:
    """Each page as ``NNN-<kind>/body.html`` + ``meta.json`` + ``report.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, (response, report) in enumerate(zip(responses, reports)):
        page_dir = folder / f"{index:03d}-{report.kind}"
        page_dir.mkdir(exist_ok=True)
        (page_dir / "body.html").write_bytes(response.body)
        meta = {"url": response.url, "status": response.status,
                "headers": {key.decode("latin-1"): [v.decode("latin-1") for v in values]
                            for key, values in response.headers.items()}}
        (page_dir / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
        (page_dir / "report.json").write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False),
                                              encoding="utf-8")


def load_saved(folder: Path) -> list[tuple[HtmlResponse, dict]]:
    """The pages ``save`` wrote, as responses, each with the report saved with it."""
    pages = []
    for page_dir in sorted(path for path in Path(folder).iterdir() if (path / "meta.json").is_file()):
        meta = json.loads((page_dir / "meta.json").read_text(encoding="utf-8"))
        response = HtmlResponse(meta["url"], status=meta["status"], headers=meta["headers"],
                                body=(page_dir / "body.html").read_bytes())
        pages.append((response, json.loads((page_dir / "report.json").read_text(encoding="utf-8"))))
    return pages


# --- fetching -------------------------------------------------------------------------


def fetch(urls: list[str], delay: float, settings_overrides: dict | None = None) -> tuple[list[Response], dict]:
    """The pages at ``urls``, fetched one at a time with ``delay`` seconds
    between them, robots.txt obeyed, with the project's User-Agent and
    download middlewares; failures by URL (a reason each)."""
    import os

    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from profilecrawler.failures import failure_reason

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "profilecrawler.settings")
    fetched: dict[str, Response] = {}
    failed: dict[str, str] = {}

    class CheckSiteSpider(scrapy.Spider):
        name = "check-site"

        async def start(self):
            for url in urls:
                yield scrapy.Request(url, callback=self.keep, errback=self.lost, dont_filter=True,
                                     cb_kwargs={"asked": url})

        def keep(self, response, asked):
            fetched[asked] = response
            return []

        def lost(self, failure):
            failed[failure.request.cb_kwargs["asked"]] = failure_reason(failure)

    settings = get_project_settings()
    settings.setdict({
        "DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "ROBOTSTXT_OBEY": True,
        "HTTPCACHE_ENABLED": False, "EXTENSIONS": {}, "SPIDERMON_ENABLED": False, "ITEM_PIPELINES": {},
        "LOG_LEVEL": "WARNING", "HTTPERROR_ALLOW_ALL": True, **(settings_overrides or {}),
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(CheckSiteSpider)
    process.start()
    return [fetched[url] for url in urls if url in fetched], failed
