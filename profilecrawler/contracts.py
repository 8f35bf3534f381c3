"""Spider contracts (``scrapy check``) for the callbacks of the site's spiders.

``@url`` takes a path of the site (``@url /en/directory/li-ming``) as well as a
whole URL: the path is joined to ``CONTRACT_BASE_URL`` (a setting; without it,
the origin of the site package's ``DEFAULT_START_URL``, the real site). The test
suite runs the checks against the fixture server:
``scrapy check -s CONTRACT_BASE_URL=http://127.0.0.1:8000``.

``@record_types TYPE …``: the items the callback returns are of these types
(their ``type`` field), each at least once, and of no other type.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from scrapy.contracts import Contract
from scrapy.contracts.default import UrlContract
from scrapy.exceptions import ContractFail


class SiteUrlContract(UrlContract):
    """Scrapy's ``@url``, with paths of the site joined to ``CONTRACT_BASE_URL``."""

    def __init__(self, method, *args):
        super().__init__(method, *args)
        self.spider = method.__self__  # contracts are made from the spider's bound callbacks

    def adjust_request_args(self, args: dict) -> dict:
        url = self.args[0]
        if url.startswith("/"):
            spider = self.spider
            base = spider.settings.get("CONTRACT_BASE_URL")
            if not base:
                parts = urlsplit(spider.site.DEFAULT_START_URL)
                base = f"{parts.scheme}://{parts.netloc}"
            url = urljoin(base.rstrip("/") + "/", url.lstrip("/"))
        args["url"] = url
        return args


class RecordTypesContract(Contract):
    """``@record_types profile publication_card``: exactly these item types."""

    name = "record_types"

    def post_process(self, output) -> None:
        expected = set(self.args)
        found = {item.get("type") for item in output if hasattr(item, "get") and not hasattr(item, "url")}
        if found != expected:
            raise ContractFail(f"item types {sorted(map(str, found))}, expected {sorted(expected)}")
