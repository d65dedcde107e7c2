"""The views of the knowledge base. ``kb.KnowledgeBase`` creates them.

The reviewed view of the facts: every fact with its review state and its corrected
values, rejected facts dropped. Everything that shows or counts facts reads these views
(``reviewed_<fact table>``), never the raw tables.

A fact's review state comes from each reviewer's latest verdict on it: ``unreviewed``
(none), ``confirmed``, ``corrected`` or ``rejected`` when those latest verdicts agree
(corrections agree when they set the same values), ``disputed`` when they do not. A
corrected fact takes the values of its correction; a disputed one keeps its extraction.
"""

from __future__ import annotations

from ..annotate.lexicon import load as load_annotate
from ..lexicon import DATA_DIR, load
from .schema import FACT_TABLES, SCHEMA

# The views read reviews from ``fact_reviews`` (see ``fact_reviews``): a verdict on one copy
# of a story fact is the verdict of every copy.

# Columns every fact table has (id, article_id, provenance); the rest is what reviewers correct.
_SHARED = set.intersection(*(set(SCHEMA[table]) for table in FACT_TABLES))
# Ids the pipeline derives (the cluster entity, the history row) are not corrected by hand.
_DERIVED = {"cluster_id", "history_id"}
_LABELS = load(DATA_DIR, "labels")  # words shown for codes
CORRECTABLE = {table: [c for c in SCHEMA[table] if c not in _SHARED | _DERIVED] for table in FACT_TABLES}

# What a review says: its verdict and correction (corrections agree when they set the same values).
_SAYS = "{r}.verdict || ' ' || coalesce({r}.correction, '')"
# The review that is its reviewer's latest on the fact (``{r}`` the review's alias).
_REVIEWERS_LATEST = ("{r}.id = (SELECT l.id FROM fact_reviews l WHERE l.fact_id = {r}.fact_id AND l.reviewer IS {r}.reviewer"
                     " ORDER BY l.reviewed_at DESC, l.id DESC LIMIT 1)")
# Another reviewer's latest review of the fact says otherwise than the latest review r.
_DISPUTED = (f"EXISTS (SELECT 1 FROM fact_reviews o WHERE o.fact_id = r.fact_id AND {_REVIEWERS_LATEST.format(r='o')}"
             f" AND {_SAYS.format(r='o')} <> {_SAYS.format(r='r')})")
# One row per reviewed fact: its review state and the correction it takes (if corrected).
# Not an aggregate, so that a query for some facts reads only their reviews.
FACT_STATES_VIEW = (
    f"SELECT r.fact_id, CASE WHEN {_DISPUTED} THEN 'disputed' ELSE r.verdict END AS review_state,\n"
    f"       CASE WHEN {_DISPUTED} THEN NULL ELSE r.correction END AS correction,\n"
    "       r.reviewer AS latest_reviewer, r.reviewed_at\n"
    "FROM fact_reviews r WHERE r.id = (SELECT r2.id FROM fact_reviews r2 WHERE r2.fact_id = r.fact_id\n"
    "                                  ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1)"
)


def corrected(table: str, column: str) -> str:
    """SQL of ``column`` as reviewed (``t`` the raw row, ``v`` its ``fact_states`` row): the
    correction's value if the fact is corrected and the correction sets it (to a value or
    to null), else the extracted one."""
    if column not in CORRECTABLE[table]:
        return f"t.{column}"
    path = f"'$.\"{column}\"'"
    return (f"CASE WHEN v.fact_id IS NOT NULL AND v.review_state = 'corrected' AND json_type(v.correction, {path}) IS NOT NULL"
            f" THEN json_extract(v.correction, {path}) ELSE t.{column} END")


def as_reviewed(table: str) -> str:
    """SELECT of every row of ``table`` with its corrected values and review state (rejected
    rows too); ``t`` is the raw row, ``v`` its ``fact_states`` row."""
    columns = ", ".join(f"{corrected(table, c)} AS {c}" for c in SCHEMA[table])
    return (f"SELECT {columns}, coalesce(v.review_state, 'unreviewed') AS review_state"
            f" FROM [{table}] t LEFT JOIN fact_states v ON v.fact_id = t.id")


def reviewed_view(table: str) -> str:
    """The ``reviewed_<table>`` view: its facts as reviewed, rejected ones dropped."""
    return f"SELECT * FROM ({as_reviewed(table)}) WHERE review_state <> 'rejected'"


def iso_at(column: str, granularity: str) -> str:
    """SQL: an ISO date no finer than its granularity ('2021-06', '2021-Q2', '2021-W46', 'høsten 2021',
    '2010-tallet', '2015'); the words from ``extract/annotate/data/dates.yaml`` and ``formats.yaml``."""
    year, month = f"substr({column}, 1, 4)", f"CAST(substr({column}, 6, 2) AS INTEGER)"
    names = " ".join(f"WHEN {s['month']} THEN '{s['definite'][0]} '" for s in load_annotate("dates")["seasons"].values())
    season = f"CASE {month} {names} END || (CAST({year} AS INTEGER) + ({month} = 12))"
    thursday = f"date({column}, '-3 days', 'weekday 4')"  # the ISO week's Thursday names its year
    week = f"strftime('%Y', {thursday}) || '-W' || printf('%02d', (strftime('%j', {thursday}) - 1) / 7 + 1)"
    decade = load(DATA_DIR, "formats")["decade_suffix"][0]
    return (f"CASE {granularity} WHEN 'year' THEN {year} WHEN 'decade' THEN {year} || '-{decade}'"
            f" WHEN 'month' THEN substr({column}, 1, 7) WHEN 'quarter' THEN {year} || '-Q' || (({month} + 2) / 3)"
            f" WHEN 'season' THEN {season} WHEN 'week' THEN {week} ELSE {column} END")


def _amount(value: str, currency: str, unit: str) -> str:
    """SQL: an amount as Norwegian readers write it ('2,4 mill. kr', '400 000 kr',
    '21 verksemder', '3,5 prosent'), with the words of ``extract/data/formats.yaml``."""
    words = load(DATA_DIR, "formats")
    scaled = " ".join(
        f"WHEN abs({value}) >= {scale['factor']} THEN replace(replace(printf('%.1f', {value} / {scale['factor']}.0),"
        f" '.0', ''), '.', ',') || ' {scale['words'][0]}'" for scale in words["scales"])
    plain = (f"CASE WHEN {value} = CAST({value} AS INTEGER) THEN replace(printf('%,d', {value}), ',', ' ')"
             f" ELSE replace(CAST({value} AS TEXT), '.', ',') END")
    currencies = " ".join(f"WHEN '{code}' THEN '{word}'" for code, word in words["currencies"].items())
    suffix = f"coalesce(CASE {currency} {currencies} ELSE {currency} END, {unit})"
    return f"(CASE {scaled} ELSE {plain} END) || coalesce(' ' || {suffix}, '')"


def words(column: str, kind: str) -> str:
    """SQL: the Norwegian word of ``kind`` in ``extract/data/labels.yaml`` for the code in
    ``column`` ("granted" -> "tildelt"); a code without one as it is."""
    whens = " ".join(f"WHEN '{code}' THEN '{word}'" for code, word in _LABELS[kind].items())
    return f"CASE {column} {whens} ELSE {column} END"


def summary(table: str, reviewed: bool, t: str = "t") -> str:
    """SQL summarising a fact of ``table`` in one line, as reviewed (``t`` the raw row, ``v``
    its ``fact_states`` row) or as extracted (``t`` the raw row), in Norwegian as the pages
    are (the words of ``extract/data/labels.yaml``: "styreleder i Start", "tildelt Arena");
    the values stay as the articles wrote them, dates at their granularity."""
    def c(column: str) -> str:
        return f"({corrected(table, column)})" if reviewed else f"{t}.{column}"

    if table == "status_events":
        when = iso_at(c("date"), c("date_granularity"))
        return f"{c('cluster')} || ': ' || {words(c('action'), 'actions')} || ' ' || {c('status')} || coalesce(' (' || {when} || ')', '')"
    if table == "person_roles":
        role_in = _LABELS["role_in"]
        return f"{c('person')} || coalesce(', ' || {c('role')}, '') || coalesce(' {role_in} ' || {c('organization')}, '')"
    if table == "amounts":
        return f"{c('text')} || coalesce(' = ' || {_amount(c('value'), c('currency'), c('unit'))}, '')"
    return f"{c('text')} || ' = ' || {iso_at(c('value'), c('granularity'))} || ' (' || {words(c('granularity'), 'granularities')} || ')'"


# Every fact's summary as reviewed.
FACT_SUMMARIES_VIEW = "\nUNION ALL\n".join(
    f"SELECT t.id AS fact_id, {summary(table, True)} AS summary FROM [{table}] t LEFT JOIN fact_states v ON v.fact_id = t.id"
    for table in FACT_TABLES)

# Every fact, rejected ones too: its summary as reviewed and as extracted, its review
# state and latest verdict (conflict 1 when reviewers' verdicts differ). The reviewed
# summary and state are looked up only for reviewed facts, and only when asked for.
FACTS_VIEW = (
    "WITH latest AS (\n"
    "  SELECT r.fact_id, r.verdict, r.reviewer, r.reviewed_at, r.correction\n"
    "  FROM fact_reviews r WHERE r.id = (SELECT r2.id FROM fact_reviews r2 WHERE r2.fact_id = r.fact_id\n"
    "                               ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1)\n"
    "), tally AS (\n"
    "  SELECT fact_id, count(*) AS reviews, count(DISTINCT verdict) > 1 AS conflict\n"
    "  FROM fact_reviews GROUP BY fact_id\n"
    "), all_facts AS (\n"
    + "\n  UNION ALL\n".join(
        f"  SELECT id AS fact_id, '{fact_type}' AS fact_type, article_id, {summary(table, False, table)} AS extracted_summary,\n"
        f"         evidence, evidence_start, start_char, end_char, extractor, confidence FROM [{table}]"
        for table, fact_type in FACT_TABLES.items()
    )
    + "\n)\n"
    "SELECT f.fact_id, f.fact_type, f.article_id, a.title AS article_title,\n"
    "       CASE WHEN latest.fact_id IS NULL THEN f.extracted_summary\n"
    "            ELSE (SELECT s.summary FROM fact_summaries s WHERE s.fact_id = f.fact_id) END AS summary,\n"
    "       f.evidence, f.evidence_start, f.start_char, f.end_char, f.extractor, f.confidence,\n"
    "       CASE WHEN latest.fact_id IS NULL THEN 'unreviewed'\n"
    "            ELSE (SELECT v.review_state FROM fact_states v WHERE v.fact_id = f.fact_id) END AS review_state,\n"
    "       f.extracted_summary, latest.verdict, latest.reviewer, latest.reviewed_at, latest.correction,\n"
    "       coalesce(tally.reviews, 0) AS reviews, coalesce(tally.conflict, 0) AS conflict\n"
    "FROM all_facts f LEFT JOIN articles a ON a.id = f.article_id LEFT JOIN latest ON latest.fact_id = f.fact_id\n"
    "LEFT JOIN tally ON tally.fact_id = f.fact_id"
)

ORPHANED_REVIEWS_VIEW = (
    "SELECT r.* FROM reviews r WHERE NOT EXISTS ("
    + " UNION ALL ".join(f"SELECT 1 FROM {table} t WHERE t.id = r.fact_id" for table in FACT_TABLES)
    + ")"
)

# In the order they are created: each reads only the tables and the views before it.
VIEWS = {"fact_states": FACT_STATES_VIEW,
         **{f"reviewed_{table}": reviewed_view(table) for table in FACT_TABLES},
         "fact_summaries": FACT_SUMMARIES_VIEW, "facts": FACTS_VIEW, "orphaned_reviews": ORPHANED_REVIEWS_VIEW}
