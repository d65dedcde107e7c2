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
