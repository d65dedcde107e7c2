"""The title lexicon: base forms of inflected titles in both standards, and a bounded cache."""

import pytest

from extract.annotate.titles import TitleLexicon


@pytest.mark.parametrize("word, expected", [
    ("direktørene", ("direktør", True)),
    ("Leiaren", ("leiar", False)),
    ("helseminister", ("helseminister", False)),
    ("bilen", None),
    ("overlegane", ("overlege", True)),  # a Nynorsk plural drops the -e of the base
    ("fastlegar", ("fastlege", True)),
    ("overlegene", ("overlege", True)),
])
def test_base_form_and_number(word, expected):
    assert TitleLexicon().base(word) == expected


def test_the_cache_of_seen_words_stays_bounded():
    class Small(TitleLexicon):
        base_cache_size = 50

    lexicon = Small()
    for i in range(500):
        lexicon.base(f"ord{i}en")
    assert lexicon._cached_base.cache_info().currsize == 50
    assert lexicon.base("direktørene") == ("direktør", True)


@pytest.mark.parametrize("word", [
    "finansbyråd", "byrådet", "forretningsutvikler", "kulturutviklar", "familieterapeut", "barnepsykolog",
    "psykiater", "hjertespesialist", "pressevakt", "førstekonservator", "førsteamanuensis", "sjefforhandler",
    "sjefforhandlar", "senator", "senatoren", "filmregissør", "regissørene", "rapperen", "artisten", "billedkunstner",
    "biletkunstnar", "landskapsarkitekt", "filmprodusent", "historikar", "sivilingeniør", "skodespelaren",
    "sjukepleiar", "sykepleieren", "sokneprest", "biskopen",
])
def test_occupations_are_titles_in_both_standards(word):
    assert TitleLexicon().base(word) is not None


@pytest.mark.parametrize("word, expected", [
    ("styremedlemmene", ("styremedlem", True)),  # a doubled consonant before the plural ending
    ("styremedlemmer", ("styremedlem", True)),
    ("styremedlemmar", ("styremedlem", True)),
    ("medlemmene", None),  # members are no title
])
def test_a_plural_with_a_doubled_consonant(word, expected):
    assert TitleLexicon().base(word) == expected
