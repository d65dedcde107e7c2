"""Custom attributes the annotate components set on Docs and Spans.

Span groups the rule components fill (all offsets are into ``doc.text``):

- ``doc.spans["dates"]``    label DATE;   ``span._.date_value`` (ISO 8601, start of the period),
  ``span._.date_granularity`` (day, week, month, season, quarter, year, decade)
- ``doc.spans["amounts"]``  label MONEY or COUNT; ``span._.amount`` (dict: value, currency,
  unit, qualifier, period, measure)
- ``doc.spans["clusters"]`` label CLUSTER; ``span._.canonical`` (cluster name without prefix)
- ``doc.spans["roles"]``    label ROLE;   ``span._.role`` (dict: person, role, organization, former, rule)
- ``doc.spans["people"]``   label PER;    ``span._.canonical`` (a credit's "Pedersen, Terje" is "Terje Pedersen")
- ``doc.spans["mentions"]`` every entity mention, labelled with its type for the whole article;
  ``span._.canonical`` (the entity's name: a person's full name), ``span._.rule`` (source)
- ``doc.spans["events"]``   label EVENT;  ``span._.event`` (dict: cluster, status, action, ...)

``doc._.reference_date`` (ISO date or None) is what relative dates resolve against;
``doc._.language`` is ``"nb"``, ``"nn"`` or ``"en"`` (the rules read English text as they read Bokmål).

``token._.role_part`` is the part a token plays in the role patterns (TITLE, NAME, ORG,
FORMER, PARTY, UNIT or ""), set by the roles component before it applies them and read by
the entities component (a name after a TITLE). Each component's factory declares what it
assigns and requires (``nlp.analyze_pipes()`` checks the order).
"""

from spacy.tokens import Doc, Span, Token

from ..backbone.text import doc_text, text_holds_any  # noqa: F401  (the annotate components import them from here)

for _name in ("reference_date", "language", "article_id"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

for _name in ("date_value", "date_granularity", "amount", "canonical", "role", "event", "rule"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

if not Token.has_extension("role_part"):
    Token.set_extension("role_part", default="")

