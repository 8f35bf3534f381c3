"""profilecrawler.htmltext: text as a browser renders it."""

from __future__ import annotations

import pytest
from lxml import html

from profilecrawler.htmltext import rendered_lines, rendered_text
from profilecrawler.text import clean_text


def node(markup: str):
    return html.fragment_fromstring(markup, create_parent="div")


@pytest.mark.parametrize("markup, shown", [
    ("McGill University.<br>Before joining", "McGill University. Before joining"),
    ("McGill University.<br/>Before joining", "McGill University. Before joining"),
    ("<p>deployment.</p><p>We learn</p>", "deployment. We learn"),
    ("<div>Attention</div><div>Is All</div>", "Attention Is All"),
    ("Wei<br>Zhang", "Wei Zhang"),
    ("Ray<span>mond</span> <b>Li</b>", "Raymond Li"),  # inline elements add nothing
    ("a <!-- a comment --> b<script>var x = 1</script> c", "a b c"),
    ("visible… <button>(see more)</button><span hidden>rest</span>", "visible… (see more)rest"),
])
def test_breaks_and_blocks_are_whitespace_and_inline_elements_are_not(markup, shown):
    assert clean_text(rendered_text(node(markup))) == shown


def test_without_a_break_or_a_block_it_is_string():
    element = node("plain <i>text</i> here")
    assert rendered_text(element) == element.xpath("string()") == "plain text here"


def test_lines_keep_the_blocks_in_order():
    element = node("<p>First paragraph.</p><h3>Awards</h3><ul><li>One</li><li>Two</li></ul>"
                   "<div>A div.<br>Its second line.</div>tail text")
    assert rendered_lines(element) == ["First paragraph.", "Awards", "One", "Two", "A div.", "Its second line.",
                                       "tail text"]


def test_deep_nesting_is_walked_without_recursion():
    depth = 5000  # deeper than Python's recursion limit (built by hand: the HTML parser stops at 256)
    root = inner = html.Element("div")
    for _ in range(depth):
        inner = html.etree.SubElement(inner, "div")
        inner.text = "x"
    assert rendered_lines(root) == ["x"] * depth
