"""profilecrawler.bodies: whole gzip streams and the encoding that fits a page's bytes (pure)."""

import gzip

import pytest

from profilecrawler.bodies import corrected_encoding, gzip_complete

PAGE = '<html><head><meta charset="utf-8"></head><body>Éloïse Bérubé, Montréal</body></html>'


def test_a_whole_gzip_stream_is_complete_and_a_cut_one_is_not():
    packed = gzip.compress(PAGE.encode() * 1000)
    assert gzip_complete(packed)
    assert gzip_complete(packed + gzip.compress(b"second member"))
    for cut in (len(packed) // 2, len(packed) - 1, 10):
        assert not gzip_complete(packed[:cut])
    assert not gzip_complete(b"not gzip at all")


@pytest.mark.parametrize("header, body, expected", [
    ("iso-8859-1", PAGE.encode("utf-8"), "utf-8"),  # UTF-8 bytes declared latin-1: read as UTF-8
    ("windows-1252", PAGE.encode("utf-8"), "utf-8"),
    ("utf-8", PAGE.encode("utf-8"), None),  # right: keep
    ("iso-8859-1", PAGE.replace("utf-8", "iso-8859-1").encode("latin-1"), None),  # real latin-1 text: keep
    ("utf-8", PAGE.replace("utf-8", "windows-1252").encode("cp1252"), "cp1252"),  # not UTF-8: its meta charset
    ("iso-8859-1", b"plain ASCII page", None),
    (None, PAGE.encode("utf-8"), None),  # no header: Scrapy reads the meta charset itself
    ("iso-8859-1", b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None),  # a BOM: Scrapy already follows it
])
def test_the_encoding_that_fits_the_bytes(header, body, expected):
    assert corrected_encoding(body, header) == expected
