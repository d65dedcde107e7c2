"""Kinds of failure on real pages nobody wrote rules for (the develop half of real-page batch 11, scored as it
came), each in Bokmål and Nynorsk (and English where the kind is English), with invented names and sentences: a
cluster name spelt once with a slip of the pen beside its right form ("Fjordlsy Marine Cluster" beside "Fjordlys
Marine Cluster") is that cluster, not a second one; the status written in capitals before the word for cluster
("approved as an ARENA Cluster") is a status, no cluster's name; more time in the programme counted in digits
("kvalifiserte seg til 2 nye år i Arenaprogrammet") is an extension, as with the count written as a word; a dated
step to the top with no status ("6. november 2021 tok klyngen steget helt til topps.") takes the highest status
the sentence right after names with no verb ("Arena Pro NCE i det nasjonale klyngeprogrammet"), its date dating
the upgrade the headline tells."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Fjordlys Marine Cluster blir Arena-klynge\n\nI dag ble det kjent at Fjordlys Marine Cluster blir en del av "
    "Arena-programmet. At Fjordlsy Marine Cluster nå blir en del av Arena-programmet, er en anerkjennelse av arbeidet.",
    "Fjordlys Marine Cluster blir Arena-klynge\n\nI dag vart det kjent at Fjordlys Marine Cluster blir ein del av "
    "Arena-programmet. At Fjordlys Marnie Cluster no blir ein del av Arena-programmet, er ei anerkjenning av arbeidet.",
])
def test_a_name_spelt_with_one_slip_is_the_cluster_written_right(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Marine Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Havbris Offshore Cluster og Havbris Onshore Cluster fikk begge Arena-status i dag.",
    "Havbris Offshore Cluster og Havbris Onshore Cluster fekk begge Arena-status i dag.",
])
def test_two_names_more_than_one_slip_apart_stay_two_clusters(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Offshore Cluster", "Arena", "granted"),
                                           ("Havbris Onshore Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Tindra Cluster approved as an ARENA Cluster\n\nTen new business clusters have been included in the cluster "
    "program Norwegian Innovation Clusters.",
    "Tindra Cluster godkjent som ARENA Cluster\n\nTi nye næringsklynger er tatt opp i klyngeprogrammet.",
    "Tindra Cluster godkjend som ARENA Cluster\n\nTi nye næringsklynger er tekne opp i klyngeprogrammet.",
])
def test_the_status_in_capitals_before_the_word_for_cluster_is_no_name(annotate_full, text):
    found = annotate_full(text)
    assert events(found) == {("Tindra Cluster", "Arena", "granted")}
    assert {span._.canonical for span in found.spans["clusters"]} == {"Tindra Cluster"}


@pytest.mark.parametrize("text", [
    "Etter en tøff runde kom Havlys Cluster gjennom nåløyet og kvalifiserte seg til 2 nye år i Arenaprogrammet.",
    "Etter ein tøff runde kom Havlys Cluster gjennom nåløyet og kvalifiserte seg til 2 nye år i Arenaprogrammet.",
    "Havlys Cluster har fått 3 ekstra år i Arena-programmet.",
])
def test_more_time_counted_in_digits_is_an_extension(annotate_full, text):
    assert events(annotate_full(text, published="2014-06-01")) == {("Havlys Cluster", "Arena", "extended")}


@pytest.mark.parametrize("text", [
    "Rykker opp til NCE\n\nHavbris Cluster fikk Arena-status i 2014. I november 2019 rykket klyngen opp med Arena "
    "Pro-status fra programmet. 6. november 2021 tok klyngen steget helt til topps. Arena Pro NCE i det nasjonale "
    "klyngeprogrammet og sølvsertifisering.",
    "Rykkjer opp til NCE\n\nHavbris Cluster fekk Arena-status i 2014. I november 2019 rykte klynga opp med Arena "
    "Pro-status frå programmet. 6. november 2021 tok klynga steget heilt til topps. Arena Pro NCE i det nasjonale "
    "klyngeprogrammet og sølvsertifisering.",
])
def test_a_step_to_the_top_takes_the_highest_status_of_the_verbless_sentence_after(annotate_full, text):
    found = annotate_full(text, published=None)
    assert ("Havbris Cluster", "NCE", "upgraded") in events(found)
    dates = {status: {e._.event["date"] for e in found.spans["events"] if e._.event["status"] == status}
             for status in ("NCE", "Arena Pro")}
    assert dates == {"NCE": {"2021-11-06"}, "Arena Pro": {"2019-11-01"}}
