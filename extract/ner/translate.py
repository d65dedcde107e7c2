"""Machine-translated Nynorsk training data: NorNE Bokmål train through Apertium (nob→nno).

Each sentence becomes one ``<p>`` of HTML with its entities wrapped in ``<span class="LABEL">``;
Apertium's HTML format (``apertium -f html -u nob-nno``) translates the text and keeps the
markup. Many sentences go through one Apertium process (a batch), then each paragraph is parsed
back, tokenised with spaCy's ``nb`` tokenizer and the spans are projected onto the tokens. A
sentence is dropped when its entities do not come back intact: a span lost, added or relabelled,
empty, or not on token boundaries.

Apertium is a training-time tool only (``apt-get install apertium-nno-nob``). The output is
cached under the training work dir, one file per batch, so an interrupted run resumes.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..errors import UsageProblem
from . import stage_logger
from .convert import (Sentence, doc_to_tags, read_conllu, spans_to_tags, split_path,
                      tags_to_spans, write_docbin)

APERTIUM_PAIR = "nob-nno"
INSTALL_HINT = "apt-get install apertium-nno-nob"
_log = stage_logger("translate")

Translator = Callable[[Sequence[str]], list[str]]
CharSpan = tuple[int, int, str]

_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r'<span class="([A-Z_]+)">|</span>|<[^>]*>')
# Apertium marks words it could not generate (#) or transfer (@); -u only removes the * marks
_MARK = re.compile(r"(?<!\S)[#@](?=\w)")


class ApertiumMissing(UsageProblem):
    """Apertium (or its nob-nno pair) is not installed."""


def sentence_html(sent: Sentence) -> str:
    """One NorNE sentence as ``<p>…</p>``, every entity inside ``<span class="LABEL">``."""
    starts = {start: (end, label) for start, end, label in tags_to_spans(sent.tags)}
    parts, i = [], 0
    while i < len(sent.words):
        end, label = starts.get(i, (i + 1, None))
        inner = "".join(html.escape(sent.words[j], quote=False) + (" " if sent.spaces[j] else "")
                        for j in range(i, end))
        if label:
            stripped = inner.rstrip(" ")
            inner = f'<span class="{label}">{stripped}</span>' + inner[len(stripped):]
        parts.append(inner)
        i = end
    return "<p>" + "".join(parts).strip() + "</p>"


def parse_paragraph(par: str) -> tuple[str, list[CharSpan]] | None:
    """Plain text and (start, end, label) character spans of one translated paragraph's inner
    HTML; None if the markup is broken (nested or unclosed spans)."""
    text, spans, open_at, pos = "", [], None, 0
    for m in _TAG.finditer(par):
        text += _clean(par[pos:m.start()])
        pos = m.end()
        if m.group(1):
            if open_at is not None:
                return None
            open_at = (len(text), m.group(1))
        elif m.group(0) == "</span>":
            if open_at is None:
                return None
            spans.append((open_at[0], len(text), open_at[1]))
            open_at = None
    text += _clean(par[pos:])
    if open_at is not None:
        return None
    return _trim(text, spans)


def _clean(segment: str) -> str:
    return _MARK.sub("", html.unescape(segment)).replace("\n", " ")


def _trim(text: str, spans: list[CharSpan]) -> tuple[str, list[CharSpan]]:
    """Strip the text, and whitespace inside span edges."""
    lead = len(text) - len(text.lstrip())
    out = []
    for start, end, label in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start - lead, end - lead, label))
    return text.strip(), out


def project(text: str, spans: list[CharSpan], tokenizer) -> Sentence | None:
    """Tokenise ``text`` and put the character spans on the tokens; None if a span is empty
    or does not start and end on token boundaries."""
    doc = tokenizer(text)
    token_spans = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label) if end > start else None
        if span is None:
            return None
        token_spans.append((span.start, span.end, label))
    words = [t.text for t in doc if not t.is_space]
    if len(words) != len(doc):
        return None
    spaces = [bool(t.whitespace_) for t in doc]
    return Sentence(words=words, spaces=spaces, tags=spans_to_tags(token_spans, len(doc)))


def translate_sentences(sents: Sequence[Sentence], translate: Translator,
                        tokenizer) -> tuple[list[Sentence], int]:
    """Translate ``sents`` in one call of ``translate`` (HTML paragraphs in, out) and project
    their entities. Returns (kept sentences, number dropped)."""
    out = translate([sentence_html(s) for s in sents])
    if len(out) != len(sents):
        raise RuntimeError(f"translator returned {len(out)} paragraphs for {len(sents)} sentences")
    kept: list[Sentence] = []
    for src, par in zip(sents, out):
        new = _carry_over(src, par, tokenizer)
        if new is not None:
            kept.append(new)
    return kept, len(sents) - len(kept)


def _carry_over(src: Sentence, par: str, tokenizer) -> Sentence | None:
    parsed = parse_paragraph(par)
    if parsed is None:
        return None
    text, spans = parsed
    if [label for _, _, label in spans] != [label for _, _, label in tags_to_spans(src.tags)]:
        return None
    return project(text, spans, tokenizer) if text else None


def apertium_translator(binary: str = "apertium", pair: str = APERTIUM_PAIR) -> Translator:
    """A translator that runs one ``apertium -f html -u <pair>`` process per call. Raises
    ApertiumMissing if the binary or the language pair is not installed."""
    exe = shutil.which(binary)
    if exe is None:
        raise ApertiumMissing(f"Apertium not found ({binary}): translating to Nynorsk needs "
                              f"`{INSTALL_HINT}` (training only)")

    def translate(paragraphs: Sequence[str]) -> list[str]:
        res = subprocess.run([exe, "-f", "html", "-u", pair], input="\n".join(paragraphs) + "\n",
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise ApertiumMissing(f"apertium {pair} failed ({res.stderr.strip()[:200]}); "
                                  f"is the pair installed? `{INSTALL_HINT}`")
        return _PARAGRAPH.findall(res.stdout)

    return translate


def _batches(items: list, size: int) -> Iterable[tuple[int, list]]:
    for k, i in enumerate(range(0, len(items), size)):
        yield k, items[i:i + size]


def _lazy(pair: str) -> Translator:
    """apertium_translator(pair), checked only when the first uncached batch needs it."""
    made: list[Translator] = []

    def translate(paragraphs: Sequence[str]) -> list[str]:
        if not made:
            made.append(apertium_translator(pair=pair))
        return made[0](paragraphs)

    return translate


def translate_corpus(sents: list[Sentence], cache_dir: Path, *, translate: Translator,
                     batch_size: int = 1000, inputs: dict | None = None, log=_log) -> dict:
    """Translate ``sents`` batch by batch into ``cache_dir/batch-NNNNN.json``; batches already
    there are kept (resumable) if ``inputs`` (what the cache depends on) is unchanged.
    Returns {"source": n, "kept": n, "dropped": n}."""
    import spacy

    stamp = cache_dir / "inputs.json"
    inputs = {**(inputs or {}), "sentences": len(sents), "batch_size": batch_size}
    if cache_dir.exists() and (not stamp.exists() or json.loads(stamp.read_text()) != inputs):
        shutil.rmtree(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(inputs))
    tokenizer = spacy.blank("nb").tokenizer
    n_batches = (len(sents) + batch_size - 1) // batch_size
    kept = dropped = 0
    for k, batch in _batches(sents, batch_size):
        path = cache_dir / f"batch-{k:05d}.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            t0 = time.time()
            out, n_drop = translate_sentences(batch, translate, tokenizer)
            data = {"dropped": n_drop, "sentences": [vars(s) for s in out]}
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
            log(f"batch {k + 1}/{n_batches}: {len(out)} kept, {n_drop} dropped ({time.time() - t0:.0f}s)")
        kept += len(data["sentences"])
        dropped += data["dropped"]
    return {"source": len(sents), "kept": kept, "dropped": dropped}


def load_cached(cache_dir: Path) -> list[Sentence]:
    """The translated sentences of every cached batch, in order."""
    return [Sentence(**s) for path in sorted(cache_dir.glob("batch-*.json"))
            for s in json.loads(path.read_text(encoding="utf-8"))["sentences"]]


def translate_to_docbin(sents: Sequence[Sentence], out: Path, cache_dir: Path, *, pair: str,
                        inputs: dict, translate: Translator | None = None, batch_size: int = 1000,
                        what: str = "sentences", log=_log) -> dict:
    """Translate ``sents`` with the Apertium ``pair`` (cached per batch in ``cache_dir``) and save
    the kept ones as the DocBin ``out``. Returns the counts of ``translate_corpus``."""
    log(f"translating {len(sents)} {what} to Nynorsk with Apertium {pair} "
        f"({batch_size} per process; cached in {cache_dir})")
    counts = translate_corpus(list(sents), cache_dir, translate=translate or _lazy(pair),
                              batch_size=batch_size, inputs={**inputs, "pair": pair}, log=log)
    write_docbin(load_cached(cache_dir), out)
    log(f"translated: {counts['kept']} kept, {counts['dropped']} dropped "
        f"(entities not intact) of {counts['source']}")
    return counts


def build_translated_train(data_dir: str | Path, work_dir: str | Path, *, limit: int | None = None,
                           pair: str = APERTIUM_PAIR, translate: Translator | None = None,
                           batch_size: int = 1000, log=_log) -> tuple[Path, dict]:
    """NorNE Bokmål train translated to Nynorsk by the Apertium ``pair`` (``nob-nno``: a-infinitives,
    *me*; ``nob-nno_e``: e-infinitives, *vi*), as ``work_dir/translated/<pair>/train.spacy``,
    cached per batch in ``batches/`` next to it. Returns (DocBin path, counts)."""
    source = split_path(data_dir, "nob", "train")
    out_dir = Path(work_dir) / "translated" / pair
    out = out_dir / "train.spacy"
    counts = translate_to_docbin(list(read_conllu(source, limit)), out, out_dir / "batches", pair=pair,
                                 inputs={"source": str(Path(source).resolve()), "limit": limit},
                                 translate=translate, batch_size=batch_size,
                                 what="NorNE Bokmål train sentences", log=log)
    (out_dir / "counts.json").write_text(json.dumps(counts))
    return out, counts


def translate_docbin(source: Path, out: Path, cache_dir: Path, *, pair: str = APERTIUM_PAIR,
                     translate: Translator | None = None, batch_size: int = 1000, log=_log) -> dict:
    """The sentences of the DocBin ``source`` (e.g. the silver data), entities carried over, as
    the DocBin ``out``; the cache is kept while ``source`` is byte-identical."""
    import spacy
    from spacy.tokens import DocBin

    docs = DocBin().from_disk(source).get_docs(spacy.blank("nb").vocab)
    sents = [_as_sentence(d, doc_to_tags(d)) for d in docs]
    digest = hashlib.sha1(Path(source).read_bytes()).hexdigest()
    return translate_to_docbin(sents, out, cache_dir, pair=pair, inputs={"source_sha1": digest},
                               translate=translate, batch_size=batch_size,
                               what=f"sentences of {Path(source).name}", log=log)


def _as_sentence(doc, tags: list[str]) -> Sentence:
    return Sentence(words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags)


def translate_lines(lines: Sequence[str], out: Path, cache_dir: Path, *, pair: str = APERTIUM_PAIR,
                    translate: Translator | None = None, batch_size: int = 1000, log=_log) -> dict:
    """Raw sentences (no entities; e.g. text for the vectors) translated, as the DocBin ``out``."""
    import spacy

    tokenizer = spacy.blank("nb").tokenizer
    docs = tokenizer.pipe((" ".join(line.split()) for line in lines), batch_size=1000)
    sents = [_as_sentence(d, ["O"] * len(d)) for d in docs]
    digest = hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()
    return translate_to_docbin(sents, out, cache_dir, pair=pair, inputs={"lines_sha1": digest},
                               translate=translate, batch_size=batch_size, what="raw sentences",
                               log=log)


def translated_copies(data_dir: str | Path, work_dir: str | Path, copies: int,
                      pairs: Sequence[str] = (APERTIUM_PAIR,), *, limit: int | None = None,
                      log=_log) -> list[Path]:
    """``copies`` DocBins of translated NorNE Bokmål train, copy i from ``pairs[i % len(pairs)]``
    (each pair translated once, then cached)."""
    built = {pair: build_translated_train(data_dir, work_dir, limit=limit, pair=pair, log=log)[0]
             for pair in dict.fromkeys(pairs[:copies])}
    return [built[pairs[i % len(pairs)]] for i in range(copies)]


def add_to_corpus(corpus_dir: str | Path, docbins: Sequence[Path]) -> None:
    """Put ``docbins`` into the spaCy corpus dir ``corpus_dir`` as ``translated-K.spacy``,
    replacing the copies an earlier run left there."""
    corpus_dir = Path(corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for old in corpus_dir.glob("translated-*.spacy"):
        old.unlink()
    for k, path in enumerate(docbins):
        shutil.copyfile(path, corpus_dir / f"translated-{k}.spacy")
