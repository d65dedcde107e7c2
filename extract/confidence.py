"""How sure newsfacts is of a fact, from the evidence for it: each fact type has a base value
and cues its evidence may show (a date in the event's own words, a title right next to the
name, a currency written out ...), weighted in ``extract/data/confidence.yaml``. The facts
stage calls the ``*_confidence`` functions; docs/confidence.md explains the cues."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .annotate.cluster_registry import registry
from .annotate.lexicon import load as load_annotate
from .lexicon import DATA_DIR, load

_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def weights() -> dict:
    """The weights of ``extract/data/confidence.yaml`` (cached)."""
    return load(DATA_DIR, "confidence")


def score(fact_type: str, cues: dict[str, float], base: float | None = None) -> float:
    """``base`` (the fact type's unless given) plus each cue's weight times its value (a
    counted cue at most its cap), within [floor, ceiling], to 3 decimals."""
    data, kind = weights(), weights()[fact_type]
    caps = kind.get("caps", {})
    total = kind["base"] if base is None else base
    total += sum(kind["cues"][name] * min(float(value), caps.get(name, 1.0)) for name, value in cues.items())
    return round(min(max(total, data["floor"]), data["ceiling"]), 3)


def _outside_clusters(doc: Doc, span: Span) -> str:
    """The span's words that are no part of a cluster's name, lowercased."""
    inside = {i for c in doc.spans.get("clusters", []) for i in range(c.start, c.end)}
    return " ".join(t.lower_ for t in span if t.i not in inside)


def _registry_cues(cluster: str, status: str, day: str | None) -> dict[str, float]:
    """Whether the registry knows the cluster, lists the status for it, and for the event's year."""
    known = registry().lookup(cluster)
    if known is None:
        return {}
    held = [s for s in known.statuses if s.status == status]
    year = int(day[:4]) if day and day[:4].isdigit() else None
    in_year = year is not None and any((s.start or 0) <= year <= (s.end or 9999) for s in held)
    return {"registry_cluster": 1, "registry_status": bool(held), "registry_year": in_year}


def event_confidence(doc: Doc, row: dict, evidence: Span, mentions: list[Span]) -> float:
    """A status event's confidence (``row``: its fact row; ``evidence``: the mention it cites;
    ``mentions``: all its mentions in the article)."""
    kind = weights()["status_event"]
    words = _outside_clusters(doc, evidence)
    lemmas = {t.lemma_.lower() for t in evidence} | {t.lower_ for t in evidence}
    cues = {"date_in_text": row["date_source"] == "text", "date_from_context": row["date_source"] == "context",
            "status_named": row["status"].lower() in words,
            "strong_trigger": bool(lemmas & set(kind["strong_trigger_lemmas"])),
            "granted_by_named": bool(row["granted_by"]), "other_mentions": len(mentions) - 1,
            **_registry_cues(row["cluster"], row["status"], row["date"] if row["date_source"] != "published" else None)}
    return score("status_event", cues)


def _title_gap(doc: Doc, found: dict) -> int | None:
    """Characters between the role's title and the person's name (None: no title word found)."""
    span = doc.char_span(found["start"], found["end"], alignment_mode="expand")
    titles = [t for t in span or [] if t._.role_part == "TITLE"]
    if not titles or found["person_start"] is None:
        return None
    return min(max(found["person_start"] - (t.idx + len(t)), t.idx - found["person_end"], 0) for t in titles)


def role_confidence(doc: Doc, found: dict, organization_from: str | None, ner_person: bool) -> float:
    """A person's role's confidence (``found``: the roles component's row; ``organization_from``:
    "stated", "role" (the same role elsewhere), another inference or None; ``ner_person``: the
    NER model tags the name as a person)."""
    kind, roles = weights()["person_role"], load_annotate("roles")
    gap = _title_gap(doc, found)
    cues = {"org_stated": organization_from == "stated", "org_from_role": organization_from == "role",
            "ner_person": ner_person, "adjacent": gap is not None and gap <= 3,
            "near": gap is not None and 3 < gap <= kind["near_characters"],
            "known_title": found["role"] in set(roles["head_roles"]) | set(roles["cluster_internal"]),
            "former": bool(found["former"])}
    return score("person_role", cues, kind["base"] + kind["rules"].get(found["rule"], 0.0))


def _currency_words(currency: str) -> set[str]:
    """The words that write ``currency`` ("kroner", "kr", "mnok", "€"), lowercased."""
    data = load_annotate("amounts")
    forms = data["currencies"].get(currency, {})
    scaled = [w for words in data["scaled_currencies"].get(currency, {}).values() for w in words]
    return {str(w).lower() for w in [*forms.get("prefix", []), *forms.get("suffix", []), *scaled]}


def amount_confidence(span: Span, amount: dict, cluster: str | None) -> float:
    """An amount's confidence (``amount``: the amounts component's reading of ``span``;
    ``cluster``: the cluster whose status event's clause states it, if any)."""
    text, currency = span.text.lower(), amount.get("currency")
    written = bool(currency) and any(word in text for word in _currency_words(currency))
    cues = {"currency_written": written, "currency_implied": bool(currency) and not written,
            "unit_written": bool(amount.get("unit")) and not currency, "period_stated": bool(amount.get("period")),
            "funded_cluster": cluster is not None, "measure_known": bool(amount.get("measure")),
            "qualified": bool(amount.get("qualifier")), "range": amount.get("value_high") is not None}
    return score("amount", cues)


def date_confidence(text: str, granularity: str | None) -> float:
    """A date's confidence from its words and granularity."""
    kind = weights()["date"]
    digits = bool(_DIGITS.search(text))
    cues = {"year_written": bool(_YEAR.search(text)), "digits_only": digits and not re.search(r"[^\W\d_]", text),
            "relative": not digits}
    return score("date", cues, kind["base"] + kind["granularities"].get(granularity, 0.0))


def byline_confidence() -> float:
    """A byline's (from the metadata)."""
    return weights()["person_role"]["byline"]


def metadata_date_confidence() -> float:
    """A published or updated date's (from the metadata)."""
    return weights()["date"]["metadata"]
