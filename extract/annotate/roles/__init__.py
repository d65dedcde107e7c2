"""People with their roles and organisations.

Each token first gets the part it can play (``token._.role_part``): TITLE (a noun the
title lexicon of ``data/roles.yaml`` knows, or one ending in a title head), NAME (a
person name: the NER model's PER entities, or the name pattern where no model saw an
entity), ORG (organisations and places), FORMER ("tidligere"), PARTY ("(Ap)"), UNIT
(a regional unit after an organisation: "Innovasjon Norge, Innlandet").
The token patterns of ``data/role_patterns.jsonl`` are then applied with spaCy's
Matcher; each match's id names the rule, and its NAME, TITLE and ORG tokens give the
person, role and organisation. A match claims its title words, the first pattern in
the file winning, so "Håkon Haugli, direktør i Innovasjon Norge, Janicke Andreassen, ..."
gives the title to the name before it. A plural title heads a list of names ("de
administrerende direktørene A i Siva og B i Forskningsrådet").

Photo credits ("Foto: A / NTB", "Foto: Etternavn, Fornavn", "A / Reuters") are read
by ``credits.py``. A role with an organisation but no person ("gratulerer daglig
leder i Heidner Biocluster") is kept with ``person=None``: the facts stage uses it to
fill in the organisation of a person named with the same role elsewhere.
"""

from .component import RoleComponent, make_role_component

__all__ = ["RoleComponent", "make_role_component"]
