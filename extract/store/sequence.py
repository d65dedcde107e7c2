"""A cluster's way through the programme: the periods in which it held a status, and the
sequences that cannot be true.

Works on one cluster's ``status_history`` rows, each with its ``period`` ([start, end) of its
date, ``history.period``; None if undated). Only dated events of the programme's statuses
(``programme.yaml``) count: an undated event cannot be placed, a certification is no status.

- a grant or upgrade begins a period of its status; a report of the same status within the
  shortest period is the same period, and a grant of another status ends the one before;
- an extension keeps the status (and begins a period whose start is not reported, if the
  cluster held none);
- a loss ends the period, a refusal changes nothing; a period is over after its longest length.

Flags (``FLAGS``) mark the events of sequences that cannot be true. Plain functions: the
store writes ``status_periods`` and ``status_history.flags`` from them, the programme page
(``serve/programme``) reads a cluster's standing on a day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from ..lexicon import load

STATUSES: dict[str, dict] = load(Path(__file__).parent, "programme")["statuses"]
ENTERING = {"granted", "upgraded"}  # actions that begin a period
FLAGS = {
    "two_at_once": "two statuses granted at the same time",
    "impossible_step": "a step the programme does not have (such as Arena straight to GCE)",
    "before_granted": "lost or extended before the status was granted",
}


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for 29 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def expected_end(status: str, start: date | None) -> tuple[date, date] | None:
    """(earliest, latest) end of a period of ``status`` begun on ``start``; None if unknown."""
    years = STATUSES.get(status, {}).get("years")
    if not years or start is None:
        return None
    return add_years(start, years[0]), add_years(start, years[1])


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def dated(events: list[dict]) -> list[dict]:
    """The events that count, in date order (timeline position breaks ties)."""
    return sorted((e for e in events if e.get("period") and e["status"] in STATUSES),
                  key=lambda e: (e["period"][0], e.get("position") or 0))


class _Walk:
    """One pass over a cluster's dated events: its periods and the flags of its events."""

    def __init__(self, events: list[dict]):
        self.events = dated(events)
        self.periods: list[dict] = []
        self.current: dict | None = None
        self.flags: dict[str, set[str]] = defaultdict(set)
        self._flag_two_at_once()
        for index, event in enumerate(self.events):
            self._expire(event["period"][0])
            self._step(index, event)

    def _flag_two_at_once(self) -> None:
        entering = [e for e in self.events if e["action"] in ENTERING]
        for a in entering:
            for b in entering:
                if a["status"] != b["status"] and _overlap(a["period"], b["period"]):
                    self.flags[a["id"]].add("two_at_once")

    def _expire(self, day: date) -> None:
        end = self.current and self.current["expected_end"]
        if end and day >= end[1]:
            self._close(end[1], "period over", self.current["start_granularity"])

    def _close(self, day: date, how: str, granularity: str | None) -> None:
        self.current.update(ended=day, how=how, ended_granularity=granularity)
        self.current = None

    def _open(self, event: dict, start: date | None) -> None:
        if self.current:
            self._close(event["period"][0], "succeeded", event["date_granularity"])
        self.current = {"status": event["status"], "since": event["period"][0],
                        "since_granularity": event["date_granularity"], "start": start,
                        "start_granularity": event["date_granularity"] if start else None,
                        "expected_end": expected_end(event["status"], start), "ended": None,
                        "ended_granularity": None, "how": None,
                        "history_id": event["id"]}
        self.periods.append(self.current)

    def _step(self, index: int, event: dict) -> None:
        status, action, start = event["status"], event["action"], event["period"][0]
        held = self.current["status"] if self.current else None
        if action in ENTERING:
            end = self.current and self.current["expected_end"]
            if held == status and self.current["start"] and (end is None or start < end[0]):
                return  # the same period, reported again
            self._flag_step(event)
            self._open(event, start)
        elif action == "extended" and held != status:
            self._flag_before_granted(index, event)
            self._open(event, None)
        elif action == "lost" and held == status:
            self._close(start, "lost", event["date_granularity"])
        elif action == "lost":
            self._flag_before_granted(index, event)
            last = self.periods[-1] if self.periods else None
            if held is None and last and last["status"] == status and last["how"] == "period over":
                last.update(ended=start, how="lost", ended_granularity=event["date_granularity"])  # the loss says when

    def _flag_step(self, event: dict) -> None:
        """A grant of a status the held one has no step to (and not granted with it)."""
        begun = self.current and next(e for e in self.events if e["id"] == self.current["history_id"])
        if (begun and begun["status"] != event["status"] and event["status"] not in STATUSES[begun["status"]]["next"]
                and not _overlap(begun["period"], event["period"])):
            self.flags[event["id"]].add("impossible_step")
            self.flags[begun["id"]].add("impossible_step")

    def _flag_before_granted(self, index: int, event: dict) -> None:
        later = next((e for e in self.events[index + 1:]
                      if e["action"] in ENTERING and e["status"] == event["status"]), None)
        if later:
            self.flags[event["id"]].add("before_granted")
            self.flags[later["id"]].add("before_granted")


def periods(events: list[dict]) -> list[dict]:
    """The periods a cluster held a status, in order: status, since (the first day it is known
    to hold it) and since_granularity, start (the grant that began it; None if not reported),
    start_granularity, expected_end ((earliest, latest) or None; at start_granularity),
    ended (None while it lasts) and ended_granularity, and how
    (lost, period over, succeeded), history_id (the event that began it)."""
    return _Walk(events).periods


def flags(events: list[dict]) -> dict[str, list[str]]:
    """History row id -> the FLAGS of the impossible sequences it is part of."""
    return {event_id: sorted(kinds) for event_id, kinds in _Walk(events).flags.items()}


def holds(span: dict, day: date) -> bool:
    """True if the period ``span`` (from ``periods``) covers ``day``."""
    end = span["ended"] or (span["expected_end"][1] if span["expected_end"] else None)
    return span["since"] <= day and (end is None or day < end)


def standing(spans: list[dict], day: date) -> dict | None:
    """Of a cluster's ``periods``, the one it is in on ``day`` or, if none, the last one before
    it (see ``holds``); None if it had held no status by then."""
    before = [span for span in spans if span["since"] <= day]
    return before[-1] if before else None
