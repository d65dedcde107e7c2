"""Cluster names written as a brand that opens with a digit or a lower-case letter ("7sterke",
"eSmart", "iKuben"), not a capitalised word: a name only where the word for cluster stands right
before it ("klyngen 7sterke", "Industriklyngen 7sterke"). The span covers that word too, so a
nickname before the brand ("Industriklyngen") is no cluster of its own; the canonical name is the brand."""

from __future__ import annotations

import re

from extract.lexicon import alternation

BRAND_WORD = r"(?:\d+[a-zæøå][\wæøå]*|[a-zæøå][A-ZÆØÅ][\wæøåÆØÅ]*)"  # "7sterke", "eSmart", "iKuben"


def brand_after_cue(data: dict) -> re.Pattern:
    """The regex of a brand after a cue word or a nickname ending in the word for cluster (``data``:
    ``data/clusters.yaml``), with the groups ``whole`` (from the cue) and ``name`` (the brand)."""
    cue = rf"(?i:{alternation(data['cue_words'])}|[\wæøå]+-?{alternation(data['nickname_endings'])})"
    return re.compile(rf"(?<![\wæøåÆØÅ-])(?P<whole>{cue} (?P<name>{BRAND_WORD}))(?![\wæøåÆØÅ-])")
