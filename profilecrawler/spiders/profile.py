from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from profilecrawler import text
from profilecrawler.errors import StartupError
from profilecrawler.publish import writes_output
from profilecrawler.spiders._arguments import checked_url, web_url
from profilecrawler.spiders.base import DirectorySiteSpider

STDIN = "-"


def parse_urls_file(lines: Iterable[str], source: str, profile_slug: Callable[[str], str | None]) -> list[str]:
    """The profile URLs of a ``-a urls_file=`` file's ``lines``, in order: one URL
    a line, surrounding whitespace stripped, blank lines and lines starting with
    ``#`` ignored. Raises StartupError, naming ``source`` and the line, at the
    first line that is not an absolute http(s) profile URL, or when there is no
    URL at all. Pure: duplicates are kept (``merge_profile_urls`` drops them)."""
    urls = []
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not web_url(url) or profile_slug(url) is None:
            raise StartupError(f"{source}:{number}: not a profile URL: {url[:200]}")
        urls.append(url)
    if not urls:
        raise StartupError(f"{source}: no profile URL in the file (one a line; blank lines and # comments are ignored)")
    return urls


def read_urls_file(path: str, profile_slug: Callable[[str], str | None], stdin=None) -> list[str]:
    """``parse_urls_file`` of the file at ``path`` (UTF-8), or of standard input
    when ``path`` is ``-``. A file that cannot be read is a StartupError naming it."""
    if path == STDIN:
        return parse_urls_file(stdin if stdin is not None else sys.stdin, "<stdin>", profile_slug)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return parse_urls_file(handle, path, profile_slug)
    except OSError as error:
        raise StartupError(f"-a urls_file={path}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise StartupError(f"-a urls_file={path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def merge_profile_urls(*lists: Iterable[str], profile_slug: Callable[[str], str | None]) -> list[str]:
    """The URLs of ``lists`` in order, each profile once (by its slug, whatever
    URL form it is given in): the first URL given for a profile is kept."""
    seen, merged = set(), []
    for urls in lists:
        for url in urls:
            slug = profile_slug(url)
            if slug not in seen:
                seen.add(slug)
                merged.append(url)
    return merged


class ProfileSpider(DirectorySiteSpider):
    """On-demand run over given profiles, with all their publication pages.

    ``scrapy crawl profile -a url=URL[,URL…]`` (any URL form of a profile) and/or
    ``-a urls_file=PATH`` (one URL a line, ``-`` for standard input);
    ``-a language=en|fr|both``: which of each profile's pages (default en, whatever
    language the URL given is in).
    """

    name = "profile"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        # scrapy parse, check and shell read pages one by one: no URLs are needed to start from.
        return super().from_crawler(crawler, *args, urls_needed=writes_output(crawler), **kwargs)

    def __init__(self, url: str | None = None, urls_file: str | None = None, site: str | None = None,
                 language: str | None = None, *, urls_needed: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.choose_site(site, (url or "").split(","))
        self.choose_languages(language)
        expected = f"a profile URL (such as {self.site.DEFAULT_START_URL}/<slug>)"
        self.given_urls = [checked_url("url", part, self.site.is_profile_url, expected) for part in (url or "").split(",")
                           if part.strip()]
        self.urls_file = urls_file
        if urls_needed and urls_file is None and not self.given_urls:
            raise StartupError("-a url=URL[,URL...] or -a urls_file=PATH is needed: the profiles to crawl")
        from_file = read_urls_file(urls_file, self.site.profile_slug) if urls_file is not None else []
        self.urls = merge_profile_urls(self.given_urls, from_file, profile_slug=self.site.profile_slug)
        self.allow_hosts_of(self.urls)

    def arguments(self) -> dict:
        """The spider's arguments for the manifest: ``url``, the URLs given with
        ``-a url=``; with ``-a urls_file=``, its path (not its URLs: the profile
        ids are in the scope) and ``first_url``, the first URL crawled, which
        gives the snapshot's origin (``pipelines.export.snapshot_origin``)."""
        languages = {"languages": list(self.languages)}
        if self.urls_file is None:
            return {"url": self.given_urls, **languages}
        return {"url": self.given_urls, "urls_file": self.urls_file, "first_url": self.urls[0], **languages}

    def scope(self) -> dict:
        """What this crawl covers, for the manifest (profilecrawler.manifest):
        the profiles asked for, and nothing else."""
        ids = sorted({text.profile_id(self.site.NAME, self.site.profile_slug(url)) for url in self.urls})
        return {"name": "profiles", "profile_ids": ids, "arguments": self.arguments()}

    async def start(self):
        for url in self.urls:
            for request in self.profile_requests(url):
                yield request
