"""Sign-in: nothing secret in metadata, throttled guessing, no hashing for anonymous requests,
session cookies that expire and end with a password change, CSRF on the login form."""

import base64
import hashlib
import os
import re
import threading
import time

from extract.serve import signin
from extract.serve.app import make_datasette
from extract.serve.reviewers import add_reviewer

from .helpers import actor_cookie, csrf, run
from .kb import PASSWORDS
from .server import write_reviewers

SECRET_PAGES = ("/-/metadata.json", "/-/metadata", "/-/config.json", "/-/settings.json", "/-/plugins.json")


def test_no_password_hash_reaches_any_metadata_page(ds, reviewers):
    async def scenario():
        for page in SECRET_PAGES:
            response = await ds.client.get(page)
            if response.status_code == 404:
                continue
            text = response.text
            assert not re.search(r"pbkdf2|password_hash|\$\d+\$", text), page
            for password_hash in reviewers.values():
                salt, digest = password_hash.split("$")[2:]
                assert salt not in text and digest not in text, page
    run(scenario())


async def _login(ds, name, password, cookies=None, client_csrf=True):
    csrf_cookie, token = await csrf(ds) if client_csrf else ({}, "")
    return await ds.client.post("/-/login", cookies={**csrf_cookie, **(cookies or {})},
                                data={"username": name, "password": password, "csrftoken": token})


def test_sign_in_sets_a_short_lived_http_only_cookie(ds):
    async def scenario():
        response = await _login(ds, "kari", PASSWORDS["kari"])
        assert response.status_code == 302
        set_cookie = next(v for k, v in response.headers.multi_items() if k == "set-cookie" and "ds_actor" in v)
        assert "HttpOnly" in set_cookie and "SameSite=lax" in set_cookie
        assert f"Max-Age={signin.SESSION_SECONDS}" in set_cookie
        assert signin.of(ds).actor(ds, response.cookies["ds_actor"]) == {"id": "kari"}
    run(scenario())


def test_expired_session_is_refused(ds, monkeypatch):
    cookie = signin.of(ds).session(ds, "kari")
    assert signin.of(ds).actor(ds, cookie) == {"id": "kari"}
    later = time.time() + signin.SESSION_SECONDS + 1
    monkeypatch.setattr(signin.time, "time", lambda: later)
    assert signin.of(ds).actor(ds, cookie) is None


def test_login_without_csrf_cookie_is_refused(ds):
    """Login CSRF: a cross-site form posts with no cookies, which Datasette lets through."""
    async def scenario():
        response = await ds.client.post("/-/login", data={"username": "kari", "password": PASSWORDS["kari"]})
        assert response.status_code == 403 and "ds_actor" not in response.cookies
    run(scenario())


def test_password_change_and_removal_end_sessions(kb_path, tmp_path):
    path = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    ds = make_datasette(kb_path, reviewers=path)
    kari, ola = (signin.of(ds).session(ds, name) for name in ("kari", "ola"))
    assert signin.of(ds).actor(ds, kari) == {"id": "kari"}
    add_reviewer(path, "kari", "nytt-passord-2024")
    os.utime(path, ns=(time.time_ns() + 10**9,) * 2)  # a new mtime even on a coarse clock
    assert signin.of(ds).actor(ds, kari) is None
    assert signin.of(ds).actor(ds, ola) == {"id": "ola"}
    write_reviewers(path, {"kari": "nytt-passord-2024"})
    os.utime(path, ns=(time.time_ns() + 2 * 10**9,) * 2)
    assert signin.of(ds).actor(ds, ola) is None


def test_failed_attempts_are_throttled_per_name_and_client():
    clock = [1000.0]
    throttle = signin.Throttle(free=3, base=1.0, clock=lambda: clock[0])
    keys = ["name:kari", "client:10.0.0.1"]
    for _ in range(3):
        assert throttle.wait(keys) == 0
        throttle.attempt(keys)
    waits = []
    for _ in range(4):
        waits.append(throttle.wait(keys))
        clock[0] += waits[-1]
        throttle.attempt(keys)
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert throttle.wait(["name:ola", "client:10.0.0.1"]) == 16.0  # same client, other name
    assert throttle.wait(["name:kari", "client:10.0.0.2"]) == 16.0  # same name, other client
    assert throttle.wait(["name:ola", "client:10.0.0.2"]) == 0
    throttle.attempt(keys)
    throttle.succeeded(keys, cleared="name:kari")
    assert throttle.wait(["name:kari", "client:10.0.0.2"]) == 0
    assert throttle.wait(["name:ola", "client:10.0.0.1"]) > 0  # the client's failures still count


def test_guessing_gets_429_without_hashing(ds, monkeypatch):
    calls = _count_hashing(monkeypatch)
    async def scenario():
        statuses = [(await _login(ds, "kari", f"feil{i}")).status_code for i in range(6)]
        assert statuses[:3] == [403, 403, 403] and statuses[3:] == [429, 429, 429]
        assert (await _login(ds, "kari", PASSWORDS["kari"])).status_code == 429  # right, but too soon
    run(scenario())
    assert len(calls) == 3


def test_unknown_name_costs_the_same_hash(ds, monkeypatch):
    calls = _count_hashing(monkeypatch)
    async def scenario():
        assert (await _login(ds, "ukjent", "hva-som-helst")).status_code == 403
        assert (await _login(ds, "kari", "feil")).status_code == 403
    run(scenario())
    assert len(calls) == 2 and calls[0] == calls[1]  # same iterations for a known and an unknown name


def test_anonymous_requests_never_hash(ds, monkeypatch):
    calls = _count_hashing(monkeypatch)
    basic = "Basic " + base64.b64encode(f"kari:{PASSWORDS['kari']}".encode()).decode()
    async def scenario():
        page = await ds.client.get("/-/review", headers={"authorization": basic})
        assert page.status_code == 200 and "Logg inn" in page.text  # Basic auth signs nobody in
        csrf_cookie, token = await csrf(ds)
        tool = await ds.client.post("/-/password-tool", cookies=csrf_cookie,
                                    data={"password": "x", "csrftoken": token})
        assert tool.status_code == 404
    run(scenario())
    assert calls == []


def test_password_check_runs_off_the_event_loop(ds, monkeypatch):
    threads = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac",
                        lambda *a: threads.append(threading.current_thread().name) or real(*a))
    async def scenario():
        assert (await _login(ds, "ukjent", "feil")).status_code == 403
        assert (await _login(ds, "kari", PASSWORDS["kari"])).status_code == 302
    run(scenario())
    assert len(threads) == 2 and all(name.startswith("newsfacts-pbkdf2") for name in threads), threads


def _count_hashing(monkeypatch) -> list[int]:
    calls = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda algo, pw, salt, n, *a: calls.append(n) or real(algo, pw, salt, n, *a))
    return calls


def test_client_errors_print_no_traceback(ds, capsys):
    """Datasette's default prints a traceback with locals (cookies included) for every 404,
    in the event loop: a flood of them froze the server."""
    async def scenario():
        missing = await ds.client.get("/-/password-tool", cookies={"ds_actor": "hemmelig-cookie"})
        assert missing.status_code == 404 and "Not Found" in missing.text or "404" in missing.text
        # a reviewer's SQL that Datasette refuses (a stranger's is refused before it: 403)
        bad_sql = await ds.client.get("/newsfacts.json?sql=pragma+table_info(articles)", cookies=actor_cookie(ds, "kari"))
        assert bad_sql.status_code == 400 and bad_sql.json()["ok"] is False
    run(scenario())
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err and "hemmelig-cookie" not in printed.out + printed.err
