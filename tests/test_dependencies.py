"""pyproject.toml declares what extract/ imports, and extract/ imports what it declares."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).parents[1]
# A dependency used by name rather than imported: where its name must appear in the code.
USED_BY_NAME = {"lxml": ("extract/parse/html.py", '"lxml"')}


@cache
def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def distribution(requirement: str) -> str:
    """'dask[distributed]>=2024.1' -> 'dask'."""
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0]


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_distributions(folder: str) -> set[str]:
    """Distributions of every module imported (at any depth, lazily too) under ``folder``."""
    modules = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    owners = packages_distributions()
    return {normalized(d) for m in modules - set(sys.stdlib_module_names) for d in owners.get(m, [])}


def test_every_declared_dependency_is_used():
    used = imported_distributions("extract")
    for requirement in project()["dependencies"]:
        name = normalized(distribution(requirement))
        if name in USED_BY_NAME:
            where, needle = USED_BY_NAME[name]
            assert needle in (ROOT / where).read_text(encoding="utf-8"), f"{name} is declared but not used"
        else:
            assert name in used, f"{requirement} is declared in pyproject.toml but never imported in extract/"


def test_every_extra_is_used():
    extras = project()["optional-dependencies"]
    where = {"test": imported_distributions("tests"), "train": imported_distributions("extract"),
             "dask": imported_distributions("extract")}
    assert set(extras) == set(where)
    for extra, requirements in extras.items():
        for requirement in requirements:
            name = normalized(distribution(requirement))
            # (dask[distributed]: the engine imports distributed, which depends on dask)
            assert name in where[extra] or name == "dask" and "distributed" in where[extra], \
                f"{requirement} (extra {extra!r}) is never imported"


def test_everything_extract_imports_is_declared():
    declared = {normalized(distribution(r)) for r in project()["dependencies"]}
    declared |= {normalized(distribution(r)) for r in project()["optional-dependencies"]["train"]}
    declared |= {"distributed"}  # the dask extra's dask[distributed]
    undeclared = imported_distributions("extract") - declared - {"newsfacts"}
    assert not undeclared, f"imported in extract/ but not declared in pyproject.toml: {sorted(undeclared)}"
