"""Pure checks of a response body as it came off the wire: is a gzip stream
whole, and which encoding really reads a page's text. Used by
``profilecrawler.middlewares.BodyCheckMiddleware`` and tested directly."""

from __future__ import annotations

import codecs
import zlib

from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

_CHUNK = 64 * 1024
# Encodings in which every byte sequence decodes: a header naming one of these
# proves nothing about the bytes, and UTF-8 text read with it turns to mojibake.
_SINGLE_BYTE = frozenset({"cp1252", "iso8859_1", "iso8859_15", "ascii"})


def gzip_complete(data: bytes) -> bool:
    """True when ``data`` is one or more whole gzip members (each ends with its
    trailer). Scrapy's decompression returns whatever a cut stream yields, so a
    body cut short but with a matching ``Content-Length`` would pass as a
    page. Decompresses in bounded chunks and keeps nothing."""
    while data:
        stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            stream.decompress(data, _CHUNK)
            while stream.unconsumed_tail and not stream.eof:
                stream.decompress(stream.unconsumed_tail, _CHUNK)
        except zlib.error:
            return False
        if not stream.eof:
            return False
        data = stream.unused_data.lstrip(b"\x00")
    return True


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        codecs.decode(body, encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def corrected_encoding(body: bytes, header_encoding: str | None) -> str | None:
    """The encoding to read ``body`` with when the one its HTTP header declares
    is wrong, else None (keep what Scrapy picks: a BOM, then the header, then a
    ``<meta charset>``).

    Wrong means: the body is not valid in the header's encoding, or the header
    names a single-byte encoding (latin-1, windows-1252, ASCII) while the body
    is valid UTF-8 with non-ASCII characters — real text in a single-byte
    encoding is almost never valid UTF-8, and UTF-8 read as latin-1 is
    mojibake. Then the page's own ``<meta charset>`` is used if the body is
    valid in it, else UTF-8 if the body is valid UTF-8."""
    if not header_encoding or read_bom(body)[0] is not None:
        return None
    header = resolve_encoding(header_encoding)
    if header is None:
        return None
    if _decodes(body, header) and not _utf8_read_as_single_byte(body, header):
        return None
    declared = html_body_declared_encoding(body)
    for candidate in (resolve_encoding(declared) if declared else None, "utf-8"):
        if candidate and candidate != header and _decodes(body, candidate) \
                and not _utf8_read_as_single_byte(body, candidate):
            return candidate
    return None


def _utf8_read_as_single_byte(body: bytes, encoding: str) -> bool:
    return (codecs.lookup(encoding).name.replace("-", "_") in _SINGLE_BYTE
            and not body.isascii() and _decodes(body, "utf-8"))
