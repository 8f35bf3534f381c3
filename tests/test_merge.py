"""Merging sightings of a publication into one record (pure functions)."""

from profilecrawler import merge, text


def card(n, title="StarCoder 2 and The Stack v2", names=("A B", "C D"), **fields):
    return {
        "sighting_id": f"mila:p{n % 3}/00000/{n:05d}",
        "title": title,
        "authors": [{"name": name, "profile_id": None} for name in names],
        "declared_author_count": None,
        "abstract": None,
        "abstract_complete": False,
        "published": None,
        "listed_on": f"mila:p{n % 3}",
        "source_url": f"http://x/en/directory/p{n % 3}",
        "quality_flags": [],
        **fields,
    }


def records(cards):
    state = merge.new_publication_state(text.publication_id(cards[0]["title"]))
    for c in cards:
        merge.fold_publication(state, c)
    return merge.publication_records(state)


def merged(cards):
    (record,) = records(cards)
    return record


def test_the_author_list_seen_most_often_wins_even_when_seen_last():
    minority = ("Anton Lozhkov", "Mostofa Ali Patwary")
    majority = ("Anton Lozhkov", "Md. Mostofa Ali Patwary")
    record = merged([card(0, names=minority)] + [card(i, names=majority) for i in range(1, 9)])
    assert [a["name"] for a in record["authors"]] == list(majority)
    assert record["sightings"] == 9
    assert "author_list_variants" in record["quality_flags"]


def test_ties_go_to_the_first_variant_in_page_order_whatever_the_arrival_order():
    cards = [card(0, names=("X Y", "Q R")), card(1, names=("Z W", "Q R"))]
    assert [a["name"] for a in merged(cards)["authors"]] == ["X Y", "Q R"]
    assert merged(cards[::-1])["authors"] == merged(cards)["authors"]


def test_folding_is_idempotent_per_sighting():
    state = merge.new_publication_state("pub-1")
    assert merge.fold_publication(state, card(0, names=("Q R", "A B")))
    for _ in range(5):
        assert not merge.fold_publication(state, card(0, names=("Q R", "A B")))
    assert merge.fold_publication(state, card(1))
    assert merge.fold_publication(state, card(2))
    assert [a["name"] for a in merge.publication_record(state)["authors"]] == ["A B", "C D"]


def test_abstract_comes_from_whichever_card_had_it_and_complete_beats_truncated():
    record = merged(
        [
            card(0),
            card(1, abstract="Cut at a formula $x", abstract_complete=False),
            card(2, abstract="The whole abstract.", abstract_complete=True),
            card(3, abstract="Cut at a formula $x", abstract_complete=False),
        ]
    )
    assert (record["abstract"], record["abstract_complete"]) == ("The whole abstract.", True)
    assert "abstract_truncated" not in record["quality_flags"]
    only_cut = merged([card(0, abstract="Cut $x", abstract_complete=False)])
    assert only_cut["abstract_complete"] is False
    assert "abstract_truncated" in only_cut["quality_flags"]
    assert merged([card(0)])["abstract"] is None


def test_largest_declared_count_and_completeness():
    record = merged([card(0, declared_author_count=4), card(1, declared_author_count=3)])
    assert record["declared_author_count"] == 4
    assert record["authors_complete"] is False
    assert "author_count_mismatch" in record["quality_flags"]
    assert merged([card(0)])["authors_complete"] is True
    assert merged([card(0)])["declared_author_count"] is None


def test_most_precise_date_and_every_profile_and_source():
    record = merged([card(0, published="2018"), card(1, published="2018-06-21"), card(2, published="2018-06")])
    assert record["published"] == "2018-06-21"
    assert record["profile_ids"] == ["mila:p0", "mila:p1", "mila:p2"]
    assert len(record["source_urls"]) == 3


def test_title_variants_merge_to_the_form_seen_most_without_period():
    cards = [card(0, title="Evaluating Numeracy"), card(1, title="Evaluating Numeracy"), card(2, title="Evaluating numeracy")]
    record = merged(cards)
    assert record["title"] == "Evaluating Numeracy"
    assert "title_variants" in record["quality_flags"]


def test_a_link_seen_on_any_card_gives_the_author_a_profile_id():
    linked = card(1)
    linked["authors"][1]["profile_id"] = "mila:c-d"
    record = merged([card(0), linked])
    assert record["authors"] == [{"name": "A B", "profile_id": None}, {"name": "C D", "profile_id": "mila:c-d"}]


def linked_card(n, names, links, **fields):
    result = card(n, names=names, **fields)
    for author, link in zip(result["authors"], links):
        author["profile_id"] = link
    return result


def test_a_link_belongs_to_its_entry_not_to_every_author_of_that_name():
    # Two authors shown as "Wei Zhang", only the second linked: the first gets no link.
    record = merged([linked_card(0, ("Wei Zhang", "A B", "Wei Zhang"), (None, None, "mila:wei-zhang"))])
    assert [a["profile_id"] for a in record["authors"]] == [None, None, "mila:wei-zhang"]


def test_two_members_with_one_display_name_keep_their_own_profiles_across_sightings():
    names = ("Wei Zhang", "A B", "Wei Zhang")
    cards = [linked_card(0, names, ("mila:wei-zhang", None, "mila:wei-zhang-1")),
             linked_card(1, names, (None, None, "mila:wei-zhang-1")),
             linked_card(2, names, ("mila:wei-zhang", None, None))]
    for order in (cards, cards[::-1]):
        record = merged(order)
        assert [a["profile_id"] for a in record["authors"]] == ["mila:wei-zhang", None, "mila:wei-zhang-1"]


def test_a_link_seen_on_another_list_is_taken_only_when_unambiguous():
    shorter = linked_card(0, ("A B", "C D"), (None, "mila:c-d"))
    longer = [card(n, names=("A B", "C D", "E F")) for n in (3, 4)]  # seen most, never linked
    assert [a["profile_id"] for a in merged([shorter, *longer])["authors"]] == [None, "mila:c-d", None]
    # The name linked to two profiles elsewhere: which one this entry is, is unknown.
    two = [linked_card(5, ("C D", "X"), ("mila:c-d", None)), linked_card(6, ("C D", "Y"), ("mila:c-d-2", None))]
    assert [a["profile_id"] for a in merged([*two, *longer])["authors"]] == [None, None, None]


def test_a_state_written_before_links_belonged_to_entries_still_folds():
    state = merge.new_publication_state("pub-0000000000000000")
    merge.fold_publication(state, card(0))
    for variant in state["author_variants"].values():
        del variant["links"]
    state["links"] = {"C D": "mila:c-d"}
    merge.fold_publication(state, card(1))
    assert [a["profile_id"] for a in merge.publication_record(state)["authors"]] == [None, "mila:c-d"]


def test_citation_text_is_kept_and_flagged():
    record = merged([card(0, names=("Stella Biderman", "Sean Welleck. 2024", "Llemma"))])
    assert [a["name"] for a in record["authors"]] == ["Stella Biderman", "Sean Welleck. 2024", "Llemma"]
    assert "authors_contain_citation_text" in record["quality_flags"]
    assert record["citation_text_authors"] == [2, 3]  # which entries: 1 is the first author


def test_profile_fold_keeps_every_source_url():
    first = merge.fold_profile(None, {"id": "mila:a", "name": "A", "source_url": "http://x/en/directory/a"})
    second = merge.fold_profile(first, {"id": "mila:a", "name": "A.", "source_url": "http://x/en/person/a"})
    record = merge.profile_record(second, publication_count=2)
    assert record["name"] == "A." and record["publication_count"] == 2
    assert record["source_urls"] == ["http://x/en/directory/a", "http://x/en/person/a"]


def test_damaged_text_never_wins_over_good_text_however_often_seen():
    good, bad = "Air Quality in Montréal", "Air Quality in MontrÃ©al"
    cards = [card(0, title=bad, abstract="Ã‰tude complete.", abstract_complete=True, names=("Ã‰ric B",)),
             card(1, title=bad, abstract="Ã‰tude complete.", abstract_complete=True, names=("Ã‰ric B",)),
             card(2, title=good, abstract="Étude complete.", abstract_complete=True, names=("Éric B",))]
    record = merged(cards)
    assert (record["title"], record["abstract"]) == (good, "Étude complete.")
    assert [a["name"] for a in record["authors"]] == ["Éric B"]
    assert "text_damaged" not in record["quality_flags"]


def test_a_record_with_only_damaged_text_keeps_it_and_is_flagged():
    record = merged([card(0, title="Caf\ufffd Study")])
    assert record["title"] == "Caf\ufffd Study" and "text_damaged" in record["quality_flags"]


def test_a_damaged_profile_sighting_never_replaces_a_good_one():
    good = {"id": "mila:x", "name": "Éloïse Bérubé", "source_url": "http://x/a"}
    bad = {"id": "mila:x", "name": "Ã‰loÃ¯se BÃ©rubÃ©", "source_url": "http://x/b"}
    state = merge.fold_profile(merge.fold_profile(None, good), bad)
    assert state["record"]["name"] == "Éloïse Bérubé" and state["source_urls"] == ["http://x/a", "http://x/b"]
    assert merge.fold_profile(merge.fold_profile(None, bad), good)["record"]["name"] == "Éloïse Bérubé"


def test_two_papers_with_one_title_and_no_author_in_common_are_two_publications():
    workshop = [card(n, title="Introduction", names=("Ada Byron", "Wei Zhang"), abstract="On graphs.",
                     abstract_complete=True) for n in (0, 3)]
    journal = [card(n, title="Introduction", names=("Noah Roy", "Inès Benali"), published="2021") for n in (1, 4)]
    split = records(workshop + journal)
    assert [[a["name"] for a in r["authors"]] for r in split] == [["Ada Byron", "Wei Zhang"], ["Noah Roy", "Inès Benali"]]
    assert [r["abstract"] for r in split] == ["On graphs.", None] and [r["published"] for r in split] == [None, "2021"]
    assert [r["sightings"] for r in split] == [2, 2]
    assert all("title_shared" in r["quality_flags"] and "author_list_variants" not in r["quality_flags"] for r in split)
    assert len({r["id"] for r in split}) == 2 and text.publication_id("Introduction") not in {r["id"] for r in split}
    # Stable: the same ids whatever order the cards came in.
    assert [r["id"] for r in records((journal + workshop)[::-1])] == [r["id"] for r in split]


def test_a_spelling_variant_of_the_one_author_still_merges():
    cards = [card(0, names=("Md. Mostofa Ali Patwary",)), card(1, names=("Mostofa Ali Patwary",)),
             card(2, names=("Md. Mostofa Ali Patwary",))]
    (record,) = records(cards)
    assert record["id"] == text.publication_id(cards[0]["title"]) and record["sightings"] == 3
    assert "title_shared" not in record["quality_flags"]


def test_a_card_without_authors_goes_with_the_publication_seen_most():
    cards = [card(0, names=()), card(1, names=("A B",)), card(2, names=("A B",)), card(3, names=("X Y",))]
    split = records(cards)
    assert [r["sightings"] for r in split] == [3, 1]


def test_a_state_folded_before_sightings_were_kept_by_author_list_still_exports():
    state = merge.new_publication_state("pub-0000000000000000")
    merge.fold_publication(state, card(0, abstract="Kept.", abstract_complete=True))
    variant = next(iter(state["author_variants"].values()))
    old = {key: value for key, value in state.items() if key != "format"}
    for name, value in variant.pop("aggregates").items():
        old[name] = value
    merge.fold_publication(old, card(1, abstract="Kept.", abstract_complete=True))
    (record,) = merge.publication_records(old)
    assert (record["abstract"], record["sightings"]) == ("Kept.", 2)


def test_a_whole_list_from_a_detail_page_beats_cut_lists_seen_more_often():
    cut = [card(i, names=("A B", "C D"), declared_author_count=4) for i in range(3)]
    whole = card(9, names=("A B", "C D", "E F", "G H"), authors_complete=True, sighting_id="mila:p0/detail/abc",
                 field_sources={"authors": "detail_page", "title": "detail_page"})
    record = merged([*cut, whole])
    assert [a["name"] for a in record["authors"]] == ["A B", "C D", "E F", "G H"]
    assert record["authors_complete"] is True and record["declared_author_count"] == 4
    # the same title on cards and on the detail page: the richer source
    assert record["field_sources"] == {"title": "detail_page", "authors": "detail_page"}
    assert "author_count_mismatch" not in record["quality_flags"]
    assert merged(cut)["authors_complete"] is False  # without it: short of the declared count


def test_a_list_its_marker_says_is_cut_is_incomplete_until_a_page_gives_it_whole():
    cut = card(0, quality_flags=["authors_cut"])
    record = merged([cut])
    assert record["authors_complete"] is False and "authors_cut" in record["quality_flags"]
    whole = card(1, names=("A B", "C D", "E F"), authors_complete=True, sighting_id="mila:p0/detail/abc")
    record = merged([cut, whole])
    assert record["authors_complete"] is True and "authors_cut" not in record["quality_flags"]
    assert merged([card(0)])["authors_complete"] is True  # no marker: the list is the list
    # "… (see more)" with the hidden names following in the page: not known to be cut
    assert merged([card(0, quality_flags=["author_marker_without_count"])])["authors_complete"] is True


def test_a_title_read_from_structured_data_beats_scraped_ones():
    scraped = [card(i, title="Graph Nets for Physics.") for i in range(3)]
    structured = card(5, title="Graph nets for physics", field_sources={"title": "json-ld", "published": "json-ld"},
                      published="2024-03-15")
    record = merged([*scraped, structured])
    assert record["title"] == "Graph nets for physics"
    assert record["field_sources"] == {"title": "json-ld", "authors": "html", "published": "json-ld"}
    assert merged(scraped)["field_sources"] == {"title": "html", "authors": "html"}
