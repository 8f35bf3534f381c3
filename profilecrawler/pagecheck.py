"""Is a page the page it should be?

A 200 is not proof of anything: an empty body, a PDF, binary garbage, a
maintenance page or a page of another layout must never be taken for a profile
with nothing on it (the load would then deactivate what that profile listed).
Each check here names what a page lacks, as a failure reason code and a
detail for the log; the spider retries such a page like a transient error and,
when the retries are used up, lists it in ``failures.jsonl`` (so its profile
is *unreached* in the manifest, never gone). The selectors are the page
object's (``profilecrawler.pages``: a listing's ``CONTENT``, a profile page's
``PROFILE``, ``PERSON_NAME``, ``PUBLICATIONS_SECTION``).
"""

from __future__ import annotations

from typing import NamedTuple

from scrapy.http import Response, TextResponse

# Failure reasons (failures.jsonl, stats failures/<reason>).
NOT_HTML = "not_html"
EMPTY_PAGE = "empty_page"
NOT_A_LISTING_PAGE = "not_a_listing_page"
NOT_A_PROFILE_PAGE = "not_a_profile_page"
NOT_A_DETAIL_PAGE = "not_a_detail_page"


class Problem(NamedTuple):
    reason: str
    detail: str


def response_problem(response: Response) -> Problem | None:
    """What makes ``response`` no web page at all: not text (a PDF, an image),
    or a body with nothing in it."""
    if not isinstance(response, TextResponse):
        kind = response.headers.get("Content-Type", b"").decode("latin-1") or "no Content-Type"
        return Problem(NOT_HTML, f"not an HTML page ({kind}, {len(response.body)} bytes)")
    if not response.body.strip():
        return Problem(EMPTY_PAGE, "an empty page")
    if response.body.lstrip()[:5] == b"%PDF-":
        return Problem(NOT_HTML, "a PDF document served as HTML")
    return None


def listing_problem(selector, page) -> Problem | None:
    """A listing page lacks its view's content block (an empty one is a listing
    of nobody, which is fine)."""
    if not selector.css(page.CONTENT):
        return Problem(NOT_A_LISTING_PAGE, "no directory listing on the page")
    return None


def profile_problem(selector, page, number: int) -> Problem | None:
    """A profile page lacks the profile with its name (the first publication
    page) or its Publications section (every publication page)."""
    if number == 0:
        profile = selector.css(page.PROFILE)
        if not profile:
            return Problem(NOT_A_PROFILE_PAGE, "no profile on the page")
        if not "".join(profile[0].css(page.PERSON_NAME).xpath("string()").getall()).strip():
            return Problem(NOT_A_PROFILE_PAGE, "the profile has no name")
    if not selector.css(page.PUBLICATIONS_SECTION):
        return Problem(NOT_A_PROFILE_PAGE, "no Publications section")
    return None
