"""A census of who a knowledge base calls a person, an author or a journalist.

Counts, over every article of a KB (e.g. one built from the 403 NorQuAD articles):
- person names with a capitalised title or common noun at an edge ("Thorleif Berthelsen
  Styremedlem", "En Drøm Christopher Langeland");
- person names that the data lists as not people (outlets, agencies, clubs, places,
  countries), or one-word names that are common nouns ("Status", "Arenaklynge");
- agencies and outlets stored as authors, or as a journalist or photographer.

    .venv/bin/python scripts/census_people.py KB.db [-v]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "annotate" / "data"
LEXICON = ROOT / "extract" / "backbone" / "data" / "lemma_lexicon.tsv"
CREDIT_ROLES = ("journalist", "fotograf", "foto")
NOT_PEOPLE_LISTS = ("outlets", "agencies", "clubs", "places", "countries")
EDGE_FUNCTION_WORDS = {"en", "ei", "et", "ein", "eit", "den", "det", "de", "dei", "han", "hun", "ho", "the"}


def load(name: str) -> dict:
    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def common_nouns() -> set[str]:
    """Lower-case forms NorNE's train files tag NOUN and never PROPN."""
    nouns, names = set(), set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#"):
            (nouns if parts[1] == "NOUN" else names if parts[1] == "PROPN" else set()).add(parts[0])
    return nouns - names


def title_words() -> tuple[set[str], tuple[str, ...]]:
    """Titles written out in roles.yaml, and the heads a title compound ends in ("-leder")."""
    data = load("roles")
    heads = tuple(str(h).lower() for h in [*data["title_heads"], *data["compound_heads"]])
    return {str(t).lower() for t in data["titles"]}, heads


def glued_edge(name: str, titles: tuple[set[str], tuple[str, ...]]) -> bool:
    """A capitalised title ("Styremedlem", "KAPTEIN"), or a determiner ("En"), at an edge."""
    words = name.split()
    if len(words) < 2:
        return False
    written, heads = titles
    last_is_title = len(words[-1]) > 4 and words[-1].lower().endswith(heads)
    return (last_is_title or any(w.lower() in written or w.isupper() and len(w) > 3 for w in (words[0], words[-1]))
            or words[0].lower() in EDGE_FUNCTION_WORDS)


def census(db: Path) -> dict[str, list[str]]:
    names = load("names")
    not_people = {n.lower() for key in NOT_PEOPLE_LISTS for n in names[key]}
    agencies = {n.lower() for key in ("outlets",) for n in names[key]} | {"ntb", "anb", "reuters"}
    nouns = common_nouns()
    titles = title_words()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    people = [row[0] for row in conn.execute(
        "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE lower(e.type) IN ('person', 'per')")]
    people += [row[0] for row in conn.execute("SELECT DISTINCT person FROM person_roles WHERE person IS NOT NULL")]
    people = sorted(set(people))
    given_names = {p.split()[0] for p in people if " " in p}  # "Aksel" of "Aksel Lund Svindal" is a name
    authors = [a for (value,) in conn.execute("SELECT authors FROM articles") for a in json.loads(value or "[]")]
    credited = [f"{p} ({r})" for p, r in conn.execute(
        f"SELECT person, role FROM person_roles WHERE role IN ({','.join('?' * len(CREDIT_ROLES))})", CREDIT_ROLES)
        if p and p.lower() in agencies]
    return {
        "person names with a title or common noun at an edge": [p for p in people if glued_edge(p, titles)],
        "listed non-people stored as people": [p for p in people if p.lower() in not_people],
        "one-word common nouns stored as people": [p for p in people if " " not in p and p.lower() in nouns
                                                   and p not in given_names],
        "agencies stored as authors": sorted(a for a in authors if a.lower() in agencies or
                                             a.split("-")[0].lower() in agencies),
        "agencies stored as journalist or photographer": credited,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the names")
    args = parser.parse_args()
    for what, found in census(args.db).items():
        print(f"{len(found):5d}  {what}" + (f": {', '.join(found)}" if args.verbose and found else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
