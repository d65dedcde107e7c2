from tests.ner.conftest import data_dir  # noqa: F401  (NorNE under ../shared/data, or skip)
