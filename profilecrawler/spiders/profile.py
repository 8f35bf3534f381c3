from __future__ import annotations

from profilecrawler import text
from profilecrawler.spiders.base import DirectorySiteSpider


class ProfileSpider(DirectorySiteSpider):
    """On-demand run over given profiles, with all their publication pages.

    ``scrapy crawl profile -a url=URL[,URL…]`` (any URL form of a profile).
    """

    name = "profile"

    def __init__(self, url: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.urls = [part.strip() for part in (url or "").split(",") if part.strip()]
        bad = [u for u in self.urls if self.site.profile_slug(u) is None]
        if not self.urls or bad:
            raise ValueError(
                "-a url=URL[,URL...] needs profile URLs such as "
                f"https://mila.quebec/en/directory/<slug>; not profile URLs: {bad or '(none given)'}"
            )
        self.allow_hosts_of(self.urls)

    def scope(self) -> dict:
        """What this crawl covers, for the manifest (profilecrawler.manifest):
        the profiles asked for, and nothing else."""
        ids = sorted({text.profile_id(self.site.NAME, self.site.profile_slug(url)) for url in self.urls})
        return {"name": "profiles", "profile_ids": ids, "arguments": {"url": self.urls}}

    async def start(self):
        for url in self.urls:
            yield self.profile_request(url)
