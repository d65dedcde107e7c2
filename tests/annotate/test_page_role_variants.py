"""Generated checks for the kinds of test_page_roles.py and tests/parse/test_captions_above_headline.py,
with names and organisations made up here from syllables (seen by no rule and no other test):
a caption with its credit above the headline, a credited name's organisation, the English forms
of a role. Each prints its pass rate and its failures."""

from __future__ import annotations

import random

import pytest

from extract.parse import parse_document
from extract.types import RawDocument
from tests.annotate.test_page_roles import roles_of

FIRST = ["Kari", "Ola", "Ingrid", "Per", "Silje", "Knut", "Marte", "Lars", "Hilde", "Eirik", "Anne", "Geir"]
STEMS = ["Brå", "Kvil", "Sol", "Ves", "Tor", "Mel", "Haf", "Lun", "Rys", "Gran", "Fjel", "Strø"]
ENDS = ["stad", "vik", "nes", "heim", "dal", "lid", "rud", "mo", "berg", "sæter"]
ORG_ENDS_NB = ["Næringshage", "Kunnskapspark", "Klyngen", "Sparebank", "Havbruk AS"]
ORG_ENDS_EN = ["Municipality", "Cluster", "Group", "Energy", "Innovation"]
COUNT = 40
MIN_RATE = 0.9


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(STEMS)}{rng.choice(ENDS)}"


def organization(rng: random.Random, ends: list[str]) -> str:
    return f"{rng.choice(STEMS)}{rng.choice(ENDS)} {rng.choice(ends)}"


def report(label: str, results: list[tuple[str, bool]]) -> float:
    rate = sum(ok for _, ok in results) / len(results)
    print(f"\n{label}: {len(results)} variants, pass rate {rate:.2f}")
    for text, ok in results:
        if not ok:
            print("  failed:", text)
    return rate


def test_generated_captions_above_the_headline_are_kept():
    rng, results = random.Random(11), []
    body = ("Klyngen har fått nye midler til et program for etterutdanning av ingeniører i regionen, "
            "og arbeidet starter allerede i høst med de første kursene for medlemmene.")
    for _ in range(COUNT):
        shown, credited, org = person(rng), person(rng), organization(rng, ORG_ENDS_NB)
        caption = rng.choice([f"{shown} i {org}. Foto: {credited}",
                              f"Bilete av f.v. {shown} og {person(rng)} (bilde: {credited}, {org}).",
                              f"Fra venstre: {shown} ({org}) og {person(rng)}. Foto: {credited}"])
        text = "\n\n".join([caption, "Ny satsing på kompetanse", body, body])
        article = parse_document(RawDocument(source="side.txt", kind="text", data=text.encode("utf-8")))
        results.append((caption, caption in article.captions and article.title == "Ny satsing på kompetanse"))
    assert report("captions above the headline", results) >= MIN_RATE


@pytest.mark.parametrize("with_model", [False, True], ids=["rules", "model"])
def test_generated_credits_keep_their_organisation(rules_nlp, nlp, with_model):
    rng, results = random.Random(12), []
    for _ in range(COUNT):
        credited, org = person(rng), organization(rng, ORG_ENDS_NB)
        text = rng.choice([f"Kaia i Grøvik. Foto: {credited}/{org}", f"Kaia i Grøvik. Foto: {credited}, {org}.",
                           f"Kaia i Grøvik (bilde: {credited}, {org})", f"Kaia i Grøvik (foto: {credited}/{org})"])
        results.append((text, (credited, "fotograf", org) in roles_of(nlp if with_model else rules_nlp, text)))
    assert report("credits' organisations", results) >= MIN_RATE


ENGLISH = [
    ("{P}, Business Manager at {O}, was pleased with the results.", "business manager"),
    ("Left: {P}, Head of Business Development at {O} was keen to see more.", "head of business development"),
    ("In front: {P} (CEO, {O}) and {Q} (EU Advisor, {O}).", "ceo"),
    ("She brought the head of {O}, {P}, on stage.", "head"),
    ("“We did well,” says {P}, managing director of {O}.", "managing director"),
    ("{P} has been appointed as new project leader for {O}.", "project leader"),
    ("{Q} and {P}, business developers at {O}, presented the plan.", "business developer"),
]


@pytest.mark.parametrize("template, role", ENGLISH, ids=[role for _, role in ENGLISH])
def test_generated_english_roles(nlp, template, role):
    rng, results = random.Random(20 + ENGLISH.index((template, role))), []
    for _ in range(COUNT // 4):
        name, other, org = person(rng), person(rng), organization(rng, ORG_ENDS_EN)
        text = template.format(P=name, Q=other, O=org)
        results.append((text, (name, role, org) in roles_of(nlp, text, language="en")))
    assert report(f"English '{role}'", results) >= MIN_RATE


def test_generated_names_glued_to_an_organisation_after_a_title(nlp):
    rng, results = random.Random(14), []
    for _ in range(COUNT // 2):
        name, org = person(rng), organization(rng, ORG_ENDS_NB)
        title = rng.choice(["direktør", "daglig leder", "dagleg leiar", "konsernsjef", "styreleiar"])
        text = rng.choice([f"– Det er positivt, sier {title} i {org} {name}.",
                           f"{title.capitalize()} i {org} {name} var sentral bak initiativet."])
        results.append((text, (name, title, org) in roles_of(nlp, text)))
    assert report("names glued to an organisation", results) >= MIN_RATE


def test_generated_caption_groups_share_their_organisation(nlp):
    rng, results = random.Random(15), []
    for _ in range(COUNT // 2):
        first, second, org = person(rng), person(rng), organization(rng, ORG_ENDS_NB)
        opener, title = rng.choice([("Fra venstre", "seniorrådgiver"), ("Frå venstre", "seniorrådgjevar")])
        text = (f"{opener}: {person(rng)} (Velmo Ferro AS), {opener.split()[0].lower()} {org} {first} ({title}) "
                f"og {second} (underdirektør).")
        found = roles_of(nlp, text)
        results.append((text, {(first, title, org), (second, "underdirektør", org)} <= found))
    assert report("caption groups", results) >= MIN_RATE


def test_generated_fields_of_two_nouns(nlp):
    rng, results = random.Random(16), []
    nouns = ["kultur", "næring", "plan", "miljø", "samferdsel", "utdanning", "helse", "klima", "folkehelse"]
    for _ in range(COUNT // 2):
        name, (first, second) = person(rng), rng.sample(nouns, 2)
        title = f"{rng.choice(['fylkesråd', 'byråd', 'direktør', 'leder'])} for {first} og {second}"
        text = rng.choice([f"– Det tror jeg, sier {title} {name}.", f"– Det trur eg, seier {title} {name}."])
        results.append((text, any(p == name and r == title for p, r, _ in roles_of(nlp, text))))
    assert report("fields of two nouns", results) >= MIN_RATE


def test_generated_lines_of_a_name_and_a_title(nlp):
    rng, results = random.Random(17), []
    titles = ["styreleder", "styreleiar", "daglig leder", "dagleg leiar", "prosjektleder", "fylkesrådsleder"]
    for _ in range(COUNT // 2):
        people = [(person(rng), rng.choice(titles)) for _ in range(2)]
        text = "Møtet ble holdt i Velmo.\n\n" + "\n\n".join(f"{name} {title}" for name, title in people)
        results.append((text, {(name, title, None) for name, title in people} <= roles_of(nlp, text)))
    assert report("lines of a name and a title", results) >= MIN_RATE


def test_generated_have_been_and_title_comma_name(nlp):
    rng, results = random.Random(18), []
    for _ in range(COUNT // 2):
        name, org = person(rng), organization(rng, ORG_ENDS_NB)
        title = rng.choice(["daglig leder", "dagleg leiar", "styreleder", "prosjektleiar"])
        text, expected = rng.choice([
            (f"{name} har vært {title} i {org} siden 2015.", (name, title, org)),
            (f"{name} har vore {title} i {org} sidan 2015.", (name, title, org)),
            (f"Anlegget var hovedattraksjonen. {title.capitalize()}, {name}, hadde fortalt om det.", (name, title, None))])
        results.append((text, expected in roles_of(nlp, text)))
    assert report("have been / title, name", results) >= MIN_RATE


def test_generated_compound_titles_of_camel_case_names(nlp):
    rng, results = random.Random(19), []
    for _ in range(COUNT // 2):
        name, owner = person(rng), rng.choice("ieu") + f"{rng.choice(STEMS)}{rng.choice(ENDS)}"
        title = rng.choice(["leder", "leiar", "sjef", "direktør"])
        text = f"På bildet er {owner}-{title} {name} og rektor Ivar Krokvik."
        results.append((text, (name, title, owner) in roles_of(nlp, text)))
    assert report("compound titles of camel-case names", results) >= MIN_RATE
