"""The facts stage: an annotated Doc + its Article -> rows for the knowledge base.

Every fact keeps its provenance (evidence sentence, character offsets into
``Article.text``, extractor, confidence) and gets an id derived from its
content, so re-running an unchanged article gives the same ids and reviewers'
verdicts stay attached.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from spacy.tokens import Doc, Span

from .annotate.cluster_registry import registry
from .annotate.lexicon import load
from .annotate.roles.implied import ImpliedOrganizations
from .annotate.roles.wordings import one_wording
from .annotate.writer_titles import writer_title
from .confidence import (amount_confidence, byline_confidence, date_confidence, event_confidence,
                         metadata_date_confidence, role_confidence)
from .types import NOT_JUDGED, Article, Facts, stable_id

ENTITY_TYPES = {
    "PER": "person", "ORG": "organization", "GPE_ORG": "organization", "LOC": "place",
    "GPE_LOC": "place", "PROD": "product", "EVT": "event", "DRV": "derived", "CLUSTER": "cluster",
}
NER_CONFIDENCE = 0.8
IMPLIED = ImpliedOrganizations()


def slug(name: str) -> str:
    return re.sub(r"[^\wæøå]+", "-", name.lower()).strip("-")


def entity_id(kind: str, name: str) -> str:
    return f"{kind}:{slug(name)}"


def cluster_entity_id(name: str) -> str:
    """The entity of the cluster ``name`` names: one per registry cluster, whatever its name
    then ("NCE Subsea", "GCE Ocean Technology"); an unknown cluster by its own name."""
    return entity_id("cluster", registry().current_name(name))


def _provenance(span: Span, extractor: str, confidence: float | None) -> dict:
    sentence = span.sent
    return {
        "evidence": sentence.text.strip(), "evidence_start": sentence.start_char,
        "start_char": span.start_char, "end_char": span.end_char,
        "extractor": extractor, "confidence": confidence,
    }




class _Ids:
    """Content-derived fact ids over every field a reviewer sees and judges (the evidence
    and all the fact's values), so a verdict never carries over to a changed fact;
    identical facts in one article get an occurrence number."""

    def __init__(self, article_id: str):
        self.article_id = article_id
        self.seen: Counter = Counter()

    def assign(self, table: str, rows: list[dict]) -> list[dict]:
        """Set each row's ``id``; returns ``rows``."""
        for row in rows:
            key = tuple(f"{column}={row[column]}" for column in sorted(row) if column not in NOT_JUDGED)
            occurrence = self.seen[(table, key)]
            self.seen[(table, key)] += 1
            row["id"] = stable_id(self.article_id, table, *key, occurrence)
        return rows


def facts_from_doc(doc: Doc, article: Article, model: str | None = None) -> Facts:
    """Every fact in an annotated article, normalised, with provenance."""
    ids = _Ids(article.id)
    facts = Facts()
    facts.dates = ids.assign("dates", _dates(doc, article))
    facts.amounts = ids.assign("amounts", _amounts(doc, article))
    clusters = [s._.canonical for s in doc.spans.get("clusters", [])]
    main_cluster = Counter(clusters).most_common(1)[0][0] if clusters else None
    facts.person_roles = ids.assign("person_roles", one_wording(_person_roles(doc, article, main_cluster, model)))
    facts.status_events = ids.assign("status_events", _status_events(doc, article))
    facts.mentions, facts.entities = _mentions_and_entities(doc, article, model)
    facts.lemmas = search_lemmas(doc)
    return facts


def search_lemmas(doc: Doc) -> str:
    """The lemmas of the article's words that differ from the words as written, each once and
    lowercased, for full-text search to find an inflected word by ("klyngen", "klynga" ->
    "klynge"); empty without a lemmatizer (rules only)."""
    lemmas = (t.lemma_.lower() for t in doc if not (t.is_punct or t.is_space or t.like_num))
    words = (t.lower_ for t in doc if not (t.is_punct or t.is_space or t.like_num))
    return " ".join(dict.fromkeys(lemma for lemma, word in zip(lemmas, words) if lemma and lemma != word))


def _dates(doc: Doc, article: Article) -> list[dict]:
    rows = []
    for span in doc.spans.get("dates", []):
        rows.append({
            "article_id": article.id, "text": span.text, "value": span._.date_value,
            "granularity": span._.date_granularity,
            **_provenance(span, "rule:newsfacts_dates", date_confidence(span.text, span._.date_granularity)),
        })
    rows += _metadata_dates(article)
    return rows


def _metadata_dates(article: Article) -> list[dict]:
    """The published/updated dates, cited from the metadata line that gave them."""
    from .annotate.dates import find_dates

    reference = _reference(article)
    wanted = {(article.published or "")[:10], (article.updated or "")[:10]} - {""}
    rows = []
    for line in article.metadata_lines:
        for start, end, value, granularity in find_dates(line, reference):
            if value[:10] in wanted:
                rows.append({
                    "article_id": article.id, "text": line[start:end], "value": value,
                    "granularity": granularity, "evidence": line, "evidence_start": None,
                    "start_char": None, "end_char": None, "extractor": "metadata",
                    "confidence": metadata_date_confidence(),
                })
    return rows


def _reference(article: Article) -> date | None:
    value = article.reference_date
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _funded_cluster(span: Span, events: list[Span]) -> str | None:
    """The cluster of the status event stated in the amount's sentence ("… er løftet til Arena
    Pro og får 3,5 millioner kroner i året"), the nearest if several; in a sentence that
    refers back to one ("Statusen gir …"), the event's stated before it; else None."""
    near = [e for e in events if e.sent.start == span.sent.start]
    if near:
        return min(near, key=lambda e: abs(e.start_char - span.start_char))._.event["cluster"]
    if not events or not any(t.lower_ in load("funding")["references"] for t in span.sent):
        return None
    before = [e for e in events if e.start_char < span.start_char]
    return (before[-1] if before else events[0])._.event["cluster"]


_AMOUNT_FIELDS = ("value", "value_high", "currency", "unit", "qualifier", "period", "measure")


def _merged_repeat(earlier: dict | None, row: dict) -> bool:
    """Merge ``row`` into ``earlier``, the same money stated before in the article (a title, a
    summary), unless they name two different clusters; the cluster and measure are kept from
    whichever mention has them, the confidence of the surer one. False when not merged."""
    if earlier is None:
        return False
    if None not in (earlier["cluster"], row["cluster"]) and earlier["cluster"] != row["cluster"]:
        return False  # two clusters: two facts
    for key in ("cluster", "cluster_id", "measure"):
        earlier[key] = earlier[key] or row[key]
    earlier["confidence"] = max(earlier["confidence"], row["confidence"])
    return True


def _amounts(doc: Doc, article: Article) -> list[dict]:
    """One row per amount; money repeated with the same value, currency, qualifier and period
    is one row (the first mention)."""
    rows, money = [], {}
    events = sorted(doc.spans.get("events", []), key=lambda e: e.start_char)
    for span in doc.spans.get("amounts", []):
        amount = span._.amount or {}
        cluster = _funded_cluster(span, events)
        row = {
            "article_id": article.id, "text": span.text, **{key: amount.get(key) for key in _AMOUNT_FIELDS},
            "cluster": cluster, "cluster_id": cluster and cluster_entity_id(cluster),
            **_provenance(span, "rule:newsfacts_amounts", amount_confidence(span, amount, cluster)),
        }
        same = tuple(row[key] for key in _AMOUNT_FIELDS[:-1])
        if row["currency"] and _merged_repeat(money.get(same), row):
            continue
        money.setdefault(same, row)
        rows.append(row)
    return rows


def _person_roles(doc: Doc, article: Article, main_cluster: str | None,
                  model: str | None) -> list[dict]:
    """One row per (person, role) in the article, the organisation filled in where the
    article states it elsewhere ("daglig leder i Heidner Biocluster" without a name)."""
    roles_data = load("roles")
    cluster_internal = set(roles_data["cluster_internal"])
    role_orgs, unnamed = {}, []
    named: dict[tuple[str, str], tuple[Span, dict]] = {}
    mentioned = {(m.start_char, m.end_char): m for m in doc.spans.get("mentions", [])}
    for span in doc.spans.get("roles", []):
        found = span._.role
        if found["person"] is None:
            role_orgs.setdefault(found["role"], found["organization"])
            unnamed.append(found)
            continue
        mention = mentioned.get((found["person_start"], found["person_end"]))
        if mention is not None and mention.label_ != "PER":  # the article names an organisation or place
            continue
        key = (mention._.canonical if mention is not None else found["person"], found["role"])
        if key not in named or (found["organization"] and not named[key][1]["organization"]):
            named[key] = (span, found)
    head_roles = set(roles_data["head_roles"])
    article_organizations = IMPLIED.read(doc)
    head_orgs = {f["organization"] for f in unnamed if f["role"] in head_roles and f["organization"]}
    head_orgs -= {found["organization"] for _, found in named.values() if found["role"] in head_roles}
    held = _held_by_person(named)
    rows = []
    for (person, role), (span, found) in named.items():
        organization, organization_from = (found["organization"], "stated") if found["organization"] \
            else IMPLIED.stated(role, article_organizations, span)  # before another clause's
        if organization is None and (person, _title_head(role)) in held:
            organization, organization_from = held[(person, _title_head(role))], "role"
        elif organization is None and role in role_orgs:
            organization, organization_from = role_orgs[role], "role"
        elif organization is None and role in head_roles and len(head_orgs) == 1:
            organization, organization_from = next(iter(head_orgs)), "head"
        elif organization is None and role in cluster_internal and main_cluster:
            organization, organization_from = main_cluster, "cluster"
        elif organization is None:
            organization, organization_from = IMPLIED.of_article(role, article_organizations, span)
        organization = organization and IMPLIED.written_name(organization, doc)
        source = "ner" if found["person_source"] == "ner" else "rule"
        confidence = role_confidence(doc, found, organization_from, source == "ner")
        extractor = f"rule:{found['rule']}" + (f"+{model}" if source == "ner" and model else "")
        rows.append({
            "article_id": article.id,
            "person": person, "role": role, "organization": organization, "former": found["former"],
            **_provenance(span, extractor, confidence),
        })
    return rows + _byline_rows(article, set(named), roles_data["byline_role"])


def _byline_rows(article: Article, named: set[tuple[str, str]], byline_role: str) -> list[dict]:
    """A row per author: a journalist of the outlet, or what the page says the writer is on the
    line below the name ("Kari Lie, Communication Manager" above the date)."""
    rows = []
    for author in article.authors:
        if (author, byline_role) in named or author.islower():  # "linn": a user, no name
            continue
        line = next((l for l in article.metadata_lines if author in l), f"Byline: {author}")
        title = writer_title(line, author)
        rows.append({
            "article_id": article.id,
            "person": author, "role": title or byline_role, "organization": None if title else article.outlet,
            "evidence": line, "evidence_start": None, "start_char": None, "end_char": None,
            "extractor": "metadata:byline", "confidence": byline_confidence(),
        })
    return rows


def _held_by_person(named: dict[tuple[str, str], tuple[Span, dict]]) -> dict[tuple[str, str], str]:
    """(person, title head) -> the organisation stated with one of the person's roles of that head:
    "Molde-direktør Kari Lunde" gives "administrerende direktør Kari Lunde" elsewhere Molde."""
    held: dict[tuple[str, str], str] = {}
    for (person, role), (_, found) in named.items():
        if found["organization"]:
            held.setdefault((person, _title_head(role)), found["organization"])
    return held


def _title_head(role: str) -> str:
    """The last word of a title: "direktør" of "administrerende direktør"."""
    return role.split()[-1] if role else ""


def _status_events(doc: Doc, article: Article) -> list[dict]:
    """One row per (cluster, status, action, date): the article's mentions of one event merged
    (the events component has dated each from the whole article), citing the mention whose
    date is its own where there is one."""
    grouped: dict[tuple, list[Span]] = defaultdict(list)
    for span in doc.spans.get("events", []):
        event = span._.event
        grouped[(event["cluster"], event["status"], event["action"], event["date"])].append(span)
    rows = []
    for (cluster, status, action, _date), spans in grouped.items():
        granted_by = next((s._.event["granted_by"] for s in spans if s._.event["granted_by"]), None)
        evidence = max(spans, key=lambda s: (s._.event["date_source"] == "text", bool(s._.event["granted_by"]),
                                             s._.event["confidence"]))
        event = evidence._.event
        row = {
            "article_id": article.id,
            "cluster": cluster, "cluster_id": cluster_entity_id(cluster), "status": status,
            "action": action, "date": event["date"], "date_granularity": event["date_granularity"],
            "date_text": event["date_text"], "date_source": event["date_source"], "granted_by": granted_by,
            **_provenance(evidence, "rule:newsfacts_events", None),
        }
        row["confidence"] = event_confidence(doc, row, evidence, spans)
        rows.append(row)
    return rows


def _mentions_and_entities(doc: Doc, article: Article, model: str | None) -> tuple[list[dict], list[dict]]:
    """Mentions and entities as the entities component typed and named them
    (``doc.spans["mentions"]``); a one-word person name is an entity of its article
    only, so a surname never merges people across articles."""
    mentions, entities = [], {}
    for span in doc.spans.get("mentions", []):
        name, source = span._.canonical, span._.rule or model or "ner"
        confidence = 0.85 if span.label_ == "CLUSTER" else 0.7 if source == "rule:newsfacts_roles" else NER_CONFIDENCE
        kind = ENTITY_TYPES.get(span.label_, span.label_.lower())
        if kind == "cluster":
            name = registry().current_name(name)  # "NCE Subsea" is the entity "Ocean Technology"
        eid = entity_id(kind, name) + (f"@{article.id}" if kind == "person" and " " not in name else "")
        entity = entities.setdefault(eid, {"id": eid, "type": kind, "name": name, "aliases": set()})
        entity["aliases"] |= {form for form in (span.text, span._.canonical) if form != name}
        mentions.append({
            "id": stable_id(article.id, "mentions", span.label_, span.start_char, span.end_char, eid),
            "article_id": article.id, "entity_id": eid, "label": span.label_, "text": span.text,
            "start_char": span.start_char, "end_char": span.end_char, "source": source,
            "confidence": confidence,
        })
    return mentions, [dict(e, aliases=sorted(e["aliases"])) for e in entities.values()]

