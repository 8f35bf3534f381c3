"""scrapy-poet's ``InjectionMiddleware``, with its injection plans cached.

A performance shortcut. scrapy-poet works out what a callback needs from
scratch for every request and again for its response (``andi.plan`` over the
callback's signature; with ``from __future__ import annotations`` each look
re-evaluates the string annotations, ``typing.get_type_hints``): about 1 s of
CPU per 1,444 pages on the small benchmark site, 10% of a crawl's CPU. The
plan depends only on the callback and the page-object rules that match the
URL, so it is kept per (callback, matching rules) — the rules looked up per
request as before, so a path-based rule is still honoured. A request that asks
for dynamic dependencies (``meta["inject"]``) is planned afresh. Measured in
BENCHMARKS.md, "Card loader and page objects (issue 12)".
"""

from __future__ import annotations

from scrapy_poet import InjectionMiddleware
from scrapy_poet.downloadermiddlewares import DEFAULT_PROVIDERS
from scrapy_poet.injection import Injector, get_callback


class CachedPlanInjector(Injector):
    def init_cache(self) -> None:
        super().init_cache()
        self._plans: dict = {}
        self._needs_response: dict = {}

    def _plan_key(self, request):
        if request.meta.get("inject"):
            return None
        callback = get_callback(request, self.spider)
        rules = frozenset(self.registry.overrides_for(request.url).items())
        return getattr(callback, "__func__", callback), rules

    def _cached(self, cache: dict, request, compute):
        key = self._plan_key(request)
        if key is None:
            return compute(request)
        if key not in cache:
            cache[key] = compute(request)
        return cache[key]

    def build_plan(self, request):
        return self._cached(self._plans, request, super().build_plan)

    def is_scrapy_response_required(self, request):
        return self._cached(self._needs_response, request, super().is_scrapy_response_required)


class CachedPlanInjectionMiddleware(InjectionMiddleware):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        # As scrapy-poet's own __init__ makes its Injector.
        self.injector = CachedPlanInjector(crawler, default_providers=DEFAULT_PROVIDERS, registry=self.registry)
