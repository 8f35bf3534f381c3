"""A fast loopback HTTP server for the synthetic site, and a load client that
measures its capacity.

    python -m benchmarks.server --root DIR/site [--port 0] [--delay S]   # prints "listening on http://127.0.0.1:PORT"
    python -m benchmarks.server --load http://127.0.0.1:PORT --manifest DIR/manifest.json --seconds 5

The server answers the fixture server's URL scheme (``/en/directory?member-type=
…&page=K``, ``/en/directory/<slug>?page=0%2CN`` and the profile aliases,
``/robots.txt``) from the files of a site in the fixture layout, with HTTP/1.1
keep-alive, and nothing else: no validators, no faults, no request log (see
``profilecrawler.fixture_server`` for those). One asyncio process; each file is
read once and then answered from memory. Binds 127.0.0.1 only.

The load client keeps ``--connections`` keep-alive connections busy with GETs of
the site's pages for ``--seconds`` and prints one JSON line: requests, seconds,
requests/s, MB/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

_PROFILE = re.compile(r"^/(?:en/directory|en/person|fr/annuaire|en)/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)/?$")
_LISTING = re.compile(r"^/en/directory/?$")
_VIEWS = {None: "all", "": "all", "all": "all", "members": "members", "alumni": "alumni"}
_NOT_PEOPLE = frozenset({"directory", "person", "news", "research", "about", "admin", "search", "node"})


def resolve(target: str) -> str | None:
    """The site-relative file of a request target, or None (404)."""
    parts = urlsplit(target)
    path = unquote(parts.path)
    query = parse_qs(parts.query, keep_blank_values=True)
    if path == "/robots.txt":
        return "robots.txt"
    if _LISTING.match(path):
        view = _VIEWS.get((query.get("member-type") or [None])[0])
        page = (query.get("page") or ["0"])[0]
        if view is None or not page.isdigit():
            return None
        return f"en/directory/listing/{view}-{int(page)}.html"
    match = _PROFILE.match(path)
    if match and match["slug"] not in _NOT_PEOPLE:
        page = (query.get("page") or ["0,0"])[0].split(",")
        number = page[1].strip() if len(page) == 2 else "0"
        if not number.isdigit():
            number = "0"
        return f"en/directory/{match['slug']}/page-{int(number)}.html"
    return None


class Site:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.cache: dict[str, bytes | None] = {}

    def answer(self, target: str, keep_alive: bool) -> bytes:
        rel = resolve(target)
        body = None
        if rel is not None:
            if rel not in self.cache:
                path = self.root / rel
                self.cache[rel] = path.read_bytes() if path.is_file() else None
            body = self.cache[rel]
        status = "200 OK" if body is not None else "404 Not Found"
        if body is None:
            body = b"<!DOCTYPE html><html><body><main><h1>Page not found</h1></main></body></html>\n"
        kind = "text/plain" if rel == "robots.txt" else "text/html"
        head = (
            f"HTTP/1.1 {status}\r\nContent-Type: {kind}; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        return head.encode("latin-1") + body


async def _handle(site: Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float = 0.0) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                break
            lines = head.decode("latin-1").split("\r\n")
            request = lines[0].split(" ")
            if len(request) != 3:
                break
            method, target, version = request
            headers = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    headers[name.strip().lower()] = value.strip().lower()
            length = int(headers.get("content-length") or 0)
            if length:
                await reader.readexactly(length)
            keep_alive = version == "HTTP/1.1" and headers.get("connection") != "close"
            data = site.answer(target, keep_alive)
            if delay and not target.startswith("/robots.txt"):
                await asyncio.sleep(delay)  # a slow site (benchmarks.fleet): waiting costs no CPU
            if method == "HEAD":
                data = data[: data.index(b"\r\n\r\n") + 4]
            writer.write(data)
            await writer.drain()
            if not keep_alive:
                break
    except ConnectionError:
        pass
    finally:
        writer.close()


async def _serve(root: Path, port: int, delay: float = 0.0) -> None:
    site = Site(root)
    server = await asyncio.start_server(lambda r, w: _handle(site, r, w, delay), "127.0.0.1", port, backlog=256)
    bound = server.sockets[0].getsockname()[1]
    print(f"listening on http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


# --- load client -----------------------------------------------------------------------


async def _client(host: str, port: int, paths: list[str], start: int, step: int, deadline: float, counts: list):
    reader, writer = await asyncio.open_connection(host, port)
    index = start
    try:
        while time.monotonic() < deadline:
            path = paths[index % len(paths)]
            index += step
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode("latin-1"))
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            counts[0] += 1
            counts[1] += len(head) + length
    finally:
        writer.close()


async def _load(base_url: str, paths: list[str], connections: int, seconds: float) -> dict:
    parts = urlsplit(base_url)
    counts = [0, 0]
    began = time.monotonic()
    deadline = began + seconds
    await asyncio.gather(*(
        _client(parts.hostname, parts.port, paths, n, connections, deadline, counts) for n in range(connections)
    ))
    elapsed = time.monotonic() - began
    return {
        "requests": counts[0], "bytes": counts[1], "seconds": round(elapsed, 3),
        "requests_per_s": round(counts[0] / elapsed, 1), "mb_per_s": round(counts[1] / elapsed / 1e6, 1),
        "connections": connections,
    }


def load(base_url: str, paths: list[str], connections: int = 16, seconds: float = 5.0) -> dict:
    host = urlsplit(base_url).hostname
    if host is None or not host.startswith("127."):
        raise ValueError("the load client only targets loopback addresses")
    return asyncio.run(_load(base_url, paths, connections, seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, help="serve this site folder (fixture layout)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer (not robots.txt)")
    parser.add_argument("--load", metavar="BASE_URL", help="measure a server's capacity instead")
    parser.add_argument("--manifest", type=Path, help="with --load: the site's manifest.json (its page list)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    if args.load:
        manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
        print(json.dumps(load(args.load, [page["url"] for page in manifest["page_list"]],
                              args.connections, args.seconds)), flush=True)
        return 0
    if not args.root:
        parser.error("--root or --load is required")
    try:
        asyncio.run(_serve(args.root, args.port, args.delay))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
