"""NerRecipe: the training options, their defaults and the NoReC limits they imply."""

from pathlib import Path

import pytest

from extract.ner import REPO_ROOT, default_config_path
from extract.ner.recipe import NerRecipe


def test_defaults_and_paths():
    recipe = NerRecipe(config=None, work_dir="work")
    assert recipe.config == default_config_path() and recipe.work_dir == Path("work")
    assert NerRecipe().work_dir == REPO_ROOT / "training"


def test_norec_limits():
    assert (NerRecipe().norec_limit, NerRecipe().raw_norec_limit) == (None, None)
    assert (NerRecipe(limit=40).norec_limit, NerRecipe(limit=40).raw_norec_limit) == (100, 100)
    assert NerRecipe(limit=40, norec=False).raw_norec_limit == 0


def test_unknown_options_are_refused():
    with pytest.raises(TypeError):
        NerRecipe(max_step=3)
