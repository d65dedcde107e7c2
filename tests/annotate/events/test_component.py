"""The newsfacts_events component: what it declares, what it sets."""

from .helpers import events


def test_the_factory_declares_what_it_needs_and_sets(rules_nlp):
    meta = rules_nlp.get_pipe_meta("newsfacts_events")
    assert {"doc.spans", "span._.event"} <= set(meta.assigns)
    assert {"doc.sents", "span._.canonical", "span._.date_value"} <= set(meta.requires)


def test_an_event_span_covers_its_frame_and_cluster(annotate_full):
    doc = annotate_full("Ocean Tech Cluster ble tilkjent GCE-status i fjor.", published="2021-11-20")
    [span] = doc.spans["events"]
    assert span.text == "Ocean Tech Cluster ble tilkjent GCE-status" and span.label_ == "EVENT"
    assert set(span._.event) == {"cluster", "status", "action", "granted_by", "start", "end", "date",
                                 "date_granularity", "date_text", "date_source", "confidence"}


def test_list_items_the_clusters_component_missed_become_clusters(annotate_full):
    doc = annotate_full("\n".join(["Disse klyngene får Arena-status:", "Cod Cluster", "Hub Vestland"]))
    assert ("Hub Vestland", "Arena", "granted") in events(doc)
    assert "Hub Vestland" in {span.text for span in doc.spans["clusters"]}


def test_an_article_with_no_status_word_has_no_events(annotate_full):
    assert len(annotate_full("Klyngen fikk tre millioner kroner i fjor.").spans["events"]) == 0
