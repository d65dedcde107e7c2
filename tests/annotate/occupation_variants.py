"""Generated sentences with occupations no data file of the code holds, and with words for kin,
partners and friends that are no roles, in every role position of a person's name, in Bokmål
and Nynorsk: apposition ("NAME, fisker fra X"), predicate ("NAME er/var/jobbet som skipper"),
a title before the name ("sier rørlegger NAME"), parentheses ("NAME (styrmann)"), a plural
over a list of names, one of a group named after a comma ("en av landets mest erfarne fiskere,
NAME"), a caption after its credit ("FOTO: ... / NTB scanpix Fisker NAME ...") and the definite
opening the next sentence as its subject ("NAME signerte ... Den rutinerte fiskeren har ...").

``UNSEEN`` and ``UNSEEN_HEADS`` are held aside: the code's data must not contain a word of them (test_occupation_variants.py
asserts so), so a variant passes only where the code tells an occupation by its shape and place.

    .venv/bin/python tests/annotate/occupation_variants.py [--show 20]
prints the pass rate of the occupations and the spurious rows of the relation words.
"""

from __future__ import annotations

import argparse
import itertools
import random
from dataclasses import dataclass

from tests.annotate.role_variants import extract_roles, key
from tests.annotate.variants import rates_by_attribute

# Real occupations (Bokmål, Nynorsk, and their definite plurals where they make one in -ene/-ane)
# that no list of the code knows: told only by the morphology of an agent noun and the position.
UNSEEN = [
    ("fisker", "fiskar", "fiskerne", "fiskarane"),
    ("styrmann", "styrmann", None, None),
    ("rørlegger", "røyrleggjar", "rørleggerne", "røyrleggjarane"),
    ("elektriker", "elektrikar", "elektrikerne", "elektrikarane"),
    ("sveiser", "sveisar", "sveiserne", "sveisarane"),
    ("gartner", "gartnar", "gartnerne", "gartnarane"),
    ("montør", "montør", "montørene", "montørane"),
    ("renholder", "reinhaldar", "renholderne", "reinhaldarane"),
    ("kranfører", "kranførar", "kranførerne", "kranførarane"),
    ("ambulansearbeider", "ambulansearbeidar", "ambulansearbeiderne", "ambulansearbeidarane"),
    ("farmasøyt", "farmasøyt", "farmasøytene", "farmasøytane"),
    ("trommeslager", "trommeslagar", "trommeslagerne", "trommeslagarane"),
    ("saksofonist", "saksofonist", "saksofonistene", "saksofonistane"),
    ("kameramann", "kameramann", None, None),
    ("konditor", "konditor", "konditorene", "konditorane"),
    ("dyrepasser", "dyrepassar", "dyrepasserne", "dyrepassarane"),
    ("regnskapsfører", "rekneskapsførar", "regnskapsførerne", "rekneskapsførarane"),
    ("tannpleier", "tannpleiar", "tannpleierne", "tannpleiarane"),
    ("sykkelrytter", "sykkelryttar", "sykkelrytterne", "sykkelryttarane"),
    ("vaktmester", "vaktmeister", None, None),
]
# Nouns for a position in a team, a candidacy or a star of a field, closed by a head no agent ending
# marks ("back", "kandidat", "stjerne"; data/occupations.yaml): held aside the same way.
UNSEEN_HEADS = [
    ("midtback", "midtback", "midtbackene", "midtbackane"),
    ("vingback", "vingback", "vingbackene", "vingbackane"),
    ("presidentkandidat", "presidentkandidat", "presidentkandidatene", "presidentkandidatane"),
    ("ordførerkandidat", "ordførarkandidat", "ordførerkandidatene", "ordførarkandidatane"),
    ("håndballstjerne", "handballstjerne", "håndballstjernene", "handballstjernene"),
    ("tennisstjerne", "tennisstjerne", "tennisstjernene", "tennisstjernene"),
]

# Words for kin, partners, friends and a preposition's noun: in the same positions, never a role.
RELATIONS = [
    ("samboer", "sambuar"), ("makker", "makker"), ("kjæreste", "kjærast"), ("kone", "kone"),
    ("ektemann", "ektemann"), ("venn", "venn"), ("kamerat", "kamerat"), ("nabo", "nabo"),
    ("svoger", "svoger"), ("bestefar", "bestefar"), ("søster", "syster"), ("forelder", "forelder"),
]

NAMES = ["Kari Brenna", "Ola Nordvik", "Siri Helene Nesse", "Per M. Dahl", "Ingrid Eik-Nes", "Tormod Vassbotn",
         "Hege Lunde", "Eirik Bakkevold"]
PLACES = ["Austevoll", "Brønnøysund", "Lyngdal", "Sunndal"]
QUOTES = {"nb": ["Dette er gode nyheter", "Vi er svært fornøyde", "Nå må vi jobbe videre"],
          "nn": ["Dette er gode nyheiter", "Vi er svært nøgde", "No må vi arbeide vidare"]}

# (id, position, Bokmål, Nynorsk, plural): {P}/{Q} names, {T} the word, {Tc} capitalised, {Tp} plural
# (capitalised; {Tpl} in lower case).
TEMPLATES = [
    ("apposition_from", "apposition", "– {quote}, sier {P}, {T} fra {place}.", "– {quote}, seier {P}, {T} frå {place}."),
    ("apposition_opens", "apposition", "{P}, {T}, mener at saken er viktig.", "{P}, {T}, meiner at saka er viktig."),
    ("apposition_says", "apposition", "– {quote}, sier {P}, {T}.", "– {quote}, seier {P}, {T}."),
    ("is", "predicate", "{P} er {T}.", "{P} er {T}."),
    ("was", "predicate", "{P} var {T} i mange år.", "{P} var {T} i mange år."),
    ("became", "predicate", "{P} ble {T} i 2010.", "{P} vart {T} i 2010."),
    ("works_as", "predicate", "{P} jobber som {T}.", "{P} arbeider som {T}."),
    ("worked_as", "predicate", "{P} har jobbet som {T} i ti år.", "{P} har arbeidd som {T} i ti år."),
    ("title_opens", "title_name", "{Tc} {P} gratulerer vinnerne.", "{Tc} {P} gratulerer vinnarane."),
    ("says_title", "title_name", "– {quote}, sier {T} {P}.", "– {quote}, seier {T} {P}."),
    ("according_to", "title_name", "Ifølge {T} {P} er saken løst.", "Ifølge {T} {P} er saka løyst."),
    ("parenthesis_led", "parenthesis", "Møtet ble ledet av {P} ({T}).", "Møtet vart leia av {P} ({T})."),
    ("parenthesis_opens", "parenthesis", "{P} ({T}) tok imot prisen.", "{P} ({T}) tok imot prisen."),
    ("plural_list", "plural", "{Tp} {P} og {Q} er klare for sesongen.", "{Tp} {P} og {Q} er klare for sesongen."),
    ("one_of_group", "plural", "{P} og {Q} er to av de mest erfarne {Tpl}.", "{P} og {Q} er to av dei mest røynde {Tpl}."),
    ("one_of_group_comma", "plural", "Prisen gikk til en av landets mest erfarne {Tpl}, {P}.",
     "Prisen gjekk til ein av landets mest røynde {Tpl}, {P}."),
    ("caption_after_credit", "caption", "Avtalen er klar\nFOTO: Lie, Kari / NTB scanpix {Tc} {P} signerte i går.\nDet bekrefter klubben.",
     "Avtalen er klar\nFOTO: Lie, Kari / NTB scanpix {Tc} {P} signerte i går.\nDet stadfestar klubben."),
    # the definite singular ({Td}) opening its sentence as the subject: the person named before
    ("refers_back", "reference", "{P} signerte en ny avtale mandag.\nDen rutinerte {Td} har vært med i mange år.",
     "{P} signerte ein ny avtale måndag.\nDen rutinerte {Td} har vore med i mange år."),
]
CREDITED = ("Kari Lie", "fotograf", None)  # the caption's credit: a row of its own
# Only for the relation words: an owner in the genitive, and a preposition's noun ("i favør NAME").
RELATION_TEMPLATES = [
    ("owner_comma", "genitive", "{Q}s {T}, {P}, sier at saken er viktig.", "{Q}s {T}, {P}, seier at saka er viktig."),
    ("owner_before", "genitive", "{Q}s gamle {T} {P} kom også.", "{Q}s gamle {T} {P} kom òg."),
    ("in_favour", "preposition", "Settet endte 6-3 i favør {P}.", "Settet enda 6-3 i favør {P}."),
]


@dataclass
class Variant:
    id: str
    template: str
    kind: str
    language: str
    word: str
    text: str
    expected: frozenset[tuple[str, str, None]]


def _fill(text: str, word: str, plural: str | None, people: list[str], rng: random.Random, language: str) -> str:
    filled = text.format(P=people[0], Q=people[1], T=word, Tc=word.capitalize(), Tp=(plural or "").capitalize(), Tpl=plural or "",
                         Td=definite(word, language), quote=rng.choice(QUOTES[language]), place=rng.choice(PLACES))
    return filled[0].upper() + filled[1:]


def definite(word: str, language: str) -> str:
    """The definite singular: "fiskeren", "håndballstjernen"; Nynorsk "handballstjerna"."""
    if word.endswith("e"):
        return word[:-1] + "a" if language == "nn" else word + "n"
    return word + "en"


def occupation_variants(seed: int = 0) -> list[Variant]:
    """Every template in both standards with every held-aside occupation (plural templates only
    with those that make a plural), the names drawn at random."""
    rng, variants = random.Random(seed), []
    for (template, kind, nb, nn), words in itertools.product(TEMPLATES, UNSEEN + UNSEEN_HEADS):
        for column, (language, text) in enumerate((("nb", nb), ("nn", nn))):
            plural = words[2 + column]
            if kind == "plural" and plural is None:
                continue
            people = rng.sample(NAMES, 2)
            rows = {(p, words[column], None) for p in (people[:1] if "comma" in template or kind != "plural" else people)}
            rows |= {CREDITED} if kind == "caption" else set()
            variants.append(Variant(f"o{len(variants):04d}", template, kind, language, words[column],
                                    _fill(text, words[column], plural, people, rng, language), frozenset(rows)))
    return variants


def relation_variants(seed: int = 0) -> list[Variant]:
    """Every template but the plural one, and the relation-only ones, with every relation word:
    no row may give it as a role."""
    rng, variants = random.Random(seed), []
    templates = [t for t in TEMPLATES if t[1] not in {"plural", "caption"}] + RELATION_TEMPLATES
    for (template, kind, nb, nn), words in itertools.product(templates, RELATIONS):
        for column, (language, text) in enumerate((("nb", nb), ("nn", nn))):
            people = rng.sample(NAMES, 2)
            variants.append(Variant(f"k{len(variants):04d}", template, kind, language, words[column],
                                    _fill(text, words[column], None, people, rng, language), frozenset()))
    return variants


def occupation_rate(variants: list[Variant], show: int = 20) -> float:
    """The share of occupation variants that give exactly their rows, printed with a breakdown."""
    found = extract_roles(variants)
    failures = [(v, found.get(v.id, set())) for v in variants if key(found.get(v.id, set())) != key(v.expected)]
    rate = 1 - len(failures) / len(variants)
    print(f"\n{len(variants)} unseen-occupation variants, pass rate {rate:.3f}")
    print("\n".join(rates_by_attribute(variants, failures, ("kind", "template", "language", "word"))))
    for variant, got in failures[:show]:
        print(f"[{variant.template} {variant.language}] {variant.text!r}: want {sorted(variant.expected)}, got {sorted(got)}")
    return rate


def spurious_relations(variants: list[Variant], show: int = 20) -> list[tuple[Variant, tuple]]:
    """The rows that give a relation word (or a word with it) as a role, printed."""
    found = extract_roles(variants)
    spurious = [(v, row) for v in variants for row in found.get(v.id, set())
                if row[1] and v.word.lower() in row[1].lower()]
    print(f"\n{len(variants)} relation-word variants, {len(spurious)} spurious roles")
    for variant, row in spurious[:show]:
        print(f"[{variant.template} {variant.language}] {variant.text!r}: {row}")
    return spurious


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    occupation_rate(occupation_variants(args.seed), args.show)
    spurious_relations(relation_variants(args.seed), args.show)


if __name__ == "__main__":
    main()
