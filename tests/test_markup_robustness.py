"""The fixture site rewritten in ways that change its markup but not what a
browser shows must crawl to exactly the same records (issue 10).

Each rewrite is applied to every page of the site, served as a variant over it
on the same server (so URLs are the same), and crawled; the records are
compared with those of the original site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, scrapy_crawl, without_volatile
from profilecrawler.fixture_server import FixtureSite

SITE = REPO / "fixtures" / "site"


def spaced_hrefs(html: str) -> str:
    """Every ``href`` with spaces, tabs and newlines around it (HTML strips them)."""
    return re.sub(r'href="([^"]*)"', lambda m: f'href="\n   {m[1]} \t\n"', html)


_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=<>/\"']+(?:=\"[^\"]*\")?)*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"""\s+([^\s=<>/"']+)(?:="([^"]*)")?""")
_TEXT = re.compile(r">([^<]+)<")
BLOCK_ENDS = re.compile(r"(</(?:li|p|div|ul|ol|h[1-6]|section|article|nav|header|footer|main)>)")


def _attributes(markup: str) -> list[tuple[str, str | None]]:
    return [(m[1], m[2]) for m in _ATTRIBUTE.finditer(markup)]


def _tag(name: str, attributes, close: str, quote: str = '"', space: str = " ") -> str:
    written = "".join(f"{space}{key}" + ("" if value is None else f"={quote}{value}{quote}")
                      for key, value in attributes)
    return f"<{name}{written}{close}>"


def reordered_attributes(html: str) -> str:
    """Attributes in reverse order, classes reversed with an unknown one added."""
    def rewrite(m):
        attributes = []
        for key, value in reversed(_attributes(m[2])):
            if key == "class" and value:
                value = " ".join(["x-extra", *reversed(value.split())])
            attributes.append((key, value))
        return _tag(m[1], attributes, m[3])
    return _TAG.sub(rewrite, html)


def single_quotes_and_line_breaks_in_tags(html: str) -> str:
    """``<li\n   class='…'\n>``: other quotes, whitespace inside every tag."""
    def rewrite(m):
        attributes = _attributes(m[2])
        if any(value and "'" in value for _, value in attributes):
            return m[0]
        return _tag(m[1], attributes, ("\n" + m[3]) if m[3] else "\n", quote="'", space="\n   ")
    return _TAG.sub(rewrite, html)


def character_references(html: str) -> str:
    """Text written with character references: every vowel, non-ASCII letter and apostrophe."""
    def encode(text: str) -> str:
        return "".join(f"&#{ord(c)};" if c in "aeiouAEIOU'’" or ord(c) > 127 else
                       ("&amp;" if c == "&" else c) for c in text)
    return _TEXT.sub(lambda m: ">" + encode(m[1].replace("&amp;", "&")) + "<", html)


def comments_and_block_whitespace(html: str) -> str:
    """A comment and line breaks after every block's end, a comment at the start of every text."""
    html = BLOCK_ENDS.sub(r"\1<!-- end -->\n\n   ", html)
    return _TEXT.sub(lambda m: "><!-- text -->" + m[1] + "<" if m[1].strip() else m[0], html)


def optional_end_tags_omitted(html: str) -> str:
    """No ``</li>`` and no ``</p>`` (HTML closes them)."""
    return re.sub(r"</(?:li|p)>", "", html)


def names_in_inline_elements(html: str) -> str:
    """Each word of a person's, an author's, a student's or a supervisor's name in its own ``<span>``."""
    def wrap(m):
        words = re.split(r"(\s+)", m[2])
        return m[1] + "".join(f"<span>{w}</span>" if w.strip() else w for w in words) + m[3]
    html = re.sub(r'(<h1 class="person-profile__name">)([^<]+)(</h1>)', wrap, html)
    html = re.sub(r'(<li class="publication-card__author">(?:<a [^>]*>)?)([^<]+)(</)', wrap, html)
    return re.sub(r'(<a class="student__name"[^>]*>)([^<]+)(</a>)', wrap, html)


REWRITES = {
    "spaced-hrefs": spaced_hrefs,
    "reordered-attributes": reordered_attributes,
    "quotes-and-breaks-in-tags": single_quotes_and_line_breaks_in_tags,
    "character-references": character_references,
    "comments-and-block-whitespace": comments_and_block_whitespace,
    "optional-end-tags-omitted": optional_end_tags_omitted,
    "names-in-inline-elements": names_in_inline_elements,
}


def test_the_rewrites_change_every_page():
    page = (SITE / "en" / "directory" / "raymond-li" / "page-0.html").read_text(encoding="utf-8")
    for name, rewrite in REWRITES.items():
        assert rewrite(page) != page, name


def rewritten_site(target: Path, rewrite) -> Path:
    for page in SITE.rglob("*.html"):
        copy = target / page.relative_to(SITE)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(rewrite(page.read_text(encoding="utf-8")), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def site():
    with FixtureSite() as served:
        yield served


def crawl_records(site: FixtureSite, out: Path) -> tuple[list[dict], list[dict]]:
    crawl = scrapy_crawl(out, "directory", "-a", f"start_url={site.base_url}/en/directory")
    assert crawl.process.returncode == 0, crawl.process.stderr[-3000:]
    return without_volatile(crawl.profiles), crawl.publications


@pytest.fixture(scope="module")
def original(site, tmp_path_factory):
    site.set_variant(None)
    return crawl_records(site, tmp_path_factory.mktemp("original"))


@pytest.mark.parametrize("name", REWRITES)
def test_a_rewritten_site_crawls_to_the_same_records(site, original, tmp_path, name):
    site.set_variant(str(rewritten_site(tmp_path / "variant", REWRITES[name])))
    try:
        profiles, publications = crawl_records(site, tmp_path / "out")
    finally:
        site.set_variant(None)
    assert len(profiles) == len(original[0]) and len(publications) == len(original[1])
    assert profiles == original[0]
    assert publications == original[1]
