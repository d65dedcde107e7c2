"""The low-severity hardening items: secret files, reviewer names, corrections, paging, server paths."""

import os
import stat
from pathlib import Path

import pytest
from datasette_auth_passwords.utils import hash_password

from extract.serve import review
from extract.serve import reviewers as reviewers_module
from extract.serve.reviewers import add_reviewer, load_reviewers, signing_secret

from .helpers import actor_cookie, post_verdict, reviews, run


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    monkeypatch.setattr(reviewers_module, "hash_password", lambda pw: hash_password(pw, iterations=1000))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_reviewers_file_is_private_from_creation(tmp_path, monkeypatch):
    """Created 0600, not created 0644 and narrowed afterwards (a window in which others read it)."""
    monkeypatch.setattr(os, "chmod", lambda *a, **k: None)
    monkeypatch.setattr(os, "fchmod", lambda *a, **k: None)
    monkeypatch.setattr(Path, "chmod", lambda *a, **k: None)
    old = os.umask(0)
    try:
        path = tmp_path / "reviewers.json"
        add_reviewer(path, "kari", "passord-123")
        assert _mode(path) == 0o600
        secret = tmp_path / reviewers_module.SECRET_FILE
        monkeypatch.delenv(reviewers_module.SECRET_ENV, raising=False)
        signing_secret(path)
        assert _mode(secret) == 0o600
    finally:
        os.umask(old)


def test_existing_world_readable_files_are_made_private(tmp_path, monkeypatch):
    monkeypatch.delenv(reviewers_module.SECRET_ENV, raising=False)
    path = tmp_path / "reviewers.json"
    path.write_text("{}\n", encoding="utf-8")
    path.chmod(0o644)
    add_reviewer(path, "kari", "passord-123")
    assert _mode(path) == 0o600 and list(load_reviewers(path)) == ["kari"]
    secret_file = tmp_path / reviewers_module.SECRET_FILE
    secret_file.write_text("lekket-hemmelighet\n", encoding="utf-8")
    secret_file.chmod(0o644)
    secret = signing_secret(path)
    assert secret != "lekket-hemmelighet" and _mode(secret_file) == 0o600  # others may have read it: renewed


@pytest.mark.parametrize("name", ["kari\n", "kari\nola", "", "-kari", "kari ola", "x" * 65])
def test_reviewer_names_are_checked_whole(tmp_path, name):
    with pytest.raises(ValueError):
        add_reviewer(tmp_path / "reviewers.json", name, "passord-123")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e999"])
def test_correction_that_is_not_a_finite_number_is_refused(ds, kb_path, value):
    async def scenario():
        response = await post_verdict(ds, "am-7-5-mill", verdict="corrected", **{"field:value": value})
        assert response.status_code == 400 and "endelig tall" in response.text
    run(scenario())
    assert reviews(kb_path) == []


@pytest.mark.parametrize("page", ["99999999999999999999999", "-5", "abc", "1e3"])
def test_huge_or_bad_page_numbers_are_a_400(ds, page):
    async def scenario():
        response = await ds.client.get(f"/-/review?page={page}")
        assert response.status_code == 400
    run(scenario())


def test_server_paths_are_not_shown(ds, kb_path):
    async def scenario():
        for page in ("/-/databases.json", "/-/threads.json", "/-/databases", "/-/threads",
                     "/newsfacts.json?sql=select+*+from+pragma_database_list()",
                     "/newsfacts.json?sql=select+file+from+pragma_database_list"):
            for cookies in ({}, actor_cookie(ds, "kari")):  # SQL is for reviewers (see test_bounds)
                response = await ds.client.get(page, cookies=cookies)
                assert str(kb_path.parent) not in response.text, page
        listed = await ds.client.get("/newsfacts.json?sql=select+name+from+pragma_database_list()",
                                     cookies=actor_cookie(ds, "kari"))
        assert "main" in listed.text  # the rest of the pragma still answers
    run(scenario())


def test_server_error_is_a_500_page_with_a_plain_traceback_in_the_log(ds, monkeypatch, capsys):
    def broken(conn, fact_id):
        raise RuntimeError("database trouble")

    monkeypatch.setattr(review, "fact_details", broken)
    async def scenario():
        response = await ds.client.get("/-/review/fact/se-heidner-nce", cookies={"ds_actor": "hemmelig-cookie"})
        assert response.status_code == 500 and "database trouble" in response.text
    run(scenario())
    log = capsys.readouterr().err
    assert "RuntimeError: database trouble" in log and "hemmelig-cookie" not in log
