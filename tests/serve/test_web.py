"""web: what the plugin's pages share (URLs, links to article sites)."""

from types import SimpleNamespace

from datasette.app import Datasette

from extract.serve.web import here, http_url, page_path


def test_page_path_encodes_the_id_and_adds_the_filters():
    datasette = Datasette([])
    assert page_path(datasette, "/-/review/fact/", "a/b c") == "/-/review/fact/a~2Fb+c"
    assert page_path(datasette, "/-/review", filters={"fact_type": "status"}) == "/-/review?fact_type=status"


def test_only_http_urls_become_links():
    assert http_url("https://example.no/a") == "https://example.no/a"
    assert http_url("javascript:alert(1)") is None
    assert http_url(None) is None


def test_here_is_the_path_with_its_query():
    assert here(SimpleNamespace(path="/-/review", query_string="page=2")) == "/-/review?page=2"
    assert here(SimpleNamespace(path="/-/review", query_string="")) == "/-/review"
