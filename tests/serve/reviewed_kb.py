"""A knowledge base with three facts of every type for the reviewed-view tests, and the
verdicts they get: one rejected, one corrected, one confirmed per type (and one disputed)."""

from __future__ import annotations

from extract.store import Facts, KnowledgeBase
from extract.types import Article

CLUSTER = "cluster:havrom-vest"
A1 = Article(id="bt-1", source="bt.txt", title="Havrom Vest blir GCE", outlet="Bergens Tidende",
             published="2025-02-05", paragraphs=[
                 "Havrom Vest fikk GCE-status 3. februar 2025 og får 1,2 mrd. kr over ti år.",
                 "Klyngen fikk Arena-status i 2014 og fikk seks millioner kroner i året.",
                 "Programmet gir også 3 millioner kroner i juni.",
                 "– Dette er stort, sier daglig leder Kari Nordmann i Havrom Vest.",
                 "Styreleder Ola Hansen i Havrom Vest er fornøyd."])
A2 = Article(id="sh-1", source="sh.txt", title="Havrom Vest mista NCE", outlet="Sunnhordland", language="nn",
             published="2023-05-02", paragraphs=[
                 "Havrom Vest mista NCE-statusen i 2023, seier prosjektleiar Per Olsen i Havrom Vest."])


def _span(article: Article, phrase: str) -> dict:
    sentence = next(p for p in article.paragraphs if phrase in p)
    start = article.text.index(phrase)
    return {"article_id": article.id, "evidence": sentence, "evidence_start": article.text.index(sentence),
            "start_char": start, "end_char": start + len(phrase), "extractor": "test", "confidence": 0.5}


def _event(fact_id, article, phrase, status, action, day, granularity):
    return {"id": fact_id, "cluster": "Havrom Vest", "cluster_id": CLUSTER, "status": status, "action": action,
            "date": day, "date_granularity": granularity, **_span(article, phrase)}


def _amount(fact_id, article, phrase, value):
    return {"id": fact_id, "text": phrase, "value": value, "currency": "NOK", "measure": "funding",
            "cluster": "Havrom Vest", "cluster_id": CLUSTER, **_span(article, phrase)}


def _role(fact_id, article, phrase, person, role):
    return {"id": fact_id, "person": person, "role": role, "organization": "Havrom Vest", "former": 0,
            **_span(article, phrase)}


def _date(fact_id, article, phrase, value, granularity):
    return {"id": fact_id, "text": phrase, "value": value, "granularity": granularity, **_span(article, phrase)}


def build_reviewed_kb(path) -> None:
    """Havrom Vest: GCE granted 3 February 2025, Arena granted in 2014 (A1), NCE lost in
    2023 (A2); three amounts, three roles, four dates."""
    kb = KnowledgeBase(path)
    kb.replace_article(A1, Facts(
        status_events=[_event("se-gce", A1, "fikk GCE-status 3. februar 2025", "GCE", "granted", "2025-02-03", "day"),
                       _event("se-arena", A1, "fikk Arena-status i 2014", "Arena", "granted", "2014-01-01", "year")],
        amounts=[_amount("am-mrd", A1, "1,2 mrd. kr", 1.2e9), _amount("am-seks", A1, "seks millioner kroner", 6e6),
                 _amount("am-tre", A1, "3 millioner kroner", 3e6)],
        person_roles=[_role("pr-kari", A1, "daglig leder Kari Nordmann", "Kari Nordmann", "daglig leder"),
                      _role("pr-ola", A1, "Styreleder Ola Hansen", "Ola Hansen", "styreleder")],
        dates=[_date("dt-feb", A1, "3. februar 2025", "2025-02-03", "day"),
               _date("dt-2014", A1, "i 2014", "2014-01-01", "year"),
               _date("dt-juni", A1, "i juni", "2024-06-01", "month")],
        entities=[{"id": CLUSTER, "type": "cluster", "name": "Havrom Vest", "aliases": []}]), "t")
    kb.replace_article(A2, Facts(
        status_events=[_event("se-nce-lost", A2, "mista NCE-statusen i 2023", "NCE", "lost", "2023-01-01", "year")],
        person_roles=[_role("pr-per", A2, "prosjektleiar Per Olsen", "Per Olsen", "prosjektleiar")],
        dates=[_date("dt-2023", A2, "i 2023", "2023-01-01", "year")]), "t")
    kb.update_history()
    kb.db.close()


# fact id -> (verdict, correction form fields), in the order they are recorded; the
# corrections are written as the pages write dates and amounts.
VERDICTS = {
    "se-nce-lost": ("rejected", {}),
    "se-gce": ("corrected", {"field:date": "15. januar 2025"}),
    "se-arena": ("confirmed", {}),
    "am-mrd": ("rejected", {}),
    "am-seks": ("corrected", {"field:value": "2,4 mill. kr"}),
    "am-tre": ("confirmed", {}),
    "pr-kari": ("rejected", {}),
    "pr-ola": ("corrected", {"field:role": "nestleder"}),
    "pr-per": ("confirmed", {}),
    "dt-juni": ("rejected", {}),
    "dt-feb": ("corrected", {"field:value": "høsten 2024"}),
    "dt-2014": ("confirmed", {}),
}
# What each fact is then: its review state (rejected facts are left out).
STATES = {fact_id: verdict for fact_id, (verdict, _) in VERDICTS.items()} | {"dt-2023": "disputed"}
