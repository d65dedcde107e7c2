"""A person named again by the last word of the name: "Geir Solmo er valgt. Solmo er til daglig
prosjektleder i Nofima"."""

from __future__ import annotations

from spacy.tokens import Doc


def mark_surnames(doc: Doc, parts: list[str]) -> None:
    """A capitalised word no entity or part covers that is the last word of a person's name the
    article writes in full (two words or more) is a NAME: that person."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1 and ent[-1].is_title}
    if not surnames:
        return
    for token in doc:
        if token.text in surnames and not parts[token.i] and not token.ent_type_:
            parts[token.i] = "NAME"
