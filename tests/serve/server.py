"""Run `newsfacts serve` in a subprocess and drive it with headless Chromium (browser test, screenshots)."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

from datasette_auth_passwords.utils import hash_password

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
]
SERVE = "from extract.serve.commands import serve; serve()"


def browser_missing() -> str | None:
    """Why the browser bits are unavailable, or None if Chromium and Playwright are there."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "playwright not installed (pip install playwright)"
    return None


def write_reviewers(path: Path, passwords: dict[str, str]) -> Path:
    """A reviewers file for ``passwords`` (cheap hashes: for tests and screenshots only)."""
    path.write_text(json.dumps({n: hash_password(p, iterations=1000) for n, p in passwords.items()}))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db_path: Path, reviewers_file: Path, timeout: float = 60) -> Iterator[str]:
    """`newsfacts serve` on a free localhost port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--db", str(db_path), "--port", str(port), "--reviewers", str(reviewers_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:  # ready once it accepts a connection on the loopback port
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"newsfacts serve did not start: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def chromium_page(**context_options) -> Iterator:
    """A Playwright page in Debian's headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_context(**context_options).new_page()
        finally:
            browser.close()


def sign_in(page, base_url: str, name: str, password: str) -> None:
    """Sign in through the login form at /-/login."""
    page.goto(base_url + "/-/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_load_state()
