import pytest


@pytest.fixture(scope="session")
def vocabulary(rules_nlp):
    """What the events component of the rules pipeline loaded from its data files."""
    return rules_nlp.get_pipe("newsfacts_events").vocabulary
