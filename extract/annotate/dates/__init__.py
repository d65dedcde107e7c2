"""Date expressions: find them in a text and normalise them to ISO 8601 + granularity.

The vocabulary (weekdays, seasons, relative phrases, prepositions…) lives in
``data/dates.yaml``, number words in ``data/numbers.yaml`` and month names in the table
shared with the parse stage, ``extract/data/months.yaml``; this package only holds the
grammar built from them: ``vocabulary`` (the words as tables), ``patterns`` (the regexes),
``rules`` (regex and resolver per rule), ``resolve`` (where a date is parsed: a match to a
value), ``calendar`` (the arithmetic), ``find`` (``find_dates``, ``normalize_date``) and
``component`` (the ``newsfacts_dates`` spaCy component). Values are the *start* of the
period; granularity is one of day, week, month, season, quarter, year, decade.

Rules for the ambiguous cases:

- A weekday alone or after "på" ("torsdag", "på mandag") is the most recent such day on
  or before the reference date ("fredag forrige uke": that week's Friday); after "sist/forrige/førre" strictly before it, after
  "neste/kommende" strictly after it, after "fram til/innen" on or after it.
  "fredag 13. mars" is the explicit date.
- A day or month without a year ("3. mars", "i november") and a quarter without a year
  take the reference year, unless that puts it more than six months after the reference
  month, then the year before ("i desember" written in January is last December).
- "i høst", "Tidligere i høst", "i vår", "i sommar" are that season of the reference
  year, whether it is past or still to come. "til høsten"/"neste høst" is the first such
  season starting after the reference date; "forrige høst" the one before "i høst".
- Winter belongs to the year its January falls in: "vinteren 2020" and
  "vinteren 2019/2020" start 2019-12-01; "i vinter" is the winter around the reference
  date in January–June and the coming one (starting 1 December) in July–December.
- Seasons start 03-01 (spring), 06-01 (summer), 09-01 (autumn), 12-01 (winter); weeks
  are ISO weeks and start on Monday.
- "i begynnelsen av / i midten av / i slutten av / ved utgangen av" a year give the
  month granularity at January / June / December of it; applied to a month they give
  that month. Modifiers such as "tidligere", "seinare" belong to the span but do not
  change the value.
- Two-digit years: 00–68 are 20xx, 69–99 are 19xx (POSIX). "90-tallet" is the latest
  such decade not after the reference year (19xx without one); "1900-tallet" and
  "2000-tallet" are centuries and are skipped; "i 30-årene" is an age (only "1930-årene"
  is a decade).
- A bare four-digit year (1900–2099) counts only after "i" (part of the span) or another
  preposition such as "fra", "siden", "til" (not part of the span), or joined to another
  year ("2015–2020", "i 2019 og 2020").
- Expressions that need the reference date are skipped when it is None.

dateparser is not used for dates in text: it reads 09.11.2018 month-first, drops days for
nb and fills missing parts from today, so candidates and values both come from the rules
here. Publication dates fall back to it behind our rules (``extract/parse/dates.py``).
"""

from .calendar import as_date
from .component import DateAnnotator, make_date_annotator, reference_date
from .find import DateMatch, find_dates, normalize_date

__all__ = [
    "DateAnnotator", "DateMatch", "as_date", "find_dates", "make_date_annotator", "normalize_date",
    "reference_date",
]
