"""The name genders newsfacts_ud_tags gives Nynorsk names (extract/backbone/names.py)."""

from extract.backbone.names import build_name_genders, name_genders


def test_shipped_name_genders_are_what_the_train_data_gives(data_dir):
    assert build_name_genders(data_dir) == name_genders()


def test_first_names_and_definite_place_names_have_their_gender():
    genders = name_genders()
    assert (genders["Berit"], genders["Arne"], genders["Akerselva"]) == ("Fem", "Masc", "Fem")
    assert "Bergen" not in genders  # NDT gives most place names no gender
