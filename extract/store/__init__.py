"""Store stage: Facts -> the knowledge base, a SQLite file built with sqlite-utils.

``schema`` declares every table, ``views`` every view (the reviewed facts among them),
``kb`` opens and writes the knowledge base, ``history`` merges status events across
articles into ``status_history``, ``rawcache`` lets an incremental run skip raw
documents it has seen.
"""

from ..types import Facts
from .kb import (DEFAULT_DB, DiskFull, KnowledgeBase, NotAKnowledgeBase, article_row, bring_up_to_date,
                 check_knowledge_base, is_disk_full, now, stored_article_count, unusable_reason)
from .schema import ARTICLE_TABLES, FACT_TABLES, ISO_DATE_COLUMNS, SCHEMA, VOCABULARIES

__all__ = ["ARTICLE_TABLES", "DEFAULT_DB", "FACT_TABLES", "ISO_DATE_COLUMNS", "SCHEMA", "VOCABULARIES", "DiskFull",
           "Facts", "KnowledgeBase", "NotAKnowledgeBase", "article_row", "bring_up_to_date", "check_knowledge_base",
           "is_disk_full", "now", "stored_article_count", "unusable_reason"]
