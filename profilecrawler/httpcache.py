"""HTTP cache policy for scheduled re-crawls."""

from __future__ import annotations

from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatePolicy(RFC2616Policy):
    """RFC 2616 caching, except that a cached page is never trusted without
    asking the site: every request carries the cached ETag / Last-Modified, a
    ``304 Not Modified`` costs a few hundred bytes, and a changed page is always
    seen. (Plain ``RFC2616Policy`` serves a page from the cache without asking
    for as long as the site's headers allow, and sends no validators at all for
    a ``Cache-Control: no-cache`` page, so it refetches it whole.)"""

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False
