"""The code's layout: data flows one way through the stages, functions and modules stay short,
and the annotate stage's Norwegian vocabulary lives in its data files, not in Python."""

from __future__ import annotations

import ast
import io
import json
import re
import tokenize
from pathlib import Path

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
ANNOTATE = PACKAGE / "annotate"

# Stage order, lowest first: a module may import its own stage and lower ones only.
STAGES = [
    ("extract", "extract.types", "extract.errors", "extract.lexicon"),
    ("extract.read",),
    ("extract.parse",),
    ("extract.ner",),
    ("extract.backbone",),
    ("extract.annotate",),
    ("extract.facts", "extract.confidence"),
    ("extract.store",),
    ("extract.process", "extract.batch"),
    ("extract.pipeline",),
    ("extract.api", "extract.progress"),
    ("extract.serve",),
    ("extract.cli",),
]
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> int:
    """The index of the longest stage prefix that names the module."""
    best, best_length = None, -1
    for index, prefixes in enumerate(STAGES):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    assert best is not None, f"{module} is in no stage of STAGES"
    return best


def imported_modules(module: str, path: Path) -> set[str]:
    """The extract modules ``module`` imports (``from . import x`` counts as module x)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            named = {f"{base}.{alias.name}" for alias in node.names} & MODULES.keys()
            found |= named or {base}
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: imported_modules(module, path) for module, path in MODULES.items()}


def test_no_module_imports_a_higher_stage():
    upward = [f"{module} -> {target}" for module, targets in GRAPH.items() for target in targets
              if stage_of(target) > stage_of(module)]
    assert not upward, "\n".join(upward)


def test_no_import_circle():
    circles, done = [], set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            circles.append(" -> ".join(trail[trail.index(module):] + [module]))
            return
        if module in done:
            return
        for target in sorted(GRAPH[module]):
            visit(target, trail + [module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])
    assert not circles, "\n".join(circles)


def test_functions_and_modules_are_short():
    too_long = []
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_MODULE_LINES:
            too_long.append(f"{module}: {len(source.splitlines())} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{module}.{node.name}: {length} lines")
    assert not too_long, "\n".join(too_long)


def data_words() -> set[str]:
    """The words the annotate stage's data files match: the values of its YAML files and the
    attribute values of its pattern files (comments and keys left out), less the labels the
    code shares with them (``extract/data/vocabularies.yaml``)."""
    words: set[str] = set()
    for path in sorted((ANNOTATE / "data").iterdir()):
        if path.suffix in (".yaml", ".yml"):
            collect_values(yaml.safe_load(path.read_text(encoding="utf-8")), words)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    collect_values(json.loads(line), words)
    labels: set[str] = set()
    collect_values(yaml.safe_load((PACKAGE / "data" / "vocabularies.yaml").read_text(encoding="utf-8")), labels)
    norwegian = {word for word in words if re.search("[æøå]", word)} | norne_forms()
    return {word for word in words - labels - english_words() if len(word) >= 2} & norwegian


def norne_forms() -> set[str]:
    """The word forms of NorNE's train files (the backbone's lemma lexicon)."""
    lexicon = PACKAGE / "backbone" / "data" / "lemma_lexicon.tsv"
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    return {line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")}


def english_words() -> set[str]:
    """English function words and the words of the package's own identifiers (``name``,
    ``status``, ``unit``): words the code may spell out that are not vocabulary."""
    words = set(STOP_WORDS)
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            identifier = getattr(node, "id", None) or getattr(node, "attr", None) or getattr(node, "arg", None)
            if isinstance(identifier, str):
                words.update(part.lower() for part in identifier.split("_") if part)
    return words


def collect_values(node, words: set[str]) -> None:
    if isinstance(node, dict):
        for value in node.values():
            collect_values(value, words)
    elif isinstance(node, list):
        for value in node:
            collect_values(value, words)
    elif isinstance(node, str):
        words.update(word.lower() for word in re.findall(r"[a-zæøåéA-ZÆØÅ]+", node))


def code_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module, docstrings left out (comments are prose, as docstrings are)."""
    source = path.read_text(encoding="utf-8")
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(first.lineno)
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.start[0] not in docstrings:
            found.append((token.start[0], token.string))
        elif token.type == getattr(tokenize, "FSTRING_MIDDLE", None):
            found.append((token.start[0], token.string))
    return found


def test_no_norwegian_word_in_annotate_code():
    vocabulary = data_words()
    found = []
    for path in sorted(ANNOTATE.rglob("*.py")):
        for line, text in code_strings(path):
            text = re.sub(r"\[[^]]*\]", " ", text)  # regex character classes hold letters, not words
            words = {word.lower() for word in re.findall(r"[\wæøåéÆØÅ]+", text)
                     if not word.isupper() and "_" not in word}
            words &= vocabulary
            if words:
                found.append(f"{path.relative_to(PACKAGE)}:{line}: {', '.join(sorted(words))}")
    assert not found, "\n".join(found)
