"""errors: status, message and title of an exception, for the error pages."""

from datasette.utils.asgi import NotFound

from extract.serve.errors import describe


def test_client_errors_keep_their_status_and_message(capsys):
    assert describe(NotFound("No fact x")) == (404, "No fact x", None)
    assert capsys.readouterr().err == ""


def test_server_errors_are_500_and_logged_without_locals(capsys):
    assert describe(ValueError("broken")) == (500, "broken", None)
    assert "ValueError: broken" in capsys.readouterr().err
