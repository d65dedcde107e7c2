"""Status events: a cluster gets, is upgraded to, keeps, is refused or loses a programme status.

Statuses and action triggers are token patterns (``data/event_patterns.jsonl``: statuses by
their written forms, triggers by lemma in both standards) applied with spaCy's ``Matcher``
(``mentions``). A sentence is cut into clauses (``clauses``); a status and the triggers of
its clause make a frame (``frames``); the frame gives one event to every cluster it governs
(``participants``). Each event is dated from its clause, sentence or article (``dating``)
and names who granted it (``grantor``). ``component`` is the ``newsfacts_events`` pipe;
the words that shape all of this are ``data/events.yaml``.
"""

from .component import EventComponent, make_event_component

__all__ = ["EventComponent", "make_event_component"]
