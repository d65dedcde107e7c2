"""Generated checks for the kinds of test_page_role_kinds.py, with names and organisations made up
from syllables (test_page_role_variants.py): an agency named by its registry name, roles chained
after a named role, a unit between the title and the organisation, "til daglig" before a title,
organisations in parentheses under a plural title and English ministers' portfolios before their
names. Each prints its pass rate and its failures."""

from __future__ import annotations

import random

from tests.annotate.test_page_role_variants import COUNT, MIN_RATE, organization, person, report, roles_of

ORG_ENDS = ["Næringshage", "Kunnskapspark", "Sparebank", "Havbruk AS", "Energi AS", "Maritime"]
TITLES = [("daglig leder", "dagleg leiar"), ("prosjektleder", "prosjektleiar"), ("styreleder", "styreleiar"),
          ("rådgiver", "rådgjevar"), ("direktør", "direktør"), ("seniorrådgiver", "seniorrådgjevar")]
SAYS = [("– Dette er viktig, sier {P}, {T} i {O}.", 0), ("– Dette er viktig, seier {P}, {T} i {O}.", 1),
        ("{T} i {O}, {P}, var til stede.", 0), ("{T} i {O}, {P}, var til stades.", 1)]


def test_generated_agencies_are_named_by_their_registry_name(nlp):
    rng, results = random.Random(30), []
    agencies = [("Forskningsrådet", 0, "Norges forskningsråd"), ("Forskingsrådet", 1, "Norges forskningsråd"),
                ("Noregs forskingsråd", 1, "Norges forskningsråd"), ("Innovasjon Noreg", 1, "Innovasjon Norge"),
                ("Norges forskningsråd", 0, "Norges forskningsråd"), ("Innovasjon Norge", 0, "Innovasjon Norge")]
    for _ in range(COUNT):
        name, (agency, language, registered) = person(rng), rng.choice(agencies)
        template = rng.choice([t for t, lang in SAYS if lang == language])
        title = rng.choice(TITLES)[language]
        text = template.format(P=name, T=title, O=agency)
        results.append((text, (name, title, registered) in roles_of(nlp, text)))
    assert report("agencies by registry name", results) >= MIN_RATE


def test_generated_chained_roles(nlp):
    rng, results = random.Random(31), []
    layouts = [("– Det er viktig, sier {P}, {T} i {O}, {U} i {R} og {V} for {S}.", 0),
               ("– Det er viktig, seier {P}, {T} i {O}, {U} i {R} og {V} for {S}.", 1),
               ("{P}, {T} i {O}, {U} i {R}, åpnet møtet.", 0), ("{P}, {T} i {O}, {U} i {R}, opna møtet.", 1)]
    for _ in range(COUNT):
        name, (layout, language) = person(rng), rng.choice(layouts)
        titles = [t[language] for t in rng.sample(TITLES, 3)]
        orgs = [organization(rng, ORG_ENDS) for _ in range(3)]
        text = layout.format(P=name, T=titles[0], U=titles[1], V=titles[2], O=orgs[0], R=orgs[1], S=orgs[2])
        stated = 3 if "{V}" in layout else 2
        expected = {(name, title, org) for title, org in list(zip(titles, orgs))[:stated]}
        results.append((text, expected <= roles_of(nlp, text)))
    assert report("chained roles", results) >= MIN_RATE


def test_generated_units_between_title_and_organisation(nlp):
    rng, results = random.Random(32), []
    units = ["for Arena", "for Vestlandet", "for Nord-Norge", "for Innlandet", "Divisjon Havbruk", "Divisjon Energi"]
    for _ in range(COUNT):
        name, unit, org = person(rng), rng.choice(units), organization(rng, ORG_ENDS)
        template, language = rng.choice(SAYS[:2])
        title = rng.choice(TITLES)[language]
        text = template.format(P=name, T=f"{title} {unit}", O=org)
        results.append((text, (name, f"{title} {unit}", org) in roles_of(nlp, text)))
    assert report("units between title and organisation", results) >= MIN_RATE


def test_generated_til_daglig(nlp):
    rng, results = random.Random(33), []
    for _ in range(COUNT):
        name, org, language = person(rng), organization(rng, ORG_ENDS), rng.randrange(2)
        title = rng.choice(TITLES[1:])[language]
        surname = name.split()[-1]
        text = (f"{name} er valgt til ny leder. {surname} er til daglig {title} i {org}." if language == 0 else
                f"{name} er vald til ny leiar. {surname} er til dagleg {title} i {org}.")
        results.append((text, (surname, title, org) in roles_of(nlp, text)))
    assert report("til daglig before a title", results) >= MIN_RATE


def test_generated_parenthesised_organisations_under_a_plural_title(nlp):
    rng, results = random.Random(34), []
    plurals = [("klyngelederne", "klyngeleder", "Avisa møtte {L} for å høre om planene."),
               ("klyngeleiarane", "klyngeleiar", "Avisa møtte {L} for å høyre om planane."),
               ("prosjektlederne", "prosjektleder", "Med på møtet var {L}."),
               ("prosjektleiarane", "prosjektleiar", "Med på møtet var {L}.")]
    for _ in range(COUNT):
        plural, title, sentence = rng.choice(plurals)
        people = [(person(rng), organization(rng, ORG_ENDS)) for _ in range(3)]
        listed = ", ".join(f"{name} ({org})" for name, org in people[:2]) + f" og {people[2][0]} ({people[2][1]})"
        text = sentence.format(L=f"{plural} {listed}")
        results.append((text, {(name, title, org) for name, org in people} <= roles_of(nlp, text)))
    assert report("parenthesised organisations under a plural title", results) >= MIN_RATE


def test_generated_english_portfolios(nlp):
    rng, results = random.Random(35), []
    portfolios = ["Trade and Industry", "Fisheries", "Local Government and Modernisation", "Health and Care Services",
                  "Climate and Environment", "Education"]
    layouts = ["The plan was presented by {T} {P} on Friday.", "We met the {T} {P}, who praised the cluster.",
               "The funds were given by {T} {P} in the budget."]
    for _ in range(COUNT):
        name, portfolio = person(rng), rng.choice(portfolios)
        title = f"{rng.choice(['Minister', 'Secretary'])} of {portfolio}"
        text = rng.choice(layouts).format(T=title, P=name)
        results.append((text, (name, title.lower(), None) in roles_of(nlp, text, language="en")))
    assert report("English portfolios before a name", results) >= MIN_RATE


CELL_TITLES = [("Daglig leder", "Dagleg leiar"), ("Prosjektleder", "Prosjektleiar"), ("Administrerende direktør",
               "Administrerande direktør"), ("Seniorrådgiver", "Seniorrådgjevar"), ("Markedssjef", "Marknadssjef"),
               ("Styreleder", "Styreleiar")]


def test_generated_cells_of_names_and_titles(nlp):
    """A staff table run into one line ("Kari Lie Daglig leder Ola Dal Prosjektleder"), a contact cell with its
    organisation before it, or a name above its title: each title is the name's before it (roles/cells.py)."""
    rng, results = random.Random(36), []
    for _ in range(COUNT):
        language = rng.randint(0, 1)
        people = [(person(rng), rng.choice(CELL_TITLES)[language]) for _ in range(rng.randint(1, 4))]
        org = organization(rng, ORG_ENDS)
        layout = rng.choice(["table", "opened", "lines"]) if len(people) == 1 else "table"
        cells = " ".join(f"{name} {title}" for name, title in people)
        line = {"table": f"{org.upper()} Organisasjonen {cells}" if len(people) > 1 else cells,
                "opened": f"{org} {cells}", "lines": f"{people[0][0]}\n\n{people[0][1]}"}[layout]
        text = f"Kontakt oss\n\n{line}"
        found = {(name, role) for name, role, _ in roles_of(nlp, text)}
        results.append((text, {(name, title.lower()) for name, title in people} == found))
    assert report("cells of names and titles", results) >= MIN_RATE
