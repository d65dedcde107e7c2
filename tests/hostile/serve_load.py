"""Load on a running `newsfacts serve` (loopback only): one client POSTs 100 MB to /-/login
with a CSRF cookie, three loop heavy SQL, and another client's page times are measured.

Used by test_serve_load.py (a short run); for a longer one against a server already running:

    python -m tests.hostile.serve_load http://127.0.0.1:8001 --seconds 30
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import re
import socket
import statistics
import threading
import time
from urllib.parse import quote, urlsplit

MB = 1024 * 1024
# Runs until Datasette's time limit stops it: a SQL thread busy for a second a request.
HEAVY_SQL = ("with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000000000) "
             "select count(*) from n")


def _loopback(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    assert parts.hostname in ("127.0.0.1", "localhost"), "load only ever goes to the loopback address"
    return parts.hostname, parts.port or 80


def _get(host: str, port: int, path: str, timeout: float = 60) -> tuple[int, bytes, dict]:
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        conn.close()


def csrf_pair(host: str, port: int) -> tuple[str, str]:
    """The ds_csrftoken cookie and form token any GET of /-/login hands out."""
    _, body, headers = _get(host, port, "/-/login")
    cookie = re.search(r"ds_csrftoken=([^;]+)", headers.get("set-cookie", "")).group(1)
    token = re.search(rb'name="csrftoken" value="([^"]+)"', body).group(1).decode()
    return cookie, token


def post_huge(host: str, port: int, size: int, cookie: str, token: str, deadline: float) -> float:
    """POST a ``size``-byte form to /-/login as fast as the server takes it; seconds it took."""
    started = time.monotonic()
    head = (f"POST /-/login HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: ds_csrftoken={cookie}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {size}\r\n\r\n"
            f"csrftoken={token}&username=").encode()
    chunk, sent = b"a" * MB, len(head)
    with socket.create_connection((host, port), timeout=max(deadline - time.monotonic(), 1)) as sock:
        try:
            sock.sendall(head)
            while sent < size and time.monotonic() < deadline:
                piece = chunk[:size - sent]
                sock.sendall(piece)
                sent += len(piece)
            sock.recv(1024)  # the answer (or the server closing)
        except OSError:  # refused mid-body: the server closed the connection
            pass
    return time.monotonic() - started


def _loop(until: float, task, interval: float) -> list:
    """``task()`` again and again until ``until``, starting at most one every ``interval`` seconds."""
    results = []
    while time.monotonic() < until:
        started = time.monotonic()
        try:
            results.append(task())
        except OSError as e:
            results.append(e)
        time.sleep(max(0.0, min(interval - (time.monotonic() - started), until - time.monotonic())))
    return results


def attack(base_url: str, seconds: float, post_mb: int, sql_clients: int, results=None,
           interval: float = 0.0) -> dict:
    """For ``seconds``: one client POSTing ``post_mb`` MB to /-/login again and again, and
    ``sql_clients`` looping the heavy query, each starting a request at most every
    ``interval`` seconds; what they got (into ``results`` if given)."""
    host, port = _loopback(base_url)
    cookie, token = csrf_pair(host, port)
    stop = time.monotonic() + seconds
    sql_path = f"/newsfacts.json?sql={quote(HEAVY_SQL)}"
    tasks = {f"sql{i}": lambda: _loop(stop, lambda: _get(host, port, sql_path)[0], interval) for i in range(sql_clients)}
    if post_mb:
        tasks["post"] = lambda: _loop(stop, lambda: post_huge(host, port, post_mb * MB, cookie, token, stop), interval)
    outcome = {} if results is None else results
    threads = [threading.Thread(target=lambda n=n, f=f: outcome.__setitem__(n, f()), daemon=True)
               for n, f in tasks.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return {"posts": [t for t in outcome.get("post", []) if isinstance(t, float)],
            "sql_statuses": sorted({s for n, r in outcome.items() if n.startswith("sql") for s in r
                                    if isinstance(s, int)})}


def run_load(base_url: str, seconds: float = 6.0, post_mb: int = 100, page: str = "/newsfacts/articles",
             sql_clients: int = 3, interval: float = 0.0) -> dict:
    """Attack (in another process, so its threads do not slow the measuring client) for
    ``seconds`` while timing GETs of ``page``; the page times and what the attackers got.
    ``interval`` paces each attacker (0: back to back, a flood of requests)."""
    host, port = _loopback(base_url)
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        attacker = multiprocessing.Process(target=attack, args=(base_url, seconds, post_mb, sql_clients, results, interval))
        attacker.start()
        time.sleep(min(1.0, seconds / 4))  # the attack is under way
        times, stop = [], time.monotonic() + seconds - 1.0
        while time.monotonic() < stop:
            started = time.monotonic()
            status = _get(host, port, page, timeout=seconds + 30)[0]
            times.append(time.monotonic() - started)
            assert status == 200, status
        attacker.join(timeout=seconds + 120)
        outcome = dict(results)
    times.sort()
    return {"pages": len(times), "p95": times[max(int(len(times) * 0.95) - 1, 0)], "max": times[-1],
            "median": statistics.median(times),
            "posts": [t for t in outcome.get("post", []) if isinstance(t, float)],
            "sql_statuses": sorted({s for n, r in outcome.items() if n.startswith("sql") for s in r
                                    if isinstance(s, int)})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--post-mb", type=int, default=100)
    parser.add_argument("--interval", type=float, default=0.0,
                        help="seconds between one attacker's requests (0: back to back)")
    args = parser.parse_args()
    figures = run_load(args.base_url, args.seconds, args.post_mb, interval=args.interval)
    print(f"pages {figures['pages']}, median {figures['median']:.3f} s, p95 {figures['p95']:.3f} s, "
          f"max {figures['max']:.3f} s; {len(figures['posts'])} POSTs of {args.post_mb} MB "
          f"(slowest {max(figures['posts'], default=0):.2f} s); SQL answers {figures['sql_statuses']}")


if __name__ == "__main__":
    main()
