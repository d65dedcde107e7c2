"""doc_text: a Doc's text, joined once."""

import spacy

from extract.backbone.text import doc_text, text_holds_any


def test_doc_text_is_the_docs_text_joined_once():
    doc = spacy.blank("nb")("Klyngen fikk status i 2020.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_text_holds_any_is_true_wherever_a_token_holds_a_part():
    """The prefilter may say yes too often (a part across two words), never no where a token's
    lower form holds a part: a Doc it rules out holds none."""
    nlp = spacy.blank("nb")
    parts = ("departementet", "nce", "klyng")
    texts = ["FINANSDEPARTEMENTET la fram", "Helse- og omsorgsdepartementets svar", "NCE-klyngen vokste",
             "Ingen av dem", "Fran ce", "ΣΟΦΟΣ NCEΣ"]
    for text in texts:
        doc = nlp(text)
        in_tokens = any(part in token.lower_ for token in doc for part in parts)
        assert text_holds_any(doc, parts) or not in_tokens, text
    assert not text_holds_any(nlp("Ingen av dem"), parts)
    assert text_holds_any(nlp("Fran ce"), ("n c",))  # across words: yes, the loop after it decides
