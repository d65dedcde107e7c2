"""Build the wheels a user installs (``make wheels``): ``newsfacts`` (the code and its rule
data) and the trained pipeline as a package of its own, the way spaCy's model packages
are made, so ``spacy.load("nb_newsfacts")`` and ``newsfacts run`` find it wherever pip
put it.

    python scripts/build_wheels.py [--model models/nb_newsfacts] [--out dist]

The pipeline directory goes into the package unchanged (its meta.json too), so the model
version newsfacts stamps on every fact is the same as in the checkout. Prints each
wheel's size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

INIT_PY = '''"""{description}

Installed as a package: ``spacy.load("{package}")`` or ``{package}.load()``."""

from spacy.util import load_model_from_init_py


def load(**overrides):
    """The pipeline (``overrides`` as for ``spacy.load``)."""
    return load_model_from_init_py(__file__, **overrides)
'''

PYPROJECT = '''[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "{package}"
version = "{version}"
description = {description}
requires-python = ">=3.11"
license = {{ text = {license} }}
dependencies = [{spacy}]

[tool.setuptools]
packages = ["{package}"]

[tool.setuptools.package-data]
"{package}" = ["*.json", "{data_dir}/**/*"]
'''


def package_name(meta: dict) -> str:
    """spaCy's rule: the meta's name, prefixed with the language unless it is already."""
    name = meta["name"]
    return name if name.startswith(meta["lang"] + "_") else f"{meta['lang']}_{name}"


def stage_model(model_dir: Path, staging: Path) -> Path:
    """A source tree for the pipeline's package: __init__.py, meta.json, the data dir."""
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    package, version = package_name(meta), meta["version"]
    data_dir = f"{meta['lang']}_{meta['name']}-{version}"  # where spacy.util.load_model_from_init_py looks
    source = staging / package
    code = source / package
    shutil.copytree(model_dir, code / data_dir)
    shutil.copy(model_dir / "meta.json", code / "meta.json")
    description = meta.get("description") or f"The {package} spaCy pipeline"
    (code / "__init__.py").write_text(INIT_PY.format(description=description, package=package), encoding="utf-8")
    spacy = f"spacy{meta['spacy_version']}" if meta.get("spacy_version") else "spacy"
    (source / "pyproject.toml").write_text(PYPROJECT.format(
        package=package, version=version, data_dir=data_dir, description=json.dumps(description.splitlines()[0]),
        license=json.dumps(meta.get("license") or "unknown"), spacy=json.dumps(spacy)), encoding="utf-8")
    return source


def build_wheel(source: Path, out: Path) -> Path:
    """``pip wheel`` of one source tree (no dependencies); the wheel's path in ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp, str(source)],
                               capture_output=True, text=True)
        if built.returncode:
            sys.exit(f"pip wheel {source} failed:\n{built.stderr}")
        (wheel,) = Path(tmp).glob("*.whl")
        return Path(shutil.move(wheel, out / wheel.name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "nb_newsfacts")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    if not (args.model / "meta.json").is_file():
        sys.exit(f"error: no trained pipeline at {args.model} (meta.json missing)")
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.whl"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        wheels = [build_wheel(ROOT, args.out), build_wheel(stage_model(args.model, Path(tmp)), args.out)]
    for wheel in wheels:
        print(f"{wheel}: {wheel.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
