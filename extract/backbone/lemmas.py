"""Lemmas from the train lexicon, in the text's own standard.

The trainable lemmatizer learns Bokmål and Nynorsk jointly, and from a frozen tok2vec, so it
misses some words it has seen ("klyngen" -> "klyng") and gives a form both standards share the
other standard's lemma ("er" -> være/vere, "vil" -> ville/vilje, "meg" -> jeg/eg).
``data/lemma_lexicon.tsv`` lists every (lowercase form, UPOS) of NorNE's train files with one
lemma at least 90 % of the time, per standard; ``data/lemma_supplement.tsv`` adds words this
project needs that train lacks (the "klynge" paradigm). The ``newsfacts_lemmas`` component, which
build_nlp puts right after the lemmatizer, gives a listed word the lexicon's lemma for the
document's standard (told by the function words of its text, else by ``doc._.language``); with
no standard known, only where both standards agree. A hyphenated compound not listed itself
takes the lemma of its last part ("NCE-klynga" -> "NCE-klynge"). Proper nouns and unlisted
words keep the model's lemma.

The lexicon is made from NorNE train only: ``python -m extract.backbone.lemmas [DATA_DIR]``."""

from __future__ import annotations

import csv
import sys
import weakref
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..parse.language import detect_language

LEXICON = Path(__file__).parent / "data" / "lemma_lexicon.tsv"
SUPPLEMENT = Path(__file__).parent / "data" / "lemma_supplement.tsv"
MIN_SHARE = 0.9  # share of a (form, UPOS)'s majority lemma in one standard's train file
STANDARDS = ("nb", "nn")
STANDARD_OF = {"nob": "nb", "nno": "nn"}  # NorNE's folder names -> language codes


def read_lexicon(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """{(lowercase form, UPOS): {"nb": lemma, "nn": lemma}} (a standard may be missing)."""
    table: dict[tuple[str, str], dict[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("# ")), delimiter="\t"):
            table[row["form"], row["upos"]] = {s: row[s] for s in STANDARDS if row[s]}
    return table


@cache
def lexicon() -> dict[tuple[str, str], dict[str, str]]:
    """The train lexicon with the supplement on top."""
    return {**read_lexicon(LEXICON), **read_lexicon(SUPPLEMENT)}


def _entry(table: dict, form: str, lower: str, pos: str) -> dict[str, str] | None:
    """The lexicon entry of a word, or of the last part of a hyphenated compound. An adjective
    not listed as one takes the entry of the same form as a verb: the tagger may call a
    participle or a past form either ("utpekte", "tildelte"), and NDT lemmatises participles to
    the verb."""
    entry = table.get((lower, pos))
    if entry is None and pos == "ADJ":
        entry = table.get((lower, "VERB"))
    if entry is not None or "-" not in lower:
        return entry
    cut = lower.rfind("-") + 1
    if 1 < cut < len(lower) and (lower[cut:], pos) in table:
        return {s: form[:cut] + lemma for s, lemma in table[lower[cut:], pos].items()}
    return None


_STANDARDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def document_standard(doc: Doc) -> str | None:
    """"nb" or "nn" by the text's function words, else ``doc._.language`` (if set), else None
    (worked out once per Doc)."""
    if doc in _STANDARDS:
        return _STANDARDS[doc]
    found = detect_language(doc.text)
    if found is None and Doc.has_extension("language") and doc._.language in STANDARDS:
        found = doc._.language
    _STANDARDS[doc] = found
    return found


def _lemma(entry: dict[str, str], standard: str | None) -> str | None:
    if standard is not None:
        return entry.get(standard)
    values = set(entry.values())
    return values.pop() if len(values) == 1 else None


@Language.component("newsfacts_lemmas")
def use_lexicon_lemmas(doc: Doc) -> Doc:
    """Give words of the train lexicon its lemma for the document's standard."""
    table = lexicon()
    listed = [(t, entry) for t in doc
              if (pos := t.pos_) != "PROPN" and (entry := _entry(table, t.text, t.lower_, pos))]
    if not listed:
        return doc
    standard = document_standard(doc)
    for token, entry in listed:
        lemma = _lemma(entry, standard)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def add_lexicon_lemmas(nlp: Language) -> None:
    """Put ``newsfacts_lemmas`` right after the pipeline's lemmatizer (if it has one)."""
    if "trainable_lemmatizer" in nlp.pipe_names and "newsfacts_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("newsfacts_lemmas", after="trainable_lemmatizer")


def build_lexicon(data_dir: str | Path) -> dict[tuple[str, str], dict[str, str]]:
    """(lowercase form, UPOS) -> lemma per standard, from NorNE's Bokmål and Nynorsk train files
    (UPOS as mapped from NDT by convert.py; proper nouns left out)."""
    from ..ner.convert import split_path
    from .convert import ndt_to_ud, read_sentences

    table: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for lang, standard in STANDARD_OF.items():
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for sent in read_sentences(split_path(data_dir, lang, "train")):
            for row, (upos, _) in zip(sent.rows, ndt_to_ud(sent)):
                if upos != "PROPN":
                    counts[row.form.lower(), upos][row.lemma] += 1
        for key, lemmas in counts.items():
            lemma, n = lemmas.most_common(1)[0]
            if n >= MIN_SHARE * sum(lemmas.values()):
                table[key][standard] = lemma
    return dict(table)


def main(argv: list[str]) -> None:
    from ..ner import default_data_dir

    table = build_lexicon(argv[0] if argv else default_data_dir())
    with open(LEXICON, "w", encoding="utf-8", newline="") as f:
        f.write("# Lemma of each (lowercase form, UPOS) in NorNE's train files, per standard (nb: Bokmål,\n"
                f"# nn: Nynorsk; empty: not seen, or no lemma {MIN_SHARE:.0%}+ of the time). Made by\n"
                "# `python -m extract.backbone.lemmas` from the train files only.\n")
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["form", "upos", *STANDARDS])
        for (form, upos), entry in sorted(table.items()):
            writer.writerow([form, upos, *(entry.get(s, "") for s in STANDARDS)])
    print(f"{len(table)} (form, UPOS) pairs -> {LEXICON}")


if __name__ == "__main__":
    main(sys.argv[1:])
