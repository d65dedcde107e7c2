"""Progress of a run: a rich progress bar (articles/s, ETA) on a terminal, plain log
lines otherwise, nothing with ``--quiet``.

The total for the ETA comes from a background thread that counts the documents in
the inputs (reading only; no parsing) while the run goes on; until it is done the
bar shows no ETA.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from .pipeline import RunSummary, read_all

DONE_KEYS = ("new", "changed", "reextracted", "skipped", "failed")


def _done(counts: dict[str, int]) -> int:
    return sum(counts[k] for k in DONE_KEYS)


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s"


class Progress:
    """Use as a context manager; pass ``update`` as ``on_progress`` to ``pipeline.run``.

    ``mode``: ``"auto"`` (bar on a terminal, log lines otherwise), ``"bar"``, ``"log"``
    or ``"quiet"``.
    """

    def __init__(self, paths: list[str | Path], mode: str = "auto", stream: TextIO | None = None,
                 log_every: float = 10.0):
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if self.stream.isatty() else "log"
        self.mode = mode
        self.paths = list(paths)
        self.total: int | None = None
        self.log_every = log_every
        self._bar = None
        self._task = None
        self._last_log = 0.0
        self._started = time.monotonic()
        self._last_counts: dict[str, int] | None = None
        self._logged_done: int | None = None
        self._first: tuple[float, int] | None = None  # (time, done) of the first update

    # counting -------------------------------------------------------------------------
    def _count(self) -> None:
        n = 0
        try:
            for _ in read_all(self.paths):
                n += 1
        except Exception:  # noqa: BLE001 — only an estimate
            return
        self.total = n
        if self._bar is not None and self._task is not None:
            try:
                self._bar.update(self._task, total=n)
            except Exception:  # noqa: BLE001 — the bar may be closed already
                pass

    def __enter__(self) -> "Progress":
        self._started = time.monotonic()
        if self.mode == "quiet":
            return self
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, ProgressColumn,
                                       TextColumn, TimeRemainingColumn)
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task):  # noqa: D102
                    speed = task.finished_speed or task.speed
                    return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s")

            self._bar = Bar(
                BarColumn(bar_width=20), MofNCompleteColumn(), Rate(),
                TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[counts]}"),
                console=Console(file=self.stream), speed_estimate_period=60, transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("extract", total=self.total, counts="")
        threading.Thread(target=self._count, name="newsfacts-count", daemon=True).start()
        return self

    def update(self, summary: RunSummary, source: str = "") -> None:
        counts = summary.counts
        self._last_counts = counts
        if self._first is None:  # the rate counts from here, after the model and the workers started
            self._first = (time.monotonic(), _done(counts))
        if self.mode == "bar":
            self._bar.update(self._task, completed=_done(counts), counts=f"{counts['failed']} failed")
        elif self.mode == "log":
            now = time.monotonic()
            if now - self._last_log >= self.log_every:
                self._last_log = now
                self._log(counts, now)

    @staticmethod
    def _short(c: dict[str, int]) -> str:
        return f"{c['new']} new, {c['changed']} changed, {c['skipped']} unchanged, {c['failed']} failed"

    def _rate(self, done: int, now: float) -> float | None:
        """Articles/s since the first result (None before a second one): start-up is not
        in it, so the first ETA is not inflated by starting the workers. (The last line
        gives the rate over the whole run.)"""
        if self._first is None or done <= self._first[1] or now <= self._first[0]:
            return None
        return (done - self._first[1]) / (now - self._first[0])

    def _log(self, counts: dict[str, int], now: float, final: bool = False) -> None:
        done = _done(counts)
        self._logged_done = done
        rate = done / max(now - self._started, 1e-9) if final else self._rate(done, now)
        line = f"[newsfacts] {done}"
        if self.total:
            line += f"/{self.total} ({100 * done / self.total:.1f}%)"
        line += " articles"
        if rate:
            line += f", {rate:,.1f} articles/s"
        if self.total and rate and done < self.total:
            line += f", ETA {_clock((self.total - done) / rate)}"
        line += f"; {self._short(counts)}"
        print(line, file=self.stream, flush=True)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.mode == "log" and self._last_counts is not None \
                and _done(self._last_counts) != self._logged_done:  # (not the same line twice)
            self._log(self._last_counts, time.monotonic(), final=True)
