"""An article's authors are its journalists, as people; a publishing system's user named in
lower case ("Skrevet av linn") is an author but names no person."""

from __future__ import annotations

import pytest

from extract.api import facts_from_file

BODY = "Klyngen har fått status som Arena i tre år, og medlemmene har investert i nye prosjekter sammen."


@pytest.mark.parametrize("byline, author, journalists", [
    ("Skrevet av linn", "linn", set()),
    ("Skrive av ingrid.bo", "ingrid.bo", set()),
    ("Skrevet av Linn Hansen", "Linn Hansen", {"Linn Hansen"}),
])
def test_a_user_in_lower_case_is_an_author_but_no_journalist(tmp_path, byline: str, author: str,
                                                             journalists: set) -> None:
    page = tmp_path / "side.txt"
    page.write_text("\n".join(["Eiermøte: NCE gir store muligheter", byline, BODY]), encoding="utf-8")
    [facts] = facts_from_file(page, model=None)
    assert facts["article"]["authors"] == [author]
    assert {row["person"] for row in facts["person_roles"] if row["role"] == "journalist"} == journalists


@pytest.mark.parametrize("title, date, body, role", [
    ("Communication Manager", "August 19, 2022", BODY, "communication manager"),  # English title on a Bokmål page
    ("Daglig leder", "19.08.2022", BODY, "daglig leder"),
    ("Kommunikasjonsrådgjevar", "19. august 2022",  # Nynorsk
     "Klynga har fått status som Arena i tre år, og medlemmene har investert i nye prosjekt saman.", "kommunikasjonsrådgjevar"),
    ("Senior Adviser", "March 1, 2022",
     "The cluster has been granted Arena status for three years, and its members have invested together.", "senior adviser"),
])
def test_a_title_between_a_bylines_name_and_its_date_is_the_writers_role(tmp_path, title: str, date: str, body: str,
                                                                           role: str) -> None:
    page = tmp_path / "side.txt"
    page.write_text("\n".join(["Klyngene samler seg om ny strategi", "Veslemøy Torvik", title, date, body]),
                    encoding="utf-8")
    [facts] = facts_from_file(page, model=None)
    assert facts["article"]["authors"] == ["Veslemøy Torvik"]
    assert {(row["person"], row["role"]) for row in facts["person_roles"]} == {("Veslemøy Torvik", role)}


def test_a_weekday_between_a_bylines_name_and_its_date_leaves_a_journalist(tmp_path) -> None:
    page = tmp_path / "side.txt"
    page.write_text("\n".join(["Klyngene samler seg om ny strategi", "Veslemøy Torvik", "Tirsdag", "06.02.24", BODY]),
                    encoding="utf-8")
    [facts] = facts_from_file(page, model=None)
    assert {(row["person"], row["role"]) for row in facts["person_roles"]} == {("Veslemøy Torvik", "journalist")}
