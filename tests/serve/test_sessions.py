"""Issue #33 item 6: sessions only the plugin issues; logout ends them on the server; a safe
secret file; plain ``datasette`` treated like ``newsfacts serve``; password length; the
sign-in throttle per client and per name."""

from __future__ import annotations

import importlib

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from datasette.plugins import pm

from extract.serve import plugin, signin
from extract.serve import reviewers as reviewers_module
from extract.serve.app import make_datasette
from extract.serve.commands import reviewer
from extract.serve.reviewers import add_reviewer, signing_secret

from .helpers import csrf, post_verdict, reviews, run
from .kb import PASSWORDS
from .server import write_reviewers

FACT = "/-/review/fact/se-heidner-nce"


def test_datasette_actor_cookie_is_no_reviewer(ds, kb_path):
    """Before: a ds_actor cookie in Datasette's format ({"a": {"id": "kari"}}, no expiry, no
    password fingerprint) recorded verdicts."""
    datasette_cookie = {"ds_actor": ds.sign({"a": {"id": "kari"}}, "actor")}

    async def scenario():
        cookies, token = await csrf(ds)
        response = await ds.client.post(FACT, cookies={**datasette_cookie, **cookies},
                                        data={"csrftoken": token, "verdict": "confirmed"})
        assert response.status_code == 403
        page = await ds.client.get(FACT, cookies=datasette_cookie)
        assert 'name="verdict"' not in page.text
    run(scenario())
    assert reviews(kb_path) == []


async def _sign_in(ds) -> dict:
    cookies, token = await csrf(ds)
    response = await ds.client.post("/-/login", cookies=cookies, data={
        "csrftoken": token, "username": "kari", "password": PASSWORDS["kari"]})
    assert response.status_code == 302
    return {"ds_actor": response.cookies["ds_actor"]}


def test_logout_ends_the_session_on_the_server(kb_path, tmp_path):
    """Before: the cookie held from before /-/logout still recorded verdicts (also after a restart)."""
    path = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    ds = make_datasette(kb_path, reviewers=path)

    async def scenario():
        session = await _sign_in(ds)
        assert (await ds.client.get("/-/logout", cookies=session)).status_code == 200
        cookies, token = await csrf(ds)
        out = await ds.client.post("/-/logout", cookies={**session, **cookies}, data={"csrftoken": token})
        assert out.status_code == 302
        for server in (ds, make_datasette(kb_path, reviewers=path)):  # also after a restart
            assert signin.of(server).actor(server, session["ds_actor"]) is None
            cookies, token = await csrf(server)
            response = await server.client.post(FACT, cookies={**session, **cookies},
                                                data={"csrftoken": token, "verdict": "confirmed"})
            assert response.status_code == 403
        assert signin.of(ds).actor(ds, (await _sign_in(ds))["ds_actor"]) == {"id": "kari"}  # a new one works
    run(scenario())
    assert reviews(kb_path) == []


def test_secret_file_of_another_user_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("DATASETTE_SECRET", raising=False)
    reviewers_file = tmp_path / "reviewers.json"
    signing_secret(reviewers_file)  # made by the serving user: fine
    monkeypatch.setattr(reviewers_module.os, "geteuid", lambda: (tmp_path / "datasette-secret").stat().st_uid + 1)
    with pytest.raises(reviewers_module.UnsafeSecretFile, match="another user"):
        signing_secret(reviewers_file)


def test_secret_in_a_directory_others_can_write_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("DATASETTE_SECRET", raising=False)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(reviewers_module.UnsafeSecretFile, match="writable by other users"):
        signing_secret(shared / "reviewers.json")
    assert not (shared / "datasette-secret").exists()


@pytest.fixture
def plain_datasette(kb_path):
    """A Datasette made as plain `datasette KB.db` makes it, the plugin installed: the
    plugins make_datasette takes out are back in."""
    for name, module in (("datasette.handle_exception", "datasette.handle_exception"),
                         ("auth_passwords", "datasette_auth_passwords")):
        if not pm.get_plugin(name):
            pm.register(importlib.import_module(module), name=name)
    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsfacts")
    yield Datasette([str(kb_path)])
    plugin.unregister_replaced_plugins()


def test_plain_datasette_gets_our_error_pages_and_no_password_tool(plain_datasette, capsys):
    """Before: plain `datasette` printed a traceback with locals for every 404 (40 took 9.3 s)
    and hashed passwords at /-/password-tool in the event loop."""
    async def scenario():
        tool = await plain_datasette.client.get("/-/password-tool")
        assert tool.status_code == 404
        missing = await plain_datasette.client.get("/finnes/ikke", cookies={"ds_actor": "hemmelig-cookie"})
        assert missing.status_code == 404
    run(scenario())
    printed = capsys.readouterr()
    assert "hemmelig-cookie" not in printed.out + printed.err and "Traceback" not in printed.out + printed.err


def test_short_passwords_are_refused(tmp_path):
    with pytest.raises(ValueError, match="at least 10 characters"):
        add_reviewer(tmp_path / "reviewers.json", "kari", "kort")
    result = CliRunner().invoke(reviewer, ["add", "kari", "--reviewers", str(tmp_path / "r.json"), "--password", ""])
    assert result.exit_code == 2 and "at least 10 characters" in result.output
    add_reviewer(tmp_path / "reviewers.json", "kari", "ti-tegn-ok")  # 10 is enough


def test_a_success_does_not_reset_the_clients_failures(ds, monkeypatch):
    """Before: signing in to one's own account reset the client's count, so guesses spread
    over names went on unthrottled (84 checks in 20 s)."""
    async def login(name, password):
        cookies, token = await csrf(ds)
        return (await ds.client.post("/-/login", cookies=cookies,
                                     data={"csrftoken": token, "username": name, "password": password})).status_code

    async def scenario():
        assert [await login(name, "gjett-passord") for name in ("ola", "per")] == [403] * 2
        assert await login("kari", PASSWORDS["kari"]) == 302  # the attacker's own account
        assert await login("nils", "gjett-passord") == 403  # the client's third failure
        assert await login("ukjent", "gjett-passord") == 429  # so it waits
    run(scenario())


def test_ola_still_signs_in_after_kari_was_guessed_at_from_elsewhere(ds):
    throttle = signin.of(ds).throttle
    for _ in range(5):
        throttle.attempt(["name:kari", "client:10.0.0.9"])
    assert throttle.wait(["name:ola", "client:127.0.0.1"]) == 0
    assert throttle.wait(["name:kari", "client:127.0.0.1"]) > 0  # per name too


def test_failures_are_forgotten_after_an_hour_without_one():
    clock = [0.0]
    throttle = signin.Throttle(free=3, base=1.0, clock=lambda: clock[0], forget=3600)
    for _ in range(6):
        throttle.attempt(["client:10.0.0.1"])
    assert throttle.wait(["client:10.0.0.1"]) == 8.0
    clock[0] += 3601
    assert throttle.wait(["client:10.0.0.1"]) == 0
    throttle.attempt(["client:10.0.0.1"])
    assert throttle.wait(["client:10.0.0.1"]) == 0  # counting starts over: one failure
