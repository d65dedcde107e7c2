"""cells: ids link to their pages; an article's text shows its opening."""

from datasette.app import Datasette

from extract.serve.cells import TEXT_PREVIEW, kb_cell


def test_ids_link_to_their_pages_by_label():
    datasette = Datasette([])
    assert kb_cell(datasette, {}, "f1", "fact_id", "status_events") == '<a href="/-/review/fact/f1">f1</a>'
    linked = kb_cell(datasette, {}, {"value": "a/1", "label": "Tittel"}, "article_id", "dates")
    assert linked == '<a href="/-/review/article/a~2F1">Tittel</a>'
    assert kb_cell(datasette, {}, "f1", "fact_id", "orphaned_reviews") is None
    assert kb_cell(datasette, {}, 3, "fact_id", "status_events") is None


def test_article_text_shows_its_opening_and_links_the_rest():
    datasette = Datasette([])
    row = {"id": "a1"}
    short = kb_cell(datasette, row, "<b>kort</b>", "text", "articles")
    assert short == "&lt;b&gt;kort&lt;/b&gt;"
    long = kb_cell(datasette, row, "x" * (TEXT_PREVIEW + 10), "text", "articles")
    assert long.startswith("x" * TEXT_PREVIEW + "…") and 'href="/-/review/article/a1"' in long


def test_an_articles_language_shows_as_its_norwegian_name():
    datasette = Datasette([])
    for code, name in (("en", "engelsk"), ("nb", "bokmål"), ("nn", "nynorsk")):
        assert kb_cell(datasette, {}, code, "language", "articles") == f'<span title="{code}">{name}</span>'
