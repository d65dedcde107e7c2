"""Money amounts, counts and percentages: find them in a sentence and parse them.

Vocabulary (currencies, qualifiers, periods, measures, words that are never counted
units…) lives in ``data/amounts.yaml``; number and scale words in ``data/numbers.yaml``
(shared with dates, read by ``extract/annotate/numbers.py``). Rules for the ambiguous cases:

- MONEY needs a currency word or symbol before or after the number ("kr 250 000",
  "5 mill. kr", "NOK 1.2bn", "5 mrd.kr"), a word that is scale and currency in one ("5 MNOK",
  "MNOK 5", "500 tkr"), or else is money in ``implied_currency`` (NOK): a scale word with a
  measure or period right after it ("5 millioner i støtte") or in a sentence about money (a
  money noun, verb or phrase of ``data/funding.yaml`` by form or lemma, a measure, a currency
  word: "Innovasjon Norge går inn med tre millioner"), or a bare number of at least
  ``bare_money_min`` after a money noun and "på" ("et tilskudd for 2015 på 900.000"). Glued
  scales ("5m", "1.2bn") need a currency. Norwegian "billion" is 10^12, an English one (on a
  page in English, ``doc._.language`` "en") 10^9. A decimal comma is a decimal; a dot is a
  thousands separator before exactly three digits ("300.000"), otherwise a decimal.
- COUNT is a number followed by a noun: adjectives in between stay out of the unit
  ("ti nye arbeidsplasser" -> "arbeidsplasser"). With a tagged Doc (the backbone model's
  part of speech) the unit must be a NOUN and the words skipped before it ADJ: "fire modne
  klynger" -> "klynger", while "to nordligste", "Rundt 20.000 demonstrerte", "TV 2
  utelukker" or "2018 fremskyndes" are no counts. A coordinated plural noun joins it
  ("49 bedrifter og forskningsinstitusjoner"). The span covers the qualifier, the number
  and the head noun only ("over 70 medlemsbedrifter"), in any position ("Åtte NCE-søkere",
  "alle de 18 punktene"). A part of a group takes the group's noun ("14 av de døde
  hundene"; not "fire av dem"); a difference without a noun its comparative ("7 900
  færre"). Time spans
  ("fem år", "to uker"), repetitions ("to ganger"), years and dates, ordinals ("20.",
  "første"), clock times, phone numbers, scores and lone indefinite articles
  ("en bedrift") are not counts. Three-letter currency codes count only in capitals.
- PERCENT: "5 prosent", "5 %" -> unit "prosent" ("prosentpoeng" likewise).
- Ranges ("mellom 12 og 14 milliarder kroner", "fra 1,6 til 2,4 millioner", "12–14 millioner",
  "to til tre millionar") are one amount: ``value`` the lower end, ``value_high`` the upper,
  qualifier "mellom" or "fra-til"; the scale and currency of the upper end apply to both. After
  a verb of change ("har økt fra 1,6 til 2,4 millioner kroner") the two ends are two amounts.
- A minus ("minus 3,8 milliarder", "−8,5 grader", "var - 8,5 grader") makes the value negative;
  a dash at the start of a line is a list bullet, after a number a range dash.
- Rates: "150 km/t" -> unit "km/t"; money per a thing keeps it as unit ("30 kroner per kilo"
  -> "per kilo"). The base of an exchange rate ("En euro koster nå 11,50 kroner") is dropped.
- period (year, month, week, day, hour) comes from the words right after the amount ("i året",
  "per dag", "hver uke") or an adjective shortly before it ("årlig omsetning på ...").
- measure (MONEY only) is the noun the amount is linked to after it ("5 millioner kroner
  i støtte"), else the nearest measure noun before it in the sentence, else the nearest
  after it. Nynorsk measures map to the Bokmål canonical (tilskot -> tilskudd); compounds
  keep their first part (grunnfinansieringen -> grunnfinansiering).

Where things are: ``vocabulary`` (the words as tables), ``patterns`` (the regexes), ``find``
(``find_amounts``, ``parse_amount``: a number phrase to an amount), ``units`` (what a count
counts), ``context`` (measure, period, sign and the number's surroundings), ``sentence`` (the
per-sentence state the steps pass on) and ``component`` (the ``newsfacts_amounts`` component).
"""

from .component import AmountAnnotator, make_amount_annotator
from .context import measure_of
from .find import AmountMatch, find_amounts, parse_amount

__all__ = [
    "AmountAnnotator", "AmountMatch", "find_amounts", "make_amount_annotator", "measure_of",
    "parse_amount",
]
