"""Generated variants of the kinds of language on real pages nobody wrote rules for (the develop half of
real-page batch 7, scored as it came): a programme's title in quotes glued to "-programmet" is no cluster, a
status written as one word opening a line is no name, a new name of a common word goes on over "i" and a
place ("Sjømat i Vest"), a sentence about the news itself dates an article with no publication date, a status
or programme written with the word for cluster is one ("tildelt Arenaklyngestatus", "tatt opp i
Arena-klyngeprogrammet"), "får forlengelse i Arenaprogrammet" extends (asking for one does not), and a status's
programme that approves funding for a cluster grants it ("the Arena programme has approved funding for X"); from
real-page batches 6 and 7, a sentence naming some of the clusters the one before counts ("Blant de fem er X"), a
list that sets one cluster aside ("In addition to X, the clusters entering this arrangement today are A and B")
and a cluster written with the opening words of its name ("Stiim" for "Stiim Aqua Cluster") as that cluster, a
status said by its award ("Arena-tildelingen åpner for ...") and a status in quotation marks («Arena Pro-klyngene»); from
batches 7 and 8, a name of common words and its place written once as the subject of the status ("Energi i Nord får
status som Arena-klynge", {M}: "Skognæringa i Midt-Norge har blitt utpekt ...") and a quote's speech tag naming the
speaker's employer, who got no status (", sier X som er utviklingssjef i Y Cluster"), but the speaker's cluster where the
quote names no one ("– Vi har fått Arena-status, sier Kari Lie, daglig leder i X"); from batch 9, a region or a
project by its place ("Molde-prosjektet", "Hamarregionen") and a label before a colon ("Sjøfart: ...") are no cluster,
a status set against another ("fikk Arena-status, ikke NCE-status") is no refusal, two clauses of one sentence give each
its cluster's status, a list of the programme's levels heads no names, an upgrade to the lowest status is a grant and
a host the status came through ("Gjennom X har A fått ...") gets none; from the session-21 note, a headline's short
form ("Sjømatnæringa får ...") leaves the body's name with its place whole; from batch 10's develop half, a reference
far from the last cluster named is the article's cluster, a brand after the word for cluster ({R}: "industriklyngen
4fjord"), a refusal not dated by the plan in its other clause, a caption's lineup of the people of the new clusters it
counts, a singular reference after two clusters named (the article's one), the date of a sentence saying the
decision was made known and an upgrade with no status named ("rykker opp"), to the one higher status the article names;
from session 22, a hub written with its prefix ("NCE X i Bergen er navet") is none of the clusters a lead sentence counts where a name below gets the status;
from batch 11's develop half, a name written once with a slip of the pen ({T}) beside its right form, the status in
capitals before the word for cluster ("approved as an ARENA Cluster") and more time counted in digits ("kvalifiserte seg
til 2 nye år i Arenaprogrammet");
from batch 10's sealed half, "i høst" told in the past in February (a template's `published`; the autumn before), a
quality label and its giver, a word that opens sentences first in a name ({O}: "Next X") the article writes inside a
sentence, a description before a name, a compound common noun opening a sentence, "den gang"/"da", a selection for
the status a call named sentences before, a genitive name written bare with its place, a partner of the application
and clusters among new ones "definert som" a status; from batch 8, a move over to a status ("overgangen til",
"går over til") under a headline opened by a verb.
Each kind in Bokmål and Nynorsk (and English for the date), two clause orders, cluster names of the shapes
of ``tests/data/event_variants.yaml`` and pieces of ``tests/data/event_unseen_kinds.yaml``.

    .venv/bin/python tests/annotate/event_unseen_kinds.py [--show 20]
prints the pass rate per kind, template, name shape and language, and failing examples.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import tempfile
from pathlib import Path

import yaml

from tests.annotate.event_page_kinds import distinct_names
from tests.annotate.event_variants import Variant, fill, load, norm_cluster, passes
from tests.annotate.variants import reported_rate

DATA = Path(__file__).resolve().parents[1] / "data" / "event_unseen_kinds.yaml"
ATTRIBUTES = ("kind", "template", "shape", "language")
LANGUAGES = ("nb", "nn", "en")


def _pieces(data: dict, language: str, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A date's value, and the text's other slots: a common-word name (and the definite one without its place, {Mh}),
    a programme, a one-word status, the date."""
    pieces = data["pieces"]
    value, *written = rng.choice(pieces["dates"])
    slots = {"{N}": f"{rng.choice(pieces['common_words'])} i {rng.choice(pieces['places'])}",
             "{M}": f"{rng.choice(pieces['definite_commons'])} i {rng.choice(pieces['dashed_places'])}",
             "{K}": rng.choice(pieces["descriptions"]), "{R}": rng.choice(pieces["brands"]),
             "{P}": rng.choice(pieces["programmes"]), "{W}": rng.choice(pieces["one_word_statuses"]),
             "{D}": written[LANGUAGES.index(language)]}
    return str(value), {**slots, "{Mh}": slots["{M}"].split(" i ")[0]}  # {M} without its place, as a headline has it


def generate(repeats: int = 4, seed: int = 0) -> list[Variant]:
    """Every template in every language and clause order, over every name shape, ``repeats`` times."""
    data, shared, rng = yaml.safe_load(DATA.read_text(encoding="utf-8")), load(), random.Random(seed)
    spellings, variants = {**shared["spellings"], **data["spellings"]}, []
    for template in data["templates"]:
        for language in (lang for lang in LANGUAGES if lang in template):
            for order, text in enumerate(template[language]):
                for _turn in range(repeats):
                    for shape in (s for s in shared["names"]["shapes"] if s not in template.get("shapes_left_out", [])):
                        status, (value, slots) = rng.choice(template["status"]), _pieces(data, language, rng)
                        value = str(template.get("date", value))  # a kind dated by its text, not by {D}
                        names = {**distinct_names(shape, shared, rng), "N": slots["{N}"], "M": slots["{M}"], "R": slots["{R}"]}
                        if "{L}" in text:  # a whole name the text also writes by its opening words, {A}
                            names["L"] = slots["{L}"] = f"{names['A']} {rng.choice(data['pieces']['name_tails'])}"
                        if "{T}" in text:  # {A} written once with a slip of the pen
                            slots["{T}"] = slipped(names["A"])
                        if "{O}" in text:  # a name that opens with a word that also opens sentences ("Next {A}")
                            names["O"] = slots["{O}"] = f"{rng.choice(data['pieces']['leading_openers'])} {names['A']}"
                        written = text
                        for slot, piece in slots.items():
                            written = written.replace(slot, piece)
                        filled, spelling = fill(written, names, status, spellings, rng)
                        expected = frozenset((names[slot], status if s == "{S}" else s, action)
                                             + ((value,) if template.get("dated") else ())
                                             for slot, s, action in template["events"])
                        variants.append(Variant(f"u{len(variants):05d}", f"{template['id']} {order}",
                                                template["kind"], language, shape, spelling, filled, expected))
    return variants


def slipped(name: str) -> str:
    """``name`` with two neighbouring letters of its longest word before the last (6 letters or more) swapped, as a
    slip of the pen ("Norwegain Wood Cluster"); the name itself where it has no such word."""
    words = name.split(" ")
    long = [k for k, w in enumerate(words[:-1]) if w.isalpha() and len(w) >= 6]
    if not long:
        return name
    k = max(long, key=lambda i: len(words[i]))
    word = words[k]
    at = next((i for i in range(2, len(word) - 2) if word[i] != word[i + 1]), None)
    if at is None:
        return name
    words[k] = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return " ".join(words)


def extract_events(variants: list[Variant], model: str | None = "default") -> dict[str, set]:
    """The (cluster, status, action) of every variant, with the date where the kind is dated (no publication
    date); an article of several lines has its first line as its headline, a one-line one is under a title."""
    from extract.api import facts_from_file

    published = {t["id"]: t.get("published") for t in yaml.safe_load(DATA.read_text(encoding="utf-8"))["templates"]}
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "variants.jsonl"
        with open(dump, "w", encoding="utf-8") as out:
            for v in variants:
                dated = any(len(event) == 4 for event in v.expected)
                out.write(json.dumps({"id": v.id, "text": v.text, "language": v.language,
                                      "title": "" if "\n" in v.text else "Klyngenytt",
                                      "published": published.get(v.template.split(" ")[0])
                                      or (None if dated else "2021-11-19")}, ensure_ascii=False) + "\n")
        results = facts_from_file(dump, model=model)
    dated = {v.id for v in variants if any(len(event) == 4 for event in v.expected)}
    return {r["article"]["id"]: {(e["cluster"], e["status"], e["action"])
                                 + ((e["date"],) if r["article"]["id"] in dated else ()) for e in r["status_events"]}
            for r in results}


def passes_dated(variant: Variant, found: set) -> bool:
    """The same events (and dates), names swapped; a common-word name must be whole ("Sjømat i Vest", which the
    other suites' comparison cuts before its place)."""
    if variant.kind == "name" or variant.template.startswith("subject_"):
        return {(c.casefold(), s.lower(), a) for c, s, a in found} == \
            {(c.casefold(), s.lower(), a) for c, s, a in variant.expected}
    if not any(len(event) == 4 for event in variant.expected):
        return passes(variant, found)
    undated = dataclasses.replace(variant, expected=frozenset(event[:3] for event in variant.expected))
    dates = [{(norm_cluster(c), s.lower(), d) for c, s, _a, d in events} for events in (found, variant.expected)]
    return passes(undated, {event[:3] for event in found}) and dates[0] == dates[1]


def report(variants: list[Variant], found: dict[str, set], show: int = 20) -> float:
    """The pass rate, printed with the rates by kind, template, shape and language, and failures."""
    return reported_rate(variants, found, passes_dated, ATTRIBUTES, "unseen-kind variants", show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--template", help="only templates whose id holds this")
    args = parser.parse_args()
    variants = [v for v in generate(seed=args.seed) if not args.template or args.template in v.template]
    report(variants, extract_events(variants), args.show)


if __name__ == "__main__":
    main()
