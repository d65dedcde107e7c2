"""Stories: articles with the same or nearly the same text are copies of one story.

The same text read from several files or containers (.txt, .gz, a tar member, a WARC
record), a wire story (NTB) printed by several outlets, an updated version: each copy
is an article of its own, with its own provenance, and all of them are one story.

Copies are found with MinHash signatures (datasketch) of the text's word shingles and
locality-sensitive hashing: the signature is cut into the bands datasketch's
``MinHashLSH`` chooses for ``THRESHOLD``; two articles sharing a band are candidates,
and a candidate whose estimated Jaccard similarity reaches ``THRESHOLD`` is a copy.
The bands are kept in ``story_bands`` (an index SQLite answers from disk, so millions
of articles need no index in memory) and the signatures in ``story_copies``. The
single writer places each article as it stores it, so a later run adds copies to the
stories already stored. Plain functions on a sqlite3 connection; the caller commits.

Identical facts of the copies of a story (same type, same judged fields, same
occurrence) are one story fact (``story_facts``): the review queue shows it once and a
verdict on any copy covers all of them (the ``fact_reviews`` view).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import struct
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from ..types import NOT_JUDGED, stable_id
from .schema import FACT_TABLES, SCHEMA, STORY_BANDS, STORY_BANDS_SCHEMA

if TYPE_CHECKING:  # (datasketch is imported when first used: it takes a second, `newsfacts --help` none)
    from datasketch import LeanMinHash

SHINGLE_WORDS = 4  # words per shingle
NUM_PERM = 128     # MinHash permutations
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme: fixed so stored signatures stay comparable
THRESHOLD = 0.4    # estimated Jaccard similarity from which two texts are one story (see docs/stories.md)
MAX_CANDIDATES = 200  # stored copies compared with a new article (those sharing most bands)
_WORD = re.compile(r"\w+")
# The columns of each fact table that make two copies' facts the same fact.
_JUDGED = {table: [c for c in SCHEMA[table] if c not in NOT_JUDGED | {"history_id"}] for table in FACT_TABLES}


def create_tables(conn: sqlite3.Connection) -> None:
    """The band index, keyed by (band, article): no rowid and no second index (a copy's rows
    are found again from its stored signature), about 1 KB per article."""
    columns = ", ".join(f"{name} {'INTEGER' if kind is int else 'TEXT'} NOT NULL"
                        for name, kind in STORY_BANDS_SCHEMA.items())
    conn.execute(f"CREATE TABLE IF NOT EXISTS {STORY_BANDS} ({columns},"
                 f" PRIMARY KEY ({', '.join(STORY_BANDS_SCHEMA)})) WITHOUT ROWID")


@cache
def bands() -> list[tuple[int, int]]:
    """(start, end) of each LSH band: those datasketch's MinHashLSH chooses for THRESHOLD."""
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges


def shingles(text: str) -> set[bytes]:
    """The text's word shingles: every run of SHINGLE_WORDS words, lower-cased (a text
    of fewer words is one shingle; an empty text has none)."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> LeanMinHash | None:
    """The MinHash signature of the text's shingles; None for a text without words."""
    from datasketch import LeanMinHash, MinHash

    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(sorted(found))
    return LeanMinHash(minhash)


def to_bytes(sig: LeanMinHash) -> bytes:
    """The signature as stored: its hash values as little-endian 32-bit integers."""
    return sig.hashvalues.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> LeanMinHash:
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=struct.unpack(f"<{len(blob) // 4}I", blob), scheme=SCHEME)


def band_keys(sig: LeanMinHash) -> list[int]:
    """One 63-bit key per LSH band: the band's number and its hash values."""
    keys = []
    for number, (start, end) in enumerate(bands()):
        digest = hashlib.blake2b(bytes([number]) + sig.hashvalues[start:end].astype("<u4").tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big") >> 1)
    return keys


def best_match(conn: sqlite3.Connection, article_id: str, sig: LeanMinHash,
               keys: list[int]) -> tuple[str, str, float] | None:
    """(article id, story id, similarity) of the stored copy most like ``sig``, if any
    reaches THRESHOLD; candidates are the copies sharing an LSH band (``keys``) with it."""
    candidates = conn.execute(
        f"SELECT b.article_id, c.story_id, c.signature FROM (SELECT article_id, count(*) AS shared FROM {STORY_BANDS}"
        f" WHERE band IN ({', '.join('?' * len(keys))}) AND article_id != ? GROUP BY article_id"
        f" ORDER BY shared DESC, article_id LIMIT {MAX_CANDIDATES}) b JOIN story_copies c ON c.id = b.article_id",
        [*keys, article_id]).fetchall()
    scored = sorted((-sig.jaccard(from_bytes(blob)), other, story) for other, story, blob in candidates if blob)
    if not scored or -scored[0][0] < THRESHOLD:
        return None
    similarity, other, story = scored[0]
    return other, story, -similarity


def place(conn: sqlite3.Connection, article_id: str, text: str) -> set[str]:
    """Put a stored article into its story (a stored copy's, or a new one) and refresh the
    stories it joined or left; returns their ids."""
    old = conn.execute("SELECT story_id, signature FROM story_copies WHERE id = ?", [article_id]).fetchone()
    if old and old[1]:
        conn.executemany(f"DELETE FROM {STORY_BANDS} WHERE band = ? AND article_id = ?",
                         [(key, article_id) for key in band_keys(from_bytes(old[1]))])
    sig = signature(text)
    keys = band_keys(sig) if sig is not None else []
    match = best_match(conn, article_id, sig, keys) if sig is not None else None
    matched, story_id, similarity = match or (None, stable_id("story", article_id), None)
    conn.execute("INSERT OR REPLACE INTO story_copies (id, story_id, matched, similarity, signature)"
                 " VALUES (?, ?, ?, ?, ?)", [article_id, story_id, matched, similarity,
                                             to_bytes(sig) if sig is not None else None])
    conn.executemany(f"INSERT INTO {STORY_BANDS} (band, article_id) VALUES (?, ?)",
                     [(key, article_id) for key in keys])
    changed = {story_id} | ({old[0]} if old else set())
    for story in changed:
        refresh(conn, story)
    return changed


def refresh(conn: sqlite3.Connection, story_id: str) -> None:
    """Rewrite a story's row (title, first publication, copies, outlets) and its story facts."""
    copies = conn.execute("SELECT a.id, a.title, a.published, a.outlet FROM story_copies c"
                          " JOIN articles a ON a.id = c.id WHERE c.story_id = ?"
                          " ORDER BY a.published IS NULL, a.published, a.id", [story_id]).fetchall()
    conn.execute("DELETE FROM story_facts WHERE story_id = ?", [story_id])
    if not copies:
        conn.execute("DELETE FROM stories WHERE id = ?", [story_id])
        return
    outlets = sorted({outlet for *_, outlet in copies if outlet})
    first = next((published for _, _, published, _ in copies if published), None)
    conn.execute("INSERT OR REPLACE INTO stories (id, title, first_published, copies, outlets) VALUES (?, ?, ?, ?, ?)",
                 [story_id, copies[0][1], first, len(copies), json.dumps(outlets, ensure_ascii=False)])
    if len(copies) > 1:
        conn.executemany("INSERT INTO story_facts (id, article_id, story_id, story_fact_id, fact_type)"
                         " VALUES (?, ?, ?, ?, ?)", story_facts(conn, story_id, [c[0] for c in copies]))


def story_facts(conn: sqlite3.Connection, story_id: str, copies: list[str]) -> list[tuple]:
    """(fact id, article id, story id, story fact id, fact type) for every fact of the
    copies, given in order: a story fact is named after its fact in the first copy holding it."""
    first: dict[tuple, str] = {}
    found = []
    for article_id in copies:
        for table, fact_type in FACT_TABLES.items():
            columns = ", ".join(f"[{c}]" for c in _JUDGED[table])
            seen: Counter = Counter()
            for fact_id, *values in conn.execute(f"SELECT id, {columns} FROM [{table}] WHERE article_id = ?"
                                                 " ORDER BY start_char, id", [article_id]):
                key = (table, *values)
                seen[key] += 1
                story_fact = first.setdefault((*key, seen[key]), fact_id)
                found.append((fact_id, article_id, story_id, story_fact, fact_type))
    return found


def unplaced(conn: sqlite3.Connection) -> list[str]:
    """Ids of stored articles in no story yet (a knowledge base from before stories), oldest first."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_copies c WHERE c.id = a.id)"
        " ORDER BY published IS NULL, published, id")]
