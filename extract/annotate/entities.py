"""Where a rule knows better than the statistical NER model, the rule's span wins in ``doc.ents``."""

from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401


def prefer_rule_entities(doc: Doc, spans: list[Span], label: str, rule: str) -> None:
    """Replace the model's entities that overlap ``spans`` by ``spans`` labelled ``label``,
    marked with ``span._.rule`` so their provenance names the rule, not the model.

    Only when a model has annotated entities; ``spans`` must not overlap each other.
    """
    if not spans or not doc.has_annotation("ENT_IOB"):
        return
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    added = [Span(doc, s.start, s.end, label=label) for s in spans]
    for span in added:
        span._.rule = rule
    doc.ents = kept + added
