"""Status events hold for the kinds of language on real pages nobody wrote rules for (event_unseen_kinds.py):
a quoted programme title glued to "-programmet", a status written as one word opening a line and the subject
of its verb, a common-word name with its place ("Sjømat i Vest"), the news date of an article with no
publication date, a status or programme written with the word for cluster ("Arenaklyngestatus",
"Arena-klyngeprogrammet") an extension said by its noun ("får forlengelse i Arenaprogrammet") and a status's programme that approves
funding for a cluster ("Innovation Norway's Arena programme has approved funding for X"), the day a caption
announcing a grant gives ("Kunngjøring av X som Arena-prosjekt i Oslo, 20. juni 2016. (Foto: ...)"), a relative
clause about a reference ("Y leder klyngeprosjektet, som fikk Arenastatus i 2014"); from batches 6 and 7,
some of the counted clusters named after them ("Blant de fem er X"), a list that sets one cluster aside ("In
addition to X, the clusters entering this arrangement today are A and B") and a cluster written with the opening
words of its name ("Stiim" for "Stiim Aqua Cluster"), a status said by its award ("Arena-tildelingen åpner
for ...") a status in quotation marks («Arena Pro-klyngene») and a refused application for a status's funds; from batches 7 and 8, a
name of common words written once with its place as the subject of the status ("Energi i Nord får ...", "Skognæringa i
Midt-Norge har blitt utpekt ...") and a quote's speech tag that names the speaker's employer (", sier X som er
utviklingssjef i Y"), not who got the status unless the quote names no one ("– Vi har fått ..."), a status given
as one of two ("får Arena- eller NCE-status"), a headline's description ("Smartby-klynge får Arena-status") and a person
appointed ("X ble utnevnt til minister ..., og ... hadde Arena Y et møte med ham"); from batch 9, a region or a project
by its place ("Molde-prosjektet"), a label before a colon ("Sjøfart: X er utpekt ..."), a status set against another
("fikk Arena-status, ikke NCE-status"), two clauses of one sentence with a cluster and a status each, a list of the
programme's levels, an upgrade to the lowest status and a host it came through ("Gjennom X har A fått ..."); from batch
10's develop half, a reference far from the last cluster named ("nettverket", three sentences on: the article's
cluster), a brand after the word for cluster ("industriklyngen 4fjord"), a refusal with a plan's date in another clause
("..., men vil søke på nytt i 2030"), a caption counting new clusters with the lineup of their people ("Fra venstre:
..."), a singular reference after a sentence naming two clusters, a sentence saying the decision was made known with
its date, and an upgrade with no status named ("rykker opp") to the one higher status the article names; a hub written
with its prefix where a lead sentence counts clusters and a name below gets the status; from batch 11, a name written
once with a slip of the pen, the status in capitals before the word for cluster ("approved as an ARENA Cluster") and more
time counted in digits ("kvalifiserte seg til 2 nye år"); from batch 10's sealed half,
"i høst" told in the past early in the year (the autumn before), a quality label and its giver ("Europas «... Label
Gold»"), a word that opens sentences first in a name the article writes inside a sentence ("Next X"), a description
before a name ("Innovasjonsprosjektet X"), a compound common noun opening a sentence ("Hovedmålet"), "den gang"/"da"
(the year of the sentence before), a selection for the status a call named sentences before, a genitive name written
bare with its place, a partner of the application, clusters among new ones defined as a status ("definert som
Arena Pro-nettverk") and a move over to a status under a headline opened by a verb ("Markerer overgangen til ...");
from batch 11's sealed half, a time phrase opening a sentence after a colon ("I oktober i fjor fikk X ...") and a
report's form with field labels ("X Prosjektperiode: ... Prosjektleder: ..."); Bokmål, Nynorsk and English, two clause orders, names never seen. The pass rate must be at least 98 %."""

import pytest

from tests.annotate.event_unseen_kinds import extract_events, generate, report

BAR = 0.98


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_unseen_kinds_keep_their_events():
    variants = generate()
    assert {v.language for v in variants} == {"nb", "nn", "en"} and len(variants) >= 600
    assert {v.kind for v in variants} == {"programme", "status_word", "name", "date", "compound", "extension",
                                           "approval", "caption_date", "reference", "partitive", "set_aside", "short_name",
                                           "award", "quoted", "funds", "time_extension", "sponsor", "description", "alternative",
                                           "subject_place", "speech_tag", "person_appointed", "place_description",
                                           "label", "contrast", "joined_clauses", "levels", "lowest_upgrade", "host",
                                           "far_reference", "brand", "plan_date", "lineup", "main_reference",
                                           "decision_date", "upgrade_target", "counted_hub"} \
        | {"slip_of_pen", "capital_status", "digit_time", "verbless_step"} \
        | {"past_season", "quality_label", "name_opener", "description_opener", "common_noun", "that_time",
           "selection_context", "genitive_name", "partner", "designated", "move_over"} \
        | {"time_phrase", "form_fields"}  # batch 10 sealed, batch 8; batch 11 sealed
    assert report(variants, extract_events(variants)) >= BAR
