"""Names that are never a cluster, whatever their context (``NeverClusters``): the programme's bodies and
words, organisations, parties, places alone, and descriptions ("Bergensregionen", "Bodø-prosjektet")."""

from __future__ import annotations

from .cluster_registry import name_key, registry
from .lexicon import load


class NeverClusters:
    """Names that are never a cluster, whatever their context: the programme's bodies and
    words ("Innovasjon Norge", "Global Centres of Expertise"), parties, working-life bodies
    and the known organisations of ``data/organizations.yaml``, and names ending in an
    organisation word ("Hedmark fylkeskommune"), also in the genitive ("NHOs")."""

    def __init__(self, data: dict) -> None:
        organizations, names = load("organizations"), load("names")
        self.names = {n.casefold() for n in data["never_clusters"]}
        self.names |= {form.casefold() for org in organizations["known"] for form in [org["name"], *org.get("aliases", [])]}
        self.names |= {party.casefold() for party in load("roles")["parties"] if len(party) > 1}
        self.endings = tuple(w.casefold() for w in data["never_cluster_endings"])
        self.label_words = {w.casefold() for w in data["never_cluster_words"]}
        self.descriptions = tuple(w.casefold() for w in data["description_endings"])
        self.articles = {w.casefold() for w in data["never_cluster_articles"]}
        self.programme_tails = {w.casefold() for w in data["programme_tails"]}
        self.status_endings = tuple(data["status_endings"])
        known = {name_key(form, data["programme_prefixes"]) for c in registry().clusters for form in c.forms}
        self.place_names = {*names["places"], *names["countries"], *organizations["regional_units"], *data["places_never_alone"]}
        self.places = {p.casefold() for p in self.place_names} - known

    def __call__(self, name: str) -> bool:
        """Is ``name`` never a cluster: a body, a party, an organisation, a place alone
        ("Oslo", "Hamars"), also after an article ("The Research Council of Norway"), a body's plural
        name in the singular ("Norwegian Innovation Cluster"),
        or a word made of a body's name ("EØS-kravene") or ending in a word for a programme ("«X»-programmet"),
        or opening with a status written as one word ("Arenastatus"), or a description: a region or a project by
        its place ("Bergensregionen", "Bodø-prosjektet"), or a label or an award ("Excellence Label GOLD")?"""
        folded = name.strip().casefold()
        first, _space, rest = folded.partition(" ")
        folded = rest if first in self.articles and rest else folded  # "The Research Council of Norway"
        for form in (folded, folded[:-1] if folded.endswith("s") else folded, folded + "s"):
            if form in self.names or form.split(" ")[-1] in self.endings or form in self.places:
                return True
        if folded.split(" ")[-1].endswith(self.descriptions):  # "Bergensregionen", "Bodø-prosjektet"
            return True
        if self.label_words & {w.strip("«»\"“”'’") for w in folded.split(" ")}:  # "Excellence Label GOLD"
            return True
        head, _dash, tail = folded.partition("-")  # "«Norwegian Innovation Clusters»-programmet": quotes are no name
        return first.split("-")[-1].endswith(self.status_endings) or bool(tail) and name.partition("-")[2].islower() \
            and (head.strip("«»\"“”'’ ") in self.names or tail in self.programme_tails)  # "Arenastatus" is a status
