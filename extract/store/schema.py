"""Every table of the knowledge base, as data: columns and their types, foreign keys,
indexes and full-text search (the views are in ``views``). ``kb.KnowledgeBase`` creates them.

Table and column names here are a contract: users query them in Datasette and other tools
read them. The pipeline writes articles, facts, entities, mentions, runs and errors; only
reviewers write ``reviews``.
"""

from __future__ import annotations

from typing import Any

from ..lexicon import DATA_DIR, load

FACT_TABLES = {
    # fact table -> fact_type as shown in the `facts` view
    "status_events": "status_event",
    "person_roles": "person_role",
    "amounts": "amount",
    "dates": "date",
}
ARTICLE_TABLES = (*FACT_TABLES, "mentions")

_PROVENANCE = {
    "evidence": str,       # the sentence the fact came from
    "evidence_start": int,  # offset of that sentence in articles.text (NULL for metadata lines)
    "start_char": int,     # the fact's span in articles.text
    "end_char": int,
    "extractor": str,      # model or rule name
    "confidence": float,
}

# One row per real-world status event of a cluster (see ``history``).
HISTORY_SCHEMA = {
    "id": str, "summary": str, "cluster_id": str, "cluster": str, "status": str, "action": str,
    "date": str, "date_granularity": str, "granted_by": str,
    "position": int,        # place in the cluster's timeline: dated events by date, then undated ones
    "articles": int,        # how many articles report it
    "stories": int,         # how many independent stories (copies of one story count once)
    "outlets": str,         # JSON list of the outlets whose articles report it
    "first_reported": str,  # earliest publication date of those articles
    "conflict": int,        # 1: articles disagree on its date or on its outcome
    "confirmed": int, "rejected": int, "corrected": int,  # reports with that latest verdict
    "flags": str,           # comma-separated sequence.FLAGS it is part of ("lost" before "granted" ...)
}

# One row per period in which a cluster held a programme status (see ``sequence.periods``).
PERIODS_SCHEMA = {
    "id": str, "cluster_id": str, "cluster": str, "status": str,
    "since": str, "since_granularity": str,  # the first day it is known to hold the status
    "start": str, "start_granularity": str,  # the grant that began the period (NULL: not reported)
    "expected_end_min": str, "expected_end_max": str,  # from the programme's period lengths (at start_granularity)
    "ended": str, "ended_granularity": str, "how": str,  # when and how it ended (lost, period over,
    # succeeded); NULL while it lasts
    "history_id": str,        # the event that began it
}

SCHEMA: dict[str, dict[str, Any]] = {
    "articles": {
        "id": str, "source": str, "url": str, "title": str, "lead": str, "language": str,
        "published": str, "updated": str, "outlet": str, "authors": str, "text": str,
        "content_hash": str, "pipeline_version": str, "extracted_at": str,
        "lemmas": str,  # lemmas of its inflected words, for full-text search ("klyngen" -> "klynge")
        "notes": str,  # what parsing changed, e.g. "body truncated to 100000 characters"
    },
    "status_events": {
        "id": str, "article_id": str, "cluster": str, "cluster_id": str, "status": str,
        "action": str, "date": str, "date_granularity": str, "date_text": str,
        "date_source": str,  # text (the event's own words), context (the article), published
        "granted_by": str, "history_id": str,  # the status_history row of the real-world event
        **_PROVENANCE,
    },
    "status_history": HISTORY_SCHEMA,
    "status_periods": PERIODS_SCHEMA,
    "person_roles": {
        "id": str, "article_id": str, "person": str, "role": str, "organization": str, "former": int,
        **_PROVENANCE,
    },
    "amounts": {
        "id": str, "article_id": str, "text": str, "value": float,
        "value_high": float,  # the upper end of a range ("mellom 12 og 14 milliarder"); value is the lower
        "currency": str, "unit": str, "qualifier": str, "period": str, "measure": str,
        "cluster": str, "cluster_id": str,  # the cluster of the status event whose clause states it
        **_PROVENANCE,
    },
    "dates": {
        "id": str, "article_id": str, "text": str, "value": str, "granularity": str,
        **_PROVENANCE,
    },
    "entities": {"id": str, "type": str, "name": str, "aliases": str},
    "mentions": {
        "id": str, "article_id": str, "entity_id": str, "label": str, "text": str,
        "start_char": int, "end_char": int, "source": str, "confidence": float,
    },
    "reviews": {
        "id": int, "fact_id": str, "fact_type": str, "verdict": str, "correction": str,
        "reviewer": str, "reviewed_at": str, "note": str,
        "undone_at": str,  # when its reviewer took it back (kept for the audit; fact_reviews leaves it out)
    },
    # Articles with the same or nearly the same text are copies of one story (see ``stories``).
    "stories": {"id": str, "title": str, "first_published": str, "copies": int, "outlets": str},
    "story_copies": {
        "id": str,            # the article
        "story_id": str,
        "matched": str,       # the stored copy it was found to match (NULL: it started the story)
        "similarity": float,  # estimated Jaccard similarity of their word shingles
        "signature": bytes,   # its MinHash signature (the LSH index is rebuilt from these if lost)
    },
    # A fact of a story with several copies: the copies' identical facts are one story fact,
    # reviewed once (a verdict on any of them covers all).
    "story_facts": {"id": str, "article_id": str, "story_id": str, "story_fact_id": str, "fact_type": str},
    "runs": {
        "id": str, "started_at": str, "ended_at": str, "pipeline_version": str,
        "model_version": str, "inputs": str, "read": int, "new": int, "changed": int,
        "reextracted": int, "skipped": int, "not_articles": int, "failed": int,
    },
    "errors": {
        "id": int, "run_id": str, "source": str, "stage": str, "message": str,
        "occurred_at": str,
    },
}

# table -> column -> the values it may take (extract/data/vocabularies.yaml)
VOCABULARIES: dict[str, dict[str, list[str]]] = load(DATA_DIR, "vocabularies")
# Columns holding an ISO date (the start of the period their granularity names) -> the
# column holding that granularity.
ISO_DATE_COLUMNS = {("status_events", "date"): "date_granularity", ("dates", "value"): "granularity",
                    ("status_history", "date"): "date_granularity"}

# Declared so Datasette links rows and shows labels (entities.name, articles.title).
FOREIGN_KEYS = [
    *((table, "article_id", "articles", "id") for table in ARTICLE_TABLES),
    ("status_events", "history_id", "status_history", "id"),
    ("status_events", "cluster_id", "entities", "id"),
    ("amounts", "cluster_id", "entities", "id"),
    ("status_history", "cluster_id", "entities", "id"),
    ("status_periods", "cluster_id", "entities", "id"),
    ("status_periods", "history_id", "status_history", "id"),
    ("mentions", "entity_id", "entities", "id"),
    ("errors", "run_id", "runs", "id"),
    ("story_copies", "id", "articles", "id"),
    ("story_copies", "story_id", "stories", "id"),
    ("story_facts", "article_id", "articles", "id"),
    ("story_facts", "story_id", "stories", "id"),
]
INDEXES = [
    *((table, ["article_id"]) for table in ARTICLE_TABLES),
    ("mentions", ["entity_id"]),
    ("reviews", ["fact_id"]),
    ("status_events", ["cluster"]),
    ("person_roles", ["organization"]),
    ("status_events", ["cluster_id"]),
    ("status_events", ["history_id"]),
    ("status_history", ["cluster_id"]),
    ("status_periods", ["cluster_id"]),
    ("story_copies", ["story_id"]),
    ("story_facts", ["story_id"]),
    ("story_facts", ["story_fact_id"]),
    ("story_facts", ["article_id"]),
]
# table -> the columns its full-text index covers (lemmas: "klynge" finds "klyngene")
FULL_TEXT = {"articles": ["title", "text", "lemmas"]}

# The cache of raw documents an incremental run has seen (see ``rawcache``); its key is
# the raw document's hash, so it is created apart from SCHEMA's tables keyed by ``id``.
RAW_DOCUMENTS = "raw_documents"
RAW_DOCUMENTS_SCHEMA = {"raw_hash": str, "article_id": str, "content_hash": str, "pipeline_version": str}
# The persisted LSH index of the story signatures: one row per band of each copy's signature.
STORY_BANDS = "story_bands"
STORY_BANDS_SCHEMA = {"band": int, "article_id": str}
