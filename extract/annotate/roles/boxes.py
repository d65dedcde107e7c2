"""The organisation of a fact box: "Spanias herrelandslag i fotball / Trener: Robert Moreno. /
Kaptein: Sergio Ramos" gives each labelled person the box's heading as organisation."""

from __future__ import annotations

from spacy.tokens import Span

_HEADING_LABELS = frozenset({"ORG", "GPE_ORG", "GPE_LOC", "GPE", "LOC"})
_VERBS = frozenset({"VERB", "AUX"})
_MAX_HEADING = 8  # tokens


def box_heading(label: Span) -> str | None:
    """The heading above the run of "Label: value" lines ``label`` stands in: the line before
    them, short, with no verb and no full stop, naming an organisation or place; else None, also
    for a caption's label ("SJEF: Kari Holm samler spillerne": a verb, no box line)."""
    doc = label.doc
    sent = label.sent
    if any(t.pos_ in _VERBS for t in sent):
        return None
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        if not before.text.strip() or _label_line(before):
            sent = before
            continue
        return before.text.strip() if _heading(before) else None
    return None


def _label_line(sent: Span) -> bool:
    """"Trener: Robert Moreno.", "Daglig leder: Kari Hansen.": a label of one to three words
    opening with a capital, a colon and a value."""
    words = [t for t in sent if not t.is_space]
    colon = next((i for i, t in enumerate(words[:4]) if t.text == ":"), None)
    return colon is not None and 0 < colon < len(words) - 1 and words[0].text[:1].isupper()


def _heading(sent: Span) -> bool:
    """"Spanias herrelandslag i fotball": two to eight words opening with a name, no verb, no stop,
    no person's name ("Kari Holm – en gentleman" is a headline)."""
    words = [t for t in sent if not t.is_space]
    return 1 < len(words) <= _MAX_HEADING and words[-1].text not in {".", ":", "!", "?"} \
        and not any(t.pos_ in _VERBS or t.ent_type_ == "PER" for t in words) \
        and (words[0].pos_ == "PROPN" or words[0].ent_type_ in _HEADING_LABELS)
