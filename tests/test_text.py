import re
"""The pure text functions, on the strings the pages show."""

import unicodedata

import pytest

from profilecrawler import text


@pytest.mark.parametrize(
    "shown, name, count",
    [
        ("Christopher D. Manning. 2015 … (see 480 more)", "Christopher D. Manning. 2015", 480),
        ("Zhuang Li … (see 46 more)", "Zhuang Li", 46),
        ("Ana  Silva …  (see 1 more)", "Ana Silva", 1),
        ("Nicolas Gontier...(see 49 more)", "Nicolas Gontier", 49),
    ],
)
def test_author_marker_is_split_from_the_name(shown, name, count):
    entry = text.parse_author_entry(shown)
    assert (entry.name, entry.has_marker, entry.hidden_count) == (name, True, count)


def test_author_without_marker_is_kept_as_shown():
    entry = text.parse_author_entry("  Md. Mostofa\n Ali Patwary ", href="/en/directory/x")
    assert entry == text.AuthorEntry("Md. Mostofa Ali Patwary", "/en/directory/x", False, None)


def test_marker_without_number_is_a_marker_with_no_count():
    entry = text.parse_author_entry("Zhuang Li … (see more)")
    assert (entry.name, entry.has_marker, entry.hidden_count) == ("Zhuang Li", True, None)


def test_declared_count_is_visible_names_plus_n_and_hidden_names_are_kept():
    entries = [text.parse_author_entry(s) for s in ["A B", "C D … (see 3 more)", "E F", "G H"]]
    authors = text.assemble_authors(entries)
    assert [n for n, _ in authors.names] == ["A B", "C D", "E F", "G H"]
    assert authors.declared_count == 5
    assert authors.flags == ()


def test_marker_in_a_block_of_its_own_counts_the_names_before_it():
    entries = [text.parse_author_entry(s) for s in ["A B", "C D", "… (see 1 more)", "E F"]]
    authors = text.assemble_authors(entries)
    assert authors.declared_count == 3 and len(authors.names) == 3


def test_malformed_author_lists_are_flagged_not_guessed():
    no_count = text.assemble_authors([text.parse_author_entry("A B … (see more)"), text.parse_author_entry("C")])
    assert no_count.declared_count is None
    assert no_count.flags == ("author_marker_without_count",)
    assert [n for n, _ in no_count.names] == ["A B", "C"]
    assert text.assemble_authors([]).flags == ("authors_missing",)


@pytest.mark.parametrize(
    "shown, joined, complete",
    [
        ("other aspects of … (see more)numeracy remain", "other aspects of numeracy remain", True),
        ("(Code LLMs)… (see more), introduces StarCoder", "(Code LLMs), introduces StarCoder", True),
        ("are incompat… (see more)ible with", "are incompatible with", True),
        ("bounded by $O(n^… (see more)", "bounded by $O(n^", False),
        ("bounded by $O(n^…", "bounded by $O(n^", False),
        ("A complete short abstract.", "A complete short abstract.", True),
        ("", None, False),
    ],
)
def test_abstract_parts_are_joined_exactly(shown, joined, complete):
    assert text.join_abstract(shown) == text.Abstract(joined, complete)


def test_seed_abstract_lines_join_without_marker():
    with open("fixtures/seed/raymond-li.txt", encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if "(see more)" in line]
    assert len(lines) == 11
    for line in lines:
        abstract = text.join_abstract(line)
        assert abstract.complete
        assert "(see more)" not in abstract.text and "…" not in abstract.text
        assert len(abstract.text) == len(line) - len("… (see more)")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Evaluating Numeracy of Language Models as a Natural Language Inference Task.",
         "Evaluating Numeracy of Language Models as a Natural Language Inference Task"),
        ("StarCoder 2 and The Stack v2:  The Next Generation", "starcoder 2 and the stack v2: the next generation"),
        ("Eﬃcient ﬁne-tuning", "Efficient fine-tuning"),
        (unicodedata.normalize("NFD", "Réseaux de neurones"), "Réseaux de neurones"),
        ("Self‐supervised “learning”", 'Self-supervised "learning"'),
        ("StarCoder: may the source be with you!", "StarCoder: may the source be with you"),
    ],
)
def test_title_identity_survives_punctuation_case_whitespace_and_unicode_form(a, b):
    assert text.title_key(a) == text.title_key(b)
    assert text.publication_id(a) == text.publication_id(b)


def test_different_titles_have_different_ids():
    assert text.publication_id("StarCoder 2") != text.publication_id("StarCoder")


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("Evaluating Numeracy.", "Evaluating Numeracy"),
        ("Where next?", "Where next?"),
        ("Wait for it...", "Wait for it..."),
        ("  Two   spaces . ", "Two spaces"),
    ],
)
def test_display_title_drops_only_a_trailing_period(raw, shown):
    assert text.display_title(raw) == shown


@pytest.mark.parametrize(
    "shown, published",
    [
        ("Jun 2013", "2013-06"),
        ("21 Jun 2018", "2018-06-21"),
        ("October 25, 2023", "2023-10-25"),
        ("2019", "2019"),
        ("2024-03-15", "2024-03-15"),
        ("Spring 2023", "2023"),  # a term, not a month: the year
        ("automne 2021", "2021"),
        ("not a date", None),
        ("", None),
    ],
)
def test_dates_keep_the_precision_shown(shown, published):
    assert text.parse_published(shown) == published


@pytest.mark.parametrize(
    "name", ["Sean Welleck. 2024", "Llemma", "The Llama", "Gemma Team", "Daniel Spokoyny. 2020",
             "An Empirical Study of Code Models", "A Survey on Agents", "An Empirical Study Revisited Today",
             "A Benchmark for Reasoning"]
)
def test_citation_text_in_author_lists_is_recognised(name):
    assert text.looks_like_citation_text(name)


@pytest.mark.parametrize(
    "name", ["Md. Mostofa Ali Patwary", "Kai Lv 0001", "李明", "Zoë Müller", "J. Clark", "Loubna Ben allal",
             "An Nguyễn", "An Zhang", "An Thi Nguyen", "A Li", "An Van Nguyen"]
)
def test_real_names_are_not_citation_text(name):
    assert not text.looks_like_citation_text(name)


def test_profile_lines():
    assert text.status_from_roles(["Collaborating Alumni - McGill University"]) == "alumni"
    assert text.status_from_roles(["Alumni"]) == "alumni"
    assert text.status_from_roles(["Core Academic Member", "Canada CIFAR AI Chair"]) == "member"
    assert text.split_position("Associate Professor, Université de Montréal, Department of Computer Science, DIRO") == {
        "title": "Associate Professor",
        "institution": "Université de Montréal",
        "department": "Department of Computer Science, DIRO",
    }
    assert text.split_position("Research Scientist, ServiceNow") == {
        "title": "Research Scientist", "institution": "ServiceNow", "department": None,
    }
    assert text.split_program("PhD - Université de Montréal") == ("PhD", "Université de Montréal")
    assert text.split_program("Postdoctorate") == ("Postdoctorate", None)
    assert text.supervision_role("Principal supervisor :") == "Principal supervisor"
    assert text.supervision_role(" ") is None
    assert text.profile_id("mila", "Raymond-Li") == "mila:raymond-li"


def test_damaged_text_is_told_from_accented_text():
    from profilecrawler.text import looks_damaged
    for damaged in ("MontrÃ©al", "donâ€™t", "Ã‰cole", "Caf\ufffd", "naÃ¯ve"):
        assert looks_damaged(damaged), damaged
    for fine in ("Montréal", "don’t", "École", "São Paulo", "SÃO", "Ãgua", None, ""):
        assert not looks_damaged(fine), fine


# A site whose marker gives the list's length, or none ("et al."): text.AuthorMarker.
TOTAL_OR_ET_AL = text.AuthorMarker(
    re.compile(r"(?:,?\s*\bet al\.?|\s*\(?Show all (?P<total>\d+) authors\)?)\s*$"), ("et al", "Show all"), cuts=True)


@pytest.mark.parametrize("fast", [True, False])  # clean texts take the fast path; others the entry-by-entry one
def test_a_marker_giving_the_total_declares_it(fast):
    entries = [("A B", None), ("C D", None), ("Show all 23 authors" if fast else " Show all 23  authors", None)]
    authors = text.author_list(entries, TOTAL_OR_ET_AL)
    assert authors.names == [("A B", None), ("C D", None)]
    assert authors.declared_count == 23 and authors.flags == ()
    reference = text.assemble_authors([text.parse_author_entry(raw, href, TOTAL_OR_ET_AL) for raw, href in entries],
                                      TOTAL_OR_ET_AL)
    assert (reference.names, reference.declared_count, reference.flags) == (authors.names, 23, ())


def test_et_al_is_a_marker_with_no_count():
    authors = text.author_list([("A B", None), ("C D et al.", "/people/c")], TOTAL_OR_ET_AL)
    assert authors.names == [("A B", None), ("C D", "/people/c")]
    assert authors.declared_count is None and authors.flags == ("authors_cut",)  # cut, not malformed


def test_the_default_marker_ignores_other_sites_markers():
    authors = text.author_list([("A B", None), ("C D et al.", None)])
    assert authors.names == [("A B", None), ("C D et al.", None)] and authors.flags == ()
