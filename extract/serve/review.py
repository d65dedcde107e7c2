"""Reading facts for review and recording verdicts; plain functions on a sqlite3 connection.

The plugin runs the readers through ``db.execute_fn`` and ``record_verdict`` through
``db.execute_write_fn``. Only the ``reviews`` table is ever written, and the verdict counts of ``status_history``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..store.history import rebuild
from ..store.views import CORRECTABLE, as_reviewed
from ..store import FACT_TABLES, ISO_DATE_COLUMNS, SCHEMA, VOCABULARIES, now
from .formats import choice_words, nb_amount, nb_date, nb_word, read_date, read_number
from .queue_order import CONFLICT, ORDER, QUEUED, REACH, STORY_FACT, WAITING

VERDICTS = ("confirmed", "rejected", "corrected")
FACT_TYPE_TABLES = {fact_type: table for table, fact_type in FACT_TABLES.items()}
EDITABLE = CORRECTABLE  # what a correction may change, per fact table
# What a fact cannot be without; a correction may not empty these.
REQUIRED = {"status_events": {"cluster", "status", "action"}, "person_roles": {"person", "role"},
            "amounts": {"text"}, "dates": {"text", "value", "granularity"}}
# A date's granularity goes with it: fact table -> (date column, its granularity column).
_DATED = {table: (column, granularity) for (table, column), granularity in ISO_DATE_COLUMNS.items()
          if table in FACT_TABLES}
# Examples of the date forms the pages write, one per granularity, for messages.
DATE_FORMS = ", ".join(nb_date(day, granularity) for day, granularity in (
    ("2018-11-08", "day"), ("2021-06-01", "month"), ("2021-09-01", "season"), ("2021-04-01", "quarter"),
    ("2021-11-15", "week"), ("2015-01-01", "year"), ("2010-01-01", "decade")))
NUMBER_FORMS = ", ".join(nb_amount(value, "NOK") for value in (2_400_000.0, 400_000.0))  # likewise numbers
_FLAGS = {("person_roles", "former")}  # 0 or 1
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Numbers as typed: ASCII digits only (int() and float() also take fullwidth or Arabic-Indic ones).
_NUMBER = {int: re.compile(r"[+-]?[0-9]+"),
           float: re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")}
# Control, format (bidi overrides, zero-width), surrogate, private-use and unassigned characters.
_UNPRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn"}
_RANGES = {"amounts": ("value", "value_high")}  # (lower end, upper end) of a range
MAX_FIELD = 500  # characters of a corrected text field
QUEUE_FILTERS = ("fact_type", "cluster", "article", "extractor")
PAGE_SIZE = 50
MAX_PAGE = 1_000_000  # beyond, OFFSET would overflow SQLite's integers
MAX_NOTE = 4000  # characters


class VerdictError(ValueError):
    """A verdict that cannot be recorded (unknown verdict, empty correction, ...)."""


def _name(column: str) -> str:
    """A column as the fact page labels it ("granted_by" -> "tildelt av")."""
    return nb_word(column, "columns")


def rows(conn, sql: str, params: Any = ()) -> list[dict]:
    """The result of ``sql`` as a list of dicts."""
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@dataclass
class ReviewerQueue:
    """What orders and widens one reviewer's queue (``review_flow.reviewer_queue``): the facts
    they skipped (last) and judged facts waiting for their second review (included)."""
    skipped: list[str] = field(default_factory=list)
    second: list[str] = field(default_factory=list)

    def params(self) -> dict[str, str]:
        return {"skipped": json.dumps(self.skipped), "second": json.dumps(self.second)}


def _queue_where(filters: dict[str, str], mine: ReviewerQueue | None = None) -> tuple[str, dict]:
    """The WHERE clause over ``queue_order.QUEUED`` (``k``) of the facts waiting that match ``filters``."""
    clauses = [WAITING] + ([] if filters.get("article") else [STORY_FACT])  # an article's own facts
    clauses += [f"k.{column} = :{name}" for name, column in
                (("fact_type", "fact_type"), ("extractor", "extractor"), ("article", "article_id")) if filters.get(name)]
    if filters.get("cluster"):
        # facts from articles reporting a status event of the cluster
        clauses.append("k.article_id IN (SELECT article_id FROM status_events"
                       " WHERE cluster = :cluster OR cluster_id = :cluster)")
    params = {k: v for k, v in filters.items() if k in QUEUE_FILTERS and v}
    return " AND ".join(clauses), {**params, **(mine or ReviewerQueue()).params()}


def queue(conn, filters: dict[str, str], page: int = 1,
          mine: ReviewerQueue | None = None) -> tuple[list[dict], int]:
    """One page of the facts waiting for review that match ``filters``, in queue order
    (``queue_order``: contested first, then by reach, then the least certain), each with its
    ``reach`` and whether it is ``contested``, and the total; ``mine``: the reviewer's skips
    and second reviews."""
    where, params = _queue_where(filters, mine)
    source = f"({QUEUED}) k WHERE {where}"
    total = conn.execute(f"SELECT count(*) FROM {source}", params).fetchone()[0]
    keys = rows(conn, f"SELECT k.fact_id, {REACH} AS reach, {CONFLICT} AS contested FROM {source}"
                      f" ORDER BY {', '.join(ORDER)} LIMIT {PAGE_SIZE} OFFSET {(max(page, 1) - 1) * PAGE_SIZE}", params)
    found = {row["fact_id"]: row for row in rows(
        conn, "SELECT f.*, a.title AS article_title, a.published AS article_published,"
              " (SELECT count(*) FROM story_facts c WHERE c.story_fact_id = f.fact_id) AS copies"
              " FROM facts f LEFT JOIN articles a ON a.id = f.article_id"
              f" WHERE f.fact_id IN ({', '.join('?' * len(keys))})", [key["fact_id"] for key in keys])}
    return [{**found[key["fact_id"]], "reach": key["reach"], "contested": key["contested"]}
            for key in keys if key["fact_id"] in found], total  # (a run may have replaced one since)


def queue_neighbour(conn, fact: dict, filters: dict[str, str], forward: bool = True,
                    mine: ReviewerQueue | None = None) -> str | None:
    """Id of the fact after (or before) ``fact`` in the queue order, if any."""
    where, params = _queue_where(filters, mine)
    found = conn.execute(f"SELECT {', '.join(ORDER)} FROM ({QUEUED}) k WHERE k.fact_id = :fact_id",
                         {**params, "fact_id": fact["fact_id"]}).fetchone()
    if found is None:
        return None
    keys = {f"k{i}": value for i, value in enumerate(found)}
    op, direction = (">", "") if forward else ("<", " DESC")
    row = conn.execute(
        f"SELECT k.fact_id FROM ({QUEUED}) k WHERE {where} AND ({', '.join(ORDER)}) {op} ({', '.join(':' + k for k in keys)})"
        f" ORDER BY {', '.join(c + direction for c in ORDER)} LIMIT 1", {**params, **keys},
    ).fetchone()
    return row[0] if row else None


def filter_choices(conn) -> dict[str, list[str]]:
    """Values offered in the queue's filter menus."""
    return {
        "fact_type": list(FACT_TYPE_TABLES),
        "extractor": [r[0] for r in conn.execute(
            "SELECT DISTINCT extractor FROM facts WHERE extractor IS NOT NULL ORDER BY 1")],
        "cluster": [r[0] for r in conn.execute(
            "SELECT DISTINCT cluster FROM status_events WHERE cluster IS NOT NULL ORDER BY 1")],
    }


@dataclass
class FactDetails:
    """A fact with everything its review page shows."""

    summary: dict                 # its row in the `facts` view (incl. latest verdict)
    row: dict                     # its row in its own fact table, as extracted
    reviewed: dict                # that row as reviewed (corrected values, review_state)
    table: str
    article: dict | None          # id, title, url, text
    reviews: list[dict] = field(default_factory=list)  # its own and those of its copies
    copies: list[dict] = field(default_factory=list)   # the same fact in other copies of its story

    @property
    def editable(self) -> dict[str, Any]:
        """The fields a correction may change, with their extracted values."""
        return {c: self.row.get(c) for c in EDITABLE[self.table]}


def fact_details(conn, fact_id: str) -> FactDetails | None:
    """The fact ``fact_id`` with its table row, article and review history; None if unknown."""
    found = rows(conn, "SELECT * FROM facts WHERE fact_id = ?", [fact_id])
    if not found:
        return None
    summary = found[0]
    table = FACT_TYPE_TABLES[summary["fact_type"]]
    row = rows(conn, f"SELECT * FROM [{table}] WHERE id = ?", [fact_id])[0]
    articles = rows(conn, "SELECT id, title, url, published, outlet, text FROM articles WHERE id = ?",
                    [row["article_id"]])
    reviewed = rows(conn, f"SELECT * FROM ({as_reviewed(table)}) WHERE id = ?", [fact_id])[0]
    return FactDetails(summary=summary, row=row, reviewed=reviewed, table=table,
                       article=articles[0] if articles else None,
                       reviews=rows(conn, "SELECT * FROM fact_reviews WHERE fact_id = ? ORDER BY reviewed_at, id",
                                    [fact_id]), copies=fact_copies(conn, fact_id))


def fact_copies(conn, fact_id: str) -> list[dict]:
    """The same fact in the other copies of its story, each with its article's provenance."""
    return rows(conn, "SELECT c.id AS fact_id, a.id AS article_id, a.title, a.outlet, a.published, a.source, a.url"
                      " FROM story_facts f JOIN story_facts c ON c.story_fact_id = f.story_fact_id AND c.id != f.id"
                      " JOIN articles a ON a.id = c.article_id WHERE f.id = ?"
                      " ORDER BY a.published IS NULL, a.published, a.id", [fact_id])


def article_facts(conn, article_id: str) -> list[dict]:
    """Every fact of an article (from the `facts` view), in text order."""
    return rows(conn, "SELECT * FROM facts WHERE article_id = ? ORDER BY start_char, fact_type, fact_id",
                [article_id])


def story_copies(conn, article_id: str) -> list[dict]:
    """The other copies of the article's story, with their provenance, first published first."""
    return rows(conn, "SELECT a.id, a.title, a.outlet, a.published, a.source FROM story_copies s"
                      " JOIN story_copies c ON c.story_id = s.story_id AND c.id != s.id JOIN articles a ON a.id = c.id"
                      " WHERE s.id = ? ORDER BY a.published IS NULL, a.published, a.id", [article_id])


def article_mentions(conn, article_id: str) -> list[dict]:
    """Entity mentions of an article, with the type of the entity they resolve to."""
    return rows(conn, "SELECT m.*, e.type AS entity_type FROM mentions m"
                      " LEFT JOIN entities e ON e.id = m.entity_id"
                      " WHERE m.article_id = ? ORDER BY m.start_char", [article_id])


def article(conn, article_id: str) -> dict | None:
    """The `articles` row, or None."""
    found = rows(conn, "SELECT * FROM articles WHERE id = ?", [article_id])
    return found[0] if found else None


def field_kind(table: str, column: str) -> dict[str, Any]:
    """How the correction form asks for a column: {"choices": [...]}, {"date": True},
    {"number": True} or {} (text); "required" if it cannot be empty."""
    kind: dict[str, Any] = {"required": column in REQUIRED[table]}
    if column in VOCABULARIES.get(table, {}):
        kind["choices"] = VOCABULARIES[table][column]
    elif (table, column) in _FLAGS:
        kind["choices"] = ["0", "1"]
    elif (table, column) in ISO_DATE_COLUMNS:
        kind["date"] = True
    elif SCHEMA[table][column] in (int, float):
        kind["number"] = True
    return kind


def clean_text(column: str, text: str, allowed: str = "") -> str:
    """``text`` in Unicode NFC; VerdictError if it holds a control or bidi character
    (other than those in ``allowed``)."""
    text = unicodedata.normalize("NFC", text)
    bad = next((c for c in text if unicodedata.category(c) in _UNPRINTABLE and c not in allowed), None)
    if bad is not None:
        raise VerdictError(f"{_name(column)}: kontroll- eller retningstegnet U+{ord(bad):04X} er ikke tillatt")
    return text


def _field_value(table: str, column: str, text: str) -> Any:
    """The stored value of a form field, or VerdictError saying why it cannot be one."""
    kind = field_kind(table, column)
    text = clean_text(column, text)
    if text == "":
        if kind["required"]:
            raise VerdictError(f"{_name(column)} kan ikke være tomt")
        return None
    if len(text) > MAX_FIELD:
        raise VerdictError(f"{_name(column)} er lengre enn {MAX_FIELD} tegn")
    if "choices" in kind and text not in kind["choices"]:
        words = choice_words(column)
        raise VerdictError(f"{_name(column)}: {text!r} er ikke en av {', '.join(words.get(c, c) for c in kind['choices'])}")
    if kind.get("date"):
        _check_iso_date(column, text)
    if kind.get("number"):
        return _number_value(table, column, text)
    try:
        return SCHEMA[table][column](text)
    except ValueError:
        raise VerdictError(f"{_name(column)}: {text!r} er ikke en gyldig verdi av typen {SCHEMA[table][column].__name__}")


def _number_value(table: str, column: str, text: str) -> int | float:
    """A number field's value: written as the pages write amounts ("2,4 mill. kr",
    "400 000") or plainly, with the digits 0-9, finite; VerdictError if it is none."""
    number_type = SCHEMA[table][column]
    try:
        value = read_number(text) if number_type is float else None
    except ValueError:
        value = None
    if value is None:
        if not _NUMBER[number_type].fullmatch(text):
            raise VerdictError(f"{_name(column)}: {text!r} er ikke et endelig tall skrevet med sifrene 0-9"
                               f" (eller slik sidene skriver det: {NUMBER_FORMS})")
        value = number_type(text)
    if isinstance(value, float) and not math.isfinite(value):  # would be invalid JSON
        raise VerdictError(f"{_name(column)}: {text!r} er ikke et endelig tall")
    return value


def _check_iso_date(column: str, text: str) -> None:
    try:
        valid = bool(_ISO_DATE.fullmatch(text)) and 1800 <= date.fromisoformat(text).year <= 2100
    except ValueError:
        valid = False
    if not valid:
        raise _not_a_date(column, text)


def _not_a_date(column: str, text: str) -> VerdictError:
    return VerdictError(f"{_name(column)}: {text!r} er ikke en dato skrevet ÅÅÅÅ-MM-DD (f.eks. 2021-12-03) "
                        f"eller slik sidene skriver den ({DATE_FORMS})")


def _read_dated(details: FactDetails, form: dict[str, str]) -> dict[str, str]:
    """The form with its date, written as the pages write it ("juni 2021") or in ISO, as
    an ISO date and, when the date names its granularity (all but a day), that granularity;
    VerdictError if the granularity field was changed to another."""
    if details.table not in _DATED or not form.get(f"field:{_DATED[details.table][0]}", "").strip():
        return form
    date_column, granularity_column = _DATED[details.table]
    text = clean_text(date_column, form[f"field:{date_column}"].strip())
    try:
        value, granularity = read_date(text)
    except ValueError:
        raise _not_a_date(date_column, text) from None
    read = {**form, f"field:{date_column}": value}
    if granularity != "day":
        given = form.get(f"field:{granularity_column}", "").strip()
        if given not in ("", granularity, details.editable[granularity_column] or ""):
            raise VerdictError(f"{_name(date_column)}: {text!r} er oppløsningen {nb_word(granularity, 'granularities')},"
                               f" men {_name(granularity_column)} sier {nb_word(given, 'granularities')}")
        read[f"field:{granularity_column}"] = granularity
    return read


def _check_dated(details: FactDetails, correction: dict[str, Any]) -> None:
    """A corrected date needs a granularity, and no date has none."""
    if details.table not in _DATED:
        return
    date_column, granularity_column = _DATED[details.table]
    merged = {**details.editable, **correction}
    if (merged[date_column] is None) != (merged[granularity_column] is None):
        raise VerdictError(f"{_name(date_column)} og {_name(granularity_column)} hører sammen: oppgi begge eller ingen")


def _check_range(details: FactDetails, correction: dict[str, Any]) -> None:
    """A range's upper end is not below its lower end."""
    if details.table not in _RANGES:
        return
    low, high = _RANGES[details.table]
    merged = {**details.editable, **correction}
    if merged[low] is not None and merged[high] is not None and merged[high] < merged[low]:
        raise VerdictError(f"{_name(high)} ({merged[high]:g}) er lavere enn {_name(low)} ({merged[low]:g})")


def parse_correction(details: FactDetails, form: dict[str, str]) -> dict[str, Any]:
    """The corrected fields (form fields ``field:<column>``) that differ from the extracted
    fact; VerdictError if a field holds no valid value (a status or action outside the
    vocabularies, a date that is not YYYY-MM-DD or written as the pages write it, a number
    that is not one ...). Dates and numbers may be written as the pages show them."""
    form = _read_dated(details, form)
    correction = {}
    for column, extracted in details.editable.items():
        key = f"field:{column}"
        if key not in form:
            continue
        value = _field_value(details.table, column, form[key].strip())
        if value != extracted:
            correction[column] = value
    if not correction:
        raise VerdictError("en rettelse må endre minst ett felt")
    _check_dated(details, correction)
    _check_range(details, correction)
    return correction


def verdict_row(details: FactDetails, verdict: str, reviewer: str, note: str = "",
                correction: dict | None = None) -> dict:
    """The `reviews` row for a verdict on ``details``' fact."""
    if verdict not in VERDICTS:
        raise VerdictError(f"ukjent vurdering {verdict!r}")
    if (verdict == "corrected") != bool(correction):
        raise VerdictError("bare vurderingen 'corrected' har en rettelse, og den må ha en")
    if len(note) > MAX_NOTE:
        raise VerdictError(f"merknaden er lengre enn {MAX_NOTE} tegn")
    note = clean_text("note", note, allowed="\n\r\t")
    return {
        "fact_id": details.summary["fact_id"], "fact_type": details.summary["fact_type"],
        "verdict": verdict,
        "correction": json.dumps(correction, ensure_ascii=False, sort_keys=True) if correction else None,
        "reviewer": reviewer, "reviewed_at": now(),
        "note": note.strip() or None,
    }


def record_verdict(conn, review: dict) -> int:
    """Insert a `reviews` row (from ``verdict_row``) and, for a status event, rebuild its
    cluster's status history from the reviewed events; returns its id."""
    with conn:
        cursor = conn.execute(
            "INSERT INTO reviews (fact_id, fact_type, verdict, correction, reviewer, reviewed_at, note)"
            " VALUES (:fact_id, :fact_type, :verdict, :correction, :reviewer, :reviewed_at, :note)", review)
        if review["fact_type"] == FACT_TABLES["status_events"]:  # the clusters of the event and its copies
            clusters = conn.execute("SELECT DISTINCT cluster_id FROM status_events WHERE cluster_id IS NOT NULL"
                                    " AND id IN (SELECT fact_id FROM fact_reviews WHERE id = ?)", [cursor.lastrowid])
            rebuild(conn, [row[0] for row in clusters])
    return cursor.lastrowid
