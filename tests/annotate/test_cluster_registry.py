"""The registry of the programme's clusters (extract/annotate/data/cluster_registry.yaml): its
schema, its sources, the names it links, and the names that are never a cluster."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from extract.annotate.cluster_registry import STATUSES, ClusterRegistry, registry
from extract.annotate.clusters import ClusterFinder
from extract.facts import cluster_entity_id

HELDOUT = Path(__file__).resolve().parents[3] / "shared" / "tools" / "heldout.py"


@pytest.fixture(scope="module")
def finder():
    return ClusterFinder()


def test_the_registry_is_sound():
    """Every entry has a name, a known status with years in 2002-2024, and sources that
    exist; no name is shared by two clusters; every source is cited."""
    assert registry().problems() == []


def test_the_registry_holds_the_programme_s_levels():
    held = {status.status for cluster in registry().clusters for status in cluster.statuses}
    assert held == set(STATUSES) and len(registry().clusters) >= 40


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["clusters"][1].setdefault("aliases", []).append("GCE Blue Maritime"), "names both"),
    (lambda d: d["clusters"][0].update(statuses=[]), "no status"),
    (lambda d: d["clusters"][0].update(statuses=[{"status": "Gold"}]), "unknown status"),
    (lambda d: d["clusters"][0].update(statuses=[{"status": "NCE", "from": 2014, "to": 2006}]), "ends before"),
    (lambda d: d["clusters"][0].update(statuses=[{"status": "NCE", "from": 1999}]), "year out of"),
    (lambda d: d["clusters"][0].update(sources=["nowhere"]), "unknown source"),
    (lambda d: d["clusters"][0].update(sources=[]), "no source"),
    (lambda d: d["clusters"][0].update(website="x"), "unknown field"),
    (lambda d: d["clusters"][0].pop("name"), "no name"),
])
def test_the_check_finds_what_is_wrong(change, problem):
    data = copy.deepcopy(registry().raw)
    change(data)
    assert any(problem in found for found in ClusterRegistry(data).problems())


@pytest.mark.skipif(not HELDOUT.exists(), reason="../shared is not here")
def test_no_source_is_a_held_out_page():
    urls = [source["url"] for source in registry().sources.values() if source.get("url")]
    checked = subprocess.run([sys.executable, str(HELDOUT), *urls], capture_output=True, text=True)
    assert checked.returncode == 0, [line for line in checked.stdout.splitlines() if line.startswith("held-out")]


@pytest.mark.parametrize("name, today", [
    ("NCE Maritime", "Blue Maritime"),
    ("GCE Blue Maritime", "Blue Maritime"),
    ("NCE Subsea", "Ocean Technology"),
    ("GCE Subsea", "Ocean Technology"),
    ("Subsea", "Ocean Technology"),
    ("Norwegian Offshore & Drilling Engineering", "NODE"),
    ("NCE NODE", "NODE"),
    ("NCE Tourism – Fjord Norway", "Tourism Fjord Norway"),
    ("Arena Torsk", "Cod Cluster"),
    ("Energy and Emissions Trading", "Smart Energy Markets"),
    ("Kystklyngen Nordvest", "Kystklyngen Nordvest"),  # unknown: its own name
])
def test_a_name_of_any_time_links_to_the_cluster_today(name, today):
    assert registry().current_name(name) == today
    assert cluster_entity_id(name) == cluster_entity_id(today)


@pytest.mark.parametrize("text, surface, canonical", [
    ("GCE Subsea fikk status.", "GCE Subsea", "Subsea"),  # a former name stays the name of its time
    ("Norwegian Offshore & Drilling Engineering vokser.", "Norwegian Offshore & Drilling Engineering", "NODE"),
    ("NCE SE på Kongsberg har eksistert i ti år.", "NCE SE", "Systems Engineering"),
    ("Arena olje- og gassklynge Helgeland har base i Mo i Rana.", "Arena olje- og gassklynge Helgeland",
     "Olje- og gassklynge Helgeland"),
    ("Klyngen Kystlys Nordvest fikk Arena-status.", "Kystlys Nordvest", "Kystlys Nordvest"),  # no registry needed
])
def test_the_finder_reads_the_registry_and_still_finds_new_clusters(finder, text, surface, canonical):
    assert (surface, canonical) in {(text[s:e], c) for s, e, c in finder.find(text)}


@pytest.mark.parametrize("text", [
    "Subsea 7 vant kontrakten.",  # a former name's word alone, without its prefix
    "Kongsberg er en by.",
    "Klyngen NHO er fornøyd.",
    "Klyngen KrF svarte.",
    "Næringsklyngen Global Centres of Expertise er toppnivået.",
])
def test_no_cluster_in_these(finder, text):
    assert finder.find(text) == []


@pytest.mark.parametrize("name", ["NHO", "KrF", "Innovasjon Norges", "Vestland fylkeskommune",
                                  "Global Centres of Expertise", "European Cluster", "Arena"])
def test_never_a_cluster(finder, name):
    assert finder.never(name)


@pytest.mark.parametrize("name", ["Proneo", "Blue Maritime", "Kystlys Nordvest", "Arena Skog", "NODE"])
def test_a_cluster_name_is_no_organisation(finder, name):
    assert not finder.never(name)


def events(doc):
    return {(e._.event["cluster"], e._.event["status"], e._.event["action"]) for e in doc.spans["events"]}


def test_a_commenting_body_gets_no_status(annotate_text):
    doc = annotate_text("NHO er glad for at to næringsmiljøer har fått status som Global Centres of Expertise. "
                        "Vi gratulerer Blue Maritime og NODE som har kommet gjennom det trange nåløyet for "
                        "GCE-ordningen, sier Kari Hansen i NHO.")
    found = events(doc)
    assert not any(cluster in ("NHO", "Global Centres of Expertise") for cluster, _s, _a in found)
    assert {s._.canonical for s in doc.spans["clusters"]} & {"NHO", "Global Centres of Expertise"} == set()


def test_a_registry_name_keeps_its_place_from_the_list(annotate_full):
    """The registry knows the name written with a small letter, so the place is no cluster."""
    doc = annotate_full("Arena olje- og gassklynge Helgeland og Arena Innovasjon Torskefisk, ble i dag tatt opp i "
                        "det nasjonale Arena-programmet. Dette er en milepæl, sier fylkesråd Arve Knutsen (KrF).")
    found = events(doc)
    assert ("Olje- og gassklynge Helgeland", "Arena", "granted") in found
    assert not any(cluster in ("KrF", "Helgeland") for cluster, _s, _a in found)


@pytest.mark.parametrize("text, surface, canonical", [
    ("NCE Heidner Bioclusters leder er fornøyd.", "NCE Heidner Bioclusters", "Heidner Biocluster"),  # genitive
])
def test_a_registry_name_in_the_genitive(finder, text, surface, canonical):
    assert (surface, canonical) in {(text[s:e], c) for s, e, c in finder.find(text)}


def test_known_clusters_joined_are_no_cluster_of_their_own(finder):
    text = "Arena NOW and Windcluster Mid-Norway got support."
    found = {text[s:e] for s, e, c in finder.find(text)}
    assert found >= {"Arena NOW", "Windcluster Mid-Norway"} and "Arena NOW and Windcluster Mid-Norway" not in found


def test_a_former_name_beside_the_new_one_is_one_cluster(annotate_full):
    doc = annotate_full("I dag ble det kjent at NCE Maritime rykker opp og blir til GCE BLUE Maritime.")
    assert events(doc) == {("Blue Maritime", "GCE", "upgraded")}


def test_the_registry_tells_a_former_name():
    assert registry().is_former_name("NCE Subsea") and registry().is_former_name("Smart Water")
    assert not registry().is_former_name("GCE Ocean Technology") and not registry().is_former_name("Kystlys")
