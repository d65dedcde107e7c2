"""The records between the stages: one way to build a Failure, one cut length."""

from __future__ import annotations

from extract.types import MESSAGE_CHARS, Failure


def test_failure_from_an_exception_names_its_type():
    failure = Failure.from_exception("a.html", "parse", ValueError("no body"))
    assert (failure.source, failure.stage, failure.message) == ("a.html", "parse", "ValueError: no body")


def test_a_long_message_is_cut_whichever_way_the_failure_is_built():
    long = "x" * (MESSAGE_CHARS + 500)
    for failure in (Failure("a.html", "read", long), Failure.from_exception("a.html", "annotate", OSError(long))):
        assert len(failure.message) == MESSAGE_CHARS + len(" ...") and failure.message.endswith("x ...")
    assert Failure("a.html", "read", "x" * MESSAGE_CHARS).message == "x" * MESSAGE_CHARS
