"""The gender NDT gives a proper noun, from the train files.

UD Nynorsk tags a name that carries a gender NOUN ("Berit", "Stortinget"), UD Bokmål PROPN; the
morphologizer often predicts a known first name with no gender at all. ``data/name_genders.tsv``
lists every proper noun of NorNE's train files (both standards) that has one UD gender at least
90 % of the time, so ``newsfacts_ud_tags`` can give it the Nynorsk form. Made from NorNE train
only: ``python -m extract.backbone.names [DATA_DIR]``."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from .lemmas import MIN_SHARE, STANDARD_OF
from .tsv import read_rows, write_rows

NAME_GENDERS = Path(__file__).parent / "data" / "name_genders.tsv"


@cache
def name_genders() -> dict[str, str]:
    """{name as written: UD gender} ("Berit": "Fem", "Stortinget": "Neut")."""
    return {row["name"]: row["gender"] for row in read_rows(NAME_GENDERS)}


def known_first_name(word: str) -> bool:
    """A person's name the data knows, by a gender no thing has ("Kari", "Jo"; not "Stortinget")."""
    return name_genders().get(word, "Neut") != "Neut"


def build_name_genders(data_dir: str | Path) -> dict[str, str]:
    """Name -> gender for the proper nouns of NorNE's train files (UD POS and features as
    convert.py maps them from NDT) with one gender (or none) at least 90 % of the time."""
    from ..ner.convert import split_path
    from .convert import ndt_to_ud, read_sentences

    counts: dict[str, Counter] = defaultdict(Counter)
    for lang in STANDARD_OF:
        for sent in read_sentences(split_path(data_dir, lang, "train")):
            for row, (upos, feats) in zip(sent.rows, ndt_to_ud(sent)):
                if upos == "PROPN":
                    gender = next((f[len("Gender="):] for f in feats.split("|") if f.startswith("Gender=")), "")
                    counts[row.form][gender] += 1
    table = {}
    for name, genders in counts.items():
        gender, n = genders.most_common(1)[0]
        if gender and n >= MIN_SHARE * sum(genders.values()):
            table[name] = gender
    return table


def main(argv: list[str]) -> None:
    from ..ner import default_data_dir

    table = build_name_genders(argv[0] if argv else default_data_dir())
    write_rows(NAME_GENDERS, f"UD gender of each proper noun in NorNE's train files that has one at least "
               f"{MIN_SHARE:.0%} of the time.\nMade by `python -m extract.backbone.names` from the train files only.",
               ["name", "gender"], sorted(table.items()))
    print(f"{len(table)} names -> {NAME_GENDERS}")


if __name__ == "__main__":
    main(sys.argv[1:])
