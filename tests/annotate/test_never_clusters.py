"""Names that are never a cluster: a description, a region or a project by its place, is none; a name ending
in a word for a network is one."""

import pytest

from extract.annotate.lexicon import load
from extract.annotate.never_clusters import NeverClusters


@pytest.fixture(scope="module")
def never():
    return NeverClusters(load("clusters"))


@pytest.mark.parametrize("name", ["Moldenesregionen", "Tromsø-regionen", "Bodø-prosjektet", "Smartby-prosjektet",
                                  "Havregionane", "Brattli-prosjekta"])
def test_a_region_or_a_project_by_its_place_is_no_cluster(never, name):
    assert never(name)


@pytest.mark.parametrize("name", ["Brattli-nettverket", "Fjordlys Marin", "Havlys-klyngen", "Arena Brattli"])
def test_a_name_is_still_one(never, name):
    assert not never(name)
