"""A name of several words in the genitive before a titled name is an organisation's when its first
word is no first name the data knows and the article never writes it as a person's without the -s:
"Vestby Engineerings leder Kari Holm", "Redd Barnas generalsekretær, Ola Dal" (the model tags many
such names as people's)."""

from __future__ import annotations

from spacy.tokens import Token

from ...backbone.names import known_first_name

_MAX_WORDS = 4


def genitive_organization_start(token: Token, parts: list[str]) -> int | None:
    """Where the organisation's name in the genitive that ends at ``token`` starts, or None."""
    doc, i = token.doc, token.i
    if parts[i] != "NAME" or not token.text.endswith("s") or len(token) < 3:
        return None
    after = i + 1
    while after < len(doc) and parts[after] == "TITLE":
        after += 1
    if after == i + 1 or after == len(doc) or not (parts[after] == "NAME" or doc[after].text == ","):
        return None  # a title and a name (or a comma before it) follow: "X Ys leder Kari Holm"
    start = i
    while start > 0 and parts[start - 1] == "NAME" and i - start < _MAX_WORDS - 1 and not doc[start - 1].is_space:
        start -= 1
    bare = " ".join([*(t.text for t in doc[start:i]), token.text[:-1]])
    if start == i or known_first_name(doc[start].text) or start > 0 and parts[start - 1] == "TITLE" \
            or any(e.label_ == "PER" and e.text == bare for e in doc.ents):
        return None  # "Kari Holms rådgiver", "president Ola Dals rådgiver", a person the article names
    return start
