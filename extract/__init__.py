"""newsfacts: Norwegian news articles -> a SQLite knowledge base of checkable facts.

Data flows one way, one subpackage per stage:
read (dump formats) -> parse (article + metadata) -> annotate (spaCy pipeline)
-> facts (normalised, with provenance) -> store (sqlite-utils) -> serve (Datasette).
"""

__version__ = "0.1.0"
