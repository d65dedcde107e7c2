"""Lemmas from the train lexicon, in the text's own standard.

The trainable lemmatizer learns Bokmål and Nynorsk jointly, and from a frozen tok2vec, so it
misses some words it has seen ("klyngen" -> "klyng") and gives a form both standards share the
other standard's lemma ("er" -> være/vere, "vil" -> ville/vilje, "meg" -> jeg/eg).
``data/lemma_lexicon.tsv`` lists every (lowercase form, UPOS) of NorNE's train files with one
lemma at least 90 % of the time, per standard; ``data/lemma_supplement.tsv`` adds words this
project needs that train lacks (the "klynge" paradigm). The ``newsfacts_lemmas`` component, which
build_nlp puts right before the lemmatizer, gives a listed word the lexicon's lemma for the
document's standard (told by the function words of its text, else by ``doc._.language``: an
English text is read with the Bokmål lexicon, as every text that was not Nynorsk was before); with
no standard known, only where both standards agree. A hyphenated compound not listed itself
takes the lemma of its last part ("NCE-klynga" -> "NCE-klynge"). The lemmatizer (which does not
overwrite) then lemmatises only the words left: proper nouns and unlisted words get the model's
lemma, and the model's edit trees are not applied to words the lexicon has settled.

The lexicon is made from NorNE train only: ``python -m extract.backbone.lemmas [DATA_DIR]``."""

from __future__ import annotations

import sys
import weakref
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ADJ, IDS, PROPN
from spacy.tokens import Doc

from ..parse.language import norwegian_standard
from . import lemmatizer  # noqa: F401  registers newsfacts_lemmatizer, which the shipped config names
from .text import doc_text
from .tsv import read_rows, write_rows

LEXICON = Path(__file__).parent / "data" / "lemma_lexicon.tsv"
SUPPLEMENT = Path(__file__).parent / "data" / "lemma_supplement.tsv"
MIN_SHARE = 0.9  # share of a (form, UPOS)'s majority lemma in one standard's train file
STANDARDS = ("nb", "nn")
STANDARD_OF = {"nob": "nb", "nno": "nn"}  # NorNE's folder names -> language codes
STANDARD_READ = {"nb": "nb", "nn": "nn", "en": "nb"}  # an Article's language -> the lexicon's standard


def read_lexicon(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """{(lowercase form, UPOS): {"nb": lemma, "nn": lemma}} (a standard may be missing)."""
    return {(row["form"], row["upos"]): {s: row[s] for s in STANDARDS if row[s]} for row in read_rows(path)}


@cache
def lexicon() -> dict[tuple[str, str], dict[str, str]]:
    """The train lexicon with the supplement on top."""
    return {**read_lexicon(LEXICON), **read_lexicon(SUPPLEMENT)}


@cache
def form_tags() -> dict[str, frozenset[str]]:
    """Each lowercase form of the lexicon with its parts of speech (the lexicon lists no proper nouns)."""
    found: dict[str, set[str]] = {}
    for form, upos in lexicon():
        found.setdefault(form, set()).add(upos)
    return {form: frozenset(tags) for form, tags in found.items()}


@cache
def _hashed_lexicon() -> dict[tuple[int, int], dict[str, str]]:
    """The lexicon keyed by (hash of the lowercase form, UPOS symbol), as ``Doc.to_array`` gives
    them: a Doc's words are looked up without making a Token for each."""
    return {(get_string_id(form), IDS[pos]): entry for (form, pos), entry in lexicon().items()}


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
    """"nb" or "nn" by the text's Norwegian function words, else by ``doc._.language`` (if set),
    else None (worked out once per Doc)."""
    if doc in _STANDARDS:
        return _STANDARDS[doc]
    found = norwegian_standard(doc_text(doc))
    if found is None and Doc.has_extension("language"):
        found = STANDARD_READ.get(doc._.language)
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
    listed = _listed(doc)
    if not listed:
        return doc
    standard = document_standard(doc)
    for i, entry in listed:
        lemma = _lemma(entry, standard)
        if lemma is not None:
            doc[i].lemma_ = lemma
    return doc


def _listed(doc: Doc) -> list[tuple[int, dict[str, str]]]:
    """(token index, lexicon entry) of the words of ``doc`` the lexicon lists (proper nouns left out)."""
    hashed, strings = _hashed_lexicon(), doc.vocab.strings
    listed = []
    for i, (lower, pos) in enumerate(doc.to_array([LOWER, POS]).tolist()):
        if pos == PROPN:
            continue
        entry = hashed.get((lower, pos))
        if entry is None and (pos == ADJ or "-" in strings[lower]):  # a participle, a compound
            token = doc[i]
            entry = _entry(lexicon(), token.text, token.lower_, token.pos_)
        if entry is not None:
            listed.append((i, entry))
    return listed


def add_lexicon_lemmas(nlp: Language) -> None:
    """Put ``newsfacts_lemmas`` right before the pipeline's lemmatizer (if it has one): after the
    tagger, whose part of speech it needs, and before the lemmatizer fills the words it leaves
    (after the lemmatizer instead if that one overwrites lemmas)."""
    if "trainable_lemmatizer" not in nlp.pipe_names or "newsfacts_lemmas" in nlp.pipe_names:
        return
    if nlp.get_pipe("trainable_lemmatizer").overwrite:
        nlp.add_pipe("newsfacts_lemmas", after="trainable_lemmatizer")
    else:
        nlp.add_pipe("newsfacts_lemmas", before="trainable_lemmatizer")


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
    write_rows(LEXICON, "Lemma of each (lowercase form, UPOS) in NorNE's train files, per standard (nb: Bokmål,\n"
               f"nn: Nynorsk; empty: not seen, or no lemma {MIN_SHARE:.0%}+ of the time). Made by\n"
               "`python -m extract.backbone.lemmas` from the train files only.",
               ["form", "upos", *STANDARDS],
               ([form, upos, *(entry.get(s, "") for s in STANDARDS)] for (form, upos), entry in sorted(table.items())))
    print(f"{len(table)} (form, UPOS) pairs -> {LEXICON}")


if __name__ == "__main__":
    main(sys.argv[1:])
