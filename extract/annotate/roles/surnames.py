"""A person named again by the last word of the name before a title held in an organisation:
"Geir Solmo er valgt. Solmo er til daglig prosjektleder i Nofima"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import doc_text


def mark_surnames(doc: Doc, parts: list[str]) -> None:
    """A capitalised word no entity or part covers that is the last word of a person's name the
    article writes in full (two words or more) is a NAME where a title and then an organisation
    follow in its sentence (not "Riiber er kombinertløper": an occupation alone the article may not
    mean as a role)."""
    full = [ent[-1].text for ent in doc.ents if ent.label_ == "PER" and len(ent) > 1 and ent[-1].is_title]
    surnames = {name for name in full if doc_text(doc).count(name) > full.count(name)}  # written alone somewhere
    if not surnames:
        return
    for token in doc[:-1]:
        if token.text in surnames and not parts[token.i] and not token.ent_type_:
            after = parts[token.i + 1:token.sent.end]
            if "TITLE" in after and "ORG" in after[after.index("TITLE"):]:
                parts[token.i] = "NAME"
