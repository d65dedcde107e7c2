"""Fixtures: the test KB and a Datasette serving it with two reviewers."""

import pytest
from datasette_auth_passwords.utils import hash_password

from extract.serve.app import make_datasette

from .kb import PASSWORDS, build_kb


@pytest.fixture
def kb_path(tmp_path):
    """A KB file holding the test article and its facts."""
    path = tmp_path / "newsfacts.db"
    build_kb(path)
    return path


@pytest.fixture
def reviewers():
    """Two reviewers; cheap hashes keep the tests fast."""
    return {name: hash_password(pw, iterations=1000) for name, pw in PASSWORDS.items()}


@pytest.fixture
def ds(kb_path, reviewers):
    """A Datasette serving the test KB with two reviewers; its SQLite connections closed after
    the test (left open, they hold their memory against serve's process-wide heap limit)."""
    datasette = make_datasette(kb_path, reviewers=reviewers)
    yield datasette
    for db in datasette.databases.values():
        db.close()
