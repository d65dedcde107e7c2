"""Photo credits missed in captions on unseen news (session 23), Bokmål and Nynorsk, invented names:
a credited surname written in lower case ("(Foto: Eirik strand)"); a cued name run into the caption after
it, whose first word is a body ("FOTO: Siv Remøy-Vangen Politiet i Bergen leita ..."); a name and a comma
opening a line that ends in "/ AGENCY", whatever the photographer's own agency or institution between them
("Pekka Virtanen, Lehtikuva / NTB scanpix", "..., Institute of Marine Research via AP / NTB scanpix")."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, person", [
    ("Skolen ble stengt i går. (Foto: Eirik strand)\nElevene fikk fri.", "Eirik strand"),
    ("Skulen vart stengd i går. (Foto: Eirik strand)\nElevane fekk fri.", "Eirik strand"),
])
def test_a_credited_surname_in_lower_case(annotate_full, text, person):
    assert (person, "fotograf", None) in roles(annotate_full(text))


@pytest.mark.parametrize("text, person", [
    ("Skolen ble stengt i går.\nFOTO: Siv Remøy-Vangen Politiet i Bergen lette etter en person på Nordnes.\n"
     "Det var store styrker på stedet.", "Siv Remøy-Vangen"),
    ("Skulen vart stengd i går.\nFOTO: Siv Remøy-Vangen Politiet i Bergen leita etter ein person på Nordnes.\n"
     "Det var store styrkar på staden.", "Siv Remøy-Vangen"),
    ("Skolen ble stengt.\nFOTO: Kari Hansen Politiet i Bergen lette etter en person.\nDet var store styrker der.",
     "Kari Hansen"),
    ("Skulen vart stengd.\nFOTO: Kari Hansen Politiet i Bergen leita etter ein person.\nDet var store styrkar der.",
     "Kari Hansen"),
])
def test_a_cued_name_before_a_caption_opened_by_a_body(annotate_full, text, person):
    assert roles(annotate_full(text)) == {(person, "fotograf", None)}


@pytest.mark.parametrize("text, person", [
    ("Laget vant finalen i går.\nPekka Virtanen, Lehtikuva / NTB scanpix\nDet var den første seieren på ti år.",
     "Pekka Virtanen"),
    ("Laget vann finalen i går.\nPekka Virtanen, Lehtikuva / NTB scanpix\nDet var den første sigeren på ti år.",
     "Pekka Virtanen"),
    ("Bildene er tatt i fjor.\nSergej Volkov, Institute of Marine Research via AP / NTB scanpix\n"
     "Funnet er stort.", "Sergej Volkov"),
    ("Bileta er tekne i fjor.\nSergej Volkov, Institute of Marine Research via AP / NTB scanpix\n"
     "Funnet er stort.", "Sergej Volkov"),
])
def test_a_name_and_comma_opening_a_line_that_ends_in_an_agency(annotate_full, text, person):
    assert roles(annotate_full(text)) == {(person, "fotograf", None)}
