"""The newsfacts Datasette plugin: review pages for checking extracted facts."""

from datasette import hookimpl


@hookimpl
def menu_links(datasette, actor):
    """Link the review queue from Datasette's menu."""
    return [{"href": datasette.urls.path("/-/review"), "label": "Review facts"}]
